//! The summary as the PDF's template reads it: what the HTML prints, in the same order, with
//! every label and number already in the export's language (`words`, `numbers`, the frame),
//! so that `pdf.typ` only lays it out. Text from people is data here — strings the template
//! prints as they are — never typst markup.

use super::appraisal;
use super::frame::{self, Frame, MOTTO, NATIONAL_TITLE};
use super::model::{SummaryDocument, Totals, shown_percent};
use super::scoring;
use super::words;
use crate::lang::Lang;
use crate::numbers;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct View {
    /// `vi` or `en`: the document's language.
    pub lang: &'static str,
    /// The PDF's title (its metadata).
    pub title: String,
    /// "DỰ THẢO" on a draft.
    pub draft: Option<&'static str>,
    /// The Decree 30 header; a summary without a frame has `heading` instead.
    pub head: Option<Head>,
    pub heading: Option<&'static str>,
    pub body: Vec<Block>,
    /// The copies (left) and the signatures (right), after the body.
    pub tail: Option<Tail>,
    /// The audit trail and the signature, after the signatures.
    pub closing: Vec<Block>,
}

#[derive(Debug, Serialize)]
pub struct Head {
    pub parent: String,
    pub issuer: String,
    pub number: String,
    pub nation: &'static str,
    pub motto: &'static str,
    pub dated: Option<String>,
    pub kind: String,
    pub title: String,
    /// "Kính gửi: …".
    pub recipient: Option<String>,
    /// The legal basis and the members, each a heading ("Căn cứ:") and its items.
    pub lists: Vec<(String, Vec<String>)>,
}

#[derive(Debug, Serialize)]
pub struct Tail {
    /// "Nơi nhận:".
    pub copies_title: String,
    /// "- Sở Nội vụ;" … "- Lưu: VT.".
    pub copies: Vec<String>,
    pub signatures: Vec<Signature>,
}

#[derive(Debug, Serialize)]
pub struct Signature {
    pub on_behalf: String,
    pub position: String,
    pub name: String,
}

#[derive(Debug, Serialize)]
pub struct Column {
    /// A share of the width left (`fr`); 0 sizes the column to its content.
    pub share: u8,
    /// Right-aligned (figures, points).
    pub numeric: bool,
    /// A fixed width in millimetres, its header wrapped to it (0: `share` decides).
    pub mm: u8,
}

#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Block {
    Heading {
        level: u8,
        text: String,
    },
    Paragraph {
        text: String,
        strong: bool,
    },
    /// Label and value rows; `small` values are hashes and keys, set smaller to fit.
    Facts {
        rows: Vec<(String, String, bool)>,
    },
    /// A table whose header row is repeated on every page.
    Table {
        columns: Vec<Column>,
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    List {
        items: Vec<String>,
        numbered: bool,
        small: bool,
    },
    /// Points per field as bars: label, share of the maximum (0–100), the share shown.
    Bars {
        bars: Vec<(String, f64, String)>,
    },
    /// Lines set as they are (the verify commands).
    Lines {
        lines: Vec<String>,
    },
}

/// Text as the PDF prints it: line breaks kept, tabs and other unprintable characters
/// (controls, text-direction marks) as spaces, as the HTML has them.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' => '\n',
            c if c == '\t' || crate::text::is_unprintable(c) => ' ',
            c => c,
        })
        .collect()
}

fn heading(level: u8, text: &str) -> Block {
    Block::Heading {
        level,
        text: clean(text),
    }
}

fn list(items: impl Iterator<Item = String>, none: &str, small: bool) -> Block {
    let mut items: Vec<String> = items.map(|i| clean(&i)).collect();
    if items.is_empty() {
        items.push(none.to_string());
    }
    Block::List {
        items,
        numbered: false,
        small,
    }
}

fn column(share: u8, numeric: bool) -> Column {
    Column {
        share,
        numeric,
        mm: 0,
    }
}

pub fn of(doc: &SummaryDocument, lang: Lang, file_name: &str) -> View {
    let w = words::of(lang);
    let draft = (!doc.is_final()).then_some(w.draft);
    let mut body = Vec::new();
    let note = if doc.is_final() {
        w.final_note
    } else {
        w.draft_note
    };
    body.push(Block::Paragraph {
        text: note.to_string(),
        strong: !doc.is_final(),
    });
    body.push(Block::Facts {
        rows: facts(doc, lang),
    });
    body.push(heading(2, w.by_section));
    body.push(Block::Bars {
        bars: doc
            .sections
            .iter()
            .map(|s| {
                (
                    clean(&format!("{}. {}", s.id, s.title.get(lang))),
                    s.totals.points_percent.unwrap_or(0.0).clamp(0.0, 100.0),
                    shown_percent(s.totals.points_percent, lang),
                )
            })
            .collect(),
    });
    let mut rows: Vec<Vec<String>> = doc
        .sections
        .iter()
        .map(|s| totals_row(&format!("{}. {}", s.id, s.title.get(lang)), &s.totals, lang))
        .collect();
    rows.push(totals_row(w.total, &doc.totals, lang));
    body.push(Block::Table {
        columns: vec![
            column(1, false),
            column(0, true),
            column(0, true),
            column(0, true),
            column(0, true),
        ],
        header: [w.section, w.done, "%", w.points, "%"]
            .map(String::from)
            .into(),
        rows,
    });
    if let Some(a) = &doc.appraisal {
        body.push(heading(2, appraisal::heading(lang)));
        let pins = appraisal::pins(a, lang).into_iter();
        body.push(list(pins.map(|(l, v)| format!("{l}: {v}")), w.none, true));
        for table in appraisal::tables(doc, a, lang) {
            body.push(heading(3, table.title));
            let wide = table.header.len();
            let columns = (0..wide)
                .map(|i| match i {
                    0 => column(0, false),
                    6 if wide == 7 => column(1, false),
                    _ => column(0, true),
                })
                .collect();
            body.push(Block::Table {
                columns,
                header: table.header.iter().map(|h| h.to_string()).collect(),
                rows: rows_clean(table.rows),
            });
        }
    }
    for s in &doc.sections {
        body.push(heading(2, &format!("{}. {}", s.id, s.title.get(lang))));
        let columns = scoring::columns(doc);
        body.push(Block::Table {
            columns: columns
                .iter()
                .map(|c| Column {
                    // A score's column is as wide as "10,25" and its header wraps: "Điểm
                    // tự chấm" would otherwise take the criterion's width.
                    mm: if c.numeric() { 15 } else { 0 },
                    ..column(c.weight(), c.numeric())
                })
                .collect(),
            header: scoring::header(doc, lang)
                .into_iter()
                .map(String::from)
                .collect(),
            rows: rows_clean(scoring::rows(doc, &s.id, lang).collect()),
        });
    }
    body.push(heading(2, w.open));
    body.push(list(doc.open.iter().cloned(), w.none, false));
    body.push(heading(2, w.warnings));
    let warnings = doc
        .warnings
        .iter()
        .map(|x| format!("{}: {}", x.task, x.message.get(lang)));
    body.push(list(warnings, w.none, false));
    body.push(heading(2, w.overrides));
    let overrides = doc.overrides().map(|t| {
        format!(
            "{}: {} ({} {}) — {}: {}",
            t.id,
            t.points.shown(lang),
            w.rule.to_lowercase(),
            t.rule_points.shown(lang),
            w.reason,
            t.override_reason.as_deref().unwrap_or_default()
        )
    });
    body.push(list(overrides, w.none, false));
    body.push(heading(2, w.evidence_files));
    let files = doc.evidence().map(|(t, e)| {
        let hash = e.sha256.as_deref().unwrap_or(w.missing);
        format!("{}: {} — {hash}", t.id, e.path)
    });
    body.push(list(files, w.none, true));
    let head = doc.document.as_ref().map(|f| head_of(f, lang));
    let tail = doc.document.as_ref().map(|f| {
        remarks(&mut body, f, lang);
        tail_of(f, lang)
    });
    View {
        lang: lang.code(),
        title: clean(&format!("{} — {}", w.heading, doc.unit.name)),
        draft,
        head,
        heading: doc.document.is_none().then_some(w.heading),
        body,
        tail,
        closing: closing(doc, lang, file_name),
    }
}

fn rows_clean(rows: Vec<Vec<String>>) -> Vec<Vec<String>> {
    rows.into_iter()
        .map(|row| row.iter().map(|c| clean(c)).collect())
        .collect()
}

/// The unit, its details, the period … the points, then the result: the HTML's first table.
fn facts(doc: &SummaryDocument, lang: Lang) -> Vec<(String, String, bool)> {
    let w = words::of(lang);
    let title = doc.template.title.get(lang);
    let mut rows = vec![(w.unit, doc.unit.name.clone(), false)];
    for (label, value) in words::unit_details(&doc.unit, lang) {
        rows.push((label, value, false));
    }
    rows.extend([
        (w.period, doc.period.label(lang), false),
        (w.mode, doc.mode.label(lang).to_string(), false),
        (w.people, doc.people.join(", "), false),
        (
            w.template,
            format!("{title} ({}@{})", doc.template.id, doc.template.version),
            false,
        ),
        (w.template_hash, doc.template.hash.clone(), true),
        (w.generated, doc.generated.clone(), false),
        (w.tasks_done, words::done_line(doc, lang), false),
        (w.points, words::points_line(doc, lang), false),
    ]);
    for (label, value) in doc.result.iter().flat_map(|r| words::result_lines(r, lang)) {
        rows.push((label, value, false));
    }
    rows.into_iter()
        .map(|(label, value, small)| (label.to_string(), clean(&value), small))
        .collect()
}

fn totals_row(name: &str, t: &Totals, lang: Lang) -> Vec<String> {
    vec![
        clean(name),
        numbers::fraction(t.done, t.applicable, lang),
        shown_percent(t.done_percent, lang),
        numbers::points_of(t.points, t.max, lang),
        shown_percent(t.points_percent, lang),
    ]
}

fn head_of(f: &Frame, lang: Lang) -> Head {
    let h = frame::headings(lang);
    let mut lists = Vec::new();
    for (title, items) in [(h.basis, &f.basis), (h.members, &f.members)] {
        if !items.is_empty() {
            lists.push((
                format!("{title}:"),
                items.iter().map(|i| clean(i)).collect(),
            ));
        }
    }
    Head {
        parent: clean(&f.parent),
        issuer: clean(&f.issuer),
        number: clean(&f.number_line()),
        nation: NATIONAL_TITLE,
        motto: MOTTO,
        dated: f.dated.as_ref().map(|d| clean(d.get(lang))),
        kind: clean(f.kind.get(lang)),
        title: clean(f.title.get(lang)),
        recipient: (!f.recipient.is_empty())
            .then(|| clean(&format!("{}: {}", h.recipient, f.recipient))),
        lists,
    }
}

/// The remarks and recommendations, which close the body.
fn remarks(body: &mut Vec<Block>, f: &Frame, lang: Lang) {
    let h = frame::headings(lang);
    for (title, text) in [
        (h.strengths, &f.strengths),
        (h.shortcomings, &f.shortcomings),
    ] {
        if !text.is_empty() {
            body.push(heading(2, title));
            body.push(Block::Paragraph {
                text: clean(text),
                strong: false,
            });
        }
    }
    if !f.recommendations.is_empty() {
        body.push(heading(2, h.recommendations));
        body.push(Block::List {
            items: f.recommendations.iter().map(|r| clean(r)).collect(),
            numbered: true,
            small: false,
        });
    }
}

fn tail_of(f: &Frame, lang: Lang) -> Tail {
    let h = frame::headings(lang);
    let last = f.copies_to.len().saturating_sub(1);
    Tail {
        copies_title: format!("{}:", h.copies_to),
        copies: f
            .copies_to
            .iter()
            .enumerate()
            .map(|(i, c)| clean(&format!("- {c}{}", if i == last { "." } else { ";" })))
            .collect(),
        signatures: f
            .signatures
            .iter()
            .map(|s| Signature {
                on_behalf: clean(&s.on_behalf),
                position: clean(&s.position),
                name: clean(&s.name),
            })
            .collect(),
    }
}

/// The audit trail, the key and how to check the signature.
fn closing(doc: &SummaryDocument, lang: Lang, file_name: &str) -> Vec<Block> {
    let w = words::of(lang);
    let dash = || "–".to_string();
    let audit = [
        format!("{}: {}", w.changes, numbers::count(doc.audit.changes, lang)),
        format!(
            "{}: {}",
            w.first_change,
            doc.audit.first.clone().unwrap_or_else(dash)
        ),
        format!(
            "{}: {}",
            w.last_change,
            doc.audit.last.clone().unwrap_or_else(dash)
        ),
    ];
    let [own, standard] =
        crate::signing::verify_commands(std::path::Path::new(file_name), &doc.signer.public_key);
    vec![
        heading(2, w.audit),
        list(audit.into_iter(), w.none, false),
        heading(2, w.signature),
        list(
            [
                format!("{}: {}", w.public_key, doc.signer.public_key),
                format!("{}: {}", w.key_id, doc.signer.key_id),
            ]
            .into_iter(),
            w.none,
            true,
        ),
        Block::Paragraph {
            text: format!("{}:", w.verify_hint),
            strong: false,
        },
        Block::Lines {
            lines: vec![clean(&own), clean(&standard)],
        },
    ]
}
