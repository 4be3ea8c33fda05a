//! Where things go on the screen: one function per screen, used by drawing and by the mouse.

use ratatui::layout::{Constraint, Layout, Rect};

/// The smallest terminal the layouts fit in.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChecklistAreas {
    pub header: Rect,
    pub list: Rect,
    pub details: Rect,
    pub status: Rect,
    pub hints: Rect,
}

impl ChecklistAreas {
    /// The list without its border.
    pub fn list_inner(&self) -> Rect {
        self.list.inner(ratatui::layout::Margin::new(1, 1))
    }

    pub fn list_rows(&self) -> usize {
        usize::from(self.list_inner().height)
    }
}

pub fn checklist(area: Rect) -> ChecklistAreas {
    let [header, body, status, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let [list, details] =
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(body);
    ChecklistAreas {
        header,
        list,
        details,
        status,
        hints,
    }
}

/// Header, body, status line and hint line: the frame every screen shares.
pub fn frame(area: Rect) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area)
}

/// A rectangle of `width`×`height` (capped to `area`) in the middle of `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}
