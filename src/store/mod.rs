//! Where kiemtra keeps its files, and how a record reaches the disk durably.

mod durable;
pub mod exports;
pub mod home;
mod lock;
mod slug;

pub use durable::{Durability, remove_stray_temp_files, replace, write_durably};
pub use home::Home;
pub use lock::{Holder, Lock, LockError};
pub use slug::slug;

use crate::lang::Lang;
use crate::record::{Record, RecordError, from_toml, to_toml};
use crate::safe_file;
use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{path}: {source}")]
    Corrupt { path: PathBuf, source: RecordError },
    #[error("no record `{0}`")]
    NotFound(String),
    #[error(transparent)]
    Locked(#[from] LockError),
}

impl StoreError {
    pub fn io(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
        move |source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            StoreError::Io { path, source } => {
                let why = io_reason(source, lang);
                lang.pick(
                    format!("không đọc/ghi được {}: {why}", path.display()),
                    format!("cannot read or write {}: {why}", path.display()),
                )
            }
            StoreError::Corrupt { path, source } => lang.pick(
                format!(
                    "không đọc được bản đánh giá {}: {}. Tệp được giữ nguyên; sửa tệp hoặc khôi phục bản sao lưu",
                    path.display(),
                    source.message(lang)
                ),
                format!(
                    "cannot read the record {}: {}. The file is left untouched; correct it or restore a backup",
                    path.display(),
                    source.message(lang)
                ),
            ),
            StoreError::NotFound(name) => lang.pick(
                format!("không có bản đánh giá `{name}`; xem danh sách bằng `kiemtra list`"),
                format!("no record `{name}`; see them with `kiemtra list`"),
            ),
            StoreError::Locked(error) => error.message(lang),
        }
    }
}

/// Why an I/O operation failed, in words a user can act on.
pub fn io_reason(error: &io::Error, lang: Lang) -> String {
    if let Some(refusal) = safe_file::Refusal::of(error) {
        return refusal.message(lang);
    }
    match error.kind() {
        io::ErrorKind::StorageFull => lang.pick("ổ đĩa đã đầy", "the disk is full").into(),
        io::ErrorKind::ReadOnlyFilesystem => lang
            .pick("ổ đĩa chỉ cho đọc", "the disk is read-only")
            .into(),
        io::ErrorKind::PermissionDenied => lang
            .pick("không có quyền truy cập", "permission denied")
            .into(),
        io::ErrorKind::NotFound => lang.pick("không tồn tại", "it does not exist").into(),
        _ => error.to_string(),
    }
}

/// Reads a record file. A file that fails to parse is reported, never touched; a symlink or
/// anything but a regular file where the record belongs is refused.
pub fn load(path: &Path) -> Result<Record, StoreError> {
    let text = safe_file::read_to_string(path, safe_file::Links::Refuse, safe_file::RECORD_LIMIT)
        .map_err(StoreError::io(path))?;
    from_toml(&text).map_err(|source| StoreError::Corrupt {
        path: path.to_path_buf(),
        source,
    })
}

/// Writes a record durably: temp file, fsync, rename, fsync of the folder.
pub fn save(path: &Path, record: &Record) -> Result<(), StoreError> {
    write_durably(path, to_toml(record).as_bytes()).map_err(StoreError::io(path))
}
