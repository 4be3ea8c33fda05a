//! Markdown tables laid out so that the text itself reads as a table: every column padded
//! to its widest cell (by display width, so Vietnamese and wide characters line up).

use unicode_width::UnicodeWidthStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// A table: its header, each column's alignment, then its rows (cells already escaped).
pub struct Table {
    header: Vec<String>,
    align: Vec<Align>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(header: impl IntoIterator<Item = String>, align: &[Align]) -> Table {
        let header: Vec<String> = header.into_iter().collect();
        let align = (0..header.len())
            .map(|i| align.get(i).copied().unwrap_or(Align::Left))
            .collect();
        Table {
            header,
            align,
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: impl IntoIterator<Item = String>) {
        let mut cells: Vec<String> = cells.into_iter().collect();
        cells.resize(self.header.len(), String::new());
        self.rows.push(cells);
    }

    /// Writes the table, each line ending with a newline.
    pub fn write(&self, out: &mut String) {
        let widths: Vec<usize> = (0..self.header.len())
            .map(|i| {
                std::iter::once(&self.header[i])
                    .chain(self.rows.iter().map(|r| &r[i]))
                    .map(|c| c.width())
                    .max()
                    .unwrap_or(0)
                    .max(3)
            })
            .collect();
        self.line(out, &self.header, &widths);
        out.push('|');
        for (width, align) in widths.iter().zip(&self.align) {
            out.push(' ');
            match align {
                Align::Left => out.push_str(&"-".repeat(*width)),
                Align::Right => {
                    out.push_str(&"-".repeat(width - 1));
                    out.push(':');
                }
            }
            out.push_str(" |");
        }
        out.push('\n');
        for row in &self.rows {
            self.line(out, row, &widths);
        }
    }

    fn line(&self, out: &mut String, cells: &[String], widths: &[usize]) {
        out.push('|');
        for ((cell, width), align) in cells.iter().zip(widths).zip(&self.align) {
            let pad = " ".repeat(width - cell.width());
            out.push(' ');
            match align {
                Align::Left => {
                    out.push_str(cell);
                    out.push_str(&pad);
                }
                Align::Right => {
                    out.push_str(&pad);
                    out.push_str(cell);
                }
            }
            out.push_str(" |");
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_by_display_width() {
        let mut t = Table::new(["Mã".into(), "Điểm".into()], &[Align::Left, Align::Right]);
        t.row(["1.1".into(), "3/3".into()]);
        t.row(["2.2.10".into(), "10,5/16".into()]);
        let mut out = String::new();
        t.write(&mut out);
        assert_eq!(
            out,
            "| Mã     |    Điểm |\n| ------ | ------: |\n| 1.1    |     3/3 |\n| 2.2.10 | 10,5/16 |\n"
        );
        let widths: Vec<usize> = out.lines().map(UnicodeWidthStr::width).collect();
        assert!(widths.windows(2).all(|w| w[0] == w[1]), "{out}");
    }
}
