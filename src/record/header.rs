//! Who and what an inspection is about: the unit, the period, the mode, the people.

use crate::lang::Lang;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// The unit checks itself before the district's appraisal.
    #[default]
    SelfCheck,
    /// An inspector from outside visits.
    Inspection,
}

impl Mode {
    pub const ALL: [Mode; 2] = [Mode::SelfCheck, Mode::Inspection];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Mode::SelfCheck => lang.pick("tự kiểm tra", "self-check"),
            Mode::Inspection => lang.pick("kiểm tra", "inspection"),
        }
    }

    pub fn parse(name: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.to_string() == name.trim())
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Mode::SelfCheck => "self-check",
            Mode::Inspection => "inspection",
        })
    }
}

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
            None => lang.pick(format!("năm {}", self.year), format!("year {}", self.year)),
            Some(q) => lang.pick(
                format!("quý {q}/{}", self.year),
                format!("Q{q} {}", self.year),
            ),
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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub province: String,
    pub district: String,
    pub commune: String,
    pub period: Period,
    pub mode: Mode,
    /// The inspectors, or the officers doing the self-check.
    #[serde(default)]
    pub people: Vec<String>,
}

/// A required header field left blank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderError {
    Blank(&'static str),
}

impl HeaderError {
    pub fn message(self, lang: Lang) -> String {
        match self {
            HeaderError::Blank(field) => lang.pick(
                format!("chưa nhập {}", field_label(field, Lang::Vi)),
                format!("the {} is required", field_label(field, Lang::En)),
            ),
        }
    }
}

pub fn field_label(field: &str, lang: Lang) -> &'static str {
    match field {
        "province" => lang.pick("tỉnh/thành phố", "province"),
        "district" => lang.pick("huyện/quận", "district"),
        "commune" => lang.pick("xã/phường/thị trấn", "commune"),
        "people" => lang.pick("người thực hiện", "people"),
        _ => lang.pick("trường", "field"),
    }
}

impl Header {
    /// The unit as people name it: "Xã Hoằng Đạt, Hoằng Hóa, Thanh Hóa".
    pub fn unit(&self) -> String {
        [&self.commune, &self.district, &self.province]
            .iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.trim())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The first required field left blank, if any.
    pub fn check(&self) -> Result<(), HeaderError> {
        for (name, value) in [
            ("province", &self.province),
            ("district", &self.district),
            ("commune", &self.commune),
        ] {
            if value.trim().is_empty() {
                return Err(HeaderError::Blank(name));
            }
        }
        if self.people.iter().all(|p| p.trim().is_empty()) {
            return Err(HeaderError::Blank("people"));
        }
        Ok(())
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
            "quý 2/2024"
        );
    }
}
