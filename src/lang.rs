//! The two languages of the product and bilingual text.

use serde::{Deserialize, Serialize};

/// A language every user-visible string exists in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// The language a locale name asks for: `vi_VN.UTF-8` → Vietnamese, anything else → English.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("vi") {
            Lang::Vi
        } else {
            Lang::En
        }
    }

    /// The language of the environment (`LC_ALL`, `LC_MESSAGES`, then `LANG`), if any is set.
    pub fn from_env() -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .map(|value| Lang::from_locale(&value))
    }

    /// Chooses between the Vietnamese and the English form of something.
    pub fn pick<T>(self, vi: T, en: T) -> T {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }

    pub fn other(self) -> Lang {
        self.pick(Lang::En, Lang::Vi)
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A user-visible string fixed in the program, in both languages.
#[derive(Clone, Copy, Debug)]
pub struct Tr {
    pub vi: &'static str,
    pub en: &'static str,
}

impl Tr {
    pub const fn new(vi: &'static str, en: &'static str) -> Tr {
        Tr { vi, en }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        lang.pick(self.vi, self.en)
    }
}

/// Text written by a person (in a checklist), in one or both languages.
/// A missing language falls back to the other one, never to blank.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub vi: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
}

impl Text {
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            vi: vi.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        let (first, second) = lang.pick((&self.vi, &self.en), (&self.en, &self.vi));
        if first.trim().is_empty() {
            second
        } else {
            first
        }
    }

    pub fn is_blank(&self) -> bool {
        self.vi.trim().is_empty() && self.en.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_choose_the_language() {
        assert_eq!(Lang::from_locale("vi_VN.UTF-8"), Lang::Vi);
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("C.UTF-8"), Lang::En);
    }

    #[test]
    fn missing_translation_falls_back_to_the_other_language() {
        let only_vi = Text::new("Kế hoạch", "");
        assert_eq!(only_vi.get(Lang::En), "Kế hoạch");
        let only_en = Text::new("  ", "Plan");
        assert_eq!(only_en.get(Lang::Vi), "Plan");
        assert!(Text::default().is_blank());
    }
}
