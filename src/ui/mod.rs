//! The terminal UI: one client of the domain. State in `app`, change in `update` (pure: it
//! returns effects), file and signing work in `runtime`, drawing in `view`, keys in
//! `keys.toml`, the terminal itself in `terminal`.

pub mod app;
pub mod document;
pub mod intent;
pub mod keymap;
mod keys;
pub mod rollup;
pub mod rows;
pub mod runtime;
mod terminal;
pub mod theme;
pub mod update;
pub mod view;

use crate::context::{Context, Failure};
use app::{App, Notice, Screen};
use keymap::KeyMap;

/// Opens the UI on the home screen.
pub fn run_home(cx: &Context) -> Result<(), Failure> {
    let app = new_app(cx);
    run(app, KeyMap::default_map())
}

/// Opens the UI straight on a record.
pub fn run_record(cx: &Context, record: &str) -> Result<(), Failure> {
    // The home screen is read when the user goes back to it, not before the first frame.
    let keys = KeyMap::default_map();
    let mut app = app_on(cx);
    runtime::open_record(&mut app, keys, record, crate::now());
    if let Some(Notice::Error(message)) = app.notice.take() {
        return Err(Failure::task(message));
    }
    run(app, keys)
}

/// The app on the home screen with its records read, before any terminal exists (tests
/// start here too).
pub fn new_app(cx: &Context) -> App {
    let mut app = app_on(cx);
    let records = runtime::perform(&mut app, &update::Effect::LoadHome, crate::now());
    if let Some(msg) = records {
        update::update(&mut app, KeyMap::default_map(), msg, crate::now());
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

/// Runs the terminal; stopped from outside (signal, terminal gone), it exits with the
/// signal's status once what was pending is saved.
fn run(app: App, keys: &KeyMap) -> Result<(), Failure> {
    match terminal::run(app, keys) {
        Ok(None) => Ok(()),
        Ok(Some(stop)) => Err(Failure::silent(stop.exit_code())),
        Err(error) => Err(Failure::task(error.to_string())),
    }
}
