//! Every screen and popup drawn at 80×24 in both languages, driven by keys as a user would.

mod common;

use common::*;
use crossterm::event::KeyCode;
use kiemtra::lang::Lang;
use kiemtra::ui::app::App;
use kiemtra::ui::update::Msg;
use std::path::Path;

const LANGS: [Lang; 2] = [Lang::Vi, Lang::En];

fn snap(name: &str, lang: Lang, app: &App, dir: &Path) {
    snap_at(name, lang, app, dir, 80, 24);
}

fn snap_at(name: &str, lang: Lang, app: &App, dir: &Path, width: u16, height: u16) {
    let text = screen(app, width, height, dir);
    insta::assert_snapshot!(format!("{name}_{}", lang.code()), text);
}

/// Moves the selection down `n` tasks.
fn down(app: &mut App, n: usize) {
    for _ in 0..n {
        ch(app, 'j');
    }
}

#[test]
fn home_empty() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let app = app(dir.path(), lang);
        snap("home_empty", lang, &app, dir.path());
    }
}

#[test]
fn home_with_records() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        ch(&mut app, '1');
        press(&mut app, KeyCode::Esc);
        snap("home_records", lang, &app, dir.path());
    }
}

#[test]
fn new_inspection_form() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app(dir.path(), lang);
        fill_form(&mut app);
        snap("form", lang, &app, dir.path());
    }
}

#[test]
fn new_inspection_form_of_a_two_tier_checklist() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app(dir.path(), lang);
        // The first checklist is the 2025 commune index: no district is asked.
        press(&mut app, KeyCode::Enter);
        typ(&mut app, "Thanh Hóa");
        press(&mut app, KeyCode::Tab);
        typ(&mut app, "Phường Hạc Thành");
        press(&mut app, KeyCode::Tab);
        press(&mut app, KeyCode::Right);
        press(&mut app, KeyCode::Right);
        press(&mut app, KeyCode::Tab);
        press(&mut app, KeyCode::Tab);
        typ(&mut app, "Phường Điện Biên, Phường Ba Đình");
        snap("form_two_tiers", lang, &app, dir.path());
    }
}

#[test]
fn new_inspection_form_with_an_error() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app(dir.path(), lang);
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Enter);
        snap("form_error", lang, &app, dir.path());
    }
}

#[test]
fn checklist_check_task() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        ch(&mut app, '1');
        down(&mut app, 1);
        ch(&mut app, '2');
        down(&mut app, 1);
        ch(&mut app, '3');
        press(&mut app, KeyCode::Up);
        snap("checklist_check", lang, &app, dir.path());
    }
}

/// On the rate task 1.1.3 with 24 of 26 entered through the details pane.
fn rate_task(app: &mut App) {
    down(app, 2);
    press(app, KeyCode::Tab);
    down(app, 2);
    press(app, KeyCode::Enter);
    typ(app, "26");
    press(app, KeyCode::Enter);
    ch(app, 'k');
    press(app, KeyCode::Enter);
    typ(app, "24");
}

#[test]
fn checklist_rate_task_with_figures() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        rate_task(&mut app);
        press(&mut app, KeyCode::Enter);
        ch(&mut app, '1');
        snap("checklist_rate", lang, &app, dir.path());
    }
}

#[test]
fn prompt_numerator_with_live_rate() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        rate_task(&mut app);
        snap("prompt_numerator", lang, &app, dir.path());
    }
}

#[test]
fn checklist_count_task() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        down(&mut app, 6);
        assert_eq!(selected(&app), "1.4");
        press(&mut app, KeyCode::Tab);
        ch(&mut app, 'j');
        press(&mut app, KeyCode::Enter);
        typ(&mut app, "12");
        press(&mut app, KeyCode::Enter);
        snap("checklist_count", lang, &app, dir.path());
    }
}

#[test]
fn checklist_read_only_banner() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut first = new_record(dir.path(), lang);
        let name = checklist(&first).inspection.name();
        let path = checklist(&first).inspection.path.clone();
        press(&mut first, KeyCode::Esc);
        // Another kiemtra holds the record, with a fixed description of itself.
        let lock = hold_lock(&path);
        let mut second = app(dir.path(), lang);
        open(&mut second, &name);
        ch(&mut second, '1');
        snap("checklist_read_only", lang, &second, dir.path());
        drop(lock);
    }
}

/// Holds the record's lock as another kiemtra would: the lock file locked, never written,
/// and who holds it in the note beside it.
pub fn hold_lock(record: &Path) -> std::fs::File {
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(record.with_extension("lock"))
        .unwrap();
    file.try_lock().unwrap();
    std::fs::write(
        record.with_extension("holder"),
        "pid 4242, thanh, 2024-11-23 09:00",
    )
    .unwrap();
    file
}

#[test]
fn checklist_finalized_banner() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        ch(&mut app, '1');
        ch(&mut app, 'F');
        ch(&mut app, 'y');
        snap("checklist_finalized", lang, &app, dir.path());
    }
}

#[test]
fn summary_dashboard() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        ch(&mut app, '1');
        down(&mut app, 1);
        ch(&mut app, '2');
        down(&mut app, 1);
        ch(&mut app, '3');
        ch(&mut app, 's');
        snap("summary", lang, &app, dir.path());
    }
}

#[test]
fn summary_dashboard_of_a_two_tier_record() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = two_tier_record(dir.path(), lang);
        ch(&mut app, '1');
        down(&mut app, 1);
        ch(&mut app, '1');
        snap("checklist_two_tiers", lang, &app, dir.path());
        ch(&mut app, 's');
        snap("summary_two_tiers", lang, &app, dir.path());
    }
}

#[test]
fn help_overlay() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        ch(&mut app, '?');
        snap("help_checklist", lang, &app, dir.path());
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Esc);
        ch(&mut app, '?');
        snap("help_home", lang, &app, dir.path());
    }
}

#[test]
fn confirm_delete() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        press(&mut app, KeyCode::Esc);
        ch(&mut app, 'd');
        snap("confirm_delete", lang, &app, dir.path());
    }
}

#[test]
fn confirm_finalize() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        ch(&mut app, 'F');
        snap("confirm_finalize", lang, &app, dir.path());
    }
}

#[test]
fn confirm_quit_unsaved() {
    use kiemtra::ui::app::{SaveState, Screen};
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        // Every save fails from here on: a folder stands where the record belongs.
        let path = checklist(&app).inspection.path.clone();
        std::fs::remove_file(&path).unwrap();
        std::fs::create_dir(&path).unwrap();
        ch(&mut app, '1');
        down(&mut app, 1);
        ch(&mut app, '1');
        ch(&mut app, 'e');
        typ(&mut app, "Kế hoạch 12/KH-UBND");
        press(&mut app, KeyCode::Esc);
        // Shown as the case it stands for: a full USB stick.
        let on_stick = Path::new("/media/usb/kiemtra/records").join(path.file_name().unwrap());
        if let Screen::Checklist(state) = &mut app.screen {
            state.save = SaveState::Failed(lang.pick(
                format!("không đọc/ghi được {}: ổ đĩa đã đầy", on_stick.display()),
                format!(
                    "cannot read or write {}: the disk is full",
                    on_stick.display()
                ),
            ));
        }
        ctrl(&mut app, 'c');
        snap("confirm_quit_unsaved", lang, &app, dir.path());
    }
}

#[test]
fn prompt_points_reason() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        ch(&mut app, '3');
        ch(&mut app, 'p');
        typ(&mut app, "0.5");
        press(&mut app, KeyCode::Enter);
        typ(&mut app, "Kế hoạch ban hành chậm 3 ngày");
        snap("prompt_points_reason", lang, &app, dir.path());
    }
}

#[test]
fn prompt_search() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        ch(&mut app, '/');
        typ(&mut app, "báo cáo");
        snap("prompt_search", lang, &app, dir.path());
    }
}

#[test]
fn notes_editor() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        ch(&mut app, '1');
        ch(&mut app, 'e');
        typ(&mut app, "Quyết định số 600/QĐ-UBND ngày 02/02/2024");
        press(&mut app, KeyCode::Enter);
        typ(&mut app, "Đã xem bản gốc, có chữ ký số.");
        snap("notes_typing", lang, &app, dir.path());
        send(&mut app, Msg::Tick);
        snap("notes_saved", lang, &app, dir.path());
    }
}

#[test]
fn too_small() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let app = new_record(dir.path(), lang);
        snap_at("too_small", lang, &app, dir.path(), 40, 10);
    }
}

#[test]
fn checklist_large() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        send(&mut app, Msg::Resize(120, 40));
        ch(&mut app, '1');
        down(&mut app, 2);
        snap_at("checklist_120x40", lang, &app, dir.path(), 120, 40);
    }
}

#[test]
fn details_follow_the_focused_field() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        ch(&mut app, '1');
        ch(&mut app, 'e');
        for line in [
            "Quyết định số 600/QĐ-UBND ngày 02/02/2024 của Ủy ban nhân dân xã ban hành Kế hoạch cải cách hành chính năm 2024",
            "Đã xem bản gốc, có chữ ký số.",
            "Báo cáo quý I, quý II gửi đúng hạn.",
            "Biên bản họp Ban chỉ đạo ngày 15/3/2024.",
            "Ảnh chụp bảng niêm yết tại Bộ phận Một cửa.",
        ] {
            typ(&mut app, line);
            press(&mut app, KeyCode::Enter);
        }
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Tab);
        snap("details_top", lang, &app, dir.path());
        for _ in 0..3 {
            press(&mut app, KeyCode::Down);
        }
        snap("details_scrolled", lang, &app, dir.path());
    }
}

#[test]
fn export_without_a_key_offers_to_make_one() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        export_all(&mut app);
        // The suggested folder is the working directory, which differs between machines.
        press(&mut app, KeyCode::End);
        for _ in 0..300 {
            press(&mut app, KeyCode::Backspace);
        }
        typ(&mut app, "bao-cao");
        press(&mut app, KeyCode::Enter);
        let text = screen(&app, 80, 24, dir.path());
        let offer = lang.pick(
            "Chưa có khóa ký — tạo ngay",
            "No signing key yet — make one now",
        );
        assert!(text.contains(offer), "{text}");
        assert!(text.contains("UBND Tản Lĩnh"), "{text}");
        snap("export_no_key", lang, &app, dir.path());
    }
}

#[test]
fn status_choice() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        ch(&mut app, '2');
        press(&mut app, KeyCode::Tab);
        press(&mut app, KeyCode::Enter);
        snap("status_choice", lang, &app, dir.path());
    }
}

#[test]
fn export_asks_the_formats_first() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        ch(&mut app, 'x');
        let text = screen(&app, 80, 24, dir.path());
        let title = lang.pick(
            "Định dạng xuất, cách nhau bởi dấu phẩy",
            "Formats to export, comma-separated",
        );
        assert!(text.contains(title), "{text}");
        assert!(text.contains("md, json, csv, html, xlsx, pdf"), "{text}");
        snap("export_formats", lang, &app, dir.path());
    }
}
