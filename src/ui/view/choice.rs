//! The status choice popup.

use super::layout;
use crate::lang::Lang;
use crate::messages as msg;
use crate::ui::theme::THEME;
use crate::ui::update::STATUS_CHOICES;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

pub fn draw(frame: &mut Frame, area: Rect, lang: Lang, task: &str, selected: usize) {
    let mut text: Vec<Line> = STATUS_CHOICES
        .iter()
        .enumerate()
        .map(|(i, (status, key))| {
            let (style, cursor) = if i == selected {
                (THEME.selected, "›")
            } else {
                (ratatui::style::Style::default(), " ")
            };
            Line::from(vec![
                Span::raw(cursor),
                Span::styled(format!("{key} "), THEME.key),
                Span::styled(format!("{} {}", status.mark(), status.label(lang)), style),
            ])
        })
        .collect();
    text.push(Line::raw(""));
    text.push(Line::styled(
        msg::ui::enter_pick_a_number_picks_at(lang),
        THEME.dim,
    ));
    let width = 60.min(area.width);
    let rect = layout::centered(area, width, text.len() as u16 + 2);
    layout::clear(frame, rect);
    let title = msg::ui::status_of_task(lang, task);
    let block = Block::bordered()
        .title(super::one_line(&title))
        .border_style(THEME.border_focus);
    frame.render_widget(Paragraph::new(text).block(block), rect);
}
