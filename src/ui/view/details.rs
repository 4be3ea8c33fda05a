//! The selected task: guidance, inputs, points, evidence.

use super::{multi_line, one_line};
use crate::lang::Lang;
use crate::messages as msg;
use crate::numbers;
use crate::points::Percent;
use crate::score::{score, warnings};
use crate::template::{Kind, Task};
use crate::ui::app::{ChecklistState, DetailField, Pane};
use crate::ui::theme::{THEME, status_style};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

pub fn draw(frame: &mut Frame, area: Rect, state: &ChecklistState, lang: Lang) {
    let border = if state.pane == Pane::Details {
        THEME.border_focus
    } else {
        THEME.border
    };
    let Some(task) = state
        .selected_task()
        .and_then(|id| state.inspection.template.task(id))
    else {
        frame.render_widget(Block::bordered().border_style(border), area);
        return;
    };
    let (lines, focus) = lines(task, state, lang);
    let (rows, starts) = super::wrap::wrap(lines, area.width.saturating_sub(2));
    let height = usize::from(area.height.saturating_sub(2));
    let row_of = |line: usize| starts.get(line).copied().unwrap_or(rows.len());
    let offset = scroll(
        rows.len(),
        height,
        focus.map(|lines| row_of(lines.start)..row_of(lines.end)),
    );
    let mut block = Block::bordered()
        .title(format!(" {} ", one_line(&task.id)))
        .border_style(border);
    if offset > 0 {
        block = block.title(Line::from(" ▲ ").right_aligned());
    }
    if offset + height < rows.len() {
        block = block.title_bottom(Line::from(msg::ui::more_tab(lang)).right_aligned());
    }
    let shown: Vec<Line> = rows.into_iter().skip(offset).take(height).collect();
    frame.render_widget(Paragraph::new(shown).block(block), area);
}

/// The first row shown: as little scrolling as shows the focused field with what belongs to
/// it (its notes, its files), never past the field's own first row.
fn scroll(rows: usize, height: usize, focus: Option<std::ops::Range<usize>>) -> usize {
    match focus {
        Some(field) if field.end > height => (field.end - height).min(field.start),
        _ => 0,
    }
    .min(rows.saturating_sub(height))
}

/// The lines of the pane, and the lines of the focused field (its label and what follows).
fn lines<'a>(
    task: &'a Task,
    state: &ChecklistState,
    lang: Lang,
) -> (Vec<Line<'a>>, Option<std::ops::Range<usize>>) {
    let answer = state.inspection.record.answer(&task.id);
    let scored = score(task, answer);
    let fields = state.detail_fields();
    let focus = (state.pane == Pane::Details)
        .then(|| fields.get(state.detail).copied())
        .flatten();
    let field = |f: DetailField, label: String, value: Vec<Span<'static>>| {
        let marker = if focus == Some(f) { "▶ " } else { "  " };
        let style = if focus == Some(f) {
            THEME.key
        } else {
            THEME.heading
        };
        let mut spans = vec![Span::styled(format!("{marker}{label}: "), style)];
        spans.extend(value);
        Line::from(spans)
    };
    let mut out = vec![Line::styled(one_line(task.title.get(lang)), THEME.heading)];
    let mut field_lines = Vec::new();
    let guidance = task.guidance.get(lang);
    if !guidance.trim().is_empty() {
        out.push(Line::styled(one_line(guidance), THEME.dim));
    }
    out.push(Line::raw(""));
    let mut status = vec![Span::styled(
        format!("{} {}", answer.status.mark(), answer.status.label(lang)),
        status_style(answer.status),
    )];
    if !answer.na_reason.is_empty() {
        status.push(Span::raw(format!(" — {}", one_line(&answer.na_reason))));
    }
    field_lines.push(out.len());
    out.push(field(
        DetailField::Status,
        msg::common::status(lang).into(),
        status,
    ));
    let number = |n: Option<u64>| n.map_or_else(|| "—".to_string(), |n| numbers::count(n, lang));
    match &task.kind {
        Kind::Check => {}
        Kind::Rate {
            numerator,
            denominator,
            bands,
            proportional,
        } => {
            field_lines.push(out.len());
            out.push(field(
                DetailField::Numerator,
                one_line(numerator.get(lang)),
                vec![Span::raw(number(answer.numerator))],
            ));
            field_lines.push(out.len());
            out.push(field(
                DetailField::Denominator,
                one_line(denominator.get(lang)),
                vec![Span::raw(number(answer.denominator))],
            ));
            let bands_text: Vec<String> = if *proportional {
                vec![msg::ui::points_maximum_rate(lang).into()]
            } else {
                bands
                    .iter()
                    .map(|b| format!("≥{} → {}", b.min.shown(lang), b.points.shown(lang)))
                    .collect()
            };
            let rate = match scored.rate {
                Some(rate) => format!(
                    "{} → {} {}{}",
                    rate.shown(lang),
                    numbers::points_of(scored.rule_points, task.points, lang),
                    msg::common::points(lang),
                    if answer.status == crate::record::Status::NotAssessed {
                        msg::ui::no_status_yet(lang)
                    } else {
                        ""
                    }
                ),
                None => "—".to_string(),
            };
            out.push(Line::from(vec![
                Span::styled(format!("  {}: ", msg::common::rate(lang)), THEME.heading),
                Span::styled(rate, THEME.ok),
            ]));
            out.push(Line::styled(
                format!("  {}: {}", msg::ui::bands(lang), bands_text.join(" · ")),
                THEME.dim,
            ));
        }
        Kind::Survey { scale } => {
            let value = answer
                .survey
                .map_or_else(|| "—".to_string(), |v| numbers::points_of(v, *scale, lang));
            field_lines.push(out.len());
            out.push(field(
                DetailField::Survey,
                msg::ui::survey_result(lang).into(),
                vec![Span::raw(value)],
            ));
        }
        Kind::Deduction { per, counted } => {
            let label = if counted.is_blank() {
                msg::ui::occurrences(lang).to_string()
            } else {
                one_line(counted.get(lang))
            };
            let (per, most) = (per.shown(lang), task.points.shown(lang));
            let rule = msg::ui::per_each_at_most(lang, &per, &most);
            field_lines.push(out.len());
            out.push(field(
                DetailField::Count,
                label,
                vec![
                    Span::raw(number(answer.count)),
                    Span::styled(rule, THEME.dim),
                ],
            ));
        }
        Kind::Count { target, counted } => {
            let label = if counted.is_blank() {
                msg::common::count_2(lang).to_string()
            } else {
                one_line(counted.get(lang))
            };
            let mut value = vec![Span::raw(number(answer.count))];
            if let Some(target) = target {
                value.push(Span::styled(
                    format!(
                        "  ({} {})",
                        msg::ui::target(lang),
                        numbers::count(*target, lang)
                    ),
                    THEME.dim,
                ));
            }
            field_lines.push(out.len());
            out.push(field(DetailField::Count, label, value));
        }
    }
    let mut points = vec![Span::raw(numbers::points_of(
        scored.points,
        scored.max,
        lang,
    ))];
    if scored.overridden {
        points.push(Span::styled(
            format!(
                "  ({} {}: {})",
                msg::ui::rule_gives(lang),
                scored.rule_points.shown(lang),
                one_line(&answer.points_reason)
            ),
            THEME.warn,
        ));
    } else if answer.points.is_some() {
        points.push(Span::styled(
            format!("  ({})", msg::ui::given_by_the_assessor(lang)),
            THEME.dim,
        ));
    } else if answer.status == crate::record::Status::NotAssessed
        && (answer.numerator.is_some()
            || answer.denominator.is_some()
            || answer.count.is_some()
            || answer.survey.is_some())
    {
        // Figures are there, but the rule gives 0 until a status is chosen.
        points.push(Span::styled(
            msg::ui::no_status_yet_choose_a_status(lang),
            THEME.warn,
        ));
    }
    let appraised = super::appraisal::detail(state, &task.id, lang);
    let (label, points, reasons) = match appraised {
        Some((value, reasons)) => (msg::ui::appraisal(lang), value, reasons),
        None => (msg::common::points_2(lang), points, Vec::new()),
    };
    field_lines.push(out.len());
    out.push(field(DetailField::Points, label.into(), points));
    out.extend(reasons);
    out.push(Line::raw(""));
    let hint = task.evidence.hint.get(lang);
    let required = if task.evidence.required {
        msg::ui::required(lang)
    } else {
        ""
    };
    field_lines.push(out.len());
    out.push(field(
        DetailField::Notes,
        format!(
            "{}{required}",
            if state.inspection.record.appraisal.is_some() {
                msg::ui::commune_s_notes_e_explanation(lang)
            } else {
                msg::common::evidence_notes(lang)
            }
        ),
        vec![],
    ));
    if answer.notes.trim().is_empty() {
        let empty = if hint.trim().is_empty() {
            msg::ui::empty_press_e(lang).to_string()
        } else {
            one_line(hint)
        };
        out.push(Line::styled(format!("    {empty}"), THEME.dim));
    } else {
        for line in multi_line(&answer.notes).lines() {
            out.push(Line::raw(format!("    {line}")));
        }
    }
    field_lines.push(out.len());
    out.push(field(
        DetailField::Evidence,
        msg::common::evidence_files(lang).into(),
        vec![],
    ));
    if answer.evidence.is_empty() {
        out.push(Line::styled(
            format!("    {}", msg::ui::none_press_a(lang)),
            THEME.dim,
        ));
    }
    for path in &answer.evidence {
        let exists = !state.missing_evidence.contains(path);
        let style = if exists {
            ratatui::style::Style::default()
        } else {
            THEME.warn
        };
        let missing = if exists {
            ""
        } else {
            msg::ui::file_not_found(lang)
        };
        out.push(Line::styled(
            format!("    {}{missing}", one_line(path)),
            style,
        ));
    }
    for warning in warnings(task, answer, &scored) {
        out.push(Line::styled(
            format!("⚠ {}", one_line(&warning.message(lang))),
            THEME.warn,
        ));
    }
    // The focused field runs from its line to the next field's (the last one to the end).
    let focused = focus.and_then(|f| fields.iter().position(|&g| g == f));
    let shown = focused.map(|i| {
        let end = field_lines.get(i + 1).copied().unwrap_or(out.len());
        field_lines[i]..end
    });
    (out, shown)
}

/// The live rate shown while a figure is typed.
pub fn preview_rate(
    numerator: Option<u64>,
    denominator: Option<u64>,
    task: &Task,
    lang: Lang,
) -> Option<String> {
    if !matches!(task.kind, Kind::Rate { .. }) {
        return None;
    }
    let rate = Percent::of(numerator?, denominator?)?;
    let answer = crate::record::Answer {
        status: crate::record::Status::Done,
        numerator,
        denominator,
        ..Default::default()
    };
    let points = crate::score::score(task, &answer).rule_points;
    Some(format!(
        "{} → {} {}",
        rate.shown(lang),
        numbers::points_of(points, task.points, lang),
        msg::common::points(lang)
    ))
}
