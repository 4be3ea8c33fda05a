//! The roll-up's file and signature work for the UI: the same domain calls as
//! `kiemtra aggregate` (`crate::rollup`), and reading one summary to show it.

use crate::export::SummaryDocument;
use crate::export::model::{FORMAT_NAME, SCHEMA};
use crate::lang::Lang;
use crate::messages as msg;
use crate::rollup::{self, Options, RollUp};
use crate::safe_file::{self, Links, READ_LIMIT};
use crate::signing::TrustedKeys;
use crate::store::{Home, io_reason};
use crate::template::Catalog;
use crate::ui::rollup::RolledUp;
use std::path::{Path, PathBuf};

/// Verifies and ranks `folder` (compared with `compare` when given), trusting the keys in
/// `trusted`, or when it is empty those `verify` trusts (the trusted folder of kiemtra's
/// home, and the user's own key).
pub fn roll_up(
    home: &Home,
    catalog: &Catalog,
    folder: &str,
    trusted: &str,
    compare: &str,
    lang: Lang,
) -> Result<RolledUp, String> {
    let keys = if trusted.trim().is_empty() {
        TrustedKeys::received(home)
    } else {
        TrustedKeys::from_dir(Path::new(trusted.trim()))
    }
    .map_err(|e| e.message(lang))?;
    if keys.is_empty() {
        return Err(msg::ui::there_is_no_public_key_pub(lang, &keys.source));
    }
    let read = |dir: &str| -> Result<RollUp, String> {
        let found = rollup::gather(&[PathBuf::from(dir)]).map_err(|e| e.message(lang))?;
        let checked = rollup::check_all(&found.summaries, &keys, catalog, &|_| {});
        Ok(RollUp::build(
            checked,
            found.refused,
            found.skipped,
            Options::default(),
        ))
    };
    let now = read(folder.trim())?;
    let comparison = if compare.trim().is_empty() {
        None
    } else {
        let earlier = read(compare.trim())?;
        Some(rollup::compare(&now, &earlier, None))
    };
    Ok(RolledUp {
        folder: folder.trim().to_string(),
        rollup: now,
        comparison,
    })
}

/// A summary already verified by the roll-up, read again to be shown in full.
pub fn read_summary(path: &Path, lang: Lang) -> Result<SummaryDocument, String> {
    let bytes = safe_file::read(path, Links::Follow, READ_LIMIT).map_err(|e| {
        msg::ui::cannot_read_path_io_reason(lang, path.display(), io_reason(&e, lang))
    })?;
    let doc: SummaryDocument = serde_json::from_slice(&bytes)
        .map_err(|e| msg::ui::path_is_no_longer_a_readable(lang, path.display(), &e))?;
    if doc.format != FORMAT_NAME || doc.schema > SCHEMA {
        return Err(msg::ui::this_is_not_a_kiemtra_summary(lang).into());
    }
    Ok(doc)
}
