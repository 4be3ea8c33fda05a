//! The roll-up as one printable page (A4, no links, no scripts): per group a bar chart of the
//! scores as inline SVG and the ranking table, then the rejected files and what was not
//! matched with the earlier period. All text is escaped.

use super::words;
use super::{GroupRow, Report, UnitRow};
use crate::export::html::esc;
use crate::lang::Lang;
use crate::messages as msg;
use crate::numbers;
use crate::points::Percent;
use std::fmt::Write;

const STYLE: &str = "@page{size:A4;margin:15mm}\
body{font-family:system-ui,'Segoe UI',Roboto,Arial,sans-serif;margin:2em;color:#111;line-height:1.35}\
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em;border-bottom:1px solid #ccc}\
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #bbb;padding:.2em .45em;vertical-align:top;text-align:left}\
td.n{text-align:right;white-space:nowrap}code{font-size:.85em;word-break:break-all}\
@media print{body{margin:0;font-size:9.5pt}h2{break-after:avoid}tr{break-inside:avoid}.chart{break-inside:avoid}}";

/// Bars are drawn this wide at 100%, after a label column.
const LABEL: u32 = 260;
const BAR: u32 = 380;
const ROW: u32 = 16;

pub fn render(report: &Report, lang: Lang) -> String {
    let mut out = String::with_capacity(4096 + report.groups.len() * 8192);
    let title = msg::rollup::title(lang);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        lang.code(),
        esc(title),
        esc(title)
    );
    let units: usize = report.groups.iter().map(|g| g.units.len()).sum();
    let rejected = report.rejected.iter().filter(|r| r.counts).count();
    let _ = writeln!(
        out,
        "<p>{}</p>",
        esc(&msg::rollup::made_at_generated_checked_json_files(
            lang,
            &report.generated,
            numbers::count(report.checked, lang),
            numbers::count(units, lang),
            numbers::count(rejected, lang),
            numbers::count(report.skipped, lang),
            &report.trusted
        ))
    );
    for group in &report.groups {
        group_section(&mut out, group, lang);
    }
    if !report.rejected.is_empty() {
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<table>\n<tr><th>{}</th><th>{}</th></tr>",
            esc(msg::rollup::rejected(lang)),
            esc(msg::rollup::file(lang)),
            esc(msg::common::reason(lang))
        );
        for r in &report.rejected {
            let _ = writeln!(
                out,
                "<tr><td><code>{}</code></td><td>{}</td></tr>",
                esc(&r.file),
                esc(r.message.get(lang))
            );
        }
        out.push_str("</table>\n");
    }
    if !report.unmatched_earlier.is_empty() {
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<ul>",
            esc(msg::rollup::unmatched_earlier(lang))
        );
        for e in &report.unmatched_earlier {
            let _ = writeln!(
                out,
                "<li>{} — {} <code>{}</code></li>",
                esc(&e.unit),
                esc(&e.points.shown(lang)),
                esc(&e.file)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn shown(p: Option<f64>, lang: Lang) -> String {
    numbers::percent(
        p.map(|p| Percent::from_hundredths((p * 100.0).round() as i64)),
        lang,
    )
}

fn group_section(out: &mut String, group: &GroupRow, lang: Lang) {
    let key_title = format!(
        "{} ({}@{}) · {}{}",
        group.title.get(lang),
        group.template,
        group.version,
        group.period.label(lang),
        group
            .kind
            .map_or(String::new(), |k| format!(" · {}", k.label(lang)))
    );
    let _ = writeln!(out, "<h2>{}</h2>", esc(&key_title));
    chart(out, &group.units, lang);
    let compared = group.units.iter().any(|u| u.earlier.is_some());
    let appraised = words::appraised(&group.units);
    let points = if appraised {
        format!(
            "<th>{}</th><th>{}</th>",
            esc(msg::common::self_2(lang)),
            esc(msg::common::final_2(lang))
        )
    } else {
        format!("<th>{}</th>", esc(msg::common::points_2(lang)))
    };
    let _ = write!(
        out,
        "<table>\n<tr><th>{}</th><th>{}</th>{points}<th>%</th><th>{}</th><th>{}</th>",
        esc(msg::rollup::rank_heading(lang)),
        esc(msg::common::unit(lang)),
        esc(msg::common::grade(lang)),
        esc(msg::rollup::tasks(lang))
    );
    if compared {
        let _ = write!(
            out,
            "<th>{}</th><th>{}</th>",
            esc(msg::rollup::earlier(lang)),
            esc(msg::rollup::change(lang))
        );
    }
    out.push_str("</tr>\n");
    for u in &group.units {
        let points = if appraised {
            let (own, final_) = words::self_and_final(u, lang);
            format!(
                "<td class=\"n\">{}</td><td class=\"n\">{}</td>",
                esc(&own),
                esc(&final_)
            )
        } else {
            format!(
                "<td class=\"n\">{}</td>",
                esc(&numbers::points_of(u.points, u.out_of, lang))
            )
        };
        let _ = write!(
            out,
            "<tr><td class=\"n\">{}</td><td>{}</td>{points}<td class=\"n\">{}</td><td>{}</td><td class=\"n\">{}</td>",
            u.rank,
            esc(&u.unit),
            esc(&shown(u.percent, lang)),
            esc(u.grade.as_ref().map_or("", |g| g.get(lang))),
            esc(&numbers::fraction(u.done, u.applicable, lang))
        );
        if compared {
            let (before, change) = words::before_cells(u, lang, true);
            let _ = write!(out, "<td>{}</td><td>{}</td>", esc(&before), esc(&change));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
    for note in words::appraisal_notes(&group.units, lang) {
        let _ = writeln!(out, "<p>{}</p>", esc(&note));
    }
}

/// A horizontal bar per unit: its points as a share of its total.
fn chart(out: &mut String, units: &[UnitRow], lang: Lang) {
    let height = ROW * units.len() as u32 + 4;
    let width = LABEL + BAR + 70;
    let _ = writeln!(
        out,
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{}\">",
        esc(msg::rollup::the_units_scores(lang))
    );
    for (i, u) in units.iter().enumerate() {
        let y = i as u32 * ROW + 2;
        let share = u.percent.unwrap_or(0.0).clamp(0.0, 100.0);
        let bar = (share / 100.0 * f64::from(BAR)).round() as u32;
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"end\">{}. {}</text><rect x=\"{LABEL}\" y=\"{y}\" width=\"{bar}\" height=\"{}\" fill=\"#2b6cb0\"/><text x=\"{}\" y=\"{}\" font-size=\"11\">{}</text>",
            LABEL - 6,
            y + 11,
            u.rank,
            esc(&u.unit.chars().take(40).collect::<String>()),
            ROW - 4,
            LABEL + bar + 4,
            y + 11,
            esc(&shown(u.percent, lang))
        );
    }
    out.push_str("</svg>\n");
}
