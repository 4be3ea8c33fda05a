//! The words of the layout (docs/checklist-spreadsheet.md): sheet names, column headers,
//! settings and the values of the kind, part and method columns, each in Vietnamese and English.
//! They are compared folded (`cell::fold`): case, diacritics and punctuation do not matter.

use super::cell::fold;
use crate::lang::Lang;
use crate::messages as msg;

/// Which of the two sheets a sheet is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetKind {
    Criteria,
    Settings,
}

impl SheetKind {
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            SheetKind::Criteria => msg::template::criteria(lang),
            SheetKind::Settings => msg::template::settings(lang),
        }
    }

    /// The kind a sheet's name says, if it says one.
    pub fn named(name: &str) -> Option<SheetKind> {
        let name = fold(name);
        let name = name.strip_suffix(" csv").unwrap_or(&name);
        match name {
            "tieu chi" | "criteria" | "bang tieu chi" | "chi so" => Some(SheetKind::Criteria),
            "thong tin chung" | "thong tin" | "settings" | "cai dat" => Some(SheetKind::Settings),
            _ => None,
        }
    }
}

/// A column of the criteria sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Id,
    TitleVi,
    TitleEn,
    Points,
    Kind,
    Part,
    Method,
    Bands,
    NumeratorVi,
    NumeratorEn,
    DenominatorVi,
    DenominatorEn,
    Target,
    CountedVi,
    CountedEn,
    Per,
    Scale,
    GuidanceVi,
    GuidanceEn,
    EvidenceRequired,
    EvidenceVi,
    EvidenceEn,
    Parent,
}

impl Column {
    /// Every column, in the order `template export` writes them (A, B, C, …).
    pub const ALL: [Column; 23] = [
        Column::Id,
        Column::TitleVi,
        Column::TitleEn,
        Column::Points,
        Column::Kind,
        Column::Part,
        Column::Method,
        Column::Bands,
        Column::NumeratorVi,
        Column::NumeratorEn,
        Column::DenominatorVi,
        Column::DenominatorEn,
        Column::Target,
        Column::CountedVi,
        Column::CountedEn,
        Column::Per,
        Column::Scale,
        Column::GuidanceVi,
        Column::GuidanceEn,
        Column::EvidenceRequired,
        Column::EvidenceVi,
        Column::EvidenceEn,
        Column::Parent,
    ];

    /// The header `template export` writes.
    pub fn header(self, lang: Lang) -> &'static str {
        let (vi, en) = self.words();
        lang.pick(vi, en)
    }

    fn words(self) -> (&'static str, &'static str) {
        match self {
            Column::Id => ("Mã", "Id"),
            Column::TitleVi => ("Tên tiêu chí (vi)", "Title (vi)"),
            Column::TitleEn => ("Tên tiêu chí (en)", "Title (en)"),
            Column::Points => ("Điểm tối đa", "Maximum"),
            Column::Kind => ("Loại", "Kind"),
            Column::Part => ("Phần", "Part"),
            Column::Method => ("Cách chấm", "Method"),
            Column::Bands => ("Khung điểm", "Bands"),
            Column::NumeratorVi => ("Tử số (vi)", "Numerator (vi)"),
            Column::NumeratorEn => ("Tử số (en)", "Numerator (en)"),
            Column::DenominatorVi => ("Mẫu số (vi)", "Denominator (vi)"),
            Column::DenominatorEn => ("Mẫu số (en)", "Denominator (en)"),
            Column::Target => ("Chỉ tiêu", "Target"),
            Column::CountedVi => ("Đối tượng đếm (vi)", "Counted (vi)"),
            Column::CountedEn => ("Đối tượng đếm (en)", "Counted (en)"),
            Column::Per => ("Trừ mỗi lần", "Per occurrence"),
            Column::Scale => ("Thang điều tra", "Survey scale"),
            Column::GuidanceVi => ("Hướng dẫn (vi)", "Guidance (vi)"),
            Column::GuidanceEn => ("Hướng dẫn (en)", "Guidance (en)"),
            Column::EvidenceRequired => ("Bắt buộc minh chứng", "Evidence required"),
            Column::EvidenceVi => ("Minh chứng (vi)", "Evidence (vi)"),
            Column::EvidenceEn => ("Minh chứng (en)", "Evidence (en)"),
            Column::Parent => ("Thuộc", "Parent"),
        }
    }

    /// Other headers a province's own table may use for the column, folded.
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Column::Id => &["ma so", "ma tieu chi", "stt", "so tt", "tt", "id"],
            Column::TitleVi => &[
                "ten tieu chi",
                "tieu chi",
                "noi dung",
                "noi dung tieu chi",
                "ten vi",
                "title",
                "title vi",
            ],
            Column::TitleEn => &["ten en", "ten tieng anh", "title en", "english title"],
            Column::Points => &[
                "diem",
                "diem toi da",
                "so diem toi da",
                "diem chuan",
                "maximum points",
                "max",
                "points",
            ],
            Column::Kind => &["loai tieu chi", "kind"],
            Column::Part => &["phan diem", "part"],
            Column::Method => &["cach tinh diem", "phuong phap cham", "method"],
            Column::Bands => &["muc diem", "thang diem", "bands"],
            Column::NumeratorVi => &["tu so", "numerator"],
            Column::NumeratorEn => &[],
            Column::DenominatorVi => &["mau so", "denominator"],
            Column::DenominatorEn => &[],
            Column::Target => &["target"],
            Column::CountedVi => &["doi tuong dem", "counted"],
            Column::CountedEn => &[],
            Column::Per => &["diem tru moi lan", "per", "per occurrence"],
            Column::Scale => &["thang diem dieu tra", "scale", "survey scale"],
            Column::GuidanceVi => &["huong dan", "guidance", "huong dan cham diem"],
            Column::GuidanceEn => &[],
            Column::EvidenceRequired => &["bat buoc", "can minh chung", "evidence required"],
            Column::EvidenceVi => &[
                "minh chung",
                "tai lieu kiem chung",
                "tai lieu kiem chung vi",
                "evidence",
            ],
            Column::EvidenceEn => &["tai lieu kiem chung en"],
            Column::Parent => &["tieu chi cha", "parent"],
        }
    }

    /// The column a header names, if any.
    pub fn from_header(header: &str) -> Option<Column> {
        let folded = fold(header);
        Column::ALL.into_iter().find(|c| {
            let (vi, en) = c.words();
            fold(vi) == folded || fold(en) == folded || c.aliases().contains(&folded.as_str())
        })
    }

    /// The headers a misspelt one may have meant, for the fix.
    pub fn all_headers(lang: Lang) -> Vec<String> {
        Column::ALL
            .iter()
            .map(|c| c.header(lang).to_string())
            .collect()
    }

    /// The column that holds a template key, for the problems `parse` tells by key.
    pub fn of_key(key: &str) -> Option<Column> {
        Some(match key {
            "id" => Column::Id,
            "title" => Column::TitleVi,
            "points" => Column::Points,
            "kind" => Column::Kind,
            "part" => Column::Part,
            "method" => Column::Method,
            "bands" => Column::Bands,
            "numerator" => Column::NumeratorVi,
            "denominator" => Column::DenominatorVi,
            "target" => Column::Target,
            "counted" => Column::CountedVi,
            "per" => Column::Per,
            "scale" => Column::Scale,
            "guidance" => Column::GuidanceVi,
            "evidence" => Column::EvidenceRequired,
            _ => return None,
        })
    }
}

/// Whether a header is a column the reader leaves alone: notes, or anything starting `#`.
pub fn ignored_header(header: &str) -> bool {
    header.trim_start().starts_with('#')
        || matches!(fold(header).as_str(), "ghi chu" | "notes" | "note")
}

/// A row of the settings sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Setting {
    Id,
    Version,
    Level,
    Title,
    Description,
    Tiers,
    From,
    Total,
    Step,
    BonusCap,
    Grades,
}

impl Setting {
    pub const ALL: [Setting; 11] = [
        Setting::Id,
        Setting::Version,
        Setting::Level,
        Setting::Title,
        Setting::Description,
        Setting::Tiers,
        Setting::From,
        Setting::Total,
        Setting::Step,
        Setting::BonusCap,
        Setting::Grades,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        let (vi, en) = self.words();
        lang.pick(vi, en)
    }

    fn words(self) -> (&'static str, &'static str) {
        match self {
            Setting::Id => ("Mã bộ tiêu chí", "Id"),
            Setting::Version => ("Phiên bản", "Version"),
            Setting::Level => ("Cấp", "Level"),
            Setting::Title => ("Tên bộ tiêu chí", "Title"),
            Setting::Description => ("Mô tả", "Description"),
            Setting::Tiers => ("Số cấp chính quyền", "Tiers"),
            Setting::From => ("Áp dụng từ kỳ", "First period"),
            Setting::Total => ("Tổng điểm", "Total"),
            Setting::Step => ("Bước điểm", "Step"),
            Setting::BonusCap => ("Điểm thưởng tối đa", "Bonus cap"),
            Setting::Grades => ("Xếp loại", "Grades"),
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            Setting::Id => &["ma", "ma mau", "id"],
            Setting::Version => &["version"],
            Setting::Level => &["cap ap dung", "level"],
            Setting::Title => &["ten", "ten mau", "title"],
            Setting::Description => &["description"],
            Setting::Tiers => &["so cap", "tiers"],
            Setting::From => &["ap dung tu", "tu ky", "from", "first period"],
            Setting::Total => &["tong diem toi da", "total points", "total"],
            Setting::Step => &["buoc", "step"],
            Setting::BonusCap => &["diem thuong toi da duoc cong", "bonus cap"],
            Setting::Grades => &["xep loai", "grades", "grade"],
        }
    }

    pub fn from_label(label: &str) -> Option<Setting> {
        let folded = fold(label);
        Setting::ALL.into_iter().find(|s| {
            let (vi, en) = s.words();
            fold(vi) == folded || fold(en) == folded || s.aliases().contains(&folded.as_str())
        })
    }

    pub fn all_labels(lang: Lang) -> Vec<String> {
        Setting::ALL
            .iter()
            .map(|s| s.label(lang).to_string())
            .collect()
    }
}

/// The header of the settings sheet's three columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingsColumn {
    Key,
    Value,
    English,
}

impl SettingsColumn {
    pub const ALL: [SettingsColumn; 3] = [
        SettingsColumn::Key,
        SettingsColumn::Value,
        SettingsColumn::English,
    ];

    pub fn header(self, lang: Lang) -> &'static str {
        match self {
            SettingsColumn::Key => msg::template::setting(lang),
            SettingsColumn::Value => msg::template::value(lang),
            SettingsColumn::English => msg::template::english(lang),
        }
    }

    pub fn from_header(header: &str) -> Option<SettingsColumn> {
        match fold(header).as_str() {
            "thong so" | "setting" | "settings" | "muc" => Some(SettingsColumn::Key),
            "gia tri" | "value" | "tieng viet" | "gia tri vi" | "value vi" => {
                Some(SettingsColumn::Value)
            }
            "tieng anh" | "english" | "gia tri en" | "value en" => Some(SettingsColumn::English),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_read_in_either_language() {
        assert_eq!(Column::from_header("Điểm tối đa"), Some(Column::Points));
        assert_eq!(Column::from_header("DIEM TOI DA"), Some(Column::Points));
        assert_eq!(Column::from_header("Maximum"), Some(Column::Points));
        assert_eq!(
            Column::from_header("Tên tiêu chí (vi)"),
            Some(Column::TitleVi)
        );
        assert_eq!(Column::from_header("Nội dung"), Some(Column::TitleVi));
        assert_eq!(Column::from_header("Title (en)"), Some(Column::TitleEn));
        assert_eq!(Column::from_header("Điểm tôi đa"), Some(Column::Points));
        assert_eq!(Column::from_header("Điểm tối"), None);
        for lang in [Lang::Vi, Lang::En] {
            for column in Column::ALL {
                assert_eq!(Column::from_header(column.header(lang)), Some(column));
            }
            for setting in Setting::ALL {
                assert_eq!(Setting::from_label(setting.label(lang)), Some(setting));
            }
        }
    }
}
