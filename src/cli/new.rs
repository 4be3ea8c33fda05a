//! `kiemtra new`: a record from the edition of a checklist that applies to its period.

use super::args::NewArgs;
use super::{Context, Failure};
use crate::inspection::Inspection;
use crate::lang::Lang;
use crate::record::{Header, Mode, Period, UnitKind};
use crate::template::{Catalog, TemplateEntry};

pub fn run(cx: &Context, args: NewArgs) -> Result<(), Failure> {
    let lang = cx.lang;
    let catalog = cx.catalog();
    let period = Period::parse(&args.period).ok_or_else(|| {
        Failure::usage(lang.pick(
            format!(
                "kỳ `{}` không hợp lệ: ghi năm (2024) hoặc quý (2024-Q3)",
                args.period
            ),
            format!(
                "`{}` is not a period: write a year (2024) or a quarter (2024-Q3)",
                args.period
            ),
        ))
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
        lang.pick(
            format!(
                "Đã tạo bản đánh giá {name} theo mẫu {}\n  {}",
                entry.template,
                inspection.path.display()
            ),
            format!(
                "Created record {name} on {}\n  {}",
                entry.template,
                inspection.path.display()
            ),
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
        return Err(Failure::task(lang.pick(
            format!("không có mẫu `{asked}`; xem các mẫu bằng `kiemtra templates`"),
            format!("no checklist `{asked}`; see them with `kiemtra templates`"),
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
                Some(from) => lang.pick(
                    format!("{} từ {}", e.template, from.label(Lang::Vi)),
                    format!("{} from {}", e.template, from.label(Lang::En)),
                ),
                None => e.template.to_string(),
            })
            .collect();
        let period_vi = period.label(Lang::Vi);
        let period_en = period.label(Lang::En);
        Failure::usage(lang.pick(
            format!(
                "không có phiên bản nào của `{asked}` áp dụng cho {period_vi} ({}); chọn kỳ khác hoặc phiên bản khác",
                listed.join(", ")
            ),
            format!(
                "no edition of `{asked}` applies to {period_en} ({}); choose another period or edition",
                listed.join(", ")
            ),
        ))
    })
}
