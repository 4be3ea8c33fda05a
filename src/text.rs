//! Which characters of user text are never passed on raw: to a terminal, a trusted comment,
//! or a document. Every output escapes or replaces these in its own way; header fields refuse
//! them at entry (see `record::Header::check_text`).

/// A character that can drive a terminal or change how a line reads: control characters
/// (C0 and C1, so line breaks, tabs and the escape that starts every terminal sequence), the
/// Unicode line and paragraph separators, and the bidirectional embedding, override and
/// isolate controls (which make text display in another order than it is stored).
pub fn is_unprintable(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// What kind of unprintable character `c` is, to say so in a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unprintable {
    LineBreak,
    Tab,
    Control(char),
    Direction(char),
}

impl Unprintable {
    pub fn of(c: char) -> Option<Unprintable> {
        if !is_unprintable(c) {
            return None;
        }
        Some(match c {
            '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{b}' | '\u{c}' => {
                Unprintable::LineBreak
            }
            '\t' => Unprintable::Tab,
            c if c.is_control() => Unprintable::Control(c),
            c => Unprintable::Direction(c),
        })
    }
}

/// Text for a terminal: line breaks kept (a `\r\n` becomes `\n`), tabs kept, every other
/// unprintable character replaced by `�`, so an escape sequence shows as text.
pub fn terminal_lines(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\n' | '\t' => c,
            c if is_unprintable(c) => '\u{fffd}',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls_and_direction_marks_are_unprintable() {
        for c in [
            '\n', '\r', '\t', '\u{1b}', '\u{7}', '\u{9b}', '\u{85}', '\u{202e}', '\u{2066}',
        ] {
            assert!(is_unprintable(c), "{:?}", c);
        }
        for c in ['a', 'ằ', 'Đ', ' ', '\u{a0}', '€', '“'] {
            assert!(!is_unprintable(c), "{:?}", c);
        }
        assert_eq!(
            terminal_lines("a\r\nb\u{1b}[2J\u{202e}c"),
            "a\nb\u{fffd}[2J\u{fffd}c"
        );
        assert_eq!(Unprintable::of('\r'), Some(Unprintable::LineBreak));
        assert_eq!(
            Unprintable::of('\u{1b}'),
            Some(Unprintable::Control('\u{1b}'))
        );
        assert_eq!(
            Unprintable::of('\u{202e}'),
            Some(Unprintable::Direction('\u{202e}'))
        );
        assert_eq!(Unprintable::of('x'), None);
    }
}
