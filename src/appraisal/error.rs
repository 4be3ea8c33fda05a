//! What can go wrong starting an appraisal or taking in an explanation, told in both
//! languages: what, where, and how to put it right.

use crate::inspection::InspectionError;
use crate::lang::Lang;
use crate::signing::VerifyError;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum AppraisalError {
    #[error("{path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is refused: {source}")]
    Signature { path: PathBuf, source: VerifyError },
    #[error("{path} is not a kiemtra summary: {detail}")]
    NotASummary { path: PathBuf, detail: String },
    #[error("{path} is a {found} document, not {wanted}")]
    WrongKind {
        path: PathBuf,
        found: &'static str,
        wanted: &'static str,
    },
    #[error("{path} names a signer key other than the one that signed it")]
    SignerMismatch { path: PathBuf },
    #[error("the checklist {id}@{version} ({hash}) is not installed")]
    TemplateMissing {
        id: String,
        version: String,
        hash: String,
    },
    #[error("{path} does not fit its checklist at `{task}`")]
    Inconsistent { path: PathBuf, task: String },
    #[error("this summary is already appraised in {first}")]
    AlreadyAppraised { first: PathBuf },
    #[error("{path} answers another appraisal")]
    OtherAppraisal { path: PathBuf, pinned: String },
    #[error("{path} is about another self-assessment")]
    OtherSelfAssessment { path: PathBuf },
    #[error("no appraisal in the records folder is the one {path} answers")]
    NoAppraisalAnswered { path: PathBuf },
    #[error("no appraisal key to check against")]
    BadPinnedKey,
    #[error(transparent)]
    Inspection(#[from] InspectionError),
}

impl AppraisalError {
    pub fn message(&self, lang: Lang) -> String {
        let nothing = lang.pick("không tạo gì", "nothing was created");
        match self {
            AppraisalError::Read { path, source } => {
                let why = crate::store::io_reason(source, lang);
                lang.pick(
                    format!("không đọc được {}: {why}", path.display()),
                    format!("cannot read {}: {why}", path.display()),
                )
            }
            AppraisalError::Signature { path, source } => lang.pick(
                format!("{} bị từ chối: {}; {nothing}", path.display(), source.message(lang)),
                format!("{} is refused: {}; {nothing}", path.display(), source.message(lang)),
            ),
            AppraisalError::NotASummary { path, detail } => lang.pick(
                format!("{} không phải bản tổng hợp JSON của kiemtra ({detail}); dùng tệp .json do `kiemtra export` ghi", path.display()),
                format!("{} is not a kiemtra JSON summary ({detail}); use the .json file `kiemtra export` wrote", path.display()),
            ),
            AppraisalError::WrongKind { path, found, wanted } => lang.pick(
                format!("{} là bản {} chứ không phải bản {}", path.display(), kind_vi(found), kind_vi(wanted)),
                format!("{} is {} document, not {}", path.display(), article(found), article(wanted)),
            ),
            AppraisalError::SignerMismatch { path } => lang.pick(
                format!("{} ghi khóa người ký khác với khóa đã ký tệp; hãy xin lại bản gốc", path.display()),
                format!("{} names a signer key other than the one that signed it; ask for the original file", path.display()),
            ),
            AppraisalError::TemplateMissing { id, version, hash } => lang.pick(
                format!("cần đúng mẫu {id} phiên bản {version} (mã băm {hash}) mà xã đã dùng, nhưng mẫu này chưa được cài; chép tệp mẫu đó vào thư mục templates rồi chạy lại; {nothing}"),
                format!("the exact checklist the commune used, {id} version {version} (hash {hash}), is not installed; copy that checklist file into the templates folder and run again; {nothing}"),
            ),
            AppraisalError::Inconsistent { path, task } => lang.pick(
                format!("{} không khớp với mẫu ở tiêu chí `{task}`; {nothing}", path.display()),
                format!("{} does not fit its checklist at criterion `{task}`; {nothing}", path.display()),
            ),
            AppraisalError::AlreadyAppraised { first } => lang.pick(
                format!("bản tự đánh giá này đã được thẩm định trong {}; mở bản đó, hoặc thêm `--again` để thẩm định lại", first.display()),
                format!("this self-assessment is already appraised in {}; open that one, or add `--again` to appraise it again", first.display()),
            ),
            AppraisalError::OtherAppraisal { path, pinned } => lang.pick(
                format!("{} là giải trình cho một bản thẩm định khác ({pinned}), không phải bản đã xuất từ bản này; không nhập gì", path.display()),
                format!("{} is an explanation for another appraisal ({pinned}), not one exported from this record; nothing was imported", path.display()),
            ),
            AppraisalError::OtherSelfAssessment { path } => lang.pick(
                format!("{} nói về một bản tự đánh giá khác; không nhập gì", path.display()),
                format!("{} is about another self-assessment; nothing was imported", path.display()),
            ),
            AppraisalError::NoAppraisalAnswered { path } => lang.pick(
                format!("trong thư mục bản đánh giá không có bản thẩm định nào mà {} giải trình (nó trả lời một bản thẩm định đã xuất từ máy khác, hoặc một bản thẩm định khác); không nhập gì", path.display()),
                format!("no appraisal in the records folder is the one {} explains (it answers an appraisal exported elsewhere, or another one); nothing was imported", path.display()),
            ),
            AppraisalError::BadPinnedKey => lang.pick(
                "khóa công khai ghi trong bản thẩm định bị hỏng; bản thẩm định không còn dùng được".into(),
                "the public key pinned in the appraisal record is damaged; the record cannot be used".into(),
            ),
            AppraisalError::Inspection(e) => e.message(lang),
        }
    }
}

fn kind_vi(kind: &str) -> &'static str {
    match kind {
        "self-assessment" => "tự đánh giá",
        "appraisal" => "thẩm định",
        _ => "giải trình",
    }
}

fn article(kind: &str) -> String {
    match kind {
        "self-assessment" => "a self-assessment".into(),
        "appraisal" => "an appraisal".into(),
        other => format!("an {other}"),
    }
}
