//! The ranking as CSV, one row per unit: UTF-8 with a byte-order mark (Excel shows
//! Vietnamese), CRLF line ends, RFC 4180 quoting; the header row in the chosen language,
//! numbers plain (a decimal point, no thousands mark) in every language.

use super::{GroupRow, Report, UnitRow};
use crate::export::csv::{line, text};
use crate::lang::Lang;
use crate::messages as msg;

/// The table's column headings, shared with the xlsx.
pub(super) fn header(lang: Lang) -> [&'static str; 25] {
    [
        msg::common::checklist(lang),
        msg::common::version(lang),
        msg::common::period(lang),
        msg::common::kind_of_unit(lang),
        msg::rollup::rank_heading(lang),
        msg::common::unit(lang),
        msg::common::points_2(lang),
        msg::rollup::out_of(lang),
        "%",
        msg::common::grade(lang),
        msg::rollup::tasks_done(lang),
        msg::rollup::tasks_applicable(lang),
        msg::rollup::done(lang),
        msg::rollup::earlier_period(lang),
        msg::rollup::earlier_rank(lang),
        msg::rollup::earlier_points(lang),
        msg::rollup::earlier_points_are_an_average(lang),
        msg::rollup::rank_change(lang),
        msg::rollup::points_change(lang),
        msg::rollup::file(lang),
        msg::export::self_score(lang),
        msg::export::final_score(lang),
        msg::export::difference(lang),
        msg::rollup::self_assessment_found(lang),
        msg::rollup::appraisal_file(lang),
    ]
}

pub fn render(report: &Report, lang: Lang) -> String {
    let mut out = String::with_capacity(256 + report.groups.len() * 4096);
    out.push('\u{feff}');
    let header = header(lang);
    line(&mut out, header.iter().map(|h| text(h)));
    for group in &report.groups {
        for unit in &group.units {
            line(&mut out, row(group, unit, lang).into_iter());
        }
    }
    out
}

fn row(group: &GroupRow, u: &UnitRow, lang: Lang) -> Vec<String> {
    let opt = |v: Option<String>| v.unwrap_or_default();
    let number = |p: Option<f64>| opt(p.map(|p| format!("{p:.2}")));
    let before = u.earlier.as_ref();
    let a = u.appraisal.as_ref();
    vec![
        text(&group.template),
        text(&group.version),
        group.period.to_string(),
        opt(group.kind.map(|k| k.to_string())),
        u.rank.to_string(),
        text(&u.unit),
        u.points.to_string(),
        u.out_of.to_string(),
        number(u.percent),
        text(u.grade.as_ref().map_or("", |g| g.get(lang))),
        u.done.to_string(),
        u.applicable.to_string(),
        number(u.done_percent),
        opt(before.map(|b| b.period.to_string())),
        opt(before.and_then(|b| b.rank).map(|r| r.to_string())),
        opt(before.and_then(|b| b.points).map(|p| p.to_string())),
        opt(before.map(|b| if b.average { "1" } else { "0" }.to_string())),
        opt(before.and_then(|b| b.rank_change).map(|c| c.to_string())),
        opt(before.and_then(|b| b.points_change).map(|c| c.to_string())),
        text(&u.file),
        opt(a.map(|a| a.self_points.to_string())),
        opt(a.map(|a| a.final_points.to_string())),
        opt(a.map(|a| a.difference.to_string())),
        opt(a.map(|a| if a.self_assessment_found { "1" } else { "0" }.to_string())),
        text(a.map_or("", |a| a.file.as_str())),
    ]
}
