//! User checklists kept parsed between runs, so that only the first load of a text pays for
//! parsing its TOML.
//!
//! An entry is the parsed [`Template`] as JSON in `DIR/<hex of the text's SHA-256>.json`,
//! with the program and parser it was made by. It is used only when its name, the hash
//! inside it and the hash of the text just read all agree, and it was made by this build of
//! the parser: the text stays what a record is pinned to, and the cache is never trusted over
//! it. An entry that cannot be read, does not parse or does not match is ignored, and the
//! text is parsed (and the entry made anew). Entries are written whole or not at all (temp
//! file and rename, by the writer the caller gives, `store::replace`); entries of texts that
//! are no longer in the templates folder are removed when a new one is written.

use super::Template;
use crate::safe_file::{Links, READ_LIMIT, read_to_string};
use serde::{Deserialize, Serialize};
use std::io;
use std::path::{Path, PathBuf};

/// Writes a whole file or leaves the old one (the store's atomic replace).
pub type Write = fn(&Path, &[u8]) -> io::Result<()>;

/// Where parsed checklists are kept, and how a file is written there.
#[derive(Clone, Debug)]
pub struct Cache {
    dir: PathBuf,
    write: Write,
}

/// The parser a cached entry was made by: the program's version and a fingerprint of the
/// sources whose change could change what parsing gives. An entry from any other is stale.
const PARSER: u64 = fingerprint(&[
    env!("CARGO_PKG_VERSION").as_bytes(),
    include_bytes!("mod.rs"),
    include_bytes!("parse.rs"),
    include_bytes!("raw.rs"),
    include_bytes!("problem.rs"),
    include_bytes!("../lang.rs"),
    include_bytes!("../points.rs"),
    include_bytes!("../period.rs"),
]);

/// FNV-1a over the parts, at compile time.
const fn fingerprint(parts: &[&[u8]]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    let mut p = 0;
    while p < parts.len() {
        let mut i = 0;
        while i < parts[p].len() {
            hash ^= parts[p][i] as u64;
            hash = hash.wrapping_mul(0x0100_0000_01b3);
            i += 1;
        }
        p += 1;
    }
    hash
}

#[derive(Serialize)]
struct Entry<'a> {
    parser: u64,
    template: &'a Template,
}

#[derive(Deserialize)]
struct Kept {
    parser: u64,
    template: Template,
}

impl Cache {
    pub fn new(dir: PathBuf, write: Write) -> Cache {
        Cache { dir, write }
    }

    /// The entry for text of this hash (`sha256:<hex>`), if it is sound.
    pub(super) fn get(&self, hash: &str) -> Option<Template> {
        let path = self.path(hash)?;
        // A checklist's JSON is larger than its TOML, which is at most READ_LIMIT.
        // Checked as UTF-8 once, whole: faster than serde_json checking every string.
        let text = read_to_string(&path, Links::Refuse, 4 * READ_LIMIT).ok()?;
        let kept: Kept = serde_json::from_str(&text).ok()?;
        drop(text);
        if kept.parser != PARSER || kept.template.hash != hash {
            return None;
        }
        let mut template = kept.template;
        template.build_index();
        Some(template)
    }

    /// Keeps `template` (parsed from text of its hash), and removes the entries of texts not
    /// in `current` (the hashes of the user checklists now). Failing is not an error: the
    /// next run parses again.
    pub(super) fn put(&self, template: &Template, current: &[&str]) {
        let Some(path) = self.path(&template.hash) else {
            return;
        };
        let entry = Entry {
            parser: PARSER,
            template,
        };
        let Ok(json) = serde_json::to_vec(&entry) else {
            return;
        };
        if std::fs::create_dir_all(&self.dir).is_err() || (self.write)(&path, &json).is_err() {
            return;
        }
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let keep: Vec<PathBuf> = current.iter().filter_map(|h| self.path(h)).collect();
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let named_by_hash = path
                .file_stem()
                .and_then(|s| s.to_str())
                .is_some_and(is_hex_digest)
                && path.extension().is_some_and(|e| e == "json");
            let is_file = entry.file_type().is_ok_and(|t| t.is_file());
            if named_by_hash && is_file && !keep.contains(&path) {
                let _ = std::fs::remove_file(&path);
            }
        }
    }

    fn path(&self, hash: &str) -> Option<PathBuf> {
        let hex = hash.strip_prefix("sha256:").filter(|h| is_hex_digest(h))?;
        Some(self.dir.join(format!("{hex}.json")))
    }
}

fn is_hex_digest(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::{Catalog, hash_text, parse};

    const TEXT: &str = include_str!("../../checklists/one-stop.toml");

    fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
        std::fs::write(path, bytes)
    }

    /// A templates folder with one user checklist (one-stop under another id), and a cache.
    fn folder(text: &str) -> (tempfile::TempDir, Cache) {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("templates")).expect("templates");
        std::fs::write(dir.path().join("templates/mine.toml"), text).expect("text");
        let cache = Cache::new(dir.path().join("cache"), write);
        (dir, cache)
    }

    fn mine(text: &str) -> String {
        text.replacen("id = \"one-stop\"", "id = \"mine\"", 1)
    }

    fn load(dir: &tempfile::TempDir, cache: &Cache) -> Template {
        let catalog = Catalog::load(&dir.path().join("templates")).cached(cache.clone());
        let entry = catalog.find("mine", None)[0];
        (*entry.template).clone()
    }

    fn entry_path(dir: &tempfile::TempDir, text: &str) -> PathBuf {
        let hash = hash_text(text);
        dir.path()
            .join("cache")
            .join(format!("{}.json", &hash["sha256:".len()..]))
    }

    #[test]
    fn a_parsed_checklist_is_kept_and_used_the_next_time() {
        let text = mine(TEXT);
        let (dir, cache) = folder(&text);
        let parsed = parse(&text, "mine.toml").expect("valid");
        assert_eq!(load(&dir, &cache), parsed, "parsed and kept");
        assert!(entry_path(&dir, &text).is_file());
        let kept = cache.get(&hash_text(&text)).expect("a sound entry");
        assert_eq!(kept, parsed);
        assert_eq!(kept.task("1.1"), parsed.task("1.1"), "the index is rebuilt");
        assert_eq!(load(&dir, &cache), parsed, "read from the cache");
    }

    #[test]
    fn an_entry_is_used_instead_of_parsing() {
        let text = mine(TEXT);
        let (dir, cache) = folder(&text);
        let mut template = load(&dir, &cache);
        // An entry that says something else than the text, under the text's hash and made
        // by this parser: a second load gives it, so the text was not parsed again.
        template.title.en = "Kept".into();
        let entry = Entry {
            parser: PARSER,
            template: &template,
        };
        let json = serde_json::to_vec(&entry).expect("json");
        std::fs::write(entry_path(&dir, &text), json).expect("plant");
        assert_eq!(load(&dir, &cache).title.en, "Kept");
    }

    #[test]
    fn an_edited_text_is_parsed_again_and_the_old_entry_removed() {
        let text = mine(TEXT);
        let (dir, cache) = folder(&text);
        load(&dir, &cache);
        let edited = format!("{text}\n# edited\n");
        std::fs::write(dir.path().join("templates/mine.toml"), &edited).expect("edit");
        let template = load(&dir, &cache);
        assert_eq!(template, parse(&edited, "mine.toml").expect("valid"));
        assert!(entry_path(&dir, &edited).is_file());
        assert!(!entry_path(&dir, &text).exists(), "the stale entry is gone");
    }

    #[test]
    fn a_corrupt_or_foreign_entry_is_ignored_and_made_anew() {
        let text = mine(TEXT);
        let (dir, cache) = folder(&text);
        let parsed = parse(&text, "mine.toml").expect("valid");
        let path = entry_path(&dir, &text);
        std::fs::create_dir_all(path.parent().expect("dir")).expect("cache dir");
        let sound = || cache.get(&hash_text(&text)).is_some();
        let other = parse(TEXT, "one-stop.toml").expect("valid");
        let json = |template: &Template, parser: u64| {
            serde_json::to_vec(&Entry { parser, template }).expect("json")
        };
        for bad in [
            b"{ not json".to_vec(),
            Vec::new(),
            // Another text's checklist under this text's name.
            json(&other, PARSER),
            // Made by another parser.
            json(&parsed, PARSER ^ 1),
        ] {
            std::fs::write(&path, &bad).expect("plant");
            assert!(!sound());
            assert_eq!(load(&dir, &cache), parsed, "parsed from the text");
            assert!(sound(), "and kept anew");
        }
    }

    #[test]
    fn a_link_or_folder_in_the_cache_is_not_followed() {
        let text = mine(TEXT);
        let (dir, cache) = folder(&text);
        let path = entry_path(&dir, &text);
        std::fs::create_dir_all(path.parent().expect("dir")).expect("cache dir");
        let elsewhere = dir.path().join("elsewhere.json");
        std::fs::write(&elsewhere, b"{}").expect("target");
        std::os::unix::fs::symlink(&elsewhere, &path).expect("link");
        assert!(cache.get(&hash_text(&text)).is_none());
        assert_eq!(std::fs::read(&elsewhere).expect("target"), b"{}");
    }

    #[test]
    fn an_invalid_text_is_not_kept() {
        let text = mine(TEXT).replace("points = ", "points = -");
        let (dir, cache) = folder(&text);
        let catalog = Catalog::load(&dir.path().join("templates")).cached(cache.clone());
        assert_eq!(catalog.broken().len(), 1);
        assert!(!entry_path(&dir, &text).exists());
    }
}
