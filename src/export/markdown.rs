//! The summary as Markdown: to read on screen and to print.

use super::appraisal;
use super::md_table::{Align, Table};
use super::model::{SummaryDocument, Totals, shown_percent};
use super::scoring;
use super::words::{self, Words};
use crate::lang::Lang;
use crate::numbers;
use std::fmt::Write;

/// `file_name` is the name the Markdown file gets, for the verify commands it shows.
pub fn render(doc: &SummaryDocument, lang: Lang, file_name: &str) -> String {
    let w = &words::of(lang);
    let mut out = String::with_capacity(256 + doc.tasks.len() * 160);
    let title = doc.template.title.get(lang);
    match &doc.document {
        Some(frame) => super::markdown_frame::head(&mut out, frame, lang),
        None => {
            let _ = writeln!(out, "# {}\n", w.heading);
        }
    }
    let _ = writeln!(
        out,
        "**{}**\n",
        if doc.is_final() {
            w.final_note
        } else {
            w.draft_note
        }
    );
    let mut header = Table::new([String::new(), String::new()], &[]);
    // Each value is escaped as text, except the hash, shown as code.
    let rows = [
        (w.unit, cell(&doc.unit.name)),
        (w.period, cell(&doc.period.label(lang))),
        (w.mode, cell(doc.mode.label(lang))),
        (w.people, cell(&doc.people.join(", "))),
        (
            w.template,
            cell(&format!(
                "{title} ({}@{})",
                doc.template.id, doc.template.version
            )),
        ),
        (w.template_hash, format!("`{}`", code(&doc.template.hash))),
        (w.generated, cell(&doc.generated)),
    ];
    let details = words::unit_details(&doc.unit, lang)
        .into_iter()
        .map(|(label, value)| (label, cell(&value)));
    let mut rows = rows.into_iter();
    let unit = rows.next();
    for (label, value) in unit.into_iter().chain(details).chain(rows) {
        header.row([label.to_string(), value]);
    }
    header.write(&mut out);
    let _ = writeln!(out, "\n## {}\n", w.results);
    let _ = writeln!(
        out,
        "- {}: **{}**",
        w.tasks_done,
        words::done_line(doc, lang)
    );
    let _ = writeln!(out, "- {}: **{}**", w.points, words::points_line(doc, lang));
    if let Some(result) = &doc.result {
        for (label, value) in words::result_lines(result, lang) {
            let _ = writeln!(out, "- {label}: **{}**", cell(&value));
        }
    }
    let _ = writeln!(out, "\n## {}\n", w.by_section);
    let mut sections = Table::new(
        [w.section, w.done, "%", w.points, "%"].map(String::from),
        &[
            Align::Left,
            Align::Right,
            Align::Right,
            Align::Right,
            Align::Right,
        ],
    );
    for s in &doc.sections {
        let name = format!("{}. {}", s.id, s.title.get(lang));
        section_row(&mut sections, cell(&name), &s.totals, lang);
    }
    section_row(&mut sections, format!("**{}**", w.total), &doc.totals, lang);
    sections.write(&mut out);
    if let Some(a) = &doc.appraisal {
        comparison(&mut out, doc, a, lang);
    }
    for s in &doc.sections {
        let _ = writeln!(out, "\n## {}. {}\n", s.id, cell(s.title.get(lang)));
        let columns = scoring::columns(doc);
        let align: Vec<Align> = columns
            .iter()
            .map(|c| {
                if c.numeric() {
                    Align::Right
                } else {
                    Align::Left
                }
            })
            .collect();
        let mut tasks = Table::new(
            columns.iter().map(|c| c.head(doc, lang).to_string()),
            &align,
        );
        for row in scoring::rows(doc, &s.id, lang) {
            tasks.row(row.iter().map(|c| cell(c)));
        }
        tasks.write(&mut out);
    }
    list_section(&mut out, w.open, doc.open.iter().map(|id| cell(id)), w);
    let warnings = doc
        .warnings
        .iter()
        .map(|x| format!("{}: {}", cell(&x.task), cell(x.message.get(lang))));
    list_section(&mut out, w.warnings, warnings, w);
    let overrides = doc.overrides().map(|t| {
        format!(
            "{}: {} {} ({} {}) — {}: {}",
            cell(&t.id),
            t.points.shown(lang),
            w.points.to_lowercase(),
            w.rule.to_lowercase(),
            t.rule_points.shown(lang),
            w.reason,
            cell(t.override_reason.as_deref().unwrap_or_default())
        )
    });
    list_section(&mut out, w.overrides, overrides, w);
    let files = doc.evidence().map(|(t, e)| {
        format!(
            "{}: `{}` — {}",
            cell(&t.id),
            code(&e.path),
            e.sha256
                .as_deref()
                .map_or_else(|| format!("**{}**", w.missing), |h| format!("`{h}`"))
        )
    });
    list_section(&mut out, w.evidence_files, files, w);
    if let Some(frame) = &doc.document {
        super::markdown_frame::tail(&mut out, frame, lang);
    }
    let _ = writeln!(out, "\n## {}\n", w.audit);
    let _ = writeln!(
        out,
        "- {}: {}",
        w.changes,
        numbers::count(doc.audit.changes, lang)
    );
    let dash = || "–".to_string();
    let first = doc.audit.first.clone().unwrap_or_else(dash);
    let last = doc.audit.last.clone().unwrap_or_else(dash);
    let _ = writeln!(out, "- {}: {first}", w.first_change);
    let _ = writeln!(out, "- {}: {last}", w.last_change);
    let _ = writeln!(out, "\n## {}\n", w.signature);
    let _ = writeln!(out, "- {}: `{}`", w.public_key, doc.signer.public_key);
    let _ = writeln!(out, "- {}: `{}`", w.key_id, doc.signer.key_id);
    let [own, standard] =
        crate::signing::verify_commands(std::path::Path::new(file_name), &doc.signer.public_key);
    let _ = writeln!(out, "\n{}:\n\n```\n{own}\n{standard}\n```", w.verify_hint);
    out
}

fn comparison(
    out: &mut String,
    doc: &SummaryDocument,
    a: &crate::appraisal::DocumentAppraisal,
    lang: Lang,
) {
    let _ = writeln!(out, "\n## {}\n", appraisal::heading(lang));
    for (label, value) in appraisal::pins(a, lang) {
        let _ = writeln!(out, "- {label}: **{}**", cell(&value));
    }
    for table in appraisal::tables(doc, a, lang) {
        let _ = writeln!(out, "\n### {}\n", table.title);
        let columns = table.header.len();
        let align: Vec<Align> = (0..columns)
            .map(|i| match i {
                0 => Align::Left,
                i if i + 1 == columns && columns == 7 => Align::Left,
                _ => Align::Right,
            })
            .collect();
        let mut t = Table::new(table.header.iter().map(|h| cell(h)), &align);
        for row in &table.rows {
            t.row(row.iter().map(|c| cell(c)));
        }
        t.write(out);
    }
}

fn section_row(table: &mut Table, name: String, t: &Totals, lang: Lang) {
    table.row([
        name,
        numbers::fraction(t.done, t.applicable, lang),
        shown_percent(t.done_percent, lang),
        numbers::points_of(t.points, t.max, lang),
        shown_percent(t.points_percent, lang),
    ]);
}

fn list_section(out: &mut String, title: &str, items: impl Iterator<Item = String>, w: &Words) {
    let _ = writeln!(out, "\n## {title}\n");
    let mut any = false;
    for item in items {
        any = true;
        let _ = writeln!(out, "- {item}");
    }
    if !any {
        let _ = writeln!(out, "- {}", w.none);
    }
}

/// Text made safe for one table cell (or one list item): line breaks shown as `<br>`, no
/// `|`, no raw HTML, no emphasis, code, strike-through, link or image made from the text —
/// GFM's autolinks included (`https://…`, `www.…`, `name@host`) — no control or
/// text-direction characters.
pub fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let text = text.trim().replace("\r\n", "\n").replace('\r', "\n");
    let mut prev = '\0';
    for c in text.chars() {
        let after_www =
            out.len() >= 3 && out.as_bytes()[out.len() - 3..].eq_ignore_ascii_case(b"www");
        match c {
            '\n' => out.push_str("<br>"),
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '~' | '!' | '@' => {
                out.push('\\');
                out.push(c);
            }
            // "://" and "www." are where an autolink starts.
            '/' if prev == ':' => out.push_str("\\/"),
            '.' if after_www => out.push_str("\\."),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c if crate::text::is_unprintable(c) => out.push(' '),
            c => out.push(c),
        }
        prev = c;
    }
    out
}

/// Text made safe inside a code span: on one line, with no backtick to end the span early.
fn code(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '`' => '\'',
            c if crate::text::is_unprintable(c) => ' ',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn nothing_in_a_note_becomes_live() {
        assert_eq!(
            cell("![x](https://e.vn/i.png)"),
            "\\!\\[x\\](https:\\//e.vn/i.png)"
        );
        assert_eq!(cell("xem https://evil.vn"), "xem https:\\//evil.vn");
        assert_eq!(cell("WWW.evil.vn"), "WWW\\.evil.vn");
        assert_eq!(cell("gửi a@b.vn"), "gửi a\\@b.vn");
        assert_eq!(cell("<img src=x>"), "&lt;img src=x&gt;");
        assert_eq!(cell("Đwww.x"), "Đwww\\.x");
        assert_eq!(cell("Số 12/KH-UBND: 3/4"), "Số 12/KH-UBND: 3/4");
    }
}
