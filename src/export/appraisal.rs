//! What an appraisal's or explanation's summary adds, in every format: what it is pinned to,
//! and max | self | appraised | final | Δ | reason per field and per criterion. Built once
//! here as rows of text; Markdown, HTML and CSV only lay them out.

use super::model::SummaryDocument;
use crate::appraisal::DocumentAppraisal;
use crate::lang::Lang;
use crate::points::Points;
use crate::record::Stage;

/// The signed comment of an appraisal (final total and grade, the self-assessment it is
/// pinned to) or of an explanation (the appraisal it answers).
pub fn comment(doc: &SummaryDocument, a: &DocumentAppraisal) -> String {
    let t = &a.totals;
    let short = |hash: &str| hash.chars().take(7 + 16).collect::<String>();
    let out_of = t.out_of.unwrap_or(t.max);
    let grade = t.grade_final.as_ref().map_or_else(String::new, |g| {
        format!(" grade=\"{}\"", g.get(Lang::Vi).replace('"', "'"))
    });
    let pinned = match a.stage {
        Stage::Appraisal => format!("self-assessment={}", short(&a.self_assessment)),
        Stage::Explanation => format!("appraisal={}", short(&a.appraisal)),
    };
    crate::signing::one_line(&format!(
        "kiemtra {} unit=\"{}\" period={} template={}@{} self={}/{out_of} appraised={}/{out_of} final={}/{out_of}{grade} lowered={} raised={} {pinned} time={} key={} status={}",
        a.stage.name(),
        doc.unit.name.replace('"', "'"),
        doc.period,
        doc.template.id,
        doc.template.version,
        t.self_points,
        t.appraised,
        t.final_points,
        t.lowered,
        t.raised,
        doc.generated,
        doc.signer.key_id,
        if doc.is_final() { "final" } else { "draft" },
    ))
}

/// `+1`, `-0,5`, `0`.
pub fn delta(points: Points, lang: Lang) -> String {
    if points > Points::ZERO {
        format!("+{}", points.shown(lang))
    } else {
        points.shown(lang)
    }
}

/// A table of the comparison: its title, header and rows of plain text.
pub struct Table {
    pub title: &'static str,
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

pub fn heading(lang: Lang) -> &'static str {
    lang.pick(
        "So sánh tự chấm – thẩm định – chốt",
        "Self-score, appraised and final compared",
    )
}

/// What the document is pinned to, and the grades, as label and value.
pub fn pins(a: &DocumentAppraisal, lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = vec![
        (
            lang.pick("Bản tự đánh giá (SHA-256)", "Self-assessment (SHA-256)"),
            a.self_assessment.clone(),
        ),
        (
            lang.pick("Khóa ký bản tự đánh giá", "Self-assessment signed by key"),
            a.self_assessment_signer.key_id.clone(),
        ),
    ];
    if !a.appraisal.is_empty() {
        out.push((
            lang.pick(
                "Giải trình cho bản thẩm định (SHA-256)",
                "Explains the appraisal (SHA-256)",
            ),
            a.appraisal.clone(),
        ));
    }
    if !a.explanation.is_empty() {
        out.push((
            lang.pick(
                "Bản giải trình đã nhận (SHA-256)",
                "Explanation taken in (SHA-256)",
            ),
            a.explanation.clone(),
        ));
    }
    let t = &a.totals;
    let out_of = t.out_of.unwrap_or(t.max);
    let total = |p: Points| format!("{}/{}", p.shown(lang), out_of.shown(lang));
    out.push((
        lang.pick("Điểm tự chấm", "Self-score"),
        total(t.self_points),
    ));
    out.push((
        lang.pick("Điểm thẩm định", "Appraised score"),
        total(t.appraised),
    ));
    out.push((lang.pick("Điểm chốt", "Final score"), total(t.final_points)));
    let grade = |g: &Option<crate::lang::Text>| g.as_ref().map(|g| g.get(lang).to_string());
    if let (Some(own), Some(appraised), Some(final_)) = (
        grade(&t.grade_self),
        grade(&t.grade_appraised),
        grade(&t.grade_final),
    ) {
        out.push((
            lang.pick(
                "Xếp loại (tự chấm · thẩm định · chốt)",
                "Grade (self · appraised · final)",
            ),
            format!("{own} · {appraised} · {final_}"),
        ));
    }
    out
}

/// Per field and in total, then per criterion.
pub fn tables(doc: &SummaryDocument, a: &DocumentAppraisal, lang: Lang) -> [Table; 2] {
    let scores = [
        lang.pick("Tối đa", "Max"),
        lang.pick("Tự chấm", "Self"),
        lang.pick("Thẩm định", "Appraised"),
        lang.pick("Chốt", "Final"),
        "Δ",
    ];
    let mut fields = Table {
        title: lang.pick("Theo lĩnh vực", "By field"),
        header: vec![lang.pick("Lĩnh vực", "Field")],
        rows: Vec::new(),
    };
    fields.header.extend(scores);
    fields
        .header
        .extend([lang.pick("Hạ", "Lowered"), lang.pick("Nâng", "Raised")]);
    let field_row = |name: String, f: &crate::appraisal::FieldRow| {
        vec![
            name,
            f.max.shown(lang),
            f.self_points.shown(lang),
            f.appraised.shown(lang),
            f.final_points.shown(lang),
            delta(f.difference, lang),
            f.lowered.to_string(),
            f.raised.to_string(),
        ]
    };
    for (f, s) in a.sections.iter().zip(&doc.sections) {
        fields
            .rows
            .push(field_row(format!("{}. {}", s.id, s.title.get(lang)), f));
    }
    fields
        .rows
        .push(field_row(lang.pick("Tổng", "Total").to_string(), &a.totals));
    let mut tasks = Table {
        title: lang.pick("Theo tiêu chí", "By criterion"),
        header: vec![lang.pick("Mã", "Id")],
        rows: Vec::new(),
    };
    tasks.header.extend(scores);
    tasks
        .header
        .push(lang.pick("Lý do, giải trình", "Reasons and explanation"));
    for t in &doc.tasks {
        let Some(s) = &t.appraisal else { continue };
        tasks.rows.push(vec![
            t.id.clone(),
            t.max.shown(lang),
            s.self_points.shown(lang),
            s.appraised.shown(lang),
            s.final_points.shown(lang),
            delta(s.difference, lang),
            reasons(s, lang),
        ]);
    }
    [fields, tasks]
}

/// The reasons and the explanation of a criterion, one per line, each labelled.
pub fn reasons(s: &crate::appraisal::TaskRowAppraisal, lang: Lang) -> String {
    [
        (
            lang.pick("Lý do thẩm định", "Appraisal reason"),
            &s.appraised_reason,
        ),
        (lang.pick("Giải trình", "Explanation"), &s.explanation),
        (lang.pick("Lý do chốt", "Final reason"), &s.final_reason),
    ]
    .iter()
    .filter(|(_, text)| !text.is_empty())
    .map(|(label, text)| format!("{label}: {text}"))
    .collect::<Vec<_>>()
    .join("\n")
}

/// The CSV's extra columns for an appraisal, and their cells for a task.
pub fn csv_header(lang: Lang) -> [&'static str; 7] {
    [
        lang.pick("Tự chấm", "Self-score"),
        lang.pick("Thẩm định", "Appraised"),
        lang.pick("Lý do thẩm định", "Appraisal reason"),
        lang.pick("Giải trình", "Explanation"),
        lang.pick("Chốt", "Final"),
        lang.pick("Lý do chốt", "Final reason"),
        lang.pick("Chênh lệch", "Difference"),
    ]
}

/// The CSV cells of a task's comparison (empty when it has none).
pub fn csv_cells(t: &super::model::TaskRow) -> [String; 7] {
    match &t.appraisal {
        Some(s) => [
            s.self_points.to_string(),
            s.appraised.to_string(),
            s.appraised_reason.clone(),
            s.explanation.clone(),
            s.final_points.to_string(),
            s.final_reason.clone(),
            s.difference.to_string(),
        ],
        None => Default::default(),
    }
}
