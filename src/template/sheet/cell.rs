//! A spreadsheet as kiemtra reads it: named sheets of cells at their A1 places, and the
//! values a province officer types into them (numbers as numbers or as text, with a decimal
//! comma or point).

use crate::points::Points;
use std::fmt;

/// One cell's value, as the spreadsheet stored it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
}

impl Cell {
    /// The cell as text, trimmed; a number as its shortest decimal form (`1.1`, `2`).
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.trim().to_string(),
            Cell::Number(n) => number_text(*n),
            Cell::Bool(b) => b.to_string(),
        }
    }

    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(text) => text.trim().is_empty(),
            _ => false,
        }
    }
}

fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        // Excel keeps 15 significant digits: 0.1 + 0.2 is stored as 0.30000000000000004.
        let rounded: f64 = format!("{n:.10}").parse().unwrap_or(n);
        format!("{rounded}")
    }
}

/// A sheet: its name and its rows from row 1, each from column A.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<Cell>>,
}

impl Sheet {
    pub fn new(name: impl Into<String>) -> Sheet {
        Sheet {
            name: name.into(),
            rows: Vec::new(),
        }
    }

    /// The cell at a 0-based row and column; `Empty` outside what is stored.
    pub fn cell(&self, row: usize, column: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(column))
            .unwrap_or(&Cell::Empty)
    }

    /// Sets a cell, growing the rows as needed.
    pub fn set(&mut self, row: usize, column: usize, cell: Cell) {
        if self.rows.len() <= row {
            self.rows.resize(row + 1, Vec::new());
        }
        let cells = &mut self.rows[row];
        if cells.len() <= column {
            cells.resize(column + 1, Cell::Empty);
        }
        cells[column] = cell;
    }

    pub fn is_blank_row(&self, row: usize) -> bool {
        self.rows
            .get(row)
            .is_none_or(|cells| cells.iter().all(Cell::is_blank))
    }

    pub fn at(&self, row: usize, column: usize) -> CellRef {
        CellRef {
            sheet: self.name.clone(),
            row,
            column,
        }
    }
}

/// A workbook: the sheets of one xlsx file, or one sheet per CSV file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

/// A place in a workbook, shown the way spreadsheets write it: `Tiêu chí!D14`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CellRef {
    pub sheet: String,
    /// 0-based.
    pub row: usize,
    /// 0-based.
    pub column: usize,
}

impl CellRef {
    /// `D14`, without the sheet.
    pub fn a1(&self) -> String {
        format!("{}{}", column_letters(self.column), self.row + 1)
    }
}

impl fmt::Display for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}!{}", self.sheet, self.a1())
    }
}

/// `A`, `Z`, `AA`, … for a 0-based column.
pub fn column_letters(column: usize) -> String {
    let mut n = column + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// Why a cell is not the number it should be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberProblem {
    NotANumber,
    TooManyDecimals,
    NotWhole,
}

/// A number of points (or a percentage) in a cell: a number, or text with one decimal comma
/// or point (`2,5`, `2.5`, `97,5%`), at most two decimals. Blank is `None`.
pub fn points(cell: &Cell) -> Option<Result<Points, NumberProblem>> {
    match cell {
        Cell::Empty => None,
        Cell::Bool(_) => Some(Err(NumberProblem::NotANumber)),
        Cell::Number(n) => Some(Points::from_decimal(*n).ok_or(if n.is_finite() {
            NumberProblem::TooManyDecimals
        } else {
            NumberProblem::NotANumber
        })),
        Cell::Text(text) if text.trim().is_empty() => None,
        Cell::Text(text) => Some(points_text(text)),
    }
}

/// Points written as text: `2,5`, `2.5`, `-1`, `98%`, `≥ 98`.
pub fn points_text(text: &str) -> Result<Points, NumberProblem> {
    let text = text.trim();
    let text = text
        .strip_prefix('≥')
        .or_else(|| text.strip_prefix(">="))
        .unwrap_or(text)
        .trim();
    let text = text.strip_suffix('%').unwrap_or(text).trim();
    let (digits, negative) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (rest.trim(), true),
        None => (text, false),
    };
    let (whole, fraction) = match digits.split_once([',', '.']) {
        Some((w, f)) => (w, f),
        None => (digits, ""),
    };
    let plain = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !plain(whole) || !plain(fraction) || whole.len() > 12 {
        return Err(NumberProblem::NotANumber);
    }
    let significant = fraction.trim_end_matches('0');
    if significant.len() > 2 {
        return Err(NumberProblem::TooManyDecimals);
    }
    let whole: i64 = whole.parse().map_err(|_| NumberProblem::NotANumber)?;
    let cents: i64 = format!("{significant:0<2}").parse().unwrap_or(0);
    let hundredths = whole * 100 + cents;
    Ok(Points::from_hundredths(if negative {
        -hundredths
    } else {
        hundredths
    }))
}

/// A whole number in a cell (`12`, `12.0` as a number, `"12"` as text). Blank is `None`.
pub fn whole(cell: &Cell) -> Option<Result<i64, NumberProblem>> {
    let points = points(cell)?;
    Some(points.and_then(|p| {
        if p.hundredths() % 100 == 0 {
            Ok(p.hundredths() / 100)
        } else {
            Err(NumberProblem::NotWhole)
        }
    }))
}

/// A header or a word as it is compared: lower case, without Vietnamese diacritics,
/// punctuation made spaces, spaces collapsed. `Điểm tối đa (vi)` → `diem toi da vi`.
pub fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let plain: String = text
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c if c.is_alphanumeric() => c.to_ascii_lowercase(),
            _ => ' ',
        })
        .collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_written_a1_style() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        let at = CellRef {
            sheet: "Tiêu chí".into(),
            row: 13,
            column: 3,
        };
        assert_eq!(at.to_string(), "Tiêu chí!D14");
    }

    #[test]
    fn numbers_typed_as_text_are_read_with_either_mark() {
        let p = |t: &str| points_text(t).map(|p| p.hundredths());
        assert_eq!(p("2,5"), Ok(250));
        assert_eq!(p("2.5"), Ok(250));
        assert_eq!(p(" 0,25 "), Ok(25));
        assert_eq!(p("98%"), Ok(9800));
        assert_eq!(p("≥ 97,5 %"), Ok(9750));
        assert_eq!(p("-1"), Ok(-100));
        assert_eq!(p("2,125"), Err(NumberProblem::TooManyDecimals));
        assert_eq!(p("2,50"), Ok(250));
        assert_eq!(p("hai"), Err(NumberProblem::NotANumber));
        assert_eq!(p("1.234,5"), Err(NumberProblem::NotANumber));
        assert_eq!(
            points(&Cell::Number(0.1 + 0.2))
                .unwrap()
                .unwrap()
                .hundredths(),
            30
        );
        assert_eq!(whole(&Cell::Text("12".into())), Some(Ok(12)));
        assert_eq!(
            whole(&Cell::Number(1.5)),
            Some(Err(NumberProblem::NotWhole))
        );
        assert_eq!(Cell::Number(1.1).text(), "1.1");
        assert_eq!(Cell::Number(3.0).text(), "3");
    }

    #[test]
    fn headers_are_compared_without_diacritics_or_case() {
        assert_eq!(fold("Điểm tối đa (vi)"), "diem toi da vi");
        assert_eq!(fold("  TÊN  tiêu chí "), "ten tieu chi");
        assert_eq!(fold("Tỷ lệ thuận"), "ty le thuan");
    }
}
