//! Who and what an inspection is about: the unit, the period, the mode, the people.

pub use crate::period::Period;

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
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
