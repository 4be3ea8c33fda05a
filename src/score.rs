//! What a record adds up to: points by the rules, totals per section, what is still open.

use crate::messages as msg;
use crate::points::{Percent, Points};
use crate::record::{Answer, Record, Status, points_are_awarded};
use crate::template::{Kind, Part, Task, Template};
use compact_str::CompactString;

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
    let figures = answer.numerator.zip(answer.denominator);
    let rule_points = match (answer.status, &task.kind) {
        (Status::NotAssessed | Status::NotDone | Status::NotApplicable, _) => Points::ZERO,
        (Status::Done, Kind::Check) => task.points,
        (Status::Partly, Kind::Check) => Points::ZERO,
        (_, Kind::Rate { proportional, .. }) if *proportional => {
            figures.map_or(Points::ZERO, |(n, d)| task.points.scale(n.min(d), d))
        }
        (_, Kind::Rate { bands, .. }) => {
            figures.map_or(Points::ZERO, |(n, d)| Task::band_points(bands, n, d))
        }
        (_, Kind::Count { target, .. }) => match (answer.count, target) {
            (Some(count), Some(target)) => task.points.scale(count.min(*target), *target),
            (Some(_), None) => task.points,
            (None, _) => Points::ZERO,
        },
        (_, Kind::Survey { scale }) => answer.survey.map_or(Points::ZERO, |v| {
            task.points.scale_points(v.min(*scale), *scale)
        }),
        // A deduction's points are what it takes away: `per` for each occurrence.
        (_, Kind::Deduction { per, .. }) => answer.count.map_or(Points::ZERO, |count| {
            Points::from_hundredths(per.hundredths().saturating_mul(count.min(1 << 40) as i64))
        }),
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
    fn merge(&mut self, other: &Tally) {
        self.tasks += other.tasks;
        self.applicable += other.applicable;
        self.done += other.done;
        self.assessed += other.assessed;
        self.points += other.points;
        self.max += other.max;
    }

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
    /// The main part: the sections whose points make up the total.
    pub total: Tally,
    /// Every section, bonus and deduction sections included.
    pub sections: Vec<SectionSummary>,
    /// Tasks not assessed yet, in checklist order (their ids, held inline: the summary is
    /// made again at every change, for every task).
    pub open: Vec<CompactString>,
    pub warnings: Vec<(CompactString, Warning)>,
    pub result: Outcome,
}

/// What the record scores in all: the main part (converted to the total when the survey is
/// absent), bonus points within their cap, deductions, and the grade reached.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// The main part converted to the total, when a survey part does not apply.
    pub converted: Option<Points>,
    /// Bonus points earned, and the part of them that counts (within the cap).
    pub bonus_earned: Points,
    pub bonus: Points,
    /// Points deducted (a positive number).
    pub deductions: Points,
    /// Main (or converted) + bonus − deductions, never below 0.
    pub points: Points,
    /// What `points` is out of: the template's total.
    pub out_of: Points,
    /// The grade reached: its index in the template's grades.
    pub grade: Option<usize>,
}

impl Outcome {
    pub fn percent(&self) -> Option<Percent> {
        self.points.percent_of(self.out_of)
    }

    /// Whether anything beyond the main part's points shapes the result.
    pub fn has_adjustments(&self) -> bool {
        self.converted.is_some()
            || self.bonus_earned > Points::ZERO
            || self.deductions > Points::ZERO
    }
}

impl Summary {
    pub fn of(template: &Template, record: &Record) -> Summary {
        Summary::with_points(template, record, |_, score| score.points)
    }

    /// The summary with each applicable task counting the points `points(task id, score)`
    /// instead of its score's (an appraisal's appraised or final scores), within the
    /// task's maximum; totals, bonus, deductions and the grade follow from them.
    pub fn with_points(
        template: &Template,
        record: &Record,
        mut points: impl FnMut(&str, &TaskScore) -> Points,
    ) -> Summary {
        let mut summary = Summary {
            total: Tally::default(),
            sections: Vec::with_capacity(template.sections.len()),
            open: Vec::new(),
            warnings: Vec::new(),
            result: Outcome::default(),
        };
        let mut survey_absent = false;
        for section in &template.sections {
            let mut tally = Tally::default();
            for task in section.answerable() {
                let answer = record.answer(&task.id);
                let mut score = score(task, answer);
                if score.applicable() {
                    score.points = points(&task.id, &score).min(score.max).max(Points::ZERO);
                }
                tally.add(&score);
                if score.status == Status::NotAssessed {
                    summary.open.push(CompactString::from(task.id.as_str()));
                }
                if matches!(task.kind, Kind::Survey { .. })
                    && answer.status == Status::NotApplicable
                {
                    survey_absent = true;
                }
                for warning in warnings(task, answer, &score) {
                    summary
                        .warnings
                        .push((CompactString::from(task.id.as_str()), warning));
                }
            }
            match section.part {
                Part::Main => summary.total.merge(&tally),
                Part::Bonus => summary.result.bonus_earned += tally.points,
                Part::Deduction => summary.result.deductions += tally.points,
            }
            summary.sections.push(SectionSummary {
                id: section.id.clone(),
                tally,
            });
        }
        summary.result = outcome(template, &summary.total, summary.result, survey_absent);
        summary
    }
}

fn outcome(template: &Template, main: &Tally, mut result: Outcome, survey_absent: bool) -> Outcome {
    let out_of = template.scale();
    result.out_of = out_of;
    result.converted = (survey_absent && main.max > Points::ZERO)
        .then(|| main.points.scale_points(out_of, main.max));
    let cap = template.bonus_cap.unwrap_or(Points::ZERO);
    result.bonus = result.bonus_earned.min(cap);
    let base = result.converted.unwrap_or(main.points);
    result.points = (base + result.bonus - result.deductions).max(Points::ZERO);
    result.grade = result
        .percent()
        .and_then(|p| template.grades.iter().position(|g| p >= g.min));
    result
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
        Kind::Count { .. } | Kind::Deduction { .. } => answer.count.is_none(),
        Kind::Survey { .. } => answer.survey.is_none(),
    };
    if claimed && figures_missing {
        found.push(Warning::MissingFigures);
    }
    found
}

impl Warning {
    pub fn message(&self, lang: crate::lang::Lang) -> String {
        match self {
            Warning::DoneWithoutEvidence => {
                msg::record::marked_done_or_partly_done_without(lang).into()
            }
            Warning::Override {
                points,
                rule,
                reason,
            } => {
                let (points, rule) = (points.shown(lang), rule.shown(lang));
                msg::record::points_given_instead_of_the_rule(lang, &points, &rule, reason)
            }
            Warning::PartlyWithoutPoints => {
                msg::record::partly_done_but_no_points_given(lang).into()
            }
            Warning::MissingFigures => {
                msg::record::assessed_but_the_figures_are_missing(lang).into()
            }
        }
    }
}
