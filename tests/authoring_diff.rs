//! `template::diff` on two small editions: each kind of change, and what is not a change.

use kiemtra::lang::Lang;
use kiemtra::template::diff::{Change, diff, tally};
use kiemtra::template::parse;

const OLD: &str = r#"
schema = 1
id = "mot-cua"
version = "2025.1"
level = "commune"
title = { vi = "Một cửa" }

[[section]]
id = "1"
title = { vi = "Công khai", en = "Posting" }

[[section.task]]
id = "1.1"
title = { vi = "Niêm yết thủ tục", en = "Procedures posted" }
kind = "check"
points = 2

[[section.task]]
id = "1.2"
title = { vi = "Tỷ lệ đúng hạn" }
kind = "rate"
points = 4
numerator = { vi = "Số hồ sơ đúng hạn" }
denominator = { vi = "Tổng số hồ sơ" }
bands = [ { min = 98, points = 4 }, { min = 90, points = 2 } ]

[[section.task]]
id = "1.3"
title = { vi = "Sổ theo dõi" }
kind = "check"
points = 1
"#;

const NEW: &str = r#"
schema = 1
id = "mot-cua"
version = "2026.1"
level = "commune"
tiers = 2
title = { vi = "Một cửa" }

[[section]]
id = "1"
title = { vi = "Công khai", en = "Posting" }

[[section.task]]
id = "1.1"
title = { vi = "Niêm yết đầy đủ thủ tục", en = "Procedures posted" }
kind = "check"
points = 2.5

[[section.task]]
id = "1.2"
title = { vi = "Tỷ lệ đúng hạn" }
kind = "rate"
points = 4
numerator = { vi = "Số hồ sơ giải quyết đúng hạn" }
denominator = { vi = "Tổng số hồ sơ" }
bands = [ { min = 98, points = 4 }, { min = 90, points = 2 } ]

[[section.task]]
id = "1.4"
title = { vi = "Trực tuyến" }
kind = "rate"
method = "proportional"
points = 1
numerator = { vi = "Hồ sơ trực tuyến" }
denominator = { vi = "Hồ sơ" }
"#;

#[test]
fn each_kind_of_change_is_found_and_told() {
    let (old, new) = (
        parse(OLD, "old.toml").unwrap(),
        parse(NEW, "new.toml").unwrap(),
    );
    let changes = diff(&old, &new);
    let vi: Vec<String> = changes.iter().map(|c| c.describe(Lang::Vi)).collect();
    assert_eq!(
        vi,
        [
            "~ Số cấp chính quyền: 3 → 2",
            "~ Tổng điểm: 7 → 7,5",
            "~ 1.1 đổi tên: «Niêm yết thủ tục» → «Niêm yết đầy đủ thủ tục»",
            "~ 1.1 điểm tối đa: 2 → 2,5",
            "+ 1.4 thêm: Trực tuyến (tối đa 1 điểm)",
            "- 1.3 bỏ: Sổ theo dõi (tối đa 1 điểm)",
        ]
    );
    // Only the numerator's label changed for 1.2: a label is words, not the method.
    assert!(
        !changes
            .iter()
            .any(|c| matches!(c, Change::Method { id, .. } if id == "1.2"))
    );
    assert_eq!(
        tally(&changes, Lang::En),
        "1 added, 1 removed, 1 renamed, 1 maximum changed, 0 method changed, 2 settings changed"
    );
    assert!(diff(&old, &old).is_empty());
}

#[test]
fn a_new_method_is_told_in_words() {
    let new = NEW.replace(
        "bands = [ { min = 98, points = 4 }, { min = 90, points = 2 } ]",
        "method = \"proportional\"",
    );
    let (old, new) = (
        parse(OLD, "old.toml").unwrap(),
        parse(&new, "new.toml").unwrap(),
    );
    let told: Vec<String> = diff(&old, &new)
        .iter()
        .filter(|c| matches!(c, Change::Method { .. }))
        .map(|c| c.describe(Lang::En))
        .collect();
    assert_eq!(
        told,
        ["~ 1.2 method: rate, bands 98%: 4; 90%: 2 → proportional rate"]
    );
    let vi: Vec<String> = diff(&old, &new)
        .iter()
        .filter(|c| matches!(c, Change::Method { .. }))
        .map(|c| c.describe(Lang::Vi))
        .collect();
    assert_eq!(
        vi,
        ["~ 1.2 cách chấm: tỷ lệ, khung 98%: 4; 90%: 2 → tỷ lệ thuận"]
    );
}

#[test]
fn a_title_changed_only_in_the_other_language_is_shown_in_that_one() {
    let new = NEW.replace(
        "en = \"Procedures posted\"",
        "en = \"All procedures posted\"",
    );
    let new = new.replace("Niêm yết đầy đủ thủ tục", "Niêm yết thủ tục");
    let (old, new) = (
        parse(OLD, "old.toml").unwrap(),
        parse(&new, "new.toml").unwrap(),
    );
    let renamed: Vec<String> = diff(&old, &new)
        .iter()
        .filter(|c| matches!(c, Change::Renamed { .. }))
        .map(|c| c.describe(Lang::Vi))
        .collect();
    assert_eq!(
        renamed,
        ["~ 1.1 đổi tên: «Procedures posted» → «All procedures posted»"]
    );
}
