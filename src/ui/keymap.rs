//! The key map: data (`keys.toml`), checked when it is made into the program's table
//! (`keys.rs`), and the source of the help overlay and the hint line.

use super::intent::Intent;
use crate::lang::Lang;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The key map as written. The program holds it as Rust data, `keys.rs`, made from it and
/// checked then: nothing of the map is parsed, checked or allocated at start. A test keeps
/// the two equal: after editing `keys.toml`, run `KIEMTRA_BLESS=1 cargo test --lib keymap`
/// and commit both.
#[cfg(test)]
const DEFAULT: &str = include_str!("keys.toml");

/// Where a binding works.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[cfg_attr(test, serde(rename_all = "lowercase"))]
pub enum Context {
    Global,
    Home,
    Form,
    Checklist,
    Summary,
    /// The document frame of the open record (Decree 30: number, date, signer…).
    Document,
    RollUp,
}

/// A key as the map names it: a code and whether Ctrl is held.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl Key {
    #[cfg(test)]
    fn parse(name: &str) -> Option<Key> {
        let (ctrl, rest) = match name.strip_prefix("ctrl-") {
            Some(rest) => (true, rest),
            None => (false, name),
        };
        let code = match rest {
            "enter" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pageup" => KeyCode::PageUp,
            "pagedown" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "delete" => KeyCode::Delete,
            "backspace" => KeyCode::Backspace,
            "space" => KeyCode::Char(' '),
            single if single.chars().count() == 1 => KeyCode::Char(single.chars().next()?),
            _ => return None,
        };
        Some(Key { code, ctrl })
    }

    /// The key of a terminal event (Shift is part of the character itself).
    pub fn of(event: &KeyEvent) -> Key {
        Key {
            code: event.code,
            ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
        }
    }

    /// How the key is written in help and hints.
    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::Enter => "Enter".to_string(),
            KeyCode::Esc => "Esc".to_string(),
            KeyCode::Tab => "Tab".to_string(),
            KeyCode::BackTab => "Shift-Tab".to_string(),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            KeyCode::Home => "Home".to_string(),
            KeyCode::End => "End".to_string(),
            KeyCode::Delete => "Del".to_string(),
            KeyCode::Backspace => "Backspace".to_string(),
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            other => format!("{other:?}"),
        };
        if self.ctrl {
            format!("Ctrl-{}", name.to_uppercase())
        } else {
            name
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Binding {
    pub on: Context,
    pub keys: &'static [Key],
    pub intent: Intent,
    pub vi: &'static str,
    pub en: &'static str,
    pub hint: bool,
    /// The hint line's shorter text (vi, en), when the description is long.
    pub short: Option<(&'static str, &'static str)>,
}

impl Binding {
    pub fn description(&self, lang: Lang) -> &'static str {
        lang.pick(self.vi, self.en)
    }

    /// The text on the hint line.
    pub fn hint_text(&self, lang: Lang) -> &'static str {
        match self.short {
            Some((vi, en)) => lang.pick(vi, en),
            None => self.description(lang),
        }
    }

    pub fn keys_label(&self) -> String {
        self.keys
            .iter()
            .map(Key::label)
            .collect::<Vec<_>>()
            .join("/")
    }
}

/// What is wrong with a key map as written (found when `keys.rs` is made from it).
#[cfg(test)]
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum KeyMapError {
    #[error("the key map is not valid TOML: {0}")]
    Syntax(String),
    #[error("unknown key `{0}` in the key map")]
    UnknownKey(String),
    #[error("unknown intent `{0}` in the key map")]
    UnknownIntent(String),
    #[error("the key `{key}` is bound twice on `{on:?}`")]
    BoundTwice { key: String, on: Context },
    #[error("a binding of `{0}` has no description in one language")]
    Undescribed(String),
}

#[cfg(test)]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMap {
    bind: Vec<RawBinding>,
}

#[cfg(test)]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBinding {
    on: Context,
    keys: Vec<String>,
    intent: String,
    vi: String,
    en: String,
    #[serde(default)]
    hint: bool,
    /// A shorter text for the hint line, in both languages.
    hint_vi: Option<String>,
    hint_en: Option<String>,
}

#[derive(Debug)]
pub struct KeyMap {
    pub bindings: &'static [Binding],
}

/// The map shipped with the program.
static DEFAULT_MAP: KeyMap = KeyMap {
    bindings: super::keys::BINDINGS,
};

impl KeyMap {
    /// A map as written, checked: every key and intent known, nothing bound twice, every
    /// binding described in both languages. (Its texts are leaked to be `'static` as the
    /// shipped table's are: only tests and the making of `keys.rs` parse a map.)
    #[cfg(test)]
    pub fn parse(text: &str) -> Result<KeyMap, KeyMapError> {
        let raw: RawMap = toml::from_str(text).map_err(|e| KeyMapError::Syntax(e.to_string()))?;
        KeyMap::check(raw)
    }

    #[cfg(test)]
    fn check(raw: RawMap) -> Result<KeyMap, KeyMapError> {
        use std::collections::HashSet;
        fn leak(text: String) -> &'static str {
            Box::leak(text.into_boxed_str())
        }
        let mut bindings = Vec::new();
        let mut bound = HashSet::new();
        for raw in raw.bind {
            let intent = Intent::parse(&raw.intent)
                .ok_or_else(|| KeyMapError::UnknownIntent(raw.intent.clone()))?;
            if raw.vi.trim().is_empty() || raw.en.trim().is_empty() {
                return Err(KeyMapError::Undescribed(raw.intent));
            }
            let short = match (raw.hint_vi, raw.hint_en) {
                (None, None) => None,
                (Some(vi), Some(en)) if !vi.trim().is_empty() && !en.trim().is_empty() => {
                    Some((leak(vi), leak(en)))
                }
                _ => return Err(KeyMapError::Undescribed(raw.intent)),
            };
            let keys = raw
                .keys
                .iter()
                .map(|k| Key::parse(k).ok_or_else(|| KeyMapError::UnknownKey(k.clone())))
                .collect::<Result<Vec<_>, _>>()?;
            for (key, name) in keys.iter().zip(&raw.keys) {
                if !bound.insert((raw.on, *key)) {
                    return Err(KeyMapError::BoundTwice {
                        key: name.clone(),
                        on: raw.on,
                    });
                }
            }
            bindings.push(Binding {
                on: raw.on,
                keys: Box::leak(keys.into_boxed_slice()),
                intent,
                vi: leak(raw.vi),
                en: leak(raw.en),
                hint: raw.hint,
                short,
            });
        }
        for (on, key) in &bound {
            if *on != Context::Global && bound.contains(&(Context::Global, *key)) {
                return Err(KeyMapError::BoundTwice {
                    key: key.label(),
                    on: *on,
                });
            }
        }
        Ok(KeyMap {
            bindings: Box::leak(bindings.into_boxed_slice()),
        })
    }

    /// The map shipped with the program.
    pub fn default_map() -> &'static KeyMap {
        &DEFAULT_MAP
    }

    /// The binding of a key among a screen's own.
    fn own(&self, on: Context, key: Key) -> Option<&Binding> {
        self.bindings
            .iter()
            .find(|b| b.on == on && b.keys.contains(&key))
    }

    /// The intent of a key on a screen (the screen's own bindings, then the global ones).
    pub fn intent(&self, on: Context, event: &KeyEvent) -> Option<Intent> {
        let key = Key::of(event);
        self.own(on, key)
            .or_else(|| self.own(Context::Global, key))
            .map(|b| b.intent)
    }

    /// The intent of a key among a screen's own bindings only (while text is typed,
    /// global letters such as `L` or `?` are text).
    pub fn own_intent(&self, on: Context, event: &KeyEvent) -> Option<Intent> {
        self.own(on, Key::of(event)).map(|b| b.intent)
    }

    /// The bindings that work on a screen: its own, then the global ones.
    pub fn for_context(&self, on: Context) -> impl Iterator<Item = &Binding> {
        let own = self.bindings.iter().filter(move |b| b.on == on);
        own.chain(self.bindings.iter().filter(|b| b.on == Context::Global))
    }

    /// "Enter mở · n bản đánh giá mới · …" for the hint line. On a record that cannot be
    /// changed, the keys that would change it are left out.
    pub fn hints(&self, on: Context, lang: Lang, read_only: bool) -> Vec<(String, String)> {
        let global = self.bindings.iter().filter(|b| b.on == Context::Global);
        global
            .chain(self.bindings.iter().filter(|b| b.on == on))
            .filter(|b| b.hint && !(read_only && b.intent.changes_record(on)))
            .map(|b| (b.keys[0].label(), b.hint_text(lang).to_string()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `keys.rs` as made from a checked map.
    fn table(map: &KeyMap) -> String {
        let intent = |intent: Intent| match intent {
            Intent::SetStatus(status) => format!("Intent::SetStatus(Status::{status:?})"),
            other => format!("Intent::{other:?}"),
        };
        let mut out = String::from(
            "//! The key map of `keys.toml` as the program holds it, made from it (and checked) by\n\
             //! `KIEMTRA_BLESS=1 cargo test --lib keymap`. Not to be edited: edit `keys.toml`.\n\n\
             use super::intent::Intent;\n\
             use super::keymap::{Binding, Context, Key};\n\
             use crate::record::Status;\n\
             use crossterm::event::KeyCode;\n\n\
             #[rustfmt::skip]\n\
             pub(super) static BINDINGS: &[Binding] = &[\n",
        );
        for b in map.bindings {
            let keys: Vec<String> = b
                .keys
                .iter()
                .map(|k| format!("Key {{ code: KeyCode::{:?}, ctrl: {} }}", k.code, k.ctrl))
                .collect();
            let short = match b.short {
                Some((vi, en)) => format!("Some(({vi:?}, {en:?}))"),
                None => "None".to_string(),
            };
            out += &format!(
                "    Binding {{ on: Context::{:?}, keys: &[{}], intent: {}, vi: {:?}, en: {:?}, hint: {}, short: {short} }},\n",
                b.on,
                keys.join(", "),
                intent(b.intent),
                b.vi,
                b.en,
                b.hint,
            );
        }
        out + "];\n"
    }

    #[test]
    fn the_shipped_table_is_the_key_map_toml_checked() {
        let from_toml = KeyMap::parse(DEFAULT).expect("keys.toml is a valid key map");
        let made = table(&from_toml);
        if std::env::var_os("KIEMTRA_BLESS").is_some() {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui/keys.rs");
            std::fs::write(path, &made).expect("write keys.rs");
            return;
        }
        assert!(
            made == include_str!("keys.rs"),
            "src/ui/keys.rs is out of date; run `KIEMTRA_BLESS=1 cargo test --lib keymap`"
        );
        assert_eq!(from_toml.bindings, KeyMap::default_map().bindings);
    }

    #[test]
    fn the_default_map_is_valid_and_described_in_both_languages() {
        let map = KeyMap::default_map();
        assert!(
            map.bindings
                .iter()
                .all(|b| !b.vi.is_empty() && !b.en.is_empty())
        );
        let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(map.intent(Context::Checklist, &q), Some(Intent::Back));
        assert_eq!(map.intent(Context::Home, &q), Some(Intent::Quit));
        let help = KeyEvent::new(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(map.intent(Context::Summary, &help), Some(Intent::Help));
    }

    #[test]
    fn a_read_only_record_hints_no_key_that_would_change_it() {
        let map = KeyMap::default_map();
        let keys = |read_only| -> Vec<String> {
            map.hints(Context::Checklist, Lang::En, read_only)
                .into_iter()
                .map(|(key, _)| key)
                .collect()
        };
        let writable = keys(false);
        let read_only = keys(true);
        for key in ["Enter", "Space", "e"] {
            assert!(writable.contains(&key.to_string()), "{key} in {writable:?}");
            assert!(
                !read_only.contains(&key.to_string()),
                "{key} in {read_only:?}"
            );
        }
        for key in ["?", "n", "s", "q"] {
            assert!(
                read_only.contains(&key.to_string()),
                "{key} in {read_only:?}"
            );
        }
        // Short hint texts stand in for long descriptions.
        let hints = map.hints(Context::Checklist, Lang::Vi, false);
        assert!(hints.contains(&("Enter".into(), "sửa".into())));
    }

    #[test]
    fn a_short_hint_in_one_language_only_is_an_error() {
        let text = "[[bind]]\non = \"home\"\nkeys = [\"x\"]\nintent = \"new\"\nvi = \"mới\"\nen = \"new\"\nhint = true\nhint_vi = \"mới\"\n";
        assert!(matches!(
            KeyMap::parse(text),
            Err(KeyMapError::Undescribed(_))
        ));
    }

    #[test]
    fn a_key_bound_twice_is_an_error() {
        let text = r#"
            [[bind]]
            on = "home"
            keys = ["q"]
            intent = "quit"
            vi = "thoát"
            en = "quit"
            [[bind]]
            on = "home"
            keys = ["j", "q"]
            intent = "down"
            vi = "xuống"
            en = "down"
        "#;
        assert_eq!(
            KeyMap::parse(text).unwrap_err(),
            KeyMapError::BoundTwice {
                key: "q".into(),
                on: Context::Home
            }
        );
    }

    #[test]
    fn a_screen_key_may_not_shadow_a_global_one() {
        let text = r#"
            [[bind]]
            on = "global"
            keys = ["?"]
            intent = "help"
            vi = "trợ giúp"
            en = "help"
            [[bind]]
            on = "checklist"
            keys = ["?"]
            intent = "search"
            vi = "tìm"
            en = "search"
        "#;
        assert!(matches!(
            KeyMap::parse(text),
            Err(KeyMapError::BoundTwice { .. })
        ));
    }

    #[test]
    fn a_binding_needs_both_languages() {
        let text = r#"
            [[bind]]
            on = "home"
            keys = ["q"]
            intent = "quit"
            vi = ""
            en = "quit"
        "#;
        assert_eq!(
            KeyMap::parse(text).unwrap_err(),
            KeyMapError::Undescribed("quit".into())
        );
    }
}
