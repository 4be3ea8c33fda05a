//! The roll-up's words and numbers as people read them, shared by the terminal table and the
//! reports.

use super::UnitRow;
use crate::lang::{Lang, Tr};
use crate::numbers;
use crate::points::Points;
use crate::rollup::GroupKey;

pub const RANK: Tr = Tr::new("Hạng", "Rank");
pub const UNIT: Tr = Tr::new("Đơn vị", "Unit");
pub const POINTS: Tr = Tr::new("Điểm", "Points");
pub const GRADE: Tr = Tr::new("Xếp loại", "Grade");
pub const TASKS: Tr = Tr::new("Nhiệm vụ", "Tasks done");
pub const EARLIER: Tr = Tr::new("Kỳ trước", "Before");
pub const CHANGE: Tr = Tr::new("Thay đổi", "Change");
pub const FILE: Tr = Tr::new("Tệp", "File");
pub const REASON: Tr = Tr::new("Lý do", "Reason");
pub const TITLE: Tr = Tr::new("Bảng tổng hợp, xếp hạng", "Roll-up and ranking");
pub const REJECTED: Tr = Tr::new("Tệp bị loại", "Rejected files");
pub const SET_ASIDE: Tr = Tr::new("Tệp để riêng", "Files set aside");
pub const UNMATCHED_NOW: Tr = Tr::new(
    "Đơn vị không tìm được kết quả kỳ trước",
    "Units with no earlier result found",
);
pub const UNMATCHED_EARLIER: Tr = Tr::new(
    "Kết quả kỳ trước không ghép được với đơn vị nào",
    "Earlier results matched to no unit",
);
pub const FORMER: Tr = Tr::new("Đơn vị trước sắp xếp", "Former units");

/// "commune-par@2025.1 · năm 2026 · phường".
pub fn group_title(key: &GroupKey, lang: Lang) -> String {
    let mut title = format!(
        "{} ({}) · {}",
        key.template.title.get(lang),
        key.template.name(),
        key.period.label(lang)
    );
    if key.by_kind {
        let kind = key.kind.map_or(
            lang.pick("chưa ghi loại đơn vị", "kind of unit not given"),
            |k| k.label(lang),
        );
        title.push_str(" · ");
        title.push_str(kind);
    }
    title
}

/// "↑1", "↓2", "=".
pub fn rank_change(change: i64) -> String {
    match change {
        0 => "=".into(),
        n if n > 0 => format!("↑{n}"),
        n => format!("↓{}", n.unsigned_abs()),
    }
}

/// "+3,12 điểm", "-0,5 điểm" in Vietnamese; "+3.12 points" in English.
pub fn points_change(change: Points, lang: Lang) -> String {
    let sign = if change.hundredths() >= 0 { "+" } else { "" };
    format!(
        "{sign}{} {}",
        change.shown(lang),
        lang.pick("điểm", "points")
    )
}

/// The earlier result and the change, as the terminal table says them.
/// With `formers`, each former unit's points follow the average in brackets.
pub fn before_cells(u: &UnitRow, lang: Lang, formers: bool) -> (String, String) {
    let Some(b) = &u.earlier else {
        return (String::new(), String::new());
    };
    let unit = lang.pick("điểm", "points");
    let before = match (b.points, b.rank, b.of) {
        (None, ..) => lang.pick("không có", "none").to_string(),
        (Some(p), Some(rank), Some(of)) => format!(
            "{} {}, {} {unit}",
            lang.pick("hạng", "rank"),
            numbers::fraction(rank, of, lang),
            p.shown(lang)
        ),
        (Some(p), ..) => {
            let found = b.former.iter().filter(|f| f.earlier.is_some()).count();
            lang.pick(
                format!("TB {found} đơn vị: {} {unit}", p.shown(lang)),
                format!("avg of {found}: {} {unit}", p.shown(lang)),
            )
        }
    };
    let mut change = Vec::new();
    if let Some(c) = b.rank_change {
        change.push(rank_change(c));
    }
    if let Some(c) = b.points_change {
        change.push(points_change(c, lang));
    }
    let formers: Vec<String> = b
        .former
        .iter()
        .filter(|_| formers && b.former.len() > 1)
        .map(|f| match &f.earlier {
            Some(e) => format!("{}: {}", f.unit, e.points.shown(lang)),
            None => format!("{}: {}", f.unit, lang.pick("không có", "none")),
        })
        .collect();
    let before = if formers.is_empty() {
        before
    } else {
        format!("{before} ({})", formers.join("; "))
    };
    (before, change.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_read_as_people_write_them() {
        assert_eq!(rank_change(1), "↑1");
        assert_eq!(rank_change(-2), "↓2");
        assert_eq!(rank_change(0), "=");
        assert_eq!(
            points_change(Points::from_hundredths(312), Lang::Vi),
            "+3,12 điểm"
        );
        assert_eq!(
            points_change(Points::from_hundredths(-50), Lang::En),
            "-0.5 points"
        );
    }
}
