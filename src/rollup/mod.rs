//! The roll-up: the province reads the communes' signed summaries, verifies each, and ranks
//! them per checklist edition and period, compared with an earlier period when asked.
//!
//! ```text
//! let found = rollup::gather(&inputs)?;                    // the .json files; the rest counted
//! let checked = rollup::check_all(&found.summaries, &trusted, &catalog, &|done| …);
//! let rollup = RollUp::build(checked, found.refused, Options { latest, by_kind });
//! let earlier = RollUp::build(…of the --compare folders…);
//! let compared = rollup::compare(&rollup, &earlier, map.as_ref());
//! rollup::report::write(&rollup, compared.as_ref(), &out_dir, key, now, force)?;
//! ```
//!
//! Nothing here knows the terminal. Each file is read, verified and reduced to an [`Entry`]
//! on whichever core is free, and its bytes are dropped at once: memory holds entries, never
//! file contents. A file that cannot be used becomes a [`Rejected`] with the reason.

mod appraised;
mod check;
mod compare;
mod gather;
mod map;
mod rank;
mod reject;
pub mod report;

pub use check::{Checked, ROLLUP_FORMAT, check_all, check_one};
pub use compare::{Before, Comparison, Former, compare};
pub use gather::{GatherError, Gathered, gather};
pub use map::{MapError, Merger, UnitMap};
pub use rank::{Group, GroupKey, Options, Ranked, RollUp};
pub use reject::{NotSummary, Reason, Rejected};

use crate::export::model::{DocumentStatus, Unit};
use crate::lang::Text;
use crate::period::Period;
use crate::points::{Percent, Points};
use chrono::{DateTime, Utc};
use std::path::PathBuf;

/// What one verified summary says, and no more: the roll-up keeps this, not the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub path: PathBuf,
    /// `sha256:<hex>` of the file's exact bytes: what an appraisal of it is pinned to. For
    /// an appraisal ranked without its self-assessment, the hash it is pinned to.
    pub hash: String,
    pub unit: Unit,
    pub template: Edition,
    pub period: Period,
    pub status: DocumentStatus,
    /// When it was made and signed (the `time=` of its signed comment).
    pub generated: DateTime<Utc>,
    /// The key that signed it, and the trusted `.pub` file of that key.
    pub key_id: String,
    pub key_file: Option<PathBuf>,
    /// The unit's own result (self-assessment or inspection).
    pub own: Standing,
    /// The province's appraisal of it, when one was among the files.
    pub appraisal: Option<Appraised>,
}

impl Entry {
    /// The result the unit is ranked by: the appraisal's final result when it was
    /// appraised, else its own.
    pub fn ranked_by(&self) -> &Standing {
        self.appraisal
            .as_ref()
            .map_or(&self.own, |a| &a.final_result)
    }

    /// The time `--latest` compares: the appraisal's when it was appraised (it comes after
    /// the self-assessment it appraises), else its own.
    pub fn signed_at(&self) -> DateTime<Utc> {
        self.appraisal
            .as_ref()
            .map_or(self.generated, |a| a.generated.max(self.generated))
    }
}

/// A signed appraisal (thẩm định) of a self-assessment: the file, who signed it, what it
/// is pinned to, and the final result it sets.
#[derive(Clone, Debug, PartialEq)]
pub struct Appraised {
    pub path: PathBuf,
    pub status: DocumentStatus,
    pub generated: DateTime<Utc>,
    pub key_id: String,
    pub key_file: Option<PathBuf>,
    /// `sha256:<hex>` of the self-assessment it appraises.
    pub self_assessment: String,
    /// The final result (final scores with bonus and deductions), its grade from it.
    pub final_result: Standing,
    /// Whether the self-assessment it appraises was among the files read. When not, the
    /// unit ranks by the appraisal alone (its self-score as the appraisal gives it).
    pub with_self_assessment: bool,
}

/// A checklist edition, as a summary names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edition {
    pub id: String,
    pub version: String,
    pub hash: String,
    pub title: Text,
}

impl Edition {
    /// `commune-par@2025.1`.
    pub fn name(&self) -> String {
        format!("{}@{}", self.id, self.version)
    }
}

/// A result: points (with bonus and deductions when the checklist has them) out of the
/// total, the grade, and the tasks done.
#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    pub points: Points,
    pub out_of: Points,
    pub grade: Option<Text>,
    pub done: usize,
    pub applicable: usize,
}

impl Standing {
    pub fn percent(&self) -> Option<Percent> {
        self.points.percent_of(self.out_of)
    }

    /// Tasks done of those that apply.
    pub fn completion(&self) -> Option<Percent> {
        Percent::of(self.done as u64, self.applicable as u64)
    }
}

/// A name as it is compared: NFC, lower case, single spaces.
pub(crate) fn name_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let text: String = name.nfc().collect::<String>().to_lowercase();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A name as it is put in order: the base letters first (accents and tone marks only break
/// ties), and đ after every d, as Vietnamese dictionaries have it. "Đặc khu" comes after
/// "Dương" and before "Phường".
pub fn sort_key(name: &str) -> (String, String) {
    use unicode_normalization::UnicodeNormalization;
    let key = name_key(name);
    let mut base = String::with_capacity(key.len());
    for c in key.nfd() {
        match c {
            '\u{300}'..='\u{36f}' => {}
            'đ' => base.push_str("d~"),
            c => base.push(c),
        }
    }
    (base, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_as_in_a_vietnamese_list() {
        let mut names = [
            "Xã Hoằng Đức",
            "Phường Hạc Thành",
            "Đặc khu Cồn Cỏ",
            "Xã Hoằng Phú",
            "Dương Xá",
        ];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(
            names,
            [
                "Dương Xá",
                "Đặc khu Cồn Cỏ",
                "Phường Hạc Thành",
                "Xã Hoằng Đức",
                "Xã Hoằng Phú"
            ]
        );
    }

    #[test]
    fn names_compare_without_case_spacing_or_composition() {
        assert_eq!(
            name_key("  Xã  Hoa\u{300}ng Đạt "),
            name_key("xã hoàng đạt")
        );
        assert_ne!(name_key("Xã Hoằng Đạt"), name_key("Xã Hoằng Đức"));
    }
}
