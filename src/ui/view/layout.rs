//! Where things go on the screen: one function per screen, used by drawing and by the mouse.

use ratatui::layout::Rect;

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
    let [header, body, status, hints] = frame(area);
    // 45% for the list, the rest for the details.
    let list_width = (u32::from(body.width) * 45 / 100) as u16;
    let list = Rect {
        width: list_width,
        ..body
    };
    let details = Rect {
        x: body.x + list_width,
        width: body.width - list_width,
        ..body
    };
    ChecklistAreas {
        header,
        list,
        details,
        status,
        hints,
    }
}

/// Header, body, status line and hint line: the frame every screen shares. Plain arithmetic
/// rather than a `Layout`: this is on the path to the first frame, and the split is fixed.
pub fn frame(area: Rect) -> [Rect; 4] {
    let line = |y: u16| Rect {
        y,
        height: u16::from(area.height > y - area.y),
        ..area
    };
    let body_height = area.height.saturating_sub(3);
    let header = line(area.y);
    let body = Rect {
        y: area.y + header.height,
        height: body_height,
        ..area
    };
    let status = line(body.bottom());
    let hints = line(status.bottom());
    [header, body, status, hints]
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

/// Clears `rect` for a popup, and the halves of any wide character (an emoji, a CJK name)
/// that its edges cut: left standing, such a half shows as a stray character beside the
/// popup's border.
pub fn clear(frame: &mut ratatui::Frame, rect: Rect) {
    use unicode_width::UnicodeWidthStr;
    let bounds = frame.area().intersection(rect);
    let area = frame.area();
    let buffer = frame.buffer_mut();
    let wide =
        |buffer: &ratatui::buffer::Buffer, x: u16, y: u16| buffer[(x, y)].symbol().width() > 1;
    for y in bounds.top()..bounds.bottom() {
        let cut_left = bounds.left() > area.left() && wide(buffer, bounds.left() - 1, y);
        let cut_right = bounds.right() < area.right()
            && bounds.right() > bounds.left()
            && wide(buffer, bounds.right() - 1, y);
        if cut_left {
            buffer[(bounds.left() - 1, y)].reset();
        }
        if cut_right {
            buffer[(bounds.right(), y)].reset();
        }
    }
    frame.render_widget(ratatui::widgets::Clear, rect);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_popup_over_wide_characters_leaves_no_half_of_one_beside_it() {
        use ratatui::Terminal;
        use ratatui::backend::TestBackend;
        let mut terminal = Terminal::new(TestBackend::new(20, 3)).unwrap();
        terminal
            .draw(|frame| {
                let line = "🔒".repeat(10);
                frame.render_widget(
                    ratatui::widgets::Paragraph::new(vec![line.clone().into(); 3]),
                    frame.area(),
                );
                // Odd edges: the lock at 2–3 is cut by the left edge at 3, the one at 10–11
                // by the right edge at 11.
                clear(frame, Rect::new(3, 0, 8, 3));
            })
            .unwrap();
        let buffer = terminal.backend().buffer();
        for y in 0..3 {
            assert_eq!(buffer[(2, y)].symbol(), " ", "row {y}");
            assert_eq!(buffer[(11, y)].symbol(), " ", "row {y}");
            assert_eq!(
                buffer[(0, y)].symbol(),
                "🔒",
                "what the popup does not cut stays"
            );
            assert_eq!(buffer[(12, y)].symbol(), "🔒");
        }
    }

    #[test]
    fn the_frame_splits_into_header_body_status_and_hints() {
        let [header, body, status, hints] = frame(Rect::new(0, 0, 80, 24));
        assert_eq!(header, Rect::new(0, 0, 80, 1));
        assert_eq!(body, Rect::new(0, 1, 80, 21));
        assert_eq!(status, Rect::new(0, 22, 80, 1));
        assert_eq!(hints, Rect::new(0, 23, 80, 1));
        let areas = checklist(Rect::new(0, 0, 120, 40));
        assert_eq!(areas.list, Rect::new(0, 1, 54, 37));
        assert_eq!(areas.details, Rect::new(54, 1, 66, 37));
    }

    #[test]
    fn a_tiny_area_gives_empty_rectangles_not_a_panic() {
        for height in 0..4 {
            let rows = frame(Rect::new(0, 0, 10, height));
            assert!(rows.iter().all(|r| r.bottom() <= height));
            let _ = checklist(Rect::new(0, 0, 1, height));
        }
    }
}
