//! The one-line prompt: what is asked (its title), the line typed, a live preview or the
//! error, and its keys.

use super::{layout, one_line};
use crate::lang::Lang;
use crate::messages as msg;
use crate::ui::app::{App, Asked, Prompt, Screen};
use crate::ui::theme::THEME;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

fn prompt_title(asked: &Asked, app: &App) -> String {
    let lang = app.lang;
    let label = |task: &str, f: fn(&crate::template::Task, Lang) -> String| {
        current_task(app, task)
            .map(|t| f(t, lang))
            .unwrap_or_default()
    };
    match asked {
        Asked::NaReason { task } => msg::ui::why_task_does_not_apply(lang, task),
        Asked::Numerator { task } => label(task, |t, l| match &t.kind {
            crate::template::Kind::Rate { numerator, .. } => {
                format!("{} — {}", t.id, one_line(numerator.get(l)))
            }
            _ => t.id.clone(),
        }),
        Asked::Denominator { task, .. } => label(task, |t, l| match &t.kind {
            crate::template::Kind::Rate { denominator, .. } => {
                format!("{} — {}", t.id, one_line(denominator.get(l)))
            }
            _ => t.id.clone(),
        }),
        Asked::Count { task } => msg::ui::count_task(lang, task),
        Asked::Survey { task } => msg::ui::survey_result_task(lang, task),
        Asked::Points { task } => {
            let max = current_task(app, task)
                .map(|t| t.points.shown(lang))
                .unwrap_or_default();
            let own = match &app.screen {
                crate::ui::app::Screen::Checklist(s) => s.inspection.record.appraisal.as_ref(),
                _ => None,
            }
            .and_then(|a| a.tasks.get(task))
            .map(|t| t.self_points.shown(lang));
            match own {
                Some(own) => msg::ui::appraised_points_for_task_0_max(lang, task, &max, &own),
                None => msg::ui::points_for_task_0_max_empty(lang, task, &max),
            }
        }
        Asked::PointsReason { task, points } => {
            // Kept in the machine form while asked; shown in the user's.
            let points = points
                .parse()
                .ok()
                .and_then(crate::points::Points::from_decimal)
                .map_or_else(|| points.clone(), |p| p.shown(lang));
            msg::ui::why_points_task(lang, &points, task)
        }
        Asked::AddEvidence { task } => msg::ui::evidence_file_path_task(lang, task),
        Asked::ReopenReason => msg::ui::why_reopen_the_record(lang).into(),
        Asked::Search => msg::ui::search_task_ids_and_titles(lang).into(),
        Asked::RollUpFolder => msg::ui::folder_of_the_summaries_json_and(lang).into(),
        Asked::RollUpTrusted { .. } => msg::ui::folder_of_trusted_keys_pub_empty(lang).into(),
        Asked::RollUpCompare { .. } => msg::ui::folder_of_an_earlier_period_to(lang).into(),
        Asked::ExportFormats => msg::ui::formats_to_export(lang).into(),
        Asked::ExportFolder => {
            let names: Vec<&str> = app.export_formats.iter().map(|f| f.extension()).collect();
            msg::ui::export_and_sign_into_the_folder(lang, names.join(", "))
        }
        Asked::ExportPassword { .. } => msg::ui::signing_key_password(lang).into(),
        Asked::SignerName { .. } => msg::ui::no_signing_key_yet_make_one(lang).into(),
        Asked::NewPassword { .. } => msg::ui::password_for_the_new_signing_key(lang).into(),
        Asked::NewPasswordAgain { .. } => msg::ui::the_password_again(lang).into(),
        Asked::AppraiseFile => msg::ui::signed_json_file_a_self_assessment(lang).into(),
        Asked::AppraisePerson { .. } => msg::ui::the_appraiser_or_who_explains(lang).into(),
        Asked::FinalPoints { task } => {
            let (max, appraised) = match &app.screen {
                crate::ui::app::Screen::Checklist(s) => (
                    s.inspection.template.task(task).map(|t| t.points),
                    s.inspection
                        .record
                        .appraisal
                        .as_ref()
                        .and_then(|a| a.tasks.get(task))
                        .map(|t| t.appraised_points()),
                ),
                _ => (None, None),
            };
            let shown =
                |p: Option<crate::points::Points>| p.map(|p| p.shown(lang)).unwrap_or_default();
            let (max, appraised) = (shown(max), shown(appraised));
            msg::ui::final_score_for_task_0_max(lang, task, &max, &appraised)
        }
        Asked::FinalReason { task, points } => {
            let points = points
                .parse()
                .ok()
                .and_then(crate::points::Points::from_decimal)
                .map_or_else(|| points.clone(), |p| p.shown(lang));
            msg::ui::why_a_final_score_of_points(lang, &points, task)
        }
        Asked::AppraiseAgency { .. } => msg::ui::appraise_the_appraising_agency_s_n(lang).into(),
    }
}

fn current_task<'a>(app: &'a App, id: &str) -> Option<&'a crate::template::Task> {
    match &app.screen {
        Screen::Checklist(s) => s.inspection.template.task(id),
        Screen::Summary(s) => s.checklist.inspection.template.task(id),
        _ => None,
    }
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, prompt: &Prompt) {
    let lang = app.lang;
    let rect = layout::centered(area, 70, 7);
    layout::clear(frame, rect);
    let title = format!(
        " {} ",
        super::fit(
            &prompt_title(&prompt.asked, app),
            usize::from(rect.width.saturating_sub(4))
        )
    );
    let block = Block::bordered()
        .title(title)
        .border_style(THEME.border_focus);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    // The preview or the error may take several lines (a long error wraps, never cut).
    let [input_area, preview_area, keys_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    frame.render_widget(&prompt.input, input_area);
    let typed = prompt.input.lines().join(" ");
    let preview = match (&prompt.error, &prompt.asked) {
        (Some(error), _) => Some(Span::styled(one_line(error), THEME.error)),
        (None, Asked::Numerator { task } | Asked::Denominator { task, .. }) => {
            current_task(app, task).and_then(|t| {
                let answer = match &app.screen {
                    Screen::Checklist(s) => s.inspection.record.answer(task).clone(),
                    _ => return None,
                };
                let value = crate::numbers::parse_count(&typed, lang).ok();
                let (n, d) = match prompt.asked {
                    Asked::Numerator { .. } => (value, answer.denominator),
                    Asked::Denominator {
                        numerator: Some(pending),
                        ..
                    } => (Some(pending), value),
                    _ => (answer.numerator, value),
                };
                super::details::preview_rate(n, d, t, lang).map(|p| Span::styled(p, THEME.ok))
            })
        }
        (None, Asked::SignerName { .. }) => Some(Span::styled(
            msg::ui::written_in_the_public_key_file(lang),
            THEME.dim,
        )),
        (None, Asked::NewPassword { .. }) => Some(Span::styled(
            msg::ui::empty_no_password_anyone_at_this(lang),
            THEME.warn,
        )),
        _ => None,
    };
    if let Some(preview) = preview {
        frame.render_widget(
            Paragraph::new(Line::from(preview)).wrap(Wrap { trim: true }),
            preview_area,
        );
    }
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("Enter", THEME.key),
            Span::raw(msg::ui::save(lang)),
            Span::styled("Esc", THEME.key),
            Span::raw(msg::ui::cancel(lang)),
        ])),
        keys_area,
    );
}
