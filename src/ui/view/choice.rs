//! The status choice popup.

use super::layout;
use crate::lang::Lang;
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
        lang.pick(
            "↑↓ Enter chọn · số chọn ngay · Esc giữ nguyên",
            "↑↓ Enter pick · a number picks at once · Esc keeps it",
        ),
        THEME.dim,
    ));
    let width = 60.min(area.width);
    let rect = layout::centered(area, width, text.len() as u16 + 2);
    layout::clear(frame, rect);
    let title = lang.pick(
        format!(" Trạng thái {task} "),
        format!(" Status of {task} "),
    );
    let block = Block::bordered()
        .title(super::one_line(&title))
        .border_style(THEME.border_focus);
    frame.render_widget(Paragraph::new(text).block(block), rect);
}
