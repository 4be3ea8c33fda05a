//! Every message for the user lives in the catalog, src/messages/: a translator reviews all
//! the Vietnamese there. This test reads the rest of the source and fails on a string that
//! holds Vietnamese, or on a `lang.pick("…", "…")` of written text, outside it.

use std::path::{Path, PathBuf};

/// Files that keep Vietnamese on purpose, and why. Each must still hold some (else the entry
/// is stale and the test says to remove it).
const KEPT: &[(&str, &str)] = &[
    (
        "src/cli/args.rs",
        "the command line's help, written in both languages on each line by clap's derive",
    ),
    (
        "src/export/frame.rs",
        "the fixed words of a Decree 30 document (quốc hiệu, tiêu ngữ, Số, Lưu: VT, ĐẠI DIỆN), \
         Vietnamese in every export",
    ),
    (
        "src/template/sheet/columns.rs",
        "the spreadsheet's column and setting names, which import also reads: input vocabulary",
    ),
    (
        "src/template/sheet/emit.rs",
        "the spreadsheet's kind, part, method and level words, which import also reads",
    ),
    (
        "src/template/sheet/cell.rs",
        "folding of Vietnamese letters (đ → d) to match column names",
    ),
    (
        "src/store/slug.rs",
        "folding of Vietnamese letters (đ → d) to make file names",
    ),
    (
        "src/rollup/mod.rs",
        "folding of Vietnamese letters to match unit names",
    ),
    (
        "src/ui/keys.rs",
        "the key map's descriptions, made from src/ui/keys.toml (data, read by the help overlay \
         and the hint line)",
    ),
];

fn is_vietnamese(c: char) -> bool {
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
        .contains(c.to_lowercase().next().unwrap_or(c))
}

/// The source without its test module (by convention the last item, `#[cfg(test)]`).
fn without_tests(text: &str) -> &str {
    match text.find("#[cfg(test)]") {
        Some(at) => &text[..at],
        None => text,
    }
}

/// The string literals of Rust source, with the line each starts on; comments skipped.
fn literals(text: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = text.chars().collect();
    let (mut out, mut i, mut line) = (Vec::new(), 0, 1);
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
            i += 2;
        } else if c == '\'' {
            // A char literal ('"', '\'', 'đ'); a lifetime has no closing quote.
            if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                if next.is_some_and(is_vietnamese) {
                    out.push((line, next.unwrap().to_string()));
                }
                i += 3;
            } else {
                i += 1;
            }
        } else if c == 'r' && (next == Some('"') || next == Some('#')) {
            let start = line;
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                i += 1;
                continue;
            }
            j += 1;
            let mut body = String::new();
            while j < chars.len() {
                if chars[j] == '"' && (0..hashes).all(|k| chars.get(j + 1 + k) == Some(&'#')) {
                    break;
                }
                line += usize::from(chars[j] == '\n');
                body.push(chars[j]);
                j += 1;
            }
            out.push((start, body));
            i = j + 1 + hashes;
        } else if c == '"' {
            let start = line;
            let mut j = i + 1;
            let mut body = String::new();
            while j < chars.len() && chars[j] != '"' {
                if chars[j] == '\\' {
                    body.push(chars[j]);
                    j += 1;
                }
                line += usize::from(chars.get(j) == Some(&'\n'));
                if let Some(&ch) = chars.get(j) {
                    body.push(ch);
                }
                j += 1;
            }
            out.push((start, body));
            i = j + 1;
        } else if c.is_alphanumeric() || c == '_' {
            // Skip a whole identifier, so the `r` of `for"` or `bar#` is not a raw string.
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    out
}

/// `lang.pick("…", …)` or `lang.pick(format!(…), …)`: written text chosen by language.
fn picks_written_text(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices(".pick(") {
        let rest = text[at + 6..].trim_start();
        if rest.starts_with('"') || rest.starts_with("format!") {
            out.push(text[..at].matches('\n').count() + 1);
        }
    }
    out
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Each place in `file`'s text that holds a message outside the catalog.
fn findings(file: &str, text: &str) -> Vec<String> {
    let code = without_tests(text);
    let mut found: Vec<String> = literals(code)
        .into_iter()
        .filter(|(_, s)| s.chars().any(is_vietnamese))
        .map(|(line, s)| {
            format!(
                "{file}:{line}: {:?}",
                s.chars().take(60).collect::<String>()
            )
        })
        .collect();
    found.extend(
        picks_written_text(code)
            .into_iter()
            .map(|line| format!("{file}:{line}: lang.pick of written text")),
    );
    found
}

#[test]
fn no_message_is_written_outside_the_catalog() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("src"), &mut paths);
    paths.sort();
    let (mut outside, mut stale) = (Vec::new(), Vec::new());
    for path in paths {
        let file = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if file.starts_with("src/messages/") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let found = findings(&file, &text);
        match KEPT.iter().any(|(kept, _)| *kept == file) {
            true if found.is_empty() => stale.push(file),
            true => {}
            false => outside.extend(found),
        }
    }
    assert!(
        outside.is_empty(),
        "messages outside src/messages/ (move each into the catalog):\n{}",
        outside.join("\n")
    );
    assert!(
        stale.is_empty(),
        "kept on purpose but holding no Vietnamese any more; remove from KEPT: {stale:?}"
    );
}

#[test]
fn the_check_finds_vietnamese_in_code_and_not_in_comments_or_tests() {
    let source = r##"
// Không phải: a comment.
/* nhiều dòng
   chú thích */
fn a<'x>(s: &'x str) -> char { let q = '"'; let d = 'đ'; q }
fn b(lang: Lang) -> &str { lang.pick("Đã lưu", "Saved") }
fn c() -> String { format!("{}", r#"tệp "x""#) }
fn e() -> &'static str { "plain English" }
#[cfg(test)]
mod tests { const T: &str = "thử"; }
"##;
    let found = findings("x.rs", source);
    assert_eq!(
        found,
        [
            "x.rs:5: \"đ\"",
            "x.rs:6: \"Đã lưu\"",
            "x.rs:7: \"tệp \\\"x\\\"\"",
            "x.rs:6: lang.pick of written text",
        ]
    );
}

#[test]
fn every_message_in_the_catalog_is_used() {
    // A message nothing says any more would still be translated and reviewed for nothing.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("src"), &mut paths);
    let source: String = paths
        .iter()
        .filter(|p| !p.starts_with(root.join("src/messages")) || p.ends_with("mod.rs"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let unused: Vec<String> = kiemtra::messages::all()
        .map(|(part, m)| format!("{part}::{}", m.name))
        .filter(|path| {
            !source.match_indices(path.as_str()).any(|(at, _)| {
                let after = source[at + path.len()..].chars().next();
                !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
            })
        })
        .collect();
    assert!(unused.is_empty(), "unused messages: {unused:?}");
}
