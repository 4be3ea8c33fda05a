//! Why a file was left out of the roll-up, in both languages: what is wrong and what to do.

use crate::lang::Lang;
use crate::messages as msg;
use crate::period::Period;
use crate::safe_file::Refusal;
use crate::signing::VerifyError;
use crate::store::io_reason;
use std::path::{Path, PathBuf};

/// A file the roll-up did not rank, and why.
#[derive(Debug)]
pub struct Rejected {
    pub path: PathBuf,
    pub reason: Reason,
}

impl Rejected {
    pub fn new(path: &Path, reason: Reason) -> Rejected {
        Rejected {
            path: path.to_path_buf(),
            reason,
        }
    }
}

/// What a `.json` file that is not a summary is instead.
#[derive(Debug)]
pub enum NotSummary {
    /// Not JSON at all: the parser's words (with line and column).
    NotJson(String),
    /// JSON, but not an object with a `format`.
    NotObject,
    /// An object with no `format`.
    NoFormat,
    /// An object of another format.
    Format(String),
}

impl NotSummary {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            NotSummary::NotJson(error) => msg::rollup::not_json_error(lang, error),
            NotSummary::NotObject => msg::rollup::not_a_json_object_with_a(lang).into(),
            NotSummary::NoFormat => msg::rollup::no_format_field(lang).into(),
            NotSummary::Format(format) => msg::rollup::format(lang, format),
        }
    }
}

#[derive(Debug)]
pub enum Reason {
    /// The file or its signature was changed after signing.
    Tampered(VerifyError),
    /// Signed by a key that is not among the trusted ones.
    Untrusted {
        key_id: String,
        trusted: String,
    },
    /// No `FILE.minisig` beside it.
    Unsigned,
    /// Not a kiemtra summary at all (another JSON, or not JSON).
    NotSummary(NotSummary),
    /// A kiemtra summary of a schema newer than this program reads.
    NewerSchema {
        schema: u64,
    },
    /// Says it is a kiemtra summary but is not one as the format is written.
    Malformed {
        detail: String,
    },
    /// Names a key other than the one that signed it.
    WrongSigner {
        named: String,
        signed: String,
    },
    /// Of a checklist text neither bundled nor in the user's templates folder.
    UnknownTemplate {
        edition: String,
        hash: String,
    },
    /// A link, a FIFO, a device, a folder where a file is named.
    NotRegular(Refusal),
    TooLarge {
        limit: u64,
    },
    /// Could not be read (permissions, gone): in each language.
    Unreadable {
        vi: String,
        en: String,
    },
    /// A folder already searched (a loop), or too deep.
    Loop,
    /// Another summary of the same unit, checklist and period.
    Conflict {
        others: Vec<PathBuf>,
        unit: String,
        template: String,
        period: Period,
    },
    /// Another appraisal of the same self-assessment (on an appraisal), or the appraisals
    /// that conflict (on the self-assessment they appraise).
    AppraisalConflict {
        others: Vec<PathBuf>,
        /// `sha256:<hex>` of the self-assessment.
        self_assessment: String,
        of_self_assessment: bool,
    },
    /// Set aside by `--latest` for a later signed summary of the same unit.
    Superseded {
        by: PathBuf,
    },
}

impl Reason {
    pub fn refused(refusal: Refusal) -> Reason {
        match refusal {
            Refusal::TooLarge { limit } => Reason::TooLarge { limit },
            other => Reason::NotRegular(other),
        }
    }

    pub fn unreadable(error: &std::io::Error) -> Reason {
        match Refusal::of(error) {
            Some(refusal) => Reason::refused(refusal),
            None => Reason::Unreadable {
                vi: io_reason(error, Lang::Vi),
                en: io_reason(error, Lang::En),
            },
        }
    }

    /// Whether it makes the roll-up fail (exit 1): all do but a summary set aside, as asked,
    /// for a later one.
    pub fn counts(&self) -> bool {
        !matches!(self, Reason::Superseded { .. })
    }

    /// A short name for machines (the JSON and CSV reports).
    pub fn code(&self) -> &'static str {
        match self {
            Reason::Tampered(_) => "tampered",
            Reason::Untrusted { .. } => "untrusted-signer",
            Reason::Unsigned => "unsigned",
            Reason::NotSummary(_) => "not-a-summary",
            Reason::NewerSchema { .. } => "newer-schema",
            Reason::Malformed { .. } => "malformed",
            Reason::WrongSigner { .. } => "wrong-signer",
            Reason::UnknownTemplate { .. } => "unknown-template",
            Reason::NotRegular(_) => "not-a-regular-file",
            Reason::TooLarge { .. } => "too-large",
            Reason::Unreadable { .. } => "unreadable",
            Reason::Loop => "folder-loop",
            Reason::Conflict { .. } | Reason::AppraisalConflict { .. } => "conflict",
            Reason::Superseded { .. } => "superseded",
        }
    }

    /// A few words for a narrow column.
    pub fn label(&self, lang: Lang) -> &'static str {
        match self {
            Reason::Tampered(_) => msg::rollup::bad_signature(lang),
            Reason::Untrusted { .. } => msg::rollup::untrusted_signer(lang),
            Reason::Unsigned => msg::rollup::unsigned(lang),
            Reason::NotSummary(_) => msg::rollup::not_a_summary(lang),
            Reason::NewerSchema { .. } => msg::rollup::newer_schema(lang),
            Reason::Malformed { .. } => msg::rollup::broken_summary(lang),
            Reason::WrongSigner { .. } => msg::rollup::wrong_signer(lang),
            Reason::UnknownTemplate { .. } => msg::rollup::unknown_checklist(lang),
            Reason::NotRegular(_) => msg::rollup::not_a_regular_file(lang),
            Reason::TooLarge { .. } => msg::rollup::too_large(lang),
            Reason::Unreadable { .. } => msg::rollup::unreadable(lang),
            Reason::Loop => msg::rollup::folder_loop(lang),
            Reason::Conflict { .. } | Reason::AppraisalConflict { .. } => {
                msg::rollup::conflict(lang)
            }
            Reason::Superseded { .. } => msg::rollup::superseded(lang),
        }
    }

    /// What is wrong and how to put it right.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Reason::Tampered(error) => error.message(lang),
            Reason::Untrusted { key_id, trusted } => {
                msg::rollup::untrusted_signer_signed_with_key_id(lang, key_id, trusted)
            }
            Reason::Unsigned => msg::rollup::unsigned_there_is_no_minisig_signature(lang).into(),
            Reason::NotSummary(why) => {
                let detail = why.text(lang);
                msg::rollup::not_a_kiemtra_summary_detail_only(lang, &detail)
            }
            Reason::NewerSchema { schema } => {
                msg::rollup::a_summary_of_schema_newer_than(lang, schema)
            }
            Reason::Malformed { detail } => {
                msg::rollup::a_broken_kiemtra_summary_detail_ask(lang, detail)
            }
            Reason::WrongSigner { named, signed } => {
                msg::rollup::the_summary_names_the_signer_key(lang, named, signed)
            }
            Reason::UnknownTemplate { edition, hash } => {
                msg::rollup::the_checklist_edition_hash_is_neither(lang, edition, hash)
            }
            Reason::NotRegular(refusal) => refusal.message(lang),
            Reason::TooLarge { limit } => Refusal::TooLarge { limit: *limit }.message(lang),
            Reason::Unreadable { vi, en } => {
                msg::rollup::cannot_be_read_detail(lang, lang.pick(vi, en))
            }
            Reason::Loop => msg::rollup::this_folder_was_already_read_or(lang).into(),
            Reason::Conflict {
                others,
                unit,
                template,
                period,
            } => {
                let others: Vec<String> = others.iter().map(|p| p.display().to_string()).collect();
                let others = others.join(", ");
                msg::rollup::conflict_unit_template_period_is_also(
                    lang, unit, template, period, &others,
                )
            }
            Reason::AppraisalConflict {
                others,
                self_assessment,
                of_self_assessment,
            } => {
                let others: Vec<String> = others.iter().map(|p| p.display().to_string()).collect();
                let others = others.join(", ");
                if *of_self_assessment {
                    msg::rollup::conflict_this_self_assessment_is_appraised_in(lang, &others)
                } else {
                    msg::rollup::conflict_the_self_assessment_is_also_appraised_in(
                        lang,
                        self_assessment,
                        &others,
                    )
                }
            }
            Reason::Superseded { by } => {
                msg::rollup::set_aside_by_latest_by_was(lang, by.display())
            }
        }
    }
}
