//! The roll-up's words and numbers as people read them, shared by the terminal table and the
//! reports.

use super::UnitRow;
use crate::lang::Lang;
use crate::messages as msg;
use crate::numbers;
use crate::points::Points;
use crate::rollup::GroupKey;

/// "commune-par@2025.1 · năm 2026 · phường".
pub fn group_title(key: &GroupKey, lang: Lang) -> String {
    let mut title = format!(
        "{} ({}) · {}",
        key.template.title.get(lang),
        key.template.name(),
        key.period.label(lang)
    );
    if key.by_kind {
        let kind = key
            .kind
            .map_or(msg::rollup::kind_of_unit_not_given(lang), |k| k.label(lang));
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
    format!("{sign}{} {}", change.shown(lang), msg::common::points(lang))
}

/// The earlier result and the change, as the terminal table says them.
/// With `formers`, each former unit's points follow the average in brackets.
pub fn before_cells(u: &UnitRow, lang: Lang, formers: bool) -> (String, String) {
    let Some(b) = &u.earlier else {
        return (String::new(), String::new());
    };
    let unit = msg::common::points(lang);
    let before = match (b.points, b.rank, b.of) {
        (None, ..) => msg::common::none(lang).to_string(),
        (Some(p), Some(rank), Some(of)) => format!(
            "{} {}, {} {unit}",
            msg::rollup::rank(lang),
            numbers::fraction(rank, of, lang),
            p.shown(lang)
        ),
        (Some(p), ..) => {
            let found = b.former.iter().filter(|f| f.earlier.is_some()).count();
            msg::rollup::avg_of_found_value_unit(lang, p.shown(lang), found, unit)
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
            None => format!("{}: {}", f.unit, msg::common::none(lang)),
        })
        .collect();
    let before = if formers.is_empty() {
        before
    } else {
        format!("{before} ({})", formers.join("; "))
    };
    (before, change.join(", "))
}

/// Whether any unit of the rows was appraised: then the tables show self and final apart.
pub fn appraised(units: &[UnitRow]) -> bool {
    units.iter().any(|u| u.appraisal.is_some())
}

/// The self-score and final score cells of a unit: "13/20" and "11/20"; a unit not
/// appraised has its points as self and no final.
pub fn self_and_final(u: &UnitRow, lang: Lang) -> (String, String) {
    let of = |p: Points| numbers::points_of(p, u.out_of, lang);
    match &u.appraisal {
        Some(a) => (of(a.self_points), of(a.final_points)),
        None => (of(u.points), String::new()),
    }
}

/// What the tables of an appraised group say under them: how the units rank, and the
/// appraisals whose self-assessment was not among the files.
pub fn appraisal_notes(units: &[UnitRow], lang: Lang) -> Vec<String> {
    if !appraised(units) {
        return Vec::new();
    }
    let mut notes = vec![msg::rollup::appraised_units_rank_by_their_final_score(lang).to_string()];
    for u in units {
        if let Some(a) = u.appraisal.as_ref().filter(|a| !a.self_assessment_found) {
            notes.push(msg::rollup::unit_ranks_by_its_appraisal_alone(
                lang, &u.unit, &a.file,
            ));
        }
    }
    notes
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
