//! The checklists a user can start from: the bundled ones and their own.
//!
//! Texts are read at once but parsed only when asked for: opening a record needs just the
//! checklist whose text it is pinned to, found by hash without parsing the others.

use super::parse::parse_hashed;
use super::{Cache, Diagnostic, Template, hash_text};
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// A checklist compiled into the program: its file name, its text, and the same checklist
/// already parsed and checked, as JSON (`bundled/*.json`). Reading the JSON is several times
/// faster than parsing the TOML, which matters on the way to the first frame. It is used only
/// when the hash it records is the hash of the text; a test keeps it equal to what parsing the
/// text gives (`KIEMTRA_BLESS=1 cargo test --lib bundled` writes it anew).
struct Bundled {
    name: &'static str,
    text: &'static str,
    parsed: &'static str,
}

const BUNDLED: [Bundled; 6] = [
    Bundled {
        name: "commune-par-2025.toml",
        text: include_str!("../../checklists/commune-par-2025.toml"),
        parsed: include_str!("bundled/commune-par-2025.json"),
    },
    Bundled {
        name: "annual-plan-2025.toml",
        text: include_str!("../../checklists/annual-plan-2025.toml"),
        parsed: include_str!("bundled/annual-plan-2025.json"),
    },
    Bundled {
        name: "service-centre-2025.toml",
        text: include_str!("../../checklists/service-centre-2025.toml"),
        parsed: include_str!("bundled/service-centre-2025.json"),
    },
    Bundled {
        name: "commune-par.toml",
        text: include_str!("../../checklists/commune-par.toml"),
        parsed: include_str!("bundled/commune-par.json"),
    },
    Bundled {
        name: "annual-plan.toml",
        text: include_str!("../../checklists/annual-plan.toml"),
        parsed: include_str!("bundled/annual-plan.json"),
    },
    Bundled {
        name: "one-stop.toml",
        text: include_str!("../../checklists/one-stop.toml"),
        parsed: include_str!("bundled/one-stop.json"),
    },
];

/// The SHA-256 of every bundled text, one `NAME HASH` line each, so that finding a record's
/// checklist by hash hashes no text on the way to the first frame. A test keeps it equal to
/// the texts (`KIEMTRA_BLESS=1 cargo test --lib bundled` writes it anew).
const HASHES: &str = include_str!("bundled/hashes.txt");

/// The recorded hash of the bundled text named `name`.
fn known_hash(name: &str) -> Option<String> {
    HASHES
        .lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(' '))
        .map(str::to_string)
}

/// Earlier texts of bundled editions, kept byte for byte so that the records pinned to them
/// keep opening, scoring and exporting as they did. They are found by hash only: nobody
/// starts a new record on them.
const RETIRED: [(&str, &str); 3] = [
    (
        "retired/commune-par-2024.1.toml",
        include_str!("../../checklists/retired/commune-par-2024.1.toml"),
    ),
    (
        "retired/annual-plan-2024.1.toml",
        include_str!("../../checklists/retired/annual-plan-2024.1.toml"),
    ),
    (
        "retired/one-stop-2024.1.toml",
        include_str!("../../checklists/retired/one-stop-2024.1.toml"),
    ),
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Bundled,
    /// An earlier text of a bundled edition, for the records pinned to it.
    Retired,
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

/// One checklist file: its text, and once asked for, its hash and what parsing it gave.
#[derive(Clone, Debug)]
struct Source {
    path: PathBuf,
    origin: Origin,
    /// The text, or why it could not be read (in Vietnamese, in English).
    text: Result<Cow<'static, str>, (String, String)>,
    /// A bundled checklist's parsed form, as JSON.
    parsed_json: Option<&'static str>,
    hash: OnceLock<String>,
    parsed: OnceLock<Result<TemplateEntry, Broken>>,
}

impl Source {
    fn new(
        path: PathBuf,
        origin: Origin,
        text: Result<Cow<'static, str>, (String, String)>,
    ) -> Source {
        Source {
            path,
            origin,
            text,
            parsed_json: None,
            hash: OnceLock::new(),
            parsed: OnceLock::new(),
        }
    }

    fn hash(&self) -> Option<&str> {
        let text = self.text.as_ref().ok()?;
        Some(self.hash.get_or_init(|| hash_text(text)))
    }

    /// The compiled form, when there is one and it was made from exactly this text.
    fn compiled(&self) -> Option<Template> {
        let json = self.parsed_json?;
        let hash = self.hash()?;
        let mut template: Template = serde_json::from_str(json).ok()?;
        if template.hash != hash {
            return None;
        }
        template.build_index();
        Some(template)
    }

    /// What parsing gave: the compiled or kept form when there is a sound one, else what
    /// parsing the text gives (then kept in the catalog's cache, for a user checklist).
    fn parsed(&self, catalog: &Catalog) -> &Result<TemplateEntry, Broken> {
        self.parsed.get_or_init(|| {
            let name = self.path.display().to_string();
            let text = match &self.text {
                Ok(text) => text,
                Err((vi, en)) => {
                    return Err(Broken {
                        diagnostics: vec![Diagnostic::new(
                            &name,
                            "",
                            0..0,
                            super::Problem::Unreadable {
                                vi: vi.clone(),
                                en: en.clone(),
                            },
                        )],
                        path: self.path.clone(),
                        source: String::new(),
                    });
                }
            };
            let cache = match self.origin {
                Origin::User(_) => catalog.cache.as_ref(),
                _ => None,
            };
            let kept = || cache?.get(self.hash()?);
            if let Some(template) = self.compiled().or_else(kept) {
                return Ok(TemplateEntry {
                    template: Arc::new(template),
                    origin: self.origin.clone(),
                });
            }
            match parse_hashed(text, &name, self.hash()) {
                Ok(template) => {
                    if let Some(cache) = cache {
                        cache.put(&template, &catalog.user_hashes());
                    }
                    Ok(TemplateEntry {
                        template: Arc::new(template),
                        origin: self.origin.clone(),
                    })
                }
                Err(diagnostics) => Err(Broken {
                    path: self.path.clone(),
                    source: text.to_string(),
                    diagnostics,
                }),
            }
        })
    }
}

/// The text of a checklist file: a regular file (a link to one is fine) of at most
/// [`READ_LIMIT`](crate::safe_file::READ_LIMIT) bytes.
pub fn read_checklist(path: &Path) -> std::io::Result<String> {
    use crate::safe_file::{Links, READ_LIMIT, read_to_string};
    read_to_string(path, Links::Follow, READ_LIMIT)
}

#[derive(Clone, Debug, Default)]
pub struct Catalog {
    sources: Vec<Source>,
    /// Where user checklists are kept parsed between runs, if anywhere.
    cache: Option<Cache>,
}

impl Catalog {
    /// The bundled checklists only.
    pub fn bundled() -> Catalog {
        let hashed = |name: &str| known_hash(name).map_or_else(OnceLock::new, OnceLock::from);
        let current = BUNDLED.iter().map(|b| Source {
            parsed_json: Some(b.parsed),
            hash: hashed(b.name),
            ..Source::new(
                PathBuf::from(b.name),
                Origin::Bundled,
                Ok(Cow::Borrowed(b.text)),
            )
        });
        let retired = RETIRED.iter().map(|(name, text)| Source {
            hash: hashed(name),
            ..Source::new(
                PathBuf::from(name),
                Origin::Retired,
                Ok(Cow::Borrowed(text)),
            )
        });
        Catalog {
            sources: current.chain(retired).collect(),
            cache: None,
        }
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
            // A FIFO or device named `*.toml` is refused before it can block the start.
            let text = read_checklist(&path).map(Cow::Owned).map_err(|e| {
                use crate::{lang::Lang, store::io_reason};
                (io_reason(&e, Lang::Vi), io_reason(&e, Lang::En))
            });
            catalog
                .sources
                .push(Source::new(path.clone(), Origin::User(path), text));
        }
        catalog
    }

    /// The same catalog, keeping its user checklists parsed in `cache` (see [`Cache`]).
    pub fn cached(self, cache: Cache) -> Catalog {
        Catalog {
            cache: Some(cache),
            ..self
        }
    }

    /// The hashes of the user checklists' texts.
    fn user_hashes(&self) -> Vec<&str> {
        self.sources
            .iter()
            .filter(|s| matches!(s.origin, Origin::User(_)))
            .filter_map(Source::hash)
            .collect()
    }

    /// The valid checklists a record can be started from, bundled first, then the user's by
    /// file name.
    pub fn entries(&self) -> Vec<&TemplateEntry> {
        self.sources
            .iter()
            .filter(|s| s.origin != Origin::Retired)
            .filter_map(|s| s.parsed(self).as_ref().ok())
            .collect()
    }

    /// The user's checklists that could not be read or are not valid.
    pub fn broken(&self) -> Vec<&Broken> {
        self.sources
            .iter()
            .filter_map(|s| s.parsed(self).as_ref().err())
            .collect()
    }

    /// The templates with this id, and with this version when one is given.
    pub fn find(&self, id: &str, version: Option<&str>) -> Vec<&TemplateEntry> {
        self.entries()
            .into_iter()
            .filter(|e| e.template.id == id && version.is_none_or(|v| e.template.version == v))
            .collect()
    }

    /// The edition of `id` for `period`: of those that apply to it, the one with the latest
    /// first period (an edition with none counts as the earliest); among equals, the first
    /// listed. Retired texts are never chosen.
    pub fn edition_for(&self, id: &str, period: crate::period::Period) -> Option<&TemplateEntry> {
        self.find(id, None)
            .into_iter()
            .filter(|e| e.template.applies_to(period))
            .rev()
            .max_by_key(|e| e.template.from)
    }

    /// The template with exactly this text. Only that one is parsed.
    pub fn by_hash(&self, hash: &str) -> Option<&TemplateEntry> {
        self.sources
            .iter()
            .filter(|s| s.hash() == Some(hash))
            .find_map(|s| s.parsed(self).as_ref().ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::parse;

    #[test]
    fn every_bundled_checklist_is_valid() {
        let catalog = Catalog::bundled();
        for broken in catalog.broken() {
            for d in &broken.diagnostics {
                eprintln!("{}", d.render(&broken.source, crate::lang::Lang::En));
            }
        }
        assert!(catalog.broken().is_empty());
        assert_eq!(catalog.entries().len(), 6);
        let retired = catalog
            .sources
            .iter()
            .filter(|s| s.origin == Origin::Retired)
            .filter(|s| s.parsed(&catalog).is_ok())
            .count();
        assert_eq!(retired, 3, "every retired text still parses");
    }

    #[test]
    fn finding_by_hash_parses_only_the_match() {
        let catalog = Catalog::bundled();
        let hash = hash_text(BUNDLED[4].text);
        let entry = catalog.by_hash(&hash).expect("annual plan");
        assert_eq!(entry.template.id, "annual-plan");
        let parsed = catalog
            .sources
            .iter()
            .filter(|s| s.parsed.get().is_some())
            .count();
        assert_eq!(parsed, 1);
        assert!(catalog.by_hash("sha256:00").is_none());
    }

    #[test]
    fn the_bundled_hashes_are_the_hashes_of_the_texts() {
        let texts = BUNDLED.iter().map(|b| (b.name, b.text)).chain(RETIRED);
        let lines: String = texts
            .map(|(name, text)| format!("{name} {}\n", hash_text(text)))
            .collect();
        if std::env::var_os("KIEMTRA_BLESS").is_some() {
            let path =
                Path::new(env!("CARGO_MANIFEST_DIR")).join("src/template/bundled/hashes.txt");
            std::fs::write(path, &lines).expect("write the hashes");
            return;
        }
        assert!(
            lines == HASHES,
            "src/template/bundled/hashes.txt is out of date; run `KIEMTRA_BLESS=1 cargo test --lib bundled`"
        );
        assert_eq!(
            known_hash("annual-plan.toml"),
            Some(hash_text(BUNDLED[4].text))
        );
        assert_eq!(known_hash("nothing.toml"), None);
    }

    #[test]
    fn the_bundled_json_is_what_parsing_the_text_gives() {
        let bless = std::env::var_os("KIEMTRA_BLESS").is_some();
        for bundled in &BUNDLED {
            let parsed = parse(bundled.text, bundled.name).expect("a valid bundled checklist");
            let json = serde_json::to_string(&parsed).expect("json") + "\n";
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("src/template/bundled")
                .join(bundled.name.replace(".toml", ".json"));
            if bless {
                std::fs::write(&path, &json).expect("write the compiled checklist");
                continue;
            }
            assert!(
                json == bundled.parsed,
                "{} is out of date; run `KIEMTRA_BLESS=1 cargo test --lib bundled`",
                path.display()
            );
            let source = &Catalog::bundled().sources[BUNDLED
                .iter()
                .position(|b| b.name == bundled.name)
                .expect("listed")];
            let compiled = source.compiled().expect("the compiled form is used");
            assert_eq!(compiled, parsed);
            assert_eq!(
                compiled.task(&parsed.sections[0].tasks[0].id),
                parsed.task(&parsed.sections[0].tasks[0].id)
            );
        }
    }

    #[test]
    fn a_compiled_form_made_from_other_text_is_not_used() {
        let edited = format!("{}\n# edited\n", BUNDLED[1].text);
        let fresh = Source {
            parsed_json: Some(BUNDLED[1].parsed),
            ..Source::new(
                PathBuf::from("x.toml"),
                Origin::Bundled,
                Ok(Cow::Owned(edited.clone())),
            )
        };
        assert!(fresh.compiled().is_none());
        let parsed = fresh
            .parsed(&Catalog::default())
            .as_ref()
            .expect("parsed from the text instead");
        assert_eq!(parsed.template.hash, hash_text(&edited));
    }

    #[test]
    fn an_unreadable_user_file_is_listed_as_broken() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("folder.toml")).expect("dir");
        let catalog = Catalog::load(dir.path());
        assert_eq!(catalog.entries().len(), 6);
        let broken = catalog.broken();
        assert_eq!(broken.len(), 1);
        assert!(broken[0].path.ends_with("folder.toml"));
    }
}
