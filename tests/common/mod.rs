//! Driving the UI the way a user does: keys through `update`, effects performed by the
//! runtime and their results sent back.
#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kiemtra::cli::Context;
use kiemtra::lang::Lang;
use kiemtra::store::Home;
use kiemtra::ui::app::{App, ChecklistState, Screen};
use kiemtra::ui::keymap::KeyMap;
use kiemtra::ui::update::{Effect, Msg};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;

pub fn keys() -> &'static KeyMap {
    KeyMap::default_map()
}

/// The fixed time the tests change records at.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 11, 23, 9, 15, 0).unwrap()
}

pub fn app(dir: &Path, lang: Lang) -> App {
    kiemtra::ui::new_app(&Context {
        home: Home::at(dir),
        lang,
    })
}

/// Sends a message and performs its effects, and theirs, as the running UI does; returns
/// every effect performed.
pub fn send(app: &mut App, msg: Msg) -> Vec<Effect> {
    kiemtra::ui::runtime::settle(app, keys(), msg, now())
}

/// Opens a record by name as the home screen does.
pub fn open(app: &mut App, name: &str) {
    kiemtra::ui::runtime::open_record(app, keys(), name, now());
}

/// `x` on the checklist, and Enter on the formats it offers (all, or those chosen last):
/// the export's folder is asked next.
pub fn export_all(app: &mut App) {
    ch(app, 'x');
    assert!(
        matches!(&app.popup, Some(kiemtra::ui::app::Popup::Prompt(p)) if p.asked == kiemtra::ui::app::Asked::ExportFormats),
        "x asks the formats first"
    );
    press(app, KeyCode::Enter);
}

pub fn key_event(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

pub fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    send(app, Msg::Key(key_event(code)))
}

pub fn ch(app: &mut App, c: char) -> Vec<Effect> {
    let modifiers = if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    send(app, Msg::Key(KeyEvent::new(KeyCode::Char(c), modifiers)))
}

pub fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    send(
        app,
        Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    )
}

pub fn typ(app: &mut App, text: &str) {
    for c in text.chars() {
        ch(app, c);
    }
}

/// The place of the 2024 commune checklist (three tiers) among the bundled ones, after the
/// three 2025 editions.
pub const COMMUNE_PAR_2024: usize = 3;

/// From the home screen of an empty folder: the form for the 2024 commune checklist, filled
/// in.
pub fn fill_form(app: &mut App) {
    for _ in 0..COMMUNE_PAR_2024 {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter);
    typ(app, "Hà Nội");
    press(app, KeyCode::Tab);
    typ(app, "Ba Vì");
    press(app, KeyCode::Tab);
    typ(app, "Tản Lĩnh");
    // The kind of unit and its code are left as they are.
    press(app, KeyCode::Tab);
    press(app, KeyCode::Tab);
    press(app, KeyCode::Tab);
    for _ in 0..8 {
        press(app, KeyCode::Backspace);
    }
    typ(app, "2024");
    // The mode and the agency too.
    press(app, KeyCode::Tab);
    press(app, KeyCode::Tab);
    press(app, KeyCode::Tab);
    typ(app, "Nguyễn Văn An, Trần Thị Bình");
}

/// A new record on the commune checklist, open on the checklist screen.
pub fn new_record(dir: &Path, lang: Lang) -> App {
    let mut app = app(dir, lang);
    fill_form(&mut app);
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.screen, Screen::Checklist(_)),
        "the form should have created a record"
    );
    app
}

/// A 2026 ward on the 2025 commune index, made through the form.
pub fn two_tier_record(dir: &Path, lang: Lang) -> App {
    let mut app = app(dir, lang);
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Thanh Hóa");
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "Phường Hạc Thành");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    for _ in 0..8 {
        press(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, "2026");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "Sở Nội vụ tỉnh Thanh Hóa");
    press(&mut app, KeyCode::Tab);
    typ(&mut app, "Lê Thị Hoa");
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.screen, Screen::Checklist(_)),
        "the form should have made the record"
    );
    app
}

pub fn checklist(app: &App) -> &ChecklistState {
    match &app.screen {
        Screen::Checklist(state) => state,
        Screen::Summary(summary) => &summary.checklist,
        _ => panic!("not on the checklist"),
    }
}

pub fn selected(app: &App) -> String {
    checklist(app)
        .selected_task()
        .expect("a task is selected")
        .to_string()
}

/// The screen drawn at `width`×`height`, as text with times and `dir` masked.
pub fn screen(app: &App, width: u16, height: u16, dir: &Path) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| kiemtra::ui::view::draw(frame, app, keys()))
        .unwrap();
    mask(&terminal.backend().to_string(), dir)
}

/// Replaces times ("09:15:24", "23/11 09:06") and the test folder with fixed text.
pub fn mask(text: &str, dir: &Path) -> String {
    let text = text.replace(&dir.display().to_string(), "[HOME]");
    let text = replace_pattern(&text, "DD/DD/DDDD DD:DD", "dd/mm/yyyy HH:MM");
    let text = replace_pattern(&text, "DD/DD DD:DD", "dd/mm HH:MM");
    let text = replace_pattern(&text, "DD:DD:DD", "HH:MM:SS");
    let text = replace_pattern(&text, "DDDD-DD-DD DD:DD", "YYYY-MM-DD HH:MM");
    let text = replace_pattern(&text, "DD/DD/DDDD", "dd/mm/yyyy");
    replace_pattern(&text, "DDDD-DD-DD", "YYYY-MM-DD")
}

/// `pattern`: `D` is any ASCII digit, anything else itself.
fn replace_pattern(text: &str, pattern: &str, with: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let pat: Vec<char> = pattern.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let matches = i + pat.len() <= chars.len()
            && pat.iter().zip(&chars[i..]).all(|(p, c)| match p {
                'D' => c.is_ascii_digit(),
                p => p == c,
            });
        if matches {
            out.push_str(with);
            i += pat.len();
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}
