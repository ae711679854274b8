//! The Content-Security-Policy every page Sunlight renders carries, as a `<meta http-equiv>` (a static site cannot
//! count on its web server sending the header). It lets a page load only the site's own script files, stylesheets,
//! images and search index: no inline script or style, nothing from another host, no plug-ins, no frames, no `<base>`
//! and no form sent elsewhere. So even markup that got past the sanitiser (a theme's mistake, a future bug) cannot run
//! code. `frame-ancestors` is not in it because browsers ignore it in a `<meta>`; a server that must refuse framing
//! sends it as a header.

/// The policy. `connect-src 'self'` is for the search page, which fetches its index; `img-src` has no `data:` since
/// neither the theme nor the sanitised pages use it.
pub const POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
                          font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'";

/// `html` with the policy's `<meta>` as early in `<head>` as it can be, right after `<meta charset>` when the page
/// starts with one: a policy applies only to what follows it. A page without `<head>` gets it before its first tag
/// after the doctype, where the browser opens the head itself.
pub fn add(mut html: String) -> String {
    let after = |name: &str| end_of_tag(&html, name);
    let at = match after("head") {
        Some(h) => {
            let first = h + (html[h..].len() - html[h..].trim_start().len());
            match crate::html::markup::tag_end(&html[first..]) {
                Some(e)
                    if starts_with_ci(&html[first..], "<meta")
                        && find_ci(&html[first..first + e], "charset").is_some() =>
                {
                    first + e + 1
                }
                _ => h,
            }
        }
        None => after("!doctype").unwrap_or(0),
    };
    html.insert_str(
        at,
        &format!("\n<meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">"),
    );
    html
}

/// The byte after the first `<name …>` tag (`<head>`, not `<header>`), the name in any case.
fn end_of_tag(html: &str, name: &str) -> Option<usize> {
    let open = format!("<{name}");
    let mut from = 0;
    while let Some(i) = find_ci(&html[from..], &open).map(|i| from + i) {
        let next = html.as_bytes().get(i + open.len()).copied();
        if next.is_some_and(|c| c == b'>' || c == b'/' || c.is_ascii_whitespace()) {
            return crate::html::markup::tag_end(&html[i..]).map(|e| i + e + 1);
        }
        from = i + open.len();
    }
    None
}

/// Where the lower-case ASCII `needle` first stands in `hay`, in any case (the page is not lower-cased whole for it:
/// the head is at its start).
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    hay.as_bytes()
        .windows(n.len())
        .position(|w| w.eq_ignore_ascii_case(n))
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(prefix.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_follows_the_charset() {
        let page = add("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>t</title></head></html>".into());
        assert!(page.starts_with("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\""), "{page}");
        assert!(!POLICY.contains("unsafe"));
        let upper = add("<HTML><HEAD >\n <META CHARSET=utf-8><title>城</title>".into());
        assert!(
            upper.starts_with("<HTML><HEAD >\n <META CHARSET=utf-8>\n<meta http-equiv="),
            "{upper}"
        );
    }

    #[test]
    fn a_page_without_head_gets_it_first() {
        let page = add("<!doctype html><p>x".into());
        assert!(
            page.starts_with("<!doctype html>\n<meta http-equiv="),
            "{page}"
        );
        let bare = add("<p>x".into());
        assert!(bare.starts_with("\n<meta http-equiv="), "{bare}");
        let header = add("<!DOCTYPE html><header>x</header>".into());
        assert!(
            header.starts_with("<!DOCTYPE html>\n<meta http-equiv="),
            "{header}"
        );
        let late = add("<html><head><title>t</title><meta charset=\"utf-8\">".into());
        assert!(
            late.starts_with("<html><head>\n<meta http-equiv="),
            "{late}"
        );
    }
}
