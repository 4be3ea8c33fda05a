//! `template import` through the library: a hand-made spreadsheet with every construct, and
//! one test per kind of mistake with its sheet!cell message asserted in both languages.

use kiemtra::lang::Lang;
use kiemtra::points::Points;
use kiemtra::template::sheet::{Cell, Sheet, SheetDiagnostic, Workbook, import};
use kiemtra::template::{Kind, Level, Part, Template};

/// A sheet from rows of text; `""` is an empty cell, `#n` a number.
fn sheet(name: &str, rows: &[Vec<&str>]) -> Sheet {
    let mut sheet = Sheet::new(name);
    for (r, cells) in rows.iter().enumerate() {
        for (c, text) in cells.iter().enumerate() {
            if text.is_empty() {
                continue;
            }
            let cell = match text.strip_prefix('#').map(str::parse::<f64>) {
                Some(Ok(n)) => Cell::Number(n),
                _ => Cell::Text(text.to_string()),
            };
            sheet.set(r, c, cell);
        }
    }
    sheet
}

const HEADER: &[&str] = &[
    "Mã",
    "Tên tiêu chí (vi)",
    "Tên tiêu chí (en)",
    "Điểm tối đa",
    "Loại",
    "Phần",
    "Cách chấm",
    "Khung điểm",
    "Tử số (vi)",
    "Mẫu số (vi)",
    "Chỉ tiêu",
    "Đối tượng đếm (vi)",
    "Trừ mỗi lần",
    "Thang điều tra",
    "Hướng dẫn (vi)",
    "Bắt buộc minh chứng",
    "Minh chứng (vi)",
];

/// The settings of the hand-made checklist.
fn settings() -> Vec<Vec<&'static str>> {
    vec![
        vec!["Thông số", "Giá trị", "Tiếng Anh"],
        vec!["Mã bộ tiêu chí", "thu-nghiem", ""],
        vec!["Phiên bản", "2026.1", ""],
        vec!["Cấp", "xã", ""],
        vec!["Tên bộ tiêu chí", "Bộ tiêu chí thử nghiệm", "Trial index"],
        vec!["Số cấp chính quyền", "2", ""],
        vec!["Áp dụng từ kỳ", "2026", ""],
        vec!["Tổng điểm", "#14", ""],
        vec!["Bước điểm", "0,25", ""],
        vec!["Điểm thưởng tối đa", "1", ""],
        vec!["Xếp loại", "90: Tốt; 50: Đạt", "90: Good; 50: Pass"],
    ]
}

/// Every construct: a field of checks and components, rates by bands and proportional, a
/// count with a target, a survey, bonus and deductions; empty rows between fields.
fn criteria() -> Vec<Vec<&'static str>> {
    let mut rows: Vec<Vec<&str>> = vec![vec!["BỘ TIÊU CHÍ THỬ NGHIỆM"], vec![], HEADER.to_vec()];
    let row = |cells: &[&'static str]| cells.to_vec();
    rows.extend([
        row(&["1", "Chỉ đạo, điều hành", "Direction", "5"]),
        row(&[
            "1.1",
            "Kế hoạch CCHC",
            "Reform plan",
            "2",
            "kiểm tra",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "Đối chiếu ngày ban hành",
            "có",
            "Kế hoạch (số, ngày)",
        ]),
        row(&["1.2", "Tự kiểm tra", "Self-checks", "3"]),
        row(&["1.2.1", "Có kế hoạch kiểm tra", "", "1,5", "kiểm tra"]),
        row(&[
            "1.2.2",
            "Tỷ lệ cuộc kiểm tra",
            "",
            "1.5",
            "tỷ lệ",
            "",
            "",
            "100%: 1,5; 80%: 0,5",
            "Số cuộc đã kiểm tra",
            "Số cuộc theo kế hoạch",
        ]),
        vec![],
        row(&["2", "Thủ tục hành chính", "Procedures", "#9"]),
        row(&[
            "2.1",
            "Hồ sơ trực tuyến",
            "",
            "2",
            "tỷ lệ",
            "",
            "tỷ lệ thuận",
            "",
            "Hồ sơ trực tuyến",
            "Hồ sơ tiếp nhận",
        ]),
        row(&[
            "2.2",
            "Tuyên truyền",
            "",
            "2",
            "số lượng",
            "",
            "",
            "",
            "",
            "",
            "12",
            "Số buổi",
        ]),
        row(&[
            "2.3",
            "Điều tra hài lòng",
            "",
            "5",
            "điều tra",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "100",
        ]),
        vec![],
        vec![],
        row(&["T", "Điểm thưởng", "Bonus", "1", "", "điểm thưởng"]),
        row(&["T.1", "Sáng kiến", "", "1", "kiểm tra"]),
        row(&["D", "Điểm trừ", "Deductions", "1", "", "điểm trừ"]),
        row(&[
            "D.1",
            "Báo cáo chậm",
            "",
            "1",
            "điểm trừ",
            "",
            "",
            "",
            "",
            "",
            "",
            "Số báo cáo chậm",
            "0,25",
        ]),
    ]);
    rows
}

fn book(criteria: &[Vec<&str>], settings: &[Vec<&str>]) -> Workbook {
    Workbook {
        sheets: vec![
            sheet("Tiêu chí", criteria),
            sheet("Thông tin chung", settings),
        ],
    }
}

fn imported(criteria: &[Vec<&str>], settings: &[Vec<&str>]) -> Template {
    match import(&book(criteria, settings)) {
        Ok(imported) => imported.template,
        Err(problems) => panic!("{}", told(&problems, Lang::En).join("\n")),
    }
}

fn told(problems: &[SheetDiagnostic], lang: Lang) -> Vec<String> {
    problems.iter().map(|p| p.headline(lang)).collect()
}

/// The problems of a spreadsheet, in both languages.
fn problems(criteria: &[Vec<&str>], settings: &[Vec<&str>]) -> (Vec<String>, Vec<String>) {
    match import(&book(criteria, settings)) {
        Ok(_) => panic!("the spreadsheet was accepted"),
        Err(problems) => {
            for p in &problems {
                assert!(!p.problem.fix(Lang::Vi).is_empty() && !p.problem.fix(Lang::En).is_empty());
            }
            (told(&problems, Lang::Vi), told(&problems, Lang::En))
        }
    }
}

fn p(hundredths: i64) -> Points {
    Points::from_hundredths(hundredths)
}

#[test]
fn a_hand_made_spreadsheet_with_every_construct_imports() {
    let template = imported(&criteria(), &settings());
    assert_eq!(template.id, "thu-nghiem");
    assert_eq!(template.version, "2026.1");
    assert_eq!(template.level, Level::Commune);
    assert_eq!(template.title.en, "Trial index");
    assert_eq!(template.tiers, 2);
    assert_eq!(template.from.unwrap().to_string(), "2026");
    assert_eq!(template.step, p(25));
    assert_eq!(template.declared_total, Some(p(1400)));
    assert_eq!(template.bonus_cap, Some(p(100)));
    assert_eq!(template.grades.len(), 2);
    assert_eq!(template.grades[1].label.vi, "Đạt");
    assert_eq!(template.grades[1].label.en, "Pass");
    assert_eq!(template.sections.len(), 4);
    let plan = template.task("1.1").unwrap();
    assert_eq!(plan.points, p(200));
    assert!(plan.evidence.required);
    assert_eq!(plan.evidence.hint.vi, "Kế hoạch (số, ngày)");
    assert_eq!(plan.guidance.vi, "Đối chiếu ngày ban hành");
    assert_eq!(template.task("1.2").unwrap().components.len(), 2);
    match &template.task("1.2.2").unwrap().kind {
        Kind::Rate {
            bands,
            proportional,
            numerator,
            ..
        } => {
            assert!(!proportional);
            assert_eq!(numerator.vi, "Số cuộc đã kiểm tra");
            assert_eq!(bands.len(), 2);
            assert_eq!(
                (bands[0].min.hundredths(), bands[0].points),
                (10_000, p(150))
            );
            assert_eq!((bands[1].min.hundredths(), bands[1].points), (8_000, p(50)));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        template.task("2.1").unwrap().kind,
        Kind::Rate {
            proportional: true,
            ..
        }
    ));
    assert!(matches!(
        template.task("2.2").unwrap().kind,
        Kind::Count {
            target: Some(12),
            ..
        }
    ));
    assert!(
        matches!(template.task("2.3").unwrap().kind, Kind::Survey { scale } if scale == p(10_000))
    );
    assert_eq!(template.sections[2].part, Part::Bonus);
    assert_eq!(template.sections[3].part, Part::Deduction);
    match &template.task("D.1").unwrap().kind {
        Kind::Deduction { per, counted } => {
            assert_eq!(*per, p(25));
            assert_eq!(counted.vi, "Số báo cáo chậm");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(template.total_points(), p(1400));
}

#[test]
fn english_sheet_names_headers_and_words_are_read_too() {
    let mut criteria = vec![vec![
        "Id",
        "Title (en)",
        "Maximum",
        "Kind",
        "Bands",
        "Numerator (en)",
        "Denominator (en)",
    ]];
    criteria.push(vec!["1", "Procedures", ""]);
    criteria.push(vec![
        "1.1",
        "On time",
        "2",
        "rate",
        "≥ 98 → 2; ≥ 90 → 1",
        "On time",
        "Resolved",
    ]);
    let settings = vec![
        vec!["Setting", "Value", "English"],
        vec!["Id", "trial", ""],
        vec!["Version", "1", ""],
        vec!["Level", "commune", ""],
        vec!["Title", "", "Trial"],
    ];
    let mut book = book(&criteria, &settings);
    book.sheets[0].name = "Criteria".into();
    book.sheets[1].name = "Settings".into();
    let template = import(&book).unwrap().template;
    assert_eq!(template.title.get(Lang::Vi), "Trial");
    assert!(
        matches!(&template.task("1.1").unwrap().kind, Kind::Rate { bands, .. } if bands.len() == 2)
    );
}

/// The criteria with `row` (a 1-based sheet row) replaced.
fn with_row(row: usize, cells: &[&'static str]) -> Vec<Vec<&'static str>> {
    let mut rows = criteria();
    rows[row - 1] = cells.to_vec();
    rows
}

#[test]
fn a_criterion_whose_components_add_up_to_more_is_told_at_its_maximum() {
    let mut rows = criteria();
    // Row 14 of the sheet: criterion 2.4 of 2,5 with components of 1 and 2.
    while rows.len() < 13 {
        rows.push(vec![]);
    }
    rows.insert(13, vec!["2.4", "Số hóa hồ sơ", "", "2,5"]);
    rows.insert(14, vec!["2.4.1", "Số hóa kết quả", "", "1", "kiểm tra"]);
    rows.insert(
        15,
        vec!["2.4.2", "Tái sử dụng dữ liệu", "", "2", "kiểm tra"],
    );
    let (vi, en) = problems(&rows, &settings());
    assert!(vi.contains(&"Tiêu chí!D14: lỗi[components]: điểm tối đa 2,5 nhưng các tiêu chí thành phần cộng lại 3".to_string()), "{vi:?}");
    assert!(
        en.contains(
            &"Tiêu chí!D14: error[components]: maximum 2.5 but its component criteria add up to 3"
                .to_string()
        ),
        "{en:?}"
    );
}

#[test]
fn a_field_whose_criteria_add_up_to_another_maximum() {
    let rows = with_row(4, &["1", "Chỉ đạo, điều hành", "Direction", "6"]);
    let (vi, en) = problems(&rows, &settings());
    assert_eq!(
        vi,
        [
            "Tiêu chí!D4: lỗi[components]: lĩnh vực có điểm tối đa 6 nhưng các tiêu chí của nó cộng lại 5"
        ]
    );
    assert_eq!(
        en,
        ["Tiêu chí!D4: error[components]: the field's maximum is 6 but its criteria add up to 5"]
    );
}

#[test]
fn the_total_is_checked_at_its_settings_cell() {
    let mut settings = settings();
    settings[7] = vec!["Tổng điểm", "15", ""];
    let (vi, en) = problems(&criteria(), &settings);
    assert_eq!(
        vi,
        ["Thông tin chung!B8: lỗi[total]: tổng điểm 15 nhưng các tiêu chí cộng lại 14"]
    );
    assert_eq!(
        en,
        ["Thông tin chung!B8: error[total]: the total is 15 but the criteria add up to 14"]
    );
}

#[test]
fn a_number_that_is_not_one() {
    let rows = with_row(5, &["1.1", "Kế hoạch CCHC", "", "hai", "kiểm tra"]);
    let (vi, en) = problems(&rows, &settings());
    assert_eq!(vi, ["Tiêu chí!D5: lỗi[number]: “hai” không phải một số"]);
    assert_eq!(en, ["Tiêu chí!D5: error[number]: “hai” is not a number"]);
}

#[test]
fn an_empty_maximum() {
    let rows = with_row(5, &["1.1", "Kế hoạch CCHC", "", "", "kiểm tra"]);
    let (vi, en) = problems(&rows, &settings());
    assert_eq!(vi, ["Tiêu chí!D5: lỗi[points]: điểm tối đa để trống"]);
    assert_eq!(en, ["Tiêu chí!D5: error[points]: the maximum is empty"]);
}

#[test]
fn points_with_three_decimals() {
    let rows = with_row(5, &["1.1", "Kế hoạch CCHC", "", "2,125", "kiểm tra"]);
    let (_, en) = problems(&rows, &settings());
    assert_eq!(
        en,
        ["Tiêu chí!D5: error[number]: “2,125” has more than two decimals"]
    );
}

#[test]
fn points_off_the_step() {
    let mut rows = with_row(7, &["1.2.1", "Có kế hoạch kiểm tra", "", "1,4", "kiểm tra"]);
    rows[7] = vec![
        "1.2.2",
        "Tỷ lệ cuộc kiểm tra",
        "",
        "1,6",
        "tỷ lệ",
        "",
        "",
        "100%: 1,5; 80%: 0,5",
        "Số cuộc",
        "Số cuộc theo kế hoạch",
    ];
    let (vi, en) = problems(&rows, &settings());
    assert_eq!(
        en[0],
        "Tiêu chí!D7: error[step]: 1.4 points is not a multiple of the step 0.25"
    );
    assert!(vi[0].starts_with("Tiêu chí!D7: lỗi[step]: "), "{vi:?}");
}

#[test]
fn an_unknown_kind_with_a_suggestion_of_what_is_allowed() {
    let rows = with_row(5, &["1.1", "Kế hoạch CCHC", "", "2", "kiem tra nhanh"]);
    let (vi, en) = problems(&rows, &settings());
    assert!(vi[0].starts_with("Tiêu chí!E5: lỗi[unknown-value]: “kiem tra nhanh” không hợp lệ ở cột này; chỉ nhận “kiểm tra”, “tỷ lệ”"), "{vi:?}");
    assert!(
        en[0].starts_with(
            "Tiêu chí!E5: error[unknown-value]: “kiem tra nhanh” is not valid in this column"
        ),
        "{en:?}"
    );
}

#[test]
fn an_unknown_column_gets_the_nearest_header() {
    let mut rows = criteria();
    rows[2][3] = "Điểm tối đaa";
    let problems = import(&book(&rows, &settings())).unwrap_err();
    let told: Vec<String> = problems.iter().map(|p| p.headline(Lang::Vi)).collect();
    assert_eq!(
        told,
        [
            "Tiêu chí!A3: lỗi[column]: thiếu cột “Điểm tối đa”",
            "Tiêu chí!D3: lỗi[column]: cột “Điểm tối đaa” không có trong mẫu bảng tính",
        ]
    );
    assert_eq!(
        problems[1].problem.fix(Lang::En),
        "did you mean “Điểm tối đa”? Name a notes column “Notes” or start it with #"
    );
}

#[test]
fn a_notes_column_is_left_alone() {
    let mut rows = criteria();
    rows[2].push("Ghi chú");
    rows[4].push("xem lại năm sau");
    imported(&rows, &settings());
}

#[test]
fn a_row_without_an_id() {
    let rows = with_row(9, &["", "Tổng cộng", "", "14"]);
    let (vi, en) = problems(&rows, &settings());
    assert_eq!(
        vi,
        ["Tiêu chí!A9: lỗi[id]: dòng có nội dung nhưng không có mã tiêu chí"]
    );
    assert_eq!(
        en,
        ["Tiêu chí!A9: error[id]: the row has content but no id"]
    );
}

#[test]
fn an_id_used_twice_names_the_first() {
    let rows = with_row(9, &["1.1", "Có kế hoạch kiểm tra", "", "1,5", "kiểm tra"]);
    let (vi, en) = problems(&rows, &settings());
    assert_eq!(vi, ["Tiêu chí!A9: lỗi[id]: mã “1.1” đã dùng ở ô A5"]);
    assert_eq!(
        en,
        ["Tiêu chí!A9: error[id]: the id “1.1” is already used at A5"]
    );
}

#[test]
fn a_criterion_of_a_field_that_is_not_there() {
    let rows = with_row(9, &["3.1", "Không có lĩnh vực 3", "", "1", "kiểm tra"]);
    let (vi, en) = problems(&rows, &settings());
    assert_eq!(
        vi,
        ["Tiêu chí!A9: lỗi[tree]: “3.1” thuộc “3”, nhưng không có dòng “3” nào ở phía trên"]
    );
    assert_eq!(
        en,
        ["Tiêu chí!A9: error[tree]: “3.1” belongs to “3”, but no row “3” comes before it"]
    );
}

#[test]
fn a_component_of_a_component() {
    let mut rows = criteria();
    rows.insert(8, vec!["1.2.2.1", "Quá sâu", "", "1", "kiểm tra"]);
    let (_, en) = problems(&rows, &settings());
    assert!(
        en[0].starts_with("Tiêu chí!A9: error[tree]: “1.2.2.1” is a component of a component"),
        "{en:?}"
    );
}

#[test]
fn a_rate_without_its_bands_is_told_at_the_bands_cell() {
    let rows = with_row(
        8,
        &[
            "1.2.2",
            "Tỷ lệ cuộc kiểm tra",
            "",
            "1.5",
            "tỷ lệ",
            "",
            "",
            "",
            "Số cuộc",
            "Số cuộc theo kế hoạch",
        ],
    );
    let (vi, en) = problems(&rows, &settings());
    assert_eq!(
        vi,
        ["Tiêu chí!H8: lỗi[kind]: tiêu chí loại này cần cột “Khung điểm”"]
    );
    assert_eq!(
        en,
        ["Tiêu chí!H8: error[kind]: a criterion of this kind needs the column “Bands”"]
    );
}

#[test]
fn bands_out_of_order_and_unreadable() {
    let rows = with_row(
        8,
        &[
            "1.2.2",
            "Tỷ lệ",
            "",
            "1.5",
            "tỷ lệ",
            "",
            "",
            "80%: 0,5; 100%: 1,5",
            "Số cuộc",
            "Số cuộc theo kế hoạch",
        ],
    );
    let (_, en) = problems(&rows, &settings());
    assert_eq!(
        en,
        [
            "Tiêu chí!H8: error[bands]: the bands are not in decreasing order: 100.00% comes after 80.00%"
        ]
    );
    let rows = with_row(
        8,
        &[
            "1.2.2",
            "Tỷ lệ",
            "",
            "1.5",
            "tỷ lệ",
            "",
            "",
            "100% 1,5",
            "Số cuộc",
            "Số cuộc theo kế hoạch",
        ],
    );
    let (vi, _) = problems(&rows, &settings());
    assert_eq!(
        vi,
        ["Tiêu chí!H8: lỗi[bands]: không hiểu mức “100% 1,5”; mỗi mức ghi “ngưỡng %: điểm”"]
    );
}

#[test]
fn a_column_that_does_not_apply_to_the_kind() {
    let rows = with_row(
        5,
        &[
            "1.1",
            "Kế hoạch CCHC",
            "",
            "2",
            "kiểm tra",
            "",
            "",
            "",
            "",
            "",
            "12",
        ],
    );
    let (vi, en) = problems(&rows, &settings());
    assert_eq!(
        vi,
        ["Tiêu chí!K5: lỗi[kind]: cột “Chỉ tiêu” không dùng cho tiêu chí loại “kiểm tra”"]
    );
    assert_eq!(
        en,
        ["Tiêu chí!K5: error[kind]: the column “Target” does not apply to a “check” criterion"]
    );
}

#[test]
fn a_field_row_with_a_criterion_s_columns() {
    let rows = with_row(4, &["1", "Chỉ đạo, điều hành", "", "5", "kiểm tra"]);
    let (_, en) = problems(&rows, &settings());
    assert_eq!(
        en,
        ["Tiêu chí!E4: error[misplaced]: a field (section) row does not use the column “Kind”"]
    );
}

#[test]
fn a_bonus_field_without_a_cap() {
    let mut settings = settings();
    settings.remove(9);
    let (vi, en) = problems(&criteria(), &settings);
    assert_eq!(
        vi,
        ["Tiêu chí!A16: lỗi[bonus]: lĩnh vực điểm thưởng “T” cần thông số “Điểm thưởng tối đa”"]
    );
    assert_eq!(
        en,
        ["Tiêu chí!A16: error[bonus]: the bonus field “T” needs the setting “Bonus cap”"]
    );
}

#[test]
fn a_deduction_outside_a_deduction_field() {
    let rows = with_row(
        17,
        &[
            "T.1",
            "Sáng kiến",
            "",
            "1",
            "điểm trừ",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "0,25",
        ],
    );
    let (_, en) = problems(&rows, &settings());
    assert_eq!(
        en,
        [
            "Tiêu chí!A17: error[deduction]: the deduction “T.1” must be in a field whose Part is “deduction”"
        ]
    );
}

#[test]
fn a_missing_setting_an_unknown_one_and_one_given_twice() {
    let mut settings = settings();
    settings[2] = vec!["Phiên bảng", "2026.1", ""];
    settings.push(vec!["Cấp", "huyện", ""]);
    let (vi, en) = problems(&criteria(), &settings);
    assert_eq!(
        vi,
        [
            "Thông tin chung!A1: lỗi[setting]: thiếu thông số “Phiên bản”",
            "Thông tin chung!A3: lỗi[setting]: thông số “Phiên bảng” không có trong mẫu bảng tính",
            "Thông tin chung!A12: lỗi[setting]: thông số này đã ghi ở ô A4",
        ]
    );
    assert_eq!(
        en[1],
        "Thông tin chung!A3: error[setting]: “Phiên bảng” is not a setting of the layout"
    );
}

#[test]
fn grades_whose_english_thresholds_differ() {
    let mut settings = settings();
    settings[10] = vec!["Xếp loại", "90: Tốt; 50: Đạt", "90: Good; 40: Pass"];
    let (_, en) = problems(&criteria(), &settings);
    assert_eq!(
        en,
        [
            "Thông tin chung!C11: error[grades]: the English grades have other thresholds than the Vietnamese ones"
        ]
    );
}

#[test]
fn a_workbook_without_its_sheets() {
    let mut book = book(&criteria(), &settings());
    book.sheets[0].name = "Sheet1".into();
    book.sheets[0].rows.clear();
    let problems = import(&book).unwrap_err();
    assert_eq!(
        problems[0].headline(Lang::Vi),
        "lỗi[layout]: không có trang “Tiêu chí” (các trang có: Sheet1, Thông tin chung)"
    );
    assert_eq!(
        problems[0].headline(Lang::En),
        "error[layout]: there is no “Criteria” sheet (the sheets are: Sheet1, Thông tin chung)"
    );
}

#[test]
fn every_problem_is_told_at_once_in_sheet_order() {
    let mut rows = with_row(5, &["1.1", "Kế hoạch CCHC", "", "hai", "kiểm tra"]);
    rows[10] = vec![
        "2.1",
        "Hồ sơ trực tuyến",
        "",
        "2",
        "tỷ lệ",
        "",
        "tỷ lệ thuận",
        "",
        "",
        "Hồ sơ tiếp nhận",
    ];
    let mut settings = settings();
    settings[4] = vec!["Tên bộ tiêu chí", "", ""];
    let (_, en) = problems(&rows, &settings);
    assert_eq!(
        en,
        [
            "Tiêu chí!D5: error[number]: “hai” is not a number",
            "Tiêu chí!I11: error[kind]: a criterion of this kind needs the column “Numerator (vi)”",
            "Thông tin chung!A1: error[setting]: the setting “Title” is missing",
        ]
    );
}

#[test]
fn a_column_given_twice() {
    let mut rows = criteria();
    rows[2].push("Diem toi da");
    let (vi, en) = problems(&rows, &settings());
    assert_eq!(
        vi,
        ["Tiêu chí!R3: lỗi[column]: cột “Diem toi da” đã có ở ô D3"]
    );
    assert_eq!(
        en,
        ["Tiêu chí!R3: error[column]: the column “Diem toi da” is already at D3"]
    );
}

#[test]
fn sheets_without_their_header_rows() {
    let rows: Vec<Vec<&str>> = vec![vec!["1", "Chỉ đạo"], vec!["1.1", "Kế hoạch", "2"]];
    let settings: Vec<Vec<&str>> = vec![vec!["Mã bộ tiêu chí", "x"]];
    let (vi, en) = problems(&rows, &settings);
    assert_eq!(
        vi,
        [
            "Tiêu chí!A1: lỗi[layout]: trang tiêu chí không có dòng tiêu đề cột (cần có cột “Mã” và cột “Tên tiêu chí (vi)” hoặc “Tên tiêu chí (en)”)",
            "Thông tin chung!A1: lỗi[layout]: trang thông tin chung không có dòng tiêu đề “Thông số | Giá trị | Tiếng Anh”",
        ]
    );
    assert_eq!(
        en[1],
        "Thông tin chung!A1: error[layout]: the settings sheet has no header row “Setting | Value | English”"
    );
}

#[test]
fn a_part_on_a_criterion_s_row() {
    let rows = with_row(
        5,
        &["1.1", "Kế hoạch CCHC", "", "2", "kiểm tra", "điểm thưởng"],
    );
    let (vi, en) = problems(&rows, &settings());
    assert_eq!(
        vi,
        ["Tiêu chí!F5: lỗi[misplaced]: chỉ dòng lĩnh vực mới dùng cột “Phần”"]
    );
    assert_eq!(
        en,
        ["Tiêu chí!F5: error[misplaced]: only a field (section) row uses the column “Part”"]
    );
}

#[test]
fn a_target_that_is_not_whole() {
    let rows = with_row(
        12,
        &[
            "2.2",
            "Tuyên truyền",
            "",
            "2",
            "số lượng",
            "",
            "",
            "",
            "",
            "",
            "1,5",
            "Số buổi",
        ],
    );
    let (vi, en) = problems(&rows, &settings());
    assert_eq!(
        vi,
        ["Tiêu chí!K12: lỗi[number]: “1,5” không phải số nguyên"]
    );
    assert_eq!(
        en,
        ["Tiêu chí!K12: error[number]: “1,5” is not a whole number"]
    );
}

#[test]
fn a_criterion_without_a_title() {
    let rows = with_row(5, &["1.1", "", "", "2", "kiểm tra"]);
    let (vi, en) = problems(&rows, &settings());
    assert_eq!(
        vi,
        ["Tiêu chí!B5: lỗi[blank-text]: tiêu đề trống ở cả hai ngôn ngữ"]
    );
    assert_eq!(
        en,
        ["Tiêu chí!B5: error[blank-text]: the title is blank in both languages"]
    );
}

#[test]
fn settings_out_of_range_are_told_at_their_cells() {
    let mut settings = settings();
    settings[3] = vec!["Cấp", "tỉnh", ""];
    settings[5] = vec!["Số cấp chính quyền", "4", ""];
    settings[6] = vec!["Áp dụng từ kỳ", "năm sau", ""];
    let (vi, en) = problems(&criteria(), &settings);
    assert_eq!(
        vi[0],
        "Thông tin chung!B4: lỗi[unknown-value]: “tỉnh” không hợp lệ ở cột này; chỉ nhận “xã”, “huyện”, “sở”, “commune”, “district”, “department”"
    );
    assert!(
        en[1].starts_with("Thông tin chung!B6: error[tiers]: `tiers = 4` is not valid"),
        "{en:?}"
    );
    assert!(
        en[2].starts_with("Thông tin chung!B7: error[from]: "),
        "{en:?}"
    );
}

#[test]
fn an_evidence_cell_that_is_neither_yes_nor_no() {
    let mut rows = criteria();
    rows[4][15] = "cần";
    let (_, en) = problems(&rows, &settings());
    assert_eq!(
        en,
        [
            "Tiêu chí!P5: error[unknown-value]: “cần” is not valid in this column; expected “có”, “không”, “yes”, “no”"
        ]
    );
}

#[test]
fn a_grade_that_cannot_be_read() {
    let mut settings = settings();
    settings[10] = vec!["Xếp loại", "90 Tốt; 50: Đạt", ""];
    let (vi, en) = problems(&criteria(), &settings);
    assert_eq!(
        vi,
        [
            "Thông tin chung!B11: lỗi[grades]: không hiểu mức xếp loại “90 Tốt”; mỗi mức ghi “ngưỡng: tên”"
        ]
    );
    assert_eq!(
        en,
        [
            "Thông tin chung!B11: error[grades]: the grade “90 Tốt” cannot be read; write each as “threshold: name”"
        ]
    );
}

#[test]
fn ids_written_with_a_final_dot_as_in_the_decisions() {
    let mut rows = criteria();
    rows[3][0] = "1.";
    rows[4][0] = "1.1.";
    rows[6][0] = "1.2.1.";
    let template = imported(&rows, &settings());
    assert_eq!(template.sections[0].id, "1");
    assert!(template.task("1.1").is_some());
    assert!(template.task("1.2.1").is_some());
}

#[test]
fn a_field_without_criteria_and_a_sheet_without_fields() {
    let mut rows = criteria();
    rows[8] = vec!["4", "Lĩnh vực chưa có tiêu chí"];
    let (vi, en) = problems(&rows, &settings());
    assert_eq!(
        vi,
        ["Tiêu chí!A9: lỗi[empty]: lĩnh vực “4” không có tiêu chí nào"]
    );
    assert_eq!(
        en,
        ["Tiêu chí!A9: error[empty]: the field “4” has no criteria"]
    );
    let rows = vec![HEADER.to_vec()];
    let mut settings = settings();
    settings.retain(|r| r[0] != "Tổng điểm" && r[0] != "Điểm thưởng tối đa");
    let (_, en) = problems(&rows, &settings);
    assert_eq!(
        en,
        ["error[empty]: the criteria sheet has no field (a row whose id has no dot, such as 1)"]
    );
}

/// The rows of the markdown table that follows `title` in the layout's documentation: its
/// numbered rows, at their row numbers, without the emphasis marks.
fn documented(doc: &str, title: &str) -> Sheet {
    let start = doc.find(title).expect("the table is documented");
    let mut sheet = Sheet::new("");
    for line in doc[start..]
        .lines()
        .skip(1)
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
    {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let Ok(row) = cells[1].parse::<usize>() else {
            continue;
        };
        for (c, text) in cells[2..cells.len() - 1].iter().enumerate() {
            let text = text.trim_matches('*');
            if !text.is_empty() {
                sheet.set(row - 1, c, Cell::Text(text.to_string()));
            }
        }
    }
    sheet
}

#[test]
fn the_documented_example_imports_as_it_is_written() {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/checklist-spreadsheet.md"
    ))
    .unwrap();
    let mut criteria = documented(&doc, "Sheet **Tiêu chí**:");
    criteria.name = "Tiêu chí".into();
    let mut settings = documented(&doc, "Sheet **Thông tin chung**:");
    settings.name = "Thông tin chung".into();
    let book = Workbook {
        sheets: vec![criteria, settings],
    };
    let template = match import(&book) {
        Ok(imported) => imported.template,
        Err(problems) => panic!("{}", told(&problems, Lang::En).join("\n")),
    };
    assert_eq!(template.to_string(), "quick-one-stop@2026.1");
    assert_eq!(template.total_points(), p(1350));
    assert_eq!(template.answerable().count(), 8);
    assert!(matches!(
        template.task("2.3").unwrap().kind,
        Kind::Rate {
            proportional: true,
            ..
        }
    ));
    assert!(
        matches!(template.task("D.1").unwrap().kind, Kind::Deduction { per, .. } if per == p(25))
    );
}
