//! What can go wrong with keys and signatures, told in both languages.

use crate::lang::Lang;
use crate::store::io_reason;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("no secret key at {path}")]
    Missing { path: PathBuf },
    #[error("a key already exists at {path}")]
    Exists { path: PathBuf },
    #[error("wrong password for the secret key {path}")]
    WrongPassword { path: PathBuf },
    #[error("the secret key {path} can be read by other users")]
    TooOpen { path: PathBuf, mode: u32 },
    #[error("{path} is not a minisign key: {detail}")]
    Malformed { path: PathBuf, detail: String },
    #[error("no password given and no terminal to ask on")]
    NoPassword,
    #[error("the two passwords differ")]
    PasswordsDiffer,
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot make a key: {0}")]
    Generate(String),
}

impl KeyError {
    pub fn io(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> KeyError + '_ {
        move |source| KeyError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            KeyError::Missing { path } => lang.pick(
                format!("chưa có khóa bí mật tại {}; tạo khóa bằng `kiemtra keygen`", path.display()),
                format!("there is no secret key at {}; make one with `kiemtra keygen`", path.display()),
            ),
            KeyError::Exists { path } => lang.pick(
                format!("đã có khóa tại {}; không ghi đè. Dùng `--force` nếu thật sự muốn thay khóa (chữ ký cũ vẫn chỉ kiểm tra được bằng khóa công khai cũ)", path.display()),
                format!("a key already exists at {}; it is not overwritten. Use `--force` to replace it (old signatures still need the old public key)", path.display()),
            ),
            KeyError::WrongPassword { path } => lang.pick(
                format!("sai mật khẩu của khóa bí mật {}; nhập lại mật khẩu đã đặt khi tạo khóa", path.display()),
                format!("wrong password for the secret key {}; type the password chosen when the key was made", path.display()),
            ),
            KeyError::TooOpen { path, mode } => lang.pick(
                format!("khóa bí mật {} có quyền {mode:o}, người dùng khác đọc được nên không dùng; sửa bằng `chmod 600 {}`", path.display(), path.display()),
                format!("the secret key {} has mode {mode:o}, so other users can read it, and it is not used; fix it with `chmod 600 {}`", path.display(), path.display()),
            ),
            KeyError::Malformed { path, detail } => lang.pick(
                format!("{} không phải tệp khóa minisign hợp lệ ({detail}); tạo lại bằng `kiemtra keygen --force` hoặc chép lại tệp gốc", path.display()),
                format!("{} is not a valid minisign key file ({detail}); make a new one with `kiemtra keygen --force` or copy the original back", path.display()),
            ),
            KeyError::NoPassword => lang.pick(
                "không có mật khẩu: đặt biến môi trường KIEMTRA_PASSWORD, hoặc chạy trong một terminal để nhập".to_string(),
                "no password: set the KIEMTRA_PASSWORD environment variable, or run in a terminal to type it".to_string(),
            ),
            KeyError::PasswordsDiffer => lang.pick(
                "hai lần nhập mật khẩu không khớp; chạy lại và nhập cùng một mật khẩu".to_string(),
                "the two passwords differ; run again and type the same password twice".to_string(),
            ),
            KeyError::Io { path, source } => {
                let why = io_reason(source, lang);
                lang.pick(
                    format!("không đọc/ghi được {}: {why}", path.display()),
                    format!("cannot read or write {}: {why}", path.display()),
                )
            }
            KeyError::Generate(detail) => lang.pick(
                format!("không tạo được khóa: {detail}"),
                format!("cannot make a key: {detail}"),
            ),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("no signature {path}")]
    MissingSignature { path: PathBuf },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a minisign signature: {detail}")]
    Malformed { path: PathBuf, detail: String },
    #[error("{path} is not a minisign public key: {detail}")]
    BadPublicKey { path: PathBuf, detail: String },
    #[error("the signing key {key_id} is not trusted")]
    UntrustedKey { key_id: String, trusted: String },
    #[error("{path} does not match its signature")]
    ChangedFile { path: PathBuf },
    #[error("the signed comment in {path} was changed")]
    ChangedComment { path: PathBuf },
    #[error("the signature file {path} was changed")]
    ChangedSignature { path: PathBuf },
    #[error("{path} is verified by none of the trusted keys with the id {key_id}")]
    NoKeyMatches {
        path: PathBuf,
        key_id: String,
        keys: Vec<String>,
    },
}

impl VerifyError {
    pub fn io(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> VerifyError + '_ {
        move |source| VerifyError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            VerifyError::MissingSignature { path } => lang.pick(
                format!("không có chữ ký {}; chữ ký phải nằm cạnh tệp, cùng tên thêm đuôi .minisig", path.display()),
                format!("there is no signature {}; it must sit beside the file, named like it with .minisig added", path.display()),
            ),
            VerifyError::Io { path, source } => {
                let why = io_reason(source, lang);
                lang.pick(
                    format!("không đọc được {}: {why}", path.display()),
                    format!("cannot read {}: {why}", path.display()),
                )
            }
            VerifyError::Malformed { path, detail } => lang.pick(
                format!("{} không phải chữ ký minisign hợp lệ ({detail}); xin lại tệp chữ ký gốc", path.display()),
                format!("{} is not a valid minisign signature ({detail}); ask for the original signature file", path.display()),
            ),
            VerifyError::BadPublicKey { path, detail } => lang.pick(
                format!("{} không phải khóa công khai minisign hợp lệ ({detail}); xin lại tệp khóa công khai", path.display()),
                format!("{} is not a valid minisign public key ({detail}); ask for the public key file again", path.display()),
            ),
            VerifyError::UntrustedKey { key_id, trusted } => lang.pick(
                format!("tệp được ký bằng khóa {key_id}, không nằm trong các khóa bạn tin cậy ({trusted}): hãy xin người gửi tệp khóa công khai (.pub) của họ, hỏi lại họ cho chắc đúng là khóa của họ, rồi chép vào thư mục khóa tin cậy"),
                format!("the file is signed with key {key_id}, which is not among the keys you trust ({trusted}): ask the sender for their public key file (.pub), check with them that it is theirs, then copy it into your trusted keys folder"),
            ),
            VerifyError::ChangedFile { path } => lang.pick(
                format!("CHỮ KÝ KHÔNG HỢP LỆ: {} không khớp chữ ký — tệp hoặc chữ ký đã bị sửa sau khi ký; xin lại bản gốc", path.display()),
                format!("BAD SIGNATURE: {} does not match its signature — the file or the signature was changed after signing; ask for the original", path.display()),
            ),
            VerifyError::ChangedComment { path } => lang.pick(
                format!("CHỮ KÝ KHÔNG HỢP LỆ: dòng chú thích được ký trong {} đã bị sửa; xin lại tệp chữ ký gốc", path.display()),
                format!("BAD SIGNATURE: the signed comment in {} was changed; ask for the original signature file", path.display()),
            ),
            VerifyError::ChangedSignature { path } => lang.pick(
                format!("CHỮ KÝ KHÔNG HỢP LỆ: tệp chữ ký {} đã bị sửa ngoài phần được ký; xin lại tệp chữ ký gốc", path.display()),
                format!("BAD SIGNATURE: the signature file {} was changed outside its signed parts; ask for the original signature file", path.display()),
            ),
            VerifyError::NoKeyMatches { path, key_id, keys } => lang.pick(
                format!("CHỮ KÝ KHÔNG HỢP LỆ: {} ghi mã khóa {key_id}, có {} khóa tin cậy cùng mã này ({}) nhưng không khóa nào khớp chữ ký — tệp hoặc chữ ký đã bị sửa, hoặc được ký bằng một khóa khác mượn mã; xin lại bản gốc", path.display(), keys.len(), keys.join(", ")),
                format!("BAD SIGNATURE: {} names the key id {key_id}, which {} trusted keys share ({}), and none of them matches the signature — the file or the signature was changed, or another key borrowed the id; ask for the original", path.display(), keys.len(), keys.join(", ")),
            ),
        }
    }
}
