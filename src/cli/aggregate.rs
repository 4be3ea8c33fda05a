//! `kiemtra aggregate`: the province's roll-up of the communes' signed summaries.

use super::args::AggregateArgs;
use super::table::{Align, printable, render};
use super::{Context, Failure};
use crate::lang::Lang;
use crate::messages as msg;
use crate::numbers;
use crate::rollup::report::{self, Report, UnitRow, words};
use crate::rollup::{self, Comparison, Options, Rejected, RollUp, UnitMap};
use crate::signing::{self, TrustedKeys};
use crate::template::Catalog;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A batch at least this large shows a progress bar (on a terminal).
const PROGRESS_FROM: usize = 200;

pub fn run(cx: &Context, args: AggregateArgs) -> Result<(), Failure> {
    let lang = cx.lang;
    if args.map.is_some() && args.compare.is_empty() {
        return Err(Failure::usage(msg::cli::map_goes_with_compare_dir_the(
            lang,
        )));
    }
    let trusted = trusted_keys(cx, args.trusted.as_ref())?;
    let map = match &args.map {
        Some(path) => Some(UnitMap::read(path).map_err(|e| Failure::task(e.message(lang)))?),
        None => None,
    };
    let catalog = cx.catalog();
    let options = Options {
        latest: args.latest,
        by_kind: args.by_kind,
    };
    let now = roll_up(&args.inputs, &trusted, &catalog, options, lang)?;
    let earlier = if args.compare.is_empty() {
        None
    } else {
        Some(roll_up(&args.compare, &trusted, &catalog, options, lang)?)
    };
    let comparison = earlier
        .as_ref()
        .map(|e| rollup::compare(&now, e, map.as_ref()));
    let rejected: Vec<&Rejected> = now
        .rejected
        .iter()
        .chain(earlier.iter().flat_map(|e| e.rejected.iter()))
        .collect();
    let report = Report::of(
        &now,
        comparison.as_ref(),
        &rejected,
        &trusted.source,
        crate::now(),
    );
    print(&report, &now, comparison.as_ref(), lang)?;
    if let Some(out) = &args.out {
        write(cx, &report, out, args.force)?;
    }
    let failed = rejected.iter().filter(|r| r.reason.counts()).count();
    if failed > 0 && !args.allow_rejected {
        return Err(Failure::task(
            msg::cli::failed_files_were_rejected_listed_above(lang, failed),
        ));
    }
    Ok(())
}

/// The keys of `--trusted DIR`; without it, those `verify` trusts when told nothing (the
/// trusted folder of kiemtra's home, and the user's own key).
fn trusted_keys(cx: &Context, dir: Option<&PathBuf>) -> Result<TrustedKeys, Failure> {
    let lang = cx.lang;
    let fail = |e: signing::VerifyError| Failure::task(e.message(lang));
    let keys = match dir {
        Some(dir) => TrustedKeys::from_dir(dir).map_err(fail)?,
        None => TrustedKeys::received(&cx.home).map_err(fail)?,
    };
    if keys.is_empty() {
        return Err(Failure::task(msg::cli::there_is_no_trusted_public_key(
            lang,
            &keys.source,
            cx.home.trusted.display(),
        )));
    }
    Ok(keys)
}

/// Gathers, checks and ranks the summaries of `inputs`.
fn roll_up(
    inputs: &[PathBuf],
    trusted: &TrustedKeys,
    catalog: &Catalog,
    options: Options,
    lang: Lang,
) -> Result<RollUp, Failure> {
    let found = rollup::gather(inputs).map_err(|e| Failure::task(e.message(lang)))?;
    let total = found.summaries.len();
    let bar = std::io::stderr().is_terminal() && total >= PROGRESS_FROM;
    let shown = AtomicUsize::new(0);
    let progress = |done: usize| {
        // At most once per percent.
        let step = done * 100 / total.max(1);
        if bar && shown.fetch_max(step + 1, Ordering::Relaxed) < step + 1 {
            let filled = step / 4;
            let mut err = std::io::stderr().lock();
            let _ = write!(
                err,
                "\r{} [{}{}] {}/{}",
                msg::cli::checking(lang),
                "#".repeat(filled),
                " ".repeat(25 - filled),
                numbers::count(done, lang),
                numbers::count(total, lang)
            );
            if done == total {
                let _ = writeln!(err);
            }
        }
    };
    let checked = rollup::check_all(&found.summaries, trusted, catalog, &progress);
    Ok(RollUp::build(
        checked,
        found.refused,
        found.skipped,
        options,
    ))
}

fn print(
    report: &Report,
    now: &RollUp,
    comparison: Option<&Comparison>,
    lang: Lang,
) -> Result<(), Failure> {
    for (group, key) in report.groups.iter().zip(now.groups.iter().map(|g| &g.key)) {
        outln!(lang, "{}", printable(&words::group_title(key, lang)))?;
        let compared = group.units.iter().any(|u| u.earlier.is_some());
        let appraised = words::appraised(&group.units);
        let mut header = vec![msg::rollup::rank_heading(lang), msg::common::unit(lang)];
        let mut align = vec![Align::Right, Align::Left];
        if appraised {
            header.extend([msg::common::self_2(lang), msg::common::final_2(lang)]);
            align.extend([Align::Right, Align::Right]);
        } else {
            header.push(msg::common::points_2(lang));
            align.push(Align::Right);
        }
        header.extend(["%", msg::common::grade(lang), msg::rollup::tasks(lang)]);
        align.extend([Align::Right, Align::Left, Align::Right]);
        if compared {
            header.extend([msg::rollup::earlier(lang), msg::rollup::change(lang)]);
            align.extend([Align::Left, Align::Left]);
        }
        let rows: Vec<Vec<String>> = group
            .units
            .iter()
            .map(|u| row(u, appraised, compared, lang))
            .collect();
        outln!(lang, "{}", render(&header, &align, &rows))?;
        for note in words::appraisal_notes(&group.units, lang) {
            outln!(lang, "{}", printable(&note))?;
        }
        for u in group.units.iter().filter(|u| {
            u.earlier
                .as_ref()
                .is_some_and(|b| b.former.len() > 1 || !b.legal_basis.is_empty())
        }) {
            print_former(u, lang)?;
        }
        outln!(lang)?;
    }
    if let Some(c) = comparison {
        let unmatched = c.unmatched_now();
        if !unmatched.is_empty() {
            outln!(lang, "{}:", msg::rollup::unmatched_now(lang))?;
            for (g, r) in unmatched {
                let unit = &now.groups[g].ranked[r].entry.unit.name;
                outln!(lang, "  {}", printable(unit))?;
            }
            outln!(lang)?;
        }
        if !c.unmatched_earlier.is_empty() {
            outln!(lang, "{}:", msg::rollup::unmatched_earlier(lang))?;
            for e in &c.unmatched_earlier {
                outln!(
                    lang,
                    "  {} ({})",
                    printable(&e.unit),
                    printable(&e.path.display().to_string())
                )?;
            }
            outln!(lang)?;
        }
    }
    let (counted, aside): (Vec<_>, Vec<_>) = report.rejected.iter().partition(|r| r.counts);
    for (title, list) in [
        (msg::rollup::rejected(lang), counted),
        (msg::rollup::set_aside(lang), aside),
    ] {
        if list.is_empty() {
            continue;
        }
        outln!(lang, "{} ({}):", title, list.len())?;
        for r in list {
            outln!(lang, "  {}", printable(&r.file))?;
            outln!(lang, "    {}", printable(r.message.get(lang)))?;
        }
        outln!(lang)?;
    }
    let units: usize = report.groups.iter().map(|g| g.units.len()).sum();
    let rejected = report.rejected.iter().filter(|r| r.counts).count();
    let n = |count: usize| numbers::count(count, lang);
    outln!(
        lang,
        "{}",
        msg::cli::checked_json_files_checked_units_ranked(
            lang,
            n(report.checked),
            n(units),
            n(rejected),
            n(report.skipped)
        )
    )
}

fn row(u: &UnitRow, appraised: bool, compared: bool, lang: Lang) -> Vec<String> {
    let mut cells = vec![u.rank.to_string(), u.unit.clone()];
    if appraised {
        let (own, final_) = words::self_and_final(u, lang);
        cells.extend([own, final_]);
    } else {
        cells.push(numbers::points_of(u.points, u.out_of, lang));
    }
    cells.extend([
        crate::export::model::shown_percent(u.percent, lang),
        u.grade
            .as_ref()
            .map_or(String::new(), |g| g.get(lang).to_string()),
        numbers::fraction(u.done, u.applicable, lang),
    ]);
    if compared {
        let (before, change) = words::before_cells(u, lang, false);
        cells.extend([before, change]);
    }
    cells
}

/// A merged unit's former units, each with its earlier result, and the legal basis.
fn print_former(u: &UnitRow, lang: Lang) -> Result<(), Failure> {
    let Some(b) = &u.earlier else { return Ok(()) };
    outln!(
        lang,
        "  {} ← {}:",
        printable(&u.unit),
        msg::rollup::former(lang)
    )?;
    for f in &b.former {
        let result = match &f.earlier {
            Some(e) => msg::cli::period_rank_of_points(
                lang,
                b.period,
                numbers::fraction(e.rank, e.of, lang),
                e.points.shown(lang),
            ),
            None => msg::cli::period_no_result(lang, b.period),
        };
        outln!(lang, "    {} ({result})", printable(&f.unit))?;
    }
    if b.average
        && let Some(points) = b.points
    {
        outln!(
            lang,
            "    {}",
            msg::cli::average_of_the_former_units_compared(lang, points.shown(lang))
        )?;
    }
    if !b.legal_basis.is_empty() {
        outln!(
            lang,
            "    {}: {}",
            msg::common::legal_basis(lang),
            printable(&b.legal_basis)
        )?;
    }
    Ok(())
}

/// Writes the reports into `out`, signed with the user's key when there is one.
fn write(cx: &Context, report: &Report, out: &std::path::Path, force: bool) -> Result<(), Failure> {
    let lang = cx.lang;
    let files = report
        .render(lang)
        .map_err(|e| Failure::task(e.message(lang)))?;
    let key_error = |e: signing::KeyError| Failure::task(e.message(lang));
    let key = if signing::secret_key_path(&cx.home).exists() {
        let password = if signing::needs_password(&cx.home).map_err(key_error)? {
            signing::read_password(lang, false).map_err(key_error)?
        } else {
            String::new()
        };
        Some(signing::load_secret_key(&cx.home, &password).map_err(key_error)?)
    } else {
        None
    };
    let comment = key.as_ref().map(|k| report.trusted_comment(&k.key_id()));
    let signer = key.as_ref().zip(comment.as_deref());
    let written =
        report::write(&files, out, signer, force).map_err(|e| Failure::task(e.message(lang)))?;
    outln!(lang, "{}", msg::cli::written(lang))?;
    for file in &written {
        outln!(lang, "  {}", printable(&file.display().to_string()))?;
    }
    if key.is_none() {
        errln!("{}", msg::cli::note_there_is_no_signing_key(lang));
    }
    Ok(())
}
