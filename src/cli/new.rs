//! `kiemtra new`: a record from the edition of a checklist that applies to its period.

use super::args::NewArgs;
use super::{Context, Failure};
use crate::inspection::Inspection;
use crate::lang::Lang;
use crate::messages as msg;
use crate::record::{Header, Mode, Period, UnitKind};
use crate::template::{Catalog, TemplateEntry};

pub fn run(cx: &Context, args: NewArgs) -> Result<(), Failure> {
    let lang = cx.lang;
    let catalog = cx.catalog();
    let period = Period::parse(&args.period).ok_or_else(|| {
        Failure::usage(msg::cli::period_is_not_a_period_write(lang, &args.period))
    })?;
    let entry = edition(&catalog, &args.template, period, lang)?;
    let trimmed = |s: &Option<String>| s.as_deref().unwrap_or_default().trim().to_string();
    let names = |list: &[String]| -> Vec<String> {
        list.iter()
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    };
    let header = Header {
        province: args.province.trim().to_string(),
        district: trimmed(&args.district),
        commune: args.commune.trim().to_string(),
        unit_kind: args.unit_kind.as_deref().and_then(UnitKind::parse),
        unit_code: trimmed(&args.unit_code),
        formed_from: names(&args.formed_from),
        agency: trimmed(&args.agency),
        period,
        mode: Mode::parse(&args.mode).unwrap_or_default(),
        people: names(&args.people),
    };
    let tiers = entry.template.tiers;
    header
        .check(tiers)
        .map_err(|e| Failure::usage(format!("{} ({})", e.message(lang), entry.template)))?;
    header
        .check_text()
        .map_err(|e| Failure::usage(e.message(lang)))?;
    let inspection = Inspection::create(&cx.home, entry.template.clone(), header, crate::now())
        .map_err(|e| Failure::from_inspection(&e, lang))?;
    let name = inspection.name();
    outln!(
        lang,
        "{}",
        msg::cli::created_record_name_on_template_path(
            lang,
            &entry.template,
            inspection.path.display(),
            &name
        )
    )?;
    if args.open {
        drop(inspection);
        return crate::ui::run_record(cx, &name);
    }
    Ok(())
}

/// `ID` names the edition that applies to the period; `ID@VERSION` names one, which must
/// apply to it.
fn edition<'a>(
    catalog: &'a Catalog,
    asked: &str,
    period: Period,
    lang: Lang,
) -> Result<&'a TemplateEntry, Failure> {
    let (id, version) = match asked.split_once('@') {
        Some((id, version)) => (id, Some(version)),
        None => (asked, None),
    };
    let editions = catalog.find(id, version);
    if editions.is_empty() {
        return Err(Failure::task(msg::cli::no_checklist_asked_see_them_with(
            lang, asked,
        )));
    }
    let applying: Vec<&TemplateEntry> = editions
        .iter()
        .copied()
        .filter(|e| e.template.applies_to(period))
        .collect();
    let chosen = match version {
        None => catalog.edition_for(id, period),
        Some(_) => applying.first().copied(),
    };
    chosen.ok_or_else(|| {
        let listed: Vec<String> = editions
            .iter()
            .map(|e| match e.template.from {
                Some(from) => msg::cli::template_from_label(lang, &e.template, from.label(lang)),
                None => e.template.to_string(),
            })
            .collect();
        Failure::usage(msg::cli::no_edition_applies_to(
            lang,
            asked,
            period.label(lang),
            listed.join(", "),
        ))
    })
}
