//! What `serve` adds to HTML responses, and only there: a live-reload script and, while the last change does not
//! build, an overlay with the errors. A build never contains either, since they are added when a file is served.

use crate::diagnostics::Diagnostic;
use crate::render::html::escape;

/// Where browsers listen for reloads. It sits outside any base path, so it cannot clash with a site file.
pub const EVENTS: &str = "/__sunlight/events";

/// Adds the reload script (and the overlay, when there are errors) before `</body>`.
pub fn inject(html: &str, generation: u64, errors: &[Diagnostic]) -> String {
    let mut extra = String::new();
    if !errors.is_empty() {
        extra.push_str(&overlay(errors));
    }
    // The page knows which build it came from; the server announces the current build on connecting and after each
    // rebuild, so a rebuild that happened while the page was loading still reloads it.
    extra.push_str(&format!(
        "<script>/* sunlight serve: live reload */(function(){{var built={generation};var s=new EventSource(\"{EVENTS}\");s.onmessage=function(e){{if(Number(e.data)!==built){{s.close();location.reload();}}}};}})();</script>\n"
    ));
    let at = html
        .to_ascii_lowercase()
        .rfind("</body>")
        .unwrap_or(html.len());
    let mut out = String::with_capacity(html.len() + extra.len());
    out.push_str(&html[..at]);
    out.push_str(&extra);
    out.push_str(&html[at..]);
    out
}

/// A page for when nothing has built yet: there is no last good version to show under the overlay.
pub fn error_page(generation: u64, errors: &[Diagnostic]) -> String {
    inject(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>sunlight serve: the site does not build</title></head>\n<body>\n</body>\n</html>\n",
        generation,
        errors,
    )
}

fn overlay(errors: &[Diagnostic]) -> String {
    let mut items = String::new();
    for d in errors {
        items.push_str(&format!(
            "<li style=\"margin:0 0 .75em\"><b>{}</b>: {}",
            escape(&d.location()),
            escape(&d.message)
        ));
        if !d.hint.is_empty() {
            items.push_str(&format!(
                "<br><span style=\"color:#444\">hint: {}</span>",
                escape(&d.hint)
            ));
        }
        items.push_str("</li>");
    }
    format!(
        "<div id=\"sunlight-overlay\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:1.5em;background:rgba(255,255,255,.96);color:#1a1a1a;font:15px/1.55 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left\">\
<div style=\"max-width:60em;margin:0 auto;border-left:6px solid #b00020;padding:0 0 0 1em\">\
<p style=\"margin:0 0 1em;font-weight:bold;color:#b00020\">sunlight serve: the last change does not build. The page below is the last version that did; it updates when the error is fixed.</p>\
<ul style=\"margin:0;padding:0 0 0 1.2em\">{items}</ul></div></div>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_goes_before_the_body_end() {
        let out = inject("<html><body><p>x</p></BODY></html>", 7, &[]);
        assert!(out.contains("var built=7;"));
        let script = out.find("<script>").unwrap_or(usize::MAX);
        assert!(script < out.find("</BODY>").unwrap_or(0));
        assert!(!out.contains("sunlight-overlay"));
    }

    #[test]
    fn overlay_escapes_the_diagnostics() {
        let d = Diagnostic::error("content/<a>.md", 3, 5, "bad <b>&</b>").hint("fix \"it\"");
        let out = inject("<p>x</p>", 1, &[d]);
        assert!(out.contains("<b>content/&lt;a&gt;.md:3:5</b>: bad &lt;b&gt;&amp;&lt;/b&gt;"));
        assert!(out.contains("hint: fix &quot;it&quot;"));
        assert!(!out.contains("<a>.md"));
    }
}
