//! What `serve` adds to HTML responses, and only there: a live-reload script and, while the last change does not
//! build, an overlay with the errors. A build never contains either, since they are added when a file is served.
//! Both come from the server's own files ([`SCRIPT`], [`STYLE`]), with nothing inline, so a page whose
//! Content-Security-Policy allows only the site's own scripts and styles still reloads and shows the overlay.

use crate::diagnostics::Diagnostic;
use crate::html::markup::escape;
use crate::messages::Lang;
use crate::messages::msg;

/// Where browsers listen for reloads. It sits outside any base path, so it cannot clash with a site file.
pub const EVENTS: &str = "/__sunlight/events";

/// The reload script, served by `serve` itself.
pub const SCRIPT: &str = "/__sunlight/reload.js";

/// The overlay's stylesheet, served by `serve` itself.
pub const STYLE: &str = "/__sunlight/overlay.css";

/// The page knows which build it came from (`data-built`); the server announces the current build on connecting and
/// after each rebuild, so a rebuild that happened while the page was loading still reloads it.
pub const RELOAD_JS: &str = "/* sunlight serve: live reload */\n(function () {\n  var me = document.currentScript;\n  var built = Number(me && me.getAttribute('data-built'));\n  var s = new EventSource(\"/__sunlight/events\");\n  s.onmessage = function (e) {\n    if (Number(e.data) !== built) { s.close(); location.reload(); }\n  };\n})();\n";

pub const OVERLAY_CSS: &str = "#sunlight-overlay{position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:1.5em;background:rgba(255,255,255,.96);color:#1a1a1a;font:15px/1.55 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left}\n#sunlight-overlay>div{max-width:60em;margin:0 auto;border-left:6px solid #b00020;padding:0 0 0 1em}\n#sunlight-overlay p{margin:0 0 1em;font-weight:bold;color:#b00020}\n#sunlight-overlay ul{margin:0;padding:0 0 0 1.2em}\n#sunlight-overlay li{margin:0 0 .75em}\n#sunlight-overlay .hint{color:#444}\n";

/// Adds the reload script (and the overlay, when there are errors) before `</body>`.
pub fn inject(html: &str, generation: u64, errors: &[Diagnostic], lang: Lang) -> String {
    let mut extra = String::new();
    if !errors.is_empty() {
        extra.push_str(&overlay(errors, lang));
    }
    extra.push_str(&format!(
        "<script src=\"{SCRIPT}\" data-built=\"{generation}\"></script>\n"
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
pub fn error_page(generation: u64, errors: &[Diagnostic], lang: Lang) -> String {
    let tag = match lang {
        Lang::En => "en",
        Lang::Zh => "zh-CN",
    };
    inject(
        &format!(
            "<!DOCTYPE html>\n<html lang=\"{tag}\">\n<head><meta charset=\"utf-8\"><title>{}</title></head>\n<body>\n</body>\n</html>\n",
            escape(&msg!("overlay-title").text(lang))
        ),
        generation,
        errors,
        lang,
    )
}

fn overlay(errors: &[Diagnostic], lang: Lang) -> String {
    let mut items = String::new();
    for d in errors {
        items.push_str(&format!(
            "<li><b>{}</b>: {}",
            escape(&d.location()),
            escape(&d.text(lang))
        ));
        if let Some(hint) = d.hint_in(lang) {
            items.push_str(&format!(
                "<br><span class=\"hint\">{}</span>",
                escape(&msg!("overlay-hint", hint = hint).text(lang))
            ));
        }
        items.push_str("</li>");
    }
    format!(
        "<link rel=\"stylesheet\" href=\"{STYLE}\"><div id=\"sunlight-overlay\" role=\"alert\"><div>\
<p>{}</p>\
<ul>{items}</ul></div></div>\n",
        escape(&msg!("overlay-heading").text(lang))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_goes_before_the_body_end() {
        let out = inject("<html><body><p>x</p></BODY></html>", 7, &[], Lang::En);
        assert!(out.contains("<script src=\"/__sunlight/reload.js\" data-built=\"7\"></script>"));
        assert!(
            !out.contains("style="),
            "nothing inline, for pages with a Content-Security-Policy"
        );
        let script = out.find("<script").unwrap_or(usize::MAX);
        assert!(script < out.find("</BODY>").unwrap_or(0));
        assert!(!out.contains("sunlight-overlay"));
    }

    #[test]
    fn overlay_escapes_the_diagnostics() {
        let d = Diagnostic::error(
            "content/<a>.md",
            3,
            5,
            crate::messages::msg!("shortcode-unknown", name = "<b>&</b>"),
        );
        let out = inject("<p>x</p>", 1, &[d], Lang::En);
        assert!(out.contains(
            "<b>content/&lt;a&gt;.md:3:5</b>: there is no shortcode called `&lt;b&gt;&amp;&lt;/b&gt;`"
        ));
        assert!(out.contains("hint: the shortcodes are value()"));
        assert!(!out.contains("style="));
        assert!(!out.contains("<a>.md"));
    }
}
