//! The map of the 2025 reform: which former communes (of a province and a district that may
//! no longer exist) each new commune was formed from, and by which legal act. Read from a
//! CSV or a TOML file; docs/rollup.md describes both.

use super::name_key;
use crate::lang::Lang;
use crate::messages as msg;
use crate::safe_file::{self, Links, READ_LIMIT};
use crate::store::io_reason;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// A former unit, as the map names it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormerUnit {
    pub province: String,
    #[serde(default)]
    pub district: String,
    pub commune: String,
}

impl FormerUnit {
    /// "Xã Hoằng Đạt, Hoằng Hóa, Thanh Hóa".
    pub fn name(&self) -> String {
        [&self.commune, &self.district, &self.province]
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// One new commune and the former units it was formed from.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Merger {
    pub province: String,
    pub commune: String,
    #[serde(default)]
    pub legal_basis: String,
    pub former: Vec<FormerUnit>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitMap {
    #[serde(rename = "commune")]
    pub mergers: Vec<Merger>,
}

#[derive(Debug, thiserror::Error)]
pub enum MapError {
    #[error("{path}: {source}")]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not .csv or .toml")]
    UnknownFormat { path: PathBuf },
    /// A line of the file (1 for the header), and what is wrong with it in each language.
    #[error("{path}:{line}: {en}")]
    Bad {
        path: PathBuf,
        line: usize,
        vi: String,
        en: String,
    },
}

impl MapError {
    pub fn message(&self, lang: Lang) -> String {
        let fix = msg::rollup::see_how_a_map_file_is(lang);
        match self {
            MapError::Unreadable { path, source } => msg::rollup::cannot_read_the_map_file_path(
                lang,
                path.display(),
                io_reason(source, lang),
            ),
            MapError::UnknownFormat { path } => {
                msg::rollup::the_map_file_path_must_end(lang, path.display(), fix)
            }
            MapError::Bad { path, line, vi, en } => {
                msg::rollup::map_file_line(lang, path.display(), line, lang.pick(vi, en), fix)
            }
        }
    }
}

/// The CSV columns, in any order.
const COLUMNS: [&str; 6] = [
    "former_province",
    "former_district",
    "former_commune",
    "province",
    "commune",
    "legal_basis",
];

impl UnitMap {
    /// Reads `FILE.csv` or `FILE.toml`.
    pub fn read(path: &Path) -> Result<UnitMap, MapError> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        let parse = match ext.as_deref() {
            Some("csv") => UnitMap::from_csv,
            Some("toml") => UnitMap::from_toml,
            _ => return Err(MapError::UnknownFormat { path: path.into() }),
        };
        let text =
            safe_file::read_to_string(path, Links::Follow, READ_LIMIT).map_err(|source| {
                MapError::Unreadable {
                    path: path.into(),
                    source,
                }
            })?;
        parse(&text, path)
    }

    pub fn from_toml(text: &str, path: &Path) -> Result<UnitMap, MapError> {
        let map: UnitMap = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(1, |s| {
                text[..s.start.min(text.len())].lines().count().max(1)
            });
            let detail = e.message().to_string();
            MapError::Bad {
                path: path.into(),
                line,
                vi: msg::rollup::not_valid_toml(Lang::Vi, &detail),
                en: msg::rollup::not_valid_toml(Lang::En, &detail),
            }
        })?;
        for merger in &map.mergers {
            if merger.former.is_empty() {
                return Err(MapError::Bad {
                    path: path.into(),
                    line: 1,
                    vi: msg::rollup::has_no_former_units(Lang::Vi, &merger.commune),
                    en: msg::rollup::has_no_former_units(Lang::En, &merger.commune),
                });
            }
        }
        Ok(map)
    }

    pub fn from_csv(text: &str, path: &Path) -> Result<UnitMap, MapError> {
        let bad = |line: usize, say: &dyn Fn(Lang) -> String| MapError::Bad {
            path: path.into(),
            line,
            vi: say(Lang::Vi),
            en: say(Lang::En),
        };
        let rows = csv_rows(text.strip_prefix('\u{feff}').unwrap_or(text)).map_err(|line| {
            bad(line, &|lang| {
                msg::rollup::a_quote_is_not_closed(lang).into()
            })
        })?;
        let mut rows = rows.into_iter();
        let Some((_, header)) = rows.next() else {
            return Err(bad(1, &|lang| msg::rollup::the_file_is_empty(lang).into()));
        };
        let header: Vec<String> = header
            .iter()
            .map(|h| h.trim().to_ascii_lowercase())
            .collect();
        let mut at = [0usize; 6];
        for (i, column) in COLUMNS.iter().enumerate() {
            at[i] = header
                .iter()
                .position(|h| h == column)
                .ok_or_else(|| bad(1, &|lang| msg::rollup::the_column_is_missing(lang, column)))?;
        }
        let mut map = UnitMap::default();
        for (line, row) in rows {
            if row.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let cell = |i: usize| row.get(at[i]).map_or("", |c| c.trim()).to_string();
            for required in [0, 2, 3, 4] {
                if cell(required).is_empty() {
                    let column = COLUMNS[required];
                    return Err(bad(line, &|lang| {
                        msg::rollup::the_column_is_empty(lang, column)
                    }));
                }
            }
            let former = FormerUnit {
                province: cell(0),
                district: cell(1),
                commune: cell(2),
            };
            let (province, commune, basis) = (cell(3), cell(4), cell(5));
            let same = |m: &&mut Merger| {
                name_key(&m.province) == name_key(&province)
                    && name_key(&m.commune) == name_key(&commune)
            };
            match map.mergers.iter_mut().find(same) {
                Some(merger) => {
                    if merger.legal_basis.is_empty() {
                        merger.legal_basis = basis;
                    }
                    merger.former.push(former);
                }
                None => map.mergers.push(Merger {
                    province,
                    commune,
                    legal_basis: basis,
                    former: vec![former],
                }),
            }
        }
        Ok(map)
    }

    /// The new commune of this name in this province, if the map has it.
    pub fn find(&self, province: &str, commune: &str) -> Option<&Merger> {
        let (province, commune) = (name_key(province), name_key(commune));
        self.mergers
            .iter()
            .find(|m| name_key(&m.province) == province && name_key(&m.commune) == commune)
    }
}

/// RFC 4180 rows with the line each starts on; `Err(line)` for a quote left open.
fn csv_rows(text: &str) -> Result<Vec<(usize, Vec<String>)>, usize> {
    let mut rows = Vec::new();
    let (mut row, mut cell) = (Vec::new(), String::new());
    let (mut line, mut start, mut quoted) = (1, 1, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            ('"', true) => quoted = false,
            ('"', false) if cell.is_empty() => quoted = true,
            (',', false) => row.push(std::mem::take(&mut cell)),
            ('\r', false) if chars.peek() == Some(&'\n') => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut cell));
                rows.push((start, std::mem::take(&mut row)));
                line += 1;
                start = line;
            }
            (c, _) => {
                if c == '\n' {
                    line += 1;
                }
                cell.push(c);
            }
        }
    }
    if quoted {
        return Err(start);
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push((start, row));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSV: &str = "\u{feff}former_province,former_district,former_commune,province,commune,legal_basis\r\n\
Thanh Hóa,TP Thanh Hóa,Phường Điện Biên,Thanh Hóa,Phường Hạc Thành,\"Nghị quyết số 1686/NQ-UBTVQH15, ngày 16/6/2025\"\r\n\
Thanh Hóa,TP Thanh Hóa,Phường Ba Đình,Thanh Hóa,phường hạc thành,\r\n";

    #[test]
    fn rows_of_one_new_commune_are_one_merger() {
        let map = UnitMap::from_csv(CSV, Path::new("map.csv")).unwrap();
        assert_eq!(map.mergers.len(), 1);
        let merger = map.find("Thanh Hóa", "Phường Hạc Thành").unwrap();
        assert_eq!(merger.former.len(), 2);
        assert_eq!(
            merger.legal_basis,
            "Nghị quyết số 1686/NQ-UBTVQH15, ngày 16/6/2025"
        );
        assert_eq!(
            merger.former[1].name(),
            "Phường Ba Đình, TP Thanh Hóa, Thanh Hóa"
        );
    }

    #[test]
    fn a_missing_column_and_an_empty_cell_are_told_with_their_line() {
        let error = UnitMap::from_csv("former_province,commune\n", Path::new("m.csv")).unwrap_err();
        assert!(
            error
                .message(Lang::En)
                .contains("line 1: the column `former_district` is missing")
        );
        let text = CSV.replace("Phường Ba Đình", "");
        let error = UnitMap::from_csv(&text, Path::new("m.csv")).unwrap_err();
        assert!(
            error
                .message(Lang::Vi)
                .contains("dòng 3: cột `former_commune` trống"),
            "{error}"
        );
    }

    #[test]
    fn the_toml_form_says_the_same() {
        let text = r#"
[[commune]]
province = "Thanh Hóa"
commune = "Phường Hạc Thành"
legal_basis = "Nghị quyết số 1686/NQ-UBTVQH15"
former = [
  { province = "Thanh Hóa", district = "TP Thanh Hóa", commune = "Phường Điện Biên" },
  { province = "Thanh Hóa", district = "TP Thanh Hóa", commune = "Phường Ba Đình" },
]
"#;
        let map = UnitMap::from_toml(text, Path::new("m.toml")).unwrap();
        assert_eq!(
            map.find("Thanh Hóa", "Phường Hạc Thành")
                .unwrap()
                .former
                .len(),
            2
        );
        let error =
            UnitMap::from_toml("[[commune]]\nprovince = 1\n", Path::new("m.toml")).unwrap_err();
        assert!(error.message(Lang::En).contains("line 2"), "{error}");
    }
}
