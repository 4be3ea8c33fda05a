//! One file → an [`Entry`] or the reason it is rejected: read (a regular file, capped),
//! verified against its `.minisig` by a trusted full key, read as a kiemtra summary, and
//! matched to a known checklist by the hash of its text. Many files are checked side by side
//! on every core (rayon's pool, one task per file); each file's bytes are dropped as soon as
//! its entry is made.

use super::reject::NotSummary;
use super::{Appraised, Edition, Entry, Reason, Rejected, Standing};
use crate::appraisal::{DocumentAppraisal, Stage};
use crate::export::model::{
    DocumentStatus, FORMAT_NAME, ResultRow, SCHEMA, Signer, TemplateInfo, Totals, Unit,
};
use crate::period::Period;
use crate::record::Mode;
use crate::safe_file::{self, Links, READ_LIMIT};
use crate::signing::{TrustedKeys, VerifyError, signature_path, verify_bytes};
use crate::template::Catalog;
use rayon::prelude::*;
use serde::Deserialize;
use serde::de::IgnoredAny;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The `format` of the roll-up's own JSON report, which may sit among the summaries it was
/// made from: skipped, like the other files.
pub const ROLLUP_FORMAT: &str = "kiemtra-rollup";

/// What a file turned out to be.
#[derive(Debug)]
pub enum Checked {
    Entry(Box<Entry>),
    Rejected(Rejected),
    /// A roll-up report: not a summary, and not an error either.
    Skipped,
}

/// The parts of a summary the roll-up uses. The others must be there but are not kept.
#[derive(Deserialize)]
struct Digest {
    format: String,
    schema: u64,
    status: DocumentStatus,
    generated: String,
    template: TemplateInfo,
    unit: Unit,
    period: Period,
    mode: Mode,
    totals: Totals,
    #[serde(default)]
    result: Option<ResultRow>,
    #[allow(dead_code)]
    sections: IgnoredAny,
    #[allow(dead_code)]
    tasks: IgnoredAny,
    signer: Signer,
    #[serde(default)]
    appraisal: Option<DocumentAppraisal>,
}

/// Just enough to tell a kiemtra summary from other JSON.
#[derive(Deserialize)]
struct Probe {
    format: Option<String>,
    schema: Option<u64>,
}

/// Checks every file on every core; `progress` is told how many are done after each.
/// The results are in the order of `paths`.
pub fn check_all(
    paths: &[std::path::PathBuf],
    trusted: &TrustedKeys,
    catalog: &Catalog,
    progress: &(dyn Fn(usize) + Sync),
) -> Vec<Checked> {
    let done = AtomicUsize::new(0);
    paths
        .par_iter()
        .map(|path| {
            let checked = check_one(path, trusted, catalog);
            progress(done.fetch_add(1, Ordering::Relaxed) + 1);
            checked
        })
        .collect()
}

/// Checks one file.
pub fn check_one(path: &Path, trusted: &TrustedKeys, catalog: &Catalog) -> Checked {
    match entry(path, trusted, catalog) {
        Ok(Some(entry)) => Checked::Entry(Box::new(entry)),
        Ok(None) => Checked::Skipped,
        Err(reason) => Checked::Rejected(Rejected::new(path, reason)),
    }
}

fn entry(path: &Path, trusted: &TrustedKeys, catalog: &Catalog) -> Result<Option<Entry>, Reason> {
    let data =
        safe_file::read(path, Links::Follow, READ_LIMIT).map_err(|e| Reason::unreadable(&e))?;
    let sig_path = signature_path(path);
    let signature = match safe_file::read(&sig_path, Links::Follow, READ_LIMIT) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Reason::unreadable(&e)),
    };
    let verify = || {
        let signature = signature.as_deref().ok_or(Reason::Unsigned)?;
        verify_bytes(&data, signature, path, &sig_path, trusted).map_err(verify_reason)
    };
    let digest: Digest = match serde_json::from_slice(&data) {
        Ok(digest) => digest,
        Err(error) => {
            // Told apart from other JSON first; a broken summary whose signature fails was
            // changed, which is the better reason to give.
            if !kind_of(&data)? {
                return Ok(None);
            }
            verify()?;
            return Err(Reason::Malformed {
                detail: error.to_string(),
            });
        }
    };
    // An explanation (giải trình) counts through the final appraisal that took it in.
    if digest.format == ROLLUP_FORMAT || digest.mode == Mode::Explanation {
        return Ok(None);
    }
    if digest.format != FORMAT_NAME {
        return Err(Reason::NotSummary(NotSummary::Format(digest.format)));
    }
    if digest.schema > u64::from(SCHEMA) {
        return Err(Reason::NewerSchema {
            schema: digest.schema,
        });
    }
    let verified = verify()?;
    let hash = crate::appraisal::sha256(&data);
    drop(data);
    if verified.key_id != digest.signer.key_id {
        return Err(Reason::WrongSigner {
            named: digest.signer.key_id,
            signed: verified.key_id,
        });
    }
    let generated = chrono::DateTime::parse_from_rfc3339(&digest.generated)
        .map_err(|e| Reason::Malformed {
            detail: format!("generated \"{}\": {e}", digest.generated),
        })?
        .with_timezone(&chrono::Utc);
    let known = catalog.by_hash(&digest.template.hash).filter(|known| {
        known.template.id == digest.template.id && known.template.version == digest.template.version
    });
    if known.is_none() {
        return Err(Reason::UnknownTemplate {
            edition: format!("{}@{}", digest.template.id, digest.template.version),
            hash: digest.template.hash,
        });
    }
    let done = digest.totals.done;
    let applicable = digest.totals.applicable;
    let (own, appraisal) = match (digest.mode, digest.appraisal) {
        (Mode::Appraisal, Some(a)) if a.stage == Stage::Appraisal => {
            let (own, final_result) = appraised(&a, done, applicable);
            let appraisal = Appraised {
                path: path.to_path_buf(),
                status: digest.status,
                generated,
                key_id: verified.key_id.clone(),
                key_file: verified.key_file.clone(),
                self_assessment: a.self_assessment,
                final_result,
                with_self_assessment: false,
            };
            (own, Some(appraisal))
        }
        (Mode::Appraisal, _) => {
            return Err(Reason::Malformed {
                detail: "mode \"appraisal\" without an \"appraisal\" object".into(),
            });
        }
        _ => (own(&digest.totals, digest.result.as_ref()), None),
    };
    let hash = match &appraisal {
        Some(a) => a.self_assessment.clone(),
        None => hash,
    };
    Ok(Some(Entry {
        path: path.to_path_buf(),
        hash,
        unit: digest.unit,
        template: Edition {
            id: digest.template.id,
            version: digest.template.version,
            hash: digest.template.hash,
            title: digest.template.title,
        },
        period: digest.period,
        status: digest.status,
        generated,
        key_id: verified.key_id,
        key_file: verified.key_file,
        own,
        appraisal,
    }))
}

/// A self-assessment's result: with bonus and deductions when it has them.
fn own(totals: &Totals, result: Option<&ResultRow>) -> Standing {
    match result {
        Some(result) => Standing {
            points: result.points,
            out_of: result.out_of,
            grade: result.grade.clone(),
            done: totals.done,
            applicable: totals.applicable,
        },
        None => Standing {
            points: totals.points,
            out_of: totals.max,
            grade: None,
            done: totals.done,
            applicable: totals.applicable,
        },
    }
}

/// An appraisal's self-score and final result, each with its grade.
fn appraised(a: &DocumentAppraisal, done: usize, applicable: usize) -> (Standing, Standing) {
    let t = &a.totals;
    let out_of = t.out_of.unwrap_or(t.max);
    let standing = |points, grade: &Option<crate::lang::Text>| Standing {
        points,
        out_of,
        grade: grade.clone(),
        done,
        applicable,
    };
    (
        standing(t.self_points, &t.grade_self),
        standing(t.final_points, &t.grade_final),
    )
}

/// `Ok(true)`: a kiemtra summary (of a schema this program reads); `Ok(false)`: the
/// roll-up's own report; otherwise why it is not a summary.
fn kind_of(data: &[u8]) -> Result<bool, Reason> {
    let probe: Probe = serde_json::from_slice(data).map_err(|e| {
        Reason::NotSummary(if e.is_syntax() || e.is_eof() {
            NotSummary::NotJson(e.to_string())
        } else {
            NotSummary::NotObject
        })
    })?;
    match probe.format.as_deref() {
        Some(FORMAT_NAME) => match probe.schema {
            Some(schema) if schema > u64::from(SCHEMA) => Err(Reason::NewerSchema { schema }),
            _ => Ok(true),
        },
        Some(ROLLUP_FORMAT) => Ok(false),
        Some(other) => Err(Reason::NotSummary(NotSummary::Format(other.to_string()))),
        None => Err(Reason::NotSummary(NotSummary::NoFormat)),
    }
}

fn verify_reason(error: VerifyError) -> Reason {
    match error {
        VerifyError::UntrustedKey { key_id, trusted } => Reason::Untrusted { key_id, trusted },
        VerifyError::MissingSignature { .. } => Reason::Unsigned,
        VerifyError::Io { source, .. } => Reason::unreadable(&source),
        other => Reason::Tampered(other),
    }
}
