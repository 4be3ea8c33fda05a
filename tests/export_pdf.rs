//! The PDF summary as an office reads it: A4 pages, the Decree 30 header, the unit named, the
//! scoring table's header repeated on the pages it runs onto, and a note printed exactly as
//! typed even when it looks like typst markup. The page size is read from the file itself;
//! the text is extracted with `pdftotext` (poppler-utils), and the tests that need it say
//! they skipped when it is not installed.

#[path = "support/cli.rs"]
mod cli;

use cli::{Workdir, fixtures};
use std::path::{Path, PathBuf};
use std::process::Command;
use unicode_normalization::UnicodeNormalization;

/// A note that would be markup if it were ever spliced into the template.
const MARKUP: &str = "#set page(width: 1cm) $x^2$ *đậm* _nghiêng_ [mở] <nhãn> @tham_chiếu \\ #{1+1} `mã` // chú thích";

struct Setup {
    dir: Workdir,
}

impl Setup {
    /// A home with the fixed test key and a 2026 ward self-assessment of `template`.
    fn new(template: &str) -> (Setup, String) {
        let dir = Workdir::empty();
        cli::install_par_mini(&dir.home());
        cli::install_fixture_key(&dir.home());
        let s = Setup { dir };
        let made = s
            .cmd()
            .args([
                "--lang",
                "en",
                "new",
                "--template",
                template,
                "--period",
                "2026",
            ])
            .args(["--province", "Thanh Hóa", "--commune", "Phường Hạc Thành"])
            .args(["--unit-kind", "phuong", "--mode", "self-check"])
            .args(["--person", "Lê Thị Hoa"])
            .output()
            .unwrap();
        assert!(made.status.success(), "{made:?}");
        let said = String::from_utf8(made.stdout).unwrap();
        let name = said
            .split_whitespace()
            .nth(2)
            .expect("Created record NAME")
            .to_string();
        (s, name)
    }

    fn cmd(&self) -> Command {
        let mut cmd = cli::pinned(&self.dir.home());
        cmd.current_dir(self.dir.path())
            .env("KIEMTRA_PASSWORD", "test");
        cmd
    }

    fn run(&self, args: &[&str]) {
        let out = self.cmd().args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
    }

    fn export(&self, name: &str, out: &str) -> PathBuf {
        self.run(&[
            "export", name, "--format", "pdf", "--lang", "vi", "--out", out,
        ]);
        self.dir.path().join(out).join(format!("{name}.pdf"))
    }
}

/// The text of the pages `first..=last`, NFC, its lines with the spaces between words
/// collapsed; `None` when `pdftotext` is not there. `Layout::Page` gives the lines as laid
/// out on the page (a table's row on one line), `Layout::Blocks` block after block (each
/// column of the header whole).
fn text(pdf: &Path, first: usize, last: usize, layout: Layout) -> Option<Vec<String>> {
    let out = Command::new("pdftotext")
        .args(match layout {
            Layout::Page => ["-layout", "-enc", "UTF-8"],
            Layout::Blocks => ["-raw", "-enc", "UTF-8"],
        })
        .args(["-f", &first.to_string(), "-l", &last.to_string()])
        .arg(pdf)
        .arg("-")
        .output();
    match out {
        Ok(out) if out.status.success() => {
            let text: String = String::from_utf8(out.stdout).unwrap().nfc().collect();
            let lines = text
                .lines()
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "));
            Some(lines.filter(|l| !l.is_empty()).collect())
        }
        Ok(out) => panic!("pdftotext fails on {}: {out:?}", pdf.display()),
        Err(_) => {
            eprintln!(
                "NOTICE: `pdftotext` (poppler-utils) is not installed; PDF text test skipped"
            );
            None
        }
    }
}

#[derive(Clone, Copy)]
enum Layout {
    Page,
    Blocks,
}

/// The words of the lines, one space apart: a text however it wraps.
fn words(lines: &[String]) -> String {
    lines.join(" ")
}

/// Every page's size in points, from the pages' `/MediaBox` entries.
fn page_sizes(bytes: &[u8]) -> Vec<(f64, f64)> {
    let text = String::from_utf8_lossy(bytes);
    text.match_indices("/MediaBox")
        .map(|(at, _)| {
            let rest = &text[at + "/MediaBox".len()..];
            let open = rest.find('[').unwrap();
            let close = rest.find(']').unwrap();
            let n: Vec<f64> = rest[open + 1..close]
                .split_whitespace()
                .map(|n| n.parse().unwrap())
                .collect();
            (n[2] - n[0], n[3] - n[1])
        })
        .collect()
}

fn is_a4((width, height): (f64, f64)) -> bool {
    (width - 595.276).abs() < 0.5 && (height - 841.89).abs() < 0.5
}

/// The number of pages, counted by their page objects.
fn pages(bytes: &[u8]) -> usize {
    page_sizes(bytes).len()
}

#[test]
fn the_pdf_is_an_a4_decree_30_document_with_the_unit_and_the_note_as_typed() {
    let (s, name) = Setup::new("commune-par@2025.1");
    s.run(&[
        "set",
        &name,
        "1.1.1",
        "--status",
        "done",
        "--notes",
        MARKUP,
        "--evidence",
        fixtures().join("plan.txt").to_str().unwrap(),
    ]);
    s.run(&[
        "doc",
        &name,
        "--parent",
        "UBND tỉnh Thanh Hóa",
        "--place",
        "Hạc Thành",
        "--date",
        "05/01/2026",
        "--recipient",
        "Sở Nội vụ tỉnh Thanh Hóa",
        "--signer-for",
        "TM. Ủy ban nhân dân",
        "--signer-position",
        "Chủ tịch",
        "--signer",
        "Nguyễn Văn An",
        "--copy-to",
        "Sở Nội vụ tỉnh Thanh Hóa",
    ]);
    let pdf = s.export(&name, "out");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
    let sizes = page_sizes(&bytes);
    assert!(!sizes.is_empty(), "pages with a MediaBox");
    assert!(sizes.iter().all(|&p| is_a4(p)), "A4 portrait: {sizes:?}");
    let Some(all) = text(&pdf, 1, pages(&bytes), Layout::Blocks) else {
        return;
    };
    let all = words(&all);
    let first = words(&text(&pdf, 1, 1, Layout::Blocks).unwrap());
    for said in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "UBND TỈNH THANH HÓA",
        "ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH",
        "Hạc Thành, ngày 05 tháng 01 năm 2026",
        "BÁO CÁO",
        "Kính gửi: Sở Nội vụ tỉnh Thanh Hóa",
        "DỰ THẢO",
    ] {
        assert!(first.contains(said), "page 1 says {said:?}: {first}");
    }
    assert!(all.contains("Phường Hạc Thành"), "the unit's name");
    assert!(
        all.contains("Nơi nhận:") && all.contains("- Lưu: VT."),
        "{all}"
    );
    assert!(all.contains("NGUYỄN VĂN AN") || all.contains("Nguyễn Văn An"));
    // The note, word by word as typed (its cell wraps it between words, beside other cells).
    for word in MARKUP.split_whitespace() {
        assert!(
            all.contains(word),
            "the note's {word:?} is printed as typed: {all}"
        );
    }
}

/// A long checklist runs over several pages; page 2 starts with the header of the table that
/// runs onto it, and every page with rows of a field's scoring table has that table's header.
#[test]
fn the_scoring_tables_header_is_repeated_on_every_page() {
    let (s, name) = Setup::new("commune-par@2025.1");
    let pdf = s.export(&name, "out");
    let bytes = std::fs::read(&pdf).unwrap();
    let count = pages(&bytes);
    assert!(count >= 4, "a long document: {count} pages");
    if text(&pdf, 1, 1, Layout::Page).is_none() {
        return;
    }
    let totals = "Lĩnh vực Hoàn thành % Điểm %";
    // The header's first line as the columns wrap it: STT | Tiêu chí | Điểm tối đa | Điểm tự
    // chấm | Tài liệu kiểm chứng | Giải trình | Ghi chú.
    let tasks = "STT Tiêu chí Điểm Điểm Tài liệu Giải trình Ghi chú";
    // A row of a scoring table starts with its criterion's id: 1.1.1, T.1 (not a field's
    // heading, "T. Điểm thưởng", nor an item of the list of open criteria, "• 1.1.1").
    let is_row = |line: &str| {
        let first = line.split_whitespace().next().unwrap_or_default();
        first.contains('.')
            && !first.ends_with('.')
            && first.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
            && line.split_whitespace().count() > 1
    };
    let page = |n: usize| -> Vec<String> {
        let mut lines = text(&pdf, n, n, Layout::Page).unwrap();
        assert_eq!(
            lines[0],
            n.to_string(),
            "page {n} is numbered at the top: {lines:?}"
        );
        lines.remove(0);
        lines
    };
    let second = page(2);
    assert!(
        second[0] == totals || second[0] == tasks,
        "page 2 starts with the header of the table that runs onto it: {second:?}"
    );
    let mut continued = 0;
    for n in 2..=count {
        let lines = page(n);
        if lines.iter().any(|l| is_row(l)) {
            continued += 1;
            assert!(
                lines.iter().any(|l| l == tasks),
                "page {n} has rows of a scoring table but not its header: {lines:?}"
            );
        }
    }
    assert!(
        continued >= 3,
        "the scoring tables run over {continued} pages"
    );
}

/// The PDF is laid out by `kiemtra-pdf`, a process beside the program. Without it, a PDF
/// asked for is refused with where it was looked for and how to go on, exit 1, nothing
/// written; an export of the default formats writes the five others and says the PDF is
/// left out.
#[test]
fn without_its_helper_the_pdf_is_refused_clearly_and_the_rest_still_exports() {
    let (s, name) = Setup::new("commune-par@2025.1");
    let missing = s.dir.path().join("nowhere/kiemtra-pdf");
    let out = s
        .cmd()
        .env("KIEMTRA_PDF", &missing)
        .args([
            "export", &name, "--lang", "en", "--format", "md,pdf", "--out", "out",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("kiemtra-pdf") && said.contains(&missing.display().to_string()),
        "{said}"
    );
    assert!(
        said.contains("cargo build --release") && said.contains("leave pdf out of the formats"),
        "{said}"
    );
    let folder = s.dir.path().join("out");
    let written = || -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&folder)
            .map(|d| {
                d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .filter(|n| !n.starts_with('.'))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    };
    assert!(written().is_empty(), "nothing is written: {:?}", written());
    let out = s
        .cmd()
        .env("KIEMTRA_PDF", &missing)
        .args(["export", &name, "--lang", "en", "--out", "out"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("The PDF is left out"), "{said}");
    let extensions: Vec<String> = written()
        .iter()
        .filter(|n| !n.ends_with(".minisig"))
        .map(|n| n.rsplit('.').next().unwrap().to_string())
        .collect();
    assert_eq!(extensions, ["csv", "html", "json", "md", "xlsx"]);
}
