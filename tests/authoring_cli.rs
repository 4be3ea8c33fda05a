//! `kiemtra template import|export|diff` through the real binary: what is written, what is
//! told, the exit codes, and that nothing is written when the spreadsheet has a mistake.

#[path = "support/cli.rs"]
mod cli;

use cli::{Workdir, pinned, stderr, stdout, succeed};

fn province_officer() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/sheets/province-officer.xlsx")
}

#[test]
fn import_writes_a_checklist_that_validate_accepts_and_that_is_offered() {
    let work = Workdir::empty();
    let out = work.path().join("thanhhoa.toml");
    let run = succeed(
        pinned(&work.home())
            .args(["--lang", "vi", "template", "import"])
            .arg(province_officer())
            .arg("--out")
            .arg(&out),
    );
    assert!(
        stdout(&run).contains("thanhhoa-mot-cua@2026.1, 9 tiêu chí, 18,5 điểm"),
        "{}",
        stdout(&run)
    );
    let run = succeed(
        pinned(&work.home())
            .args(["--lang", "en", "validate"])
            .arg(&out),
    );
    assert!(stdout(&run).contains("valid — thanhhoa-mot-cua@2026.1"));
    // --check only checks.
    let run = succeed(
        pinned(&work.home())
            .args(["--lang", "en", "template", "import", "--check"])
            .arg(province_officer()),
    );
    assert!(
        stdout(&run)
            .ends_with("valid — thanhhoa-mot-cua@2026.1, 9 tasks, 18.5 points; nothing written\n"),
        "{}",
        stdout(&run)
    );
    assert!(!work.home().join("templates").exists());
    // Without --out it goes where kiemtra looks for the user's checklists.
    let run = succeed(
        pinned(&work.home())
            .args(["--lang", "en", "template", "import"])
            .arg(province_officer()),
    );
    let written = work.home().join("templates/thanhhoa-mot-cua-2026-1.toml");
    assert!(written.is_file(), "{}", stdout(&run));
    let listed = succeed(pinned(&work.home()).args(["--lang", "en", "templates"]));
    assert!(stdout(&listed).contains("thanhhoa-mot-cua"));
    // A second import does not replace it unless asked.
    let again = pinned(&work.home())
        .args(["--lang", "en", "template", "import"])
        .arg(province_officer())
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("exists already; add --force"),
        "{}",
        stderr(&again)
    );
    succeed(
        pinned(&work.home())
            .args(["template", "import", "--force"])
            .arg(province_officer()),
    );
}

#[test]
fn a_spreadsheet_with_mistakes_is_told_cell_by_cell_and_nothing_is_written() {
    let work = Workdir::empty();
    let criteria = work.path().join("tieu-chi.csv");
    let settings = work.path().join("thong-tin-chung.csv");
    std::fs::write(
        &criteria,
        "BỘ TIÊU CHÍ;;;;\n\nMã;Tên tiêu chí (vi);Điểm tối đa;Loại;Khung điểm\n1;Thủ tục hành chính;;;\n1.1;Số hóa hồ sơ;2,5;;\n1.1.1;Số hóa kết quả;1;kiểm tra;\n1.1.2;Tái sử dụng dữ liệu;2;kiểm tra;\n1.2;Tỷ lệ đúng hạn;2;tỷ lệ;98%: 2\n",
    )
    .unwrap();
    std::fs::write(
        &settings,
        "Thông số,Giá trị,Tiếng Anh\nMã bộ tiêu chí,thu-nghiem,\nPhiên bản,2026.1,\nCấp,xã,\nTên bộ tiêu chí,Thử nghiệm,Trial\n",
    )
    .unwrap();
    let out = work.path().join("thu-nghiem.toml");
    let run = pinned(&work.home())
        .args(["--lang", "vi", "template", "import"])
        .args([&criteria, &settings])
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let told = stderr(&run);
    assert!(
        told.contains("tieu-chi.csv!C5: lỗi[components]: điểm tối đa 2,5 nhưng các tiêu chí thành phần cộng lại 3\n  = cách sửa: ghi điểm tối đa là 3, hoặc sửa điểm các tiêu chí thành phần"),
        "{told}"
    );
    assert!(
        told.contains("tieu-chi.csv!A8: lỗi[kind]: tiêu chí loại này cần cột “Tử số (vi)”"),
        "{told}"
    );
    assert!(told.contains("3 lỗi; không ghi tệp nào"), "{told}");
    assert!(!out.exists());
    let run = pinned(&work.home())
        .args(["--lang", "en", "template", "import"])
        .args([&criteria, &settings])
        .output()
        .unwrap();
    assert!(stderr(&run).contains(
        "tieu-chi.csv!C5: error[components]: maximum 2.5 but its component criteria add up to 3"
    ));
    assert!(
        !work.home().join("templates").exists()
            || std::fs::read_dir(work.home().join("templates"))
                .unwrap()
                .next()
                .is_none()
    );
}

#[test]
fn the_wrong_files_are_a_usage_error() {
    let work = Workdir::empty();
    let run = pinned(&work.home())
        .args(["--lang", "en", "template", "import", "notes.txt"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(
        stderr(&run).contains("give one .xlsx file"),
        "{}",
        stderr(&run)
    );
    let not_a_workbook = work.path().join("broken.xlsx");
    std::fs::write(&not_a_workbook, "not a zip").unwrap();
    let run = pinned(&work.home())
        .args(["--lang", "en", "template", "import"])
        .arg(&not_a_workbook)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(
        stderr(&run)
            .contains("the spreadsheet cannot be read: it is not an Excel or LibreOffice workbook"),
        "{}",
        stderr(&run)
    );
    // One CSV file is one sheet: the settings are missing, and the fix says to give both.
    let criteria = work.path().join("tieu-chi.csv");
    std::fs::write(
        &criteria,
        "Mã,Tên tiêu chí (vi),Điểm tối đa\n1,Thủ tục,\n1.1,Niêm yết,2\n",
    )
    .unwrap();
    let run = pinned(&work.home())
        .args(["--lang", "en", "template", "import"])
        .arg(&criteria)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(
        stderr(&run).contains("error[layout]: there is no “Settings” sheet (the sheets are: tieu-chi.csv)\n  = fix: name a sheet “Settings” or “Thông tin chung” (see docs/checklist-spreadsheet.md); with CSV, give both files"),
        "{}",
        stderr(&run)
    );
    let run = pinned(&work.home())
        .args(["template", "export", "one-stop", "--out", "x.csv"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
}

#[test]
fn export_then_import_gives_the_bundled_edition_back() {
    let work = Workdir::empty();
    let xlsx = work.path().join("bo-chi-so.xlsx");
    let run = succeed(
        pinned(&work.home())
            .args([
                "--lang",
                "en",
                "template",
                "export",
                "commune-par@2025.1",
                "--out",
            ])
            .arg(&xlsx),
    );
    assert!(stdout(&run).contains("commune-par@2025.1"));
    let toml = work.path().join("back.toml");
    succeed(
        pinned(&work.home())
            .args(["template", "import"])
            .arg(&xlsx)
            .arg("--out")
            .arg(&toml),
    );
    let run = succeed(
        pinned(&work.home())
            .args(["--lang", "en", "template", "diff", "commune-par@2025.1"])
            .arg(&toml),
    );
    assert!(stdout(&run).ends_with("No changes.\n"), "{}", stdout(&run));
    // Into the templates folder it would be a second commune-par@2025.1: refused.
    let clash = pinned(&work.home())
        .args(["--lang", "en", "template", "import"])
        .arg(&xlsx)
        .output()
        .unwrap();
    assert_eq!(clash.status.code(), Some(1));
    assert!(
        stderr(&clash).contains("commune-par@2025.1 exists already (bundled); give yours another id or version on the Settings sheet (Id, Version), or add --force"),
        "{}",
        stderr(&clash)
    );
    let refused = pinned(&work.home())
        .args(["template", "export", "commune-par", "--out"])
        .arg(&xlsx)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
}

#[test]
fn diff_of_the_2024_and_2025_commune_index_in_both_languages() {
    let work = Workdir::empty();
    let vi = stdout(&succeed(pinned(&work.home()).args([
        "--lang",
        "vi",
        "template",
        "diff",
        "commune-par@2024.2",
        "commune-par@2025.1",
    ])));
    let en = stdout(&succeed(pinned(&work.home()).args([
        "--lang",
        "en",
        "template",
        "diff",
        "commune-par@2024.2",
        "commune-par@2025.1",
    ])));
    let lines = |text: &str| text.lines().map(String::from).collect::<Vec<_>>();
    let (vi, en) = (lines(&vi), lines(&en));
    assert_eq!(vi[0], "commune-par@2024.2 → commune-par@2025.1");
    for expected in [
        "~ Số cấp chính quyền: 3 → 2",
        "~ Áp dụng từ kỳ: — → năm 2025",
        "~ Điểm thưởng tối đa: — → 3",
        "~ 1.1 điểm tối đa: 4 → 3",
        "~ 1.1.2 cách chấm: kiểm tra → tỷ lệ, khung 100%: 2; 90%: 1,5; 80%: 1; 70%: 0,5",
        "~ 1.3 cách chấm: kiểm tra → gồm 3 tiêu chí thành phần",
        "+ 1.3.1 thêm: Ban hành kế hoạch tự kiểm tra cải cách hành chính, có kiểm tra Trung tâm Phục vụ hành chính công và các phòng chuyên môn (tối đa 1 điểm)",
        "- 6.3.1 bỏ: Thu ngân sách đạt hoặc vượt dự toán được giao (tối đa 1 điểm)",
    ] {
        assert!(
            vi.iter().any(|l| l == expected),
            "{expected} not in {vi:#?}"
        );
    }
    for expected in [
        "~ Tiers: 3 → 2",
        "~ 1.1 maximum: 4 → 3",
        "~ 1.1.2 method: check → rate, bands 100%: 2; 90%: 1.5; 80%: 1; 70%: 0.5",
        "~ 1.1 renamed: “Annual reform plan and its implementation” → “Annual reform plan and how far it was carried out”",
        "- 6.3.1 removed: Budget revenue met or exceeded the estimate (maximum 1)",
    ] {
        assert!(
            en.iter().any(|l| l == expected),
            "{expected} not in {en:#?}"
        );
    }
    assert_eq!(
        en.last().unwrap(),
        "22 added, 6 removed, 41 renamed, 39 maximum changed, 21 method changed, 5 settings changed"
    );
    assert_eq!(
        vi.last().unwrap(),
        "22 thêm, 6 bỏ, 41 đổi tên, 39 đổi điểm tối đa, 21 đổi cách chấm, 5 đổi thông số"
    );
    // Every criterion of 2025 that 2024 did not have is listed as added, and the reverse.
    assert_eq!(en.iter().filter(|l| l.starts_with("+ ")).count(), 22);
    assert_eq!(en.iter().filter(|l| l.starts_with("- ")).count(), 6);
}
