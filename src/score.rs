//! What a record adds up to: points by the rules, totals per section, what is still open.

use crate::points::{Percent, Points};
use crate::record::{Answer, Record, Status, points_are_awarded};
use crate::template::{Kind, Task, Template};

/// The score of one answered task.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskScore {
    pub status: Status,
    pub max: Points,
    /// The points counted: the assessor's when given, else the rule's.
    pub points: Points,
    /// The points the rule gives.
    pub rule_points: Points,
    /// The rate of a `rate` task, when both figures are there.
    pub rate: Option<Percent>,
    /// Points given instead of the rule's (with the reason in the answer).
    pub overridden: bool,
}

impl TaskScore {
    pub fn applicable(&self) -> bool {
        self.status != Status::NotApplicable
    }
}

/// Scores one task's answer. Never more than the task's maximum.
pub fn score(task: &Task, answer: &Answer) -> TaskScore {
    let rate = match (answer.numerator, answer.denominator) {
        (Some(n), Some(d)) => Percent::of(n, d),
        _ => None,
    };
    let rule_points = match (answer.status, &task.kind) {
        (Status::NotAssessed | Status::NotDone | Status::NotApplicable, _) => Points::ZERO,
        (Status::Done, Kind::Check) => task.points,
        (Status::Partly, Kind::Check) => Points::ZERO,
        (_, Kind::Rate { bands, .. }) => rate.map_or(Points::ZERO, |r| Task::band_points(bands, r)),
        (_, Kind::Count { target, .. }) => match (answer.count, target) {
            (Some(count), Some(target)) => task.points.scale(count.min(*target), *target),
            (Some(_), None) => task.points,
            (None, _) => Points::ZERO,
        },
    };
    let applicable = answer.status != Status::NotApplicable;
    let given = answer.points.filter(|_| applicable);
    let points = given
        .unwrap_or(rule_points)
        .min(task.points)
        .max(Points::ZERO);
    TaskScore {
        status: answer.status,
        max: task.points,
        points: if applicable { points } else { Points::ZERO },
        rule_points,
        rate,
        overridden: given.is_some() && !points_are_awarded(task, answer.status),
    }
}

/// Counts and points over a set of tasks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub tasks: usize,
    pub applicable: usize,
    pub done: usize,
    pub assessed: usize,
    pub points: Points,
    pub max: Points,
}

impl Tally {
    fn add(&mut self, score: &TaskScore) {
        self.tasks += 1;
        if score.status != Status::NotAssessed {
            self.assessed += 1;
        }
        if score.applicable() {
            self.applicable += 1;
            self.max += score.max;
            self.points += score.points;
        }
        if score.status == Status::Done {
            self.done += 1;
        }
    }

    /// Tasks done over tasks applicable.
    pub fn done_percent(&self) -> Option<Percent> {
        Percent::of(self.done as u64, self.applicable as u64)
    }

    pub fn points_percent(&self) -> Option<Percent> {
        self.points.percent_of(self.max)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionSummary {
    pub id: String,
    pub tally: Tally,
}

/// A task worth a second look, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// Marked done (or partly) where the checklist requires evidence, and none is noted or attached.
    DoneWithoutEvidence,
    /// Points given instead of the rule's.
    Override {
        points: Points,
        rule: Points,
        reason: String,
    },
    /// Partly done with no points given.
    PartlyWithoutPoints,
    /// A `rate` or `count` marked done without its figures.
    MissingFigures,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub total: Tally,
    pub sections: Vec<SectionSummary>,
    /// Tasks not assessed yet, in checklist order.
    pub open: Vec<String>,
    pub warnings: Vec<(String, Warning)>,
}

impl Summary {
    pub fn of(template: &Template, record: &Record) -> Summary {
        let mut summary = Summary {
            total: Tally::default(),
            sections: Vec::with_capacity(template.sections.len()),
            open: Vec::new(),
            warnings: Vec::new(),
        };
        for section in &template.sections {
            let mut tally = Tally::default();
            for task in section.answerable() {
                let answer = record.answer(&task.id);
                let score = score(task, answer);
                tally.add(&score);
                if score.status == Status::NotAssessed {
                    summary.open.push(task.id.clone());
                }
                for warning in warnings(task, answer, &score) {
                    summary.warnings.push((task.id.clone(), warning));
                }
            }
            summary.total.tasks += tally.tasks;
            summary.total.applicable += tally.applicable;
            summary.total.done += tally.done;
            summary.total.assessed += tally.assessed;
            summary.total.points += tally.points;
            summary.total.max += tally.max;
            summary.sections.push(SectionSummary {
                id: section.id.clone(),
                tally,
            });
        }
        summary
    }
}

/// What is worth a second look in one answer.
pub fn warnings(task: &Task, answer: &Answer, score: &TaskScore) -> Vec<Warning> {
    let mut found = Vec::new();
    let claimed = matches!(answer.status, Status::Done | Status::Partly);
    if claimed
        && task.evidence.required
        && answer.notes.trim().is_empty()
        && answer.evidence.is_empty()
    {
        found.push(Warning::DoneWithoutEvidence);
    }
    if score.overridden {
        found.push(Warning::Override {
            points: score.points,
            rule: score.rule_points,
            reason: answer.points_reason.clone(),
        });
    }
    if answer.status == Status::Partly && task.kind == Kind::Check && answer.points.is_none() {
        found.push(Warning::PartlyWithoutPoints);
    }
    let figures_missing = match task.kind {
        Kind::Check => false,
        Kind::Rate { .. } => score.rate.is_none(),
        Kind::Count { .. } => answer.count.is_none(),
    };
    if claimed && figures_missing {
        found.push(Warning::MissingFigures);
    }
    found
}

impl Warning {
    pub fn message(&self, lang: crate::lang::Lang) -> String {
        match self {
            Warning::DoneWithoutEvidence => lang
                .pick(
                    "đã đánh dấu hoàn thành (hoặc một phần) nhưng chưa có minh chứng",
                    "marked done or partly done without evidence",
                )
                .into(),
            Warning::Override {
                points,
                rule,
                reason,
            } => lang.pick(
                format!("cho {points} điểm thay vì {rule} theo quy tắc: {reason}"),
                format!("{points} points given instead of the rule's {rule}: {reason}"),
            ),
            Warning::PartlyWithoutPoints => lang
                .pick(
                    "hoàn thành một phần nhưng chưa cho điểm",
                    "partly done but no points given",
                )
                .into(),
            Warning::MissingFigures => lang
                .pick(
                    "đã đánh giá nhưng thiếu số liệu",
                    "assessed but the figures are missing",
                )
                .into(),
        }
    }
}
