//! The folders kiemtra keeps its files in.

use super::{StoreError, slug};
use crate::record::Header;
use std::path::{Path, PathBuf};

/// Every folder the program writes to. With `KIEMTRA_HOME` set they all live under it
/// (a USB stick, a test); otherwise in the platform's data and config folders.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Home {
    pub records: PathBuf,
    pub templates: PathBuf,
    pub trash: PathBuf,
    pub keys: PathBuf,
    /// The public keys of the people whose signed files this user receives (`*.pub`).
    pub trusted: PathBuf,
    /// Where exports go unless told otherwise: a folder per record.
    pub exports: PathBuf,
    /// The folder each record was last exported to.
    pub export_folders: PathBuf,
    pub config: PathBuf,
    /// User checklists kept parsed, so that a large one is parsed once (`template::Cache`).
    pub cache: PathBuf,
}

impl Home {
    /// All folders under one root.
    pub fn at(root: &Path) -> Home {
        Home {
            records: root.join("records"),
            templates: root.join("templates"),
            trash: root.join("trash"),
            keys: root.join("keys"),
            trusted: root.join("trusted"),
            exports: root.join("exports"),
            export_folders: root.join("exports.toml"),
            config: root.join("config.toml"),
            cache: root.join("cache").join("checklists"),
        }
    }

    /// `KIEMTRA_HOME` when set, else the platform's folders.
    pub fn from_env() -> Home {
        if let Some(root) = std::env::var_os("KIEMTRA_HOME").filter(|v| !v.is_empty()) {
            return Home::at(Path::new(&root));
        }
        match directories::ProjectDirs::from("vn", "kiemtra", "kiemtra") {
            Some(dirs) => Home {
                records: dirs.data_dir().join("records"),
                templates: dirs.data_dir().join("templates"),
                trash: dirs.data_dir().join("trash"),
                keys: dirs.config_dir().join("keys"),
                trusted: dirs.config_dir().join("trusted"),
                exports: dirs.data_dir().join("exports"),
                export_folders: dirs.config_dir().join("exports.toml"),
                config: dirs.config_dir().join("config.toml"),
                cache: dirs.cache_dir().join("checklists"),
            },
            None => Home::at(Path::new(".kiemtra")),
        }
    }

    /// The records, newest file name order, each as its path.
    pub fn record_paths(&self) -> Vec<PathBuf> {
        let Ok(entries) = std::fs::read_dir(&self.records) else {
            return Vec::new();
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| is_record_file(p))
            .collect();
        paths.sort();
        paths
    }

    /// A record named on the command line: a path to a file, or a record's name
    /// (its file name without `.toml`) in the records folder.
    pub fn resolve(&self, name: &str) -> Result<PathBuf, StoreError> {
        let as_path = Path::new(name);
        if as_path.extension().is_some_and(|e| e == "toml") && as_path.is_file() {
            return Ok(as_path.to_path_buf());
        }
        let in_records = self.records.join(format!("{}.toml", slug(name)));
        // Anything at that name counts, so that loading it says what is wrong with it
        // (a planted symlink, a folder) rather than that there is no record.
        if slug(name) == name && in_records.symlink_metadata().is_ok() {
            return Ok(in_records);
        }
        Err(StoreError::NotFound(name.to_string()))
    }

    /// A fresh path for a new record: `commune-template-period.toml`; when that name is
    /// taken by a record of the same commune name in another province, the province goes
    /// into the name (`commune-province-template-period.toml`), so that names stay
    /// meaningful; only then a number (`…-2`).
    pub fn new_record_path(&self, header: &Header, template_id: &str) -> PathBuf {
        let plain = slug(&format!(
            "{} {} {}",
            header.commune, template_id, header.period
        ));
        let with_province = slug(&format!(
            "{} {} {} {}",
            header.commune, header.province, template_id, header.period
        ));
        let path = |base: &str| self.records.join(format!("{base}.toml"));
        let taken = path(&plain);
        let base = match super::load(&taken) {
            Err(_) if !taken.exists() => return taken,
            Ok(other) if other.header.province != header.province => with_province,
            _ => plain,
        };
        (1..)
            .map(|n| match n {
                1 => path(&base),
                n => self.records.join(format!("{base}-{n}.toml")),
            })
            .find(|p| !p.exists())
            .expect("an unbounded range always yields a free name")
    }

    pub fn ensure(&self, dir: &Path) -> Result<(), StoreError> {
        std::fs::create_dir_all(dir).map_err(StoreError::io(dir))
    }
}

/// A record's name: its file name without `.toml`.
pub fn record_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn is_record_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    !name.starts_with('.') && name.ends_with(".toml")
}
