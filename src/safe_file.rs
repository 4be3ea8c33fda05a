//! Opening a file that something else may have put in place: a symlink is not followed
//! where one of kiemtra's own files belongs, a FIFO, socket, device or folder is refused
//! before it can block a read, and a read stops at a limit.
//!
//! A refusal travels inside an [`io::Error`], so every error that names a path and carries an
//! `io::Error` (`StoreError::Io`, `ExportError::Io`, `VerifyError::Io`, …) tells it in both
//! languages through [`super::io_reason`].

use crate::lang::Lang;
use crate::messages as msg;
use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;

/// The most kiemtra reads of a checklist, a summary or a signature: far above any real one.
pub const READ_LIMIT: u64 = 16 << 20;
/// The most kiemtra reads of a record. Records are kiemtra's own files and hold typed notes,
/// so the limit is wider; it still keeps a planted huge file from filling the memory.
pub const RECORD_LIMIT: u64 = 64 << 20;

/// Whether a symlink at the path may be followed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Links {
    /// The path is where one of kiemtra's own files belongs (a record, a lock): a link
    /// there was planted, and is refused.
    Refuse,
    /// The path was named by the user (evidence, a checklist, a summary to verify): a link
    /// to a regular file is what they meant.
    Follow,
}

/// What a path that is not a regular file is instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    Folder,
    Fifo,
    Socket,
    Device,
    Other,
}

impl Special {
    fn of(metadata: &Metadata) -> Option<Special> {
        let kind = metadata.file_type();
        if kind.is_file() {
            None
        } else if kind.is_dir() {
            Some(Special::Folder)
        } else if kind.is_fifo() {
            Some(Special::Fifo)
        } else if kind.is_socket() {
            Some(Special::Socket)
        } else if kind.is_block_device() || kind.is_char_device() {
            Some(Special::Device)
        } else {
            Some(Special::Other)
        }
    }

    fn name(self, lang: Lang) -> &'static str {
        match self {
            Special::Folder => msg::common::folder(lang),
            Special::Fifo => msg::common::named_pipe_fifo(lang),
            Special::Socket => msg::common::socket(lang),
            Special::Device => msg::common::device(lang),
            Special::Other => msg::common::special_file(lang),
        }
    }
}

impl std::fmt::Display for Special {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name(Lang::En))
    }
}

/// Why kiemtra will not use a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    Symlink,
    NotRegular(Special),
    TooLarge { limit: u64 },
}

/// In English, as an [`io::Error`] carrying it prints; [`Refusal::message`] in either language.
impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Refusal {}

impl Refusal {
    /// The refusal an I/O error carries, if it is one.
    pub fn of(error: &io::Error) -> Option<Refusal> {
        error.get_ref()?.downcast_ref::<Refusal>().copied()
    }

    pub fn message(self, lang: Lang) -> String {
        match self {
            Refusal::Symlink => msg::common::it_is_a_symbolic_link(lang).into(),
            Refusal::NotRegular(special) => {
                msg::common::it_is_not_a_regular_file(lang, special.name(lang))
            }
            Refusal::TooLarge { limit } => msg::common::it_is_larger_than(lang, limit >> 20),
        }
    }
}

impl From<Refusal> for io::Error {
    fn from(refusal: Refusal) -> io::Error {
        let kind = match refusal {
            Refusal::TooLarge { .. } => io::ErrorKind::FileTooLarge,
            _ => io::ErrorKind::InvalidInput,
        };
        io::Error::new(kind, refusal)
    }
}

/// Refuses anything but a regular file, judged by `metadata`.
pub fn check_regular(metadata: &Metadata) -> io::Result<()> {
    match Special::of(metadata) {
        None => Ok(()),
        Some(special) => Err(Refusal::NotRegular(special).into()),
    }
}

/// What is at `path`, without opening it (so nothing can block); a symlink is refused
/// unless `links` follows it. `NotFound` when there is nothing.
pub fn check_path(path: &Path, links: Links) -> io::Result<Metadata> {
    let metadata = match links {
        Links::Refuse => std::fs::symlink_metadata(path)?,
        Links::Follow => std::fs::metadata(path)?,
    };
    if metadata.file_type().is_symlink() {
        return Err(Refusal::Symlink.into());
    }
    check_regular(&metadata)?;
    Ok(metadata)
}

/// Opens a regular file for reading. The path is looked at first, so a FIFO or a device is
/// never opened at all; the open itself is non-blocking and does not follow a symlink unless
/// asked, and the opened handle is checked again (the path may change in between).
pub fn open(path: &Path, links: Links) -> io::Result<(File, Metadata)> {
    check_path(path, links)?;
    let mut flags = libc::O_NONBLOCK | libc::O_NOCTTY;
    if links == Links::Refuse {
        flags |= libc::O_NOFOLLOW;
    }
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(flags)
        .open(path)
        .map_err(|error| symlink_refused(error, links))?;
    let metadata = file.metadata()?;
    check_regular(&metadata)?;
    Ok((file, metadata))
}

/// The bytes of a regular file of at most `limit` bytes (see [`open`]).
pub fn read(path: &Path, links: Links, limit: u64) -> io::Result<Vec<u8>> {
    let (file, metadata) = open(path, links)?;
    if metadata.len() > limit {
        return Err(Refusal::TooLarge { limit }.into());
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    // The file may grow while it is read: never more than one byte past the limit.
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(Refusal::TooLarge { limit }.into());
    }
    Ok(bytes)
}

/// The text of a regular file of at most `limit` bytes (see [`open`]).
pub fn read_to_string(path: &Path, links: Links, limit: u64) -> io::Result<String> {
    String::from_utf8(read(path, links, limit)?).map_err(|_| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            "stream did not contain valid UTF-8",
        )
    })
}

/// `O_NOFOLLOW` on a symlink fails with `ELOOP` (Linux, macOS) or `EMLINK` (FreeBSD).
fn symlink_refused(error: io::Error, links: Links) -> io::Error {
    let looped = matches!(error.raw_os_error(), Some(libc::ELOOP) | Some(libc::EMLINK));
    if links == Links::Refuse && looped {
        Refusal::Symlink.into()
    } else {
        error
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn refusal(result: io::Result<Vec<u8>>) -> Option<Refusal> {
        Refusal::of(&result.unwrap_err())
    }

    #[test]
    fn a_regular_file_is_read_and_a_link_to_it_only_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "xin chào").unwrap();
        let link = dir.path().join("link.txt");
        symlink(&file, &link).unwrap();
        assert_eq!(
            read(&file, Links::Refuse, 100).unwrap(),
            "xin chào".as_bytes()
        );
        assert_eq!(
            read(&link, Links::Follow, 100).unwrap(),
            "xin chào".as_bytes()
        );
        assert_eq!(
            refusal(read(&link, Links::Refuse, 100)),
            Some(Refusal::Symlink)
        );
    }

    #[test]
    fn a_folder_a_device_and_a_long_file_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            refusal(read(dir.path(), Links::Follow, 100)),
            Some(Refusal::NotRegular(Special::Folder))
        );
        assert_eq!(
            refusal(read(Path::new("/dev/zero"), Links::Follow, 100)),
            Some(Refusal::NotRegular(Special::Device))
        );
        let long = dir.path().join("long");
        std::fs::write(&long, [b'x'; 101]).unwrap();
        assert_eq!(
            refusal(read(&long, Links::Refuse, 100)),
            Some(Refusal::TooLarge { limit: 100 })
        );
        assert_eq!(read(&long, Links::Refuse, 101).unwrap().len(), 101);
    }

    #[test]
    fn a_missing_file_is_not_found() {
        let error = read(Path::new("/nonexistent/x"), Links::Refuse, 1).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::NotFound);
        assert_eq!(Refusal::of(&error), None);
    }

    #[test]
    fn refusals_are_told_in_both_languages() {
        let fifo = Refusal::NotRegular(Special::Fifo);
        assert_eq!(
            fifo.message(Lang::En),
            "it is a named pipe (FIFO), not a regular file; give a regular file"
        );
        assert_eq!(
            fifo.message(Lang::Vi),
            "đây là một ống có tên (FIFO), không phải tệp thường; hãy chọn một tệp thường"
        );
        let big = Refusal::TooLarge { limit: READ_LIMIT };
        assert!(
            big.message(Lang::En)
                .starts_with("it is larger than 16 MiB")
        );
        assert!(big.message(Lang::Vi).starts_with("tệp lớn hơn 16 MiB"));
    }
}
