//! The Decree 30/2020/NĐ-CP frame of a summary (Appendix I): the two-column header, the
//! title that follows the mode, the addressee and legal basis, the remarks, the signature
//! blocks and the copies. It is data in the summary model; every format lays it out.

use crate::lang::{Lang, Text};
use crate::messages as msg;
use crate::record::{Document, Mode, Record};
use serde::{Deserialize, Serialize};

/// The quốc hiệu.
pub const NATIONAL_TITLE: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
/// The tiêu ngữ.
pub const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";
/// The last line of every nơi nhận.
pub const FILED: &str = "Lưu: VT";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Frame {
    /// The issuing body's parent, in capitals (may be empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub parent: String,
    /// The issuing body, in capitals.
    pub issuer: String,
    /// Number and symbol; empty leaves the space the clerk fills ("Số:      /BC-UBND").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub number: String,
    /// The document's date (`YYYY-MM-DD`), when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::NaiveDate>,
    /// The place and date line: "Hạc Thành, ngày 05 tháng 01 năm 2026"; absent in a biên bản.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dated: Option<Text>,
    /// The document's kind: "BÁO CÁO", "BIÊN BẢN".
    pub kind: Text,
    /// The summary line under it: "Kết quả tự đánh giá, chấm điểm …".
    pub title: Text,
    /// Kính gửi.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub recipient: String,
    /// Căn cứ.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub basis: Vec<String>,
    /// Thành phần: the members with positions and agencies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub strengths: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub shortcomings: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recommendations: Vec<String>,
    /// Who signs, left to right (a biên bản: the unit's representative, then the inspector).
    pub signatures: Vec<SignatureBlock>,
    /// Nơi nhận, ending with "Lưu: VT".
    pub copies_to: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SignatureBlock {
    /// "TM. ỦY BAN NHÂN DÂN", "ĐẠI DIỆN XÃ HOẰNG ĐẠT" (may be empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub on_behalf: String,
    /// "CHỦ TỊCH", "TRƯỞNG ĐOÀN".
    pub position: String,
    /// Empty leaves the space for the name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
}

impl Frame {
    pub fn of(record: &Record, generated: chrono::NaiveDate) -> Frame {
        let d: &Document = &record.document;
        let h = &record.header;
        let upper = |s: &str| s.trim().to_uppercase();
        let commune = h.commune.trim();
        let own_body = format!("ỦY BAN NHÂN DÂN {}", upper(commune));
        let issuer = match (d.issuer.trim(), h.mode) {
            ("", Mode::Inspection | Mode::Appraisal) if !h.agency.trim().is_empty() => {
                upper(&h.agency)
            }
            ("", _) => own_body.clone(),
            (given, _) => upper(given),
        };
        let period = |lang| h.period.label(lang);
        let both = |title: fn(Lang, String, String) -> String| {
            let say = |lang| title(lang, period(lang), commune.to_string());
            Text::new(say(Lang::Vi), say(Lang::En))
        };
        let (kind, title) = match h.mode {
            Mode::SelfCheck => (
                Text::new("BÁO CÁO", "REPORT"),
                both(msg::export::self_assessment_title),
            ),
            Mode::Inspection => (
                Text::new("BIÊN BẢN", "MINUTES"),
                both(msg::export::inspection_title),
            ),
            Mode::Appraisal => (
                Text::new("BÁO CÁO", "REPORT"),
                both(msg::export::appraisal_title),
            ),
            Mode::Explanation => (
                Text::new("BÁO CÁO", "REPORT"),
                both(msg::export::explanation_title),
            ),
        };
        // A biên bản records where and when in its text, not in the header.
        let dated = (h.mode != Mode::Inspection).then(|| {
            let place = d.place.trim();
            let on = |lang| match d.date {
                Some(date) => crate::dates::in_words(date, lang),
                None => msg::export::generated(lang, generated.format("%Y")),
            };
            let line = |lang| match place {
                "" => on(lang),
                place => format!("{place}, {}", on(lang)),
            };
            Text::new(line(Lang::Vi), line(Lang::En))
        });
        let signer = SignatureBlock {
            on_behalf: upper(&d.signer_for),
            position: upper(&d.signer_position),
            name: d.signer_name.trim().to_string(),
        };
        let signatures = match h.mode {
            Mode::Inspection => vec![
                SignatureBlock {
                    on_behalf: String::new(),
                    position: format!("ĐẠI DIỆN {}", upper(commune)),
                    name: String::new(),
                },
                SignatureBlock {
                    position: if signer.position.is_empty() {
                        "TRƯỞNG ĐOÀN".into()
                    } else {
                        signer.position.clone()
                    },
                    name: if signer.name.is_empty() {
                        h.people.first().cloned().unwrap_or_default()
                    } else {
                        signer.name.clone()
                    },
                    on_behalf: signer.on_behalf.clone(),
                },
            ],
            _ => vec![signer],
        };
        let mut copies_to: Vec<String> = d.copies_to.clone();
        if !copies_to.iter().any(|c| c.starts_with("Lưu")) {
            copies_to.push(FILED.into());
        }
        Frame {
            parent: upper(&d.parent),
            issuer,
            number: d.number.trim().to_string(),
            date: d.date,
            dated,
            kind,
            title,
            recipient: d.recipient.trim().to_string(),
            basis: d.basis.clone(),
            members: d.members.clone(),
            strengths: d.strengths.clone(),
            shortcomings: d.shortcomings.clone(),
            recommendations: d.recommendations.clone(),
            signatures,
            copies_to,
        }
    }

    /// "Số: 12/BC-UBND", or the space the clerk fills.
    pub fn number_line(&self) -> String {
        match self.number.as_str() {
            "" => "Số:        /".into(),
            n => format!("Số: {n}"),
        }
    }
}

/// The headings of the frame's parts, in each language.
pub struct Headings {
    pub recipient: &'static str,
    pub basis: &'static str,
    pub members: &'static str,
    pub strengths: &'static str,
    pub shortcomings: &'static str,
    pub recommendations: &'static str,
    pub copies_to: &'static str,
}

pub fn headings(lang: Lang) -> Headings {
    Headings {
        recipient: msg::export::to(lang),
        basis: msg::common::legal_basis(lang),
        members: msg::common::members_of_the_team(lang),
        strengths: msg::common::strengths_found(lang),
        shortcomings: msg::common::shortcomings_found(lang),
        recommendations: msg::common::recommendations_made(lang),
        copies_to: msg::common::copies_to_recipients(lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{DocField, Header, Period};

    fn record(mode: Mode) -> Record {
        let template = crate::template::parse(
            include_str!("../../tests/fixtures/export/par-mini.toml"),
            "par-mini.toml",
        )
        .expect("the test checklist");
        let header = Header {
            province: "Thanh Hóa".into(),
            district: String::new(),
            commune: "Phường Hạc Thành".into(),
            unit_kind: None,
            unit_code: String::new(),
            formed_from: Vec::new(),
            agency: "Sở Nội vụ tỉnh Thanh Hóa".into(),
            period: Period::parse("2026").unwrap(),
            mode,
            people: vec!["Trần Văn Bình".into()],
        };
        Record::new(&template, header, chrono::DateTime::UNIX_EPOCH)
    }

    fn day() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
    }

    #[test]
    fn a_self_assessment_is_a_dated_report_of_the_communes_own_body() {
        let mut r = record(Mode::SelfCheck);
        r.document.set(DocField::Place, "Hạc Thành").unwrap();
        r.document.set(DocField::Date, "05/01/2026").unwrap();
        let f = Frame::of(&r, day());
        assert_eq!(f.issuer, "ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH");
        assert_eq!(f.kind.get(Lang::Vi), "BÁO CÁO");
        assert_eq!(
            f.title.get(Lang::Vi),
            "Kết quả tự đánh giá, chấm điểm công tác cải cách hành chính năm 2026 của Phường Hạc Thành"
        );
        assert_eq!(
            f.dated.as_ref().unwrap().get(Lang::Vi),
            "Hạc Thành, ngày 05 tháng 01 năm 2026"
        );
        assert_eq!(f.number_line(), "Số:        /");
        assert_eq!(f.copies_to, ["Lưu: VT"]);
        assert_eq!(f.signatures.len(), 1);
    }

    #[test]
    fn an_inspection_is_undated_minutes_signed_by_both_sides() {
        let f = Frame::of(&record(Mode::Inspection), day());
        assert_eq!(f.issuer, "SỞ NỘI VỤ TỈNH THANH HÓA");
        assert_eq!(f.kind.get(Lang::Vi), "BIÊN BẢN");
        assert!(
            f.title
                .get(Lang::Vi)
                .starts_with("Kiểm tra công tác cải cách hành chính năm 2026 tại Phường Hạc Thành")
        );
        assert_eq!(f.dated, None);
        let who: Vec<(&str, &str)> = f
            .signatures
            .iter()
            .map(|s| (s.position.as_str(), s.name.as_str()))
            .collect();
        assert_eq!(
            who,
            [
                ("ĐẠI DIỆN PHƯỜNG HẠC THÀNH", ""),
                ("TRƯỞNG ĐOÀN", "Trần Văn Bình")
            ]
        );
        let a = Frame::of(&record(Mode::Appraisal), day());
        assert!(a.title.get(Lang::Vi).starts_with("Kết quả thẩm định"));
    }
}
