//! `kiemtra keygen`.

use super::{Context, Failure};
use crate::messages as msg;
use crate::signing::{self, KeyError};

pub fn keygen(
    cx: &Context,
    name: Option<&str>,
    no_password: bool,
    force: bool,
) -> Result<(), Failure> {
    let lang = cx.lang;
    let fail = |e: KeyError| Failure::task(e.message(lang));
    if !force {
        for path in [
            signing::secret_key_path(&cx.home),
            signing::public_key_path(&cx.home),
        ] {
            if path.exists() {
                return Err(fail(KeyError::Exists { path }));
            }
        }
    }
    let password = if no_password {
        None
    } else {
        let password = signing::read_password(lang, true).map_err(fail)?;
        if password.is_empty() {
            return Err(Failure::usage(msg::cli::the_password_is_empty_type_one(
                lang,
            )));
        }
        Some(password)
    };
    let info = signing::generate_for(&cx.home, name, password.as_deref(), force).map_err(fail)?;
    outln!(lang, "{}", msg::cli::the_signing_key_pair_is_made(lang))?;
    outln!(
        lang,
        "{}: {}",
        msg::cli::secret_key(lang),
        info.secret_path.display()
    )?;
    outln!(
        lang,
        "{}: {}",
        msg::common::public_key(lang),
        info.public_path.display()
    )?;
    outln!(lang, "{}: {}", msg::common::key_id(lang), info.key_id)?;
    match &info.signer {
        Some(signer) => outln!(
            lang,
            "{}: {}",
            msg::cli::signer(lang),
            super::table::printable(signer)
        )?,
        None => outln!(
            lang,
            "{}",
            msg::cli::the_key_names_no_signer_receivers(lang)
        )?,
    }
    outln!(lang, "{}", info.public_key)?;
    outln!(lang, "{}", msg::cli::give_the_public_key_file_or(lang))?;
    Ok(())
}
