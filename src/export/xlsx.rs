//! The summary as an xlsx workbook (rust_xlsxwriter): a scoring sheet, the document's
//! header fields, and the evidence files. Numbers are number cells with format codes (the
//! spreadsheet shows them in the reader's locale: 99,76% on a Vietnamese machine), ids and
//! free text are text cells (never formulas), dates are dates. The scoring sheet prints on
//! A4 portrait, fit to the page width, its header row frozen and repeated on every page.
//! The file's creation time is the export time, so the same export gives the same bytes.

use super::model::{SummaryDocument, TaskRow};
use super::words;
use crate::lang::Lang;
use crate::messages as msg;
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

fn scoring(
    sheet: &mut Worksheet,
    doc: &SummaryDocument,
    lang: Lang,
    s: &Styles,
) -> Result<(), XlsxError> {
    let w = words::of(lang);
    sheet.set_name(msg::export::scoring(lang))?;
    let appraised = doc.appraisal.is_some();
    let mut header: Vec<&str> = vec![
        msg::export::no(lang),
        w.section,
        w.id,
        w.task,
        w.status,
        w.max,
        msg::export::self_score_2(lang),
        w.rule,
        msg::export::numerator(lang),
        msg::export::denominator(lang),
        msg::common::rate(lang),
        msg::common::count_2(lang),
        msg::export::target(lang),
        w.notes,
        w.evidence,
    ];
    let widths = [
        6.0, 8.0, 8.0, 48.0, 16.0, 9.0, 9.0, 9.0, 10.0, 10.0, 9.0, 9.0, 9.0, 40.0, 30.0,
    ];
    if appraised {
        header.extend([msg::common::appraised_2(lang), msg::common::final_2(lang)]);
    }
    for (c, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, col(c), *h, &s.head)?;
        sheet.set_column_width(col(c), widths.get(c).copied().unwrap_or(10.0))?;
    }
    let mut row = 1u32;
    for (i, t) in doc.tasks.iter().enumerate() {
        let num = |v: Option<u64>| v.map(|v| v as f64);
        sheet.write_number_with_format(row, 0, (i + 1) as f64, &s.count)?;
        sheet.write_string_with_format(row, 1, text(&t.section), &s.text)?;
        sheet.write_string_with_format(row, 2, text(&t.id), &s.text)?;
        sheet.write_string_with_format(row, 3, text(t.title.get(lang)), &s.text)?;
        sheet.write_string_with_format(row, 4, t.status.label(lang), &s.text)?;
        sheet.write_number_with_format(row, 5, t.max.as_f64(), &s.points)?;
        sheet.write_number_with_format(row, 6, t.points.as_f64(), &s.points)?;
        sheet.write_number_with_format(row, 7, t.rule_points.as_f64(), &s.points)?;
        let figures = [
            (8, num(t.numerator), &s.count),
            (9, num(t.denominator), &s.count),
            (10, t.rate_percent.map(|p| p / 100.0), &s.percent),
            (11, num(t.count), &s.count),
            (12, num(t.target), &s.count),
        ];
        for (c, value, format) in figures {
            match value {
                Some(v) => sheet.write_number_with_format(row, c, v, format)?,
                None => sheet.write_blank(row, c, format)?,
            };
        }
        sheet.write_string_with_format(row, 13, text(&notes(t, lang)), &s.text)?;
        let files: Vec<&str> = t.evidence.iter().map(|e| e.path.as_str()).collect();
        sheet.write_string_with_format(row, 14, text(&files.join("\n")), &s.text)?;
        if let Some(a) = t.appraisal.as_ref().filter(|_| appraised) {
            sheet.write_number_with_format(row, 15, a.appraised.as_f64(), &s.points)?;
            sheet.write_number_with_format(row, 16, a.final_points.as_f64(), &s.points)?;
        }
        row += 1;
    }
    sheet.write_string_with_format(row, 3, w.total, &s.head)?;
    sheet.write_number_with_format(row, 5, doc.totals.max.as_f64(), &s.total)?;
    sheet.write_number_with_format(row, 6, doc.totals.points.as_f64(), &s.total)?;
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

fn notes(t: &TaskRow, lang: Lang) -> String {
    let w = words::of(lang);
    let mut parts = Vec::new();
    if !t.na_reason.is_empty() {
        parts.push(format!("{}: {}", w.na_reason, t.na_reason));
    }
    if let Some(reason) = &t.override_reason {
        parts.push(format!("{}: {reason}", w.reason));
    }
    if !t.notes.is_empty() {
        parts.push(t.notes.clone());
    }
    parts.join("\n")
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
