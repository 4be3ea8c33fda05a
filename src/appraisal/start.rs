//! Reading a signed document and starting an appraisal (or an explanation) from it.

use super::AppraisalError;
use super::document::SignedSummary;
use crate::inspection::{Inspection, pinned_template};
use crate::record::{Appraisal, Header, Mode, Record, Stage};
use crate::safe_file::{self, Links};
use crate::signing::{self, TrustedKeys, Verified};
use crate::store::{self, Home};
use crate::template::{Catalog, Template};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A signed JSON summary, verified: its exact bytes' hash, what it says, and who signed it.
#[derive(Clone, Debug)]
pub struct SignedDocument {
    pub path: PathBuf,
    /// `sha256:<hex>` of the file's exact bytes.
    pub hash: String,
    pub summary: SignedSummary,
    pub verified: Verified,
}

/// `sha256:<hex>` of some bytes.
pub fn sha256(bytes: &[u8]) -> String {
    let mut hex = String::with_capacity(71);
    hex.push_str("sha256:");
    for byte in Sha256::digest(bytes) {
        hex.push_str(&format!("{byte:02x}"));
    }
    hex
}

/// Reads `path` once, checks its signature against `trusted`, and reads what it says. The
/// bytes verified are the bytes hashed and read.
pub fn read_signed(path: &Path, trusted: &TrustedKeys) -> Result<SignedDocument, AppraisalError> {
    let read = |p: &Path| {
        safe_file::read(p, Links::Follow, safe_file::READ_LIMIT).map_err(|source| {
            AppraisalError::Read {
                path: p.to_path_buf(),
                source,
            }
        })
    };
    let data = read(path)?;
    let sig_path = signing::signature_path(path);
    let signature = match safe_file::read(&sig_path, Links::Follow, safe_file::READ_LIMIT) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(AppraisalError::Signature {
                path: path.to_path_buf(),
                source: signing::VerifyError::MissingSignature { path: sig_path },
            });
        }
        Err(source) => {
            return Err(AppraisalError::Read {
                path: sig_path,
                source,
            });
        }
    };
    let verified =
        signing::verify_bytes(&data, &signature, path, &sig_path, trusted).map_err(|source| {
            AppraisalError::Signature {
                path: path.to_path_buf(),
                source,
            }
        })?;
    let not_summary = |detail: String| AppraisalError::NotASummary {
        path: path.to_path_buf(),
        detail,
    };
    let summary: SignedSummary =
        serde_json::from_slice(&data).map_err(|e| not_summary(e.to_string()))?;
    if summary.format != "kiemtra-summary" {
        return Err(not_summary(format!("format `{}`", summary.format)));
    }
    if summary.schema > 1 {
        return Err(not_summary(format!("schema {}", summary.schema)));
    }
    if summary.signer.public_key.trim() != verified.public_key {
        return Err(AppraisalError::SignerMismatch {
            path: path.to_path_buf(),
        });
    }
    Ok(SignedDocument {
        path: path.to_path_buf(),
        hash: sha256(&data),
        summary,
        verified,
    })
}

/// What `path` says, read without checking its signature: only to tell which way to take it
/// (appraise, explain, import), each of which then checks it in full.
pub fn read_unverified(path: &Path) -> Result<SignedSummary, AppraisalError> {
    let data = safe_file::read(path, Links::Follow, safe_file::READ_LIMIT).map_err(|source| {
        AppraisalError::Read {
            path: path.to_path_buf(),
            source,
        }
    })?;
    serde_json::from_slice(&data).map_err(|e| AppraisalError::NotASummary {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })
}

/// What kind of document a summary is.
pub fn kind_of(summary: &SignedSummary) -> &'static str {
    match summary.mode {
        Mode::Appraisal => "appraisal",
        Mode::Explanation => "explanation",
        Mode::SelfCheck | Mode::Inspection => "self-assessment",
    }
}

/// Whether a document is what a record of `stage` starts from: a self-assessment for an
/// appraisal, an appraisal for an explanation.
pub fn check_kind(doc: &SignedDocument, stage: Stage) -> Result<(), AppraisalError> {
    let wanted = match stage {
        Stage::Appraisal => "self-assessment",
        Stage::Explanation => "appraisal",
    };
    let found = kind_of(&doc.summary);
    if found == wanted {
        Ok(())
    } else {
        Err(AppraisalError::WrongKind {
            path: doc.path.clone(),
            found,
            wanted,
        })
    }
}

/// The exact checklist a document was made with, found by its hash.
pub fn template_of(
    catalog: &Catalog,
    summary: &SignedSummary,
) -> Result<Arc<Template>, AppraisalError> {
    let t = &summary.template;
    let pin = crate::record::TemplatePin {
        id: t.id.clone(),
        version: t.version.clone(),
        hash: t.hash.clone(),
    };
    pinned_template(catalog, &pin).map_err(|_| AppraisalError::TemplateMissing {
        id: t.id.clone(),
        version: t.version.clone(),
        hash: t.hash.clone(),
    })
}

/// The record of `stage` in the records folder pinned to `hash` (the self-assessment for an
/// appraisal, the appraisal for an explanation), if there is one.
pub fn existing(home: &Home, stage: Stage, hash: &str) -> Option<PathBuf> {
    home.record_paths().into_iter().find(|path| {
        store::load(path)
            .ok()
            .and_then(|r| r.appraisal)
            .is_some_and(|a| {
                a.stage == stage
                    && match stage {
                        Stage::Appraisal => a.self_assessment == hash,
                        Stage::Explanation => a.answers == hash,
                    }
            })
    })
}

/// Who starts the record, and for whom.
pub struct Starter<'a> {
    pub person: &'a str,
    /// The appraising agency (for an explanation, the one named in the appraisal).
    pub agency: &'a str,
    pub now: DateTime<Utc>,
}

/// Starts an appraisal of a verified self-assessment, or an explanation of a verified
/// appraisal: a new record in the records folder, its answers read-only.
pub fn start(
    home: &Home,
    template: Arc<Template>,
    doc: &SignedDocument,
    stage: Stage,
    who: &Starter,
) -> Result<Inspection, AppraisalError> {
    check_kind(doc, stage)?;
    let s = &doc.summary;
    let inconsistent = |task: &str| AppraisalError::Inconsistent {
        path: doc.path.clone(),
        task: task.to_string(),
    };
    let mut answers = BTreeMap::new();
    let mut tasks = BTreeMap::new();
    for row in &s.tasks {
        let task = template
            .task(&row.id)
            .ok_or_else(|| inconsistent(&row.id))?;
        let fits = task.is_answerable()
            && row.max == task.points
            && row.points <= task.points
            && row.points >= crate::points::Points::ZERO
            && (stage == Stage::Appraisal || row.appraisal.is_some());
        if !fits {
            return Err(inconsistent(&row.id));
        }
        let answer = row.answer();
        if !answer.is_empty() {
            answers.insert(row.id.clone(), answer);
        }
        tasks.insert(row.id.clone(), row.scores(stage));
    }
    if let Some(missing) = template
        .sections
        .iter()
        .flat_map(|s| s.answerable())
        .find(|t| !tasks.contains_key(&t.id))
    {
        return Err(inconsistent(&missing.id));
    }
    let appraisal = match (stage, &s.appraisal) {
        (Stage::Appraisal, _) => Appraisal {
            stage,
            self_assessment: doc.hash.clone(),
            self_assessment_key: doc.verified.public_key.clone(),
            self_assessment_key_id: doc.verified.key_id.clone(),
            source: doc.path.display().to_string(),
            tasks,
            ..Appraisal::default()
        },
        (Stage::Explanation, Some(of)) => Appraisal {
            stage,
            self_assessment: of.self_assessment.clone(),
            self_assessment_key: of.self_assessment_signer.public_key.clone(),
            self_assessment_key_id: of.self_assessment_signer.key_id.clone(),
            source: doc.path.display().to_string(),
            answers: doc.hash.clone(),
            appraisal_key: doc.verified.public_key.clone(),
            tasks,
            ..Appraisal::default()
        },
        (Stage::Explanation, None) => return Err(inconsistent("appraisal")),
    };
    let u = &s.unit;
    let mut header = Header::new(
        u.province.clone(),
        u.district.clone(),
        u.commune.clone(),
        s.period,
        match stage {
            Stage::Appraisal => Mode::Appraisal,
            Stage::Explanation => Mode::Explanation,
        },
        vec![who.person.trim().to_string()],
    );
    header.unit_kind = u.kind;
    header.unit_code = u.code.clone();
    header.formed_from = u.formed_from.clone();
    header.agency = who.agency.trim().to_string();
    let record = Record::appraisal_of(&template, header, who.now, answers, appraisal, who.person);
    let kind = format!(
        "{} {}",
        template.id,
        match stage {
            Stage::Appraisal => "tham dinh",
            Stage::Explanation => "giai trinh",
        }
    );
    Ok(Inspection::create_record(home, template, record, &kind)?)
}
