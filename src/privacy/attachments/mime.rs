//! MIME documents: a web page saved by Word or a browser "as a single file" (`.mht`, `.mhtml`, also the `altChunk`
//! of a DOCX) and e-mail (`.eml`). Their text is in base64 or quoted-printable parts and in encoded-word headers
//! (`=?utf-8?B?…?=`), which read as nonsense until decoded: `mailparse` decodes each part (transfer encoding and
//! charset), and each is read by its own content, one level deeper, like a file in a ZIP.

use super::{Budget, Location, MAX_DEPTH, Reading, read_nested, too_deep, too_large};
use crate::messages::msg;

/// How many parts of one message are read; more is refused.
const MAX_PARTS: usize = 2_000;

/// Whether `text` starts with a MIME header block: header lines up to a blank line, one of them naming the content
/// type, the transfer encoding or the MIME version.
pub(super) fn looks_like_mime(text: &str) -> bool {
    let head = text.trim_start_matches('\u{FEFF}');
    let mut mime = false;
    for line in head.lines().take(200) {
        if line.trim().is_empty() {
            return mime;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let Some((key, _)) = line.split_once(':') else {
            return false;
        };
        if key.is_empty() || !key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return false;
        }
        let key = key.to_ascii_lowercase();
        mime |= matches!(
            key.as_str(),
            "content-type" | "content-transfer-encoding" | "mime-version"
        );
    }
    false
}

/// The decoded headers and parts of a MIME document.
pub(super) fn read(bytes: &[u8], depth: usize, budget: &mut Budget) -> Reading<'static> {
    let mut r = Reading::default();
    let mail = match mailparse::parse_mail(bytes) {
        Ok(m) => m,
        Err(_) => {
            r.block(Location::here(), msg!("unread-mime-damaged"));
            return r;
        }
    };
    let mut count = 0;
    part(&mail, &Location::here(), depth, budget, &mut r, &mut count);
    r
}

fn part(
    mail: &mailparse::ParsedMail<'_>,
    location: &Location,
    depth: usize,
    budget: &mut Budget,
    r: &mut Reading<'static>,
    count: &mut usize,
) {
    *count += 1;
    if *count > MAX_PARTS {
        if *count == MAX_PARTS + 1 {
            r.block(
                Location::here(),
                msg!("unread-mime-too-many", limit = MAX_PARTS),
            );
        }
        return;
    }
    let here = |what: Location| location.then(&what);
    let mut headers = String::new();
    for h in &mail.headers {
        headers.push_str(&h.get_key());
        headers.push_str(": ");
        headers.push_str(&h.get_value());
        headers.push('\n');
    }
    r.extracted(here(Location::word(msg!("place-mime-headers"))), headers);
    if !mail.subparts.is_empty() {
        for (i, sub) in mail.subparts.iter().enumerate() {
            part(
                sub,
                &here(Location::word(msg!("place-mime-part", n = i + 1))),
                depth,
                budget,
                r,
                count,
            );
        }
        return;
    }
    if depth + 1 >= MAX_DEPTH {
        return r.block(here(body_word()), too_deep());
    }
    let body = if mail.ctype.mimetype.starts_with("text/") {
        mail.get_body().map(String::into_bytes)
    } else {
        mail.get_body_raw()
    };
    let Ok(body) = body else {
        return r.block(here(body_word()), msg!("unread-mime-part"));
    };
    if !budget.take(body.len() as u64) {
        return r.block(here(body_word()), too_large());
    }
    let name = mail
        .get_content_disposition()
        .params
        .get("filename")
        .cloned()
        .or_else(|| mail.ctype.params.get("name").cloned());
    let inner = read_nested(name.as_deref().unwrap_or(""), &body, depth + 1, budget);
    r.nest(&here(name.map_or_else(body_word, Location::named)), inner);
}

/// The body of a part that names no file.
fn body_word() -> Location {
    Location::word(msg!("place-mime-body"))
}

#[cfg(test)]
mod tests {
    use super::super::read;

    #[test]
    fn quoted_printable_and_base64_parts_are_decoded() {
        let qp: String = "电话13800138000"
            .bytes()
            .map(|b| format!("={b:02X}"))
            .collect();
        let mht = format!(
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n\
             Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
             <p>{qp}</p>\r\n--b\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n\
             MTM5MDAxMzkwMDA=\r\n--b--\r\n"
        );
        let r = read("a.mht", mht.as_bytes());
        let all: String = r.parts.iter().map(|p| p.text.to_string()).collect();
        assert!(all.contains("电话13800138000"));
        assert!(all.contains("13900139000"));
    }

    #[test]
    fn encoded_word_headers_are_decoded() {
        let eml = "From: a@example.org\r\nSubject: =?utf-8?B?5byg5LiJ5Liw?=\r\nContent-Type: text/plain\r\n\r\nhi\r\n";
        let r = read("a.eml", eml.as_bytes());
        assert!(r.parts.iter().any(|p| p.text.contains("张三丰")));
    }

    #[test]
    fn ordinary_text_with_a_colon_is_not_mime() {
        assert!(!super::looks_like_mime("标题: 通知\n正文\n"));
        assert!(!super::looks_like_mime(
            "Note: see below\n\nContent-Type: x\n"
        ));
        assert!(super::looks_like_mime("Content-Type: text/plain\r\n\r\nx"));
    }
}
