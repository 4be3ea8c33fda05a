//! The summary as an xlsx workbook (rust_xlsxwriter): a scoring sheet, the document's
//! header fields, and the evidence files. Numbers are number cells with format codes (the
//! spreadsheet shows them in the reader's locale: 99,76% on a Vietnamese machine), ids and
//! free text are text cells (never formulas), dates are dates. The scoring sheet prints on
//! A4 portrait, fit to the page width, its header row frozen and repeated on every page.
//! The file's creation time is the export time, so the same export gives the same bytes.

use super::model::SummaryDocument;
use super::scoring::Column;
use super::words;
use crate::lang::Lang;
use crate::messages as msg;
use crate::points::Points;
use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

/// Excel's paper size code for A4.
pub(crate) const A4: u8 = 9;
/// The most characters an xlsx cell holds.
const CELL_MAX: usize = 32_767;

pub fn render(doc: &SummaryDocument, lang: Lang, now: DateTime<Utc>) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let title = doc.document.as_ref().map_or_else(
        || doc.template.title.get(lang).to_string(),
        |f| f.title.get(lang).to_string(),
    );
    book.set_properties(
        &DocProperties::new()
            .set_title(text(&title))
            .set_creation_datetime(&excel_time(now)?),
    );
    let styles = Styles::new();
    scoring(book.add_worksheet(), doc, lang, &styles)?;
    document(book.add_worksheet(), doc, lang, &styles, now)?;
    evidence(book.add_worksheet(), doc, lang, &styles)?;
    book.save_to_buffer()
}

struct Styles {
    head: Format,
    text: Format,
    points: Format,
    count: Format,
    percent: Format,
    date: Format,
    time: Format,
    total: Format,
}

impl Styles {
    fn new() -> Styles {
        let border = |f: Format| f.set_border(rust_xlsxwriter::FormatBorder::Thin);
        Styles {
            head: border(
                Format::new()
                    .set_bold()
                    .set_text_wrap()
                    .set_align(rust_xlsxwriter::FormatAlign::Center),
            ),
            text: border(
                Format::new()
                    .set_text_wrap()
                    .set_align(rust_xlsxwriter::FormatAlign::Top),
            ),
            points: border(
                Format::new()
                    .set_num_format("#,##0.00")
                    .set_align(rust_xlsxwriter::FormatAlign::Top),
            ),
            count: border(
                Format::new()
                    .set_num_format("#,##0")
                    .set_align(rust_xlsxwriter::FormatAlign::Top),
            ),
            percent: border(
                Format::new()
                    .set_num_format("0.00%")
                    .set_align(rust_xlsxwriter::FormatAlign::Top),
            ),
            date: Format::new()
                .set_num_format("dd/mm/yyyy")
                .set_align(rust_xlsxwriter::FormatAlign::Left),
            time: Format::new()
                .set_num_format("dd/mm/yyyy hh:mm:ss")
                .set_align(rust_xlsxwriter::FormatAlign::Left),
            total: border(Format::new().set_bold().set_num_format("#,##0.00")),
        }
    }
}

/// The columns of the scoring sheet: a running number, the report's (`export::scoring`, in
/// its order: id | criterion | maximum | self-score | evidence | explanation | appraised, and
/// final beside it | note), then the figures typed for whoever counts with them.
#[derive(Clone, Copy, PartialEq)]
enum Cell {
    Running,
    Report(Column),
    Final,
    Section,
    Status,
    Rule,
    Numerator,
    Denominator,
    Rate,
    Count,
    Target,
}

impl Cell {
    fn head(self, doc: &SummaryDocument, lang: Lang) -> &'static str {
        let w = words::of(lang);
        match self {
            Cell::Running => msg::export::no(lang),
            // The running number is the STT here; the criterion's own number is its id.
            Cell::Report(Column::No) => w.id,
            Cell::Report(column) => column.head(doc, lang),
            Cell::Final => msg::export::final_score(lang),
            Cell::Section => w.section,
            Cell::Status => w.status,
            Cell::Rule => w.rule,
            Cell::Numerator => msg::export::numerator(lang),
            Cell::Denominator => msg::export::denominator(lang),
            Cell::Rate => msg::common::rate(lang),
            Cell::Count => msg::common::count_2(lang),
            Cell::Target => msg::export::target(lang),
        }
    }

    fn width(self) -> f64 {
        match self {
            Cell::Report(Column::Criterion) => 48.0,
            Cell::Report(Column::Note | Column::Explanation) => 36.0,
            Cell::Report(Column::Evidence) => 30.0,
            Cell::Status => 16.0,
            Cell::Running | Cell::Report(Column::No) | Cell::Section => 7.0,
            Cell::Numerator | Cell::Denominator => 10.0,
            _ => 9.0,
        }
    }
}

fn cells(doc: &SummaryDocument) -> Vec<Cell> {
    let mut out = vec![Cell::Running];
    for column in super::scoring::columns(doc) {
        out.push(Cell::Report(column));
        if column == Column::Appraised {
            out.push(Cell::Final);
        }
    }
    out.extend([
        Cell::Section,
        Cell::Status,
        Cell::Rule,
        Cell::Numerator,
        Cell::Denominator,
        Cell::Rate,
        Cell::Count,
        Cell::Target,
    ]);
    out
}

fn scoring(
    sheet: &mut Worksheet,
    doc: &SummaryDocument,
    lang: Lang,
    s: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(msg::export::scoring(lang))?;
    let cells = cells(doc);
    for (c, cell) in cells.iter().enumerate() {
        sheet.write_string_with_format(0, col(c), cell.head(doc, lang), &s.head)?;
        sheet.set_column_width(col(c), cell.width())?;
    }
    let points = |p: Option<Points>| p.map(Points::as_f64);
    let mut row = 1u32;
    for (i, t) in doc.tasks.iter().enumerate() {
        let count = |v: Option<u64>| v.map(|v| v as f64);
        for (c, cell) in cells.iter().enumerate() {
            let c = col(c);
            let written = |value: &str| text(value);
            let (number, format) = match *cell {
                Cell::Running => (Some((i + 1) as f64), &s.count),
                Cell::Report(column @ (Column::Max | Column::Score | Column::Appraised)) => {
                    (points(column.points(t)), &s.points)
                }
                Cell::Final => (
                    points(t.appraisal.as_ref().map(|a| a.final_points)),
                    &s.points,
                ),
                Cell::Rule => (Some(t.rule_points.as_f64()), &s.points),
                Cell::Numerator => (count(t.numerator), &s.count),
                Cell::Denominator => (count(t.denominator), &s.count),
                Cell::Rate => (t.rate_percent.map(|p| p / 100.0), &s.percent),
                Cell::Count => (count(t.count), &s.count),
                Cell::Target => (count(t.target), &s.count),
                Cell::Section => {
                    sheet.write_string_with_format(row, c, written(&t.section), &s.text)?;
                    continue;
                }
                Cell::Status => {
                    sheet.write_string_with_format(row, c, t.status.label(lang), &s.text)?;
                    continue;
                }
                Cell::Report(column) => {
                    let value = written(&column.cell(t, lang));
                    sheet.write_string_with_format(row, c, value, &s.text)?;
                    continue;
                }
            };
            match number {
                Some(v) => sheet.write_number_with_format(row, c, v, format)?,
                None => sheet.write_blank(row, c, format)?,
            };
        }
        row += 1;
    }
    for (c, cell) in cells.iter().enumerate() {
        let total = match *cell {
            Cell::Report(Column::Criterion) => {
                sheet.write_string_with_format(row, col(c), words::of(lang).total, &s.head)?;
                continue;
            }
            Cell::Report(column) => column.total(doc),
            Cell::Final => doc.appraisal.as_ref().map(|a| a.totals.final_points),
            _ => None,
        };
        if let Some(total) = total {
            sheet.write_number_with_format(row, col(c), total.as_f64(), &s.total)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_repeat_rows(0, 0)?;
    sheet
        .set_paper_size(A4)
        .set_portrait()
        .set_print_fit_to_pages(1, 0);
    // Decree 30's margins, in inches: left 30 mm, right 15 mm, top and bottom 20 mm.
    sheet.set_margins(30.0 / 25.4, 15.0 / 25.4, 20.0 / 25.4, 20.0 / 25.4, 0.3, 0.3);
    Ok(())
}

fn document(
    sheet: &mut Worksheet,
    doc: &SummaryDocument,
    lang: Lang,
    s: &Styles,
    now: DateTime<Utc>,
) -> Result<(), XlsxError> {
    let w = words::of(lang);
    sheet.set_name(msg::common::document_form(lang))?;
    sheet.set_column_width(0, 28.0)?;
    sheet.set_column_width(1, 80.0)?;
    let mut rows: Vec<(String, String)> = Vec::new();
    let mut push = |label: &str, value: String| rows.push((label.to_string(), value));
    if let Some(f) = &doc.document {
        push(msg::common::parent_body(lang), f.parent.clone());
        push(msg::common::issuing_body(lang), f.issuer.clone());
        push(msg::export::number(lang), f.number.clone());
        push(msg::export::kind(lang), f.kind.get(lang).to_string());
        push(msg::export::title(lang), f.title.get(lang).to_string());
        push(
            msg::export::place_and_date(lang),
            f.dated
                .as_ref()
                .map(|d| d.get(lang).to_string())
                .unwrap_or_default(),
        );
        let h = super::frame::headings(lang);
        push(h.recipient, f.recipient.clone());
        push(h.basis, f.basis.join("\n"));
        push(h.members, f.members.join("\n"));
        push(h.strengths, f.strengths.clone());
        push(h.shortcomings, f.shortcomings.clone());
        push(h.recommendations, f.recommendations.join("\n"));
        let signers: Vec<String> = f
            .signatures
            .iter()
            .map(|s| {
                [s.on_behalf.as_str(), &s.position, &s.name]
                    .iter()
                    .filter(|x| !x.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" / ")
            })
            .collect();
        push(msg::common::signed_by(lang), signers.join("\n"));
        push(h.copies_to, f.copies_to.join("\n"));
    }
    push(w.unit, doc.unit.name.clone());
    push(w.period, doc.period.label(lang));
    push(w.mode, doc.mode.label(lang).to_string());
    push(w.people, doc.people.join(", "));
    push(
        w.template,
        format!(
            "{} ({}@{})",
            doc.template.title.get(lang),
            doc.template.id,
            doc.template.version
        ),
    );
    push(w.template_hash, doc.template.hash.clone());
    push(w.tasks_done, words::done_line(doc, lang));
    push(w.points, words::points_line(doc, lang));
    push(
        msg::common::status(lang),
        if doc.is_final() {
            w.final_note
        } else {
            w.draft_note
        }
        .to_string(),
    );
    push(w.key_id, doc.signer.key_id.clone());
    let mut row = 0u32;
    for (label, value) in &rows {
        sheet.write_string_with_format(row, 0, text(label), &s.head)?;
        sheet.write_string_with_format(row, 1, text(value), &s.text)?;
        row += 1;
    }
    // The dates as dates: the document's own, and when the summary was made (UTC).
    if let Some(date) = doc.document.as_ref().and_then(|f| f.date) {
        sheet.write_string_with_format(row, 0, msg::export::document_date(lang), &s.head)?;
        sheet.write_datetime_with_format(row, 1, &excel_date(date)?, &s.date)?;
        row += 1;
    }
    sheet.write_string_with_format(row, 0, w.generated, &s.head)?;
    sheet.write_datetime_with_format(row, 1, &excel_time(now)?, &s.time)?;
    sheet
        .set_paper_size(A4)
        .set_portrait()
        .set_print_fit_to_pages(1, 0);
    Ok(())
}

fn evidence(
    sheet: &mut Worksheet,
    doc: &SummaryDocument,
    lang: Lang,
    s: &Styles,
) -> Result<(), XlsxError> {
    let w = words::of(lang);
    sheet.set_name(msg::export::evidence(lang))?;
    for (c, (h, width)) in [(w.id, 8.0), (w.evidence, 50.0), ("SHA-256", 72.0)]
        .into_iter()
        .enumerate()
    {
        sheet.write_string_with_format(0, col(c), h, &s.head)?;
        sheet.set_column_width(col(c), width)?;
    }
    for (row, (t, e)) in (1u32..).zip(doc.evidence()) {
        sheet.write_string_with_format(row, 0, text(&t.id), &s.text)?;
        sheet.write_string_with_format(row, 1, text(&e.path), &s.text)?;
        let hash = e.sha256.clone().unwrap_or_else(|| w.missing.to_string());
        sheet.write_string_with_format(row, 2, text(&hash), &s.text)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_repeat_rows(0, 0)?;
    sheet
        .set_paper_size(A4)
        .set_landscape()
        .set_print_fit_to_pages(1, 0);
    Ok(())
}

pub(crate) fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

/// Text as a cell holds it: no control characters but line breaks and tabs, and no more
/// than a cell can hold.
pub(crate) fn text(value: &str) -> String {
    let clean: String = value
        .chars()
        .map(|c| {
            if crate::text::is_unprintable(c) && c != '\n' && c != '\t' {
                ' '
            } else {
                c
            }
        })
        .collect();
    if clean.chars().count() <= CELL_MAX {
        return clean;
    }
    clean.chars().take(CELL_MAX - 1).chain(['…']).collect()
}

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    let year = u16::try_from(d.year()).map_err(|_| XlsxError::DateTimeRangeError(d.to_string()))?;
    ExcelDateTime::from_ymd(year, d.month() as u8, d.day() as u8)
}

pub(crate) fn excel_time(t: DateTime<Utc>) -> Result<ExcelDateTime, XlsxError> {
    excel_date(t.date_naive())?.and_hms(t.hour() as u16, t.minute() as u8, t.second())
}
