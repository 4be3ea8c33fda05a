//! A spreadsheet laid out as a Sở Nội vụ officer lays one out — the decision's title merged
//! across the top, field titles merged across both title columns, numbers typed as text with
//! a decimal comma, empty rows between fields, a notes column — is read correctly.
//!
//! The fixture `tests/fixtures/sheets/province-officer.xlsx` is committed; the ignored test
//! below is what made it: `cargo test --test authoring_fixture -- --ignored` writes it anew.

use kiemtra::lang::Lang;
use kiemtra::points::Points;
use kiemtra::template::sheet::{import, read_xlsx};
use kiemtra::template::{Kind, Part, parse};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, XlsxError};
use std::path::PathBuf;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sheets/province-officer.xlsx")
}

/// One criteria row: id, title vi, title en, maximum, kind, method, bands, numerator,
/// denominator, target, counted, per occurrence, survey scale, guidance, evidence required,
/// evidence hint, part, notes. Every cell is written as text, as typed.
type Row = [&'static str; 18];

const HEADER: Row = [
    "Mã",
    "Tên tiêu chí (vi)",
    "Tên tiêu chí (en)",
    "Điểm tối đa",
    "Loại",
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
    "Phần",
    "Ghi chú",
];

/// `None`: an empty row. Field rows (ids without a dot) get their title merged over B:C.
const CRITERIA: [Option<Row>; 18] = [
    Some([
        "1",
        "Công khai và cơ sở vật chất",
        "",
        "6",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ]),
    Some([
        "1.1",
        "Niêm yết công khai 100% thủ tục hành chính thuộc thẩm quyền của xã",
        "All procedures posted",
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
        "Đối chiếu quyết định công bố danh mục thủ tục hành chính với các thủ tục đang niêm yết.",
        "có",
        "Quyết định công bố danh mục TTHC; ảnh chụp khu vực niêm yết",
        "",
        "",
    ]),
    Some([
        "1.2",
        "Trang thiết bị tại Bộ phận Một cửa",
        "Equipment",
        "4",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "Đánh giá từng tiêu chí thành phần bên dưới.",
        "",
        "",
        "",
        "2 tiêu chí thành phần",
    ]),
    Some([
        "1.2.1",
        "Máy tính kết nối Internet, máy in, máy quét hoạt động tốt",
        "",
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
        "",
        "",
        "",
        "",
    ]),
    Some([
        "1.2.2",
        "Mã QR để người dân đánh giá sự hài lòng",
        "",
        "2",
        "Kiểm tra",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ]),
    None,
    Some([
        "2",
        "Giải quyết hồ sơ",
        "",
        "7,5",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ]),
    Some([
        "2.1",
        "Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn",
        "Share of dossiers resolved on time",
        "4",
        "Tỷ lệ",
        "",
        "≥ 98%: 4; ≥ 95%: 3; ≥ 90%: 1,5",
        "Số hồ sơ giải quyết trước hạn và đúng hạn",
        "Tổng số hồ sơ đã giải quyết",
        "",
        "",
        "",
        "",
        "Lấy số liệu trên Hệ thống thông tin giải quyết TTHC của tỉnh.",
        "x",
        "Trích xuất từ Hệ thống thông tin giải quyết TTHC của tỉnh",
        "",
        "",
    ]),
    Some([
        "2.2",
        "Hồ sơ chọn ngẫu nhiên được xử lý đúng quy trình",
        "",
        "2",
        "số lượng",
        "",
        "",
        "",
        "",
        "5",
        "Số hồ sơ đạt yêu cầu (trên 5 hồ sơ kiểm tra)",
        "",
        "",
        "",
        "có",
        "",
        "",
        "",
    ]),
    Some([
        "2.3",
        "Tỷ lệ hồ sơ nộp trực tuyến",
        "",
        "1,5",
        "tỷ lệ",
        "Tỷ lệ thuận",
        "",
        "Số hồ sơ nộp trực tuyến",
        "Tổng số hồ sơ tiếp nhận",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ]),
    None,
    None,
    Some([
        "3",
        "Sự hài lòng của người dân",
        "",
        "5",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ]),
    Some([
        "3.1",
        "Chỉ số hài lòng (điều tra xã hội học)",
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
        "100",
        "Nhập điểm do tỉnh công bố.",
        "",
        "",
        "",
        "",
    ]),
    None,
    Some([
        "T",
        "Điểm thưởng",
        "",
        "1",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "Điểm thưởng",
        "",
    ]),
    Some([
        "T.1",
        "Sáng kiến cải cách hành chính được công nhận",
        "",
        "1",
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
        "",
        "",
        "",
        "",
    ]),
    Some([
        "D",
        "Điểm trừ",
        "",
        "1",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "Điểm trừ",
        "",
    ]),
];

/// The deduction, after the deduction field, with a blank row after it.
const DEDUCTION: Row = [
    "D.1",
    "Báo cáo gửi chậm so với thời hạn",
    "",
    "1",
    "Điểm trừ",
    "",
    "",
    "",
    "",
    "",
    "Số báo cáo gửi chậm",
    "0,25",
    "",
    "",
    "không",
    "",
    "",
    "",
];

const SETTINGS: [Option<[&str; 3]>; 13] = [
    Some(["Thông số", "Giá trị", "Tiếng Anh"]),
    Some(["Mã bộ tiêu chí", "thanhhoa-mot-cua", ""]),
    Some(["Phiên bản", "2026.1", ""]),
    Some(["Cấp", "Xã", ""]),
    None,
    Some([
        "Tên bộ tiêu chí",
        "Kiểm tra nhanh Bộ phận Một cửa",
        "Quick one-stop check",
    ]),
    Some([
        "Mô tả",
        "Phiếu kiểm tra rút gọn dùng khi kiểm tra đột xuất.",
        "",
    ]),
    None,
    Some(["Số cấp chính quyền", "2", ""]),
    Some(["Áp dụng từ kỳ", "2026", ""]),
    Some(["Tổng điểm", "18,5", ""]),
    Some(["Bước điểm", "0,25", ""]),
    Some(["Điểm thưởng tối đa", "1", ""]),
];

fn write_fixture() -> Result<(), XlsxError> {
    let mut book = Workbook::new();
    // A fixed creation time, so that the generator writes the same bytes each time.
    let made = ExcelDateTime::from_ymd(2026, 1, 5)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&made));
    let title = Format::new().set_bold().set_align(FormatAlign::Center);
    let bold = Format::new().set_bold().set_text_wrap();
    let sheet = book.add_worksheet().set_name("Tiêu chí")?;
    sheet.merge_range(
        0,
        0,
        0,
        17,
        "ỦY BAN NHÂN DÂN TỈNH THANH HÓA — BỘ TIÊU CHÍ KIỂM TRA NHANH BỘ PHẬN MỘT CỬA NĂM 2026",
        &title,
    )?;
    sheet.merge_range(
        1,
        0,
        1,
        17,
        "(Kèm theo Quyết định số 123/QĐ-UBND ngày 05/01/2026 của Chủ tịch UBND tỉnh)",
        &Format::new().set_italic(),
    )?;
    for (c, text) in HEADER.iter().enumerate() {
        sheet.write_string_with_format(3, c as u16, *text, &bold)?;
    }
    let mut row = 4;
    for line in CRITERIA.iter().chain([&None, &Some(DEDUCTION), &None]) {
        if let Some(cells) = line {
            let field = !cells[0].contains('.');
            for (c, text) in cells.iter().enumerate() {
                if text.is_empty() || (field && c == 2) {
                    continue;
                }
                if field && c == 1 {
                    sheet.merge_range(row, 1, row, 2, text, &bold)?;
                } else {
                    sheet.write_string(row, c as u16, *text)?;
                }
            }
        }
        row += 1;
    }
    sheet.set_column_width(1, 50)?;
    let settings = book.add_worksheet().set_name("Thông tin chung")?;
    settings.merge_range(0, 0, 0, 2, "THÔNG TIN CHUNG CỦA BỘ TIÊU CHÍ", &title)?;
    for (r, line) in SETTINGS.iter().enumerate() {
        if let Some(cells) = line {
            for (c, text) in cells.iter().enumerate() {
                if !text.is_empty() {
                    settings.write_string(r as u32 + 2, c as u16, *text)?;
                }
            }
        }
    }
    settings.write_string(16, 0, "Xếp loại")?;
    settings.write_string(16, 1, "90: Tốt\n50: Đạt")?;
    settings.write_string(16, 2, "90: Good\n50: Pass")?;
    let path = fixture();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    book.save(&path)
}

#[test]
#[ignore = "writes the fixture anew"]
fn make_the_fixture() {
    write_fixture().unwrap();
}

fn p(hundredths: i64) -> Points {
    Points::from_hundredths(hundredths)
}

#[test]
fn the_province_officer_s_spreadsheet_is_read_correctly() {
    let bytes = std::fs::read(fixture()).unwrap();
    let book = read_xlsx(bytes).unwrap();
    let imported = match import(&book) {
        Ok(imported) => imported,
        Err(problems) => {
            let told: Vec<String> = problems.iter().map(|p| p.render(Lang::En)).collect();
            panic!("{}", told.join("\n"));
        }
    };
    let t = &imported.template;
    assert_eq!(t.to_string(), "thanhhoa-mot-cua@2026.1");
    assert_eq!(t.title.get(Lang::En), "Quick one-stop check");
    assert_eq!(t.tiers, 2);
    assert_eq!(t.step, p(25));
    assert_eq!(t.declared_total, Some(p(1850)));
    assert_eq!(t.total_points(), p(1850));
    assert_eq!(t.grades.len(), 2);
    assert_eq!(t.grades[0].label.en, "Good");
    let ids: Vec<&str> = t.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["1", "2", "3", "T", "D"]);
    // A title merged over both title columns: read once, the English falls back to it.
    assert_eq!(t.sections[0].title.vi, "Công khai và cơ sở vật chất");
    assert_eq!(
        t.sections[0].title.get(Lang::En),
        "Công khai và cơ sở vật chất"
    );
    assert_eq!(t.task("1.2").unwrap().components.len(), 2);
    // Decimal commas typed as text.
    assert_eq!(t.task("2.3").unwrap().points, p(150));
    assert!(matches!(
        t.task("2.3").unwrap().kind,
        Kind::Rate {
            proportional: true,
            ..
        }
    ));
    match &t.task("2.1").unwrap().kind {
        Kind::Rate { bands, .. } => {
            let read: Vec<(i64, Points)> = bands
                .iter()
                .map(|b| (b.min.hundredths(), b.points))
                .collect();
            assert_eq!(read, [(9_800, p(400)), (9_500, p(300)), (9_000, p(150))]);
        }
        other => panic!("{other:?}"),
    }
    assert!(t.task("2.1").unwrap().evidence.required);
    assert!(matches!(
        t.task("2.2").unwrap().kind,
        Kind::Count {
            target: Some(5),
            ..
        }
    ));
    assert!(matches!(t.task("3.1").unwrap().kind, Kind::Survey { scale } if scale == p(10_000)));
    assert_eq!(t.sections[3].part, Part::Bonus);
    assert!(matches!(t.task("D.1").unwrap().kind, Kind::Deduction { per, .. } if per == p(25)));
    assert!(!t.task("D.1").unwrap().evidence.required);
    // What import writes is a checklist `validate` accepts, meaning the same.
    let mut again = parse(&imported.toml, "thanhhoa-mot-cua.toml").unwrap();
    again.hash = t.hash.clone();
    assert_eq!(&again, t);
}
