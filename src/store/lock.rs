//! One writer per record: an advisory lock on a file beside it (`NAME.lock`), and a note
//! beside that (`NAME.holder`) saying who holds it.
//!
//! The lock file is opened without following a symlink and is never written or truncated:
//! a link planted there is refused, and whatever a lock file holds stays as it is. Who holds
//! the lock is told by the note, which the holder writes after taking the lock (temp file
//! and rename, so it is never seen half-written) and removes before letting go.

use super::durable::{Durability, replace};
use crate::lang::Lang;
use crate::messages as msg;
use crate::safe_file::{self, Links, Refusal, check_regular};
use std::fs::{File, OpenOptions, TryLockError};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// Who holds a record: the process, the user and since when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holder(pub String);

/// The most of a holder note that is read, and shown.
const NOTE_LIMIT: u64 = 4096;
const NOTE_SHOWN: usize = 120;

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("{}", self.message(Lang::En))]
    Held { holder: String },
    #[error("{}", self.message(Lang::En))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl LockError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LockError::Held { holder } => msg::common::the_record_is_open_elsewhere(lang, holder),
            LockError::Io { path, source } => msg::common::cannot_lock_path_source(
                lang,
                path.display(),
                super::io_reason(source, lang),
            ),
        }
    }
}

/// Held while a record is open for writing; released when dropped or when the process ends,
/// however it ends.
#[derive(Debug)]
pub struct Lock {
    _file: File,
    note: PathBuf,
    /// Whether the note saying who holds it has been written.
    told: bool,
}

impl Lock {
    /// Takes the lock of the record at `record` and says who holds it, or says who does.
    pub fn take(record: &Path) -> Result<Lock, LockError> {
        let mut lock = Lock::claim(record)?;
        lock.tell();
        Ok(lock)
    }

    /// Takes the lock without writing yet who holds it: the UI writes that ([`Lock::tell`])
    /// once its first frame is on screen, so that the start does not wait for the note.
    pub fn claim(record: &Path) -> Result<Lock, LockError> {
        let path = lock_path(record);
        let io = |source| LockError::Io {
            path: path.clone(),
            source,
        };
        // Opened for writing only because creating needs it; nothing is ever written.
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY)
            .open(&path)
            .map_err(|error| io(refused_link(&path, error)))?;
        file.metadata()
            .and_then(|metadata| check_regular(&metadata))
            .map_err(io)?;
        let note = note_path(record);
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                return Err(LockError::Held {
                    holder: read_note(&note),
                });
            }
            Err(TryLockError::Error(error)) => return Err(io(error)),
        }
        Ok(Lock {
            _file: file,
            note,
            told: false,
        })
    }

    /// Writes the note saying who holds the lock, the first time it is asked.
    pub fn tell(&mut self) {
        if self.told {
            return;
        }
        self.told = true;
        let who = format!(
            "pid {}, {}, {}",
            std::process::id(),
            std::env::var("USER").unwrap_or_else(|_| "?".into()),
            chrono::Local::now().format("%Y-%m-%d %H:%M")
        );
        // Only a courtesy to whoever is refused: a note that cannot be written (a read-only
        // folder, a link planted in its place) leaves them with "?", not without the lock.
        let _ = replace(&self.note, who.as_bytes(), Durability::Atomic);
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Before the lock is let go, so no later holder's note is removed.
        let _ = std::fs::remove_file(&self.note);
    }
}

/// An `O_NOFOLLOW` open of a symlink fails with `ELOOP` (or `EMLINK`): said plainly.
fn refused_link(path: &Path, error: std::io::Error) -> std::io::Error {
    if path.symlink_metadata().is_ok_and(|m| m.is_symlink()) {
        Refusal::Symlink.into()
    } else {
        error
    }
}

/// Who the note says holds the lock, as printable text; `?` when it says nothing usable.
fn read_note(note: &Path) -> String {
    let text = safe_file::read(note, Links::Refuse, NOTE_LIMIT).unwrap_or_default();
    let text: String = String::from_utf8_lossy(&text)
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(NOTE_SHOWN)
        .collect();
    match text.trim() {
        "" => "?".to_string(),
        holder => holder.to_string(),
    }
}

fn lock_path(record: &Path) -> PathBuf {
    record.with_extension("lock")
}

fn note_path(record: &Path) -> PathBuf {
    record.with_extension("holder")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_holder_is_told_by_the_note_and_the_lock_file_stays_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let record = dir.path().join("r.toml");
        std::fs::write(lock_path(&record), "kept").unwrap();
        let lock = Lock::take(&record).unwrap();
        match Lock::take(&record) {
            Err(LockError::Held { holder }) => {
                assert!(
                    holder.starts_with(&format!("pid {}, ", std::process::id())),
                    "{holder}"
                );
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(std::fs::read_to_string(lock_path(&record)).unwrap(), "kept");
        drop(lock);
        assert!(!note_path(&record).exists());
        let _again = Lock::take(&record).unwrap();
    }

    #[test]
    fn a_claimed_lock_says_who_holds_it_once_told() {
        let dir = tempfile::tempdir().unwrap();
        let record = dir.path().join("r.toml");
        let mut lock = Lock::claim(&record).unwrap();
        match Lock::take(&record) {
            Err(LockError::Held { holder }) => assert_eq!(holder, "?"),
            other => panic!("{other:?}"),
        }
        lock.tell();
        match Lock::take(&record) {
            Err(LockError::Held { holder }) => assert!(holder.starts_with("pid "), "{holder}"),
            other => panic!("{other:?}"),
        }
        drop(lock);
        assert!(!note_path(&record).exists());
    }

    #[test]
    fn a_note_with_escape_sequences_is_shown_harmless() {
        let dir = tempfile::tempdir().unwrap();
        let note = dir.path().join("r.holder");
        std::fs::write(&note, "pid 1\x1b[2J\x07, an").unwrap();
        assert_eq!(read_note(&note), "pid 1 [2J , an");
        assert_eq!(read_note(&dir.path().join("none.holder")), "?");
    }
}
