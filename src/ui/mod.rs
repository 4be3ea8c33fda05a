//! The terminal UI: one client of the domain. State in `app`, change in `update` (pure: it
//! returns effects), file and signing work in `runtime`, drawing in `view`, keys in
//! `keys.toml`, the terminal itself in `terminal`.

pub mod app;
pub mod document;
pub mod intent;
pub mod keymap;
pub mod rollup;
pub mod rows;
pub mod runtime;
mod terminal;
pub mod theme;
pub mod update;
pub mod view;

use crate::context::{Context, Failure};
use crate::messages as msg;
use app::{App, Notice, Screen};
use keymap::KeyMap;

/// Opens the UI on the home screen.
pub fn run_home(cx: &Context) -> Result<(), Failure> {
    let keys = key_map(cx)?;
    let app = new_app(cx);
    run(app, keys)
}

/// Opens the UI straight on a record.
pub fn run_record(cx: &Context, record: &str) -> Result<(), Failure> {
    // The home screen is read when the user goes back to it, not before the first frame.
    let keys = key_map(cx)?;
    let mut app = app_on(cx);
    runtime::open_record(&mut app, keys, record, crate::now());
    if let Some(Notice::Error(message)) = app.notice.take() {
        return Err(Failure::task(message));
    }
    run(app, keys)
}

/// Starts parsing the key map on another core, so that it is ready (or nearly) when the UI
/// draws its first frame; `KeyMap::default_map` waits for it when it is not.
pub fn read_key_map_aside() {
    std::thread::spawn(|| {
        let _ = KeyMap::default_map();
    });
}

/// The app on the home screen with its records read, before any terminal exists (tests
/// start here too).
pub fn new_app(cx: &Context) -> App {
    let mut app = app_on(cx);
    let records = runtime::perform(&mut app, &update::Effect::LoadHome, crate::now());
    if let (Some(msg), Ok(keys)) = (records, KeyMap::default_map()) {
        update::update(&mut app, keys, msg, crate::now());
    }
    app
}

fn app_on(cx: &Context) -> App {
    let catalog = cx.catalog();
    let (formats, pdf_missing) = crate::export::Format::defaults();
    App {
        home: cx.home.clone(),
        catalog,
        lang: cx.lang,
        screen: Screen::Home(update::empty_home()),
        popup: None,
        notice: None,
        size: (80, 24),
        running: true,
        made_key: None,
        export_formats: formats,
        pdf_missing,
    }
}

fn key_map(cx: &Context) -> Result<&'static KeyMap, Failure> {
    KeyMap::default_map().map_err(|e| Failure::task(msg::ui::the_key_map_is_not_valid(cx.lang, e)))
}

/// Runs the terminal; stopped from outside (signal, terminal gone), it exits with the
/// signal's status once what was pending is saved.
fn run(app: App, keys: &KeyMap) -> Result<(), Failure> {
    match terminal::run(app, keys) {
        Ok(None) => Ok(()),
        Ok(Some(stop)) => Err(Failure::silent(stop.exit_code())),
        Err(error) => Err(Failure::task(error.to_string())),
    }
}
