//! The home screen lists the user's own checklists with the file each comes from, and one
//! that is broken with `validate`'s first problem, without refusing to start.

mod common;

use common::*;
use kiemtra::lang::Lang;
use kiemtra::template::sheet::{import, read_xlsx};
use std::path::Path;

/// The province officer's spreadsheet imported into `dir/templates`, beside a checklist
/// with a mistake in it.
fn templates(dir: &Path) {
    let folder = dir.join("templates");
    std::fs::create_dir_all(&folder).unwrap();
    let xlsx =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sheets/province-officer.xlsx");
    let imported = import(&read_xlsx(std::fs::read(xlsx).unwrap()).unwrap()).unwrap();
    std::fs::write(folder.join("thanhhoa-mot-cua-2026-1.toml"), &imported.toml).unwrap();
    let broken = imported
        .toml
        .replacen("points = 2\n", "points = 2.125\n", 1);
    std::fs::write(folder.join("thanhhoa-sua-do.toml"), broken).unwrap();
}

#[test]
fn home_lists_user_checklists_with_their_file_and_a_broken_one_with_its_problem() {
    for lang in [Lang::Vi, Lang::En] {
        let dir = tempfile::tempdir().unwrap();
        templates(dir.path());
        let app = app(dir.path(), lang);
        assert_eq!(app.catalog.entries().len(), 7);
        assert_eq!(app.catalog.broken().len(), 1);
        let text = screen(&app, 100, 30, dir.path());
        insta::assert_snapshot!(format!("home_user_templates_{}", lang.code()), text);
    }
}
