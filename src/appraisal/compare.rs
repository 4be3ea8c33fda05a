//! Self-score, appraised and final side by side: per criterion, per field and in total.

use crate::points::Points;
use crate::record::{Record, Status, TaskAppraisal};
use crate::score::Summary;
use crate::template::Template;

/// One criterion compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskLine {
    pub id: String,
    pub section: String,
    pub max: Points,
    /// Not applicable tasks count in no total.
    pub applicable: bool,
    pub scores: TaskAppraisal,
}

impl TaskLine {
    pub fn self_points(&self) -> Points {
        self.scores.self_points
    }

    pub fn appraised(&self) -> Points {
        self.scores.appraised_points()
    }

    pub fn final_points(&self) -> Points {
        self.scores.final_score()
    }

    /// Final minus self.
    pub fn difference(&self) -> Points {
        self.final_points() - self.self_points()
    }

    /// Whether the appraised or the final score differs from the self-score.
    pub fn differs(&self) -> bool {
        self.appraised() != self.self_points() || self.final_points() != self.self_points()
    }
}

/// A field (section) or the whole checklist compared.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldLine {
    /// The section's id; empty for the total.
    pub id: String,
    pub max: Points,
    pub self_points: Points,
    pub appraised: Points,
    pub final_points: Points,
    /// Criteria whose final score is below / above the self-score.
    pub lowered: usize,
    pub raised: usize,
}

impl FieldLine {
    pub fn difference(&self) -> Points {
        self.final_points - self.self_points
    }
}

/// An appraisal record compared, criterion by criterion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub tasks: Vec<TaskLine>,
    pub sections: Vec<FieldLine>,
    /// The whole checklist: `max` is the main part's; the points are the results (bonus
    /// and deductions included) out of `out_of`.
    pub total: FieldLine,
    pub out_of: Points,
    /// The grade reached (its index in the template's grades) by self, appraised, final.
    pub grades: [Option<usize>; 3],
}

impl Comparison {
    /// `None` for a record that is no appraisal.
    pub fn of(template: &Template, record: &Record) -> Option<Comparison> {
        let appraisal = record.appraisal.as_ref()?;
        let scores = |id: &str| appraisal.tasks.get(id).cloned().unwrap_or_default();
        let column = |pick: fn(&TaskAppraisal) -> Points| {
            Summary::with_points(template, record, |id, score| {
                appraisal.tasks.get(id).map_or(score.points, pick)
            })
        };
        let own = column(|t| t.self_points);
        let appraised = column(TaskAppraisal::appraised_points);
        let final_ = column(TaskAppraisal::final_score);
        let mut tasks = Vec::new();
        let mut sections = Vec::new();
        for (i, section) in template.sections.iter().enumerate() {
            let mut line = FieldLine {
                id: section.id.clone(),
                max: own.sections[i].tally.max,
                self_points: own.sections[i].tally.points,
                appraised: appraised.sections[i].tally.points,
                final_points: final_.sections[i].tally.points,
                ..FieldLine::default()
            };
            for task in section.answerable() {
                let task_line = TaskLine {
                    id: task.id.clone(),
                    section: section.id.clone(),
                    max: task.points,
                    applicable: record.answer(&task.id).status != Status::NotApplicable,
                    scores: scores(&task.id),
                };
                count(&mut line, &task_line);
                tasks.push(task_line);
            }
            sections.push(line);
        }
        let mut total = FieldLine {
            id: String::new(),
            max: own.total.max,
            self_points: own.result.points,
            appraised: appraised.result.points,
            final_points: final_.result.points,
            ..FieldLine::default()
        };
        for task in &tasks {
            count(&mut total, task);
        }
        Some(Comparison {
            tasks,
            sections,
            total,
            out_of: own.result.out_of,
            grades: [
                own.result.grade,
                appraised.result.grade,
                final_.result.grade,
            ],
        })
    }

    pub fn task(&self, id: &str) -> Option<&TaskLine> {
        self.tasks.iter().find(|t| t.id == id)
    }

    /// The criteria whose appraised or final score differs from the self-score.
    pub fn disputed(&self) -> impl Iterator<Item = &TaskLine> {
        self.tasks.iter().filter(|t| t.differs())
    }
}

fn count(line: &mut FieldLine, task: &TaskLine) {
    if !task.applicable {
        return;
    }
    if task.final_points() < task.self_points() {
        line.lowered += 1;
    } else if task.final_points() > task.self_points() {
        line.raised += 1;
    }
}
