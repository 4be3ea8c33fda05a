//! Every user-visible string of the program, in Vietnamese and English, in one place.
//!
//! A message is a function named after what it says. One without arguments gives a
//! `&'static str`; one with arguments fills them into its text and gives a `String`:
//!
//! ```text
//! any_key_closes:
//!     "Phím bất kỳ để đóng.",
//!     "Any key closes.";
//! no_secret_key_at(path):
//!     "chưa có khóa bí mật tại {path}; …",
//!     "there is no secret key at {path}; …";
//! ```
//!
//! Both languages are required by the syntax, and each must use every argument (the compiler
//! says so otherwise). The tests below fail when a message is blank in either language, and
//! tests/messages.rs fails when a string meant for the user is written outside this folder.
//! Text written by people (checklists, notes, names) is not here: it is data, see
//! [`crate::lang::Text`].

/// One message of the catalog, as a translator reads it.
#[derive(Clone, Copy, Debug)]
pub struct Message {
    pub name: &'static str,
    pub vi: &'static str,
    pub en: &'static str,
}

/// Defines the messages of one part of the program and its list [`ALL`](self).
macro_rules! catalog {
    ($($name:ident $(($($arg:ident),+))? : $vi:literal, $en:literal;)*) => {
        $(catalog!(@one $name $(($($arg),+))? $vi $en);)*

        /// Every message of this part, in the order written.
        #[allow(dead_code)]
        pub const ALL: &[super::Message] = &[
            $(super::Message { name: stringify!($name), vi: $vi, en: $en },)*
        ];
    };
    (@one $name:ident $vi:literal $en:literal) => {
        pub fn $name(lang: $crate::lang::Lang) -> &'static str {
            lang.pick($vi, $en)
        }
    };
    (@one $name:ident ($($arg:ident),+) $vi:literal $en:literal) => {
        #[allow(clippy::too_many_arguments)]
        pub fn $name(lang: $crate::lang::Lang, $($arg: impl std::fmt::Display),+) -> String {
            match lang {
                $crate::lang::Lang::Vi => format!($vi, $($arg = $arg),+),
                $crate::lang::Lang::En => format!($en, $($arg = $arg),+),
            }
        }
    };
}

pub mod appraisal;
pub mod cli;
pub mod common;
pub mod export;
pub mod record;
pub mod rollup;
pub mod signing;
pub mod template;
pub mod ui;

/// Every message of the program, part by part.
pub fn all() -> impl Iterator<Item = (&'static str, &'static Message)> {
    [
        ("appraisal", appraisal::ALL),
        ("cli", cli::ALL),
        ("common", common::ALL),
        ("export", export::ALL),
        ("record", record::ALL),
        ("rollup", rollup::ALL),
        ("signing", signing::ALL),
        ("template", template::ALL),
        ("ui", ui::ALL),
    ]
    .into_iter()
    .flat_map(|(part, messages)| messages.iter().map(move |m| (part, m)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The names of a text's `{placeholders}` (not `{{` escapes).
    fn placeholders(text: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut rest = text.replace("{{", "").replace("}}", "");
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else {
                break;
            };
            let inner = &rest[open + 1..open + close];
            out.insert(inner.split(':').next().unwrap_or("").to_string());
            rest = rest[open + close + 1..].to_string();
        }
        out
    }

    #[test]
    fn every_message_has_both_languages() {
        let blank: Vec<String> = all()
            .filter(|(_, m)| m.vi.trim().is_empty() || m.en.trim().is_empty())
            .map(|(part, m)| format!("{part}::{}", m.name))
            .collect();
        assert!(blank.is_empty(), "blank in a language: {blank:?}");
    }

    #[test]
    fn both_languages_of_a_message_fill_the_same_arguments() {
        let differ: Vec<String> = all()
            .filter(|(_, m)| placeholders(m.vi) != placeholders(m.en))
            .map(|(part, m)| format!("{part}::{}", m.name))
            .collect();
        assert!(differ.is_empty(), "{differ:?}");
    }

    #[test]
    fn the_vietnamese_of_a_sentence_is_not_the_english() {
        // A message whose Vietnamese equals its English was most likely never translated;
        // codes, units and names the same in both languages are listed here on purpose.
        let same_in_both: BTreeSet<&str> = ["CSV", "JSON", "HTML", "Markdown", "XLSX", "%"]
            .into_iter()
            .collect();
        let untranslated: Vec<String> = all()
            .filter(|(_, m)| m.vi == m.en && m.en.chars().filter(|c| c.is_alphabetic()).count() > 3)
            .filter(|(_, m)| !same_in_both.contains(m.en.trim()))
            .map(|(part, m)| format!("{part}::{} = {:?}", m.name, m.en))
            .collect();
        assert!(untranslated.is_empty(), "{untranslated:#?}");
    }

    #[test]
    fn the_check_for_arguments_sees_a_missing_one() {
        assert_eq!(
            placeholders("tệp {path} có {n:>3} dòng {{x}}"),
            BTreeSet::from(["path".to_string(), "n".to_string()])
        );
        assert_ne!(placeholders("tệp {path}"), placeholders("file"));
    }

    #[test]
    fn a_message_speaks_the_language_asked_for() {
        use crate::lang::Lang;
        let path = std::path::Path::new("/k/khóa.key");
        let vi = signing::there_is_no_secret_key_at(Lang::Vi, path.display());
        let en = signing::there_is_no_secret_key_at(Lang::En, path.display());
        assert!(
            vi.contains("/k/khóa.key") && vi.contains("khóa bí mật"),
            "{vi}"
        );
        assert!(
            en.contains("/k/khóa.key") && en.contains("secret key"),
            "{en}"
        );
    }
}
