//! The user's settings file (`config.toml`).

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The interface language: `vi` or `en`.
    pub lang: Option<Lang>,
}

impl Config {
    /// The settings at `path`; a missing or unreadable file gives the defaults
    /// (settings never stop the program from starting).
    pub fn load(path: &Path) -> Config {
        std::fs::read_to_string(path)
            .ok()
            .and_then(|text| toml::from_str(&text).ok())
            .unwrap_or_default()
    }
}

/// The language to speak: the flag, else the config, else the environment, else Vietnamese.
pub fn choose_lang(flag: Option<Lang>, config: &Config) -> Lang {
    flag.or(config.lang)
        .or_else(Lang::from_env)
        .unwrap_or_default()
}
