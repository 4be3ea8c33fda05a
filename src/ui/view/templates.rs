//! The home screen's list of checklists to start from: a title column cut to one width so
//! the details line up, and the selected checklist's title whole, wrapped, when its row cuts
//! it (the words that tell two editions apart are often at its end).

use super::{fit, one_line};
use crate::lang::Lang;
use crate::messages as msg;
use crate::template::{Broken, Origin, TemplateEntry};
use crate::ui::app::{App, HomeState};
use crate::ui::theme::THEME;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem};
use std::path::Path;
use unicode_width::UnicodeWidthStr;

/// The columns of the list inside a block `width` wide.
struct Columns {
    width: usize,
    /// Whether the details give the count of tasks and the points, not only the id.
    long: bool,
    title_width: usize,
}

fn about(e: &TemplateEntry, long: bool, app: &App) -> String {
    let lang = app.lang;
    let t = &e.template;
    let mut about = if long {
        format!(
            "  {}@{} · {} {} · {} {}",
            t.id,
            t.version,
            crate::numbers::count(t.answerable().count(), lang),
            msg::common::tasks(lang),
            t.total_points().shown(lang),
            msg::common::points(lang)
        )
    } else {
        format!("  {}@{}", t.id, t.version)
    };
    // A checklist of the user's own says which file it is; the bundled ones say nothing.
    if let Origin::User(path) = &e.origin {
        about.push_str(" · ");
        about.push_str(&file_name(path));
    }
    about
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// `⚠ thanhhoa.toml: 2 lỗi — dòng 14: …`: why a checklist of the user's is not offered.
fn broken_line(broken: &Broken, lang: Lang) -> String {
    let file = file_name(&broken.path);
    let count = broken.diagnostics.len();
    let Some(first) = broken.diagnostics.first() else {
        return format!("⚠ {file}");
    };
    let message = first.problem.message(lang);
    let line = first.position.line;
    if broken.source.is_empty() {
        // Not read at all: there is no line to name.
        return format!("⚠ {file}: {message}");
    }
    msg::ui::file_count_error_s_line_message(lang, &file, count, line, &message)
}

fn columns(app: &App, block_width: u16) -> Columns {
    let width = usize::from(block_width.saturating_sub(2));
    // One width for every title, so the details line up; the details shrink first.
    let widest = |long| {
        app.catalog
            .entries()
            .iter()
            .map(|e| about(e, long, app).width())
            .max()
            .unwrap_or(0)
    };
    let long = width.saturating_sub(widest(true)) >= 24;
    Columns {
        width,
        long,
        title_width: width.saturating_sub(widest(long)),
    }
}

/// The selected checklist's title, wrapped, when its row would cut it.
fn whole_title(app: &App, state: &HomeState, columns: &Columns) -> Option<Vec<Line<'static>>> {
    let entries = app.catalog.entries();
    let title = one_line(
        entries
            .get(state.template_selected)?
            .template
            .title
            .get(app.lang),
    );
    (title.width() > columns.title_width)
        .then(|| super::wrap::wrap(vec![Line::raw(title)], columns.width as u16).0)
}

/// How many rows the selected checklist takes: 1, or its wrapped title and its details.
pub fn selected_rows(app: &App, state: &HomeState, block_width: u16) -> u16 {
    let columns = columns(app, block_width);
    whole_title(app, state, &columns).map_or(1, |lines| lines.len() as u16 + 1)
}

pub fn list(app: &App, state: &HomeState, block_width: u16) -> List<'static> {
    let columns = columns(app, block_width);
    let (width, long, title_width) = (columns.width, columns.long, columns.title_width);
    let whole = whole_title(app, state, &columns);
    let mut items: Vec<ListItem> = app
        .catalog
        .entries()
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let t = &e.template;
            if let (true, Some(lines)) = (i == state.template_selected, &whole) {
                let mut lines = lines.clone();
                let details = about(e, long, app).trim_start().to_string();
                lines.push(Line::styled(details, THEME.dim));
                return ListItem::new(lines);
            }
            let title = fit(t.title.get(app.lang), title_width);
            ListItem::new(Line::from(vec![
                Span::raw(format!("{title:<title_width$}")),
                Span::styled(fit(&about(e, long, app), width), THEME.dim),
            ]))
        })
        .collect();
    // After the ones that can be started from, never selectable: the user's checklists that
    // cannot be read, with the first of `validate`'s problems.
    items.extend(app.catalog.broken().iter().map(|b| {
        ListItem::new(Line::styled(
            fit(&broken_line(b, app.lang), width),
            THEME.warn,
        ))
    }));
    List::new(items)
}
