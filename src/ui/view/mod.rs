//! Drawing: a pure function of the state. Nothing here changes it.

mod appraisal;
mod checklist;
mod choice;
mod details;
mod document;
mod form;
mod home;
pub mod layout;
mod popup;
mod prompt;
mod rollup;
mod summary;
mod templates;
mod wrap;

use super::app::{App, Notice, Screen};
use super::keymap::KeyMap;
use super::theme::THEME;
use crate::lang::Lang;
use crate::messages as msg;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthChar;

pub fn draw(frame: &mut Frame, app: &App, keys: &KeyMap) {
    let area = frame.area();
    if layout::too_small(area) {
        too_small(frame, area);
        return;
    }
    match &app.screen {
        Screen::Home(state) => home::draw(frame, area, app, state, keys),
        Screen::NewInspection(state) => form::draw(frame, area, app, state, keys),
        Screen::Checklist(state) => checklist::draw(frame, area, app, state, keys),
        Screen::Summary(state) => summary::draw(frame, area, app, state, keys),
        Screen::Document(state) => document::draw(frame, area, app, state, keys),
        Screen::RollUp(state) => rollup::draw(frame, area, app, state, keys),
    }
    if let Some(popup) = &app.popup {
        popup::draw(frame, area, app, popup, keys);
    }
}

fn too_small(frame: &mut Frame, area: Rect) {
    let (w, h) = (area.width, area.height);
    let (min_w, min_h) = (layout::MIN_WIDTH, layout::MIN_HEIGHT);
    let text = vec![
        Line::styled(msg::ui::window_too_small(Lang::Vi, w, h), THEME.heading),
        Line::raw(msg::ui::enlarge_it_to(Lang::Vi, min_w, min_h)),
        Line::raw(""),
        Line::styled(msg::ui::window_too_small(Lang::En, w, h), THEME.heading),
        Line::raw(msg::ui::enlarge_it_to(Lang::En, min_w, min_h)),
    ];
    let top = area.height.saturating_sub(5) / 2;
    let area = Rect::new(area.x, area.y + top, area.width, area.height - top);
    frame.render_widget(
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        area,
    );
}

/// The status line: the screen's own text, or the notice when there is one.
pub fn status_line(frame: &mut Frame, area: Rect, app: &App, own: Line) {
    let line = match &app.notice {
        Some(Notice::Info(text)) => Line::styled(one_line(text), THEME.warn),
        Some(Notice::Error(text)) => Line::styled(one_line(text), THEME.error),
        None => own,
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// The hint line, made from the key map, cut to the width.
pub fn hint_line(frame: &mut Frame, area: Rect, keys: &KeyMap, app: &App) {
    let mut spans = Vec::new();
    let mut used = 0usize;
    for (key, description) in keys.hints(app.context(), app.lang, app.read_only()) {
        let width = key.chars().count() + description.chars().count() + 3;
        if used + width > usize::from(area.width) {
            break;
        }
        used += width;
        spans.push(Span::styled(key, THEME.key));
        spans.push(Span::raw(format!(" {description}  ")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Text made safe to draw on one line: control characters (escape sequences included) and
/// text-direction controls never reach the terminal; line breaks become spaces.
pub fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' => ' ',
            c if crate::text::is_unprintable(c) => '\u{fffd}',
            c => c,
        })
        .collect()
}

/// Text made safe to draw over several lines: line breaks kept, other controls replaced.
pub fn multi_line(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\n' => '\n',
            '\t' => ' ',
            c if crate::text::is_unprintable(c) => '\u{fffd}',
            c => c,
        })
        .collect()
}

/// Cuts safe text to `width` display columns, ending with `…` when cut.
pub fn fit(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let text = one_line(text);
    if text.width() <= width {
        return text;
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// "Đã lưu 10:42:13" / "Saved 10:42:13", or the failure.
pub fn save_label(save: &super::app::SaveState, lang: Lang) -> Span<'static> {
    match save {
        super::app::SaveState::Saved(at) => Span::styled(
            format!(
                "✓ {} {}",
                msg::ui::saved(lang),
                at.with_timezone(&chrono::Local).format("%H:%M:%S")
            ),
            THEME.ok,
        ),
        super::app::SaveState::Failed(why) => Span::styled(
            format!("✗ {}: {}", msg::ui::not_saved_retrying(lang), one_line(why)),
            THEME.error,
        ),
    }
}
