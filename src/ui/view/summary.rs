//! The summary dashboard: points per section, the score, what is open, what to look at.

use super::{fit, hint_line, layout, one_line, status_line};
use crate::lang::Lang;
use crate::messages as msg;
use crate::score::Tally;
use crate::ui::app::{App, SummaryState};
use crate::ui::keymap::KeyMap;
use crate::ui::theme::THEME;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Color;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Gauge, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

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

    let title = if checklist.inspection.record.appraisal.is_some() {
        msg::ui::self_appraised_final(lang)
    } else {
        msg::ui::points_by_section(lang)
    };
    let chart = Block::bordered().title(title).border_style(THEME.border);
    let inner = chart.inner(chart_area);
    frame.render_widget(chart, chart_area);
    let lines: Vec<Line> = super::appraisal::dashboard(checklist, usize::from(inner.width), lang)
        .unwrap_or_else(|| {
            template
                .sections
                .iter()
                .zip(&summary.sections)
                .map(|(section, s)| {
                    let label = format!("{}. {}", section.id, section.title.get(lang));
                    section_bar(&label, &s.tally, usize::from(inner.width), lang)
                })
                .collect()
        });
    frame.render_widget(Paragraph::new(lines), inner);

    let total = &summary.total;
    let [gauge_area, facts_area] =
        Layout::vertical([Constraint::Length(3), Constraint::Min(1)]).areas(score_area);
    // An appraisal's gauge is its final score; a record's, its points.
    let (title, points, max) = match super::appraisal::final_total(checklist) {
        Some((points, out_of)) => (msg::ui::final_score(lang), points, out_of),
        None => (msg::ui::score(lang), total.points, total.max),
    };
    let share = points.percent_of(max);
    let ratio = share.map_or(0.0, |p| (p.as_f64() / 100.0).clamp(0.0, 1.0));
    let percent = |p: Option<crate::points::Percent>| crate::numbers::percent(p, lang);
    let gauge = Gauge::default()
        .block(Block::bordered().title(title).border_style(THEME.border))
        .gauge_style(ratatui::style::Style::new().fg(Color::Cyan))
        .ratio(ratio)
        .label(format!(
            "{} · {}",
            crate::numbers::points_of(points, max, lang),
            percent(share)
        ));
    frame.render_widget(gauge, gauge_area);
    let result = crate::export::model::ResultRow::of(&summary.result, template);
    let mut facts: Vec<Line> = result
        .iter()
        .flat_map(|r| crate::export::words::result_lines(r, lang))
        .map(|(label, value)| {
            Line::styled(
                format!("{label}: {}", super::one_line(&value)),
                THEME.heading,
            )
        })
        .collect();
    facts.extend([
        Line::raw(format!(
            "{}: {} · {}",
            msg::common::done(lang),
            crate::numbers::fraction(total.done, total.applicable, lang),
            percent(total.done_percent())
        )),
        Line::raw(format!(
            "{}: {}",
            msg::common::not_assessed(lang),
            crate::numbers::count(summary.open.len(), lang)
        )),
        Line::raw(format!(
            "{}: {}",
            msg::common::warnings(lang),
            crate::numbers::count(summary.warnings.len(), lang)
        )),
    ]);
    frame.render_widget(
        Paragraph::new(facts).block(Block::bordered().border_style(THEME.border)),
        facts_area,
    );

    let mut lines = super::appraisal::disputed(checklist, lang).unwrap_or_default();
    let mut open = summary.open.clone();
    if open.len() > 30 {
        let more = open.len() - 30;
        open.truncate(30);
        open.push(msg::ui::and_more(lang, more).into());
    }
    lines.push(Line::styled(
        format!(
            "{} ({}): {}",
            msg::common::not_assessed(lang),
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
        .filter(|(_, p)| checklist.missing_evidence.contains(*p))
        .map(|(task, p)| {
            format!(
                "⚠ {task}: {} {}",
                msg::ui::evidence_file_not_found(lang),
                one_line(p)
            )
        })
        .collect();
    lines.extend(missing.into_iter().map(|l| Line::styled(l, THEME.warn)));
    let list = Paragraph::new(lines)
        .block(
            Block::bordered()
                .title(msg::ui::what_is_left(lang))
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

/// One section as a row: its name, a bar of its points over its maximum, and the figures.
fn section_bar(label: &str, tally: &Tally, width: usize, lang: Lang) -> Line<'static> {
    let figures = format!(
        " {}",
        crate::numbers::points_of(tally.points, tally.max, lang)
    );
    let label_width = (width * 2 / 5).clamp(6, 32);
    let bar_width = width.saturating_sub(label_width + 1 + figures.width());
    let share = tally
        .points_percent()
        .map_or(0.0, |p| (p.as_f64() / 100.0).clamp(0.0, 1.0));
    // Eighths of a cell, so a small share still shows.
    let eighths = (share * bar_width as f64 * 8.0).round() as usize;
    let mut bar = "█".repeat(eighths / 8);
    let part = eighths % 8;
    if part > 0 {
        bar.push(['▏', '▎', '▍', '▌', '▋', '▊', '▉'][part - 1]);
    }
    let rest = bar_width.saturating_sub(bar.chars().count());
    Line::from(vec![
        Span::styled(
            format!("{:<label_width$} ", fit(label, label_width)),
            THEME.heading,
        ),
        Span::styled(bar, THEME.ok),
        Span::styled("·".repeat(rest), THEME.dim),
        Span::raw(figures),
    ])
}
