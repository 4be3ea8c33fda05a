//! Periods an inspection covers, and the first period a checklist edition applies to.

use crate::lang::Lang;
use crate::messages as msg;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A year (`2024`) or a quarter of it (`2024-Q3`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub year: u16,
    pub quarter: Option<u8>,
}

impl Period {
    pub fn parse(text: &str) -> Option<Period> {
        let text = text.trim();
        let (year, quarter) = match text.split_once(['-', ' ']) {
            Some((year, q)) => {
                let q = q.trim().strip_prefix(['Q', 'q'])?;
                let q: u8 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
                (year, Some(q))
            }
            None => (text, None),
        };
        let year: u16 = year.parse().ok().filter(|y| (2000..=2999).contains(y))?;
        Some(Period { year, quarter })
    }

    pub fn label(self, lang: Lang) -> String {
        match self.quarter {
            None => msg::common::year(lang, self.year),
            Some(q) => {
                // Vietnamese documents number quarters in Roman numerals: quý III/2026.
                let roman = ["I", "II", "III", "IV"][usize::from(q.clamp(1, 4)) - 1];
                match lang {
                    Lang::Vi => msg::common::quarter(lang, roman, self.year),
                    Lang::En => msg::common::quarter(lang, q, self.year),
                }
            }
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.quarter {
            None => write!(f, "{}", self.year),
            Some(q) => write!(f, "{}-Q{q}", self.year),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Period, D::Error> {
        let text = String::deserialize(deserializer)?;
        Period::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a period: write a year such as 2024 or a quarter such as 2024-Q3"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_years_or_quarters() {
        assert_eq!(Period::parse("2024").unwrap().to_string(), "2024");
        assert_eq!(Period::parse("2024-q3").unwrap().to_string(), "2024-Q3");
        assert_eq!(Period::parse("2024-Q5"), None);
        assert_eq!(Period::parse("24"), None);
        assert_eq!(
            Period::parse("2024-Q2").unwrap().label(Lang::Vi),
            "quý II/2024"
        );
        assert_eq!(
            Period::parse("2026-Q3").unwrap().label(Lang::Vi),
            "quý III/2026"
        );
        assert_eq!(Period::parse("2026").unwrap().label(Lang::Vi), "năm 2026");
    }
}
