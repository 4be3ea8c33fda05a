//! A checklist laid out as the two sheets, so that a bundled edition can be copied,
//! adjusted in a spreadsheet and imported again: importing what this writes gives the same
//! checklist.

use super::cell::{Cell, Sheet, Workbook};
use super::columns::{Column, Setting, SettingsColumn, SheetKind};
use super::words;
use crate::lang::{Lang, Text};
use crate::messages as msg;
use crate::points::Points;
use crate::template::{Kind, Part, Task, Template};

/// The workbook of `template`, with sheet names, headers and words in `lang`.
pub fn export(template: &Template, lang: Lang) -> Workbook {
    Workbook {
        sheets: vec![criteria(template, lang), settings(template, lang)],
    }
}

fn text(text: &str) -> Cell {
    if text.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(text.to_string())
    }
}

fn points(points: Points) -> Cell {
    Cell::Number(points.as_f64())
}

fn shown(points: Points, lang: Lang) -> String {
    points.shown(lang)
}

fn settings(template: &Template, lang: Lang) -> Sheet {
    let mut sheet = Sheet::new(SheetKind::Settings.name(lang));
    for (column, part) in SettingsColumn::ALL.into_iter().enumerate() {
        sheet.set(0, column, text(part.header(lang)));
    }
    let mut row = 1;
    let mut put = |setting: Setting, value: Cell, english: Cell| {
        sheet.set(row, 0, text(setting.label(lang)));
        sheet.set(row, 1, value);
        sheet.set(row, 2, english);
        row += 1;
    };
    let none = || Cell::Empty;
    put(Setting::Id, text(&template.id), none());
    put(Setting::Version, text(&template.version), none());
    let level = match template.level {
        crate::template::Level::Commune => msg::common::commune(lang),
        crate::template::Level::District => msg::template::district_2(lang),
        crate::template::Level::Department => msg::template::department_2(lang),
    };
    put(Setting::Level, text(level), none());
    put(
        Setting::Title,
        text(&template.title.vi),
        text(&template.title.en),
    );
    if !template.description.is_blank() {
        put(
            Setting::Description,
            text(&template.description.vi),
            text(&template.description.en),
        );
    }
    put(
        Setting::Tiers,
        Cell::Number(f64::from(template.tiers)),
        none(),
    );
    if let Some(from) = template.from {
        put(Setting::From, text(&from.to_string()), none());
    }
    if template.step != Points::from_hundredths(1) {
        put(Setting::Step, points(template.step), none());
    }
    if let Some(total) = template.declared_total {
        put(Setting::Total, points(total), none());
    }
    if let Some(cap) = template.bonus_cap {
        put(Setting::BonusCap, points(cap), none());
    }
    if !template.grades.is_empty() {
        let list = |pick: fn(&Text) -> &str| {
            template
                .grades
                .iter()
                .map(|g| {
                    let min = Points::from_hundredths(g.min.hundredths());
                    format!("{}: {}", shown(min, lang), pick(&g.label))
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        let has_en = template.grades.iter().any(|g| !g.label.en.is_empty());
        let has_vi = template.grades.iter().any(|g| !g.label.vi.is_empty());
        let vi = if has_vi {
            list(|t| &t.vi)
        } else {
            String::new()
        };
        let en = if has_en {
            list(|t| &t.en)
        } else {
            String::new()
        };
        put(Setting::Grades, text(&vi), text(&en));
    }
    sheet
}

fn criteria(template: &Template, lang: Lang) -> Sheet {
    let mut sheet = Sheet::new(SheetKind::Criteria.name(lang));
    for (index, column) in Column::ALL.into_iter().enumerate() {
        sheet.set(0, index, text(column.header(lang)));
    }
    let mut row = 1;
    for section in &template.sections {
        let mut put = |column: Column, cell: Cell| {
            let index = Column::ALL.iter().position(|c| *c == column).unwrap_or(0);
            sheet.set(row, index, cell);
        };
        put(Column::Id, text(&section.id));
        put(Column::TitleVi, text(&section.title.vi));
        put(Column::TitleEn, text(&section.title.en));
        let sum: Points = section.tasks.iter().map(|t| t.points).sum();
        put(Column::Points, points(sum));
        let part = match section.part {
            Part::Main => "",
            Part::Bonus => words::part_label("bonus", lang),
            Part::Deduction => words::part_label("deduction", lang),
        };
        put(Column::Part, text(part));
        row += 1;
        for task in &section.tasks {
            task_row(&mut sheet, row, task, &section.id, lang);
            row += 1;
            for component in &task.components {
                task_row(&mut sheet, row, component, &task.id, lang);
                row += 1;
            }
        }
    }
    sheet
}

fn task_row(sheet: &mut Sheet, row: usize, task: &Task, parent: &str, lang: Lang) {
    let mut put = |column: Column, cell: Cell| {
        let index = Column::ALL.iter().position(|c| *c == column).unwrap_or(0);
        sheet.set(row, index, cell);
    };
    put(Column::Id, text(&task.id));
    let implied = task.id.rsplit_once('.').map(|(p, _)| p);
    if implied != Some(parent) {
        put(Column::Parent, text(parent));
    }
    put(Column::TitleVi, text(&task.title.vi));
    put(Column::TitleEn, text(&task.title.en));
    put(Column::Points, points(task.points));
    put(Column::GuidanceVi, text(&task.guidance.vi));
    put(Column::GuidanceEn, text(&task.guidance.en));
    if task.evidence.required {
        put(Column::EvidenceRequired, text(msg::template::yes(lang)));
    }
    put(Column::EvidenceVi, text(&task.evidence.hint.vi));
    put(Column::EvidenceEn, text(&task.evidence.hint.en));
    if !task.is_answerable() {
        return;
    }
    put(
        Column::Kind,
        text(words::kind_label(task.kind.name(), lang)),
    );
    match &task.kind {
        Kind::Check => {}
        Kind::Rate {
            numerator,
            denominator,
            bands,
            proportional,
        } => {
            put(
                Column::Method,
                text(words::method_label(*proportional, lang)),
            );
            put(Column::NumeratorVi, text(&numerator.vi));
            put(Column::NumeratorEn, text(&numerator.en));
            put(Column::DenominatorVi, text(&denominator.vi));
            put(Column::DenominatorEn, text(&denominator.en));
            let list: Vec<String> = bands
                .iter()
                .map(|b| {
                    let min = Points::from_hundredths(b.min.hundredths());
                    format!("{}%: {}", shown(min, lang), shown(b.points, lang))
                })
                .collect();
            put(Column::Bands, text(&list.join("; ")));
        }
        Kind::Count { target, counted } => {
            if let Some(target) = target {
                put(Column::Target, Cell::Number(*target as f64));
            }
            put(Column::CountedVi, text(&counted.vi));
            put(Column::CountedEn, text(&counted.en));
        }
        Kind::Survey { scale } => put(Column::Scale, points(*scale)),
        Kind::Deduction { per, counted } => {
            put(Column::Per, points(*per));
            put(Column::CountedVi, text(&counted.vi));
            put(Column::CountedEn, text(&counted.en));
        }
    }
}
