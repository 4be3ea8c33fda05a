//! Driving the real binary from the tests: a command with its own `KIEMTRA_HOME`, the
//! arguments of `kiemtra new` for the unit the tests inspect, the fixture checklist and key,
//! and what a run printed.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use tempfile::TempDir;

/// The clock of the runs that must come out the same everywhere (`KIEMTRA_NOW`).
pub const NOW: &str = "2024-11-20T08:30:00Z";
/// The record `new_annual_plan` makes.
pub const ANNUAL: &str = "xa-hoang-dat-annual-plan-2024";
/// The record `new_record(home, "one-stop", "2024-Q3")` makes.
pub const ONE_STOP: &str = "xa-hoang-dat-one-stop-2024-q3";
/// The commune the tests inspect, in Hoằng Hóa district of Thanh Hóa.
pub const COMMUNE: &str = "Xã Hoằng Đạt";
/// Who inspects it.
pub const PERSON: &str = "Lê Thị Hoa";
/// The `--province`, `--district` and `--commune` of `kiemtra new` for the unit.
pub const UNIT: [&str; 6] = [
    "--province",
    "Thanh Hóa",
    "--district",
    "Hoằng Hóa",
    "--commune",
    COMMUNE,
];

/// A `KIEMTRA_HOME` of its own, removed at the end of the test. Each test binary adds the
/// ways it runs kiemtra in it.
pub struct Home {
    dir: TempDir,
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn records(&self) -> PathBuf {
        self.path().join("records")
    }

    pub fn record_path(&self, name: &str) -> PathBuf {
        record_path(self.path(), name)
    }
}

/// A working folder of its own, removed at the end of the test, with a `KIEMTRA_HOME` in
/// it (`home/`). Each test binary adds how it is set up and how kiemtra runs in it.
pub struct Workdir {
    dir: TempDir,
}

impl Workdir {
    pub fn empty() -> Workdir {
        Workdir {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn home(&self) -> PathBuf {
        self.path().join("home")
    }
}

/// `kiemtra` with `home` as its `KIEMTRA_HOME`, in the environment of the test.
pub fn kiemtra(home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kiemtra"));
    cmd.env("KIEMTRA_HOME", home);
    cmd
}

/// `kiemtra --lang LANG` with `home` as its `KIEMTRA_HOME`.
pub fn kiemtra_lang(home: &Path, lang: &str) -> Command {
    let mut cmd = kiemtra(home);
    cmd.args(["--lang", lang]);
    cmd
}

/// `kiemtra` with `home` as its `KIEMTRA_HOME`, the clock at `NOW` and no language taken
/// from the environment (`LANG`, `LC_ALL`, `LC_MESSAGES`), so that it writes and prints
/// the same on every machine.
pub fn pinned(home: &Path) -> Command {
    let mut cmd = kiemtra(home);
    cmd.env("KIEMTRA_NOW", NOW)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd
}

/// The arguments of `kiemtra new` for a record of `template` for `period` of `commune`
/// (in Hoằng Hóa, Thanh Hóa), by `person`.
pub fn new_args_of<'a>(
    template: &'a str,
    commune: &'a str,
    period: &'a str,
    person: &'a str,
) -> Vec<&'a str> {
    let mut args = vec!["new", "--template", template];
    args.extend(&UNIT[..4]);
    args.extend(["--commune", commune, "--period", period, "--person", person]);
    args
}

/// The arguments of `kiemtra new` for a record of `template` for `period` of Xã Hoằng Đạt,
/// by Lê Thị Hoa.
pub fn new_args<'a>(template: &'a str, period: &'a str) -> Vec<&'a str> {
    new_args_of(template, COMMUNE, period, PERSON)
}

/// Makes the record of `new_args(template, period)` in `home` at `NOW`.
pub fn new_record(home: &Path, template: &str, period: &str) {
    succeed(pinned(home).args(new_args(template, period)));
}

/// Makes the annual-plan record of 2024, `ANNUAL`, in `home` at `NOW`.
pub fn new_annual_plan(home: &Path) {
    new_record(home, "annual-plan", "2024");
}

/// The file of the record `name` in `home`.
pub fn record_path(home: &Path, name: &str) -> PathBuf {
    home.join("records").join(format!("{name}.toml"))
}

/// Runs `cmd` to its end and asserts that it succeeded; what it said on stderr is the
/// failure's message.
pub fn succeed(cmd: &mut Command) -> Output {
    let output = cmd.output().unwrap();
    assert!(
        output.status.success(),
        "{cmd:?} failed ({}): {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// A run of the binary that has ended.
pub trait Ran {
    fn output(&self) -> &Output;
}

impl Ran for Output {
    fn output(&self) -> &Output {
        self
    }
}

impl Ran for assert_cmd::assert::Assert {
    fn output(&self) -> &Output {
        self.get_output()
    }
}

/// What the run printed on stdout, which must be UTF-8.
pub fn stdout(run: &impl Ran) -> String {
    String::from_utf8(run.output().stdout.clone()).unwrap()
}

/// What the run printed on stderr, which must be UTF-8.
pub fn stderr(run: &impl Ran) -> String {
    String::from_utf8(run.output().stderr.clone()).unwrap()
}

/// tests/fixtures/export: the test checklist `par-mini`, an evidence file and the fixed
/// test key (password "test").
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export")
}

/// Copies the test checklist `par-mini` into the templates folder of `home`.
pub fn install_par_mini(home: &Path) {
    std::fs::create_dir_all(home.join("templates")).unwrap();
    std::fs::copy(
        fixtures().join("par-mini.toml"),
        home.join("templates/par-mini.toml"),
    )
    .unwrap();
}

/// Copies the fixed test key into the keys folder of `home`, its secret key readable by its
/// owner only.
pub fn install_fixture_key(home: &Path) {
    let keys = home.join("keys");
    std::fs::create_dir_all(&keys).unwrap();
    for name in ["kiemtra.key", "kiemtra.pub"] {
        std::fs::copy(fixtures().join("keys").join(name), keys.join(name)).unwrap();
    }
    owner_only(&keys.join("kiemtra.key"));
}

/// Makes `path` readable and writable by its owner only.
#[cfg(unix)]
pub fn owner_only(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

#[cfg(not(unix))]
pub fn owner_only(_: &Path) {}

/// The fields of one CSV line (RFC 4180 quoting, no line breaks inside).
pub fn csv_fields(line: &str) -> Vec<String> {
    let (mut fields, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    fields.push(field);
    fields
}

/// A commune's home (the fixture key) and a province's home (a key of its own, no password),
/// both with the par-mini checklist, in one working folder.
pub struct TwoHomes {
    pub dir: TempDir,
}

impl TwoHomes {
    pub fn new() -> TwoHomes {
        let homes = TwoHomes {
            dir: tempfile::tempdir().unwrap(),
        };
        install_par_mini(&homes.commune());
        install_fixture_key(&homes.commune());
        install_par_mini(&homes.province());
        succeed(
            homes
                .run(&homes.province(), "en", NOW)
                .args(["keygen", "--no-password"]),
        );
        homes
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn commune(&self) -> PathBuf {
        self.path("xa")
    }

    pub fn province(&self) -> PathBuf {
        self.path("tinh")
    }

    /// `kiemtra --lang LANG` in `home`, run from the working folder at the clock `now`, with
    /// the test keys' password.
    pub fn run(&self, home: &Path, lang: &str, now: &str) -> Command {
        let mut cmd = kiemtra(home);
        cmd.current_dir(self.dir.path())
            .env("KIEMTRA_NOW", now)
            .env("KIEMTRA_PASSWORD", "test")
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .args(["--lang", lang]);
        cmd
    }
}
