//! Replacing a file so that a crash at any moment leaves the old or the new one, whole,
//! and cleaning up the temp files a crash leaves, never those of a writer still running.
//!
//! A writer makes `.NAME.XXXXXX` beside `NAME` (`O_CREAT | O_EXCL`: a planted symlink is
//! never followed), and holds an advisory lock (`flock`) on it from before its first byte
//! until it is renamed or removed. The operating system drops that lock when the writer
//! ends, however it ends. The clean-up at start removes only temp files it can lock
//! itself: their writer is gone.

use crate::safe_file::{Refusal, check_regular};
use std::fs::{File, OpenOptions, Permissions};
use std::hash::{BuildHasher, Hasher, RandomState};
use std::io::{self, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// Whether a replacement must reach the disk before it returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Durability {
    /// fsync of the file before the rename and of the folder after it.
    Durable,
    /// Whole or absent, but maybe not on the disk yet (a note that a crash makes stale anyway).
    Atomic,
}

/// Writes `bytes` to a temporary file beside `path`, syncs it, renames it over `path`
/// and syncs the folder. On failure the old file is untouched. A symlink or anything but a
/// regular file at `path` is refused, and what a link points to is never written.
pub fn write_durably(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace(path, bytes, Durability::Durable)
}

/// Replaces the file at `path` with `bytes` through a temp file and a rename.
pub fn replace(path: &Path, bytes: &[u8], durability: Durability) -> io::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mode = existing_mode(path)?;
    let mut temp = TempFile::create(dir, &name.to_string_lossy())?;
    if let Some(mode) = mode {
        temp.file.set_permissions(Permissions::from_mode(mode))?;
    }
    temp.file.write_all(bytes)?;
    if durability == Durability::Durable {
        temp.file.sync_all()?;
    }
    // Looked at again just before: a link planted meanwhile is refused too. (A rename never
    // follows a link, so even one planted after this check only replaces the link itself.)
    existing_mode(path)?;
    std::fs::rename(&temp.path, path)?;
    temp.renamed = true;
    if durability == Durability::Durable {
        File::open(dir)?.sync_all()?;
    }
    Ok(())
}

/// The permissions of the regular file at `path`, which its replacement keeps; `None`
/// when there is none yet.
fn existing_mode(path: &Path) -> io::Result<Option<u32>> {
    match std::fs::symlink_metadata(path) {
        Ok(metadata) if metadata.file_type().is_symlink() => Err(Refusal::Symlink.into()),
        Ok(metadata) => {
            check_regular(&metadata)?;
            Ok(Some(metadata.permissions().mode() & 0o7777))
        }
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(error),
    }
}

/// A temp file this process is writing, locked while it lives; removed unless renamed.
struct TempFile {
    file: File,
    path: PathBuf,
    renamed: bool,
}

impl TempFile {
    fn create(dir: &Path, base: &str) -> io::Result<TempFile> {
        let random = RandomState::new();
        for attempt in 0u32..100 {
            let mut hasher = random.build_hasher();
            hasher.write_u32(attempt);
            hasher.write_u32(std::process::id());
            let path = dir.join(format!(".{base}.{}", suffix(hasher.finish())));
            let file = match OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o666)
                .custom_flags(libc::O_NOFOLLOW)
                .open(&path)
            {
                Ok(file) => file,
                Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(error) => return Err(error),
            };
            // Waits out a clean-up that opened the new file before this lock: it then
            // removed the name, so this file is dropped and another name tried.
            file.lock()?;
            if names(&file, &path) {
                return Ok(TempFile {
                    file,
                    path,
                    renamed: false,
                });
            }
        }
        Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "no free temporary file name",
        ))
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        // Still locked here, so no clean-up can have taken the name for another file.
        if !self.renamed {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Six letters and digits from `bits`, like the names other tools give temp files.
fn suffix(mut bits: u64) -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    (0..6)
        .map(|_| {
            let c = ALPHABET[(bits % 62) as usize] as char;
            bits /= 62;
            c
        })
        .collect()
}

/// Whether `path` still names the file open as `file`.
fn names(file: &File, path: &Path) -> bool {
    match (file.metadata(), std::fs::symlink_metadata(path)) {
        (Ok(open), Ok(named)) => open.dev() == named.dev() && open.ino() == named.ino(),
        _ => false,
    }
}

/// Removes the temporary files that writers which have ended left in `dir` (named
/// `.NAME.XXXXXX` beside `NAME`). A temp file whose writer is still running is locked by it
/// and left alone. Returns how many were removed.
pub fn remove_stray_temp_files(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .filter(|entry| is_stray_temp(&entry.file_name().to_string_lossy()))
        .filter(|entry| remove_if_abandoned(&entry.path()))
        .count()
}

/// Removes the temp file at `path` if no process holds it. Only a regular file is touched,
/// and only while this process holds its lock, so a writer can never lose it midway.
fn remove_if_abandoned(path: &Path) -> bool {
    let Ok(file) = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
    else {
        return false;
    };
    if !file.metadata().is_ok_and(|m| m.is_file()) || file.try_lock().is_err() {
        return false;
    }
    names(&file, path) && std::fs::remove_file(path).is_ok()
}

fn is_stray_temp(name: &str) -> bool {
    let Some(rest) = name.strip_prefix('.') else {
        return false;
    };
    let Some((base, suffix)) = rest.rsplit_once('.') else {
        return false;
    };
    suffix.len() == 6
        && suffix.chars().all(|c| c.is_ascii_alphanumeric())
        && [".toml", ".minisig", ".key", ".holder"]
            .iter()
            .any(|end| base.ends_with(end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn only_temp_names_are_stray() {
        assert!(is_stray_temp(".xa-a-2024.toml.Ab12Cd"));
        assert!(is_stray_temp(".xa-a-2024.holder.Ab12Cd"));
        assert!(!is_stray_temp("xa-a-2024.toml"));
        assert!(!is_stray_temp(".xa-a-2024.toml"));
        assert!(!is_stray_temp(".hidden.notes.Ab12Cd"));
    }

    #[test]
    fn a_replacement_keeps_the_mode_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.toml");
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, Permissions::from_mode(0o640)).unwrap();
        write_durably(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_symlink_in_place_is_refused_and_its_target_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        std::fs::write(&target, "keep").unwrap();
        let path = dir.path().join("r.toml");
        symlink(&target, &path).unwrap();
        let error = write_durably(&path, b"new").unwrap_err();
        assert_eq!(Refusal::of(&error), Some(Refusal::Symlink));
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
        assert!(path.symlink_metadata().unwrap().is_symlink());
        // No temp file is left behind either.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn clean_up_spares_a_live_writer_and_removes_an_abandoned_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let live = TempFile::create(dir.path(), "a.toml").unwrap();
        let abandoned = dir.path().join(".b.toml.Zz9Yy8");
        std::fs::write(&abandoned, "half").unwrap();
        let planted = dir.path().join(".c.toml.Qq1Ww2");
        let target = dir.path().join("target");
        std::fs::write(&target, "keep").unwrap();
        symlink(&target, &planted).unwrap();

        assert_eq!(remove_stray_temp_files(dir.path()), 1);
        assert!(
            live.path.exists(),
            "the live writer's temp file was removed"
        );
        assert!(!abandoned.exists());
        assert!(planted.symlink_metadata().is_ok());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");

        // Once its writer lets go, it is stray too.
        let path = dir.path().join(".d.toml.Ab3Cd4");
        let writer = File::create_new(&path).unwrap();
        writer.lock().unwrap();
        assert_eq!(remove_stray_temp_files(dir.path()), 0);
        drop(writer);
        assert_eq!(remove_stray_temp_files(dir.path()), 1);
        assert!(!path.exists());
        drop(live);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }
}
