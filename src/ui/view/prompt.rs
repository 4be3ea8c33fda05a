//! The one-line prompt: what is asked (its title), the line typed, a live preview or the
//! error, and its keys.

use super::{layout, one_line};
use crate::lang::Lang;
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
        Asked::NaReason { task } => lang.pick(
            format!("Lý do không áp dụng — {task}"),
            format!("Why {task} does not apply"),
        ),
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
        Asked::Count { task } => lang.pick(format!("Số lượng — {task}"), format!("Count — {task}")),
        Asked::Survey { task } => lang.pick(
            format!("Kết quả điều tra — {task}"),
            format!("Survey result — {task}"),
        ),
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
                Some(own) => lang.pick(
                    format!("Điểm thẩm định cho {task} (0–{max}; tự chấm {own})"),
                    format!("Appraised points for {task} (0–{max}; self-score {own})"),
                ),
                None => lang.pick(
                    format!("Điểm cho {task} (0–{max}; để trống: theo quy tắc)"),
                    format!("Points for {task} (0–{max}; empty: by the rule)"),
                ),
            }
        }
        Asked::PointsReason { task, points } => {
            // Kept in the machine form while asked; shown in the user's.
            let points = points
                .parse()
                .ok()
                .and_then(crate::points::Points::from_decimal)
                .map_or_else(|| points.clone(), |p| p.shown(lang));
            lang.pick(
                format!("Lý do cho {points} điểm — {task}"),
                format!("Why {points} points — {task}"),
            )
        }
        Asked::AddEvidence { task } => lang.pick(
            format!("Đường dẫn tệp minh chứng — {task}"),
            format!("Evidence file path — {task}"),
        ),
        Asked::ReopenReason => lang.pick(
            "Lý do mở lại bản đánh giá".into(),
            "Why reopen the record".into(),
        ),
        Asked::Search => lang.pick(
            "Tìm theo mã hoặc tên tiêu chí".into(),
            "Search task ids and titles".into(),
        ),
        Asked::RollUpFolder => lang.pick(
            "Thư mục các bản tổng hợp (.json và .json.minisig)".into(),
            "Folder of the summaries (.json and .json.minisig)".into(),
        ),
        Asked::RollUpTrusted { .. } => lang.pick(
            "Thư mục khóa tin cậy (*.pub); để trống: các khóa bạn tin và khóa của bạn".into(),
            "Folder of trusted keys (*.pub); empty: the keys you trust and your own".into(),
        ),
        Asked::RollUpCompare { .. } => lang.pick(
            "Thư mục kết quả kỳ trước để so sánh; để trống: không so sánh".into(),
            "Folder of an earlier period to compare with; empty: none".into(),
        ),
        Asked::ExportFolder => lang.pick(
            "Xuất và ký (Markdown, JSON, CSV, HTML, XLSX, PDF) vào thư mục".into(),
            "Export and sign (Markdown, JSON, CSV, HTML, XLSX, PDF) into the folder".into(),
        ),
        Asked::ExportPassword { .. } => {
            lang.pick("Mật khẩu khóa ký".into(), "Signing key password".into())
        }
        Asked::SignerName { .. } => lang.pick(
            "Chưa có khóa ký — tạo ngay. Người hoặc cơ quan ký".into(),
            "No signing key yet — make one now. Who signs".into(),
        ),
        Asked::NewPassword { .. } => lang.pick(
            "Mật khẩu cho khóa ký mới".into(),
            "Password for the new signing key".into(),
        ),
        Asked::NewPasswordAgain { .. } => {
            lang.pick("Nhập lại mật khẩu".into(), "The password again".into())
        }
        Asked::AppraiseFile => lang.pick(
            "Tệp .json có chữ ký: bản tự đánh giá (để thẩm định) hoặc bản thẩm định (để giải trình)".into(),
            "Signed .json file: a self-assessment (to appraise) or an appraisal (to explain)".into(),
        ),
        Asked::AppraisePerson { .. } => lang.pick(
            "Người thẩm định, hoặc người giải trình".into(),
            "The appraiser, or who explains".into(),
        ),
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
            let shown = |p: Option<crate::points::Points>| p.map(|p| p.shown(lang)).unwrap_or_default();
            let (max, appraised) = (shown(max), shown(appraised));
            lang.pick(
                format!("Điểm chốt cho {task} (0–{max}; thẩm định {appraised})"),
                format!("Final score for {task} (0–{max}; appraised {appraised})"),
            )
        }
        Asked::FinalReason { task, points } => {
            let points = points
                .parse()
                .ok()
                .and_then(crate::points::Points::from_decimal)
                .map_or_else(|| points.clone(), |p| p.shown(lang));
            lang.pick(
                format!("Lý do điểm chốt {points} khác điểm thẩm định — {task}"),
                format!("Why a final score of {points}, not the appraised one — {task}"),
            )
        }
        Asked::AppraiseAgency { .. } => lang.pick(
            "Thẩm định — cơ quan thẩm định (Sở Nội vụ tỉnh …)".into(),
            "Appraise — the appraising agency (Sở Nội vụ tỉnh …)".into(),
        ),
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
            lang.pick(
                "Ghi trong tệp khóa công khai: nơi nhận thấy tên này khi kiểm tra chữ ký.",
                "Written in the public key file: receivers see this name when they check a signature.",
            ),
            THEME.dim,
        )),
        (None, Asked::NewPassword { .. }) => Some(Span::styled(
            lang.pick(
                "Để trống: không mật khẩu — ai dùng máy này cũng ký thay bạn được.",
                "Empty: no password — anyone at this computer can sign as you.",
            ),
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
            Span::raw(lang.pick(" lưu   ", " save   ")),
            Span::styled("Esc", THEME.key),
            Span::raw(lang.pick(" hủy", " cancel")),
        ])),
        keys_area,
    );
}
