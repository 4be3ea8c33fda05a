//! Checking a file against its `FILE.minisig` and a set of trusted public keys.

use super::sign::untrusted_comment;
use super::{VerifyError, key_id_hex, load_public_key_file, public_key_path, signature_path};
use crate::safe_file::{self, Links};
use crate::store::Home;
use std::io::Cursor;
use std::path::{Path, PathBuf};

/// The public keys whose signatures are accepted. A key is trusted as the whole key, not
/// by its id: the id in a signature only says which keys to try.
#[derive(Clone, Debug, Default)]
pub struct TrustedKeys {
    keys: Vec<TrustedKey>,
    /// Where they came from, to name in an error.
    pub source: String,
}

#[derive(Clone, Debug)]
struct TrustedKey {
    key_id: String,
    key: minisign::PublicKey,
    /// The `.pub` file it was read from (none for keys given by a program).
    file: Option<PathBuf>,
    /// Who signs with it, as its file's comment line says (`keygen --name`).
    signer: Option<String>,
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

    /// One full public key given as its base64 line (a key an appraisal is pinned to).
    pub fn from_base64(line: &str, source: &str) -> Option<TrustedKeys> {
        let key = minisign::PublicKey::from_base64(line.trim()).ok()?;
        Some(TrustedKeys::from_keys(vec![key], source))
    }

    /// The user's own public key (`home.keys/kiemtra.pub`).
    pub fn own(home: &Home) -> Result<TrustedKeys, VerifyError> {
        TrustedKeys::from_file(&public_key_path(home))
    }

    /// What a receiver trusts when told nothing: every `*.pub` in the trusted folder of
    /// kiemtra's home, and the user's own public key. Neither there: empty.
    pub fn received(home: &Home) -> Result<TrustedKeys, VerifyError> {
        let mut trusted = if home.trusted.is_dir() {
            TrustedKeys::from_dir(&home.trusted)?
        } else {
            TrustedKeys {
                keys: Vec::new(),
                source: home.trusted.display().to_string(),
            }
        };
        let own = public_key_path(home);
        if own.exists() {
            trusted.add_file(&own)?;
            trusted.source = format!("{}, {}", trusted.source, own.display());
        }
        Ok(trusted)
    }

    pub fn from_keys(keys: Vec<minisign::PublicKey>, source: &str) -> TrustedKeys {
        TrustedKeys {
            keys: keys
                .into_iter()
                .map(|key| TrustedKey {
                    key_id: key_id_hex(key.keynum()),
                    key,
                    file: None,
                    signer: None,
                })
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
        let loaded = load_public_key_file(path).map_err(|detail| VerifyError::BadPublicKey {
            path: path.to_path_buf(),
            detail,
        })?;
        self.keys.push(TrustedKey {
            key_id: key_id_hex(loaded.key.keynum()),
            key: loaded.key,
            file: Some(path.to_path_buf()),
            signer: loaded.signer,
        });
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Every trusted key with this id: usually one, but an id is only 8 bytes that anyone
    /// can copy into a key of their own.
    fn with_id(&self, key_id: &str) -> Vec<&TrustedKey> {
        self.keys.iter().filter(|k| k.key_id == key_id).collect()
    }

    /// Groups of two or more trusted key files that share an id, in the order they were read.
    pub fn shared_ids(&self) -> Vec<(String, Vec<String>)> {
        let mut groups: Vec<(String, Vec<String>)> = Vec::new();
        for key in &self.keys {
            match groups.iter_mut().find(|(id, _)| *id == key.key_id) {
                Some((_, names)) => names.push(key.name()),
                None => groups.push((key.key_id.clone(), vec![key.name()])),
            }
        }
        groups.retain(|(_, names)| names.len() > 1);
        groups
    }
}

impl TrustedKey {
    fn name(&self) -> String {
        match &self.file {
            Some(path) => path.display().to_string(),
            None => self.key.to_base64(),
        }
    }
}

/// A good signature by a trusted key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verified {
    pub trusted_comment: String,
    pub key_id: String,
    /// The full public key that made the signature (the base64 line of its `.pub`).
    pub public_key: String,
    /// The trusted `.pub` file whose full key made the signature (none for keys given by a
    /// program).
    pub key_file: Option<PathBuf>,
    /// The signer named in that file (`keygen --name`), when it names one.
    pub signer: Option<String>,
    /// The other trusted keys with the same id (their files, or their base64 lines), which
    /// did not make it.
    pub same_id: Vec<String>,
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
    // Checked before the cryptography: a signature line that decodes short would make the
    // minisign crate index past its end.
    let untrusted = parsed.untrusted_comment().unwrap_or_default();
    let key_id = key_id_hex(parsed.keynum());
    // The base64 lines must be exactly the signature (74 bytes) and the global signature
    // (64 bytes), written the one way they can be: the minisign crate reads a changed
    // padding character ("Bg==" → "BgA=", one byte more) as the same signature.
    let lengths: Vec<Option<usize>> = text
        .lines()
        .skip(1)
        .step_by(2)
        .map(|line| canonical_base64_len(line.trim_end_matches('\r')))
        .collect();
    let canonical = lengths == [Some(74), Some(64)];
    if untrusted != untrusted_comment(&key_id) || parsed.to_string() != text || !canonical {
        return Err(VerifyError::ChangedSignature {
            path: sig_path.to_path_buf(),
        });
    }
    let candidates: Vec<&TrustedKey> = trusted.with_id(&key_id);
    if candidates.is_empty() {
        return Err(VerifyError::UntrustedKey {
            key_id,
            trusted: trusted.source.clone(),
        });
    }
    // Each key with the id is tried in full; the one whose key made the signature is named.
    let mut signer = None;
    let mut comment_changed = false;
    for candidate in &candidates {
        match minisign::verify(
            &candidate.key,
            &parsed,
            Cursor::new(data),
            true,
            false,
            false,
        ) {
            Ok(()) => {
                signer = Some(*candidate);
                break;
            }
            // The file's signature matched this key, but its comment did not.
            Err(error) if error.to_string().contains("Comment") => comment_changed = true,
            Err(_) => {}
        }
    }
    let Some(signer) = signer else {
        return Err(if comment_changed {
            VerifyError::ChangedComment {
                path: sig_path.to_path_buf(),
            }
        } else if candidates.len() == 1 {
            VerifyError::ChangedFile {
                path: file.to_path_buf(),
            }
        } else {
            VerifyError::NoKeyMatches {
                path: file.to_path_buf(),
                key_id,
                keys: candidates.iter().map(|k| k.name()).collect(),
            }
        });
    };
    Ok(Verified {
        trusted_comment: parsed
            .trusted_comment()
            .map_err(|e| malformed(e.to_string()))?,
        key_id,
        public_key: signer.key.to_base64(),
        key_file: signer.file.clone(),
        signer: signer.signer.clone(),
        same_id: candidates
            .iter()
            .filter(|k| !std::ptr::eq(**k, signer))
            .map(|k| k.name())
            .collect(),
    })
}

/// How many bytes `line` holds, when it is standard padded base64 exactly as it
/// re-encodes: no stray character, padding only at the end, no bits beyond the data.
fn canonical_base64_len(line: &str) -> Option<usize> {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let body = line.trim_end_matches('=');
    let mut bits: u32 = 0;
    let mut count = 0;
    let mut bytes = Vec::with_capacity(line.len() * 3 / 4);
    for c in body.bytes() {
        let v = ALPHABET.iter().position(|&a| a == c)?;
        bits = (bits << 6) | v as u32;
        count += 6;
        if count >= 8 {
            count -= 8;
            bytes.push((bits >> count) as u8);
            bits &= (1 << count) - 1;
        }
    }
    (super::sign::base64(&bytes) == line).then_some(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::canonical_base64_len as len;

    #[test]
    fn only_canonical_base64_is_accepted() {
        assert_eq!(len("Zg=="), Some(1));
        assert_eq!(len("Zm8="), Some(2));
        assert_eq!(len("Zm9vYmFy"), Some(6));
        assert_eq!(
            len("ZgA="),
            Some(2),
            "padding turned into data is one byte more"
        );
        assert_eq!(len("Zh=="), None, "bits beyond the data");
        assert_eq!(len("Zg="), None, "short padding");
        assert_eq!(len("Z g=="), None);
    }
}
