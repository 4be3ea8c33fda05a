//! Commands that read: `show`, `list`, `templates`.

use super::table::{Align, printable, render};
use super::{Context, Failure};
use crate::inspection::Access;
use crate::lang::Lang;
use crate::messages as msg;
use crate::numbers;
use crate::score::{Summary, Tally};
use crate::store::{self, home::record_name};
use crate::template::Origin;

/// "24/26 · 92,31% · 87,5/100 điểm" (in English "24/26 · 92.31% · 87.5/100 points").
pub fn progress(summary: &Summary, lang: Lang) -> String {
    let t = &summary.total;
    format!(
        "{} · {} · {} {}",
        numbers::fraction(t.done, t.applicable, lang),
        numbers::percent(t.done_percent(), lang),
        numbers::points_of(t.points, t.max, lang),
        msg::common::points(lang)
    )
}

fn tally_cells(t: &Tally, lang: Lang) -> [String; 4] {
    [
        numbers::fraction(t.done, t.applicable, lang),
        numbers::percent(t.done_percent(), lang),
        numbers::points_of(t.points, t.max, lang),
        numbers::percent(t.points_percent(), lang),
    ]
}

pub fn show(cx: &Context, name: &str) -> Result<(), Failure> {
    let lang = cx.lang;
    let inspection = super::records::open(cx, name, Access::Read)?;
    let (template, record) = (&inspection.template, &inspection.record);
    let summary = inspection.summary();
    let h = &record.header;
    outln!(lang, "{}", printable(&h.unit()))?;
    let unit = crate::export::model::Unit::of(h);
    for (label, value) in crate::export::words::unit_details(&unit, lang) {
        outln!(lang, "{label}: {}", printable(&value))?;
    }
    outln!(
        lang,
        "{} · {} · {}",
        h.period.label(lang),
        h.mode.label(lang),
        if record.finalized {
            msg::cli::final_(lang)
        } else {
            msg::common::draft(lang)
        }
    )?;
    outln!(
        lang,
        "{}: {} ({template})",
        msg::common::checklist(lang),
        printable(template.title.get(lang))
    )?;
    outln!(
        lang,
        "{}: {}",
        msg::common::people(lang),
        printable(&h.people.join(", "))
    )?;
    outln!(lang)?;
    let header = [
        msg::cli::section(lang),
        msg::common::done(lang),
        "%",
        msg::common::points_2(lang),
        "%",
    ];
    let align = [
        Align::Left,
        Align::Right,
        Align::Right,
        Align::Right,
        Align::Right,
    ];
    let mut rows: Vec<Vec<String>> = template
        .sections
        .iter()
        .zip(&summary.sections)
        .map(|(section, s)| {
            let mut row = vec![format!("{}. {}", section.id, section.title.get(lang))];
            row.extend(tally_cells(&s.tally, lang));
            row
        })
        .collect();
    let mut total = vec![msg::common::total(lang).to_string()];
    total.extend(tally_cells(&summary.total, lang));
    rows.push(total);
    outln!(lang, "{}", render(&header, &align, &rows))?;
    outln!(lang)?;
    outln!(lang, "{}", progress(&summary, lang))?;
    if let Some(result) = crate::export::model::ResultRow::of(&summary.result, template) {
        for (label, value) in crate::export::words::result_lines(&result, lang) {
            outln!(lang, "{label}: {}", printable(&value))?;
        }
    }
    if !summary.open.is_empty() {
        outln!(
            lang,
            "{} ({}): {}",
            msg::common::not_assessed(lang),
            numbers::count(summary.open.len(), lang),
            summary.open.join(", ")
        )?;
    }
    if !summary.warnings.is_empty() {
        outln!(lang, "{}:", msg::common::warnings(lang))?;
        for (task, warning) in &summary.warnings {
            outln!(lang, "  {task}: {}", printable(&warning.message(lang)))?;
        }
    }
    super::appraise::comparison(cx, &inspection)
}

pub fn list(cx: &Context) -> Result<(), Failure> {
    let lang = cx.lang;
    let paths = cx.home.record_paths();
    if paths.is_empty() {
        outln!(lang, "{}", msg::cli::no_records_yet_make_one_with(lang))?;
        return Ok(());
    }
    let catalog = cx.catalog();
    let mut rows = Vec::new();
    for path in paths {
        let name = record_name(&path);
        let row = match store::load(&path) {
            Ok(record) => {
                let progress = crate::inspection::pinned_template(&catalog, &record.template)
                    .map(|t| {
                        let s = Summary::of(&t, &record);
                        format!(
                            "{} · {}",
                            numbers::fraction(s.total.assessed, s.total.tasks, lang),
                            numbers::points_of(s.total.points, s.total.max, lang)
                        )
                    })
                    .unwrap_or_else(|e| e.message(lang));
                vec![
                    name,
                    record.header.unit(),
                    format!("{}@{}", record.template.id, record.template.version),
                    record.header.period.label(lang),
                    record.header.mode.label(lang).to_string(),
                    progress,
                    crate::dates::shown(record.last_change(), lang),
                    if record.finalized {
                        msg::cli::final_2(lang)
                    } else {
                        ""
                    }
                    .to_string(),
                ]
            }
            Err(error) => vec![
                name,
                error.message(lang),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ],
        };
        rows.push(row);
    }
    let header = [
        msg::cli::record(lang),
        msg::common::unit(lang),
        msg::common::checklist(lang),
        msg::common::period(lang),
        msg::common::mode(lang),
        msg::cli::assessed_points(lang),
        msg::common::last_change(lang),
        "",
    ];
    let align = [Align::Left; 8];
    outln!(lang, "{}", render(&header, &align, &rows))?;
    Ok(())
}

pub fn templates(cx: &Context) -> Result<(), Failure> {
    let lang = cx.lang;
    let catalog = cx.catalog();
    let rows: Vec<Vec<String>> = catalog
        .entries()
        .into_iter()
        .map(|e| {
            let t = &e.template;
            vec![
                t.id.clone(),
                t.version.clone(),
                t.level.label(lang).to_string(),
                applies(t, lang),
                numbers::count(t.answerable().count(), lang),
                t.total_points().shown(lang),
                t.title.get(lang).to_string(),
                match &e.origin {
                    Origin::Bundled => msg::cli::bundled(lang).to_string(),
                    Origin::Retired => {
                        msg::cli::earlier_text_for_existing_records(lang).to_string()
                    }
                    Origin::User(path) => path.display().to_string(),
                },
            ]
        })
        .collect();
    let header = [
        msg::common::id(lang),
        msg::common::version(lang),
        msg::cli::level(lang),
        msg::cli::applies_to(lang),
        msg::cli::tasks(lang),
        msg::common::points_2(lang),
        msg::cli::title(lang),
        msg::cli::source(lang),
    ];
    let align = [
        Align::Left,
        Align::Left,
        Align::Left,
        Align::Left,
        Align::Right,
        Align::Right,
        Align::Left,
        Align::Left,
    ];
    outln!(lang, "{}", render(&header, &align, &rows))?;
    for broken in catalog.broken() {
        errln!(
            "{}",
            msg::cli::skipped_a_broken_checklist_path_see(lang, broken.path.display())
        );
    }
    Ok(())
}

/// Which local government and periods an edition is for: "2 cấp, từ năm 2025", "3 tiers".
fn applies(template: &crate::template::Template, lang: Lang) -> String {
    let tiers = match template.tiers {
        2 => msg::cli::n2_tiers(lang),
        _ => msg::cli::n3_tiers(lang),
    };
    match template.from {
        Some(from) => msg::cli::tiers_from_label(lang, from.label(lang), tiers),
        None => tiers.to_string(),
    }
}
