//! The summary document: everything a signed summary says, in one language-neutral shape.
//! The JSON format is this structure as it is; the other formats render it in a language.
//! Aggregation reads it back with [`SummaryDocument`]'s `Deserialize`.

use crate::appraisal::{Comparison, DocumentAppraisal, TaskRowAppraisal};
use crate::lang::Lang;
use crate::lang::Text;
use crate::messages as msg;
use crate::numbers;
use crate::points::{Percent, Points};
use crate::record::{Header, Mode, Period, Record, Status, UnitKind};
use crate::score::{self, Outcome, Summary, Tally, Warning};
use crate::template::{Kind, Template};
use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

pub const FORMAT_NAME: &str = "kiemtra-summary";
pub const SCHEMA: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SummaryDocument {
    /// Always `kiemtra-summary`.
    pub format: String,
    /// The version of this structure; readers refuse a newer one.
    pub schema: u32,
    /// `draft` or `final`.
    pub status: DocumentStatus,
    /// When the summary was made (RFC 3339, UTC).
    pub generated: String,
    pub template: TemplateInfo,
    pub unit: Unit,
    pub period: Period,
    pub mode: Mode,
    pub people: Vec<String>,
    /// The Decree 30 frame: issuer, number, place and date, title, signatures, copies
    /// (docs/summary-format.md); absent in summaries made before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<super::frame::Frame>,
    pub totals: Totals,
    /// What the record scores in all, when more than the main part shapes it (a survey
    /// converted, bonus, deductions) or the checklist grades it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<ResultRow>,
    pub sections: Vec<SectionRow>,
    pub tasks: Vec<TaskRow>,
    /// Ids of the tasks not assessed yet, in checklist order.
    pub open: Vec<String>,
    pub warnings: Vec<WarningRow>,
    /// An appraisal or explanation: what it is pinned to, and self / appraised / final per
    /// field and in total (docs/summary-format.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appraisal: Option<DocumentAppraisal>,
    pub audit: AuditDigest,
    pub signer: Signer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocumentStatus {
    Draft,
    Final,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TemplateInfo {
    pub id: String,
    pub version: String,
    pub hash: String,
    pub title: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    pub province: String,
    /// Empty in two-tier records (since 1 July 2025).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub district: String,
    pub commune: String,
    /// "Xã Hoằng Đạt, Hoằng Hóa, Thanh Hóa".
    pub name: String,
    /// `xa`, `phuong`, `dac-khu` or `thi-tran`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<UnitKind>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub code: String,
    /// The former units it was formed from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formed_from: Vec<String>,
    /// The agency that inspects or appraises it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub agency: String,
}

impl Unit {
    pub fn of(h: &Header) -> Unit {
        Unit {
            province: h.province.clone(),
            district: h.district.clone(),
            commune: h.commune.clone(),
            name: h.unit(),
            kind: h.unit_kind,
            code: h.unit_code.clone(),
            formed_from: h.formed_from.clone(),
            agency: h.agency.clone(),
        }
    }
}

/// The result beyond the main part's points: all numbers in points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultRow {
    /// The main part converted to the total when the survey does not apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub converted: Option<Points>,
    pub bonus_earned: Points,
    /// The bonus points that count (within the cap).
    pub bonus: Points,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bonus_cap: Option<Points>,
    pub deductions: Points,
    /// Main (or converted) + bonus − deductions.
    pub points: Points,
    pub out_of: Points,
    pub percent: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<Text>,
}

impl ResultRow {
    /// `None` when the main part's points are the whole result and nothing grades it.
    pub fn of(outcome: &Outcome, template: &Template) -> Option<ResultRow> {
        let grade = outcome.grade.and_then(|g| template.grades.get(g));
        (outcome.has_adjustments() || !template.grades.is_empty()).then(|| ResultRow {
            converted: outcome.converted,
            bonus_earned: outcome.bonus_earned,
            bonus: outcome.bonus,
            bonus_cap: template.bonus_cap,
            deductions: outcome.deductions,
            points: outcome.points,
            out_of: outcome.out_of,
            percent: percent(outcome.percent()),
            grade: grade.map(|g| g.label.clone()),
        })
    }
}

/// Counts and points; percentages are numbers with two decimals, `null` when undefined.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    pub tasks: usize,
    pub applicable: usize,
    pub assessed: usize,
    pub done: usize,
    pub done_percent: Option<f64>,
    pub points: Points,
    pub max: Points,
    pub points_percent: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SectionRow {
    pub id: String,
    pub title: Text,
    #[serde(flatten)]
    pub totals: Totals,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TaskRow {
    pub id: String,
    pub section: String,
    pub title: Text,
    /// `check`, `rate` or `count`.
    pub kind: String,
    /// `not-assessed`, `done`, `partly`, `not-done` or `not-applicable`.
    pub status: Status,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub na_reason: String,
    pub points: Points,
    pub max: Points,
    pub rule_points: Points,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub override_reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numerator: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denominator: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate_percent: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<u64>,
    /// A survey's result on its own scale, and that scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub survey: Option<Points>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Points>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceFile>,
    /// An appraisal's or explanation's scores of the task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appraisal: Option<TaskRowAppraisal>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EvidenceFile {
    /// The path as the user gave it.
    pub path: String,
    /// `sha256:<hex>` of the file's bytes; `null` when the file could not be read.
    pub sha256: Option<String>,
    /// Why it could not be read, as the summary's warning says it (not part of the format).
    #[serde(skip)]
    pub unread: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WarningRow {
    pub task: String,
    /// `done-without-evidence`, `override`, `partly-without-points`, `missing-figures`,
    /// `evidence-missing`.
    pub kind: String,
    pub message: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditDigest {
    pub changes: usize,
    pub first: Option<String>,
    pub last: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Signer {
    /// The minisign public key (the base64 line of the `.pub` file).
    pub public_key: String,
    pub key_id: String,
}

/// Why an evidence file cannot be read; a file that is not there is just named.
fn unread(path: &str, error: &std::io::Error) -> Text {
    use crate::lang::Lang;
    let say = |lang| match error.kind() {
        std::io::ErrorKind::NotFound => msg::export::the_evidence_file_cannot_be_read(lang, path),
        _ => msg::export::the_evidence_file_cannot_be_read_why(
            lang,
            path,
            crate::store::io_reason(error, lang),
        ),
    };
    Text::new(say(Lang::Vi), say(Lang::En))
}

pub fn time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn percent(p: Option<Percent>) -> Option<f64> {
    p.map(Percent::as_f64)
}

impl Totals {
    fn of(t: &Tally) -> Totals {
        Totals {
            tasks: t.tasks,
            applicable: t.applicable,
            assessed: t.assessed,
            done: t.done,
            done_percent: percent(t.done_percent()),
            points: t.points,
            max: t.max,
            points_percent: percent(t.points_percent()),
        }
    }
}

impl SummaryDocument {
    /// The summary of `record`. `hash_evidence` gives each evidence path's `sha256:<hex>`,
    /// or why the file cannot be read (it then becomes a warning).
    pub fn build(
        template: &Template,
        record: &Record,
        now: DateTime<Utc>,
        signer: Signer,
        mut hash_evidence: impl FnMut(&str) -> std::io::Result<String>,
    ) -> SummaryDocument {
        let summary = Summary::of(template, record);
        let comparison = Comparison::of(template, record);
        let mut tasks = Vec::new();
        let mut warnings: Vec<WarningRow> = Vec::new();
        let mut by_task = summary.warnings.iter().peekable();
        for section in &template.sections {
            for task in section.answerable() {
                let answer = record.answer(&task.id);
                let score = score::score(task, answer);
                let (target, kind) = match &task.kind {
                    Kind::Count { target, .. } => (*target, "count"),
                    other => (None, other.name()),
                };
                while let Some((_, warning)) = by_task.next_if(|(id, _)| *id == task.id) {
                    warnings.push(WarningRow {
                        task: task.id.clone(),
                        kind: warning_kind(warning).into(),
                        message: Text::new(
                            warning.message(crate::lang::Lang::Vi),
                            warning.message(crate::lang::Lang::En),
                        ),
                    });
                }
                let evidence: Vec<EvidenceFile> = answer
                    .evidence
                    .iter()
                    .map(|path| match hash_evidence(path) {
                        Ok(sha256) => EvidenceFile {
                            path: path.clone(),
                            sha256: Some(sha256),
                            unread: None,
                        },
                        Err(error) => EvidenceFile {
                            path: path.clone(),
                            sha256: None,
                            unread: Some(unread(path, &error)),
                        },
                    })
                    .collect();
                for file in &evidence {
                    let Some(message) = &file.unread else {
                        continue;
                    };
                    warnings.push(WarningRow {
                        task: task.id.clone(),
                        kind: "evidence-missing".into(),
                        message: message.clone(),
                    });
                }
                tasks.push(TaskRow {
                    id: task.id.clone(),
                    section: section.id.clone(),
                    title: task.title.clone(),
                    kind: kind.into(),
                    status: answer.status,
                    na_reason: answer.na_reason.clone(),
                    points: score.points,
                    max: score.max,
                    rule_points: score.rule_points,
                    override_reason: score.overridden.then(|| answer.points_reason.clone()),
                    numerator: answer.numerator,
                    denominator: answer.denominator,
                    rate_percent: percent(score.rate),
                    count: answer.count,
                    target,
                    survey: answer.survey,
                    scale: match task.kind {
                        Kind::Survey { scale } => Some(scale),
                        _ => None,
                    },
                    notes: answer.notes.clone(),
                    evidence,
                    appraisal: comparison
                        .as_ref()
                        .and_then(|c| c.task(&task.id))
                        .map(TaskRowAppraisal::of),
                });
            }
        }
        let h = &record.header;
        SummaryDocument {
            format: FORMAT_NAME.into(),
            schema: SCHEMA,
            status: if record.finalized {
                DocumentStatus::Final
            } else {
                DocumentStatus::Draft
            },
            generated: time(now),
            template: TemplateInfo {
                id: template.id.clone(),
                version: template.version.clone(),
                hash: template.hash.clone(),
                title: template.title.clone(),
            },
            unit: Unit::of(h),
            period: h.period,
            mode: h.mode,
            people: h.people.clone(),
            document: Some(super::frame::Frame::of(record, now.date_naive())),
            totals: Totals::of(&summary.total),
            result: ResultRow::of(&summary.result, template),
            sections: template
                .sections
                .iter()
                .zip(&summary.sections)
                .map(|(section, s)| SectionRow {
                    id: section.id.clone(),
                    title: section.title.clone(),
                    totals: Totals::of(&s.tally),
                })
                .collect(),
            tasks,
            open: summary.open.into_iter().map(String::from).collect(),
            warnings,
            appraisal: record
                .appraisal
                .as_ref()
                .zip(comparison.as_ref())
                .map(|(a, c)| DocumentAppraisal::of(template, a, c)),
            audit: AuditDigest {
                changes: record.audit.len(),
                first: record.audit.first().map(|e| time(e.at)),
                last: record.audit.last().map(|e| time(e.end())),
            },
            signer,
        }
    }

    pub fn is_final(&self) -> bool {
        self.status == DocumentStatus::Final
    }

    /// The tasks whose points were given instead of the rule's.
    pub fn overrides(&self) -> impl Iterator<Item = &TaskRow> {
        self.tasks.iter().filter(|t| t.override_reason.is_some())
    }

    /// Every evidence file with its task.
    pub fn evidence(&self) -> impl Iterator<Item = (&TaskRow, &EvidenceFile)> {
        self.tasks
            .iter()
            .flat_map(|t| t.evidence.iter().map(move |e| (t, e)))
    }

    /// The signed one-line comment: what the district sees without opening the file. One
    /// printable line whatever the unit's name holds: the line kiemtra prints after an export
    /// is the very line it signs.
    pub fn trusted_comment(&self) -> String {
        if let Some(a) = &self.appraisal {
            return super::appraisal::comment(self, a);
        }
        let t = &self.totals;
        let result = self.result.as_ref().map_or_else(String::new, |r| {
            let grade = r.grade.as_ref().map_or_else(String::new, |g| {
                format!(
                    " grade=\"{}\"",
                    g.get(crate::lang::Lang::Vi).replace('"', "'")
                )
            });
            format!(" result={}/{}{grade}", r.points, r.out_of)
        });
        crate::signing::one_line(&format!(
            "kiemtra unit=\"{}\" period={} template={}@{} done={}/{} points={}/{}{result} time={} key={} status={}",
            self.unit.name.replace('"', "'"),
            self.period,
            self.template.id,
            self.template.version,
            t.done,
            t.applicable,
            t.points,
            t.max,
            self.generated,
            self.signer.key_id,
            if self.is_final() { "final" } else { "draft" },
        ))
    }
}

fn warning_kind(warning: &Warning) -> &'static str {
    match warning {
        Warning::DoneWithoutEvidence => "done-without-evidence",
        Warning::Override { .. } => "override",
        Warning::PartlyWithoutPoints => "partly-without-points",
        Warning::MissingFigures => "missing-figures",
    }
}

/// Figures of a task as people read them: "6.420/6.434 (99,78%)", "12 / 15", "" in
/// Vietnamese; "6,420/6,434 (99.78%)" in English.
pub fn figures(task: &TaskRow, lang: Lang) -> String {
    let n = |n: u64| numbers::count(n, lang);
    match (task.numerator, task.denominator, task.count) {
        (Some(p), Some(d), _) => match task.rate_percent {
            Some(_) => format!(
                "{}/{} ({})",
                n(p),
                n(d),
                shown_percent(task.rate_percent, lang)
            ),
            None => format!("{}/{}", n(p), n(d)),
        },
        (Some(p), None, _) => format!("{}/–", n(p)),
        (None, Some(d), _) => format!("–/{}", n(d)),
        (None, None, Some(c)) => match task.target {
            Some(t) => format!("{} / {}", n(c), n(t)),
            None => n(c),
        },
        _ => String::new(),
    }
}

/// A percentage number as people read it: "92,31%" in Vietnamese, "92.31%" in English, or "–".
pub fn shown_percent(p: Option<f64>, lang: Lang) -> String {
    numbers::percent(
        p.map(|p| Percent::from_hundredths((p * 100.0).round() as i64)),
        lang,
    )
}
