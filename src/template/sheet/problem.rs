//! Every mistake `template import` finds in a spreadsheet: where (sheet, row, column), what
//! is wrong and how to fix it, in both languages.

use super::cell::{CellRef, NumberProblem};
use super::columns::{Column, Setting};
use crate::lang::Lang;
use crate::points::Points;
use crate::template::Problem;

#[derive(Clone, Debug, PartialEq)]
pub enum SheetProblem {
    /// The file could not be read as a spreadsheet: why, in each language.
    Unreadable {
        vi: String,
        en: String,
    },
    NoSheet {
        criteria: bool,
        sheets: Vec<String>,
    },
    NoHeader {
        criteria: bool,
    },
    UnknownColumn {
        header: String,
        near: Option<String>,
    },
    DuplicateColumn {
        header: String,
        first: String,
    },
    MissingColumn {
        column: Column,
    },
    UnknownSetting {
        label: String,
        near: Option<String>,
    },
    DuplicateSetting {
        first: String,
    },
    MissingSetting {
        setting: Setting,
    },
    Number {
        text: String,
        problem: NumberProblem,
    },
    UnknownWord {
        text: String,
        expected: Vec<String>,
    },
    NoId,
    NoPoints,
    DuplicateId {
        id: String,
        first: String,
    },
    NoParent {
        id: String,
        parent: String,
    },
    TooDeep {
        id: String,
    },
    NotForSection {
        column: Column,
    },
    NotForTask {
        column: Column,
    },
    SectionSum {
        declared: Points,
        sum: Points,
    },
    BadEntry {
        entry: String,
        grades: bool,
    },
    GradesDiffer,
    /// A rule of the checklist format, found by `validate` in what the sheet makes.
    Template(Problem),
}

/// A problem at a place in the workbook (`None`: the workbook as a whole).
#[derive(Clone, Debug, PartialEq)]
pub struct SheetDiagnostic {
    pub at: Option<CellRef>,
    pub problem: SheetProblem,
}

impl SheetDiagnostic {
    pub fn new(at: Option<CellRef>, problem: SheetProblem) -> SheetDiagnostic {
        SheetDiagnostic { at, problem }
    }

    /// `Tiêu chí!D14: lỗi[components]: …`
    pub fn headline(&self, lang: Lang) -> String {
        let place = self
            .at
            .as_ref()
            .map_or_else(String::new, |at| format!("{at}: "));
        format!(
            "{place}{}[{}]: {}",
            lang.pick("lỗi", "error"),
            self.problem.rule(),
            self.problem.message(lang)
        )
    }

    /// The headline and the fix on a second line.
    pub fn render(&self, lang: Lang) -> String {
        format!(
            "{}\n  = {}: {}",
            self.headline(lang),
            lang.pick("cách sửa", "fix"),
            self.problem.fix(lang)
        )
    }
}

fn header(column: Column, lang: Lang) -> String {
    format!("“{}”", column.header(lang))
}

fn sheet_name(criteria: bool, lang: Lang) -> &'static str {
    match criteria {
        true => lang.pick("Tiêu chí", "Criteria"),
        false => lang.pick("Thông tin chung", "Settings"),
    }
}

pub(super) fn key_column(key: &str, lang: Lang) -> String {
    Column::of_key(key).map_or_else(|| format!("`{key}`"), |c| header(c, lang))
}

impl SheetProblem {
    pub fn rule(&self) -> &'static str {
        match self {
            SheetProblem::Unreadable { .. } => "unreadable",
            SheetProblem::NoSheet { .. } | SheetProblem::NoHeader { .. } => "layout",
            SheetProblem::UnknownColumn { .. }
            | SheetProblem::DuplicateColumn { .. }
            | SheetProblem::MissingColumn { .. } => "column",
            SheetProblem::UnknownSetting { .. }
            | SheetProblem::DuplicateSetting { .. }
            | SheetProblem::MissingSetting { .. } => "setting",
            SheetProblem::Number { .. } => "number",
            SheetProblem::UnknownWord { .. } => "unknown-value",
            SheetProblem::NoId | SheetProblem::DuplicateId { .. } => "id",
            SheetProblem::NoPoints => "points",
            SheetProblem::NoParent { .. } | SheetProblem::TooDeep { .. } => "tree",
            SheetProblem::NotForSection { .. } | SheetProblem::NotForTask { .. } => "misplaced",
            SheetProblem::SectionSum { .. } => "components",
            SheetProblem::BadEntry { grades: false, .. } => "bands",
            SheetProblem::BadEntry { grades: true, .. } | SheetProblem::GradesDiffer => "grades",
            SheetProblem::Template(problem) => problem.rule(),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            SheetProblem::Unreadable { vi, en } => lang.pick(
                format!("không đọc được bảng tính: {vi}"),
                format!("the spreadsheet cannot be read: {en}"),
            ),
            SheetProblem::NoSheet { criteria, sheets } => {
                let name = sheet_name(*criteria, lang);
                let seen = sheets.join(", ");
                lang.pick(
                    format!("không có trang “{name}” (các trang có: {seen})"),
                    format!("there is no “{name}” sheet (the sheets are: {seen})"),
                )
            }
            SheetProblem::NoHeader { criteria: true } => lang.pick(
                "trang tiêu chí không có dòng tiêu đề cột (cần có cột “Mã” và cột “Tên tiêu chí (vi)” hoặc “Tên tiêu chí (en)”)".into(),
                "the criteria sheet has no header row (it needs an “Id” column and a “Title (vi)” or “Title (en)” column)".into(),
            ),
            SheetProblem::NoHeader { criteria: false } => lang.pick(
                "trang thông tin chung không có dòng tiêu đề “Thông số | Giá trị | Tiếng Anh”".into(),
                "the settings sheet has no header row “Setting | Value | English”".into(),
            ),
            SheetProblem::UnknownColumn { header, .. } => lang.pick(
                format!("cột “{header}” không có trong mẫu bảng tính"),
                format!("the column “{header}” is not part of the layout"),
            ),
            SheetProblem::DuplicateColumn { header, first } => lang.pick(
                format!("cột “{header}” đã có ở ô {first}"),
                format!("the column “{header}” is already at {first}"),
            ),
            SheetProblem::MissingColumn { column } => lang.pick(
                format!("thiếu cột {}", header(*column, lang)),
                format!("the column {} is missing", header(*column, lang)),
            ),
            SheetProblem::UnknownSetting { label, .. } => lang.pick(
                format!("thông số “{label}” không có trong mẫu bảng tính"),
                format!("“{label}” is not a setting of the layout"),
            ),
            SheetProblem::DuplicateSetting { first } => lang.pick(
                format!("thông số này đã ghi ở ô {first}"),
                format!("this setting is already given at {first}"),
            ),
            SheetProblem::MissingSetting { setting } => lang.pick(
                format!("thiếu thông số “{}”", setting.label(lang)),
                format!("the setting “{}” is missing", setting.label(lang)),
            ),
            SheetProblem::Number { text, problem } => match problem {
                NumberProblem::NotANumber => lang.pick(
                    format!("“{text}” không phải một số"),
                    format!("“{text}” is not a number"),
                ),
                NumberProblem::TooManyDecimals => lang.pick(
                    format!("“{text}” có quá hai chữ số thập phân"),
                    format!("“{text}” has more than two decimals"),
                ),
                NumberProblem::NotWhole => lang.pick(
                    format!("“{text}” không phải số nguyên"),
                    format!("“{text}” is not a whole number"),
                ),
            },
            SheetProblem::UnknownWord { text, expected } => lang.pick(
                format!("“{text}” không hợp lệ ở cột này; chỉ nhận {}", words(expected)),
                format!("“{text}” is not valid in this column; expected {}", words(expected)),
            ),
            SheetProblem::NoId => lang.pick(
                "dòng có nội dung nhưng không có mã tiêu chí".into(),
                "the row has content but no id".into(),
            ),
            SheetProblem::NoPoints => lang.pick(
                "điểm tối đa để trống".into(),
                "the maximum is empty".into(),
            ),
            SheetProblem::DuplicateId { id, first } => lang.pick(
                format!("mã “{id}” đã dùng ở ô {first}"),
                format!("the id “{id}” is already used at {first}"),
            ),
            SheetProblem::NoParent { id, parent } => lang.pick(
                format!("“{id}” thuộc “{parent}”, nhưng không có dòng “{parent}” nào ở phía trên"),
                format!("“{id}” belongs to “{parent}”, but no row “{parent}” comes before it"),
            ),
            SheetProblem::TooDeep { id } => lang.pick(
                format!("“{id}” là tiêu chí thành phần của một tiêu chí thành phần; chỉ có lĩnh vực → tiêu chí → tiêu chí thành phần"),
                format!("“{id}” is a component of a component; there are only fields → criteria → component criteria"),
            ),
            SheetProblem::NotForSection { column } => lang.pick(
                format!("dòng lĩnh vực không dùng cột {}", header(*column, lang)),
                format!("a field (section) row does not use the column {}", header(*column, lang)),
            ),
            SheetProblem::NotForTask { column } => lang.pick(
                format!("chỉ dòng lĩnh vực mới dùng cột {}", header(*column, lang)),
                format!("only a field (section) row uses the column {}", header(*column, lang)),
            ),
            SheetProblem::SectionSum { declared, sum } => lang.pick(
                format!("lĩnh vực có điểm tối đa {} nhưng các tiêu chí của nó cộng lại {}", declared.shown(lang), sum.shown(lang)),
                format!("the field's maximum is {} but its criteria add up to {}", declared.shown(lang), sum.shown(lang)),
            ),
            SheetProblem::BadEntry { entry, grades: false } => lang.pick(
                format!("không hiểu mức “{entry}”; mỗi mức ghi “ngưỡng %: điểm”"),
                format!("the band “{entry}” cannot be read; write each as “threshold %: points”"),
            ),
            SheetProblem::BadEntry { entry, grades: true } => lang.pick(
                format!("không hiểu mức xếp loại “{entry}”; mỗi mức ghi “ngưỡng: tên”"),
                format!("the grade “{entry}” cannot be read; write each as “threshold: name”"),
            ),
            SheetProblem::GradesDiffer => lang.pick(
                "các ngưỡng xếp loại bằng tiếng Anh khác các ngưỡng bằng tiếng Việt".into(),
                "the English grades have other thresholds than the Vietnamese ones".into(),
            ),
            SheetProblem::Template(problem) => super::told::message(problem, lang),
        }
    }

    pub fn fix(&self, lang: Lang) -> String {
        match self {
            SheetProblem::Unreadable { .. } => lang.pick(
                "lưu bảng tính dạng .xlsx (Excel, LibreOffice) hoặc .csv UTF-8 rồi nhập lại".into(),
                "save the spreadsheet as .xlsx (Excel, LibreOffice) or as UTF-8 .csv and import it again".into(),
            ),
            SheetProblem::NoSheet { criteria, .. } => lang.pick(
                format!(
                    "đặt tên một trang là “{}” (xem docs/checklist-spreadsheet.md); với CSV, cho cả hai tệp: kiemtra template import tieu-chi.csv thong-tin-chung.csv",
                    sheet_name(*criteria, Lang::Vi)
                ),
                format!(
                    "name a sheet “{}” or “{}” (see docs/checklist-spreadsheet.md); with CSV, give both files: kiemtra template import criteria.csv settings.csv",
                    sheet_name(*criteria, Lang::En),
                    sheet_name(*criteria, Lang::Vi)
                ),
            ),
            SheetProblem::NoHeader { criteria: true } => lang.pick(
                "thêm một dòng tiêu đề cột phía trên các tiêu chí: Mã | Tên tiêu chí (vi) | Tên tiêu chí (en) | Điểm tối đa | …".into(),
                "add a header row above the criteria: Id | Title (vi) | Title (en) | Maximum | …".into(),
            ),
            SheetProblem::NoHeader { criteria: false } => lang.pick(
                "thêm dòng tiêu đề “Thông số | Giá trị | Tiếng Anh” phía trên các thông số".into(),
                "add the header row “Setting | Value | English” above the settings".into(),
            ),
            SheetProblem::UnknownColumn { near, .. } => match near {
                Some(near) => lang.pick(
                    format!("có phải ý là “{near}”? Cột ghi chú thì đặt tên “Ghi chú” hoặc bắt đầu bằng #"),
                    format!("did you mean “{near}”? Name a notes column “Notes” or start it with #"),
                ),
                None => lang.pick(
                    format!("dùng một trong các cột: {}; cột ghi chú thì đặt tên “Ghi chú” hoặc bắt đầu bằng #", Column::all_headers(lang).join(", ")),
                    format!("use one of the columns: {}; name a notes column “Notes” or start it with #", Column::all_headers(lang).join(", ")),
                ),
            },
            SheetProblem::DuplicateColumn { .. } => lang.pick(
                "giữ một cột, xóa hoặc đổi tên cột kia".into(),
                "keep one of the two columns; remove or rename the other".into(),
            ),
            SheetProblem::MissingColumn { column } => lang.pick(
                format!("thêm cột {} vào dòng tiêu đề", header(*column, lang)),
                format!("add the column {} to the header row", header(*column, lang)),
            ),
            SheetProblem::UnknownSetting { near, .. } => match near {
                Some(near) => lang.pick(format!("có phải ý là “{near}”?"), format!("did you mean “{near}”?")),
                None => lang.pick(
                    format!("dùng một trong các thông số: {}", Setting::all_labels(lang).join(", ")),
                    format!("use one of the settings: {}", Setting::all_labels(lang).join(", ")),
                ),
            },
            SheetProblem::DuplicateSetting { .. } => lang.pick(
                "giữ một dòng, xóa dòng kia".into(),
                "keep one of the two rows and remove the other".into(),
            ),
            SheetProblem::MissingSetting { setting } => lang.pick(
                format!("thêm dòng “{}” vào trang Thông tin chung", setting.label(lang)),
                format!("add a row “{}” to the Settings sheet", setting.label(lang)),
            ),
            SheetProblem::Number { problem: NumberProblem::NotWhole, .. } => lang.pick(
                "ghi một số nguyên, ví dụ 12".into(),
                "write a whole number, for example 12".into(),
            ),
            SheetProblem::Number { .. } => lang.pick(
                "ghi số với tối đa hai chữ số thập phân, dấu phẩy hoặc dấu chấm đều được: 2,5 · 0,25 · 2.5".into(),
                "write a number with at most two decimals, with a comma or a point: 2.5 · 0.25 · 2,5".into(),
            ),
            SheetProblem::UnknownWord { expected, .. } => lang.pick(
                format!("ghi một trong: {}", words(expected)),
                format!("write one of: {}", words(expected)),
            ),
            SheetProblem::NoId => lang.pick(
                "ghi mã vào cột Mã (ví dụ 1, 1.2, 1.2.3), hoặc xóa dòng; tổng điểm ghi ở trang Thông tin chung".into(),
                "write the id in the Id column (for example 1, 1.2, 1.2.3), or delete the row; the total goes on the Settings sheet".into(),
            ),
            SheetProblem::NoPoints => lang.pick(
                "ghi điểm tối đa của tiêu chí (0 nếu tiêu chí không có điểm)".into(),
                "write the criterion's maximum points (0 if it has none)".into(),
            ),
            SheetProblem::DuplicateId { .. } => lang.pick(
                "đặt cho mỗi dòng một mã riêng; nếu cột Mã định dạng số (1.10 thành 1.1), hãy định dạng cột là Văn bản".into(),
                "give every row its own id; if the Id column is formatted as numbers (1.10 becomes 1.1), format it as Text".into(),
            ),
            SheetProblem::NoParent { .. } => lang.pick(
                "thêm dòng của tiêu chí cha phía trên, sửa mã, hoặc ghi mã cha vào cột “Thuộc”".into(),
                "add the parent's row above it, correct the id, or write the parent's id in the “Parent” column".into(),
            ),
            SheetProblem::TooDeep { .. } => lang.pick(
                "đưa tiêu chí này lên cùng cấp với các tiêu chí thành phần khác".into(),
                "move it up beside the other component criteria".into(),
            ),
            SheetProblem::NotForSection { .. } => lang.pick(
                "để trống ô này, hoặc nếu đây là một tiêu chí thì sửa mã (ví dụ 1.1)".into(),
                "leave the cell empty, or if the row is a criterion, correct its id (for example 1.1)".into(),
            ),
            SheetProblem::NotForTask { .. } => lang.pick(
                "để trống ô này; phần (điểm thưởng, điểm trừ) ghi ở dòng lĩnh vực".into(),
                "leave the cell empty; the part (bonus, deduction) goes on the field's row".into(),
            ),
            SheetProblem::SectionSum { sum, .. } => lang.pick(
                format!("ghi điểm tối đa của lĩnh vực là {}, để trống, hoặc sửa điểm các tiêu chí", sum.shown(lang)),
                format!("write the field's maximum as {}, leave it empty, or correct its criteria's points", sum.shown(lang)),
            ),
            SheetProblem::BadEntry { grades: false, .. } => lang.pick(
                "ghi các mức cách nhau bởi dấu chấm phẩy, từ cao xuống: 98%: 4; 95%: 3; 90%: 1,5".into(),
                "write the bands separated by semicolons, highest first: 98%: 4; 95%: 3; 90%: 1.5".into(),
            ),
            SheetProblem::BadEntry { grades: true, .. } => lang.pick(
                "ghi các mức cách nhau bởi dấu chấm phẩy, từ cao xuống: 90: Xuất sắc; 80: Tốt".into(),
                "write the grades separated by semicolons, highest first: 90: Excellent; 80: Good".into(),
            ),
            SheetProblem::GradesDiffer => lang.pick(
                "ghi cùng các ngưỡng, cùng thứ tự ở cột Giá trị và cột Tiếng Anh".into(),
                "write the same thresholds in the same order in the Value and the English columns".into(),
            ),
            SheetProblem::Template(problem) => super::told::fix(problem, lang),
        }
    }
}

fn words(expected: &[String]) -> String {
    expected
        .iter()
        .map(|w| format!("“{w}”"))
        .collect::<Vec<_>>()
        .join(", ")
}
