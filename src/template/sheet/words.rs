//! The words of the kind, part, method, level and evidence-required cells, in either
//! language, as the template's own names; and the words `template export` writes.

use super::cell::fold;
use crate::lang::Lang;
use crate::messages as msg;

/// A word of the kind column: the template's kind name.
pub fn kind_word(text: &str) -> Option<&'static str> {
    Some(match fold(text).as_str() {
        "check" | "kiem tra" | "dat khong dat" | "danh gia" => "check",
        "rate" | "ty le" => "rate",
        "count" | "so luong" | "dem" => "count",
        "survey" | "dieu tra" | "dieu tra xa hoi hoc" => "survey",
        "deduction" | "diem tru" | "tru diem" => "deduction",
        _ => return None,
    })
}

pub fn kind_label(kind: &str, lang: Lang) -> &'static str {
    match kind {
        "rate" => msg::template::rate(lang),
        "count" => msg::common::count(lang),
        "survey" => msg::template::survey(lang),
        "deduction" => msg::template::deduction(lang),
        _ => msg::template::check(lang),
    }
}

/// A word of the part column (blank is the main part).
pub fn part_word(text: &str) -> Option<&'static str> {
    Some(match fold(text).as_str() {
        "main" | "chinh" | "phan chinh" => "main",
        "bonus" | "thuong" | "diem thuong" => "bonus",
        "deduction" | "tru" | "diem tru" => "deduction",
        _ => return None,
    })
}

pub fn part_label(part: &str, lang: Lang) -> &'static str {
    match part {
        "bonus" => msg::template::bonus(lang),
        "deduction" => msg::template::deduction(lang),
        _ => "",
    }
}

/// A word of the method column (blank is bands).
pub fn method_word(text: &str) -> Option<&'static str> {
    Some(match fold(text).as_str() {
        "bands" | "khung" | "khung diem" | "theo khung" => "bands",
        "proportional" | "ty le thuan" | "theo ty le" => "proportional",
        _ => return None,
    })
}

pub fn method_label(proportional: bool, lang: Lang) -> &'static str {
    if proportional {
        msg::template::proportional(lang)
    } else {
        ""
    }
}

/// A word of the level setting.
pub fn level_word(text: &str) -> Option<&'static str> {
    Some(match fold(text).as_str() {
        "commune" | "xa" | "cap xa" => "commune",
        "district" | "huyen" | "cap huyen" => "district",
        "department" | "so" | "cap so" | "so nganh" | "cap so nganh" => "department",
        _ => return None,
    })
}

/// Yes or no in the evidence-required column.
pub fn yes_no(text: &str) -> Option<bool> {
    match fold(text).as_str() {
        "" | "khong" | "no" | "false" | "0" => Some(false),
        "co" | "x" | "yes" | "true" | "1" | "bat buoc" => Some(true),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_read_in_either_language() {
        assert_eq!(kind_word("Tỷ lệ"), Some("rate"));
        assert_eq!(kind_word("SURVEY"), Some("survey"));
        assert_eq!(part_word("Điểm thưởng"), Some("bonus"));
        assert_eq!(method_word("tỷ lệ thuận"), Some("proportional"));
        assert_eq!(level_word("Cấp xã"), Some("commune"));
        assert_eq!(yes_no("Có"), Some(true));
        assert_eq!(yes_no("không"), Some(false));
        assert_eq!(yes_no("có lẽ"), None);
        for kind in ["check", "rate", "count", "survey", "deduction"] {
            for lang in [Lang::Vi, Lang::En] {
                assert_eq!(kind_word(kind_label(kind, lang)), Some(kind));
            }
        }
    }
}
