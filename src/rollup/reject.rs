//! Why a file was left out of the roll-up, in both languages: what is wrong and what to do.

use crate::lang::Lang;
use crate::period::Period;
use crate::safe_file::Refusal;
use crate::signing::VerifyError;
use crate::store::io_reason;
use std::path::{Path, PathBuf};

/// A file the roll-up did not rank, and why.
#[derive(Debug)]
pub struct Rejected {
    pub path: PathBuf,
    pub reason: Reason,
}

impl Rejected {
    pub fn new(path: &Path, reason: Reason) -> Rejected {
        Rejected {
            path: path.to_path_buf(),
            reason,
        }
    }
}

/// What a `.json` file that is not a summary is instead.
#[derive(Debug)]
pub enum NotSummary {
    /// Not JSON at all: the parser's words (with line and column).
    NotJson(String),
    /// JSON, but not an object with a `format`.
    NotObject,
    /// An object with no `format`.
    NoFormat,
    /// An object of another format.
    Format(String),
}

impl NotSummary {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            NotSummary::NotJson(error) => lang.pick(
                format!("không phải JSON: {error}"),
                format!("not JSON: {error}"),
            ),
            NotSummary::NotObject => lang
                .pick(
                    "không phải đối tượng JSON có trường \"format\"",
                    "not a JSON object with a \"format\"",
                )
                .into(),
            NotSummary::NoFormat => lang
                .pick("không có trường \"format\"", "no \"format\" field")
                .into(),
            NotSummary::Format(format) => lang.pick(
                format!("định dạng \"{format}\""),
                format!("format \"{format}\""),
            ),
        }
    }
}

#[derive(Debug)]
pub enum Reason {
    /// The file or its signature was changed after signing.
    Tampered(VerifyError),
    /// Signed by a key that is not among the trusted ones.
    Untrusted {
        key_id: String,
        trusted: String,
    },
    /// No `FILE.minisig` beside it.
    Unsigned,
    /// Not a kiemtra summary at all (another JSON, or not JSON).
    NotSummary(NotSummary),
    /// A kiemtra summary of a schema newer than this program reads.
    NewerSchema {
        schema: u64,
    },
    /// Says it is a kiemtra summary but is not one as the format is written.
    Malformed {
        detail: String,
    },
    /// Names a key other than the one that signed it.
    WrongSigner {
        named: String,
        signed: String,
    },
    /// Of a checklist text neither bundled nor in the user's templates folder.
    UnknownTemplate {
        edition: String,
        hash: String,
    },
    /// A link, a FIFO, a device, a folder where a file is named.
    NotRegular(Refusal),
    TooLarge {
        limit: u64,
    },
    /// Could not be read (permissions, gone): in each language.
    Unreadable {
        vi: String,
        en: String,
    },
    /// A folder already searched (a loop), or too deep.
    Loop,
    /// Another summary of the same unit, checklist and period.
    Conflict {
        others: Vec<PathBuf>,
        unit: String,
        template: String,
        period: Period,
    },
    /// Set aside by `--latest` for a later signed summary of the same unit.
    Superseded {
        by: PathBuf,
    },
}

impl Reason {
    pub fn refused(refusal: Refusal) -> Reason {
        match refusal {
            Refusal::TooLarge { limit } => Reason::TooLarge { limit },
            other => Reason::NotRegular(other),
        }
    }

    pub fn unreadable(error: &std::io::Error) -> Reason {
        match Refusal::of(error) {
            Some(refusal) => Reason::refused(refusal),
            None => Reason::Unreadable {
                vi: io_reason(error, Lang::Vi),
                en: io_reason(error, Lang::En),
            },
        }
    }

    /// Whether it makes the roll-up fail (exit 1): all do but a summary set aside, as asked,
    /// for a later one.
    pub fn counts(&self) -> bool {
        !matches!(self, Reason::Superseded { .. })
    }

    /// A short name for machines (the JSON and CSV reports).
    pub fn code(&self) -> &'static str {
        match self {
            Reason::Tampered(_) => "tampered",
            Reason::Untrusted { .. } => "untrusted-signer",
            Reason::Unsigned => "unsigned",
            Reason::NotSummary(_) => "not-a-summary",
            Reason::NewerSchema { .. } => "newer-schema",
            Reason::Malformed { .. } => "malformed",
            Reason::WrongSigner { .. } => "wrong-signer",
            Reason::UnknownTemplate { .. } => "unknown-template",
            Reason::NotRegular(_) => "not-a-regular-file",
            Reason::TooLarge { .. } => "too-large",
            Reason::Unreadable { .. } => "unreadable",
            Reason::Loop => "folder-loop",
            Reason::Conflict { .. } => "conflict",
            Reason::Superseded { .. } => "superseded",
        }
    }

    /// A few words for a narrow column.
    pub fn label(&self, lang: Lang) -> &'static str {
        match self {
            Reason::Tampered(_) => lang.pick("chữ ký không hợp lệ", "bad signature"),
            Reason::Untrusted { .. } => lang.pick("người ký không tin cậy", "untrusted signer"),
            Reason::Unsigned => lang.pick("chưa ký", "unsigned"),
            Reason::NotSummary(_) => lang.pick("không phải bản tổng hợp", "not a summary"),
            Reason::NewerSchema { .. } => lang.pick("lược đồ mới hơn", "newer schema"),
            Reason::Malformed { .. } => lang.pick("bản tổng hợp hỏng", "broken summary"),
            Reason::WrongSigner { .. } => lang.pick("sai người ký", "wrong signer"),
            Reason::UnknownTemplate { .. } => lang.pick("mẫu không rõ", "unknown checklist"),
            Reason::NotRegular(_) => lang.pick("không phải tệp thường", "not a regular file"),
            Reason::TooLarge { .. } => lang.pick("quá lớn", "too large"),
            Reason::Unreadable { .. } => lang.pick("không đọc được", "unreadable"),
            Reason::Loop => lang.pick("vòng lặp thư mục", "folder loop"),
            Reason::Conflict { .. } => lang.pick("trùng đơn vị", "conflict"),
            Reason::Superseded { .. } => lang.pick("có bản mới hơn", "superseded"),
        }
    }

    /// What is wrong and how to put it right.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Reason::Tampered(error) => error.message(lang),
            Reason::Untrusted { key_id, trusted } => lang.pick(
                format!("KHÔNG TIN CẬY: ký bằng khóa {key_id}, không có trong các khóa tin cậy ({trusted}); nếu đúng là khóa của xã, thêm tệp .pub của họ vào thư mục khóa tin cậy"),
                format!("UNTRUSTED SIGNER: signed with key {key_id}, which is not among the trusted keys ({trusted}); if it is the commune's key, add their .pub file to the trusted folder"),
            ),
            Reason::Unsigned => lang.pick(
                "CHƯA KÝ: không có tệp chữ ký .minisig bên cạnh; xin xã gửi cả tệp .json.minisig".into(),
                "UNSIGNED: there is no .minisig signature beside it; ask the commune for the .json.minisig file too".into(),
            ),
            Reason::NotSummary(why) => {
                let detail = why.text(lang);
                lang.pick(
                    format!("không phải bản tổng hợp kiemtra ({detail}); chỉ tệp .json do `kiemtra export` ghi mới được tổng hợp"),
                    format!("not a kiemtra summary ({detail}); only the .json files `kiemtra export` writes can be rolled up"),
                )
            }
            Reason::NewerSchema { schema } => lang.pick(
                format!("bản tổng hợp theo lược đồ {schema}, mới hơn phiên bản kiemtra này đọc được (1); hãy cập nhật kiemtra"),
                format!("a summary of schema {schema}, newer than this kiemtra reads (1); update kiemtra"),
            ),
            Reason::Malformed { detail } => lang.pick(
                format!("bản tổng hợp kiemtra bị hỏng ({detail}); xin xã xuất lại bằng `kiemtra export`"),
                format!("a broken kiemtra summary ({detail}); ask the commune to export it again with `kiemtra export`"),
            ),
            Reason::WrongSigner { named, signed } => lang.pick(
                format!("bản tổng hợp ghi khóa người ký {named} nhưng được ký bằng khóa {signed}; xin lại bản gốc"),
                format!("the summary names the signer key {named} but was signed with key {signed}; ask for the original"),
            ),
            Reason::UnknownTemplate { edition, hash } => lang.pick(
                format!("mẫu {edition} ({hash}) không có trong các mẫu kèm theo hay thư mục mẫu của bạn; chép đúng tệp mẫu đó vào thư mục mẫu (xem `kiemtra templates`)"),
                format!("the checklist {edition} ({hash}) is neither bundled nor in your templates folder; copy that exact checklist file into your templates folder (see `kiemtra templates`)"),
            ),
            Reason::NotRegular(refusal) => refusal.message(lang),
            Reason::TooLarge { limit } => Refusal::TooLarge { limit: *limit }.message(lang),
            Reason::Unreadable { vi, en } => lang.pick(
                format!("không đọc được: {vi}"),
                format!("cannot be read: {en}"),
            ),
            Reason::Loop => lang.pick(
                "thư mục này đã được đọc rồi hoặc nằm quá sâu (vòng lặp thư mục); không đọc lại".into(),
                "this folder was already read or lies too deep (a folder loop); it is not read again".into(),
            ),
            Reason::Conflict { others, unit, template, period } => {
                let others: Vec<String> = others.iter().map(|p| p.display().to_string()).collect();
                let others = others.join(", ");
                lang.pick(
                    format!("TRÙNG: {unit}, {template}, kỳ {period} cũng có trong {others}; giữ lại một bản, hoặc dùng `--latest` để lấy bản ký sau cùng"),
                    format!("CONFLICT: {unit}, {template}, period {period} is also in {others}; keep one, or use `--latest` to keep the one signed last"),
                )
            }
            Reason::Superseded { by } => lang.pick(
                format!("bỏ qua theo `--latest`: {} được ký sau", by.display()),
                format!("set aside by `--latest`: {} was signed later", by.display()),
            ),
        }
    }
}
