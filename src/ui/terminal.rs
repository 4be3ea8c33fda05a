//! The terminal: set up in one place, restored on every way out, and never outlived.
//!
//! Terminal events are read on their own thread and signals on another; both send messages
//! over one channel. The loop draws, waits on that channel (at most until the next tick),
//! sends what arrives through `runtime::settle`, and stops when the UI quits, when a
//! signal asks, or when the terminal is gone — saving what is pending first.

use super::app::App;
use super::keymap::KeyMap;
use super::runtime;
use super::update::{Msg, Stop};
use crossterm::cursor;
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

/// How often time passes for `update`: notes being typed are saved this often.
const TICK: Duration = Duration::from_secs(1);
/// The longest the loop waits before it looks whether the terminal is still there.
const WATCH: Duration = Duration::from_millis(250);

/// Runs the UI until it quits (`None`) or is stopped from outside (`Some`).
pub fn run(mut app: App, keys: &KeyMap) -> std::io::Result<Option<Stop>> {
    let (sender, messages) = mpsc::channel();
    watch_signals(sender.clone())?;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    let mut terminal = enter()?;
    read_input(sender);
    if let Ok(size) = terminal.size() {
        app.size = (size.width, size.height);
    }
    let (width, height) = app.size;
    runtime::settle(&mut app, keys, Msg::Resize(width, height), crate::now());
    let stop = event_loop(&mut terminal, &mut app, keys, &messages);
    if stop.is_none() {
        // Quitting from inside the UI: notes being typed are saved before leaving.
        runtime::settle(&mut app, keys, Msg::Tick, crate::now());
    }
    // The record's lock goes with the app, before the terminal is given back.
    drop(app);
    restore();
    // Dropping a `Terminal` whose cursor it hid shows the cursor again and, when that fails
    // (the terminal is gone), prints to stderr — which panics on a hung-up terminal.
    // `restore` has already shown the cursor.
    std::mem::forget(terminal);
    Ok(stop)
}

/// Raw mode, the alternate screen, mouse and paste reporting.
///
/// What the terminal is sent goes through one buffer, written out once a frame is complete:
/// a frame is one `write`, not one per kilobyte (std's stdout is line-buffered in 1 KiB),
/// and each escape sequence is a copy into it, not a lock of stdout and a search for a
/// newline. The sequences entering the alternate screen go out with the first frame.
fn enter() -> std::io::Result<Terminal> {
    terminal::enable_raw_mode()?;
    let mut out = std::io::BufWriter::with_capacity(OUTPUT_BUFFER, std::io::stdout());
    crossterm::queue!(
        out,
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )?;
    ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(out))
}

/// Room for a whole frame of a large terminal (80×24 with colours is about 4.4 KB); a larger
/// frame goes out in parts of this size.
const OUTPUT_BUFFER: usize = 64 * 1024;

/// Gives the terminal back as it was. Every step is tried and none may fail loudly: when
/// the terminal is gone there is nowhere to say so (and printing there would fail again).
fn restore() {
    let _ = terminal::disable_raw_mode();
    let _ = crossterm::execute!(
        std::io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
}

type Terminal =
    ratatui::Terminal<ratatui::backend::CrosstermBackend<std::io::BufWriter<std::io::Stdout>>>;

fn event_loop(
    terminal: &mut Terminal,
    app: &mut App,
    keys: &KeyMap,
    messages: &Receiver<Msg>,
) -> Option<Stop> {
    let fds = terminal_fds();
    let mut next_tick = Instant::now() + TICK;
    let mut first = true;
    while app.running {
        if terminal
            .draw(|frame| super::view::draw(frame, app, keys))
            .is_err()
        {
            return Some(stop(app, keys, Stop::Hangup));
        }
        runtime::drawn(app, first);
        first = false;
        let wait = next_tick
            .saturating_duration_since(Instant::now())
            .min(WATCH);
        let mut arrived = match messages.recv_timeout(wait) {
            Ok(msg) => vec![msg],
            Err(RecvTimeoutError::Timeout) => Vec::new(),
            Err(RecvTimeoutError::Disconnected) => return Some(stop(app, keys, Stop::Hangup)),
        };
        // Whatever else is already waiting is handled before the next frame.
        arrived.extend(messages.try_iter());
        for msg in arrived {
            if let Msg::Stop(why) = msg {
                return Some(stop(app, keys, why));
            }
            runtime::settle(app, keys, msg, crate::now());
        }
        if terminal_gone(&fds) {
            return Some(stop(app, keys, Stop::Hangup));
        }
        if Instant::now() >= next_tick {
            next_tick = Instant::now() + TICK;
            runtime::settle(app, keys, Msg::Tick, crate::now());
        }
    }
    None
}

/// Saves what is pending and says why the loop ends.
fn stop(app: &mut App, keys: &KeyMap, why: Stop) -> Stop {
    runtime::settle(app, keys, Msg::Stop(why), crate::now());
    why
}

/// Terminal events on their own thread. A read that fails means the terminal is gone.
fn read_input(sender: Sender<Msg>) {
    std::thread::spawn(move || {
        loop {
            let msg = match event::read() {
                Ok(Event::Key(key)) => Msg::Key(key),
                Ok(Event::Mouse(mouse)) => Msg::Mouse(mouse),
                Ok(Event::Paste(text)) => Msg::Paste(text),
                Ok(Event::Resize(width, height)) => Msg::Resize(width, height),
                Ok(_) => continue,
                Err(_) => Msg::Stop(Stop::Hangup),
            };
            let last = matches!(msg, Msg::Stop(_));
            if sender.send(msg).is_err() || last {
                return;
            }
        }
    });
}

/// SIGHUP, SIGTERM and SIGINT become messages instead of ending the process unsaved.
fn watch_signals(sender: Sender<Msg>) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGHUP, SIGTERM, SIGINT])?;
    std::thread::spawn(move || {
        for signal in signals.forever() {
            let why = match signal {
                SIGHUP => Stop::Hangup,
                SIGTERM => Stop::Terminate,
                _ => Stop::Interrupt,
            };
            if sender.send(Msg::Stop(why)).is_err() {
                return;
            }
        }
    });
    Ok(())
}

/// The descriptors that are the terminal, told at start: once it has hung up, `isatty`
/// no longer says so.
fn terminal_fds() -> Vec<libc::c_int> {
    [libc::STDIN_FILENO, libc::STDOUT_FILENO]
        .into_iter()
        // SAFETY: isatty only inspects the descriptor.
        .filter(|&fd| unsafe { libc::isatty(fd) == 1 })
        .collect()
}

/// Whether the terminal has hung up: its window closed, or its SSH session ended. Once it
/// has, reading it returns at once with nothing, again and again, so this is looked at
/// directly rather than waited for.
fn terminal_gone(fds: &[libc::c_int]) -> bool {
    fds.iter().any(|&fd| {
        let mut watched = libc::pollfd {
            fd,
            events: 0,
            revents: 0,
        };
        // SAFETY: one valid pollfd and a zero timeout: poll only fills in `revents`.
        let ready = unsafe { libc::poll(&mut watched, 1, 0) };
        ready > 0 && watched.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
    })
}
