//! Writing what the sheets say as checklist TOML, in the bundled checklists' style, while
//! remembering which cell every value came from, so that what `validate` finds in the text is
//! told at its cell.

use super::cell::{self, Cell, CellRef};
use super::columns::{Column, Setting};
use super::problem::SheetProblem;
use super::read::{Criteria, Entry, Found, Settings};
use super::values::Cells;
use super::words;
use crate::points::Points;
use std::fmt::Write;
use std::ops::Range;

/// The text and where each part of it came from.
#[derive(Default)]
pub struct Toml {
    pub text: String,
    /// A value → its cell.
    values: Vec<(Range<usize>, CellRef)>,
    /// A table (`[[section]]`, `[[section.task]]`) → its row's id cell and its row.
    tables: Vec<(Range<usize>, CellRef)>,
}

impl Toml {
    /// The cell a byte offset of the text came from: the innermost value, else the table's row.
    pub fn cell_at(&self, offset: usize) -> Option<(&CellRef, bool)> {
        innermost(&self.values, offset)
            .map(|c| (c, true))
            .or_else(|| innermost(&self.tables, offset).map(|c| (c, false)))
    }

    fn key(&mut self, key: &str, value: &str, at: &CellRef) {
        let _ = write!(self.text, "{key} = ");
        let start = self.text.len();
        self.text.push_str(value);
        self.values.push((start..self.text.len(), at.clone()));
        self.text.push('\n');
    }

    /// A text key written only when one of the two languages is given.
    fn text_key(&mut self, key: &str, vi: (&Cell, CellRef), en: (&Cell, CellRef), always: bool) {
        let (vi_text, en_text) = (vi.0.text(), en.0.text());
        if !always && vi_text.is_empty() && en_text.is_empty() {
            return;
        }
        let at = if vi_text.is_empty() && !en_text.is_empty() {
            en.1
        } else {
            vi.1
        };
        self.key(key, &text_table(&vi_text, &en_text), &at);
    }

    fn table(&mut self, header: &str) {
        let _ = write!(self.text, "\n{header}\n");
    }

    fn close_table(&mut self, start: usize, at: &CellRef) {
        self.tables.push((start..self.text.len(), at.clone()));
    }
}

fn innermost(list: &[(Range<usize>, CellRef)], offset: usize) -> Option<&CellRef> {
    list.iter()
        .filter(|(r, _)| r.start <= offset && offset < r.end.max(r.start + 1))
        .min_by_key(|(r, _)| r.end - r.start)
        .map(|(_, c)| c)
}

/// `{ vi = "…", en = "…" }`, leaving out a blank language.
fn text_table(vi: &str, en: &str) -> String {
    let parts: Vec<String> = [("vi", vi), ("en", en)]
        .iter()
        .filter(|(_, t)| !t.is_empty())
        .map(|(k, t)| format!("{k} = {}", quoted(t)))
        .collect();
    if parts.is_empty() {
        "{}".to_string()
    } else {
        format!("{{ {} }}", parts.join(", "))
    }
}

/// A TOML basic string: one line, with quotes, backslashes and control characters escaped.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

const KINDS: [&str; 10] = [
    "kiểm tra",
    "tỷ lệ",
    "số lượng",
    "điều tra",
    "điểm trừ",
    "check",
    "rate",
    "count",
    "survey",
    "deduction",
];
const PARTS: [&str; 4] = ["điểm thưởng", "điểm trừ", "bonus", "deduction"];
const METHODS: [&str; 4] = ["khung điểm", "tỷ lệ thuận", "bands", "proportional"];
const LEVELS: [&str; 6] = ["xã", "huyện", "sở", "commune", "district", "department"];
const YES_NO: [&str; 4] = ["có", "không", "yes", "no"];

/// Writes the header from the settings sheet. A setting the format needs that is missing
/// or unreadable is told, and a stand-in is written in its place (at the cell told about, so
/// that nothing `validate` says of the stand-in is told again).
pub fn header(settings: &Settings, toml: &mut Toml, found: &mut Found) {
    let mut cells = Cells { found };
    toml.text.push_str(concat!(
        "# Nhập từ bảng tính bằng `kiemtra template import`: sửa bảng tính rồi nhập lại.\n",
        "# Imported from a spreadsheet with `kiemtra template import`: edit the spreadsheet and import it again.\n",
        "schema = 1\n",
    ));
    let given = |setting| settings.value(setting).filter(|(c, _)| !c.is_blank());
    let stand_in = |setting, toml: &mut Toml, cells: &mut Cells, key: &str, value: &str| {
        let at = settings.header.clone();
        cells
            .found
            .report(at.clone(), SheetProblem::MissingSetting { setting });
        toml.key(key, value, &at);
    };
    for (setting, key) in [(Setting::Id, "id"), (Setting::Version, "version")] {
        match given(setting) {
            Some((cell, at)) => toml.key(key, &quoted(&cell.text()), &at),
            None => stand_in(setting, toml, &mut cells, key, "\"0\""),
        }
    }
    match given(Setting::Level) {
        Some((cell, at)) => {
            let level = cells.word(cell, &at, words::level_word, &LEVELS);
            toml.key("level", &quoted(level.unwrap_or("commune")), &at);
        }
        None => stand_in(Setting::Level, toml, &mut cells, "level", "\"commune\""),
    }
    let title_given = given(Setting::Title).is_some()
        || settings
            .english(Setting::Title)
            .is_some_and(|(c, _)| !c.is_blank());
    if !title_given {
        stand_in(Setting::Title, toml, &mut cells, "title", "{ vi = \"—\" }");
    }
    if let Some((cell, at)) = settings.value(Setting::Tiers)
        && let Some(tiers) = cells.whole(cell, &at)
    {
        toml.key("tiers", &tiers.to_string(), &at);
    }
    if let Some((cell, at)) = settings.value(Setting::From)
        && !cell.is_blank()
    {
        toml.key("from", &quoted(&cell.text()), &at);
    }
    for (setting, key) in [
        (Setting::Step, "step"),
        (Setting::Total, "total_points"),
        (Setting::BonusCap, "bonus_cap"),
    ] {
        if let Some((cell, at)) = settings.value(setting)
            && let Some(points) = cells.points(cell, &at)
        {
            toml.key(key, &points.to_string(), &at);
        }
    }
    for (setting, key) in [
        (Setting::Title, "title"),
        (Setting::Description, "description"),
    ] {
        if let (Some(vi), Some(en)) = (settings.value(setting), settings.english(setting)) {
            toml.text_key(key, vi, en, false);
        }
    }
    if let (Some((vi, vi_at)), Some((en, en_at))) = (
        settings.value(Setting::Grades),
        settings.english(Setting::Grades),
    ) {
        let vi_grades = cells.entries(vi, &vi_at, true).unwrap_or_default();
        let en_grades = cells.entries(en, &en_at, true).unwrap_or_default();
        let differ = !en_grades.is_empty()
            && (vi_grades.len() != en_grades.len()
                || vi_grades.iter().zip(&en_grades).any(|(v, e)| v.0 != e.0));
        if differ {
            cells
                .found
                .report(en_at.clone(), SheetProblem::GradesDiffer);
        }
        let grades = if vi_grades.is_empty() {
            &en_grades
        } else {
            &vi_grades
        };
        for (i, (min, label)) in grades.iter().enumerate() {
            let en_label = en_grades.get(i).map_or("", |g| g.1.as_str());
            let vi_label = if vi_grades.is_empty() { "" } else { label };
            toml.text.push_str("\n[[grade]]\n");
            toml.key("min", &min.to_string(), &vi_at);
            toml.key("label", &text_table(vi_label, en_label), &vi_at);
        }
    }
}

pub fn sections(criteria: &Criteria, toml: &mut Toml, found: &mut Found) {
    let mut cells = Cells { found };
    for section in &criteria.sections {
        let row = section.entry.row;
        let start = toml.text.len();
        let id_at = criteria.at(row, Column::Id);
        toml.text.push_str(&sum_comment(criteria, section));
        toml.table("[[section]]");
        toml.key("id", &quoted(&section.entry.id), &id_at);
        let title = |c| (criteria.cell(row, c), criteria.at(row, c));
        toml.text_key(
            "title",
            title(Column::TitleVi),
            title(Column::TitleEn),
            true,
        );
        let part_at = criteria.at(row, Column::Part);
        let part = cells.word(
            criteria.cell(row, Column::Part),
            &part_at,
            words::part_word,
            &PARTS,
        );
        if let Some(part) = part.filter(|p| *p != "main") {
            toml.key("part", &quoted(part), &part_at);
        }
        let points_at = criteria.at(row, Column::Points);
        if let Some(declared) = cells.points(criteria.cell(row, Column::Points), &points_at) {
            let sum: Option<Points> = section
                .tasks
                .iter()
                .map(|t| cell::points(criteria.cell(t.entry.row, Column::Points))?.ok())
                .sum();
            if let Some(sum) = sum.filter(|sum| *sum != declared) {
                cells
                    .found
                    .report(points_at, SheetProblem::SectionSum { declared, sum });
            }
        }
        for task in &section.tasks {
            let task_start = toml.text.len();
            write_task(criteria, &task.entry, "[[section.task]]", toml, &mut cells);
            for component in &task.components {
                let at = criteria.at(component.row, Column::Id);
                let component_start = toml.text.len();
                write_task(
                    criteria,
                    component,
                    "[[section.task.component]]",
                    toml,
                    &mut cells,
                );
                toml.close_table(component_start, &at);
            }
            toml.close_table(task_start, &criteria.at(task.entry.row, Column::Id));
        }
        toml.close_table(start, &id_at);
    }
}

/// `# 1. Công khai — 1.1 (2) + 1.2 (4) = 6` on a line before the field's table, the sum as the bundled checklists write it;
/// without the sum when a maximum cannot be read.
fn sum_comment(criteria: &Criteria, section: &super::read::SectionNode) -> String {
    let row = section.entry.row;
    let title = {
        let vi = criteria.cell(row, Column::TitleVi).text();
        if vi.is_empty() {
            criteria.cell(row, Column::TitleEn).text()
        } else {
            vi
        }
    };
    let mut comment = format!("\n# {}. {title}", section.entry.id);
    let maxima: Option<Vec<(String, Points)>> = section
        .tasks
        .iter()
        .map(|t| {
            let points = cell::points(criteria.cell(t.entry.row, Column::Points))?.ok()?;
            Some((format!("{} ({points})", t.entry.id), points))
        })
        .collect();
    if let Some(maxima) = maxima.filter(|m| !m.is_empty()) {
        let sum: Points = maxima.iter().map(|(_, p)| *p).sum();
        let terms: Vec<String> = maxima.into_iter().map(|(t, _)| t).collect();
        let _ = write!(comment, " — {} = {sum}", terms.join(" + "));
    }
    // A comment is one line of printable text.
    let comment: String = comment
        .chars()
        .enumerate()
        .map(|(i, c)| if i > 0 && c.is_control() { ' ' } else { c })
        .collect();
    comment
}

fn write_task(
    criteria: &Criteria,
    entry: &Entry,
    header: &str,
    toml: &mut Toml,
    cells: &mut Cells,
) {
    let row = entry.row;
    let at = |c| criteria.at(row, c);
    let cell = |c| criteria.cell(row, c);
    let both = |vi, en| ((cell(vi), at(vi)), (cell(en), at(en)));
    toml.table(header);
    toml.key("id", &quoted(&entry.id), &at(Column::Id));
    let (vi, en) = both(Column::TitleVi, Column::TitleEn);
    toml.text_key("title", vi, en, true);
    let (vi, en) = both(Column::GuidanceVi, Column::GuidanceEn);
    toml.text_key("guidance", vi, en, false);
    if let Some(kind) = cells.word(
        cell(Column::Kind),
        &at(Column::Kind),
        words::kind_word,
        &KINDS,
    ) {
        toml.key("kind", &quoted(kind), &at(Column::Kind));
    }
    if let Some(method) = cells.word(
        cell(Column::Method),
        &at(Column::Method),
        words::method_word,
        &METHODS,
    ) {
        toml.key("method", &quoted(method), &at(Column::Method));
    }
    // A required key keeps its place even when its cell cannot be read; the row's problem is
    // told already, and what `validate` would add about the stand-in is not.
    let points = cells.points(cell(Column::Points), &at(Column::Points));
    if points.is_none() {
        cells.found.points_unread = true;
        if cell(Column::Points).is_blank() && criteria.columns.contains_key(&Column::Points) {
            cells
                .found
                .report(at(Column::Points), SheetProblem::NoPoints);
        }
    }
    let points = points.unwrap_or_default();
    toml.key("points", &points.to_string(), &at(Column::Points));
    let (vi, en) = both(Column::NumeratorVi, Column::NumeratorEn);
    toml.text_key("numerator", vi, en, false);
    let (vi, en) = both(Column::DenominatorVi, Column::DenominatorEn);
    toml.text_key("denominator", vi, en, false);
    if !cell(Column::Bands).is_blank()
        && let Some(bands) = cells.entries(cell(Column::Bands), &at(Column::Bands), false)
    {
        let mut list = Vec::new();
        for (min, points) in bands {
            match cell::points_text(&points) {
                Ok(p) => list.push(format!("{{ min = {min}, points = {p} }}")),
                Err(problem) => {
                    let text = points;
                    cells
                        .found
                        .report(at(Column::Bands), SheetProblem::Number { text, problem });
                }
            }
        }
        toml.key(
            "bands",
            &format!("[ {} ]", list.join(", ")),
            &at(Column::Bands),
        );
    }
    if let Some(target) = cells.whole(cell(Column::Target), &at(Column::Target)) {
        toml.key("target", &target.to_string(), &at(Column::Target));
    }
    let (vi, en) = both(Column::CountedVi, Column::CountedEn);
    toml.text_key("counted", vi, en, false);
    for (column, key) in [(Column::Per, "per"), (Column::Scale, "scale")] {
        if let Some(points) = cells.points(cell(column), &at(column)) {
            toml.key(key, &points.to_string(), &at(column));
        }
    }
    let required_cell = cell(Column::EvidenceRequired);
    let required = match required_cell {
        Cell::Bool(b) => *b,
        other => cells
            .word(
                other,
                &at(Column::EvidenceRequired),
                |t| words::yes_no(t).map(|b| if b { "true" } else { "false" }),
                &YES_NO,
            )
            .is_some_and(|w| w == "true"),
    };
    let (hint_vi, hint_en) = (
        cell(Column::EvidenceVi).text(),
        cell(Column::EvidenceEn).text(),
    );
    if required || !hint_vi.is_empty() || !hint_en.is_empty() {
        let mut value = format!("{{ required = {required}");
        if !hint_vi.is_empty() || !hint_en.is_empty() {
            let _ = write!(value, ", hint = {}", text_table(&hint_vi, &hint_en));
        }
        value.push_str(" }");
        let at = if required || hint_vi.is_empty() && hint_en.is_empty() {
            at(Column::EvidenceRequired)
        } else {
            at(Column::EvidenceVi)
        };
        toml.key("evidence", &value, &at);
    }
}
