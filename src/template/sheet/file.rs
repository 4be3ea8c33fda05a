//! The spreadsheet files, from and to bytes: xlsx (and the other workbooks calamine reads:
//! xlsm, xls, ods) in, one CSV file per sheet in, xlsx out. The caller reads and writes the
//! files themselves.

use super::cell::{Cell, Sheet, Workbook};
use super::problem::{SheetDiagnostic, SheetProblem};
use crate::lang::Lang;
use crate::messages as msg;
use std::io::Cursor;

/// A file that cannot be read as a spreadsheet, said in each language by `say`.
fn unreadable(say: impl Fn(Lang) -> String) -> SheetDiagnostic {
    SheetDiagnostic::new(
        None,
        SheetProblem::Unreadable {
            vi: say(Lang::Vi),
            en: say(Lang::En),
        },
    )
}

/// Every sheet of a workbook file, with each cell at its own row and column (a sheet whose
/// used range starts below A1 keeps its places).
pub fn read_xlsx(bytes: Vec<u8>) -> Result<Workbook, SheetDiagnostic> {
    use calamine::{Data, Reader};
    let mut workbook = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| unreadable(|lang| msg::template::not_a_workbook(lang, &e)))?;
    let mut book = Workbook::default();
    for name in workbook.sheet_names() {
        let range = workbook.worksheet_range(&name).map_err(|e| {
            unreadable(|lang| msg::template::the_sheet_cannot_be_read(lang, &name, &e))
        })?;
        let mut sheet = Sheet::new(name);
        let (top, left) = range.start().unwrap_or((0, 0));
        for (r, cells) in range.rows().enumerate() {
            for (c, data) in cells.iter().enumerate() {
                let cell = match data {
                    Data::Empty => continue,
                    Data::Int(n) => Cell::Number(*n as f64),
                    Data::Float(f) => Cell::Number(*f),
                    Data::String(s) => Cell::Text(s.clone()),
                    Data::Bool(b) => Cell::Bool(*b),
                    Data::DateTime(d) => Cell::Number(d.as_f64()),
                    Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
                    Data::Error(e) => Cell::Text(e.to_string()),
                };
                sheet.set(top as usize + r, left as usize + c, cell);
            }
        }
        book.sheets.push(sheet);
    }
    Ok(book)
}

/// One CSV file as a sheet named `name`: UTF-8 (with or without the mark Excel puts first),
/// cells separated by `,`, `;` (Excel in a Vietnamese locale) or tabs, whichever the first
/// line uses most.
pub fn read_csv(name: &str, bytes: &[u8]) -> Result<Sheet, SheetDiagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes)
        .map_err(|_| unreadable(|lang| msg::template::not_utf8_text(lang, name)))?;
    let delimiter = sniff(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut sheet = Sheet::new(name);
    // The reader skips blank lines, which a spreadsheet shows as empty rows: each record's
    // row counts back the blank lines the reader passed over before it.
    let mut row = 0;
    for record in reader.records() {
        let record =
            record.map_err(|e| unreadable(|lang| msg::template::after_row(lang, name, row, &e)))?;
        let from = record.position().map_or(0, |p| p.byte() as usize);
        let skipped = text
            .get(from..)
            .unwrap_or("")
            .bytes()
            .take_while(|b| matches!(b, b'\n' | b'\r'))
            .filter(|b| *b == b'\n')
            .count();
        row += skipped;
        for (column, field) in record.iter().enumerate() {
            if !field.is_empty() {
                sheet.set(row, column, Cell::Text(field.to_string()));
            }
        }
        row += 1;
    }
    Ok(sheet)
}

/// The separator the first non-blank line uses most, outside quotes.
fn sniff(text: &str) -> u8 {
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut quoted = false;
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    for c in line.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted {
            for (d, n) in counts.iter_mut() {
                if c as u32 == u32::from(*d) {
                    *n += 1;
                }
            }
        }
    }
    counts
        .iter()
        .max_by_key(|(d, n)| (*n, *d == b','))
        .map_or(b',', |(d, _)| *d)
}

/// The workbook as xlsx bytes: text as text (never a formula), numbers as numbers, the
/// header row bold and frozen, long text wrapped.
pub fn write_xlsx(book: &Workbook) -> Result<Vec<u8>, SheetDiagnostic> {
    use rust_xlsxwriter::{Format, Workbook as Xlsx};
    let failed = |e: rust_xlsxwriter::XlsxError| {
        unreadable(|lang| msg::template::the_xlsx_cannot_be_made(lang, &e))
    };
    let mut xlsx = Xlsx::new();
    let bold = Format::new().set_bold().set_text_wrap();
    let wrap = Format::new().set_text_wrap();
    for sheet in &book.sheets {
        let out = xlsx.add_worksheet();
        out.set_name(&sheet.name).map_err(failed)?;
        for (r, cells) in sheet.rows.iter().enumerate() {
            let row = u32::try_from(r).unwrap_or(u32::MAX);
            for (c, cell) in cells.iter().enumerate() {
                let column = u16::try_from(c).unwrap_or(u16::MAX);
                let format = if r == 0 { &bold } else { &wrap };
                match cell {
                    Cell::Empty => continue,
                    Cell::Text(t) => out.write_string_with_format(row, column, t, format),
                    Cell::Number(n) => out.write_number_with_format(row, column, *n, format),
                    Cell::Bool(b) => out.write_boolean_with_format(row, column, *b, format),
                }
                .map_err(failed)?;
            }
        }
        let widest = sheet.rows.iter().map(Vec::len).max().unwrap_or(0);
        for c in 0..widest {
            let long = sheet.rows.iter().skip(1).any(|r| {
                r.get(c)
                    .is_some_and(|cell| cell.text().chars().count() > 40)
            });
            let width = if long { 48.0 } else { 14.0 };
            out.set_column_width(u16::try_from(c).unwrap_or(u16::MAX), width)
                .map_err(failed)?;
        }
        out.set_freeze_panes(1, 0).map_err(failed)?;
    }
    xlsx.save_to_buffer().map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_separator_is_the_one_the_header_uses() {
        assert_eq!(
            sniff("Mã;Tên tiêu chí (vi);Điểm tối đa\n1.1;\"a, b\";2,5\n"),
            b';'
        );
        assert_eq!(sniff("Mã,\"Tên; vi\",Điểm\n"), b',');
        assert_eq!(sniff("Mã\tTên\tĐiểm\n"), b'\t');
    }

    #[test]
    fn csv_cells_keep_their_places_and_excel_s_mark_is_dropped() {
        let bytes = "\u{FEFF}Mã;Điểm tối đa\n\n1.1;\"2,5\"\n1.2;\"a\nb\"\n\n\n1.3;1\n".as_bytes();
        let sheet = read_csv("tieu-chi.csv", bytes).unwrap();
        assert_eq!(sheet.cell(0, 0), &Cell::Text("Mã".into()));
        assert!(sheet.is_blank_row(1));
        assert_eq!(sheet.cell(2, 1), &Cell::Text("2,5".into()));
        assert_eq!(sheet.cell(3, 1), &Cell::Text("a\nb".into()));
        assert_eq!(sheet.cell(6, 0), &Cell::Text("1.3".into()));
        let latin1 = b"M\xe3;\xd0i\xeam\n";
        assert!(read_csv("x.csv", latin1).is_err());
    }

    #[test]
    fn a_workbook_written_is_read_back_cell_for_cell() {
        let mut sheet = Sheet::new("Tiêu chí");
        sheet.set(0, 0, Cell::Text("Mã".into()));
        sheet.set(2, 3, Cell::Number(2.5));
        sheet.set(3, 1, Cell::Text("=1+1".into()));
        let book = Workbook {
            sheets: vec![sheet.clone()],
        };
        let back = read_xlsx(write_xlsx(&book).unwrap()).unwrap();
        assert_eq!(back.sheets[0].name, "Tiêu chí");
        assert_eq!(back.sheets[0].cell(2, 3), &Cell::Number(2.5));
        assert_eq!(back.sheets[0].cell(3, 1), &Cell::Text("=1+1".into()));
        assert_eq!(back.sheets[0].cell(0, 0), &Cell::Text("Mã".into()));
    }
}
