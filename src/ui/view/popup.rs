//! Popups over the screen: help, confirmations, prompts, the notes editor.

use super::{layout, one_line};
use crate::lang::Lang;
use crate::messages as msg;
use crate::record::AuditEntry;
use crate::ui::app::{App, Confirm, NotesEditor, Popup};
use crate::ui::keymap::KeyMap;
use crate::ui::theme::THEME;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, popup: &Popup, keys: &KeyMap) {
    match popup {
        Popup::Help { scroll } => help(frame, area, app, keys, *scroll),
        Popup::Confirm(confirm) => self::confirm(frame, area, app.lang, confirm),
        Popup::Prompt(prompt) => super::prompt::draw(frame, area, app, prompt),
        Popup::Notes(editor) => notes(frame, area, app.lang, editor),
        Popup::Exported { lines } => exported(frame, area, app.lang, lines),
        Popup::UnitSummary(view) => super::rollup::unit_summary(frame, area, app.lang, view),
        Popup::StatusChoice { task, selected } => {
            super::choice::draw(frame, area, app.lang, task, *selected)
        }
    }
}

fn exported(frame: &mut Frame, area: Rect, lang: Lang, lines: &[String]) {
    let width = area.width.saturating_sub(4);
    let mut text: Vec<Line> = lines.iter().map(|l| Line::raw(one_line(l))).collect();
    text.push(Line::styled(msg::ui::any_key_closes(lang), THEME.dim));
    // As tall as its wrapped rows, so that nothing is cut below a border drawn too soon.
    let (rows, _) = super::wrap::wrap(text, width.saturating_sub(2));
    let height = (rows.len() as u16 + 2).min(area.height);
    let rect = layout::centered(area, width, height);
    layout::clear(frame, rect);
    let title = msg::ui::exported_and_signed(lang);
    let block = Block::bordered().title(title).border_style(THEME.ok);
    frame.render_widget(Paragraph::new(rows).block(block), rect);
}

fn help(frame: &mut Frame, area: Rect, app: &App, keys: &KeyMap, scroll: u16) {
    let lang = app.lang;
    let bindings: Vec<_> = keys.for_context(app.context()).collect();
    let key_width = bindings
        .iter()
        .map(|b| b.keys_label().chars().count())
        .max()
        .unwrap_or(4);
    let mut lines: Vec<Line> = bindings
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(format!("{:>key_width$}  ", b.keys_label()), THEME.key),
                Span::raw(b.description(lang).to_string()),
            ])
        })
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        msg::ui::mouse_click_to_select_wheel_to(lang),
        THEME.dim,
    ));
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = layout::centered(area, 64, height);
    layout::clear(frame, rect);
    let block = Block::bordered()
        .title(msg::ui::keys_scroll(lang))
        .border_style(THEME.border_focus);
    frame.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), rect);
}

fn confirm(frame: &mut Frame, area: Rect, lang: Lang, confirm: &Confirm) {
    let mut open = Vec::new();
    let question = match confirm {
        Confirm::QuitUnsaved { why, lost, quit } => {
            return quit_unsaved(frame, area, lang, why, lost, *quit);
        }
        Confirm::DeleteRecord { what, .. } => {
            msg::ui::delete_the_record_what_it_moves(lang, one_line(what))
        }
        Confirm::Finalize { outstanding } if !outstanding.is_empty() => {
            open = outstanding.lines(lang);
            msg::ui::the_record_still_has_open_points(lang).to_string()
        }
        Confirm::Finalize { .. } => msg::ui::finalize_the_record_it_becomes_read(lang).to_string(),
    };
    // Only the letter confirms what leaves points open, never an Enter typed out of habit.
    let yes_keys = if open.is_empty() { "y/Enter" } else { "y" };
    let mut text = vec![Line::raw(question), Line::raw("")];
    for line in &open {
        text.push(Line::styled(format!("• {}", one_line(line)), THEME.warn));
    }
    if !open.is_empty() {
        text.push(Line::raw(""));
    }
    text.push(Line::from(vec![
        Span::styled(yes_keys, THEME.key),
        Span::raw(msg::ui::yes(lang)),
        Span::styled("n/Esc", THEME.key),
        Span::raw(msg::ui::cancel(lang)),
    ]));
    let width = 72.min(area.width);
    let inner = width.saturating_sub(2).max(1);
    let rows: u16 = text
        .iter()
        .map(|line| (line.width() as u16).div_ceil(inner).max(1))
        .sum();
    let rect = layout::centered(area, width, (rows + 2).min(area.height));
    layout::clear(frame, rect);
    let block = Block::bordered()
        .title(msg::ui::confirm(lang))
        .border_style(THEME.warn);
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: true }),
        rect,
    );
}

/// At most this many tasks are named; the count covers the rest.
const LOST_SHOWN: usize = 6;

/// Before quitting or leaving a record whose last changes the disk refused: what would be
/// lost (each task with the fields changed), why it is not saved, and that only `y` loses it.
fn quit_unsaved(
    frame: &mut Frame,
    area: Rect,
    lang: Lang,
    why: &str,
    lost: &[AuditEntry],
    quit: bool,
) {
    let mut tasks: Vec<(&str, Vec<&str>)> = Vec::new();
    for entry in lost {
        let field = field_name(&entry.field, lang);
        match tasks.iter_mut().find(|(task, _)| *task == entry.task) {
            Some((_, fields)) if fields.contains(&field) => {}
            Some((_, fields)) => fields.push(field),
            None => tasks.push((&entry.task, vec![field])),
        }
    }
    let n = lost.len();
    let mut text = vec![
        Line::raw(msg::ui::the_last_changes_could_not_be(lang, one_line(why))),
        Line::raw(""),
        Line::raw(match quit {
            true => msg::ui::quitting_now_loses_n_change_s(lang, n),
            false => msg::ui::going_back_home_now_loses_n(lang, n),
        }),
    ];
    for (task, fields) in tasks.iter().take(LOST_SHOWN) {
        let task = match *task {
            "" => msg::ui::the_record(lang).to_string(),
            task => one_line(task),
        };
        text.push(Line::raw(format!("  • {task}: {}", fields.join(", "))));
    }
    if tasks.len() > LOST_SHOWN {
        let more = tasks.len() - LOST_SHOWN;
        text.push(Line::raw(msg::ui::and_more_task_s(lang, more)));
    }
    text.extend([
        Line::raw(""),
        Line::styled(
            msg::ui::saving_is_retried_every_second_free(lang),
            THEME.dim,
        ),
        Line::raw(""),
        Line::from(vec![
            Span::styled("y", THEME.key),
            Span::raw(match quit {
                true => msg::ui::quit_and_lose_them(lang),
                false => msg::ui::leave_and_lose_them(lang),
            }),
            Span::styled(msg::ui::any_other_key(lang), THEME.key),
            Span::raw(msg::ui::stay(lang)),
        ]),
    ]);
    let width = area.width.saturating_sub(4).min(72);
    let (rows, _) = super::wrap::wrap(text, width.saturating_sub(2));
    let rect = layout::centered(area, width, rows.len() as u16 + 2);
    layout::clear(frame, rect);
    let block = Block::bordered()
        .title(msg::ui::not_saved(lang))
        .border_style(THEME.error);
    frame.render_widget(Paragraph::new(rows).block(block), rect);
}

/// A field of the audit trail, as the user knows it.
fn field_name(field: &str, lang: Lang) -> &'static str {
    match field {
        "status" => msg::ui::status(lang),
        "na_reason" => msg::ui::why_not_applicable(lang),
        "numerator" => msg::ui::numerator(lang),
        "denominator" => msg::ui::denominator(lang),
        "count" => msg::common::count(lang),
        "points" => msg::common::points(lang),
        "points_reason" => msg::ui::points_reason(lang),
        "notes" => msg::ui::evidence_notes_2(lang),
        "evidence" => msg::ui::evidence_files_2(lang),
        "finalized" => msg::ui::finalized_or_reopened(lang),
        _ => msg::ui::record_details(lang),
    }
}

fn notes(frame: &mut Frame, area: Rect, lang: Lang, editor: &NotesEditor) {
    let width = area.width.saturating_sub(6).max(40);
    let height = area.height.saturating_sub(4).max(8);
    let rect = layout::centered(area, width, height);
    layout::clear(frame, rect);
    let saved = editor.input.lines().join("\n") == editor.saved_text;
    let state = if saved {
        Span::styled(msg::ui::saved_2(lang), THEME.ok)
    } else {
        Span::styled(msg::ui::typing(lang), THEME.warn)
    };
    let block = Block::bordered()
        .title(Line::from(vec![
            Span::raw(match editor.explanation {
                true => msg::ui::explanation_task(lang, &editor.task),
                false => msg::ui::evidence_notes_task(lang, &editor.task),
            }),
            state,
        ]))
        .title_bottom(Line::from(vec![
            Span::styled(" Esc/Ctrl-S", THEME.key),
            Span::raw(msg::ui::save_and_close(lang)),
        ]))
        .border_style(THEME.border_focus);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    frame.render_widget(&editor.input, inner);
}
