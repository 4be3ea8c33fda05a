//! Replacing a file so that a crash at any moment leaves the old or the new one, whole.

use atomic_write_file::AtomicWriteFile;
use std::io::{self, Write};
use std::path::Path;

/// Writes `bytes` to a temporary file beside `path`, syncs it, renames it over `path`
/// and syncs the folder. On failure the old file is untouched.
pub fn write_durably(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = AtomicWriteFile::options().open(path)?;
    match file.write_all(bytes) {
        Ok(()) => file.commit(),
        Err(error) => {
            let _ = file.discard();
            Err(error)
        }
    }
}

/// Removes temporary files a crash left in `dir` (named `.NAME.XXXXXX` beside `NAME`).
/// Returns how many were removed.
pub fn remove_stray_temp_files(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .filter(|entry| is_stray_temp(&entry.file_name().to_string_lossy()))
        .filter(|entry| std::fs::remove_file(entry.path()).is_ok())
        .count()
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
        && (base.ends_with(".toml") || base.ends_with(".minisig") || base.ends_with(".key"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_temp_names_are_stray() {
        assert!(is_stray_temp(".xa-a-2024.toml.Ab12Cd"));
        assert!(!is_stray_temp("xa-a-2024.toml"));
        assert!(!is_stray_temp(".xa-a-2024.toml"));
        assert!(!is_stray_temp(".hidden.notes.Ab12Cd"));
    }
}
