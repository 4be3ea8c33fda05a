//! The rows of the checklist list: sections, criteria with components, and tasks,
//! after the filter and the search.

use super::app::{ChecklistState, DetailField, Filter};
use crate::record::Status;
use crate::template::{Kind, Task, Template};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row {
    Section {
        index: usize,
    },
    /// A criterion answered through its components (a heading, not selectable).
    Criterion {
        section: usize,
        task: usize,
    },
    Task {
        id: String,
        component: bool,
    },
}

impl Row {
    pub fn is_task(&self) -> bool {
        matches!(self, Row::Task { .. })
    }
}

impl ChecklistState {
    /// Recomputes the rows after a change of filter, search or answers, keeping the
    /// selected task selected when it is still shown.
    pub fn refresh_rows(&mut self) {
        let keep = self.selected_task().map(str::to_string);
        let template = self.inspection.template.clone();
        let record = &self.inspection.record;
        let query = self.search.to_lowercase();
        let shown = |task: &Task| {
            let answer = record.answer(&task.id);
            let by_filter = match self.filter {
                Filter::All => true,
                Filter::Open => answer.status == Status::NotAssessed,
                Filter::MissingEvidence => crate::outstanding::lacks_evidence(task, answer),
                Filter::Differs => record.differs_from_self(&task.id),
            };
            by_filter && (query.is_empty() || matches_query(task, &query))
        };
        self.rows = rows(&template, shown);
        self.selected = keep
            .as_ref()
            .and_then(|id| {
                self.rows
                    .iter()
                    .position(|r| matches!(r, Row::Task { id: i, .. } if i == id))
            })
            .or_else(|| self.rows.iter().position(Row::is_task))
            .unwrap_or(0);
        // The focused field stays while the same task is selected.
        if self.selected_task() != keep.as_deref() {
            self.detail = 0;
        }
    }

    /// Moves the selection by `steps` tasks (negative: up), skipping headings.
    pub fn move_selection(&mut self, steps: isize) {
        let tasks: Vec<usize> = (0..self.rows.len())
            .filter(|&i| self.rows[i].is_task())
            .collect();
        if tasks.is_empty() {
            return;
        }
        let here = tasks.iter().position(|&i| i >= self.selected).unwrap_or(0) as isize;
        let there = (here + steps).clamp(0, tasks.len() as isize - 1) as usize;
        self.selected = tasks[there];
        self.detail = 0;
    }

    /// Keeps the selected row within the `height` rows shown.
    pub fn scroll_into_view(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.offset {
            // Show the section heading above the first task too.
            self.offset = self.selected.saturating_sub(usize::from(
                self.selected > 0 && !self.rows[self.selected - 1].is_task(),
            ));
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(self.rows.len().saturating_sub(1));
    }

    /// The editable fields of the selected task, in the order the details pane shows them.
    pub fn detail_fields(&self) -> Vec<DetailField> {
        let Some(task) = self
            .selected_task()
            .and_then(|id| self.inspection.template.task(id))
        else {
            return Vec::new();
        };
        let mut fields = vec![DetailField::Status];
        match task.kind {
            Kind::Check => {}
            Kind::Rate { .. } => fields.extend([DetailField::Numerator, DetailField::Denominator]),
            Kind::Count { .. } | Kind::Deduction { .. } => fields.push(DetailField::Count),
            Kind::Survey { .. } => fields.push(DetailField::Survey),
        }
        fields.extend([
            DetailField::Points,
            DetailField::Notes,
            DetailField::Evidence,
        ]);
        fields
    }
}

fn matches_query(task: &Task, query: &str) -> bool {
    task.id.to_lowercase().contains(query)
        || task.title.vi.to_lowercase().contains(query)
        || task.title.en.to_lowercase().contains(query)
}

fn rows(template: &Template, shown: impl Fn(&Task) -> bool) -> Vec<Row> {
    let mut out = Vec::new();
    for (s, section) in template.sections.iter().enumerate() {
        let heading_at = out.len();
        for (t, task) in section.tasks.iter().enumerate() {
            if task.is_answerable() {
                if shown(task) {
                    out.push(Row::Task {
                        id: task.id.clone(),
                        component: false,
                    });
                }
                continue;
            }
            let criterion_at = out.len();
            for component in &task.components {
                if shown(component) {
                    out.push(Row::Task {
                        id: component.id.clone(),
                        component: true,
                    });
                }
            }
            if out.len() > criterion_at {
                out.insert(
                    criterion_at,
                    Row::Criterion {
                        section: s,
                        task: t,
                    },
                );
            }
        }
        if out.len() > heading_at {
            out.insert(heading_at, Row::Section { index: s });
        }
    }
    out
}
