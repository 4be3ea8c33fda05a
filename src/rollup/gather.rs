//! Finding the summaries in the folders and files given: every `.json` is a summary to
//! check; the other files a province receives beside them are counted and left alone.
//! Nothing found in a folder is followed through a symbolic link, nothing but a regular file
//! is ever opened, and a folder is never entered twice, so no link, FIFO or loop can make the
//! roll-up hang.

use super::{Reason, Rejected};
use crate::lang::Lang;
use crate::messages as msg;
use crate::safe_file::{Refusal, Special};
use crate::store::io_reason;
use std::collections::HashSet;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// Folders deeper than this below a folder given are not entered.
const MAX_DEPTH: usize = 32;

/// What the folders and files hold.
#[derive(Debug, Default)]
pub struct Gathered {
    /// The `.json` files to check, in name order within each folder.
    pub summaries: Vec<PathBuf>,
    /// Other files (the other export formats, signatures, anything else): skipped, counted.
    pub skipped: usize,
    /// Entries refused before they were opened (a link, a FIFO named `.json`, a loop).
    pub refused: Vec<Rejected>,
}

#[derive(Debug, thiserror::Error)]
pub enum GatherError {
    #[error("{path}: {source}")]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("no summary found")]
    Nothing {
        inputs: Vec<PathBuf>,
        skipped: usize,
    },
}

impl GatherError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            GatherError::Unreadable { path, source } => {
                let why = io_reason(source, lang);
                msg::rollup::cannot_read_path_why_name_the(lang, path.display(), &why)
            }
            GatherError::Nothing { inputs, skipped } => {
                let names: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
                let names = names.join(", ");
                msg::rollup::there_is_no_json_summary_in(lang, &names, skipped)
            }
        }
    }
}

/// The summaries in `inputs` (folders, searched with their subfolders, or files). A path
/// given that cannot be read is an error; so is finding nothing to check at all.
pub fn gather(inputs: &[PathBuf]) -> Result<Gathered, GatherError> {
    let mut found = Gathered::default();
    let mut visited = HashSet::new();
    for input in inputs {
        // A path the user named may be a link: it is what they meant.
        let metadata = std::fs::metadata(input).map_err(|source| GatherError::Unreadable {
            path: input.clone(),
            source,
        })?;
        if metadata.is_dir() {
            walk(input, &metadata, 0, &mut visited, &mut found);
        } else {
            entry(input, &metadata, &mut found);
        }
    }
    if found.summaries.is_empty() && found.refused.is_empty() {
        return Err(GatherError::Nothing {
            inputs: inputs.to_vec(),
            skipped: found.skipped,
        });
    }
    Ok(found)
}

fn is_summary_name(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// A file that is not a folder: a summary to check, a refusal, or one more skipped.
fn entry(path: &Path, metadata: &std::fs::Metadata, found: &mut Gathered) {
    if !is_summary_name(path) {
        found.skipped += 1;
    } else if let Err(error) = crate::safe_file::check_regular(metadata) {
        let refusal = Refusal::of(&error).unwrap_or(Refusal::NotRegular(Special::Other));
        found
            .refused
            .push(Rejected::new(path, Reason::refused(refusal)));
    } else {
        found.summaries.push(path.to_path_buf());
    }
}

fn walk(
    dir: &Path,
    metadata: &std::fs::Metadata,
    depth: usize,
    visited: &mut HashSet<(u64, u64)>,
    found: &mut Gathered,
) {
    if !visited.insert((metadata.dev(), metadata.ino())) || depth > MAX_DEPTH {
        found.refused.push(Rejected::new(dir, Reason::Loop));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            found
                .refused
                .push(Rejected::new(dir, Reason::unreadable(&error)));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let Ok(own) = std::fs::symlink_metadata(&path) else {
            continue; // gone since the folder was listed
        };
        if own.file_type().is_symlink() {
            // A link to a folder could lead back up (a loop); a link named `.json` could
            // lead anywhere. Neither is followed; a link to anything else is just skipped.
            let to_folder = std::fs::metadata(&path).is_ok_and(|m| m.is_dir());
            if to_folder || is_summary_name(&path) {
                found
                    .refused
                    .push(Rejected::new(&path, Reason::refused(Refusal::Symlink)));
            } else {
                found.skipped += 1;
            }
        } else if own.is_dir() {
            walk(&path, &own, depth + 1, visited, found);
        } else {
            entry(&path, &own, found);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_are_found_in_subfolders_and_the_rest_is_counted() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("huyen");
        std::fs::create_dir(&sub).unwrap();
        for name in ["a.json", "a.json.minisig", "a.md", "a.csv"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        std::fs::write(sub.join("b.JSON"), "x").unwrap();
        std::os::unix::fs::symlink(dir.path(), sub.join("back")).unwrap();
        let found = gather(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(
            found.summaries,
            [dir.path().join("a.json"), sub.join("b.JSON")]
        );
        assert_eq!(found.skipped, 3);
        assert_eq!(found.refused.len(), 1);
        assert_eq!(found.refused[0].path, sub.join("back"));
    }

    #[test]
    fn an_empty_folder_says_so() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.txt"), "x").unwrap();
        let error = gather(&[dir.path().to_path_buf()]).unwrap_err();
        assert!(
            error
                .message(Lang::En)
                .contains("there is no .json summary in"),
            "{error}"
        );
        assert!(error.message(Lang::Vi).contains("bỏ qua 1 tệp khác"));
    }
}
