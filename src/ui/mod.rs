//! The terminal UI: one client of the domain. State in `app`, change in `update`,
//! drawing in `view`, keys in `keys.toml`.

pub mod app;
pub mod intent;
pub mod keymap;
pub mod rows;
pub mod theme;
pub mod update;
pub mod view;

use crate::cli::{Context, Failure};
use app::{App, SaveState, Screen};
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use keymap::KeyMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use update::{Effect, Msg};

/// Opens the UI on the home screen.
pub fn run_home(cx: &Context) -> Result<(), Failure> {
    let app = new_app(cx);
    run(app, cx)
}

/// Opens the UI straight on a record.
pub fn run_record(cx: &Context, record: &str) -> Result<(), Failure> {
    // The home screen is read when the user goes back to it, not before the first frame.
    let mut app = app_on(cx, update::empty_home());
    update::open_record(&mut app, record, crate::now());
    if let Some(app::Notice::Error(message)) = app.notice.take() {
        return Err(Failure::task(message));
    }
    run(app, cx)
}

/// Starts parsing the key map on another core, so that it is ready (or nearly) when the UI
/// draws its first frame; `KeyMap::default_map` waits for it when it is not.
pub fn read_key_map_aside() {
    std::thread::spawn(|| {
        let _ = KeyMap::default_map();
    });
}

/// The app on the home screen, before any terminal exists (tests start here too).
pub fn new_app(cx: &Context) -> App {
    let mut app = app_on(cx, update::empty_home());
    app.screen = Screen::Home(update::home_state(&cx.home, &app.catalog, cx.lang));
    app
}

fn app_on(cx: &Context, home: app::HomeState) -> App {
    let catalog = crate::template::Catalog::load(&cx.home.templates);
    App {
        home: cx.home.clone(),
        catalog,
        lang: cx.lang,
        screen: Screen::Home(home),
        popup: None,
        notice: None,
        size: (80, 24),
        running: true,
    }
}

fn key_map(cx: &Context) -> Result<&'static KeyMap, Failure> {
    KeyMap::default_map().map_err(|e| {
        Failure::task(cx.lang.pick(
            format!("bảng phím không hợp lệ: {e}"),
            format!("the key map is not valid: {e}"),
        ))
    })
}

/// Performs what `update` asked for.
pub fn perform(app: &mut App, effect: &Effect) {
    match effect {
        Effect::Quit => app.running = false,
        Effect::Save => save(app),
    }
}

fn save(app: &mut App) {
    let lang = app.lang;
    let state = match &mut app.screen {
        Screen::Checklist(state) => state,
        Screen::Summary(summary) => &mut summary.checklist,
        _ => return,
    };
    state.save = match state.inspection.save() {
        Ok(()) => SaveState::Saved(crate::now()),
        Err(error) => SaveState::Failed(error.message(lang)),
    };
}

fn run(mut app: App, cx: &Context) -> Result<(), Failure> {
    let keys = key_map(cx)?;
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        let _ = signal_hook::flag::register(signal, Arc::clone(&stop));
    }
    let mut terminal = ratatui::init();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = crossterm::execute!(
            std::io::stdout(),
            DisableMouseCapture,
            DisableBracketedPaste
        );
        ratatui::restore();
        previous(info);
    }));
    let _ = crossterm::execute!(std::io::stdout(), EnableMouseCapture, EnableBracketedPaste);
    if let Ok(size) = terminal.size() {
        app.size = (size.width, size.height);
    }
    let (width, height) = app.size;
    update::update(&mut app, keys, Msg::Resize(width, height), crate::now());
    let result = event_loop(&mut terminal, &mut app, keys, &stop);
    // Whatever ended the loop, notes being typed are saved before leaving.
    for effect in update::update(&mut app, keys, Msg::Tick, crate::now()) {
        perform(&mut app, &effect);
    }
    let _ = crossterm::execute!(
        std::io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste
    );
    ratatui::restore();
    result.map_err(|e| Failure::task(e.to_string()))
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    keys: &KeyMap,
    stop: &AtomicBool,
) -> std::io::Result<()> {
    const TICK: Duration = Duration::from_secs(1);
    let mut last_tick = Instant::now();
    while app.running && !stop.load(Ordering::Relaxed) {
        terminal.draw(|frame| view::draw(frame, app, keys))?;
        let wait = TICK
            .saturating_sub(last_tick.elapsed())
            .min(Duration::from_millis(250));
        let mut messages = Vec::new();
        if event::poll(wait)? {
            match event::read()? {
                Event::Key(key) => messages.push(Msg::Key(key)),
                Event::Mouse(mouse) => messages.push(Msg::Mouse(mouse)),
                Event::Paste(text) => messages.push(Msg::Paste(text)),
                Event::Resize(width, height) => messages.push(Msg::Resize(width, height)),
                _ => {}
            }
        }
        if last_tick.elapsed() >= TICK {
            last_tick = Instant::now();
            messages.push(Msg::Tick);
            retry_failed_save(app);
        }
        for msg in messages {
            for effect in update::update(app, keys, msg, crate::now()) {
                perform(app, &effect);
            }
        }
    }
    Ok(())
}

/// A save that failed (full or read-only disk) is tried again every second.
fn retry_failed_save(app: &mut App) {
    let failed = match &app.screen {
        Screen::Checklist(state) => matches!(state.save, SaveState::Failed(_)),
        Screen::Summary(summary) => matches!(summary.checklist.save, SaveState::Failed(_)),
        _ => false,
    };
    if failed {
        save(app);
    }
}
