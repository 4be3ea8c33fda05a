//! The roll-up written down: `rollup.csv` (the table), `rollup.json` (everything, for
//! machines; [`Report`] reads it back), `rollup.html` (a printable A4 page with a bar
//! chart of the scores) and `rollup.xlsx` (the table with typed cells), each signed like an
//! export when the user has a key.

mod csv;
mod html;
pub mod words;
mod xlsx;

use super::{Before, Comparison, Rejected, RollUp};
use crate::export::ExportError;
use crate::export::model::{DocumentStatus, time};
use crate::lang::{Lang, Text};
use crate::period::Period;
use crate::points::{Percent, Points};
use crate::record::UnitKind;
use crate::safe_file::Refusal;
use crate::signing::{SigningKey, signature_path};
use crate::store::write_durably;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub const FORMAT_NAME: &str = super::ROLLUP_FORMAT;
pub const SCHEMA: u32 = 1;
/// The file names, without extension.
pub const FILE_STEM: &str = "rollup";

/// The JSON report (docs/rollup.md).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub format: String,
    pub schema: u32,
    pub generated: String,
    /// Where the trusted keys came from.
    pub trusted: String,
    pub checked: usize,
    pub skipped: usize,
    pub groups: Vec<GroupRow>,
    pub rejected: Vec<RejectedRow>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unmatched_earlier: Vec<EarlierRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupRow {
    pub template: String,
    pub version: String,
    pub hash: String,
    pub title: Text,
    pub period: Period,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<UnitKind>,
    pub units: Vec<UnitRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnitRow {
    pub rank: usize,
    pub shared: bool,
    pub unit: String,
    pub province: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub district: String,
    pub commune: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<UnitKind>,
    pub points: Points,
    pub out_of: Points,
    pub percent: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<Text>,
    pub done: usize,
    pub applicable: usize,
    pub done_percent: Option<f64>,
    pub status: DocumentStatus,
    pub file: String,
    pub key_id: String,
    /// An appraised unit: its self-score beside the final score it ranks by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appraisal: Option<AppraisalRow>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier: Option<BeforeRow>,
}

/// A unit's appraisal: self and final side by side (the unit's `points`, `percent` and
/// `grade` are the final ones), and the signed appraisal they come from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AppraisalRow {
    #[serde(rename = "self")]
    pub self_points: Points,
    pub self_percent: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_grade: Option<Text>,
    #[serde(rename = "final")]
    pub final_points: Points,
    /// Final minus self.
    pub difference: Points,
    /// `sha256:<hex>` of the self-assessment appraised.
    pub self_assessment: String,
    /// Whether that self-assessment was among the files read (else the unit ranks by the
    /// appraisal alone).
    pub self_assessment_found: bool,
    pub status: DocumentStatus,
    pub file: String,
    pub key_id: String,
}

impl AppraisalRow {
    fn of(own: &super::Standing, a: &super::Appraised) -> AppraisalRow {
        AppraisalRow {
            self_points: own.points,
            self_percent: percent(own.percent()),
            self_grade: own.grade.clone(),
            final_points: a.final_result.points,
            difference: a.final_result.points - own.points,
            self_assessment: a.self_assessment.clone(),
            self_assessment_found: a.with_self_assessment,
            status: a.status,
            file: a.path.display().to_string(),
            key_id: a.key_id.clone(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BeforeRow {
    pub period: Period,
    /// The one unit's points, or the average of the former units found.
    pub points: Option<Points>,
    pub average: bool,
    pub rank: Option<usize>,
    pub of: Option<usize>,
    pub rank_change: Option<i64>,
    pub points_change: Option<Points>,
    pub by_map: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub legal_basis: String,
    pub former: Vec<FormerRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FormerRow {
    pub unit: String,
    /// `None` when no earlier result of it was found.
    pub earlier: Option<EarlierRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EarlierRow {
    pub unit: String,
    pub rank: usize,
    pub of: usize,
    pub points: Points,
    pub out_of: Points,
    pub file: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RejectedRow {
    pub file: String,
    /// `tampered`, `untrusted-signer`, `unsigned`, … (docs/rollup.md).
    pub reason: String,
    /// Whether it makes the roll-up fail (all but `superseded`).
    pub counts: bool,
    pub message: Text,
}

fn percent(p: Option<Percent>) -> Option<f64> {
    p.map(Percent::as_f64)
}

fn earlier_row(e: &super::compare::Earlier) -> EarlierRow {
    EarlierRow {
        unit: e.unit.clone(),
        rank: e.rank,
        of: e.of,
        points: e.points,
        out_of: e.out_of,
        file: e.path.display().to_string(),
    }
}

fn before_row(b: &Before, rank: usize, points: Points) -> BeforeRow {
    BeforeRow {
        period: b.period,
        points: b.points(),
        average: b.is_average(),
        rank: b.rank().map(|r| r.0),
        of: b.rank().map(|r| r.1),
        rank_change: b.rank_change(rank),
        points_change: b.points_change(points),
        by_map: b.by_map,
        legal_basis: b.legal_basis.clone(),
        former: b
            .former
            .iter()
            .map(|f| FormerRow {
                unit: f.name.clone(),
                earlier: f.earlier.as_ref().map(earlier_row),
            })
            .collect(),
    }
}

pub fn rejected_row(r: &Rejected) -> RejectedRow {
    RejectedRow {
        file: r.path.display().to_string(),
        reason: r.reason.code().into(),
        counts: r.reason.counts(),
        message: Text::new(r.reason.message(Lang::Vi), r.reason.message(Lang::En)),
    }
}

impl Report {
    /// `rejected` may hold more than the roll-up's own (an earlier period's).
    pub fn of(
        rollup: &RollUp,
        comparison: Option<&Comparison>,
        rejected: &[&Rejected],
        trusted: &str,
        now: DateTime<Utc>,
    ) -> Report {
        let groups = rollup
            .groups
            .iter()
            .enumerate()
            .map(|(g, group)| GroupRow {
                template: group.key.template.id.clone(),
                version: group.key.template.version.clone(),
                hash: group.key.template.hash.clone(),
                title: group.key.template.title.clone(),
                period: group.key.period,
                kind: group.key.kind,
                units: group
                    .ranked
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let e = &r.entry;
                        let s = e.ranked_by();
                        let before = comparison
                            .and_then(|c| c.before.get(g)?.get(i)?.as_ref())
                            .map(|b| before_row(b, r.rank, s.points));
                        UnitRow {
                            rank: r.rank,
                            shared: r.shared,
                            unit: e.unit.name.clone(),
                            province: e.unit.province.clone(),
                            district: e.unit.district.clone(),
                            commune: e.unit.commune.clone(),
                            kind: e.unit.kind,
                            points: s.points,
                            out_of: s.out_of,
                            percent: percent(s.percent()),
                            grade: s.grade.clone(),
                            done: s.done,
                            applicable: s.applicable,
                            done_percent: percent(s.completion()),
                            status: e.status,
                            file: e.path.display().to_string(),
                            key_id: e.key_id.clone(),
                            appraisal: e.appraisal.as_ref().map(|a| AppraisalRow::of(&e.own, a)),
                            earlier: before,
                        }
                    })
                    .collect(),
            })
            .collect();
        Report {
            format: FORMAT_NAME.into(),
            schema: SCHEMA,
            generated: time(now),
            trusted: trusted.into(),
            checked: rollup.checked,
            skipped: rollup.skipped,
            groups,
            rejected: rejected.iter().map(|r| rejected_row(r)).collect(),
            unmatched_earlier: comparison
                .map(|c| c.unmatched_earlier.iter().map(earlier_row).collect())
                .unwrap_or_default(),
        }
    }

    /// The signed one-line comment of each report file.
    pub fn trusted_comment(&self, key_id: &str) -> String {
        let units: usize = self.groups.iter().map(|g| g.units.len()).sum();
        let rejected = self.rejected.iter().filter(|r| r.counts).count();
        crate::signing::one_line(&format!(
            "kiemtra rollup groups={} units={units} rejected={rejected} time={} key={key_id}",
            self.groups.len(),
            self.generated
        ))
    }

    /// The four files' names and bytes: CSV, JSON, HTML, xlsx.
    pub fn render(&self, lang: Lang) -> Result<Vec<(String, Vec<u8>)>, ExportError> {
        let mut json = serde_json::to_string_pretty(self).unwrap_or_default();
        json.push('\n');
        let mut files: Vec<(String, Vec<u8>)> = [
            ("csv", csv::render(self, lang)),
            ("json", json),
            ("html", html::render(self, lang)),
        ]
        .into_iter()
        .map(|(ext, text)| {
            (
                format!("{FILE_STEM}.{ext}"),
                crate::export::nfc(text).into_bytes(),
            )
        })
        .collect();
        files.push((format!("{FILE_STEM}.xlsx"), xlsx::render(self, lang)?));
        Ok(files)
    }
}

/// Writes the files into `out_dir` (made if missing), each with its `.minisig` when there is
/// a key. Nothing is written when any target exists and `force` is false. The paths written.
pub fn write(
    files: &[(String, Vec<u8>)],
    out_dir: &Path,
    key: Option<(&SigningKey, &str)>,
    force: bool,
) -> Result<Vec<PathBuf>, ExportError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ExportError::Io { path, source }
    };
    let mut targets: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    for (name, bytes) in files {
        let path = out_dir.join(name);
        if let Some((key, comment)) = key {
            let signature = key.sign(bytes, comment).into_bytes();
            targets.push((path.clone(), bytes.clone()));
            targets.push((signature_path(&path), signature));
        } else {
            targets.push((path, bytes.clone()));
        }
    }
    for (path, _) in &targets {
        match path.symlink_metadata() {
            Ok(m) if m.is_symlink() => return Err(io(path)(Refusal::Symlink.into())),
            Ok(_) if !force => return Err(ExportError::Exists { path: path.clone() }),
            _ => {}
        }
    }
    std::fs::create_dir_all(out_dir).map_err(io(out_dir))?;
    let mut written = Vec::new();
    for (path, bytes) in targets {
        write_durably(&path, &bytes).map_err(io(&path))?;
        written.push(path);
    }
    Ok(written)
}
