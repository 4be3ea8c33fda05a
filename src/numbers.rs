//! Numbers as people read and type them, in each language.
//!
//! Vietnamese writes the decimal comma and the thousands dot (6.420/6.434, 99,76%, 87,5 điểm);
//! English the decimal point and the thousands comma (6,420/6,434, 99.76%, 87.5 points). Every
//! number shown to a person goes through this module; `Display` on [`Points`] and [`Percent`]
//! stays the plain machine form (JSON, CSV's numeric columns, the signed trusted comment).
//!
//! Reading follows the same marks, with one convenience: a lone mark of the other language
//! followed by one or two digits ("87.5" in Vietnamese, "87,5" in English) is a decimal, since a
//! thousands group always has three digits. Whole numbers (counts, numerators, denominators)
//! are plain digits or grouped by the language's thousands mark; anything else is refused.

use crate::lang::Lang;
use crate::messages as msg;
use crate::points::{Percent, Points};

/// The decimal mark and the thousands mark of a language.
fn marks(lang: Lang) -> (char, char) {
    lang.pick((',', '.'), ('.', ','))
}

/// A whole number as people read it: `6.420` in Vietnamese, `6,420` in English.
pub fn count<N: TryInto<u64>>(n: N, lang: Lang) -> String {
    grouped(n.try_into().unwrap_or(u64::MAX), lang)
}

/// A part of a whole as people read it: `6.420/6.434` in Vietnamese, `6,420/6,434` in English.
pub fn fraction<N: TryInto<u64>>(part: N, whole: N, lang: Lang) -> String {
    format!("{}/{}", count(part, lang), count(whole, lang))
}

/// Points out of a maximum: `87,5/100` in Vietnamese, `87.5/100` in English.
pub fn points_of(points: Points, max: Points, lang: Lang) -> String {
    format!("{}/{}", points.shown(lang), max.shown(lang))
}

/// A percentage that may be missing (nothing to divide by): `–`.
pub fn percent(p: Option<Percent>, lang: Lang) -> String {
    p.map_or_else(|| "–".to_string(), |p| p.shown(lang))
}

/// A signed whole number as people read it (`-1.250`).
pub fn signed(n: i64, lang: Lang) -> String {
    let sign = if n < 0 { "-" } else { "" };
    format!("{sign}{}", grouped(n.unsigned_abs(), lang))
}

fn grouped(n: u64, lang: Lang) -> String {
    let (_, thousands) = marks(lang);
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(thousands);
        }
        out.push(digit);
    }
    out
}

/// `whole` and a fraction of `places` digits in the language's marks.
fn decimal(hundredths: i64, places: usize, lang: Lang) -> String {
    let (mark, _) = marks(lang);
    let sign = if hundredths < 0 { "-" } else { "" };
    let abs = hundredths.unsigned_abs();
    let whole = grouped(abs / 100, lang);
    let cents = abs % 100;
    match places {
        0 => format!("{sign}{whole}"),
        1 => format!("{sign}{whole}{mark}{}", cents / 10),
        _ => format!("{sign}{whole}{mark}{cents:02}"),
    }
}

impl Points {
    /// These points as people read them: `87,5` and `1.234,25` in Vietnamese, `87.5` and
    /// `1,234.25` in English; two decimals at most, no trailing zeros.
    pub fn shown(self, lang: Lang) -> String {
        let cents = self.hundredths().unsigned_abs() % 100;
        let places = match (cents, cents % 10) {
            (0, _) => 0,
            (_, 0) => 1,
            _ => 2,
        };
        decimal(self.hundredths(), places, lang)
    }
}

impl Percent {
    /// This percentage as people read it, always two decimals: `99,76%` in Vietnamese,
    /// `99.76%` in English.
    pub fn shown(self, lang: Lang) -> String {
        format!("{}%", decimal(self.hundredths(), 2, lang))
    }
}

/// Why typed text is not the number asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// A whole number was asked for and the text has a decimal or a badly grouped mark.
    NotWhole { text: String },
    /// The text has more than two decimals.
    TooManyDecimals { text: String },
    /// The text is not a number in either language's marks.
    NotANumber { text: String },
}

impl NumberError {
    /// What went wrong and how to write it, in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            NumberError::NotWhole { text } => msg::common::text_is_not_a_whole_number(lang, text),
            NumberError::TooManyDecimals { text } => {
                msg::common::text_has_more_than_two_decimals(lang, text)
            }
            NumberError::NotANumber { text } => msg::common::text_is_not_a_number_use(lang, text),
        }
    }
}

/// Digits grouped by `thousands` in threes after a first group of one to three digits, or
/// plain digits; their value.
fn whole_part(text: &str, thousands: char) -> Option<u64> {
    if text.is_empty() {
        return None;
    }
    let groups: Vec<&str> = text.split(thousands).collect();
    let first = groups[0];
    let well_formed = groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()))
        && !first.is_empty()
        && (groups.len() == 1 || (first.len() <= 3 && groups[1..].iter().all(|g| g.len() == 3)));
    if !well_formed {
        return None;
    }
    groups.concat().parse().ok()
}

/// A whole number as typed in `lang`: `6420`, or `6.420` in Vietnamese and `6,420` in English.
/// `6.42`, `6,5` and the other language's grouping are refused, never read as another number.
pub fn parse_count(text: &str, lang: Lang) -> Result<u64, NumberError> {
    let text = text.trim();
    let (_, thousands) = marks(lang);
    if let Some(n) = whole_part(text, thousands) {
        return Ok(n);
    }
    let looks_numeric = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && text.chars().any(|c| c.is_ascii_digit());
    Err(if looks_numeric {
        NumberError::NotWhole { text: text.into() }
    } else {
        NumberError::NotANumber { text: text.into() }
    })
}

/// Points (or a survey result) as typed in `lang`, at most two decimals, optionally signed.
///
/// In the language's own marks: `87,5`, `1.234,5`, `1.250` in Vietnamese; `87.5`, `1,234.5`,
/// `1,250` in English. Also a lone mark of the other language followed by one or two digits:
/// `87.5` in Vietnamese, `87,5` in English. Everything else is refused.
pub fn parse_points(text: &str, lang: Lang) -> Result<Points, NumberError> {
    let text = text.trim();
    let (unsigned, negative) = match text.strip_prefix('-') {
        Some(rest) => (rest, true),
        None => (text, false),
    };
    let (mark, thousands) = marks(lang);
    let own = match unsigned.split_once(mark) {
        Some((_, "")) => None,
        Some((whole, fraction)) => whole_part(whole, thousands).map(|w| (w, fraction)),
        None => whole_part(unsigned, thousands).map(|w| (w, "")),
    };
    // The other language's decimal mark, alone and with one or two digits after it.
    let other = || {
        let (whole, fraction) = unsigned.split_once(thousands)?;
        let plain = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        (plain(whole) && plain(fraction) && fraction.len() <= 2)
            .then(|| whole.parse::<u64>().ok().map(|w| (w, fraction)))
            .flatten()
    };
    let Some((whole, fraction)) = own.or_else(other) else {
        return Err(NumberError::NotANumber { text: text.into() });
    };
    if !fraction.chars().all(|c| c.is_ascii_digit()) {
        return Err(NumberError::NotANumber { text: text.into() });
    }
    let significant = fraction.trim_end_matches('0');
    if significant.len() > 2 {
        return Err(NumberError::TooManyDecimals { text: text.into() });
    }
    let cents: i64 = format!("{significant:0<2}").parse().unwrap_or(0);
    let hundredths = i64::try_from(whole)
        .ok()
        .and_then(|w| w.checked_mul(100))
        .and_then(|w| w.checked_add(cents))
        .filter(|h| *h <= 100_000_000_000_000)
        .ok_or_else(|| NumberError::NotANumber { text: text.into() })?;
    Ok(Points::from_hundredths(if negative {
        -hundredths
    } else {
        hundredths
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const VI: Lang = Lang::Vi;
    const EN: Lang = Lang::En;

    #[test]
    fn counts_group_thousands_in_each_language() {
        assert_eq!(count(6_420u64, VI), "6.420");
        assert_eq!(count(6_420u64, EN), "6,420");
        assert_eq!(count(999u64, VI), "999");
        assert_eq!(count(1_234_567u64, VI), "1.234.567");
        assert_eq!(count(0u64, EN), "0");
        assert_eq!(signed(-1_250, VI), "-1.250");
    }

    #[test]
    fn points_and_percentages_use_the_decimal_mark_of_the_language() {
        let p = Points::from_hundredths(8_750);
        assert_eq!(p.shown(VI), "87,5");
        assert_eq!(p.shown(EN), "87.5");
        assert_eq!(Points::from_hundredths(123_425).shown(VI), "1.234,25");
        assert_eq!(Points::from_hundredths(123_425).shown(EN), "1,234.25");
        assert_eq!(Points::from_hundredths(10_000).shown(VI), "100");
        assert_eq!(Points::from_hundredths(-200).shown(VI), "-2");
        assert_eq!(Points::from_hundredths(5).shown(VI), "0,05");
        let rate = Percent::of(6_420, 6_434).unwrap();
        assert_eq!(rate.shown(VI), "99,78%");
        assert_eq!(rate.shown(EN), "99.78%");
        assert_eq!(rate.to_string(), "99.78%", "Display stays the machine form");
        assert_eq!(Percent::from_hundredths(10_000).shown(VI), "100,00%");
    }

    #[test]
    fn counts_are_read_in_the_language_of_the_user() {
        assert_eq!(parse_count("6420", VI), Ok(6420));
        assert_eq!(parse_count(" 6.420 ", VI), Ok(6420));
        assert_eq!(parse_count("6,420", EN), Ok(6420));
        assert_eq!(parse_count("1.234.567", VI), Ok(1_234_567));
        for (text, lang) in [
            ("6.42", VI),
            ("6,5", VI),
            ("6,420", VI),
            ("6.420", EN),
            ("6,42", EN),
            ("1.2345", VI),
            ("1234.567", VI),
            (".420", VI),
            ("6.", VI),
        ] {
            assert_eq!(
                parse_count(text, lang),
                Err(NumberError::NotWhole { text: text.into() }),
                "{text} in {lang:?}"
            );
        }
        assert!(matches!(
            parse_count("sáu", VI),
            Err(NumberError::NotANumber { .. })
        ));
        assert!(parse_count("", VI).is_err());
        assert!(parse_count("-3", VI).is_err());
        assert!(parse_count("99999999999999999999999", EN).is_err());
    }

    #[test]
    fn points_are_read_with_either_decimal_mark_where_unambiguous() {
        let half = Ok(Points::from_hundredths(8_750));
        for lang in [VI, EN] {
            assert_eq!(parse_points("87,5", lang), half);
            assert_eq!(parse_points("87.5", lang), half);
            assert_eq!(parse_points("87", lang), Ok(Points::from_hundredths(8_700)));
            assert_eq!(parse_points("-2", lang), Ok(Points::from_hundredths(-200)));
        }
        assert_eq!(
            parse_points("1.234,5", VI),
            Ok(Points::from_hundredths(123_450))
        );
        assert_eq!(
            parse_points("1,234.5", EN),
            Ok(Points::from_hundredths(123_450))
        );
        // Three digits after the language's thousands mark are a thousands group.
        assert_eq!(
            parse_points("1.250", VI),
            Ok(Points::from_hundredths(125_000))
        );
        assert_eq!(
            parse_points("82,450", VI),
            Ok(Points::from_hundredths(8_245))
        );
        assert_eq!(
            parse_points("1,234", VI),
            Err(NumberError::TooManyDecimals {
                text: "1,234".into()
            })
        );
        for (text, lang) in [
            ("1,234.5", VI),
            ("1.234,5", EN),
            ("87,", VI),
            ("8,7,5", VI),
            ("87.5.", VI),
            ("abc", EN),
            ("", VI),
            ("1e3", EN),
            ("--2", VI),
        ] {
            assert!(parse_points(text, lang).is_err(), "{text} in {lang:?}");
        }
    }

    #[test]
    fn refusals_say_how_to_write_the_number() {
        let error = parse_count("6.42", VI).unwrap_err();
        assert_eq!(
            error.message(VI),
            "“6.42” không phải số nguyên: ghi liền các chữ số (6420) hoặc tách hàng nghìn bằng dấu chấm (6.420)"
        );
        assert!(error.message(EN).contains("(6,420)"));
    }

    proptest! {
        #[test]
        fn shown_points_read_back(hundredths in -10_000_000_000i64..10_000_000_000, vi in any::<bool>()) {
            let lang = if vi { VI } else { EN };
            let points = Points::from_hundredths(hundredths);
            prop_assert_eq!(parse_points(&points.shown(lang), lang), Ok(points));
        }

        #[test]
        fn shown_counts_read_back(n in any::<u64>(), vi in any::<bool>()) {
            let lang = if vi { VI } else { EN };
            prop_assert_eq!(parse_count(&count(n, lang), lang), Ok(n));
        }

        #[test]
        fn no_text_makes_the_readers_panic(text in "[0-9.,\\- ]{0,12}|\\PC{0,8}", vi in any::<bool>()) {
            let lang = if vi { VI } else { EN };
            let _ = parse_count(&text, lang);
            let _ = parse_points(&text, lang);
        }
    }
}
