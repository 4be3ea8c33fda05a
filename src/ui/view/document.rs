//! The document form: the fifteen fields of the Decree 30 frame with their values, a hint
//! for the focused one, and the editor of a list or a text over it.

use super::{fit, hint_line, layout, one_line, save_label, status_line};
use crate::lang::Lang;
use crate::messages as msg;
use crate::record::DocField;
use crate::ui::app::App;
use crate::ui::document::{DocumentState, blank_default, multi_line, shown};
use crate::ui::keymap::KeyMap;
use crate::ui::theme::THEME;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

pub fn label(field: DocField, lang: Lang) -> &'static str {
    match field {
        DocField::Parent => msg::common::parent_body(lang),
        DocField::Issuer => msg::common::issuing_body(lang),
        DocField::Number => msg::ui::number_and_symbol(lang),
        DocField::Place => msg::ui::place_name(lang),
        DocField::Date => msg::ui::date_of_the_document(lang),
        DocField::Recipient => msg::ui::addressed_to(lang),
        DocField::Basis => msg::common::legal_basis(lang),
        DocField::Members => msg::common::members_of_the_team(lang),
        DocField::Strengths => msg::common::strengths_found(lang),
        DocField::Shortcomings => msg::common::shortcomings_found(lang),
        DocField::Recommendations => msg::common::recommendations_made(lang),
        DocField::SignerFor => msg::ui::signing_for(lang),
        DocField::SignerPosition => msg::ui::signer_s_position(lang),
        DocField::SignerName => msg::ui::signer_s_name(lang),
        DocField::CopiesTo => msg::common::copies_to_recipients(lang),
    }
}

fn hint(field: DocField, lang: Lang) -> &'static str {
    match field {
        DocField::Parent => msg::ui::the_body_directly_above_the_issuer(lang),
        DocField::Issuer => msg::ui::blank_the_issuer_is_the_unit(lang),
        DocField::Number => msg::ui::leave_blank_for_the_clerk(lang),
        DocField::Place => msg::ui::the_place_of_the_date_line(lang),
        DocField::Date => msg::ui::write_the_date_day_first_or_iso(lang),
        DocField::Recipient => msg::ui::whom_the_document_is_sent_to(lang),
        DocField::Basis => msg::ui::one_basis_document_per_line(lang),
        DocField::Members => msg::ui::one_member_per_line(lang),
        DocField::Strengths => msg::ui::remarks_on_strengths(lang),
        DocField::Shortcomings => msg::ui::remarks_on_shortcomings(lang),
        DocField::Recommendations => msg::ui::one_recommendation_per_line(lang),
        DocField::SignerFor => msg::ui::tm_or_kt_blank_when_the_head_signs(lang),
        DocField::SignerPosition => msg::ui::the_signer_s_position_examples(lang),
        DocField::SignerName => msg::ui::the_signer_s_full_name(lang),
        DocField::CopiesTo => msg::ui::one_copy_recipient_per_line(lang),
    }
}

/// The rows under the fields: a blank one, then the focused field's hint on two.
const HINT_ROWS: u16 = 3;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, form: &DocumentState, keys: &KeyMap) {
    let lang = app.lang;
    let [header, body, status, hints] = layout::frame(area);
    let record = &form.checklist.inspection.record;
    let title = format!(
        "{} · {} · {} · {}",
        msg::common::document_form(lang),
        record.header.unit(),
        record.header.period.label(lang),
        record.header.mode.label(lang),
    );
    frame.render_widget(
        Paragraph::new(Line::styled(
            fit(&title, usize::from(header.width)),
            THEME.title,
        )),
        header,
    );
    let block = Block::bordered()
        .title(msg::ui::document_decree_30_frame(lang))
        .border_style(THEME.border_focus);
    let mut inner = block.inner(body);
    frame.render_widget(block, body);
    if let Some(banner) = read_only_banner(form, lang) {
        let line = Line::styled(fit(banner, usize::from(inner.width)), THEME.banner);
        frame.render_widget(Paragraph::new(line), Rect { height: 1, ..inner });
        inner.y += 1;
        inner.height = inner.height.saturating_sub(1);
    }
    let hint_rows = if inner.height > HINT_ROWS + 4 {
        HINT_ROWS
    } else {
        0
    };
    let fields_area = Rect {
        height: inner.height - hint_rows,
        ..inner
    };
    fields(frame, fields_area, form, lang);
    if hint_rows > 0 {
        let below = Rect::new(
            inner.x + 2,
            fields_area.bottom() + 1,
            inner.width.saturating_sub(2),
            hint_rows - 1,
        );
        let text = Line::styled(format!("ⓘ {}", hint(form.field(), lang)), THEME.dim);
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), below);
    }
    let mut own = vec![save_label(&form.checklist.save, lang)];
    if form.dirty() {
        own.push(Span::styled(msg::ui::typing(lang), THEME.warn));
    }
    status_line(frame, status, app, Line::from(own));
    hint_line(frame, hints, keys, app);
    if form.editor {
        editor(frame, area, form, lang);
    }
}

fn read_only_banner(form: &DocumentState, lang: Lang) -> Option<&'static str> {
    let inspection = &form.checklist.inspection;
    if inspection.held_by.is_some() || !inspection.is_writable() {
        Some(msg::ui::read_only_the_record_is_open(lang))
    } else if inspection.record.finalized {
        Some(msg::ui::read_only_the_record_is_finalized_r_reopens(lang))
    } else {
        None
    }
}

/// One row per field, the focused one kept in view, its error on the row under it.
fn fields(frame: &mut Frame, area: Rect, form: &DocumentState, lang: Lang) {
    if area.height == 0 {
        return;
    }
    let error_rows = u16::from(form.error.is_some());
    let rows = usize::from(area.height.saturating_sub(error_rows).max(1));
    let first = (form.focus + 1).saturating_sub(rows);
    let label_width = DocField::ALL
        .iter()
        .map(|f| label(*f, lang).width())
        .max()
        .unwrap_or(10) as u16
        + 4;
    let label_width = label_width.min(area.width / 2);
    let value_x = area.x + label_width;
    let value_width = area.width.saturating_sub(label_width);
    let mut y = area.y;
    for (i, field) in DocField::ALL.iter().enumerate().skip(first) {
        if y >= area.bottom() {
            break;
        }
        let focused = i == form.focus;
        let style = if focused { THEME.key } else { THEME.heading };
        let marker = if focused { "▶ " } else { "  " };
        let name = fit(
            &format!("{marker}{}", label(*field, lang)),
            usize::from(label_width),
        );
        let name_area = Rect::new(area.x, y, label_width, 1);
        frame.render_widget(Paragraph::new(Line::styled(name, style)), name_area);
        let value_area = Rect::new(value_x, y, value_width, 1);
        if focused && !form.read_only() && !multi_line(*field) {
            let mut input = form.input.clone();
            input.set_cursor_line_style(Style::default());
            if let Some(default) = blank_default(record_of(form), *field, form.today, lang) {
                input.set_placeholder_text(msg::ui::blank_the_document_writes(lang, &default));
                input.set_placeholder_style(THEME.dim);
            }
            frame.render_widget(&input, value_area);
        } else {
            let text = value(form, *field, lang, usize::from(value_width));
            frame.render_widget(Paragraph::new(text), value_area);
        }
        y += 1;
        if let Some(message) = form.error.as_ref().filter(|_| focused)
            && y < area.bottom()
        {
            // Under its field, across the row: the reason is read whole.
            let width = area.width.saturating_sub(2);
            let below = Rect::new(area.x + 2, y, width, 1);
            let error = Span::styled(fit(message, usize::from(width)), THEME.error);
            frame.render_widget(Paragraph::new(error), below);
            y += 1;
        }
    }
}

/// A field's value on its row: a list as its items with their count, a text on one line.
fn value(form: &DocumentState, field: DocField, lang: Lang, width: usize) -> Line<'static> {
    let text = if shows_typing(form, field) {
        form.typed()
    } else {
        shown(form.document(), field, lang)
    };
    if text.trim().is_empty()
        && let Some(default) = blank_default(record_of(form), field, form.today, lang)
    {
        let said = msg::ui::blank_the_document_writes(lang, &default);
        return Line::styled(fit(&said, width), THEME.dim);
    }
    let items: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let joined = if field.is_list() && items.len() > 1 {
        format!("({}) {}", items.len(), items.join(" · "))
    } else {
        items.join(" ")
    };
    Line::raw(fit(&joined, width))
}

fn record_of(form: &DocumentState) -> &crate::record::Record {
    &form.checklist.inspection.record
}

/// Whether the row shows what is typed rather than what the record holds (the focused
/// field, typed and not saved, e.g. refused).
fn shows_typing(form: &DocumentState, field: DocField) -> bool {
    form.field() == field && form.dirty()
}

/// The editor of a list or a text, over the form, as the notes are edited.
fn editor(frame: &mut Frame, area: Rect, form: &DocumentState, lang: Lang) {
    let width = area.width.saturating_sub(6).max(40);
    let height = area.height.saturating_sub(4).max(8);
    let rect = layout::centered(area, width, height);
    layout::clear(frame, rect);
    let field = form.field();
    let name = if field.is_list() {
        msg::ui::field_one_item_per_line(lang, label(field, lang))
    } else {
        format!(" {} ", label(field, lang))
    };
    let state = if form.read_only() {
        Span::styled(msg::ui::read_only_2(lang), THEME.warn)
    } else if form.dirty() {
        Span::styled(msg::ui::typing(lang), THEME.warn)
    } else {
        Span::styled(msg::ui::saved_2(lang), THEME.ok)
    };
    let (keys, does) = if form.read_only() {
        (" Esc", msg::ui::close_2(lang))
    } else {
        (" Esc/Ctrl-S", msg::ui::save_and_close(lang))
    };
    let block = Block::bordered()
        .title(Line::from(vec![Span::raw(name), state]))
        .title_bottom(Line::from(vec![
            Span::styled(keys, THEME.key),
            Span::raw(does),
        ]))
        .border_style(THEME.border_focus);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let text_area = Rect {
        height: inner.height.saturating_sub(1),
        ..inner
    };
    let mut input = form.input.clone();
    if form.read_only() {
        input.set_cursor_style(Style::default());
    }
    frame.render_widget(&input, text_area);
    let last = Rect::new(inner.x, text_area.bottom(), inner.width, 1);
    let line = match &form.error {
        Some(message) => Line::styled(one_line(message), THEME.error),
        None => Line::styled(format!("ⓘ {}", hint(field, lang)), THEME.dim),
    };
    frame.render_widget(Paragraph::new(line), last);
}
