//! Word wrapping of styled lines with a hanging indent, so that a wrapped note or warning
//! stays under its own first word, and so a pane knows how many rows it really needs.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// Marks that start a line and that continuation rows are indented past.
const MARKS: [char; 3] = [' ', '▶', '⚠'];

/// Wraps `lines` to `width` columns. Returns the rows and, for each line, the index of its
/// first row.
pub fn wrap(lines: Vec<Line<'_>>, width: u16) -> (Vec<Line<'static>>, Vec<usize>) {
    let width = usize::from(width.max(1));
    let mut rows = Vec::new();
    let mut starts = Vec::with_capacity(lines.len());
    for line in lines {
        starts.push(rows.len());
        rows.extend(wrap_line(&line, width));
    }
    (rows, starts)
}

fn wrap_line(line: &Line<'_>, width: usize) -> Vec<Line<'static>> {
    let cells: Vec<(char, Style)> = line
        .spans
        .iter()
        .flat_map(|span| {
            let style = line.style.patch(span.style);
            span.content.chars().map(move |c| (c, style))
        })
        .collect();
    let indent: usize = cells
        .iter()
        .take_while(|(c, _)| MARKS.contains(c))
        .map(|(c, _)| c.width().unwrap_or(0))
        .sum();
    // A hanging indent that leaves less than half the width is not worth keeping.
    let indent = if indent * 2 > width { 0 } else { indent };
    let indent_style = cells.first().map(|(_, style)| *style).unwrap_or_default();
    let mut rows = Vec::new();
    let mut row: Vec<(char, Style)> = Vec::new();
    let mut used = 0;
    let mut break_at: Option<usize> = None;
    for (c, style) in cells {
        let w = c.width().unwrap_or(0);
        if used + w > width && !row.is_empty() {
            // A space that does not fit is where the row breaks; it is dropped.
            let rest = match break_at {
                _ if c == ' ' => {
                    rows.push(to_line(std::mem::take(&mut row)));
                    row = vec![(' ', indent_style); indent];
                    used = indent;
                    break_at = None;
                    continue;
                }
                Some(at) if at > 0 => {
                    let mut rest = row.split_off(at);
                    // The space the row breaks at is dropped.
                    rest.remove(0);
                    rest
                }
                _ => Vec::new(),
            };
            rows.push(to_line(std::mem::take(&mut row)));
            row = vec![(' ', indent_style); indent];
            row.extend(rest);
            used = row.iter().map(|(c, _)| c.width().unwrap_or(0)).sum();
            break_at = None;
        }
        if c == ' ' && row.len() > indent {
            break_at = Some(row.len());
        }
        row.push((c, style));
        used += w;
    }
    // A row left holding only the indent (the line ended with the space it broke at) is
    // not a row.
    if rows.is_empty() || !row.iter().all(|(c, _)| *c == ' ') {
        rows.push(to_line(row));
    }
    rows
}

/// Joins cells of the same style back into spans.
fn to_line(cells: Vec<(char, Style)>) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut text = String::new();
    let mut current: Option<Style> = None;
    for (c, style) in cells {
        if current.is_some_and(|s| s != style) {
            spans.push(Span::styled(
                std::mem::take(&mut text),
                current.unwrap_or_default(),
            ));
        }
        current = Some(style);
        text.push(c);
    }
    if let Some(style) = current {
        spans.push(Span::styled(text, style));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(rows: &[Line]) -> Vec<String> {
        rows.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn continuation_rows_keep_the_indent_of_the_line() {
        let (rows, starts) = wrap(
            vec![
                Line::raw("Title"),
                Line::raw("    Quyết định số 600/QĐ-UBND ngày 02/02/2024 của Ủy ban nhân dân xã"),
            ],
            24,
        );
        assert_eq!(
            texts(&rows),
            [
                "Title",
                "    Quyết định số",
                "    600/QĐ-UBND ngày",
                "    02/02/2024 của Ủy",
                "    ban nhân dân xã",
            ]
        );
        assert_eq!(starts, [0, 1]);
    }

    #[test]
    fn a_warning_wraps_under_its_text_and_keeps_its_style() {
        let warn = Style::new().fg(ratatui::style::Color::Yellow);
        let (rows, _) = wrap(
            vec![Line::styled("⚠ marked done without evidence", warn)],
            16,
        );
        assert_eq!(texts(&rows), ["⚠ marked done", "  without", "  evidence"]);
        assert!(rows.iter().all(|r| r.spans.iter().all(|s| s.style == warn)));
    }

    #[test]
    fn a_word_longer_than_the_width_is_cut_not_lost() {
        let (rows, _) = wrap(vec![Line::raw("  abcdefghijkl")], 6);
        assert_eq!(texts(&rows).concat().replace(' ', ""), "abcdefghijkl");
        assert!(rows.iter().all(|r| r.width() <= 6));
    }

    #[test]
    fn a_space_at_the_width_adds_no_blank_row() {
        let (rows, _) = wrap(vec![Line::raw("abcd ")], 4);
        assert_eq!(texts(&rows), ["abcd"]);
        let (rows, _) = wrap(vec![Line::raw("    note ")], 8);
        assert_eq!(texts(&rows), ["    note"]);
    }

    #[test]
    fn an_empty_line_is_one_row() {
        let (rows, starts) = wrap(vec![Line::raw(""), Line::raw("")], 10);
        assert_eq!(rows.len(), 2);
        assert_eq!(starts, [0, 1]);
    }
}
