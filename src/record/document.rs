//! What a record needs to be filed as an official document (Decree 30/2020/NĐ-CP,
//! Appendix I): who issues it, its number, place and date, whom it is sent to, what it
//! rests on, the remarks and recommendations, who signs it and who receives copies. Every
//! field may stay blank (the number is assigned by the clerk on registration).

use super::ChangeError;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// The issuing body's parent (cơ quan chủ quản): "UBND TỈNH THANH HÓA".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub parent: String,
    /// The issuing body: "ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub issuer: String,
    /// Number and symbol: "12/BC-UBND".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub number: String,
    /// The place name of the date line: "Hạc Thành".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Kính gửi: "Sở Nội vụ tỉnh Thanh Hóa".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub recipient: String,
    /// Căn cứ: one document per item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub basis: Vec<String>,
    /// The members (thành phần): one per item, with position and agency ("Trần Văn Bình,
    /// Trưởng phòng CCHC, Sở Nội vụ — Trưởng đoàn").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    /// Ưu điểm (several lines possible).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub strengths: String,
    /// Tồn tại, hạn chế (several lines possible).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub shortcomings: String,
    /// Kiến nghị, đề xuất, each with its deadline if it has one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recommendations: Vec<String>,
    /// On whose behalf the signer signs: "TM. ỦY BAN NHÂN DÂN".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub signer_for: String,
    /// "CHỦ TỊCH", "TRƯỞNG ĐOÀN".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub signer_position: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub signer_name: String,
    /// Nơi nhận, one per item; "Lưu: VT" is added when it is not there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub copies_to: Vec<String>,
}

/// One field of [`Document`], as `kiemtra doc` and the audit trail name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocField {
    Parent,
    Issuer,
    Number,
    Place,
    Date,
    Recipient,
    Basis,
    Members,
    Strengths,
    Shortcomings,
    Recommendations,
    SignerFor,
    SignerPosition,
    SignerName,
    CopiesTo,
}

impl DocField {
    pub const ALL: [DocField; 15] = [
        DocField::Parent,
        DocField::Issuer,
        DocField::Number,
        DocField::Place,
        DocField::Date,
        DocField::Recipient,
        DocField::Basis,
        DocField::Members,
        DocField::Strengths,
        DocField::Shortcomings,
        DocField::Recommendations,
        DocField::SignerFor,
        DocField::SignerPosition,
        DocField::SignerName,
        DocField::CopiesTo,
    ];

    /// The field's name in the record file (and, with `-` for `_`, its `kiemtra doc` option).
    pub fn name(self) -> &'static str {
        match self {
            DocField::Parent => "parent",
            DocField::Issuer => "issuer",
            DocField::Number => "number",
            DocField::Place => "place",
            DocField::Date => "date",
            DocField::Recipient => "recipient",
            DocField::Basis => "basis",
            DocField::Members => "members",
            DocField::Strengths => "strengths",
            DocField::Shortcomings => "shortcomings",
            DocField::Recommendations => "recommendations",
            DocField::SignerFor => "signer_for",
            DocField::SignerPosition => "signer_position",
            DocField::SignerName => "signer_name",
            DocField::CopiesTo => "copies_to",
        }
    }

    /// A list: one item per line of the value.
    pub fn is_list(self) -> bool {
        matches!(
            self,
            DocField::Basis | DocField::Members | DocField::Recommendations | DocField::CopiesTo
        )
    }

    /// Text of several lines.
    pub fn is_prose(self) -> bool {
        matches!(self, DocField::Strengths | DocField::Shortcomings)
    }
}

impl Document {
    pub fn is_empty(&self) -> bool {
        *self == Document::default()
    }

    /// The field as one string: a list's items one per line, the date as `YYYY-MM-DD`.
    pub fn get(&self, field: DocField) -> String {
        match field {
            DocField::Date => self.date.map(|d| d.to_string()).unwrap_or_default(),
            DocField::Basis => self.basis.join("\n"),
            DocField::Members => self.members.join("\n"),
            DocField::Recommendations => self.recommendations.join("\n"),
            DocField::CopiesTo => self.copies_to.join("\n"),
            other => self.text(other).clone(),
        }
    }

    fn text(&self, field: DocField) -> &String {
        match field {
            DocField::Parent => &self.parent,
            DocField::Issuer => &self.issuer,
            DocField::Number => &self.number,
            DocField::Place => &self.place,
            DocField::Recipient => &self.recipient,
            DocField::Strengths => &self.strengths,
            DocField::Shortcomings => &self.shortcomings,
            DocField::SignerFor => &self.signer_for,
            DocField::SignerPosition => &self.signer_position,
            _ => &self.signer_name,
        }
    }

    /// Sets a field from its string form (see [`Document::get`]); empty clears it. A date
    /// is `YYYY-MM-DD` or `DD/MM/YYYY`; only prose and lists may hold line breaks, and no
    /// field holds other control characters.
    pub fn set(&mut self, field: DocField, value: &str) -> Result<(), ChangeError> {
        let value = value.trim();
        if let Some(c) = value
            .chars()
            .find(|&c| crate::text::is_unprintable(c) && c != '\n' && c != '\r')
        {
            return Err(ChangeError::DocumentText {
                field: field.name(),
                code: u32::from(c),
            });
        }
        let value = value.replace("\r\n", "\n").replace('\r', "\n");
        if value.contains('\n') && !field.is_list() && !field.is_prose() {
            return Err(ChangeError::DocumentLineBreak(field.name()));
        }
        let items = || -> Vec<String> {
            value
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect()
        };
        let slot = match field {
            DocField::Date => {
                self.date = parse_date(&value)?;
                return Ok(());
            }
            DocField::Basis => {
                self.basis = items();
                return Ok(());
            }
            DocField::Members => {
                self.members = items();
                return Ok(());
            }
            DocField::Recommendations => {
                self.recommendations = items();
                return Ok(());
            }
            DocField::CopiesTo => {
                self.copies_to = items();
                return Ok(());
            }
            DocField::Parent => &mut self.parent,
            DocField::Issuer => &mut self.issuer,
            DocField::Number => &mut self.number,
            DocField::Place => &mut self.place,
            DocField::Recipient => &mut self.recipient,
            DocField::Strengths => &mut self.strengths,
            DocField::Shortcomings => &mut self.shortcomings,
            DocField::SignerFor => &mut self.signer_for,
            DocField::SignerPosition => &mut self.signer_position,
            DocField::SignerName => &mut self.signer_name,
        };
        *slot = value;
        Ok(())
    }
}

/// `2026-01-05` or `05/01/2026` (day first, as Vietnamese documents write it); empty: none.
fn parse_date(value: &str) -> Result<Option<NaiveDate>, ChangeError> {
    if value.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(value, "%d/%m/%Y"))
        .map(Some)
        .map_err(|_| ChangeError::DocumentDate(value.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_set_from_text_and_read_back() {
        let mut d = Document::default();
        d.set(DocField::Date, "05/01/2026").unwrap();
        assert_eq!(d.get(DocField::Date), "2026-01-05");
        d.set(DocField::Date, "2026-02-28").unwrap();
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2026, 2, 28));
        assert_eq!(
            d.set(DocField::Date, "31/02/2026"),
            Err(ChangeError::DocumentDate("31/02/2026".into()))
        );
        d.set(
            DocField::Basis,
            " Nghị định 30/2020/NĐ-CP \r\n\nKế hoạch 12/KH-UBND",
        )
        .unwrap();
        assert_eq!(d.basis, ["Nghị định 30/2020/NĐ-CP", "Kế hoạch 12/KH-UBND"]);
        assert_eq!(
            d.set(DocField::Issuer, "UBND\nPHƯỜNG"),
            Err(ChangeError::DocumentLineBreak("issuer"))
        );
        assert_eq!(
            d.set(DocField::Number, "12\u{1b}[2J"),
            Err(ChangeError::DocumentText {
                field: "number",
                code: 0x1b
            })
        );
        d.set(DocField::Strengths, "Một\nHai").unwrap();
        assert_eq!(d.get(DocField::Strengths), "Một\nHai");
        d.set(DocField::Date, "").unwrap();
        d.set(DocField::Basis, "").unwrap();
        d.set(DocField::Strengths, "").unwrap();
        assert!(d.is_empty());
    }
}
