//! The layers of docs/architecture.md: a module uses only the ones below it.

use std::collections::BTreeSet;
use std::path::Path;

/// Each top-level module and the modules it may use.
const ALLOWED: &[(&str, &[&str])] = &[
    ("lang", &[]),
    ("messages", &["lang"]),
    ("period", &["lang"]),
    ("dates", &["lang"]),
    ("text", &[]),
    ("safe_file", &["lang"]),
    ("points", &[]),
    ("numbers", &["lang", "points"]),
    ("config", &["lang"]),
    ("template", &["period", "lang", "points", "safe_file"]),
    (
        "record",
        &["period", "lang", "numbers", "points", "template", "text"],
    ),
    (
        "score",
        &["period", "lang", "numbers", "points", "record", "template"],
    ),
    ("outstanding", &["lang", "period", "record", "template"]),
    ("store", &["period", "lang", "safe_file", "record"]),
    ("signing", &["period", "lang", "safe_file", "store", "text"]),
    (
        "inspection",
        &[
            "period",
            "safe_file",
            "lang",
            "record",
            "score",
            "store",
            "template",
        ],
    ),
    (
        "appraisal",
        &[
            "period",
            "safe_file",
            "inspection",
            "lang",
            "points",
            "record",
            "score",
            "signing",
            "store",
            "template",
        ],
    ),
    (
        "export",
        &[
            "appraisal",
            "dates",
            "period",
            "safe_file",
            "inspection",
            "lang",
            "points",
            "numbers",
            "record",
            "score",
            "signing",
            "store",
            "template",
            "text",
        ],
    ),
    (
        "rollup",
        &[
            "appraisal",
            "period",
            "safe_file",
            "export",
            "lang",
            "points",
            "numbers",
            "record",
            "signing",
            "store",
            "template",
            "text",
        ],
    ),
    (
        "context",
        &["period", "inspection", "lang", "store", "template"],
    ),
    (
        "ui",
        &[
            "appraisal",
            "period",
            "safe_file",
            "appraisal",
            "context",
            "dates",
            "export",
            "inspection",
            "lang",
            "points",
            "numbers",
            "outstanding",
            "record",
            "score",
            "signing",
            "store",
            "template",
            "config",
            "text",
            "rollup",
        ],
    ),
];

/// The top-level modules named by `crate::NAME` in a source file.
fn used(text: &str) -> BTreeSet<String> {
    text.match_indices("crate::")
        .map(|(at, _)| {
            text[at + 7..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .filter(|name| !name.is_empty() && name != "now")
        .collect()
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut broken = Vec::new();
    for (module, allowed) in ALLOWED {
        let mut paths = Vec::new();
        let dir = src.join(module);
        if dir.is_dir() {
            files(&dir, &mut paths);
        }
        let file = src.join(format!("{module}.rs"));
        if file.is_file() {
            paths.push(file);
        }
        assert!(!paths.is_empty(), "no source for `{module}`");
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            for name in used(&text) {
                // The message catalog is text only, on top of `lang`: whoever may use
                // `lang` may use it.
                let catalog = name == "messages" && allowed.contains(&"lang");
                if name != *module && !allowed.contains(&name.as_str()) && !catalog {
                    broken.push(format!("{} uses crate::{name}", path.display()));
                }
            }
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

#[test]
fn the_check_sees_a_use_that_breaks_the_layers() {
    assert_eq!(
        used("use crate::cli::{Context, Failure};\nlet t = crate::now();"),
        BTreeSet::from(["cli".to_string()])
    );
}
