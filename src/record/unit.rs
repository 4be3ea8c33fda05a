//! The commune-level unit: its kind since the 2025 reform.

use crate::lang::Lang;
use crate::messages as msg;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What kind of commune-level unit a record is about. Since 1 July 2025: xã, phường or
/// đặc khu; thị trấn only in three-tier periods before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnitKind {
    Xa,
    Phuong,
    DacKhu,
    ThiTran,
}

impl UnitKind {
    pub const ALL: [UnitKind; 4] = [
        UnitKind::Xa,
        UnitKind::Phuong,
        UnitKind::DacKhu,
        UnitKind::ThiTran,
    ];

    /// The kinds a template of `tiers` allows.
    pub fn allowed(tiers: u8) -> &'static [UnitKind] {
        if tiers == 2 {
            &UnitKind::ALL[..3]
        } else {
            &UnitKind::ALL
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            UnitKind::Xa => msg::common::commune(lang),
            UnitKind::Phuong => msg::record::ward(lang),
            UnitKind::DacKhu => msg::record::special_zone(lang),
            UnitKind::ThiTran => msg::record::township(lang),
        }
    }

    /// `xa`, `phuong`, `dac-khu`, `thi-tran`, or the Vietnamese word.
    pub fn parse(text: &str) -> Option<UnitKind> {
        let text = text.trim().to_lowercase();
        UnitKind::ALL
            .into_iter()
            .find(|k| k.to_string() == text || k.label(Lang::Vi) == text)
    }
}

impl fmt::Display for UnitKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            UnitKind::Xa => "xa",
            UnitKind::Phuong => "phuong",
            UnitKind::DacKhu => "dac-khu",
            UnitKind::ThiTran => "thi-tran",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_read_by_name_or_in_vietnamese() {
        assert_eq!(UnitKind::parse("phuong"), Some(UnitKind::Phuong));
        assert_eq!(UnitKind::parse("Đặc khu"), Some(UnitKind::DacKhu));
        assert_eq!(UnitKind::parse("huyện"), None);
        assert!(!UnitKind::allowed(2).contains(&UnitKind::ThiTran));
        assert!(UnitKind::allowed(3).contains(&UnitKind::ThiTran));
    }
}
