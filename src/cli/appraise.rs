//! `kiemtra appraise`, `kiemtra explain`, and the comparison `kiemtra show` prints for an
//! appraisal. The rules are in `crate::appraisal`; this file only reads flags and prints.

use super::args::{AppraiseArgs, ExplainArgs};
use super::table::{Align, printable, render};
use super::{Context, Failure};
use crate::appraisal::{self, AppraisalError, Comparison, FieldLine, Stage, Starter};
use crate::inspection::{Access, Inspection};
use crate::lang::Lang;
use crate::messages as msg;
use crate::points::Points;
use crate::record::Change;
use crate::signing::{self, TrustedKeys};
use std::path::Path;

fn failed(lang: Lang) -> impl Fn(AppraisalError) -> Failure {
    move |e| Failure::task(e.message(lang))
}

/// The keys to trust: `--trusted DIR`, `--key FILE`, else the `trusted` folder of kiemtra's
/// home, else the user's own public key.
pub fn trusted_keys(
    cx: &Context,
    trusted: Option<&Path>,
    key: Option<&Path>,
) -> Result<TrustedKeys, Failure> {
    let lang = cx.lang;
    let fail = |e: signing::VerifyError| Failure::task(e.message(lang));
    let keys = match (trusted, key) {
        (Some(dir), _) => TrustedKeys::from_dir(dir).map_err(fail)?,
        (None, Some(path)) => TrustedKeys::from_file(path).map_err(fail)?,
        (None, None) => {
            let own = signing::public_key_path(&cx.home);
            if !own.exists() && !cx.home.trusted.is_dir() {
                return Err(Failure::usage(msg::cli::no_key_to_trust_there_is(
                    lang,
                    cx.home.trusted.display(),
                    own.display(),
                )));
            }
            TrustedKeys::received(&cx.home).map_err(fail)?
        }
    };
    if keys.is_empty() {
        return Err(Failure::task(msg::cli::there_is_no_public_key_pub(
            lang,
            &keys.source,
        )));
    }
    Ok(keys)
}

fn required<'a>(value: &'a Option<String>, flag: &str, lang: Lang) -> Result<&'a str, Failure> {
    match value.as_deref().map(str::trim) {
        Some(v) if !v.is_empty() => Ok(v),
        _ => Err(Failure::usage(msg::cli::flag_is_required(lang, flag))),
    }
}

pub fn appraise(cx: &Context, args: AppraiseArgs) -> Result<(), Failure> {
    let lang = cx.lang;
    if let Some(file) = &args.explanations {
        let mut record = super::records::open_for_writing(cx, &args.target)?;
        let done = appraisal::import(&mut record, file, crate::now()).map_err(failed(lang))?;
        outln!(
            lang,
            "{}",
            msg::cli::imported_the_explanation_hash_by_into(
                lang,
                &done.hash,
                printable(&done.by),
                record.name(),
                done.tasks.len(),
                done.tasks.join(", ")
            )
        )?;
        return Ok(());
    }
    let person = required(&args.person, "--person", lang)?;
    let agency = required(&args.agency, "--agency", lang)?;
    let keys = trusted_keys(cx, args.trusted.as_deref(), args.key.as_deref())?;
    let path = Path::new(&args.target);
    let doc = appraisal::read_signed(path, &keys).map_err(failed(lang))?;
    appraisal::check_kind(&doc, Stage::Appraisal).map_err(failed(lang))?;
    let catalog = cx.catalog();
    let template = appraisal::template_of(&catalog, &doc.summary).map_err(failed(lang))?;
    if !args.again
        && let Some(first) = appraisal::existing(&cx.home, Stage::Appraisal, &doc.hash)
    {
        return Err(failed(lang)(AppraisalError::AlreadyAppraised { first }));
    }
    let who = Starter {
        person,
        agency,
        now: crate::now(),
    };
    let record =
        appraisal::start(&cx.home, template, &doc, Stage::Appraisal, &who).map_err(failed(lang))?;
    started(cx, &record, &doc.hash, &doc.verified.key_id)
}

fn started(cx: &Context, record: &Inspection, hash: &str, key_id: &str) -> Result<(), Failure> {
    let lang = cx.lang;
    let name = record.name();
    outln!(
        lang,
        "{}",
        msg::cli::good_signature_key_id_hash(lang, key_id, hash)
    )?;
    outln!(
        lang,
        "{}: {name} ({})",
        msg::cli::created(lang),
        printable(&record.path.display().to_string())
    )?;
    outln!(
        lang,
        "{}:\n  kiemtra show {name}\n  kiemtra export {name} --out DIR",
        msg::cli::next(lang)
    )?;
    Ok(())
}

pub fn explain(cx: &Context, args: ExplainArgs) -> Result<(), Failure> {
    let lang = cx.lang;
    let keys = trusted_keys(cx, args.trusted.as_deref(), args.key.as_deref())?;
    let doc = appraisal::read_signed(&args.appraisal, &keys).map_err(failed(lang))?;
    appraisal::check_kind(&doc, Stage::Explanation).map_err(failed(lang))?;
    let mut record = match appraisal::existing(&cx.home, Stage::Explanation, &doc.hash) {
        Some(path) => {
            let catalog = cx.catalog();
            Inspection::open(&path, &catalog, Access::Write)
                .map_err(|e| Failure::from_inspection(&e, lang))?
        }
        None => {
            let person = required(&args.person, "--person", lang)?;
            let catalog = cx.catalog();
            let template = appraisal::template_of(&catalog, &doc.summary).map_err(failed(lang))?;
            let who = Starter {
                person,
                agency: &doc.summary.unit.agency,
                now: crate::now(),
            };
            let record = appraisal::start(&cx.home, template, &doc, Stage::Explanation, &who)
                .map_err(failed(lang))?;
            started(cx, &record, &doc.hash, &doc.verified.key_id)?;
            record
        }
    };
    match (&args.criterion, &args.text) {
        (Some(task), Some(text)) => {
            let change = Change::Explain {
                task: task.clone(),
                text: text.clone(),
            };
            record
                .change(&change, crate::now())
                .map_err(|e| Failure::from_inspection(&e, lang))?;
            outln!(
                lang,
                "{}",
                msg::cli::task_explanation_saved_in_record(lang, record.name(), task)
            )?;
        }
        (None, None) => {}
        _ => {
            return Err(Failure::usage(msg::cli::criterion_and_text_go_together(
                lang,
            )));
        }
    }
    comparison(cx, &record)
}

/// "tự chấm 10 · thẩm định 8 · chốt 9 / 20 (Δ -1)" of an appraisal record.
pub fn totals_line(record: &Inspection, lang: Lang) -> Option<String> {
    let c = Comparison::of(&record.template, &record.record)?;
    let t = &c.total;
    Some(format!(
        "{} {} · {} {} · {} {} / {} (Δ {})",
        msg::common::self_(lang),
        t.self_points.shown(lang),
        msg::common::appraised(lang),
        t.appraised.shown(lang),
        msg::common::final_(lang),
        t.final_points.shown(lang),
        c.out_of.shown(lang),
        delta(t.difference(), lang),
    ))
}

/// `+1`, `-0,5`, `0`.
fn delta(points: Points, lang: Lang) -> String {
    if points > Points::ZERO {
        format!("+{}", points.shown(lang))
    } else {
        points.shown(lang)
    }
}

fn field_cells(line: &FieldLine, lang: Lang) -> [String; 7] {
    [
        line.max.shown(lang),
        line.self_points.shown(lang),
        line.appraised.shown(lang),
        line.final_points.shown(lang),
        delta(line.difference(), lang),
        line.lowered.to_string(),
        line.raised.to_string(),
    ]
}

/// The comparison of an appraisal (or explanation) record: per field and in total, with the
/// grades, then every criterion whose score differs from the self-score.
pub fn comparison(cx: &Context, record: &Inspection) -> Result<(), Failure> {
    let lang = cx.lang;
    let template = &record.template;
    let Some(c) = Comparison::of(template, &record.record) else {
        return Ok(());
    };
    outln!(lang)?;
    outln!(
        lang,
        "{}",
        msg::common::self_score_appraised_and_final_compared(lang)
    )?;
    let header = [
        msg::common::field(lang),
        msg::common::max(lang),
        msg::common::self_2(lang),
        msg::common::appraised_2(lang),
        msg::common::final_2(lang),
        "Δ",
        msg::common::lowered(lang),
        msg::common::raised(lang),
    ];
    let mut align = vec![Align::Right; header.len()];
    align[0] = Align::Left;
    let mut rows: Vec<Vec<String>> = template
        .sections
        .iter()
        .zip(&c.sections)
        .map(|(section, line)| {
            let mut row = vec![format!("{}. {}", section.id, section.title.get(lang))];
            row.extend(field_cells(line, lang));
            row
        })
        .collect();
    let mut total = vec![msg::common::total(lang).to_string()];
    total.extend(field_cells(&c.total, lang));
    rows.push(total);
    outln!(lang, "{}", render(&header, &align, &rows))?;
    if !template.grades.is_empty() {
        let grade = |g: Option<usize>| {
            g.and_then(|g| template.grades.get(g))
                .map_or("–".to_string(), |g| g.label.get(lang).to_string())
        };
        outln!(
            lang,
            "{}: {} {} · {} {} · {} {}",
            msg::common::grade(lang),
            msg::common::self_(lang),
            grade(c.grades[0]),
            msg::common::appraised(lang),
            grade(c.grades[1]),
            msg::common::final_(lang),
            grade(c.grades[2]),
        )?;
    }
    let disputed: Vec<_> = c.disputed().collect();
    outln!(
        lang,
        "{} ({}):",
        msg::cli::criteria_that_differ_from_the_self(lang),
        disputed.len()
    )?;
    for t in disputed {
        let s = &t.scores;
        outln!(
            lang,
            "  {}  {} → {} → {} ({})  / {}",
            t.id,
            t.self_points().shown(lang),
            t.appraised().shown(lang),
            t.final_points().shown(lang),
            delta(t.difference(), lang),
            t.max.shown(lang)
        )?;
        let lines = [
            (msg::common::appraisal_reason(lang), &s.appraised_reason),
            (msg::common::explanation(lang), &s.explanation),
            (msg::common::final_reason(lang), &s.final_reason),
        ];
        for (label, text) in lines {
            if !text.is_empty() {
                outln!(lang, "      {label}: {}", printable(text))?;
            }
        }
    }
    Ok(())
}
