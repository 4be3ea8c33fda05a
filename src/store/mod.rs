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
use crate::messages as msg;
use crate::record::{Record, RecordError, from_toml, to_toml};
use crate::safe_file;
use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}", self.message(Lang::En))]
    Io { path: PathBuf, source: io::Error },
    #[error("{}", self.message(Lang::En))]
    Corrupt { path: PathBuf, source: RecordError },
    #[error("{}", self.message(Lang::En))]
    NotFound(String),
    #[error("{}", self.message(Lang::En))]
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
                msg::common::cannot_read_or_write_path_why(lang, path.display(), &why)
            }
            StoreError::Corrupt { path, source } => {
                msg::common::cannot_read_the_record_path_message(
                    lang,
                    path.display(),
                    source.message(lang),
                )
            }
            StoreError::NotFound(name) => msg::common::no_record_name_see_them_with(lang, name),
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
        io::ErrorKind::StorageFull => msg::common::the_disk_is_full(lang).into(),
        io::ErrorKind::ReadOnlyFilesystem => msg::common::the_disk_is_read_only(lang).into(),
        io::ErrorKind::PermissionDenied => msg::common::permission_denied(lang).into(),
        io::ErrorKind::NotFound => msg::common::it_does_not_exist(lang).into(),
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
