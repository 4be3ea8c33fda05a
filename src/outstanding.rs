//! What is still open in a record: listed and confirmed before it is finalized, and shown as
//! a warning when a draft is exported.

use crate::lang::Lang;
use crate::messages as msg;
use crate::record::{Answer, Record, Status};
use crate::template::{Part, Task, Template};

/// How many task ids a line names before it says how many more there are.
const NAMED: usize = 12;

/// The tasks a finalized record should not leave as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outstanding {
    /// Of how many answerable tasks of the main part (bonus and deductions are claims the
    /// unit may leave unmade), as the summary counts them.
    pub tasks: usize,
    pub not_assessed: Vec<String>,
    /// Done or partly done, the template asks for evidence, and there is neither a note nor a
    /// file.
    pub without_evidence: Vec<String>,
    /// Points given by hand instead of the rule's.
    pub overridden: Vec<String>,
}

/// Whether an answer lacks the evidence its task asks for: done or partly done, with no
/// evidence note and no file.
pub fn lacks_evidence(task: &Task, answer: &Answer) -> bool {
    task.evidence.required
        && matches!(answer.status, Status::Done | Status::Partly)
        && answer.notes.trim().is_empty()
        && answer.evidence.is_empty()
}

impl Outstanding {
    pub fn of(template: &Template, record: &Record) -> Outstanding {
        let mut outstanding = Outstanding::default();
        // An appraisal's or explanation's answers are the commune's, as it signed them: what
        // it left open is not the appraiser's to finish, and its own rules are kept per change.
        if record.appraisal.is_some() {
            return outstanding;
        }
        for section in &template.sections {
            let main = section.part == Part::Main;
            for task in section.answerable() {
                let answer = record.answer(&task.id);
                if main {
                    outstanding.tasks += 1;
                    if answer.status == Status::NotAssessed {
                        outstanding.not_assessed.push(task.id.clone());
                    }
                }
                outstanding.check(task, answer);
            }
        }
        outstanding
    }

    /// What any answered task may still lack, bonus and deductions included.
    fn check(&mut self, task: &Task, answer: &Answer) {
        if lacks_evidence(task, answer) {
            self.without_evidence.push(task.id.clone());
        }
        if answer.points.is_some() {
            self.overridden.push(task.id.clone());
        }
    }

    pub fn is_empty(&self) -> bool {
        self.not_assessed.is_empty()
            && self.without_evidence.is_empty()
            && self.overridden.is_empty()
    }

    /// The counts alone, on one line: "52/53 tiêu chí chưa đánh giá · 1 chưa có minh chứng".
    pub fn counts(&self, lang: Lang) -> String {
        let mut parts = Vec::new();
        let total = self.tasks;
        let n = self.not_assessed.len();
        if n > 0 {
            parts.push(msg::record::n_of_total_tasks_not_assessed(lang, n, total));
        }
        let n = self.without_evidence.len();
        if n > 0 {
            parts.push(msg::record::n_without_evidence(lang, n));
        }
        let n = self.overridden.len();
        if n > 0 {
            parts.push(msg::record::n_points_by_hand(lang, n));
        }
        parts.join(" · ")
    }

    /// One line per kind of open point, each naming its tasks.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let total = self.tasks;
        let mut lines = Vec::new();
        if !self.not_assessed.is_empty() {
            let n = self.not_assessed.len();
            lines.push(format!(
                "{}: {}",
                msg::record::n_of_total_tasks_not_assessed(lang, n, total),
                named(&self.not_assessed, lang)
            ));
        }
        if !self.without_evidence.is_empty() {
            let n = self.without_evidence.len();
            lines.push(format!(
                "{}: {}",
                msg::record::n_assessed_without_the_evidence_asked(lang, n),
                named(&self.without_evidence, lang)
            ));
        }
        if !self.overridden.is_empty() {
            let n = self.overridden.len();
            lines.push(format!(
                "{}: {}",
                msg::record::n_with_points_given_by_hand(lang, n),
                named(&self.overridden, lang)
            ));
        }
        lines
    }
}

/// The first ids, then how many more.
fn named(ids: &[String], lang: Lang) -> String {
    let mut text = ids
        .iter()
        .take(NAMED)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() > NAMED {
        let more = ids.len() - NAMED;
        text.push_str(&msg::record::and_more(lang, more));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::Catalog;

    fn commune_par() -> std::sync::Arc<Template> {
        Catalog::bundled()
            .find("commune-par", Some("2024.2"))
            .first()
            .expect("bundled")
            .template
            .clone()
    }

    #[test]
    fn a_new_record_is_all_open_and_a_done_task_without_evidence_is_named() {
        let template = commune_par();
        let header = crate::record::Header::new(
            "Thanh Hóa".into(),
            "Hoằng Hóa".into(),
            "Xã Hoằng Đạt".into(),
            crate::period::Period::parse("2024").expect("a period"),
            crate::record::Mode::SelfCheck,
            vec!["Lê Thị Hoa".into()],
        );
        let mut record = Record::new(&template, header, chrono::Utc::now());
        let fresh = Outstanding::of(&template, &record);
        assert_eq!(fresh.not_assessed.len(), fresh.tasks);
        assert!(fresh.without_evidence.is_empty() && fresh.overridden.is_empty());

        let task = template
            .answerable()
            .find(|t| t.evidence.required)
            .expect("a task asking for evidence");
        record.answers.insert(
            task.id.clone(),
            Answer {
                status: Status::Done,
                ..Answer::default()
            },
        );
        let after = Outstanding::of(&template, &record);
        assert_eq!(after.not_assessed.len(), fresh.tasks - 1);
        assert_eq!(after.without_evidence, vec![task.id.clone()]);
        let lines = after.lines(Lang::En);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with(&format!(
            "{} of {} tasks not assessed: ",
            fresh.tasks - 1,
            fresh.tasks
        )));
        assert!(lines[0].ends_with(&format!("and {} more", fresh.tasks - 1 - NAMED)));
        assert_eq!(
            lines[1],
            format!("1 assessed without the evidence asked for: {}", task.id)
        );
    }
}
