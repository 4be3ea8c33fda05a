//! What can go wrong with keys and signatures, told in both languages.

use crate::lang::Lang;
use crate::messages as msg;
use crate::store::io_reason;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("no secret key at {path}")]
    Missing { path: PathBuf },
    #[error("a key already exists at {path}")]
    Exists { path: PathBuf },
    #[error("wrong password for the secret key {path}")]
    WrongPassword { path: PathBuf },
    #[error("the secret key {path} can be read by other users")]
    TooOpen { path: PathBuf, mode: u32 },
    #[error("{path} is not a minisign key: {detail}")]
    Malformed { path: PathBuf, detail: String },
    #[error("no password given and no terminal to ask on")]
    NoPassword,
    #[error("the two passwords differ")]
    PasswordsDiffer,
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot make a key: {0}")]
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
    #[error("no signature {path}")]
    MissingSignature { path: PathBuf },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a minisign signature: {detail}")]
    Malformed { path: PathBuf, detail: String },
    #[error("{path} is not a minisign public key: {detail}")]
    BadPublicKey { path: PathBuf, detail: String },
    #[error("the signing key {key_id} is not trusted")]
    UntrustedKey { key_id: String, trusted: String },
    #[error("{path} does not match its signature")]
    ChangedFile { path: PathBuf },
    #[error("the signed comment in {path} was changed")]
    ChangedComment { path: PathBuf },
    #[error("the signature file {path} was changed")]
    ChangedSignature { path: PathBuf },
    #[error("{path} is verified by none of the trusted keys with the id {key_id}")]
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
