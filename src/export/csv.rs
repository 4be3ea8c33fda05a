//! The summary as CSV, one row per task: UTF-8 with a byte-order mark so that Excel shows
//! Vietnamese, CRLF line ends, RFC 4180 quoting. Numeric columns are plain numbers with a
//! dot decimal whatever the language, and each names its unit in its header (points, %,
//! count); the section and task ids are always quoted, so that a spreadsheet told to take
//! quoted fields as text keeps `1.10` as `1.10` (docs/summary-format.md).

use super::model::SummaryDocument;
use super::words;
use crate::lang::Lang;
use crate::messages as msg;

pub fn render(doc: &SummaryDocument, lang: Lang) -> String {
    let w = words::of(lang);
    let mut out = String::with_capacity(128 + doc.tasks.len() * 200);
    out.push('\u{feff}');
    let points = |label: &str| format!("{label} ({})", msg::common::points(lang));
    let count = |label: &str| format!("{label} ({})", msg::common::count(lang));
    let header = [
        w.section.to_string(),
        w.id.to_string(),
        w.task.to_string(),
        w.kind.to_string(),
        w.status.to_string(),
        points(w.points),
        points(w.max),
        points(w.rule),
        count(msg::export::numerator(lang)),
        count(msg::export::denominator(lang)),
        msg::export::rate(lang).to_string(),
        count(msg::common::count_2(lang)),
        count(msg::export::target(lang)),
        w.na_reason.to_string(),
        msg::export::override_reason(lang).to_string(),
        w.notes.to_string(),
        w.evidence.to_string(),
    ];
    let appraised = doc.appraisal.is_some();
    let extra = super::appraisal::csv_header(lang);
    let extra = extra
        .iter()
        .enumerate()
        .filter(|_| appraised)
        .map(|(i, h)| match i {
            // The scores and the difference are points; reasons and explanation are text.
            0 | 1 | 4 | 6 => points(h),
            _ => h.to_string(),
        });
    line(&mut out, header.into_iter().chain(extra).map(|h| field(&h)));
    let number = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
    for t in &doc.tasks {
        let evidence: Vec<String> = t
            .evidence
            .iter()
            .map(|e| match &e.sha256 {
                Some(hash) => format!("{} {hash}", e.path),
                None => format!("{} ({})", e.path, w.missing),
            })
            .collect();
        let cells = [
            quoted(&t.section),
            quoted(&t.id),
            text(t.title.get(lang)),
            field(&t.kind),
            field(t.status.label(lang)),
            t.points.to_string(),
            t.max.to_string(),
            t.rule_points.to_string(),
            number(t.numerator),
            number(t.denominator),
            t.rate_percent
                .map(|r| format!("{r:.2}"))
                .unwrap_or_default(),
            number(t.count),
            number(t.target),
            text(&t.na_reason),
            text(t.override_reason.as_deref().unwrap_or_default()),
            text(&t.notes),
            text(&evidence.join("\n")),
        ];
        let [
            own,
            appraised_points,
            reason,
            explanation,
            final_points,
            final_reason,
            difference,
        ] = super::appraisal::csv_cells(t);
        let extra = [
            own,
            appraised_points,
            text(&reason),
            text(&explanation),
            final_points,
            text(&final_reason),
            difference,
        ];
        let extra = extra.into_iter().filter(|_| appraised);
        line(&mut out, cells.into_iter().chain(extra));
    }
    out
}

/// One CSV row of cells already quoted as they must be, ended as spreadsheets expect (CRLF).
pub(crate) fn line(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&cell);
    }
    out.push_str("\r\n");
}

/// Free text typed by a person: also kept from being read as a spreadsheet formula, with a
/// `'` in front when it starts with `=`, `+`, `-`, `@`, a tab or a line end, even after
/// leading spaces or control characters (LibreOffice can be told to trim spaces on import,
/// and a control character becomes a space here).
pub(crate) fn text(value: &str) -> String {
    let start =
        value.trim_start_matches(|c: char| c.is_whitespace() || crate::text::is_unprintable(c));
    let starts_formula = start.starts_with(['=', '+', '-', '@']) || value.starts_with(['\t', '\r']);
    if starts_formula {
        field(&format!("'{value}"))
    } else {
        field(value)
    }
}

/// An id, always quoted: `1.10` is a name, not a number.
fn quoted(value: &str) -> String {
    let value = field(value);
    if value.starts_with('"') {
        value
    } else {
        format!("\"{value}\"")
    }
}

/// One field, quoted when it holds a comma, a quote or a line break.
fn field(value: &str) -> String {
    let value: String = value
        .chars()
        .map(|c| {
            if crate::text::is_unprintable(c) && c != '\n' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let value = value.replace('\n', "\r\n");
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_as_excel_expects() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("line\nnext"), "\"line\r\nnext\"");
        assert_eq!(field("Xã Hoằng Đạt"), "Xã Hoằng Đạt");
        assert_eq!(text("=1+2"), "'=1+2");
        assert_eq!(text("  =1+2"), "'  =1+2");
        assert_eq!(text("\u{1b}@SUM(A1)"), "' @SUM(A1)");
        assert_eq!(text("\n-1"), "\"'\r\n-1\"");
        assert_eq!(text("Kế hoạch - 12"), "Kế hoạch - 12");
        assert_eq!(quoted("1.10"), "\"1.10\"");
        assert_eq!(quoted("a,b"), "\"a,b\"");
    }
}
