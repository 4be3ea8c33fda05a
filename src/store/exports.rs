//! Where a record's exports go: the folder used last time for that record, else a folder of
//! its own under the exports folder (`exports/NAME`). Remembered in `exports.toml` beside the
//! configuration; losing that file only loses the suggestion.

use super::{Home, StoreError, write_durably};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
struct Remembered {
    #[serde(default)]
    folders: BTreeMap<String, PathBuf>,
}

fn remembered(home: &Home) -> Remembered {
    std::fs::read_to_string(&home.export_folders)
        .ok()
        .and_then(|text| toml::from_str(&text).ok())
        .unwrap_or_default()
}

/// The folder offered for exporting the record `name`.
pub fn folder_for(home: &Home, name: &str) -> PathBuf {
    remembered(home)
        .folders
        .remove(name)
        .unwrap_or_else(|| home.exports.join(name))
}

/// Remembers `folder` (made absolute) as where `name` was exported.
pub fn remember(home: &Home, name: &str, folder: &Path) -> Result<(), StoreError> {
    let mut all = remembered(home);
    all.folders.insert(name.to_string(), absolute(folder));
    let text = toml::to_string(&all).map_err(|e| StoreError::Io {
        path: home.export_folders.clone(),
        source: std::io::Error::other(e.to_string()),
    })?;
    if let Some(dir) = home.export_folders.parent() {
        home.ensure(dir)?;
    }
    write_durably(&home.export_folders, text.as_bytes())
        .map_err(StoreError::io(&home.export_folders))
}

/// A folder as typed: `~/…` is the user's home folder, a relative path is from the working
/// folder; the result is absolute, so that it can be shown in full and found again.
pub fn absolute(folder: &Path) -> PathBuf {
    let expanded = match folder.strip_prefix("~") {
        Ok(rest) => directories::BaseDirs::new()
            .map(|dirs| dirs.home_dir().join(rest))
            .unwrap_or_else(|| folder.to_path_buf()),
        Err(_) => folder.to_path_buf(),
    };
    std::path::absolute(&expanded).unwrap_or(expanded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_is_offered_its_own_folder_then_the_one_it_was_exported_to() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        assert_eq!(
            folder_for(&home, "xa-a-2026"),
            dir.path().join("exports/xa-a-2026")
        );
        remember(&home, "xa-a-2026", &dir.path().join("gui-so")).unwrap();
        assert_eq!(folder_for(&home, "xa-a-2026"), dir.path().join("gui-so"));
        assert_eq!(
            folder_for(&home, "xa-b-2026"),
            dir.path().join("exports/xa-b-2026")
        );
        std::fs::write(&home.export_folders, "not = [toml").unwrap();
        assert_eq!(
            folder_for(&home, "xa-a-2026"),
            dir.path().join("exports/xa-a-2026")
        );
        assert!(absolute(Path::new("rel")).is_absolute());
    }
}
