//! The summary dashboard: points per section, the score, what is open, what to look at.

use super::{hint_line, layout, one_line, status_line};
use crate::ui::app::{App, SummaryState};
use crate::ui::keymap::KeyMap;
use crate::ui::theme::THEME;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Color;
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Gauge, Paragraph, Wrap};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, state: &SummaryState, keys: &KeyMap) {
    let lang = app.lang;
    let checklist = &state.checklist;
    let summary = &checklist.summary;
    let template = &checklist.inspection.template;
    let [header, body, status, hints] = layout::frame(area);
    super::checklist::header(frame, header, checklist, lang);
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);
    let [chart_area, score_area] =
        Layout::horizontal([Constraint::Min(30), Constraint::Length(28)]).areas(top);

    let bars: Vec<Bar> = template
        .sections
        .iter()
        .zip(&summary.sections)
        .map(|(section, s)| {
            let percent = s
                .tally
                .points_percent()
                .map_or(0, |p| (p.hundredths() / 100).max(0) as u64);
            Bar::default()
                .value(percent)
                .label(Line::from(one_line(&section.id)))
                .text_value(format!("{percent}"))
        })
        .collect();
    let count = bars.len().max(1) as u16;
    let inner_width = chart_area.width.saturating_sub(2);
    let bar_width = (inner_width / count).saturating_sub(1).clamp(1, 9);
    let chart = BarChart::default()
        .block(
            Block::bordered()
                .title(lang.pick(" Điểm theo phần (%) ", " Points by section (%) "))
                .border_style(THEME.border),
        )
        .data(BarGroup::default().bars(&bars))
        .bar_width(bar_width)
        .bar_gap(1)
        .max(100)
        .bar_style(THEME.ok)
        .value_style(THEME.selected);
    frame.render_widget(chart, chart_area);

    let total = &summary.total;
    let [gauge_area, facts_area] =
        Layout::vertical([Constraint::Length(3), Constraint::Min(1)]).areas(score_area);
    let ratio = total
        .points_percent()
        .map_or(0.0, |p| (p.as_f64() / 100.0).clamp(0.0, 1.0));
    let gauge = Gauge::default()
        .block(
            Block::bordered()
                .title(lang.pick(" Điểm ", " Score "))
                .border_style(THEME.border),
        )
        .gauge_style(ratatui::style::Style::new().fg(Color::Cyan))
        .ratio(ratio)
        .label(format!("{}/{}", total.points, total.max));
    frame.render_widget(gauge, gauge_area);
    let percent =
        |p: Option<crate::points::Percent>| p.map_or_else(|| "–".to_string(), |p| p.to_string());
    let facts = vec![
        Line::raw(format!(
            "{}: {}/{}",
            lang.pick("Hoàn thành", "Done"),
            total.done,
            total.applicable
        )),
        Line::raw(format!("  {}", percent(total.done_percent()))),
        Line::raw(format!(
            "{}: {}",
            lang.pick("Điểm", "Points"),
            percent(total.points_percent())
        )),
        Line::raw(format!(
            "{}: {}",
            lang.pick("Chưa đánh giá", "Not assessed"),
            summary.open.len()
        )),
        Line::raw(format!(
            "{}: {}",
            lang.pick("Cảnh báo", "Warnings"),
            summary.warnings.len()
        )),
    ];
    frame.render_widget(
        Paragraph::new(facts).block(Block::bordered().border_style(THEME.border)),
        facts_area,
    );

    let mut lines = Vec::new();
    let mut open = summary.open.clone();
    if open.len() > 30 {
        let more = open.len() - 30;
        open.truncate(30);
        open.push(lang.pick(
            format!("… và {more} tiêu chí nữa"),
            format!("… and {more} more"),
        ));
    }
    lines.push(Line::styled(
        format!(
            "{} ({}): {}",
            lang.pick("Chưa đánh giá", "Not assessed"),
            summary.open.len(),
            open.join(", ")
        ),
        THEME.heading,
    ));
    for (task, warning) in &summary.warnings {
        lines.push(Line::styled(
            format!("⚠ {task}: {}", one_line(&warning.message(lang))),
            THEME.warn,
        ));
    }
    let missing: Vec<String> = checklist
        .inspection
        .record
        .answers
        .iter()
        .flat_map(|(task, a)| a.evidence.iter().map(move |p| (task, p)))
        .filter(|(_, p)| !std::path::Path::new(p).is_file())
        .map(|(task, p)| {
            format!(
                "⚠ {task}: {} {}",
                lang.pick("không thấy tệp minh chứng", "evidence file not found:"),
                one_line(p)
            )
        })
        .collect();
    lines.extend(missing.into_iter().map(|l| Line::styled(l, THEME.warn)));
    let list = Paragraph::new(lines)
        .block(
            Block::bordered()
                .title(lang.pick(" Việc còn lại ", " What is left "))
                .border_style(THEME.border),
        )
        .wrap(Wrap { trim: false })
        .scroll((state.scroll, 0));
    frame.render_widget(list, bottom);

    status_line(
        frame,
        status,
        app,
        super::checklist::status(checklist, lang),
    );
    hint_line(frame, hints, keys, app);
}
