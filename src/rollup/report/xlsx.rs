//! The ranking as an xlsx workbook (rust_xlsxwriter): the table of `rollup.csv` with typed
//! cells — ranks, points, counts and percentages as numbers (shown in the reader's locale),
//! units, files and codes as text (never formulas) — its header row frozen and repeated on
//! every page, printed on A4 landscape fit to the page width; then the rejected files. The
//! file's creation time is the report's `generated`, so the same inputs and clock give the
//! same bytes.

use super::{GroupRow, Report, UnitRow};
use crate::export::ExportError;
use crate::export::xlsx::{A4, col, excel_time, text};
use crate::lang::Lang;
use crate::messages as msg;
use crate::points::Points;
use rust_xlsxwriter::XlsxError;
use rust_xlsxwriter::{DocProperties, Format, FormatAlign, FormatBorder, Workbook, Worksheet};

/// A cell of the table: text, or a number in one of the formats.
enum Cell {
    Text(String),
    Count(Option<f64>),
    Points(Option<f64>),
    Percent(Option<f64>),
}

struct Styles {
    head: Format,
    text: Format,
    count: Format,
    points: Format,
    percent: Format,
}

impl Styles {
    fn new() -> Styles {
        let cell = |f: Format| f.set_border(FormatBorder::Thin).set_align(FormatAlign::Top);
        Styles {
            head: cell(Format::new().set_bold().set_text_wrap()),
            text: cell(Format::new().set_text_wrap()),
            count: cell(Format::new().set_num_format("#,##0")),
            points: cell(Format::new().set_num_format("#,##0.00")),
            percent: cell(Format::new().set_num_format("0.00%")),
        }
    }
}

pub fn render(report: &Report, lang: Lang) -> Result<Vec<u8>, ExportError> {
    let fail = |e: XlsxError| ExportError::Render {
        format: "xlsx",
        why: e.to_string(),
    };
    let generated = chrono::DateTime::parse_from_rfc3339(&report.generated)
        .map_err(|e| ExportError::Render {
            format: "xlsx",
            why: e.to_string(),
        })?
        .with_timezone(&chrono::Utc);
    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(msg::rollup::title(lang))
            .set_creation_datetime(&excel_time(generated).map_err(fail)?),
    );
    let styles = Styles::new();
    ranking(book.add_worksheet(), report, lang, &styles).map_err(fail)?;
    rejected(book.add_worksheet(), report, lang, &styles).map_err(fail)?;
    book.save_to_buffer().map_err(fail)
}

fn ranking(
    sheet: &mut Worksheet,
    report: &Report,
    lang: Lang,
    s: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(msg::rollup::ranking(lang))?;
    let header = super::csv::header(lang);
    for (c, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, col(c), *h, &s.head)?;
        let width = match c {
            5 => 40.0,
            19 | 24 => 36.0,
            _ => 11.0,
        };
        sheet.set_column_width(col(c), width)?;
    }
    let mut row = 1u32;
    for group in &report.groups {
        for unit in &group.units {
            for (c, cell) in cells(group, unit, lang).into_iter().enumerate() {
                write(sheet, row, col(c), cell, s)?;
            }
            row += 1;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_repeat_rows(0, 0)?;
    print_setup(sheet);
    Ok(())
}

fn rejected(
    sheet: &mut Worksheet,
    report: &Report,
    lang: Lang,
    s: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(msg::rollup::rejected(lang))?;
    let header = [
        (msg::rollup::file(lang), 40.0),
        (msg::rollup::reason_code(lang), 18.0),
        (msg::common::reason(lang), 80.0),
    ];
    for (c, (h, width)) in header.into_iter().enumerate() {
        sheet.write_string_with_format(0, col(c), h, &s.head)?;
        sheet.set_column_width(col(c), width)?;
    }
    for (row, r) in (1u32..).zip(&report.rejected) {
        sheet.write_string_with_format(row, 0, text(&r.file), &s.text)?;
        sheet.write_string_with_format(row, 1, text(&r.reason), &s.text)?;
        sheet.write_string_with_format(row, 2, text(r.message.get(lang)), &s.text)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_repeat_rows(0, 0)?;
    print_setup(sheet);
    Ok(())
}

fn print_setup(sheet: &mut Worksheet) {
    sheet
        .set_paper_size(A4)
        .set_landscape()
        .set_print_fit_to_pages(1, 0);
    // Decree 30's margins, in inches: left 30 mm, right 15 mm, top and bottom 20 mm.
    sheet.set_margins(30.0 / 25.4, 15.0 / 25.4, 20.0 / 25.4, 20.0 / 25.4, 0.3, 0.3);
}

fn write(sheet: &mut Worksheet, row: u32, c: u16, cell: Cell, s: &Styles) -> Result<(), XlsxError> {
    let (value, format) = match cell {
        Cell::Text(value) => {
            sheet.write_string_with_format(row, c, text(&value), &s.text)?;
            return Ok(());
        }
        Cell::Count(v) => (v, &s.count),
        Cell::Points(v) => (v, &s.points),
        Cell::Percent(v) => (v.map(|p| p / 100.0), &s.percent),
    };
    match value {
        Some(v) => sheet.write_number_with_format(row, c, v, format)?,
        None => sheet.write_blank(row, c, format)?,
    };
    Ok(())
}

/// The cells of a unit's row, in the columns of the CSV.
fn cells(group: &GroupRow, u: &UnitRow, lang: Lang) -> Vec<Cell> {
    let count = |n: Option<usize>| Cell::Count(n.map(|n| n as f64));
    let change = |n: Option<i64>| Cell::Count(n.map(|n| n as f64));
    let points = |p: Option<Points>| Cell::Points(p.map(Points::as_f64));
    let flag = |b: Option<bool>| Cell::Count(b.map(|b| f64::from(u8::from(b))));
    let before = u.earlier.as_ref();
    let a = u.appraisal.as_ref();
    vec![
        Cell::Text(group.template.clone()),
        Cell::Text(group.version.clone()),
        Cell::Text(group.period.to_string()),
        Cell::Text(group.kind.map(|k| k.to_string()).unwrap_or_default()),
        count(Some(u.rank)),
        Cell::Text(u.unit.clone()),
        points(Some(u.points)),
        points(Some(u.out_of)),
        Cell::Percent(u.percent),
        Cell::Text(u.grade.as_ref().map_or("", |g| g.get(lang)).to_string()),
        count(Some(u.done)),
        count(Some(u.applicable)),
        Cell::Percent(u.done_percent),
        Cell::Text(before.map(|b| b.period.to_string()).unwrap_or_default()),
        count(before.and_then(|b| b.rank)),
        points(before.and_then(|b| b.points)),
        flag(before.map(|b| b.average)),
        change(before.and_then(|b| b.rank_change)),
        points(before.and_then(|b| b.points_change)),
        Cell::Text(u.file.clone()),
        points(a.map(|a| a.self_points)),
        points(a.map(|a| a.final_points)),
        points(a.map(|a| a.difference)),
        flag(a.map(|a| a.self_assessment_found)),
        Cell::Text(a.map(|a| a.file.clone()).unwrap_or_default()),
    ]
}
