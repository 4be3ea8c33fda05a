//! The summary as one self-contained HTML page: print styles and a bar chart per field
//! drawn as inline SVG. All text is escaped.

use super::appraisal;
use super::html_frame;
use super::model::{SummaryDocument, Totals, shown_percent};
use super::scoring;
use super::words;
use crate::lang::Lang;
use crate::numbers;
use std::fmt::Write;

/// On screen a page-wide column; printed, A4 at 100% (the page itself is set up with the
/// frame's styles). Serif, Times New Roman first, as Decree 30 asks; every header row is a
/// `<thead>`, repeated on each printed page; no heading is left at the foot of a page.
const STYLE: &str = "body{font-family:'Times New Roman',Tinos,'Liberation Serif','Nimbus Roman','Noto Serif',serif;font-size:13pt;margin:2em auto;max-width:165mm;color:#000;line-height:1.35}\
p{text-align:justify}h1{font-size:14pt}h2{font-size:13pt;margin-top:1.2em}h3{font-size:13pt}\
h1,h2,h3{break-after:avoid;page-break-after:avoid}\
table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:12pt}th,td{border:1px solid #000;padding:.2em .4em;vertical-align:top;text-align:left}\
thead{display:table-header-group}th{text-align:center}\
td.n{text-align:right;white-space:nowrap}.draft{font-weight:bold}\
.notes{white-space:pre-wrap}code{font-size:.85em;word-break:break-all}.bad{font-weight:bold}\
@media print{body{margin:0;max-width:none}tr{break-inside:avoid}.chart{break-inside:avoid}}";

pub fn render(doc: &SummaryDocument, lang: Lang, file_name: &str) -> String {
    let w = words::of(lang);
    let mut out = String::with_capacity(2048 + doc.tasks.len() * 400);
    let heading = if doc.is_final() {
        w.heading.to_string()
    } else {
        format!("{} — {}", w.heading, w.draft)
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{} — {}</title>\n<style>{STYLE}{}</style>\n</head>\n<body>\n",
        lang.code(),
        esc(&heading),
        esc(&doc.unit.name),
        html_frame::STYLE,
    );
    match &doc.document {
        Some(frame) => {
            html_frame::head(&mut out, frame, lang, (!doc.is_final()).then_some(w.draft))
        }
        None => {
            let _ = writeln!(out, "<h1>{}</h1>", esc(w.heading));
        }
    }
    let note_class = if doc.is_final() { "final" } else { "draft" };
    let note = if doc.is_final() {
        w.final_note
    } else {
        w.draft_note
    };
    let _ = writeln!(out, "<p class=\"{note_class}\">{}</p>", esc(note));
    out.push_str("<table>\n");
    let title = doc.template.title.get(lang);
    let rows = [
        (w.unit, esc(&doc.unit.name)),
        (w.period, esc(&doc.period.label(lang))),
        (w.mode, esc(doc.mode.label(lang))),
        (w.people, esc(&doc.people.join(", "))),
        (
            w.template,
            esc(&format!(
                "{title} ({}@{})",
                doc.template.id, doc.template.version
            )),
        ),
        (
            w.template_hash,
            format!("<code>{}</code>", esc(&doc.template.hash)),
        ),
        (w.generated, esc(&doc.generated)),
        (w.tasks_done, esc(&words::done_line(doc, lang))),
        (w.points, esc(&words::points_line(doc, lang))),
    ];
    let details = words::unit_details(&doc.unit, lang)
        .into_iter()
        .map(|(label, value)| (label, esc(&value)));
    let result = doc
        .result
        .iter()
        .flat_map(|r| words::result_lines(r, lang))
        .map(|(label, value)| (label, esc(&value)));
    let mut rows = rows.into_iter();
    let unit = rows.next();
    for (label, value) in unit.into_iter().chain(details).chain(rows).chain(result) {
        let _ = writeln!(out, "<tr><th>{}</th><td>{value}</td></tr>", esc(label));
    }
    out.push_str("</table>\n");
    let _ = writeln!(out, "<h2>{}</h2>", esc(w.by_section));
    chart(&mut out, doc, lang);
    let _ = writeln!(
        out,
        "<table>\n<thead><tr><th>{}</th><th>{}</th><th>%</th><th>{}</th><th>%</th></tr></thead>\n<tbody>",
        esc(w.section),
        esc(w.done),
        esc(w.points)
    );
    for s in &doc.sections {
        totals_row(
            &mut out,
            &format!("{}. {}", s.id, s.title.get(lang)),
            &s.totals,
            lang,
        );
    }
    totals_row(&mut out, w.total, &doc.totals, lang);
    out.push_str("</tbody>\n</table>\n");
    if let Some(a) = &doc.appraisal {
        comparison(&mut out, doc, a, lang);
    }
    for s in &doc.sections {
        let _ = writeln!(out, "<h2>{}. {}</h2>", esc(&s.id), esc(s.title.get(lang)));
        let columns = scoring::columns(doc);
        out.push_str("<table>\n<thead><tr>");
        for c in &columns {
            let _ = write!(out, "<th>{}</th>", esc(c.head(doc, lang)));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in scoring::rows(doc, &s.id, lang) {
            out.push_str("<tr>");
            for (c, cell) in columns.iter().zip(row) {
                let class = match c {
                    c if c.numeric() => " class=\"n\"",
                    scoring::Column::Explanation | scoring::Column::Note => " class=\"notes\"",
                    _ => "",
                };
                let cell = match c {
                    scoring::Column::Evidence => esc(&cell).replace('\n', "<br>"),
                    _ => esc(cell.trim_end()),
                };
                let _ = write!(out, "<td{class}>{cell}</td>");
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
    }
    list(&mut out, w.open, doc.open.iter().map(|id| esc(id)), w.none);
    let warnings = doc
        .warnings
        .iter()
        .map(|x| format!("{}: {}", esc(&x.task), esc(x.message.get(lang))));
    list(&mut out, w.warnings, warnings, w.none);
    let overrides = doc.overrides().map(|t| {
        esc(&format!(
            "{}: {} ({} {}) — {}: {}",
            t.id,
            t.points.shown(lang),
            w.rule.to_lowercase(),
            t.rule_points.shown(lang),
            w.reason,
            t.override_reason.as_deref().unwrap_or_default()
        ))
    });
    list(&mut out, w.overrides, overrides, w.none);
    let files = doc.evidence().map(|(t, e)| {
        let hash = e.sha256.as_deref().map_or_else(
            || format!("<span class=\"bad\">{}</span>", esc(w.missing)),
            |h| format!("<code>{}</code>", esc(h)),
        );
        format!("{}: <code>{}</code> — {hash}", esc(&t.id), esc(&e.path))
    });
    list(&mut out, w.evidence_files, files, w.none);
    if let Some(frame) = &doc.document {
        html_frame::tail(&mut out, frame, lang);
    }
    let dash = || "–".to_string();
    let audit = [
        format!(
            "{}: {}",
            esc(w.changes),
            numbers::count(doc.audit.changes, lang)
        ),
        format!(
            "{}: {}",
            esc(w.first_change),
            esc(&doc.audit.first.clone().unwrap_or_else(dash))
        ),
        format!(
            "{}: {}",
            esc(w.last_change),
            esc(&doc.audit.last.clone().unwrap_or_else(dash))
        ),
    ];
    list(&mut out, w.audit, audit.into_iter(), w.none);
    let [own, standard] =
        crate::signing::verify_commands(std::path::Path::new(file_name), &doc.signer.public_key);
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<ul>\n<li>{}: <code>{}</code></li>\n<li>{}: <code>{}</code></li>\n</ul>\n<p>{}:</p>\n<pre>{}\n{}</pre>\n</body>\n</html>",
        esc(w.signature),
        esc(w.public_key),
        esc(&doc.signer.public_key),
        esc(w.key_id),
        esc(&doc.signer.key_id),
        esc(w.verify_hint),
        esc(&own),
        esc(&standard)
    );
    out
}

fn comparison(
    out: &mut String,
    doc: &SummaryDocument,
    a: &crate::appraisal::DocumentAppraisal,
    lang: Lang,
) {
    let _ = writeln!(out, "<h2>{}</h2>\n<ul>", esc(appraisal::heading(lang)));
    for (label, value) in appraisal::pins(a, lang) {
        let _ = writeln!(out, "<li>{}: <code>{}</code></li>", esc(label), esc(&value));
    }
    out.push_str("</ul>\n");
    for table in appraisal::tables(doc, a, lang) {
        let _ = writeln!(out, "<h3>{}</h3>\n<table>\n<thead><tr>", esc(table.title));
        for h in &table.header {
            let _ = write!(out, "<th>{}</th>", esc(h));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in &table.rows {
            out.push_str("<tr>");
            for (i, c) in row.iter().enumerate() {
                let class = match i {
                    0 => "",
                    i if i == 6 && row.len() == 7 => " class=\"notes\"",
                    _ => " class=\"n\"",
                };
                let _ = write!(out, "<td{class}>{}</td>", esc(c));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
    }
}

fn totals_row(out: &mut String, name: &str, t: &Totals, lang: Lang) {
    let _ = writeln!(
        out,
        "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
        esc(name),
        numbers::fraction(t.done, t.applicable, lang),
        shown_percent(t.done_percent, lang),
        numbers::points_of(t.points, t.max, lang),
        shown_percent(t.points_percent, lang)
    );
}

fn list(out: &mut String, title: &str, items: impl Iterator<Item = String>, none: &str) {
    let _ = writeln!(out, "<h2>{}</h2>\n<ul>", esc(title));
    let mut any = false;
    for item in items {
        any = true;
        let _ = writeln!(out, "<li>{item}</li>");
    }
    if !any {
        let _ = writeln!(out, "<li>{}</li>", esc(none));
    }
    out.push_str("</ul>\n");
}

/// Points per field as horizontal bars: the share of the field's maximum reached.
fn chart(out: &mut String, doc: &SummaryDocument, lang: Lang) {
    const ROW: usize = 26;
    const LABEL: usize = 300;
    const BAR: usize = 360;
    let height = doc.sections.len() * ROW + 10;
    let width = LABEL + BAR + 90;
    let _ = writeln!(
        out,
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{}\">",
        esc(words::of(lang).by_section)
    );
    for (i, s) in doc.sections.iter().enumerate() {
        let y = 5 + i * ROW;
        let share = s.totals.points_percent.unwrap_or(0.0).clamp(0.0, 100.0);
        let filled = (share / 100.0 * BAR as f64).round() as usize;
        let mut label: String = format!("{}. {}", s.id, s.title.get(lang));
        if label.chars().count() > 40 {
            label = label.chars().take(39).collect::<String>() + "…";
        }
        let _ = writeln!(
            out,
            "<text x=\"0\" y=\"{}\" font-size=\"12\">{}</text><rect x=\"{LABEL}\" y=\"{y}\" width=\"{BAR}\" height=\"18\" fill=\"#eee\"/><rect x=\"{LABEL}\" y=\"{y}\" width=\"{filled}\" height=\"18\" fill=\"#2a6f97\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>",
            y + 13,
            esc(&label),
            LABEL + BAR + 6,
            y + 13,
            esc(&shown_percent(s.totals.points_percent, lang))
        );
    }
    out.push_str("</svg>\n");
}

/// Text made safe for HTML content and attribute values; control and text-direction
/// characters become spaces (line breaks and tabs are kept: notes keep their lines).
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(c),
            c if crate::text::is_unprintable(c) => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
