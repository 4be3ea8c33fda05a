//! The scoring table of each field, in the order a Vietnamese report lays it out:
//! STT | criterion | maximum | self-score | evidence | explanation | appraised (an appraisal's
//! or explanation's document only) | note. Built once here as text; Markdown, HTML and the
//! PDF lay it out, and the xlsx writes the same columns first, typed.

use super::appraisal;
use super::model::{SummaryDocument, TaskRow, figures};
use crate::lang::Lang;
use crate::messages as msg;
use crate::numbers;
use crate::points::Points;
use crate::record::Mode;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// The criterion's number in the checklist (1.1, 2.3.a).
    No,
    Criterion,
    Max,
    /// The self-score, or the inspector's score in an inspection.
    Score,
    /// The evidence files.
    Evidence,
    /// How the score was reached: the status, the figures, why not applicable, why the score
    /// differs from the rule, and in an appraisal the reasons and the commune's explanation.
    Explanation,
    /// The appraised score (and the final one when an explanation changed it).
    Appraised,
    /// The evidence notes.
    Note,
}

impl Column {
    /// A number, right-aligned.
    pub fn numeric(self) -> bool {
        matches!(self, Column::Max | Column::Score | Column::Appraised)
    }

    /// How much of the spare width it takes when laid out (0: as narrow as its content).
    pub fn weight(self) -> u8 {
        match self {
            Column::Criterion => 4,
            Column::Evidence | Column::Explanation | Column::Note => 2,
            _ => 0,
        }
    }

    pub fn head(self, doc: &SummaryDocument, lang: Lang) -> &'static str {
        match self {
            Column::No => msg::export::no(lang),
            Column::Criterion => msg::export::task(lang),
            Column::Max => msg::export::max_points(lang),
            Column::Score => match doc.mode {
                Mode::Inspection => msg::export::inspection_score(lang),
                _ => msg::export::self_score(lang),
            },
            Column::Evidence => msg::export::evidence_documents(lang),
            Column::Explanation => msg::common::explanation(lang),
            Column::Appraised => msg::export::appraised_score(lang),
            Column::Note => msg::export::note(lang),
        }
    }

    /// The points of a task in a column of points (maximum, score, appraised), for a
    /// format that types them (the xlsx).
    pub fn points(self, t: &TaskRow) -> Option<Points> {
        match self {
            Column::Max => Some(t.max),
            Column::Score => Some(t.appraisal.as_ref().map_or(t.points, |a| a.self_points)),
            Column::Appraised => t.appraisal.as_ref().map(|a| a.appraised),
            _ => None,
        }
    }

    /// The document's total in a column of points.
    pub fn total(self, doc: &SummaryDocument) -> Option<Points> {
        let appraisal = doc.appraisal.as_ref().map(|a| &a.totals);
        match self {
            Column::Max => Some(doc.totals.max),
            Column::Score => Some(appraisal.map_or(doc.totals.points, |t| t.self_points)),
            Column::Appraised => appraisal.map(|t| t.appraised),
            _ => None,
        }
    }

    /// The cell of a task, as plain text (each format escapes it its own way).
    pub fn cell(self, t: &TaskRow, lang: Lang) -> String {
        match self {
            Column::No => t.id.clone(),
            Column::Criterion => t.title.get(lang).to_string(),
            Column::Max | Column::Score => self.points(t).unwrap_or_default().shown(lang),
            Column::Evidence => t
                .evidence
                .iter()
                .map(|e| e.path.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            Column::Explanation => explanation(t, lang),
            Column::Appraised => t.appraisal.as_ref().map_or_else(String::new, |a| {
                if a.final_points == a.appraised {
                    a.appraised.shown(lang)
                } else {
                    format!(
                        "{} → {}",
                        a.appraised.shown(lang),
                        a.final_points.shown(lang)
                    )
                }
            }),
            Column::Note => t.notes.clone(),
        }
    }
}

/// The columns of the document's scoring tables.
pub fn columns(doc: &SummaryDocument) -> Vec<Column> {
    let mut out = vec![
        Column::No,
        Column::Criterion,
        Column::Max,
        Column::Score,
        Column::Evidence,
        Column::Explanation,
    ];
    if doc.appraisal.is_some() {
        out.push(Column::Appraised);
    }
    out.push(Column::Note);
    out
}

/// The header of the document's scoring tables.
pub fn header(doc: &SummaryDocument, lang: Lang) -> Vec<&'static str> {
    columns(doc).iter().map(|c| c.head(doc, lang)).collect()
}

/// The rows of one field's table, each cell plain text in the columns' order.
pub fn rows<'a>(
    doc: &'a SummaryDocument,
    section: &'a str,
    lang: Lang,
) -> impl Iterator<Item = Vec<String>> + 'a {
    let columns = columns(doc);
    doc.tasks
        .iter()
        .filter(move |t| t.section == section)
        .map(move |t| columns.iter().map(|c| c.cell(t, lang)).collect())
}

/// The status, then each of the figures and reasons that apply, one per line.
pub fn explanation(t: &TaskRow, lang: Lang) -> String {
    let mut lines = vec![t.status.label(lang).to_string()];
    let figures = figures(t, lang);
    if !figures.is_empty() {
        lines.push(figures);
    }
    if !t.na_reason.is_empty() {
        lines.push(format!("{}: {}", msg::export::na_reason(lang), t.na_reason));
    }
    if let Some(reason) = t.override_reason.as_deref().filter(|r| !r.is_empty()) {
        lines.push(msg::export::score_set_by_hand(
            lang,
            numbers::points_of(t.rule_points, t.max, lang),
            reason,
        ));
    }
    if let Some(a) = &t.appraisal {
        let reasons = appraisal::reasons(a, lang);
        if !reasons.is_empty() {
            lines.push(reasons);
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::model::EvidenceFile;
    use crate::lang::Text;
    use crate::record::Status;

    fn task() -> TaskRow {
        TaskRow {
            id: "1.10".into(),
            section: "1".into(),
            title: Text::new("Ban hành kế hoạch", "Plan issued"),
            kind: "rate".into(),
            status: Status::Partly,
            na_reason: String::new(),
            points: Points::from_decimal(1.5).unwrap(),
            max: Points::from_decimal(2.0).unwrap(),
            rule_points: Points::from_decimal(1.0).unwrap(),
            override_reason: Some("văn bản muộn 2 ngày".into()),
            numerator: Some(9),
            denominator: Some(10),
            rate_percent: Some(90.0),
            count: None,
            target: None,
            survey: None,
            scale: None,
            notes: "Quyết định 12/QĐ-UBND".into(),
            evidence: vec![EvidenceFile {
                path: "minh-chung/qd-12.pdf".into(),
                sha256: None,
                unread: None,
            }],
            appraisal: None,
        }
    }

    #[test]
    fn each_column_shows_its_part_of_the_task_in_the_decree_order() {
        let t = task();
        let cells: Vec<String> = [
            Column::No,
            Column::Criterion,
            Column::Max,
            Column::Score,
            Column::Evidence,
            Column::Note,
        ]
        .iter()
        .map(|c| c.cell(&t, Lang::Vi))
        .collect();
        assert_eq!(
            cells,
            [
                "1.10",
                "Ban hành kế hoạch",
                "2",
                "1,5",
                "minh-chung/qd-12.pdf",
                "Quyết định 12/QĐ-UBND"
            ]
        );
        let explanation = Column::Explanation.cell(&t, Lang::En);
        let lines: Vec<&str> = explanation.lines().collect();
        assert_eq!(lines[0], Status::Partly.label(Lang::En));
        assert_eq!(lines[1], "9/10 (90.00%)");
        assert!(lines[2].contains("1/2") && lines[2].contains("văn bản muộn 2 ngày"));
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn a_task_with_nothing_to_explain_shows_its_status_only() {
        let mut t = task();
        t.override_reason = None;
        t.numerator = None;
        t.denominator = None;
        t.rate_percent = None;
        assert_eq!(explanation(&t, Lang::Vi), Status::Partly.label(Lang::Vi));
    }
}
