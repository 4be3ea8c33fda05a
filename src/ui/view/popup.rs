//! Popups over the screen: help, confirmations, prompts, the notes editor.

use super::{layout, one_line};
use crate::lang::Lang;
use crate::record::AuditEntry;
use crate::ui::app::{App, Asked, Confirm, NotesEditor, Popup, Prompt, Screen};
use crate::ui::keymap::KeyMap;
use crate::ui::theme::THEME;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, popup: &Popup, keys: &KeyMap) {
    match popup {
        Popup::Help { scroll } => help(frame, area, app, keys, *scroll),
        Popup::Confirm(confirm) => self::confirm(frame, area, app.lang, confirm),
        Popup::Prompt(prompt) => self::prompt(frame, area, app, prompt),
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
    text.push(Line::styled(
        lang.pick("Phím bất kỳ để đóng.", "Any key closes."),
        THEME.dim,
    ));
    // As tall as its wrapped rows, so that nothing is cut below a border drawn too soon.
    let (rows, _) = super::wrap::wrap(text, width.saturating_sub(2));
    let height = (rows.len() as u16 + 2).min(area.height);
    let rect = layout::centered(area, width, height);
    layout::clear(frame, rect);
    let title = lang.pick(" Đã xuất và ký ", " Exported and signed ");
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
        lang.pick(
            "Chuột: bấm để chọn, cuộn để di chuyển. Phím bất kỳ để đóng.",
            "Mouse: click to select, wheel to move. Any key closes.",
        ),
        THEME.dim,
    ));
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = layout::centered(area, 64, height);
    layout::clear(frame, rect);
    let block = Block::bordered()
        .title(lang.pick(" Phím tắt (↑↓ cuộn) ", " Keys (↑↓ scroll) "))
        .border_style(THEME.border_focus);
    frame.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), rect);
}

fn confirm(frame: &mut Frame, area: Rect, lang: Lang, confirm: &Confirm) {
    let mut open = Vec::new();
    let question = match confirm {
        Confirm::QuitUnsaved { why, lost, quit } => {
            return quit_unsaved(frame, area, lang, why, lost, *quit);
        }
        Confirm::DeleteRecord { what, .. } => lang.pick(
            format!("Xóa bản đánh giá {}? Bản đánh giá được chuyển vào thùng rác và khôi phục được bằng phím u.", one_line(what)),
            format!("Delete the record {}? It moves to the trash and u brings it back.", one_line(what)),
        ),
        Confirm::Finalize { outstanding } if !outstanding.is_empty() => {
            open = outstanding.lines(lang);
            lang.pick(
                "Bản đánh giá còn việc chưa xong. Vẫn chốt? Sau khi chốt, bản đánh giá chỉ đọc; mở lại phải ghi lý do.".to_string(),
                "The record still has open points. Finalize anyway? It becomes read-only; reopening needs a reason.".to_string(),
            )
        }
        Confirm::Finalize { .. } => lang.pick(
            "Chốt bản đánh giá? Sau khi chốt, bản đánh giá chỉ đọc; mở lại phải ghi lý do và được ghi vào nhật ký.".to_string(),
            "Finalize the record? It becomes read-only; reopening needs a reason and is audited.".to_string(),
        ),
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
        Span::raw(lang.pick(" đồng ý   ", " yes   ")),
        Span::styled("n/Esc", THEME.key),
        Span::raw(lang.pick(" hủy", " cancel")),
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
        .title(lang.pick(" Xác nhận ", " Confirm "))
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
        Line::raw(lang.pick(
            format!("Thay đổi gần nhất chưa lưu được: {}.", one_line(why)),
            format!("The last changes could not be saved: {}.", one_line(why)),
        )),
        Line::raw(""),
        Line::raw(match quit {
            true => lang.pick(
                format!("Thoát bây giờ sẽ mất {n} thay đổi chỉ còn trong bộ nhớ:"),
                format!("Quitting now loses {n} change(s) kept only in memory:"),
            ),
            false => lang.pick(
                format!("Về trang đầu bây giờ sẽ mất {n} thay đổi chỉ còn trong bộ nhớ:"),
                format!("Going back home now loses {n} change(s) kept only in memory:"),
            ),
        }),
    ];
    for (task, fields) in tasks.iter().take(LOST_SHOWN) {
        let task = match *task {
            "" => lang.pick("bản đánh giá", "the record").to_string(),
            task => one_line(task),
        };
        text.push(Line::raw(format!("  • {task}: {}", fields.join(", "))));
    }
    if tasks.len() > LOST_SHOWN {
        let more = tasks.len() - LOST_SHOWN;
        text.push(Line::raw(lang.pick(
            format!("  … và {more} tiêu chí khác"),
            format!("  … and {more} more task(s)"),
        )));
    }
    text.extend([
        Line::raw(""),
        Line::styled(
            lang.pick(
                "kiemtra vẫn thử lưu lại mỗi giây: giải phóng ổ đĩa (hoặc cho phép ghi) là các thay đổi được lưu.",
                "Saving is retried every second: free the disk (or make it writable) and they are saved.",
            ),
            THEME.dim,
        ),
        Line::raw(""),
        Line::from(vec![
            Span::styled("y", THEME.key),
            Span::raw(match quit {
                true => lang.pick(" thoát và bỏ các thay đổi   ", " quit and lose them   "),
                false => lang.pick(" về và bỏ các thay đổi   ", " leave and lose them   "),
            }),
            Span::styled(lang.pick("phím khác", "any other key"), THEME.key),
            Span::raw(lang.pick(" ở lại", " stay")),
        ]),
    ]);
    let width = area.width.saturating_sub(4).min(72);
    let (rows, _) = super::wrap::wrap(text, width.saturating_sub(2));
    let rect = layout::centered(area, width, rows.len() as u16 + 2);
    layout::clear(frame, rect);
    let block = Block::bordered()
        .title(lang.pick(" Chưa lưu ", " Not saved "))
        .border_style(THEME.error);
    frame.render_widget(Paragraph::new(rows).block(block), rect);
}

/// A field of the audit trail, as the user knows it.
fn field_name(field: &str, lang: Lang) -> &'static str {
    match field {
        "status" => lang.pick("trạng thái", "status"),
        "na_reason" => lang.pick("lý do không áp dụng", "why not applicable"),
        "numerator" => lang.pick("tử số", "numerator"),
        "denominator" => lang.pick("mẫu số", "denominator"),
        "count" => lang.pick("số lượng", "count"),
        "points" => lang.pick("điểm", "points"),
        "points_reason" => lang.pick("lý do cho điểm", "points reason"),
        "notes" => lang.pick("ghi chú minh chứng", "evidence notes"),
        "evidence" => lang.pick("tệp minh chứng", "evidence files"),
        "finalized" => lang.pick("chốt hoặc mở lại", "finalized or reopened"),
        _ => lang.pick("thông tin bản đánh giá", "record details"),
    }
}

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
            "Xuất và ký (Markdown, JSON, CSV, HTML) vào thư mục".into(),
            "Export and sign (Markdown, JSON, CSV, HTML) into the folder".into(),
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

fn prompt(frame: &mut Frame, area: Rect, app: &App, prompt: &Prompt) {
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

fn notes(frame: &mut Frame, area: Rect, lang: Lang, editor: &NotesEditor) {
    let width = area.width.saturating_sub(6).max(40);
    let height = area.height.saturating_sub(4).max(8);
    let rect = layout::centered(area, width, height);
    layout::clear(frame, rect);
    let saved = editor.input.lines().join("\n") == editor.saved_text;
    let state = if saved {
        Span::styled(lang.pick(" ✓ đã lưu ", " ✓ saved "), THEME.ok)
    } else {
        Span::styled(lang.pick(" đang gõ… ", " typing… "), THEME.warn)
    };
    let block = Block::bordered()
        .title(Line::from(vec![
            Span::raw(match editor.explanation {
                true => lang.pick(
                    format!(" Giải trình — {} ", editor.task),
                    format!(" Explanation — {} ", editor.task),
                ),
                false => lang.pick(
                    format!(" Ghi chú minh chứng — {} ", editor.task),
                    format!(" Evidence notes — {} ", editor.task),
                ),
            }),
            state,
        ]))
        .title_bottom(Line::from(vec![
            Span::styled(" Esc/Ctrl-S", THEME.key),
            Span::raw(lang.pick(" lưu và đóng ", " save and close ")),
        ]))
        .border_style(THEME.border_focus);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    frame.render_widget(&editor.input, inner);
}
