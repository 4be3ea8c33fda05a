//! `kiemtra doc`: the document frame of a record (issuer, number, place, date, signer…).

use super::records::open_for_writing;
use super::{Context, Failure};
use crate::messages as msg;
use crate::record::{Change, DocField};
use clap::Args;

#[derive(Debug, Args)]
pub struct DocArgs {
    /// Tên bản đánh giá hoặc đường dẫn · record name or path
    pub record: String,
    /// Cơ quan chủ quản · the issuing body's parent ("UBND TỈNH THANH HÓA")
    #[arg(long)]
    pub parent: Option<String>,
    /// Cơ quan ban hành · the issuing body ("ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH")
    #[arg(long)]
    pub issuer: Option<String>,
    /// Số, ký hiệu (để trống cho văn thư cấp) · number and symbol ("12/BC-UBND"; blank for the clerk)
    #[arg(long)]
    pub number: Option<String>,
    /// Địa danh · the place of the date line ("Hạc Thành")
    #[arg(long)]
    pub place: Option<String>,
    /// Ngày văn bản · the date (05/01/2026 or 2026-01-05)
    #[arg(long)]
    pub date: Option<String>,
    /// Kính gửi · the addressee ("Sở Nội vụ tỉnh Thanh Hóa")
    #[arg(long)]
    pub recipient: Option<String>,
    /// Căn cứ (lặp lại được; thay cả danh sách) · legal basis (repeatable; replaces the list)
    #[arg(long)]
    pub basis: Vec<String>,
    /// Thành viên, chức vụ, cơ quan (lặp lại được) · a member with position and agency (repeatable)
    #[arg(long = "member")]
    pub members: Vec<String>,
    /// Ưu điểm · strengths
    #[arg(long)]
    pub strengths: Option<String>,
    /// Tồn tại, hạn chế · shortcomings
    #[arg(long)]
    pub shortcomings: Option<String>,
    /// Kiến nghị, đề xuất (lặp lại được) · a recommendation with its deadline (repeatable)
    #[arg(long = "recommendation")]
    pub recommendations: Vec<String>,
    /// Ký thay mặt · on whose behalf ("TM. ỦY BAN NHÂN DÂN")
    #[arg(long)]
    pub signer_for: Option<String>,
    /// Chức vụ người ký · the signer's position ("CHỦ TỊCH", "TRƯỞNG ĐOÀN")
    #[arg(long)]
    pub signer_position: Option<String>,
    /// Họ tên người ký · the signer's name
    #[arg(long)]
    pub signer: Option<String>,
    /// Nơi nhận (lặp lại được; "Lưu: VT" tự thêm) · a recipient of a copy (repeatable; "Lưu: VT" is added)
    #[arg(long = "copy-to")]
    pub copies_to: Vec<String>,
}

impl DocArgs {
    fn changes(&self) -> Vec<Change> {
        let one = |field, value: &Option<String>| {
            value.as_ref().map(|value| Change::Document {
                field,
                value: value.clone(),
            })
        };
        let list = |field, values: &[String]| {
            (!values.is_empty()).then(|| Change::Document {
                field,
                value: values.join("\n"),
            })
        };
        [
            one(DocField::Parent, &self.parent),
            one(DocField::Issuer, &self.issuer),
            one(DocField::Number, &self.number),
            one(DocField::Place, &self.place),
            one(DocField::Date, &self.date),
            one(DocField::Recipient, &self.recipient),
            list(DocField::Basis, &self.basis),
            list(DocField::Members, &self.members),
            one(DocField::Strengths, &self.strengths),
            one(DocField::Shortcomings, &self.shortcomings),
            list(DocField::Recommendations, &self.recommendations),
            one(DocField::SignerFor, &self.signer_for),
            one(DocField::SignerPosition, &self.signer_position),
            one(DocField::SignerName, &self.signer),
            list(DocField::CopiesTo, &self.copies_to),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}

/// Sets the fields given, all or none, through the record's one change path; then, or with
/// none given, prints the frame as the record holds it.
pub fn run(cx: &Context, args: DocArgs) -> Result<(), Failure> {
    let lang = cx.lang;
    let changes = args.changes();
    let inspection = if changes.is_empty() {
        super::records::open(cx, &args.record, crate::inspection::Access::Read)?
    } else {
        let mut inspection = open_for_writing(cx, &args.record)?;
        let changed = inspection
            .change_all(&changes, crate::now())
            .map_err(|e| Failure::from_inspection(&e, lang))?;
        outln!(
            lang,
            "{}",
            msg::cli::changed_change_s_to_the_document(lang, changed)
        )?;
        inspection
    };
    let document = &inspection.record.document;
    if document.is_empty() {
        outln!(
            lang,
            "{}",
            msg::cli::no_document_frame_yet_the_issuing(lang)
        )?;
    }
    for field in DocField::ALL {
        let value = document.get(field);
        if value.is_empty() {
            continue;
        }
        let name = field.name().replace('_', "-");
        let value = crate::text::terminal_lines(&value).replace('\n', "\n    ");
        outln!(lang, "{name}: {value}")?;
    }
    Ok(())
}
