//! Colours and styles, in one place.

use ratatui::style::{Color, Modifier, Style};

pub struct Theme {
    pub title: Style,
    pub heading: Style,
    pub dim: Style,
    pub selected: Style,
    pub selected_unfocused: Style,
    pub key: Style,
    pub ok: Style,
    pub warn: Style,
    pub error: Style,
    pub banner: Style,
    pub border_focus: Style,
    pub border: Style,
}

pub const THEME: Theme = Theme {
    title: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    heading: Style::new().add_modifier(Modifier::BOLD),
    dim: Style::new().fg(Color::DarkGray),
    selected: Style::new().fg(Color::Black).bg(Color::Cyan),
    selected_unfocused: Style::new().add_modifier(Modifier::REVERSED),
    key: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    ok: Style::new().fg(Color::Green),
    warn: Style::new().fg(Color::Yellow),
    error: Style::new().fg(Color::White).bg(Color::Red),
    banner: Style::new().fg(Color::Black).bg(Color::Yellow),
    border_focus: Style::new().fg(Color::Cyan),
    border: Style::new().fg(Color::DarkGray),
};

/// The colour of a status mark.
pub fn status_style(status: crate::record::Status) -> Style {
    use crate::record::Status;
    match status {
        Status::Done => THEME.ok,
        Status::Partly => THEME.warn,
        Status::NotDone => Style::new().fg(Color::Red),
        Status::NotApplicable | Status::NotAssessed => THEME.dim,
    }
}
