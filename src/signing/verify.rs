//! Checking a file against its `FILE.minisig` and a set of trusted public keys.

use super::sign::untrusted_comment;
use super::{VerifyError, key_id_hex, load_public_key, public_key_path, signature_path};
use crate::store::Home;
use crate::store::safe_file::{self, Links};
use std::io::Cursor;
use std::path::{Path, PathBuf};

/// The public keys whose signatures are accepted.
#[derive(Clone, Debug, Default)]
pub struct TrustedKeys {
    keys: Vec<(String, minisign::PublicKey)>,
    /// Where they came from, to name in an error.
    pub source: String,
}

impl TrustedKeys {
    /// Every `*.pub` file in `dir`.
    pub fn from_dir(dir: &Path) -> Result<TrustedKeys, VerifyError> {
        let entries = std::fs::read_dir(dir).map_err(VerifyError::io(dir))?;
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "pub") && p.is_file())
            .collect();
        paths.sort();
        let mut trusted = TrustedKeys {
            keys: Vec::new(),
            source: dir.display().to_string(),
        };
        for path in paths {
            trusted.add_file(&path)?;
        }
        Ok(trusted)
    }

    /// One public key file.
    pub fn from_file(path: &Path) -> Result<TrustedKeys, VerifyError> {
        let mut trusted = TrustedKeys {
            keys: Vec::new(),
            source: path.display().to_string(),
        };
        trusted.add_file(path)?;
        Ok(trusted)
    }

    /// The user's own public key (`home.keys/kiemtra.pub`).
    pub fn own(home: &Home) -> Result<TrustedKeys, VerifyError> {
        TrustedKeys::from_file(&public_key_path(home))
    }

    pub fn from_keys(keys: Vec<minisign::PublicKey>, source: &str) -> TrustedKeys {
        TrustedKeys {
            keys: keys
                .into_iter()
                .map(|k| (key_id_hex(k.keynum()), k))
                .collect(),
            source: source.to_string(),
        }
    }

    fn add_file(&mut self, path: &Path) -> Result<(), VerifyError> {
        if !path.exists() {
            return Err(VerifyError::Io {
                path: path.to_path_buf(),
                source: std::io::ErrorKind::NotFound.into(),
            });
        }
        let key = load_public_key(path).map_err(|detail| VerifyError::BadPublicKey {
            path: path.to_path_buf(),
            detail,
        })?;
        self.keys.push((key_id_hex(key.keynum()), key));
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    fn find(&self, key_id: &str) -> Option<&minisign::PublicKey> {
        self.keys
            .iter()
            .find(|(id, _)| id == key_id)
            .map(|(_, k)| k)
    }
}

/// A good signature by a trusted key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verified {
    pub trusted_comment: String,
    pub key_id: String,
}

/// Checks `file` against `FILE.minisig`.
pub fn verify_file(file: &Path, trusted: &TrustedKeys) -> Result<Verified, VerifyError> {
    let read = |path| safe_file::read(path, Links::Follow, safe_file::READ_LIMIT);
    let data = read(file).map_err(VerifyError::io(file))?;
    let sig_path = signature_path(file);
    let signature = match read(&sig_path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(VerifyError::MissingSignature { path: sig_path });
        }
        Err(e) => return Err(VerifyError::io(&sig_path)(e)),
    };
    verify_bytes(&data, &signature, file, &sig_path, trusted)
}

/// Checks `data` against the bytes of a signature file (paths only name them in errors).
/// Besides the cryptography, the signature file must be exactly as kiemtra writes it,
/// so that no byte of it, the untrusted comment included, can change unnoticed.
pub fn verify_bytes(
    data: &[u8],
    signature: &[u8],
    file: &Path,
    sig_path: &Path,
    trusted: &TrustedKeys,
) -> Result<Verified, VerifyError> {
    let malformed = |detail: String| VerifyError::Malformed {
        path: sig_path.to_path_buf(),
        detail,
    };
    let text = std::str::from_utf8(signature).map_err(|_| malformed("not UTF-8 text".into()))?;
    let parsed = minisign::SignatureBox::from_string(text).map_err(|e| malformed(e.to_string()))?;
    if !parsed.is_prehashed() {
        return Err(malformed("a legacy (not prehashed) signature".into()));
    }
    let key_id = key_id_hex(parsed.keynum());
    let Some(key) = trusted.find(&key_id) else {
        return Err(VerifyError::UntrustedKey {
            key_id,
            trusted: trusted.source.clone(),
        });
    };
    let result = minisign::verify(key, &parsed, Cursor::new(data), true, false, false);
    if let Err(error) = result {
        return Err(if error.to_string().contains("Comment") {
            VerifyError::ChangedComment {
                path: sig_path.to_path_buf(),
            }
        } else {
            VerifyError::ChangedFile {
                path: file.to_path_buf(),
            }
        });
    }
    let untrusted = parsed.untrusted_comment().unwrap_or_default();
    if untrusted != untrusted_comment(&key_id) || parsed.to_string() != text {
        return Err(VerifyError::ChangedSignature {
            path: sig_path.to_path_buf(),
        });
    }
    Ok(Verified {
        trusted_comment: parsed
            .trusted_comment()
            .map_err(|e| malformed(e.to_string()))?,
        key_id,
    })
}
