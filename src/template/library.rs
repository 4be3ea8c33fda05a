//! The checklists a user can start from: the bundled ones and their own.

use super::{Diagnostic, Template, parse};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The checklists compiled into the program, as (file name, text).
const BUNDLED: [(&str, &str); 3] = [
    (
        "commune-par.toml",
        include_str!("../../checklists/commune-par.toml"),
    ),
    (
        "annual-plan.toml",
        include_str!("../../checklists/annual-plan.toml"),
    ),
    (
        "one-stop.toml",
        include_str!("../../checklists/one-stop.toml"),
    ),
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Bundled,
    User(PathBuf),
}

#[derive(Clone, Debug)]
pub struct TemplateEntry {
    pub template: Arc<Template>,
    pub origin: Origin,
}

/// A user template that could not be read, kept so the user is told why it is missing.
#[derive(Clone, Debug)]
pub struct Broken {
    pub path: PathBuf,
    pub source: String,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Clone, Debug, Default)]
pub struct Catalog {
    pub entries: Vec<TemplateEntry>,
    pub broken: Vec<Broken>,
}

impl Catalog {
    /// The bundled checklists only.
    pub fn bundled() -> Catalog {
        let mut catalog = Catalog::default();
        for (name, source) in BUNDLED {
            catalog.add(source, PathBuf::from(name), Origin::Bundled);
        }
        catalog
    }

    /// The bundled checklists and every `*.toml` in `user_dir` (which may not exist).
    pub fn load(user_dir: &Path) -> Catalog {
        let mut catalog = Catalog::bundled();
        let Ok(entries) = std::fs::read_dir(user_dir) else {
            return catalog;
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        paths.sort();
        for path in paths {
            match std::fs::read_to_string(&path) {
                Ok(source) => catalog.add(&source, path.clone(), Origin::User(path)),
                Err(error) => catalog.broken.push(Broken {
                    diagnostics: vec![Diagnostic::new(
                        &path.display().to_string(),
                        "",
                        0..0,
                        super::Problem::Invalid {
                            detail: error.to_string(),
                        },
                    )],
                    path,
                    source: String::new(),
                }),
            }
        }
        catalog
    }

    fn add(&mut self, source: &str, path: PathBuf, origin: Origin) {
        match parse(source, &path.display().to_string()) {
            Ok(template) => self.entries.push(TemplateEntry {
                template: Arc::new(template),
                origin,
            }),
            Err(diagnostics) => self.broken.push(Broken {
                path,
                source: source.to_string(),
                diagnostics,
            }),
        }
    }

    /// The templates with this id, and with this version when one is given.
    pub fn find(&self, id: &str, version: Option<&str>) -> Vec<&TemplateEntry> {
        self.entries
            .iter()
            .filter(|e| e.template.id == id && version.is_none_or(|v| e.template.version == v))
            .collect()
    }

    /// The template with exactly this text.
    pub fn by_hash(&self, hash: &str) -> Option<&TemplateEntry> {
        self.entries.iter().find(|e| e.template.hash == hash)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_checklist_is_valid() {
        let catalog = Catalog::bundled();
        for broken in &catalog.broken {
            for d in &broken.diagnostics {
                eprintln!("{}", d.render(&broken.source, crate::lang::Lang::En));
            }
        }
        assert!(catalog.broken.is_empty());
        assert_eq!(catalog.entries.len(), 3);
    }
}
