//! Key press → updated frame (update + render into a test backend), SPEC §6:
//! ≤ 0.2 ms for a 30-task checklist, ≤ 2 ms for a 10,000-task one.

mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kiemtra::ui::keymap::KeyMap;
use kiemtra::ui::update::{Msg, update};
use kiemtra::ui::{new_app, view};
use ratatui::{Terminal, backend::TestBackend};

fn key(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

fn bench(c: &mut Criterion, tasks: usize) {
    let dir = tempfile::tempdir().expect("tempdir");
    let (home, name) = support::home_with_record(dir.path(), tasks);
    let keys = KeyMap::default_map();
    let mut app = new_app(&support::context(home));
    kiemtra::ui::runtime::open_record(&mut app, keys, &name, kiemtra::now());
    if let kiemtra::ui::app::Screen::Checklist(state) = &app.screen {
        let inspection = &state.inspection;
        c.bench_function(&format!("summary, {tasks} tasks"), |b| {
            b.iter(|| inspection.summary())
        });
    }
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let mut down = true;
    c.bench_function(&format!("move key → frame, {tasks} tasks"), |b| {
        b.iter(|| {
            down = !down;
            update(
                &mut app,
                keys,
                key(if down { 'j' } else { 'k' }),
                kiemtra::now(),
            );
            terminal.draw(|f| view::draw(f, &app, keys)).expect("draw");
        })
    });
    let mut done = true;
    c.bench_function(&format!("status key → frame, {tasks} tasks"), |b| {
        b.iter(|| {
            done = !done;
            // The durable save is measured on its own (benches/save.rs); here only update + draw.
            update(
                &mut app,
                keys,
                key(if done { '1' } else { '0' }),
                kiemtra::now(),
            );
            terminal.draw(|f| view::draw(f, &app, keys)).expect("draw");
        })
    });
}

fn small(c: &mut Criterion) {
    bench(c, 30);
}

fn large(c: &mut Criterion) {
    bench(c, 10_000);
}

criterion_group!(benches, small, large);
criterion_main!(benches);
