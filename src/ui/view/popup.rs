//! Popups over the screen: help, confirmations, prompts, the notes editor.

use super::{layout, one_line};
use crate::lang::Lang;
use crate::record::AuditEntry;
use crate::ui::app::{App, Confirm, NotesEditor, Popup};
use crate::ui::keymap::KeyMap;
use crate::ui::theme::THEME;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, popup: &Popup, keys: &KeyMap) {
    match popup {
        Popup::Help { scroll } => help(frame, area, app, keys, *scroll),
        Popup::Confirm(confirm) => self::confirm(frame, area, app.lang, confirm),
        Popup::Prompt(prompt) => super::prompt::draw(frame, area, app, prompt),
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
