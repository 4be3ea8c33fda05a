//! Dates and times as people read them: local time, one style per language. Machine forms
//! (JSON, CSV, the audit trail, signatures) keep RFC 3339 and are written elsewhere.

use crate::lang::Lang;
use crate::messages as msg;
use chrono::{DateTime, Datelike, Local, NaiveDate, TimeZone, Utc};

/// A moment in local time: "03/12/2026 14:26" in Vietnamese, "2026-12-03 14:26" in English.
pub fn shown(at: DateTime<Utc>, lang: Lang) -> String {
    shown_in(at, &Local, lang)
}

/// [`shown`] in a given time zone (tests, and whoever knows the zone better).
pub fn shown_in<Z: TimeZone>(at: DateTime<Utc>, zone: &Z, lang: Lang) -> String
where
    Z::Offset: std::fmt::Display,
{
    let local = at.with_timezone(zone);
    let format = msg::common::y_m_d_h_m(lang);
    local.format(format).to_string()
}

/// A date as a document writes it: "ngày 05 tháng 01 năm 2026", "5 January 2026".
pub fn in_words(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Vi => msg::common::date_in_words(
            lang,
            format!("{:02}", date.day()),
            format!("{:02}", date.month()),
            date.year(),
        ),
        Lang::En => msg::common::date_in_words(lang, date.day(), date.format("%B"), date.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;

    #[test]
    fn one_style_per_language_in_the_zone_given() {
        let at = DateTime::parse_from_rfc3339("2026-12-03T07:26:47Z")
            .unwrap()
            .with_timezone(&Utc);
        let hanoi = FixedOffset::east_opt(7 * 3600).unwrap();
        assert_eq!(shown_in(at, &hanoi, Lang::Vi), "03/12/2026 14:26");
        assert_eq!(shown_in(at, &hanoi, Lang::En), "2026-12-03 14:26");
        let date = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        assert_eq!(in_words(date, Lang::Vi), "ngày 05 tháng 01 năm 2026");
        assert_eq!(in_words(date, Lang::En), "5 January 2026");
    }
}
