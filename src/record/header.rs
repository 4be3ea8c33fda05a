//! Who and what an inspection is about: the unit, the period, the mode, the people.

pub use crate::period::Period;

use super::UnitKind;
use crate::messages as msg;

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// The unit checks and scores itself before the province's appraisal.
    #[default]
    SelfCheck,
    /// An inspector from outside visits.
    Inspection,
    /// The province appraises a commune's signed self-assessment (made by `kiemtra appraise`).
    Appraisal,
    /// The commune explains against a signed preliminary appraisal (made by `kiemtra explain`).
    Explanation,
}

impl Mode {
    /// The modes a record can be made in from a blank header.
    pub const ALL: [Mode; 2] = [Mode::SelfCheck, Mode::Inspection];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Mode::SelfCheck => msg::record::self_assessment(lang),
            Mode::Inspection => msg::record::inspection(lang),
            Mode::Appraisal => msg::record::appraisal(lang),
            Mode::Explanation => msg::record::explanation(lang),
        }
    }

    pub fn parse(name: &str) -> Option<Mode> {
        [
            Mode::SelfCheck,
            Mode::Inspection,
            Mode::Appraisal,
            Mode::Explanation,
        ]
        .into_iter()
        .find(|m| m.to_string() == name.trim())
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Mode::SelfCheck => "self-check",
            Mode::Inspection => "inspection",
            Mode::Appraisal => "appraisal",
            Mode::Explanation => "explanation",
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub province: String,
    /// Only in three-tier records (periods before 1 July 2025); empty in two-tier ones.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub district: String,
    pub commune: String,
    /// xã, phường, đặc khu (thị trấn before 2025).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_kind: Option<UnitKind>,
    /// The national code of the commune-level unit, when known.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit_code: String,
    /// The former units the commune was formed from in the 2025 mergers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formed_from: Vec<String>,
    /// The agency that inspects or appraises the unit (Sở Nội vụ tỉnh …).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub agency: String,
    pub period: Period,
    pub mode: Mode,
    /// The inspectors, or the officers doing the self-check.
    #[serde(default)]
    pub people: Vec<String>,
}

/// A header that does not fit its checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderError {
    /// A required field left blank.
    Blank(&'static str),
    /// A district given for a two-tier checklist (there are none since 1 July 2025).
    DistrictInTwoTiers,
    /// A kind of unit that no longer exists in two-tier local government.
    KindInTwoTiers(UnitKind),
}

impl HeaderError {
    pub fn message(self, lang: Lang) -> String {
        match self {
            HeaderError::Blank(field) => {
                msg::record::the_field_is_required(lang, field_label(field, lang))
            }
            HeaderError::DistrictInTwoTiers => {
                msg::record::this_checklist_is_for_two_tier(lang).into()
            }
            HeaderError::KindInTwoTiers(kind) => {
                msg::record::there_is_no_label_since_1(lang, kind.label(lang))
            }
        }
    }

    /// The field the error is about.
    pub fn field(self) -> &'static str {
        match self {
            HeaderError::Blank(field) => field,
            HeaderError::DistrictInTwoTiers => "district",
            HeaderError::KindInTwoTiers(_) => "unit_kind",
        }
    }
}

/// A header field holding a character that would break the one line it is printed on (the
/// trusted comment, a table row, the terminal) or drive a terminal. Header fields are names,
/// so they are refused at entry rather than escaped later.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HeaderTextError {
    #[error("{}", self.message(Lang::En))]
    LineBreak {
        field: &'static str,
        at: usize,
        shown: String,
    },
    #[error("{}", self.message(Lang::En))]
    Tab {
        field: &'static str,
        at: usize,
        shown: String,
    },
    #[error("{}", self.message(Lang::En))]
    Control {
        field: &'static str,
        at: usize,
        code: u32,
        shown: String,
    },
    #[error("{}", self.message(Lang::En))]
    Direction {
        field: &'static str,
        at: usize,
        code: u32,
        shown: String,
    },
}

impl HeaderTextError {
    /// The header field it is about (`commune`, `people`, …).
    pub fn field(&self) -> &'static str {
        match self {
            HeaderTextError::LineBreak { field, .. }
            | HeaderTextError::Tab { field, .. }
            | HeaderTextError::Control { field, .. }
            | HeaderTextError::Direction { field, .. } => field,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let what = subject(self.field(), lang);
        match self {
            HeaderTextError::LineBreak { at, shown, .. } => {
                msg::record::has_a_line_break(lang, what, shown, at)
            }
            HeaderTextError::Tab { at, shown, .. } => msg::record::has_a_tab(lang, what, shown, at),
            HeaderTextError::Control {
                at, code, shown, ..
            } => msg::record::has_a_control_character(lang, what, shown, format!("{code:04X}"), at),
            HeaderTextError::Direction {
                at, code, shown, ..
            } => msg::record::has_a_direction_control(lang, what, shown, format!("{code:04X}"), at),
        }
    }
}

/// What a header field holds, as the subject of a sentence: "Tên xã/phường" (capitalised, it
/// opens the Vietnamese sentence), "commune name" (after "the" in the English one).
fn subject(field: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => capital(name_label(field, lang)),
        Lang::En => name_label(field, lang).to_string(),
    }
}

/// "the commune name", "tên xã/phường/thị trấn": what a header field holds.
fn name_label(field: &str, lang: Lang) -> &'static str {
    match field {
        "province" => msg::record::province_name(lang),
        "district" => msg::record::district_name(lang),
        "commune" => msg::record::commune_name(lang),
        "unit_code" => msg::record::unit_code(lang),
        "formed_from" => msg::record::former_unit_s_name(lang),
        "agency" => msg::record::agency_s_name(lang),
        "people" => msg::record::person_s_name(lang),
        _ => msg::record::field(lang),
    }
}

fn capital(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The first character of `value` a header field may not hold, as an error.
fn check_field(field: &'static str, value: &str) -> Result<(), HeaderTextError> {
    use crate::text::Unprintable;
    let Some((index, kind)) = value
        .chars()
        .enumerate()
        .find_map(|(i, c)| Unprintable::of(c).map(|kind| (i, kind)))
    else {
        return Ok(());
    };
    let at = index + 1;
    let shown: String = value
        .chars()
        .map(|c| {
            if crate::text::is_unprintable(c) {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect();
    Err(match kind {
        Unprintable::LineBreak => HeaderTextError::LineBreak { field, at, shown },
        Unprintable::Tab => HeaderTextError::Tab { field, at, shown },
        Unprintable::Control(c) => HeaderTextError::Control {
            field,
            at,
            code: u32::from(c),
            shown,
        },
        Unprintable::Direction(c) => HeaderTextError::Direction {
            field,
            at,
            code: u32::from(c),
            shown,
        },
    })
}

pub fn field_label(field: &str, lang: Lang) -> &'static str {
    match field {
        "province" => msg::record::province(lang),
        "district" => msg::record::district(lang),
        "commune" => msg::record::commune(lang),
        "unit_kind" => msg::record::kind_of_unit(lang),
        "unit_code" => msg::record::unit_code(lang),
        "formed_from" => msg::record::former_units(lang),
        "agency" => msg::record::inspecting_or_appraising_agency(lang),
        "people" => msg::record::people(lang),
        _ => msg::record::field(lang),
    }
}

impl Header {
    /// A header with the unit's name, period, mode and people, and none of the optional
    /// details (kind of unit, code, former units, agency).
    pub fn new(
        province: String,
        district: String,
        commune: String,
        period: Period,
        mode: Mode,
        people: Vec<String>,
    ) -> Header {
        Header {
            province,
            district,
            commune,
            unit_kind: None,
            unit_code: String::new(),
            formed_from: Vec::new(),
            agency: String::new(),
            period,
            mode,
            people,
        }
    }

    /// The unit as people name it: "Xã Hoằng Đạt, Hoằng Hóa, Thanh Hóa".
    pub fn unit(&self) -> String {
        [&self.commune, &self.district, &self.province]
            .iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.trim())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Whether the header fits a checklist written for `tiers` (2: province → commune since
    /// 1 July 2025, no district; 3: province → district → commune): the first field that
    /// does not, if any.
    pub fn check(&self, tiers: u8) -> Result<(), HeaderError> {
        let two_tiers = tiers == 2;
        if two_tiers && !self.district.trim().is_empty() {
            return Err(HeaderError::DistrictInTwoTiers);
        }
        if let Some(kind) = self.unit_kind
            && !UnitKind::allowed(tiers).contains(&kind)
        {
            return Err(HeaderError::KindInTwoTiers(kind));
        }
        for (name, value) in [
            ("province", &self.province),
            ("district", &self.district),
            ("commune", &self.commune),
        ] {
            if value.trim().is_empty() && !(two_tiers && name == "district") {
                return Err(HeaderError::Blank(name));
            }
        }
        if self.people.iter().all(|p| p.trim().is_empty()) {
            return Err(HeaderError::Blank("people"));
        }
        Ok(())
    }

    /// Refuses a field with a line break, a control character (terminal escapes included)
    /// or a text-direction control: each field is printed on one line, in the trusted
    /// comment, in tables and on the terminal.
    pub fn check_text(&self) -> Result<(), HeaderTextError> {
        check_field("province", &self.province)?;
        check_field("district", &self.district)?;
        check_field("commune", &self.commune)?;
        check_field("unit_code", &self.unit_code)?;
        check_field("agency", &self.agency)?;
        for unit in &self.formed_from {
            check_field("formed_from", unit)?;
        }
        for person in &self.people {
            check_field("people", person)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(commune: &str) -> Header {
        Header::new(
            "Thanh Hóa".into(),
            "Hoằng Hóa".into(),
            commune.into(),
            Period::parse("2024").unwrap(),
            Mode::SelfCheck,
            vec!["Lê Thị Hoa".into()],
        )
    }

    #[test]
    fn header_fields_refuse_what_would_break_their_line() {
        assert_eq!(header("Xã Hoằng Đạt").check_text(), Ok(()));
        let error = header("Xã A\nB").check_text().unwrap_err();
        assert_eq!(
            error.message(Lang::En),
            "the commune name “Xã A�B” has a line break at character 5; type it on one line"
        );
        assert_eq!(
            error.message(Lang::Vi),
            "Tên xã/phường/đặc khu “Xã A�B” có dấu xuống dòng ở ký tự thứ 5; hãy nhập trên một dòng"
        );
        let error = header("Xã \u{1b}[2J").check_text().unwrap_err();
        assert!(matches!(
            error,
            HeaderTextError::Control {
                code: 0x1b,
                at: 4,
                ..
            }
        ));
        let error = header("Xã \u{202e}tạĐ").check_text().unwrap_err();
        assert!(matches!(
            error,
            HeaderTextError::Direction { code: 0x202e, .. }
        ));
        let mut h = header("Xã Hoằng Đạt");
        h.people.push("Nguyễn\tVăn An".into());
        let error = h.check_text().unwrap_err();
        assert_eq!(
            error.message(Lang::En),
            "the person's name “Nguyễn�Văn An” has a tab at character 7; use a space instead"
        );
    }
}
