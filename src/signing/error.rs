//! What can go wrong with keys and signatures, told in both languages.

use crate::lang::Lang;
use crate::messages as msg;
use crate::store::io_reason;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("{}", self.message(Lang::En))]
    Missing { path: PathBuf },
    #[error("{}", self.message(Lang::En))]
    Exists { path: PathBuf },
    #[error("{}", self.message(Lang::En))]
    WrongPassword { path: PathBuf },
    #[error("{}", self.message(Lang::En))]
    TooOpen { path: PathBuf, mode: u32 },
    #[error("{}", self.message(Lang::En))]
    Malformed { path: PathBuf, detail: String },
    #[error("{}", self.message(Lang::En))]
    NoPassword,
    #[error("{}", self.message(Lang::En))]
    PasswordsDiffer,
    #[error("{}", self.message(Lang::En))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", self.message(Lang::En))]
    Generate(String),
}

impl KeyError {
    pub fn io(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> KeyError + '_ {
        move |source| KeyError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            KeyError::Missing { path } => {
                msg::signing::there_is_no_secret_key_at(lang, path.display())
            }
            KeyError::Exists { path } => {
                msg::signing::a_key_already_exists_at_path(lang, path.display())
            }
            KeyError::WrongPassword { path } => {
                msg::signing::wrong_password_for_the_secret_key(lang, path.display())
            }
            KeyError::TooOpen { path, mode } => msg::signing::the_secret_key_is_readable_by_others(
                lang,
                path.display(),
                format!("{mode:o}"),
            ),
            KeyError::Malformed { path, detail } => {
                msg::signing::path_is_not_a_valid_minisign(lang, path.display(), detail)
            }
            KeyError::NoPassword => {
                msg::signing::no_password_set_the_kiemtra_password(lang).to_string()
            }
            KeyError::PasswordsDiffer => {
                msg::signing::the_two_passwords_differ_run_again(lang).to_string()
            }
            KeyError::Io { path, source } => {
                let why = io_reason(source, lang);
                msg::common::cannot_read_or_write_path_why(lang, path.display(), &why)
            }
            KeyError::Generate(detail) => msg::signing::cannot_make_a_key_detail(lang, detail),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("{}", self.message(Lang::En))]
    MissingSignature { path: PathBuf },
    #[error("{}", self.message(Lang::En))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", self.message(Lang::En))]
    Malformed { path: PathBuf, detail: String },
    #[error("{}", self.message(Lang::En))]
    BadPublicKey { path: PathBuf, detail: String },
    #[error("{}", self.message(Lang::En))]
    UntrustedKey { key_id: String, trusted: String },
    #[error("{}", self.message(Lang::En))]
    ChangedFile { path: PathBuf },
    #[error("{}", self.message(Lang::En))]
    ChangedComment { path: PathBuf },
    #[error("{}", self.message(Lang::En))]
    ChangedSignature { path: PathBuf },
    #[error("{}", self.message(Lang::En))]
    NoKeyMatches {
        path: PathBuf,
        key_id: String,
        keys: Vec<String>,
    },
}

impl VerifyError {
    pub fn io(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> VerifyError + '_ {
        move |source| VerifyError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            VerifyError::MissingSignature { path } => {
                msg::signing::there_is_no_signature_path_it(lang, path.display())
            }
            VerifyError::Io { path, source } => {
                let why = io_reason(source, lang);
                msg::common::cannot_read_path_why(lang, path.display(), &why)
            }
            VerifyError::Malformed { path, detail } => {
                msg::signing::path_is_not_a_valid_minisign_signature(lang, path.display(), detail)
            }
            VerifyError::BadPublicKey { path, detail } => {
                msg::signing::path_is_not_a_valid_minisign_public(lang, path.display(), detail)
            }
            VerifyError::UntrustedKey { key_id, trusted } => {
                msg::signing::the_file_is_signed_with_key(lang, key_id, trusted)
            }
            VerifyError::ChangedFile { path } => {
                msg::signing::bad_signature_path_does_not_match(lang, path.display())
            }
            VerifyError::ChangedComment { path } => {
                msg::signing::bad_signature_the_signed_comment_in(lang, path.display())
            }
            VerifyError::ChangedSignature { path } => {
                msg::signing::bad_signature_the_signature_file_path(lang, path.display())
            }
            VerifyError::NoKeyMatches { path, key_id, keys } => {
                msg::signing::bad_signature_path_names_the_key(
                    lang,
                    path.display(),
                    keys.len(),
                    keys.join(", "),
                    key_id,
                )
            }
        }
    }
}
