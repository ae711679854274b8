//! Calendar dates as `YYYY-MM-DD`, the one format sitemaps, feeds and `<time datetime>` all accept.

/// Returns the date normalised (zero-padded) if it is a real calendar date.
pub fn parse_iso(s: &str) -> Option<String> {
    let mut parts = s.trim().splitn(3, '-');
    let y: u32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    if !(1000..=9999).contains(&y) || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_dates_only() {
        assert_eq!(parse_iso("2023-11-30").as_deref(), Some("2023-11-30"));
        assert_eq!(parse_iso("2024-2-29").as_deref(), Some("2024-02-29"));
        assert_eq!(parse_iso("2023-02-29"), None);
        assert_eq!(parse_iso("1900-02-29"), None);
        assert_eq!(parse_iso("2023-13-01"), None);
        assert_eq!(parse_iso("2023/11/30"), None);
        assert_eq!(parse_iso("20231130"), None);
    }
}
