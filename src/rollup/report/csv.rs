//! The ranking as CSV, one row per unit: UTF-8 with a byte-order mark (Excel shows
//! Vietnamese), CRLF line ends, RFC 4180 quoting; the header row in the chosen language,
//! numbers plain (a decimal point, no thousands mark) in every language.

use super::words;
use super::{GroupRow, Report, UnitRow};
use crate::export::csv::{line, text};
use crate::lang::Lang;

pub fn render(report: &Report, lang: Lang) -> String {
    let mut out = String::with_capacity(256 + report.groups.len() * 4096);
    out.push('\u{feff}');
    let header = [
        lang.pick("Mẫu", "Checklist"),
        lang.pick("Phiên bản", "Version"),
        lang.pick("Kỳ", "Period"),
        lang.pick("Loại đơn vị", "Kind of unit"),
        words::RANK.get(lang),
        words::UNIT.get(lang),
        words::POINTS.get(lang),
        lang.pick("Tổng điểm", "Out of"),
        "%",
        words::GRADE.get(lang),
        lang.pick("Nhiệm vụ đã làm", "Tasks done"),
        lang.pick("Nhiệm vụ áp dụng", "Tasks applicable"),
        lang.pick("Hoàn thành (%)", "Done (%)"),
        lang.pick("Kỳ trước", "Earlier period"),
        lang.pick("Hạng kỳ trước", "Earlier rank"),
        lang.pick("Điểm kỳ trước", "Earlier points"),
        lang.pick("Điểm kỳ trước là TB", "Earlier points are an average"),
        lang.pick("Thay đổi hạng", "Rank change"),
        lang.pick("Thay đổi điểm", "Points change"),
        words::FILE.get(lang),
    ];
    line(&mut out, header.iter().map(|h| text(h)));
    for group in &report.groups {
        for unit in &group.units {
            line(&mut out, row(group, unit, lang).into_iter());
        }
    }
    out
}

fn row(group: &GroupRow, u: &UnitRow, lang: Lang) -> Vec<String> {
    let opt = |v: Option<String>| v.unwrap_or_default();
    let number = |p: Option<f64>| opt(p.map(|p| format!("{p:.2}")));
    let before = u.earlier.as_ref();
    vec![
        text(&group.template),
        text(&group.version),
        group.period.to_string(),
        opt(group.kind.map(|k| k.to_string())),
        u.rank.to_string(),
        text(&u.unit),
        u.points.to_string(),
        u.out_of.to_string(),
        number(u.percent),
        text(u.grade.as_ref().map_or("", |g| g.get(lang))),
        u.done.to_string(),
        u.applicable.to_string(),
        number(u.done_percent),
        opt(before.map(|b| b.period.to_string())),
        opt(before.and_then(|b| b.rank).map(|r| r.to_string())),
        opt(before.and_then(|b| b.points).map(|p| p.to_string())),
        opt(before.map(|b| if b.average { "1" } else { "0" }.to_string())),
        opt(before.and_then(|b| b.rank_change).map(|c| c.to_string())),
        opt(before.and_then(|b| b.points_change).map(|c| c.to_string())),
        text(&u.file),
    ]
}
