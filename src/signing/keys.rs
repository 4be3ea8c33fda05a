//! The inspector's key pair: making it, keeping it owner-only, opening it with a password.

use super::{KeyError, SigningKey, key_id_hex};
use crate::lang::Lang;
use crate::messages as msg;
use crate::store::Home;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

pub const SECRET_KEY_FILE: &str = "kiemtra.key";
pub const PUBLIC_KEY_FILE: &str = "kiemtra.pub";

pub fn secret_key_path(home: &Home) -> PathBuf {
    home.keys.join(SECRET_KEY_FILE)
}

pub fn public_key_path(home: &Home) -> PathBuf {
    home.keys.join(PUBLIC_KEY_FILE)
}

/// What `keygen` made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyInfo {
    pub key_id: String,
    /// Who signs with it (a person, a body), as written in the public key file.
    pub signer: Option<String>,
    /// The one base64 line of the public key (for `minisign -P`).
    pub public_key: String,
    pub secret_path: PathBuf,
    pub public_path: PathBuf,
    pub encrypted: bool,
}

/// Makes a key pair in `home.keys`, the secret key encrypted with `password`
/// (`None`: stored without one). An existing key is kept unless `force`.
pub fn generate(home: &Home, password: Option<&str>, force: bool) -> Result<KeyInfo, KeyError> {
    generate_for(home, None, password, force)
}

/// [`generate`], with the signer's name (a person, a body: "UBND phường Hạc Thành") written
/// in the public key file's comment line, so that whoever trusts the file sees who signs.
pub fn generate_for(
    home: &Home,
    signer: Option<&str>,
    password: Option<&str>,
    force: bool,
) -> Result<KeyInfo, KeyError> {
    let signer = signer.map(signer_name).filter(|s| !s.is_empty());
    let secret_path = secret_key_path(home);
    let public_path = public_key_path(home);
    if !force {
        for path in [&secret_path, &public_path] {
            if path.exists() {
                return Err(KeyError::Exists { path: path.clone() });
            }
        }
    }
    make_private_dir(&home.keys)?;
    let pair = match password {
        Some(password) => minisign::KeyPair::generate_encrypted_keypair(Some(password.into())),
        None => minisign::KeyPair::generate_unencrypted_keypair(),
    }
    .map_err(|e| KeyError::Generate(e.to_string()))?;
    let key_id = key_id_hex(pair.pk.keynum());
    let comment = format!("kiemtra secret key {key_id}");
    let secret_box = pair
        .sk
        .to_box(Some(&comment))
        .map_err(|e| KeyError::Generate(e.to_string()))?;
    let public_file = public_key_text(&pair.pk, &key_id, signer.as_deref());
    write_private(&secret_path, secret_box.to_string().as_bytes())?;
    crate::store::write_durably(&public_path, public_file.as_bytes())
        .map_err(KeyError::io(&public_path))?;
    Ok(KeyInfo {
        key_id,
        signer,
        public_key: pair.pk.to_base64(),
        secret_path,
        public_path,
        encrypted: password.is_some(),
    })
}

/// Whether the secret key in `home` needs a password to open.
pub fn needs_password(home: &Home) -> Result<bool, KeyError> {
    let path = secret_key_path(home);
    let text = read_secret_text(&path)?;
    let unencrypted = minisign::SecretKey::from_unencrypted_box(text.into());
    Ok(unencrypted.is_err())
}

/// Opens the secret key in `home` with `password` (ignored for a key made without one).
/// Refuses a key other users can read.
pub fn load_secret_key(home: &Home, password: &str) -> Result<SigningKey, KeyError> {
    let path = secret_key_path(home);
    let text = read_secret_text(&path)?;
    let malformed = |detail: String| KeyError::Malformed {
        path: path.clone(),
        detail,
    };
    let key = match minisign::SecretKey::from_unencrypted_box(text.clone().into()) {
        Ok(key) => key,
        Err(_) => minisign::SecretKey::from_box(text.into(), Some(password.into())).map_err(
            |e| match e.kind() {
                minisign::ErrorKind::Verify => KeyError::WrongPassword { path: path.clone() },
                _ => malformed(e.to_string()),
            },
        )?,
    };
    SigningKey::from_minisign(&key).map_err(malformed)
}

/// What comes after this in a public key file's comment line names the signer.
const SIGNER_MARK: &str = "; signer: ";
/// The longest signer name kept: minisign reads a comment line of up to 1,024 bytes.
const SIGNER_MAX_CHARS: usize = 200;

/// A signer's name as it can stand in a comment line: one line, printable, not too long.
fn signer_name(name: &str) -> String {
    super::one_line(name)
        .chars()
        .take(SIGNER_MAX_CHARS)
        .collect()
}

/// The standard two-line minisign public key file, the signer named in its comment line
/// (which minisign itself never reads: the file stays a standard one).
fn public_key_text(key: &minisign::PublicKey, key_id: &str, signer: Option<&str>) -> String {
    let mut comment = format!("minisign public key {key_id}");
    if let Some(signer) = signer {
        comment.push_str(SIGNER_MARK);
        comment.push_str(signer);
    }
    format!("untrusted comment: {comment}\n{}\n", key.to_base64())
}

/// A public key, with the signer named in its file when there is one.
#[derive(Clone, Debug)]
pub struct PublicKeyFile {
    pub key: minisign::PublicKey,
    pub signer: Option<String>,
}

/// A minisign public key file (`.pub`, two lines), or a bare base64 key.
pub fn load_public_key(path: &Path) -> Result<minisign::PublicKey, String> {
    load_public_key_file(path).map(|file| file.key)
}

/// [`load_public_key`], with the signer's name from the comment line (`keygen --name`).
pub fn load_public_key_file(path: &Path) -> Result<PublicKeyFile, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let text = text.trim_start_matches('\u{feff}');
    if !text.trim_start().starts_with("untrusted comment:") {
        let key = minisign::PublicKey::from_base64(text.trim()).map_err(|e| e.to_string())?;
        return Ok(PublicKeyFile { key, signer: None });
    }
    let mut lines = text.trim_start().lines();
    let comment = lines.next().unwrap_or_default();
    let base64 = lines.next().unwrap_or_default().trim();
    let key = minisign::PublicKey::from_base64(base64).map_err(|e| e.to_string())?;
    let signer = comment
        .split_once(SIGNER_MARK)
        .map(|(_, name)| signer_name(name))
        .filter(|name| !name.is_empty());
    Ok(PublicKeyFile { key, signer })
}

fn read_secret_text(path: &Path) -> Result<String, KeyError> {
    let metadata = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => KeyError::Missing {
            path: path.to_path_buf(),
        },
        _ => KeyError::io(path)(e),
    })?;
    check_owner_only(path, &metadata)?;
    std::fs::read_to_string(path).map_err(KeyError::io(path))
}

#[cfg(unix)]
fn check_owner_only(path: &Path, metadata: &std::fs::Metadata) -> Result<(), KeyError> {
    use std::os::unix::fs::PermissionsExt;
    let mode = metadata.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(KeyError::TooOpen {
            path: path.to_path_buf(),
            mode,
        });
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_owner_only(_: &Path, _: &std::fs::Metadata) -> Result<(), KeyError> {
    Ok(())
}

fn make_private_dir(dir: &Path) -> Result<(), KeyError> {
    std::fs::create_dir_all(dir).map_err(KeyError::io(dir))?;
    set_mode(dir, 0o700)
}

/// Writes durably inside the owner-only folder, then makes the file owner-only too.
fn write_private(path: &Path, bytes: &[u8]) -> Result<(), KeyError> {
    crate::store::write_durably(path, bytes).map_err(KeyError::io(path))?;
    set_mode(path, 0o600)
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> Result<(), KeyError> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .map_err(KeyError::io(path))
}

#[cfg(not(unix))]
fn set_mode(_: &Path, _: u32) -> Result<(), KeyError> {
    Ok(())
}

/// The password: `KIEMTRA_PASSWORD` when set (scripts, tests), else typed on the terminal
/// with echo off (`twice` to confirm a new one). With no terminal, or under CI, an error
/// that says how to give it.
pub fn read_password(lang: Lang, twice: bool) -> Result<String, KeyError> {
    if let Ok(password) = std::env::var("KIEMTRA_PASSWORD") {
        return Ok(password);
    }
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false");
    if ci || !std::io::stdin().is_terminal() {
        return Err(KeyError::NoPassword);
    }
    let tty = Path::new("/dev/tty");
    let prompt = |text: &str| rpassword::prompt_password(text).map_err(KeyError::io(tty));
    let first = prompt(msg::signing::secret_key_password(lang))?;
    if twice {
        let second = prompt(msg::signing::password_again(lang))?;
        if first != second {
            return Err(KeyError::PasswordsDiffer);
        }
    }
    Ok(first)
}
