//! The Decree 30 frame in Markdown: the two-column header and title above the summary,
//! the remarks, the signatures and the copies below it.

use super::frame::{self, Frame, MOTTO, NATIONAL_TITLE};
use super::markdown::cell;
use crate::lang::Lang;
use std::fmt::Write;

/// The header (issuer left, quốc hiệu right), the title, the addressee and the legal basis.
pub fn head(out: &mut String, f: &Frame, lang: Lang) {
    let mut left = Vec::new();
    if !f.parent.is_empty() {
        left.push(cell(&f.parent));
    }
    left.push(format!("**{}**", cell(&f.issuer)));
    left.push(cell(&f.number_line()));
    let mut right = vec![format!("**{NATIONAL_TITLE}**"), format!("**{MOTTO}**")];
    if let Some(dated) = &f.dated {
        right.push(format!("*{}*", cell(dated.get(lang))));
    }
    let _ = writeln!(
        out,
        "| {} | {} |\n| :---: | :---: |\n",
        left.join("<br>"),
        right.join("<br>")
    );
    let _ = writeln!(
        out,
        "# {}\n\n**{}**\n",
        cell(f.kind.get(lang)),
        cell(f.title.get(lang))
    );
    let h = frame::headings(lang);
    if !f.recipient.is_empty() {
        let _ = writeln!(out, "{}: {}\n", h.recipient, cell(&f.recipient));
    }
    for (title, items) in [(h.basis, &f.basis), (h.members, &f.members)] {
        if !items.is_empty() {
            let _ = writeln!(out, "{title}:\n");
            for item in items {
                let _ = writeln!(out, "- {}", cell(item));
            }
            out.push('\n');
        }
    }
}

/// The remarks and recommendations, then the copies (left) and signatures (right).
pub fn tail(out: &mut String, f: &Frame, lang: Lang) {
    let h = frame::headings(lang);
    for (title, text) in [
        (h.strengths, &f.strengths),
        (h.shortcomings, &f.shortcomings),
    ] {
        if !text.is_empty() {
            let _ = writeln!(out, "\n## {title}\n\n{}", cell(text));
        }
    }
    if !f.recommendations.is_empty() {
        let _ = writeln!(out, "\n## {}\n", h.recommendations);
        for (i, r) in f.recommendations.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", i + 1, cell(r));
        }
    }
    let copies: Vec<String> = f
        .copies_to
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let end = if i + 1 == f.copies_to.len() { "." } else { ";" };
            format!("\\- {}{end}", cell(c))
        })
        .collect();
    let mut cells = vec![format!("***{}:***<br>{}", h.copies_to, copies.join("<br>"))];
    for s in &f.signatures {
        let mut lines = Vec::new();
        if !s.on_behalf.is_empty() {
            lines.push(format!("**{}**", cell(&s.on_behalf)));
        }
        lines.push(format!("**{}**", cell(&s.position)));
        lines.push(String::new());
        lines.push(String::new());
        lines.push(if s.name.is_empty() {
            String::new()
        } else {
            format!("**{}**", cell(&s.name))
        });
        cells.push(lines.join("<br>"));
    }
    let rules: Vec<&str> = std::iter::once(":---")
        .chain(f.signatures.iter().map(|_| ":---:"))
        .collect();
    let _ = writeln!(
        out,
        "\n| {} |\n| {} |",
        cells.join(" | "),
        rules.join(" | ")
    );
}
