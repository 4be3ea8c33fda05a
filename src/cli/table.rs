//! Plain text tables for the terminal, aligned by display width (Vietnamese is wide-safe).

use unicode_width::UnicodeWidthStr;

/// Which side a column's text keeps to.
#[derive(Clone, Copy)]
pub enum Align {
    Left,
    Right,
}

/// Lays out rows under a header; every cell is made safe to print first.
pub fn render(header: &[&str], align: &[Align], rows: &[Vec<String>]) -> String {
    let clean: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| printable(c)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in &clean {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.width());
        }
    }
    let line = |cells: Vec<&str>| {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let pad = " ".repeat(widths[i] - cell.width());
            match align[i] {
                Align::Left => out.push_str(&format!("{cell}{pad}")),
                Align::Right => out.push_str(&format!("{pad}{cell}")),
            }
            if i + 1 < cells.len() {
                out.push_str("  ");
            }
        }
        out.trim_end().to_string()
    };
    let mut out = line(header.to_vec());
    out.push('\n');
    out.push_str(&"─".repeat(widths.iter().sum::<usize>() + 2 * (widths.len() - 1)));
    for row in &clean {
        out.push('\n');
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}

/// Text with control characters (escape sequences included) and text-direction controls
/// replaced, so printing it cannot drive the terminal or reorder the line; line breaks and
/// tabs become spaces, anything else `�`.
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' => ' ',
            c if crate::text::is_unprintable(c) => '\u{fffd}',
            c => c,
        })
        .collect()
}
