//! A problem at a place in a file, told the way compilers tell it.

use super::Problem;
use crate::lang::Lang;
use crate::messages as msg;
use std::fmt::Write;
use std::ops::Range;
use unicode_width::UnicodeWidthStr;

/// A 1-based line and column; the column counts characters, not bytes,
/// so it is right after Vietnamese text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position of a byte offset in `source`.
    pub fn at(source: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(source, offset.min(source.len()));
        let before = &source[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    /// The file as the user named it.
    pub file: String,
    pub span: Range<usize>,
    pub position: Position,
    pub problem: Problem,
}

impl Diagnostic {
    pub fn new(file: &str, source: &str, span: Range<usize>, problem: Problem) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            position: Position::at(source, span.start),
            span,
            problem,
        }
    }

    /// One line: `file:line:column: error[rule]: message`.
    pub fn headline(&self, lang: Lang) -> String {
        format!(
            "{}:{}:{}: {}[{}]: {}",
            self.file,
            self.position.line,
            self.position.column,
            msg::template::error(lang),
            self.problem.rule(),
            self.problem.message(lang)
        )
    }

    /// The headline, the offending line with the span underlined, and the fix.
    pub fn render(&self, source: &str, lang: Lang) -> String {
        let mut out = self.headline(lang);
        out.push('\n');
        let line_no = self.position.line;
        if let Some(line) = source.lines().nth(line_no - 1) {
            let shown: String = line
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            let gutter = line_no.to_string().len();
            let lead: String = shown.chars().take(self.position.column - 1).collect();
            let start = floor_char_boundary(source, self.span.start);
            let end = floor_char_boundary(source, self.span.end.min(source.len()));
            let underlined = source[start..end].lines().next().unwrap_or("");
            let _ = writeln!(out, "{:gutter$} |", "");
            let _ = writeln!(out, "{line_no} | {shown}");
            let _ = writeln!(
                out,
                "{:gutter$} | {}{}",
                "",
                " ".repeat(lead.width()),
                "^".repeat(underlined.width().max(1))
            );
        }
        let _ = write!(
            out,
            "  = {}: {}",
            msg::template::fix(lang),
            self.problem.fix(lang)
        );
        out
    }
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_after_vietnamese_text() {
        let source = "title = \"Ủy ban nhân dân\" x = 1\n";
        let offset = source.find('x').unwrap();
        assert_eq!(
            Position::at(source, offset),
            Position {
                line: 1,
                column: 27
            }
        );
    }

    #[test]
    fn lines_are_counted_from_one() {
        let source = "a = 1\nb = 2\n";
        assert_eq!(Position::at(source, 6), Position { line: 2, column: 1 });
    }
}
