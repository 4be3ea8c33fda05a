//! The Decree 30 frame in HTML (Appendix I): the two-column header — parent and issuing
//! body, "Số" on the left; quốc hiệu, tiêu ngữ, place and date in italics on the right —
//! the title, the addressee and basis; at the end the remarks, the copies (left) and the
//! signatures (right).

use super::frame::{self, Frame, MOTTO, NATIONAL_TITLE};
use super::html::esc;
use crate::lang::Lang;
use std::fmt::Write;

/// The print styles of the frame, with the page set up as Decree 30 has it: A4 portrait,
/// margins top and bottom 20 mm, left 30 mm, right 15 mm; page numbers centred at the top
/// from page 2.
pub const STYLE: &str = "@page{size:A4 portrait;margin:20mm 15mm 20mm 30mm;@top-center{content:counter(page);font:13pt 'Times New Roman',Tinos,'Liberation Serif',serif}}\
@page:first{@top-center{content:none}}\
table.frame,table.frame td,table.sign,table.sign td{border:0;padding:0;text-align:center}\
table.frame td{width:50%}.parent{font-size:12.5pt;text-transform:uppercase}\
.issuer{font-size:12.5pt;font-weight:bold;text-transform:uppercase}\
.nation{font-size:12.5pt;font-weight:bold}.motto{font-size:13.5pt;font-weight:bold}\
.rule{display:block;width:30%;margin:1pt auto 4pt;border-top:1px solid #000}\
.motto .rule{width:60%}.dated{font-style:italic}\
h1.kind{text-align:center;font-size:14pt;margin:14pt 0 0;border:0}\
p.title{text-align:center;font-weight:bold;margin-top:0}\
p.recipient{text-align:center}\
table.sign td{vertical-align:top}td.copies{text-align:left;font-size:11pt;width:45%}\
.copies b{font-size:12pt;font-style:italic}.sign .position{font-weight:bold;font-size:13.5pt}\
.sign .space{height:24mm}.sign .name{font-weight:bold;font-size:13.5pt}\
.stamp{float:right;border:2px solid #000;font-weight:bold;padding:2pt 8pt}";

/// The frame above the summary. `draft` puts "DỰ THẢO" on it.
pub fn head(out: &mut String, f: &Frame, lang: Lang, draft: Option<&str>) {
    if let Some(draft) = draft {
        let _ = writeln!(out, "<div class=\"stamp\">{}</div>", esc(draft));
    }
    out.push_str("<table class=\"frame\"><tr><td>");
    if !f.parent.is_empty() {
        let _ = write!(out, "<div class=\"parent\">{}</div>", esc(&f.parent));
    }
    let _ = write!(
        out,
        "<div class=\"issuer\">{}<span class=\"rule\"></span></div><div>{}</div></td>",
        esc(&f.issuer),
        esc(&f.number_line())
    );
    let _ = write!(
        out,
        "<td><div class=\"nation\">{NATIONAL_TITLE}</div><div class=\"motto\">{MOTTO}<span class=\"rule\"></span></div>"
    );
    if let Some(dated) = &f.dated {
        let _ = write!(out, "<div class=\"dated\">{}</div>", esc(dated.get(lang)));
    }
    out.push_str("</td></tr></table>\n");
    let _ = writeln!(
        out,
        "<h1 class=\"kind\">{}</h1>\n<p class=\"title\">{}</p>",
        esc(f.kind.get(lang)),
        esc(f.title.get(lang))
    );
    let h = frame::headings(lang);
    if !f.recipient.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"recipient\">{}: {}</p>",
            esc(h.recipient),
            esc(&f.recipient)
        );
    }
    for (title, items) in [(h.basis, &f.basis), (h.members, &f.members)] {
        if !items.is_empty() {
            let _ = writeln!(out, "<p>{}:</p>\n<ul>", esc(title));
            for item in items {
                let _ = writeln!(out, "<li>{}</li>", esc(item));
            }
            out.push_str("</ul>\n");
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
            let _ = writeln!(
                out,
                "<h2>{}</h2>\n<p class=\"notes\">{}</p>",
                esc(title),
                esc(text)
            );
        }
    }
    if !f.recommendations.is_empty() {
        let _ = writeln!(out, "<h2>{}</h2>\n<ol>", esc(h.recommendations));
        for r in &f.recommendations {
            let _ = writeln!(out, "<li>{}</li>", esc(r));
        }
        out.push_str("</ol>\n");
    }
    let _ = write!(
        out,
        "<table class=\"sign\"><tr><td class=\"copies\"><b>{}:</b><br>",
        esc(h.copies_to)
    );
    for (i, c) in f.copies_to.iter().enumerate() {
        let end = if i + 1 == f.copies_to.len() { "." } else { ";" };
        let _ = write!(out, "- {}{end}<br>", esc(c));
    }
    out.push_str("</td>");
    for s in &f.signatures {
        out.push_str("<td>");
        if !s.on_behalf.is_empty() {
            let _ = write!(out, "<div class=\"position\">{}</div>", esc(&s.on_behalf));
        }
        let _ = write!(
            out,
            "<div class=\"position\">{}</div><div class=\"space\"></div><div class=\"name\">{}</div></td>",
            esc(&s.position),
            esc(&s.name)
        );
    }
    out.push_str("</tr></table>\n");
}
