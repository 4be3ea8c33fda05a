//! One writer per record: an advisory lock on a file beside it, naming who holds it.

use crate::lang::Lang;
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

/// Who holds a record: the process, the user and since when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holder(pub String);

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("the record is open in another kiemtra ({holder}); close it there first")]
    Held { holder: String },
    #[error("cannot lock {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl LockError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LockError::Held { holder } => lang.pick(
                format!(
                    "biên bản đang được mở ở một kiemtra khác ({holder}); hãy đóng nó ở đó trước"
                ),
                self.to_string(),
            ),
            LockError::Io { path, source } => lang.pick(
                format!(
                    "không khóa được {}: {}",
                    path.display(),
                    super::io_reason(source, lang)
                ),
                format!(
                    "cannot lock {}: {}",
                    path.display(),
                    super::io_reason(source, lang)
                ),
            ),
        }
    }
}

/// Held while a record is open for writing; released when dropped or when the process ends,
/// however it ends.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

impl Lock {
    /// Takes the lock of the record at `record`, or says who holds it.
    pub fn take(record: &Path) -> Result<Lock, LockError> {
        let path = lock_path(record);
        let io = |source| LockError::Io {
            path: path.clone(),
            source,
        };
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let mut holder = String::new();
                let _ = file.read_to_string(&mut holder);
                let holder = holder.trim();
                let holder = if holder.is_empty() { "?" } else { holder };
                return Err(LockError::Held {
                    holder: holder.to_string(),
                });
            }
            Err(TryLockError::Error(error)) => return Err(io(error)),
        }
        let who = format!(
            "pid {}, {}, {}",
            std::process::id(),
            std::env::var("USER").unwrap_or_else(|_| "?".into()),
            chrono::Local::now().format("%Y-%m-%d %H:%M")
        );
        // Overwrite in place and cut any longer leftover: truncating to zero first would make
        // ext4 flush the file on the way to the first frame.
        let _ = file.rewind();
        let _ = file.write_all(who.as_bytes());
        if file.metadata().is_ok_and(|m| m.len() > who.len() as u64) {
            let _ = file.set_len(who.len() as u64);
        }
        Ok(Lock { _file: file })
    }
}

fn lock_path(record: &Path) -> PathBuf {
    record.with_extension("lock")
}
