//! The document form (`v` on the checklist): the Decree 30 frame of the open record typed
//! field by field, each saved as a `Change::Document` through the record's one change path;
//! a bad date kept as typed with the reason, lists one item per line in the editor, a
//! finalized record read-only — and the form drawn at 80×24 in both languages.

mod common;

use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kiemtra::lang::Lang;
use kiemtra::record::{DocField, Document};
use kiemtra::ui::app::{App, Screen};
use kiemtra::ui::document::DocumentState;
use kiemtra::ui::update::{Effect, Msg, Stop, update};
use std::path::Path;

const LANGS: [Lang; 2] = [Lang::Vi, Lang::En];

fn form(app: &App) -> &DocumentState {
    match &app.screen {
        Screen::Document(form) => form,
        _ => panic!("not on the document form"),
    }
}

fn document(app: &App) -> &Document {
    &form(app).checklist.inspection.record.document
}

fn on_disk(app: &App) -> String {
    std::fs::read_to_string(&form(app).checklist.inspection.path).unwrap()
}

/// Moves the focus to `field` with Tab, from the first field.
fn go_to(app: &mut App, field: DocField) {
    while form(app).field() != field {
        press(app, KeyCode::Tab);
    }
}

fn snap(name: &str, lang: Lang, app: &App, dir: &Path) {
    let text = screen(app, 80, 24, dir);
    insta::assert_snapshot!(format!("{name}_{}", lang.code()), text);
}

/// A record on the checklist with its form open: the place, two members and the signer
/// filled in, the focus back on the number.
fn filled_in(dir: &Path, lang: Lang) -> App {
    let mut app = two_tier_record(dir, lang);
    ch(&mut app, 'v');
    go_to(&mut app, DocField::Place);
    typ(&mut app, "Hạc Thành");
    go_to(&mut app, DocField::Members);
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Trần Văn Bình, Trưởng phòng CCHC, Sở Nội vụ");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Lê Thị Hoa, Chủ tịch UBND phường");
    press(&mut app, KeyCode::Esc);
    go_to(&mut app, DocField::SignerName);
    typ(&mut app, "Lê Thị Hoa");
    go_to(&mut app, DocField::Number);
    app
}

#[test]
fn v_opens_the_form_on_the_record_and_esc_goes_back_to_the_checklist() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    assert!(ch(&mut app, 'v').is_empty());
    assert_eq!(form(&app).field(), DocField::Parent);
    assert!(!form(&app).read_only());
    let shown = screen(&app, 80, 24, dir.path());
    for text in [
        "Document · Tản Lĩnh",
        "Number and symbol",
        "Copies to",
        "ⓘ The body",
    ] {
        assert!(shown.contains(text), "{text} in\n{shown}");
    }
    // The number's hint says it may stay blank for the clerk.
    go_to(&mut app, DocField::Number);
    assert!(
        screen(&app, 80, 24, dir.path())
            .contains("ⓘ E.g. 12/BC-UBND; leave blank for the clerk to fill on registration")
    );
    assert!(press(&mut app, KeyCode::Esc).is_empty(), "nothing typed");
    assert!(matches!(app.screen, Screen::Checklist(_)));
}

#[test]
fn a_one_line_field_is_typed_in_place_and_saved_when_left() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::Vi);
    ch(&mut app, 'v');
    go_to(&mut app, DocField::SignerName);
    // `L` and `?` are text while a field is typed, not the language and help keys.
    typ(&mut app, "Lê Văn Tâm?");
    assert_eq!(app.lang, Lang::Vi);
    assert!(app.popup.is_none());
    assert!(form(&app).dirty());
    assert!(screen(&app, 80, 24, dir.path()).contains("đang gõ…"));
    // Enter saves it and goes on to the next field.
    let effects = update(&mut app, keys(), Msg::Key(key_event(KeyCode::Enter)), now());
    assert_eq!(effects, vec![Effect::Save]);
    assert_eq!(document(&app).signer_name, "Lê Văn Tâm?");
    assert_eq!(form(&app).field(), DocField::CopiesTo);
    // Saved through the record's change path: audited, and on disk once performed.
    let audit = &form(&app).checklist.inspection.record.audit;
    let last = audit.last().unwrap();
    assert_eq!(
        (last.field.as_str(), last.new.as_str()),
        ("document.signer_name", "Lê Văn Tâm?")
    );
    kiemtra::ui::runtime::perform(&mut app, &Effect::Save, now());
    assert!(on_disk(&app).contains("signer_name = \"Lê Văn Tâm?\""));

    // Tab saves too; leaving a field unchanged saves nothing.
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(form(&app).field(), DocField::SignerPosition);
    typ(&mut app, "Chủ tịch");
    assert_eq!(press(&mut app, KeyCode::Tab), vec![Effect::Save]);
    assert!(press(&mut app, KeyCode::Tab).is_empty());
    assert_eq!(document(&app).signer_position, "Chủ tịch");
    assert!(on_disk(&app).contains("signer_position = \"Chủ tịch\""));
}

/// A field left blank shows what the exported document writes in its place: the unit's own
/// body as the issuer, the space for the clerk's number, the date line's blanks, "Lưu: VT";
/// once the field is typed, its value instead.
#[test]
fn a_blank_field_shows_what_the_document_writes_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = two_tier_record(dir.path(), Lang::Vi);
    ch(&mut app, 'v');
    let shown = screen(&app, 100, 30, dir.path());
    let unit = form(&app)
        .checklist
        .inspection
        .record
        .header
        .commune
        .to_uppercase();
    for text in [
        format!("(để trống — văn bản ghi: ỦY BAN NHÂN DÂN {unit})"),
        "(để trống — văn bản ghi: Số:        /)".to_string(),
        "(để trống — văn bản ghi: ngày      tháng      năm 2024)".to_string(),
        "(để trống — văn bản ghi: Lưu: VT)".to_string(),
    ] {
        assert!(shown.contains(&text), "{text} in\n{shown}");
    }
    go_to(&mut app, DocField::Issuer);
    typ(&mut app, "Văn phòng HĐND và UBND");
    press(&mut app, KeyCode::Enter);
    let shown = screen(&app, 100, 30, dir.path());
    assert!(shown.contains("Văn phòng HĐND và UBND"), "{shown}");
    assert!(!shown.contains("ghi: ỦY BAN NHÂN DÂN"), "{shown}");
}

#[test]
fn a_bad_date_keeps_the_text_and_shows_the_reason() {
    for (lang, reason) in [
        (
            Lang::En,
            "`31/02/2026` is not a date; write it as 2026-01-05 or 05/01/2026",
        ),
        (
            Lang::Vi,
            "`31/02/2026` không phải là ngày; viết dạng 05/01/2026 hoặc 2026-01-05",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        ch(&mut app, 'v');
        go_to(&mut app, DocField::Date);
        typ(&mut app, "31/02/2026");
        for leave in [KeyCode::Tab, KeyCode::Up, KeyCode::Enter, KeyCode::Esc] {
            assert!(press(&mut app, leave).is_empty(), "{lang:?} {leave:?}");
            assert_eq!(form(&app).field(), DocField::Date, "the focus stays");
            assert_eq!(form(&app).error.as_deref(), Some(reason));
            assert_eq!(form(&app).typed(), "31/02/2026", "what was typed stays");
        }
        assert_eq!(document(&app).date, None);
        // The text is corrected, not typed again.
        for _ in 0..4 {
            press(&mut app, KeyCode::Backspace);
        }
        assert_eq!(form(&app).error, None, "typing clears the reason");
        typ(&mut app, "2026");
        press(&mut app, KeyCode::Home);
        press(&mut app, KeyCode::Delete);
        press(&mut app, KeyCode::Delete);
        typ(&mut app, "05");
        press(&mut app, KeyCode::Right);
        press(&mut app, KeyCode::Delete);
        press(&mut app, KeyCode::Delete);
        typ(&mut app, "01");
        assert_eq!(form(&app).typed(), "05/01/2026");
        assert_eq!(press(&mut app, KeyCode::Tab), vec![Effect::Save]);
        assert_eq!(
            document(&app).date,
            chrono::NaiveDate::from_ymd_opt(2026, 1, 5)
        );
        // An ISO date is taken too; each language shows it its own way.
        press(&mut app, KeyCode::BackTab);
        let expected = match lang {
            Lang::Vi => "05/01/2026",
            Lang::En => "2026-01-05",
        };
        assert_eq!(form(&app).typed(), expected);
    }
}

#[test]
fn a_list_is_edited_one_item_per_line_and_saved_when_the_editor_closes() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    ch(&mut app, 'v');
    go_to(&mut app, DocField::Members);
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    assert!(form(&app).editor);
    typ(
        &mut app,
        "Trần Văn Bình, Trưởng phòng CCHC, Sở Nội vụ — Trưởng đoàn",
    );
    // Enter is a new item, not a save.
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    typ(&mut app, "  Lê Thị Hoa, Chuyên viên  ");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert!(screen(&app, 80, 24, dir.path()).contains("Members — one item per line"));
    assert_eq!(press(&mut app, KeyCode::Esc), vec![Effect::Save]);
    assert!(!form(&app).editor);
    assert_eq!(
        document(&app).members,
        [
            "Trần Văn Bình, Trưởng phòng CCHC, Sở Nội vụ — Trưởng đoàn",
            "Lê Thị Hoa, Chuyên viên"
        ],
        "one item per line, trimmed, blank lines dropped"
    );
    assert!(on_disk(&app).contains("Lê Thị Hoa, Chuyên viên"));
    // The row shows the items with their count.
    assert!(screen(&app, 80, 24, dir.path()).contains("(2) Trần Văn Bình"));

    // A text of several lines is kept as its lines; Ctrl-S saves and closes too.
    go_to(&mut app, DocField::Shortcomings);
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Tỷ lệ hồ sơ trực tuyến còn thấp.");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Chưa số hóa kết quả.");
    assert_eq!(ctrl(&mut app, 's'), vec![Effect::Save]);
    assert_eq!(
        document(&app).shortcomings,
        "Tỷ lệ hồ sơ trực tuyến còn thấp.\nChưa số hóa kết quả."
    );

    // Pasted lines on a list row open the editor and become items after the last.
    go_to(&mut app, DocField::Members);
    send(&mut app, Msg::Paste("Nguyễn Văn An\r\nPhạm Thu Hà".into()));
    assert!(form(&app).editor);
    press(&mut app, KeyCode::Esc);
    assert_eq!(document(&app).members.len(), 4);
    assert_eq!(document(&app).members[3], "Phạm Thu Hà");
}

#[test]
fn a_finalized_record_opens_the_form_read_only_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    ch(&mut app, 'v');
    go_to(&mut app, DocField::Basis);
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Kế hoạch số 12/KH-UBND");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    ch(&mut app, 'F');
    ch(&mut app, 'y');
    assert!(checklist(&app).inspection.record.finalized);
    let before = checklist(&app).inspection.record.document.clone();

    ch(&mut app, 'v');
    assert!(form(&app).read_only());
    let shown = screen(&app, 80, 24, dir.path());
    assert!(
        shown.contains("Read-only: the record is finalized"),
        "{shown}"
    );
    assert!(!shown.contains("Enter save"), "no key that would change it");
    // Typing changes nothing; the keys of the screen still work.
    for c in "Hạc".chars() {
        assert!(ch(&mut app, c).is_empty());
    }
    assert!(!form(&app).dirty());
    go_to(&mut app, DocField::Basis);
    // A list opens to be read, not changed.
    press(&mut app, KeyCode::Enter);
    assert!(form(&app).editor);
    assert!(screen(&app, 80, 24, dir.path()).contains("read-only"));
    typ(&mut app, "x");
    press(&mut app, KeyCode::Backspace);
    send(&mut app, Msg::Paste("y".into()));
    assert!(press(&mut app, KeyCode::Esc).is_empty());
    assert!(press(&mut app, KeyCode::Esc).is_empty());
    assert!(matches!(app.screen, Screen::Checklist(_)));
    assert_eq!(checklist(&app).inspection.record.document, before);
}

#[test]
fn a_stop_or_ctrl_c_saves_what_is_typed_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::Vi);
    ch(&mut app, 'v');
    go_to(&mut app, DocField::Place);
    typ(&mut app, "Tản Lĩnh");
    let effects = update(&mut app, keys(), Msg::Stop(Stop::Hangup), now());
    assert_eq!(effects, vec![Effect::Save, Effect::Quit]);
    assert_eq!(document(&app).place, "Tản Lĩnh");

    go_to(&mut app, DocField::Recommendations);
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Nâng tỷ lệ hồ sơ trực tuyến, quý II/2026");
    assert_eq!(ctrl(&mut app, 'c'), vec![Effect::Save, Effect::Quit]);
    assert_eq!(
        document(&app).recommendations,
        ["Nâng tỷ lệ hồ sơ trực tuyến, quý II/2026"]
    );
}

#[test]
fn the_form_drawn() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let app = filled_in(dir.path(), lang);
        snap("document_form", lang, &app, dir.path());
    }
}

#[test]
fn the_form_with_a_date_refused() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = filled_in(dir.path(), lang);
        go_to(&mut app, DocField::Date);
        typ(&mut app, "5 tháng 1");
        press(&mut app, KeyCode::Tab);
        snap("document_date_refused", lang, &app, dir.path());
    }
}

#[test]
fn the_form_editing_a_list() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = filled_in(dir.path(), lang);
        go_to(&mut app, DocField::Basis);
        press(&mut app, KeyCode::Enter);
        typ(&mut app, "Quyết định số 5666/QĐ-UBND của UBND thành phố");
        press(&mut app, KeyCode::Enter);
        typ(&mut app, "Kế hoạch số 307/KH-UBND");
        snap("document_list_editor", lang, &app, dir.path());
    }
}

#[test]
fn the_form_of_a_finalized_record() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let mut app = filled_in(dir.path(), lang);
        press(&mut app, KeyCode::Esc);
        ch(&mut app, 'F');
        ch(&mut app, 'y');
        ch(&mut app, 'v');
        snap("document_read_only", lang, &app, dir.path());
    }
}

#[test]
fn a_key_release_or_a_small_window_is_no_trouble() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = filled_in(dir.path(), Lang::Vi);
    let release = KeyEvent::new_with_kind(
        KeyCode::Char('x'),
        KeyModifiers::NONE,
        crossterm::event::KeyEventKind::Release,
    );
    assert!(send(&mut app, Msg::Key(release)).is_empty());
    go_to(&mut app, DocField::CopiesTo);
    // The smallest window keeps the focused field in view.
    let shown = screen(&app, 60, 16, dir.path());
    assert!(shown.contains("▶ Nơi nhận"), "{shown}");
    press(&mut app, KeyCode::Enter);
    let shown = screen(&app, 60, 16, dir.path());
    assert!(shown.contains("Nơi nhận — mỗi dòng một mục"), "{shown}");
}

#[test]
fn a_record_open_in_another_kiemtra_opens_the_form_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let first = new_record(dir.path(), Lang::En);
    let name = checklist(&first).inspection.name();
    let mut second = app(dir.path(), Lang::En);
    open(&mut second, &name);
    ch(&mut second, 'v');
    assert!(form(&second).read_only());
    let shown = screen(&second, 80, 24, dir.path());
    assert!(
        shown.contains("Read-only: the record is open in another kiemtra."),
        "{shown}"
    );
    go_to(&mut second, DocField::Place);
    // Nothing is typed in (letters are the screen's keys, as on any read-only screen).
    typ(&mut second, "Ba Vì");
    assert!(!form(&second).dirty());
    assert!(press(&mut second, KeyCode::Esc).is_empty());
    assert_eq!(
        checklist(&second).inspection.record.document,
        Document::default()
    );
    drop(first);
}
