//! Every mistake `validate` can find in a template: the rule, what is wrong and how to fix it.

use crate::lang::Lang;
use crate::points::{Percent, Points};

#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Syntax {
        detail: String,
    },
    UnknownKey {
        key: String,
        expected: Vec<String>,
    },
    UnknownValue {
        value: String,
        expected: Vec<String>,
    },
    WrongType {
        found: String,
        expected: String,
    },
    MissingKey {
        key: String,
    },
    Invalid {
        detail: String,
    },
    /// The file could not be read at all: why, in each language.
    Unreadable {
        vi: String,
        en: String,
    },
    MissingSchema,
    NewerSchema {
        found: i64,
        supported: i64,
    },
    BadId {
        id: String,
    },
    DuplicateId {
        id: String,
        first_line: usize,
    },
    BlankTitle,
    BlankVersion,
    NoSections,
    EmptySection {
        id: String,
    },
    BadPoints {
        value: f64,
    },
    RateNeeds {
        key: &'static str,
    },
    KeyNotForKind {
        key: &'static str,
        kind: &'static str,
    },
    BandMinOutOfRange {
        min: f64,
    },
    BandsOutOfOrder {
        min: Percent,
        previous: Percent,
    },
    BandAbovePoints {
        band: Points,
        max: Points,
    },
    BandPointsRise {
        points: Points,
        previous: Points,
    },
    NegativeTarget {
        target: i64,
    },
    NestedComponent,
    ComponentSum {
        declared: Points,
        sum: Points,
    },
    TotalMismatch {
        declared: Points,
        sum: Points,
    },
    KindNeeds {
        kind: &'static str,
        key: &'static str,
    },
    NotPositive {
        key: &'static str,
        value: f64,
    },
    BadTiers {
        value: i64,
    },
    BadFrom {
        value: String,
    },
    BadStep {
        value: f64,
    },
    OffStep {
        points: Points,
        step: Points,
    },
    BandsWithProportional,
    BonusNeedsCap {
        section: String,
    },
    DeductionOutsidePart {
        task: String,
    },
    NotADeduction {
        task: String,
    },
    GradeMinOutOfRange {
        min: f64,
    },
    GradesOutOfOrder {
        min: Percent,
        previous: Percent,
    },
}

impl Problem {
    /// The short, stable name of the rule broken.
    pub fn rule(&self) -> &'static str {
        match self {
            Problem::Syntax { .. } => "syntax",
            Problem::UnknownKey { .. } => "unknown-key",
            Problem::UnknownValue { .. } => "unknown-value",
            Problem::WrongType { .. } => "wrong-type",
            Problem::MissingKey { .. } => "missing-key",
            Problem::Invalid { .. } => "invalid-value",
            Problem::Unreadable { .. } => "unreadable",
            Problem::MissingSchema | Problem::NewerSchema { .. } => "schema",
            Problem::BadId { .. } => "bad-id",
            Problem::DuplicateId { .. } => "duplicate-id",
            Problem::BlankTitle | Problem::BlankVersion => "blank-text",
            Problem::NoSections | Problem::EmptySection { .. } => "empty",
            Problem::BadPoints { .. } => "points",
            Problem::RateNeeds { .. } | Problem::KeyNotForKind { .. } => "kind",
            Problem::BandMinOutOfRange { .. }
            | Problem::BandsOutOfOrder { .. }
            | Problem::BandAbovePoints { .. }
            | Problem::BandPointsRise { .. } => "bands",
            Problem::NegativeTarget { .. } => "target",
            Problem::NestedComponent | Problem::ComponentSum { .. } => "components",
            Problem::TotalMismatch { .. } => "total",
            Problem::KindNeeds { .. } => "kind",
            Problem::NotPositive { .. } => "points",
            Problem::BadTiers { .. } => "tiers",
            Problem::BadFrom { .. } => "from",
            Problem::BadStep { .. } | Problem::OffStep { .. } => "step",
            Problem::BandsWithProportional => "bands",
            Problem::BonusNeedsCap { .. } => "bonus",
            Problem::DeductionOutsidePart { .. } | Problem::NotADeduction { .. } => "deduction",
            Problem::GradeMinOutOfRange { .. } | Problem::GradesOutOfOrder { .. } => "grades",
        }
    }

    /// What is wrong, in one sentence.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Problem::Syntax { detail } => lang.pick(
                format!("tệp không đúng cú pháp TOML: {detail}"),
                format!("the file is not valid TOML: {detail}"),
            ),
            Problem::UnknownKey { key, .. } => lang.pick(
                format!("khóa `{key}` không có trong định dạng mẫu"),
                format!("unknown key `{key}`"),
            ),
            Problem::UnknownValue { value, expected } => lang.pick(
                format!("giá trị `{value}` không hợp lệ; chỉ nhận {}", list(expected)),
                format!("unknown value `{value}`; expected {}", list(expected)),
            ),
            Problem::WrongType { found, expected } => {
                let (found, expected) = (value_kind(found, lang), type_name(expected, lang));
                lang.pick(
                    format!("sai kiểu: cần {expected}, nhưng gặp {found}"),
                    format!("wrong type: expected {expected}, found {found}"),
                )
            }
            Problem::MissingKey { key } => lang.pick(
                format!("thiếu khóa bắt buộc `{key}`"),
                format!("the required key `{key}` is missing"),
            ),
            Problem::Invalid { detail } => lang.pick(
                format!("giá trị không hợp lệ: {detail}"),
                format!("invalid value: {detail}"),
            ),
            Problem::Unreadable { vi, en } => lang.pick(
                format!("không đọc được tệp: {vi}"),
                format!("the file cannot be read: {en}"),
            ),
            Problem::MissingSchema => lang.pick(
                "thiếu khóa `schema` (phiên bản định dạng)".into(),
                "the key `schema` (format version) is missing".into(),
            ),
            Problem::NewerSchema { found, supported } => lang.pick(
                format!(
                    "mẫu viết cho định dạng phiên bản {found}, chương trình này chỉ hiểu đến phiên bản {supported}"
                ),
                format!(
                    "the template is written for format version {found}; this program knows up to version {supported}"
                ),
            ),
            Problem::BadId { id } => lang.pick(
                format!("mã `{id}` có ký tự không được phép"),
                format!("the id `{id}` has characters that are not allowed"),
            ),
            Problem::DuplicateId { id, first_line } => lang.pick(
                format!("mã `{id}` đã dùng ở dòng {first_line}"),
                format!("the id `{id}` is already used on line {first_line}"),
            ),
            Problem::BlankTitle => lang.pick(
                "tiêu đề trống ở cả hai ngôn ngữ".into(),
                "the title is blank in both languages".into(),
            ),
            Problem::BlankVersion => lang.pick(
                "phiên bản (`version`) để trống".into(),
                "the `version` is blank".into(),
            ),
            Problem::NoSections => lang.pick(
                "mẫu không có phần (`[[section]]`) nào".into(),
                "the template has no `[[section]]`".into(),
            ),
            Problem::EmptySection { id } => lang.pick(
                format!("phần `{id}` không có tiêu chí (`[[section.task]]`) nào"),
                format!("section `{id}` has no `[[section.task]]`"),
            ),
            Problem::BadPoints { value } => lang.pick(
                format!("số điểm {value} không hợp lệ: phải ≥ 0 và có tối đa hai chữ số thập phân"),
                format!("{value} is not valid points: they must be ≥ 0 with at most two decimals"),
            ),
            Problem::RateNeeds { key } => lang.pick(
                format!("tiêu chí loại `rate` cần khóa `{key}`"),
                format!("a `rate` task needs the key `{key}`"),
            ),
            Problem::KeyNotForKind { key, kind } => lang.pick(
                format!("khóa `{key}` không dùng cho tiêu chí loại `{kind}`"),
                format!("the key `{key}` does not apply to a `{kind}` task"),
            ),
            Problem::BandMinOutOfRange { min } => lang.pick(
                format!("ngưỡng `min = {min}` phải là tỷ lệ phần trăm từ 0 đến 100, tối đa hai chữ số thập phân"),
                format!("the threshold `min = {min}` must be a percentage from 0 to 100 with at most two decimals"),
            ),
            Problem::BandsOutOfOrder { min, previous } => lang.pick(
                format!("các mức chưa theo thứ tự giảm dần: {min} đứng sau {previous}"),
                format!("the bands are not in decreasing order: {min} comes after {previous}"),
            ),
            Problem::BandAbovePoints { band, max } => lang.pick(
                format!("mức cho {band} điểm, vượt điểm tối đa {max} của tiêu chí"),
                format!("the band gives {band} points, above the task's maximum of {max}"),
            ),
            Problem::BandPointsRise { points, previous } => lang.pick(
                format!("mức thấp hơn lại cho nhiều điểm hơn ({points} > {previous})"),
                format!("a lower band gives more points ({points} > {previous})"),
            ),
            Problem::NegativeTarget { target } => lang.pick(
                format!("chỉ tiêu {target} phải là số nguyên dương"),
                format!("the target {target} must be a positive whole number"),
            ),
            Problem::NestedComponent => lang.pick(
                "tiêu chí thành phần không được có tiêu chí thành phần con".into(),
                "a component criterion cannot have components of its own".into(),
            ),
            Problem::ComponentSum { declared, sum } => lang.pick(
                format!("tiêu chí có {declared} điểm nhưng các tiêu chí thành phần cộng lại {sum} điểm"),
                format!("the criterion has {declared} points but its components add up to {sum}"),
            ),
            Problem::TotalMismatch { declared, sum } => lang.pick(
                format!("`total_points = {declared}` nhưng các tiêu chí cộng lại {sum} điểm"),
                format!("`total_points = {declared}` but the tasks add up to {sum} points"),
            ),
            Problem::KindNeeds { kind, key } => lang.pick(
                format!("tiêu chí loại `{kind}` cần khóa `{key}`"),
                format!("a `{kind}` task needs the key `{key}`"),
            ),
            Problem::NotPositive { key, value } => lang.pick(
                format!("`{key} = {value}` phải là số lớn hơn 0, tối đa hai chữ số thập phân"),
                format!("`{key} = {value}` must be a number above 0 with at most two decimals"),
            ),
            Problem::BadTiers { value } => lang.pick(
                format!("`tiers = {value}` không hợp lệ: chỉ nhận 2 (tỉnh → xã, từ 01/7/2025) hoặc 3 (tỉnh → huyện → xã)"),
                format!("`tiers = {value}` is not valid: only 2 (province → commune, since 1 July 2025) or 3 (province → district → commune)"),
            ),
            Problem::BadFrom { value } => lang.pick(
                format!("`from = \"{value}\"` không phải là kỳ: ghi năm (2025) hoặc quý (2025-Q3)"),
                format!("`from = \"{value}\"` is not a period: write a year (2025) or a quarter (2025-Q3)"),
            ),
            Problem::BadStep { value } => lang.pick(
                format!("`step = {value}` phải từ 0,01 đến 1, tối đa hai chữ số thập phân"),
                format!("`step = {value}` must be from 0.01 to 1 with at most two decimals"),
            ),
            Problem::OffStep { points, step } => lang.pick(
                format!("{points} điểm không phải là bội số của bước điểm {step}"),
                format!("{points} points is not a multiple of the step {step}"),
            ),
            Problem::BandsWithProportional => lang.pick(
                "tiêu chí tính điểm theo tỷ lệ (`method = \"proportional\"`) không có `bands`".into(),
                "a proportional rate (`method = \"proportional\"`) has no `bands`".into(),
            ),
            Problem::BonusNeedsCap { section } => lang.pick(
                format!("lĩnh vực điểm thưởng `{section}` cần mức tối đa `bonus_cap` ở đầu mẫu"),
                format!("the bonus section `{section}` needs a `bonus_cap` at the top of the template"),
            ),
            Problem::DeductionOutsidePart { task } => lang.pick(
                format!("tiêu chí điểm trừ `{task}` phải nằm trong lĩnh vực `part = \"deduction\"`"),
                format!("the deduction `{task}` must be in a section with `part = \"deduction\"`"),
            ),
            Problem::NotADeduction { task } => lang.pick(
                format!("lĩnh vực điểm trừ chỉ chứa tiêu chí `kind = \"deduction\"`, nhưng `{task}` không phải"),
                format!("a deduction section holds only `kind = \"deduction\"` tasks, and `{task}` is not one"),
            ),
            Problem::GradeMinOutOfRange { min } => lang.pick(
                format!("ngưỡng xếp loại `min = {min}` phải là tỷ lệ phần trăm từ 0 đến 100"),
                format!("the grade threshold `min = {min}` must be a percentage from 0 to 100"),
            ),
            Problem::GradesOutOfOrder { min, previous } => lang.pick(
                format!("ngưỡng xếp loại {min} phải nhỏ hơn ngưỡng trước đó {previous}"),
                format!("the grade threshold {min} must be below the one before it, {previous}"),
            ),
        }
    }

    /// How to fix it.
    pub fn fix(&self, lang: Lang) -> String {
        match self {
            Problem::Syntax { .. } => lang.pick(
                "sửa cú pháp tại vị trí đã chỉ (dấu ngoặc kép, dấu bằng, dấu phẩy trong bảng một dòng)".into(),
                "correct the syntax at the position shown (quotes, `=`, commas in inline tables)".into(),
            ),
            Problem::UnknownKey { key, expected } => match suggest(key, expected) {
                Some(near) => lang.pick(
                    format!("có phải ý là `{near}`? Các khóa dùng được ở đây: {}", list(expected)),
                    format!("did you mean `{near}`? Keys allowed here: {}", list(expected)),
                ),
                None => lang.pick(
                    format!("xóa khóa này; các khóa dùng được ở đây: {}", list(expected)),
                    format!("remove it; keys allowed here: {}", list(expected)),
                ),
            },
            Problem::UnknownValue { value, expected } => match suggest(value, expected) {
                Some(near) => lang.pick(format!("có phải ý là `{near}`?"), format!("did you mean `{near}`?")),
                None => lang.pick(
                    format!("dùng một trong: {}", list(expected)),
                    format!("use one of: {}", list(expected)),
                ),
            },
            Problem::WrongType { expected, .. } => {
                let expected = type_name(expected, lang);
                lang.pick(
                    format!("viết giá trị dưới dạng {expected}"),
                    format!("write the value as {expected}"),
                )
            }
            Problem::MissingKey { key } => lang.pick(
                format!("thêm `{key} = …` vào bảng này"),
                format!("add `{key} = …` to this table"),
            ),
            Problem::Invalid { .. } => lang.pick(
                "sửa giá trị theo tài liệu docs/checklist-format.md".into(),
                "correct the value as docs/checklist-format.md describes".into(),
            ),
            Problem::Unreadable { .. } => lang.pick(
                "đặt vào thư mục templates một tệp mẫu TOML thường, hoặc xóa tệp này".into(),
                "put a regular TOML checklist file in the templates folder, or remove this one".into(),
            ),
            Problem::MissingSchema => lang.pick(
                "thêm dòng `schema = 1` ở đầu tệp".into(),
                "add the line `schema = 1` at the top of the file".into(),
            ),
            Problem::NewerSchema { .. } => lang.pick(
                "cập nhật kiemtra lên phiên bản mới hơn, hoặc dùng mẫu viết cho phiên bản này".into(),
                "update kiemtra to a newer version, or use a template written for this one".into(),
            ),
            Problem::BadId { .. } => lang.pick(
                "chỉ dùng chữ cái không dấu, chữ số, `.`, `_` và `-` (ví dụ \"1.2\" hoặc \"mot-cua\")".into(),
                "use only ASCII letters, digits, `.`, `_` and `-` (for example \"1.2\" or \"one-stop\")".into(),
            ),
            Problem::DuplicateId { .. } => lang.pick(
                "đặt cho mỗi phần và mỗi tiêu chí một mã riêng".into(),
                "give every section and every task its own id".into(),
            ),
            Problem::BlankTitle => lang.pick(
                "ghi tiêu đề, ví dụ `title = { vi = \"…\", en = \"…\" }`".into(),
                "write a title, for example `title = { vi = \"…\", en = \"…\" }`".into(),
            ),
            Problem::BlankVersion => lang.pick(
                "ghi phiên bản, ví dụ `version = \"2024.1\"`".into(),
                "write a version, for example `version = \"2024.1\"`".into(),
            ),
            Problem::NoSections | Problem::EmptySection { .. } => lang.pick(
                "thêm ít nhất một phần và một tiêu chí, hoặc xóa phần trống".into(),
                "add at least one section with one task, or remove the empty section".into(),
            ),
            Problem::BadPoints { .. } => lang.pick(
                "ghi số điểm như 2, 1.5 hoặc 0.25".into(),
                "write points such as 2, 1.5 or 0.25".into(),
            ),
            Problem::RateNeeds { key } => lang.pick(
                format!("thêm `{key} = …` (xem ví dụ trong docs/checklist-format.md), hoặc đổi `kind`"),
                format!("add `{key} = …` (see the example in docs/checklist-format.md), or change `kind`"),
            ),
            Problem::KeyNotForKind { .. } => lang.pick(
                "xóa khóa này, hoặc đổi `kind` cho đúng loại tiêu chí".into(),
                "remove the key, or change `kind` to the kind of task meant".into(),
            ),
            Problem::BandMinOutOfRange { .. } => lang.pick(
                "ghi ngưỡng như `min = 98` hoặc `min = 97.5`".into(),
                "write the threshold as `min = 98` or `min = 97.5`".into(),
            ),
            Problem::BandsOutOfOrder { .. } => lang.pick(
                "xếp các mức từ ngưỡng cao nhất xuống thấp nhất, mỗi ngưỡng một lần".into(),
                "list the bands from the highest threshold down, each threshold once".into(),
            ),
            Problem::BandAbovePoints { .. } => lang.pick(
                "giảm điểm của mức, hoặc tăng `points` của tiêu chí".into(),
                "lower the band's points, or raise the task's `points`".into(),
            ),
            Problem::BandPointsRise { .. } => lang.pick(
                "cho mức ngưỡng thấp hơn số điểm bằng hoặc ít hơn".into(),
                "give a lower threshold the same points or fewer".into(),
            ),
            Problem::NegativeTarget { .. } => lang.pick(
                "ghi chỉ tiêu là số nguyên lớn hơn 0, hoặc bỏ `target`".into(),
                "write the target as a whole number above 0, or remove `target`".into(),
            ),
            Problem::NestedComponent => lang.pick(
                "đưa tiêu chí thành phần con lên cùng cấp với các tiêu chí thành phần khác".into(),
                "move the nested component up beside the other components".into(),
            ),
            Problem::ComponentSum { sum, .. } => lang.pick(
                format!("đặt `points = {sum}` cho tiêu chí, hoặc sửa điểm các tiêu chí thành phần"),
                format!("set the criterion's `points = {sum}`, or correct its components' points"),
            ),
            Problem::TotalMismatch { sum, .. } => lang.pick(
                format!("đặt `total_points = {sum}`, hoặc sửa điểm các tiêu chí"),
                format!("set `total_points = {sum}`, or correct the tasks' points"),
            ),
            Problem::KindNeeds { key, .. } => lang.pick(
                format!("thêm `{key} = …` (xem mục 15 của docs/checklist-format.md), hoặc đổi `kind`"),
                format!("add `{key} = …` (see section 15 of docs/checklist-format.md), or change `kind`"),
            ),
            Problem::NotPositive { key, .. } => lang.pick(
                format!("ghi `{key}` như `{key} = 100` hoặc `{key} = 0.25`"),
                format!("write `{key}` as `{key} = 100` or `{key} = 0.25`"),
            ),
            Problem::BadTiers { .. } => lang.pick(
                "ghi `tiers = 2` cho mẫu từ năm 2025, `tiers = 3` cho các kỳ trước".into(),
                "write `tiers = 2` for editions from 2025, `tiers = 3` for earlier periods".into(),
            ),
            Problem::BadFrom { .. } => lang.pick(
                "ghi như `from = \"2025\"` hoặc `from = \"2025-Q3\"`".into(),
                "write it as `from = \"2025\"` or `from = \"2025-Q3\"`".into(),
            ),
            Problem::BadStep { .. } => lang.pick(
                "ghi như `step = 0.25` hoặc `step = 0.5`".into(),
                "write it as `step = 0.25` or `step = 0.5`".into(),
            ),
            Problem::OffStep { step, .. } => lang.pick(
                format!("làm tròn điểm đến bội số của {step}, hoặc đổi `step`"),
                format!("round the points to a multiple of {step}, or change `step`"),
            ),
            Problem::BandsWithProportional => lang.pick(
                "xóa `bands`, hoặc bỏ `method = \"proportional\"` để chấm theo khung".into(),
                "remove `bands`, or remove `method = \"proportional\"` to score by bands".into(),
            ),
            Problem::BonusNeedsCap { .. } => lang.pick(
                "thêm `bonus_cap = …` (số điểm thưởng tối đa được cộng) trước `[[section]]` đầu tiên".into(),
                "add `bonus_cap = …` (the most bonus points counted) before the first `[[section]]`".into(),
            ),
            Problem::DeductionOutsidePart { .. } | Problem::NotADeduction { .. } => lang.pick(
                "đặt các tiêu chí điểm trừ vào một lĩnh vực riêng có `part = \"deduction\"`".into(),
                "put the deductions in a section of their own with `part = \"deduction\"`".into(),
            ),
            Problem::GradeMinOutOfRange { .. } => lang.pick(
                "ghi ngưỡng như `min = 90` hoặc `min = 72.5`".into(),
                "write the threshold as `min = 90` or `min = 72.5`".into(),
            ),
            Problem::GradesOutOfOrder { .. } => lang.pick(
                "xếp các `[[grade]]` từ cao xuống thấp, mỗi ngưỡng một khác".into(),
                "list the `[[grade]]` tables from the highest down, each threshold different".into(),
            ),
        }
    }
}

/// A type as serde names it (`f64`, `struct Text`, `a sequence`), in words a checklist
/// writer knows.
fn type_name(serde_name: &str, lang: Lang) -> String {
    let (vi, en) = match serde_name {
        "f64" | "f32" => ("một số, ví dụ 2 hoặc 1.5", "a number such as 2 or 1.5"),
        "i64" | "u64" | "i32" | "u32" => ("một số nguyên, ví dụ 12", "a whole number such as 12"),
        "a string" | "string" => ("chuỗi trong dấu ngoặc kép", "text in quotes"),
        "a boolean" => ("`true` hoặc `false`", "`true` or `false`"),
        "struct Text" => (
            "bảng văn bản `{ vi = \"…\", en = \"…\" }`",
            "a text table `{ vi = \"…\", en = \"…\" }`",
        ),
        "a sequence" => ("danh sách `[ … ]`", "a list `[ … ]`"),
        other if other.starts_with("struct ") => ("bảng `{ … }`", "a table `{ … }`"),
        other => return other.to_string(),
    };
    lang.pick(vi, en).to_string()
}

/// What was written, as serde describes it (`string "2"`, `integer `5``), with the kind of
/// value told in the user's language.
fn value_kind(found: &str, lang: Lang) -> String {
    const KINDS: [(&str, &str, &str); 7] = [
        (
            "another kind of value",
            "một giá trị kiểu khác",
            "another kind of value",
        ),
        ("string", "chuỗi", "text"),
        ("integer", "số nguyên", "the whole number"),
        ("floating point", "số thập phân", "the number"),
        ("boolean", "giá trị", "the value"),
        ("sequence", "danh sách", "a list"),
        ("map", "bảng", "a table"),
    ];
    for (serde, vi, en) in KINDS {
        if let Some(rest) = found.strip_prefix(serde) {
            return format!("{}{rest}", lang.pick(vi, en));
        }
    }
    found.to_string()
}

fn list(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The allowed word closest to what was written, when it is close enough to be a typo.
fn suggest<'a>(written: &str, allowed: &'a [String]) -> Option<&'a str> {
    allowed
        .iter()
        .map(|a| (strsim::damerau_levenshtein(written, a), a))
        .filter(|(distance, a)| *distance <= (a.len() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, a)| a.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_get_a_suggestion() {
        let expected = vec!["check".to_string(), "rate".to_string(), "count".to_string()];
        assert_eq!(suggest("chek", &expected), Some("check"));
        assert_eq!(suggest("ratio", &expected), Some("rate"));
        assert_eq!(suggest("percentage", &expected), None);
    }

    #[test]
    fn types_are_named_in_the_writer_s_words() {
        let problem = Problem::WrongType {
            found: "string \"2\"".into(),
            expected: "f64".into(),
        };
        assert_eq!(
            problem.message(Lang::En),
            "wrong type: expected a number such as 2 or 1.5, found text \"2\""
        );
        assert_eq!(
            problem.message(Lang::Vi),
            "sai kiểu: cần một số, ví dụ 2 hoặc 1.5, nhưng gặp chuỗi \"2\""
        );
        assert_eq!(type_name("struct RawBand", Lang::En), "a table `{ … }`");
    }
}
