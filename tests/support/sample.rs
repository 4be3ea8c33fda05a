//! A one-stop record of Xã Hoằng Đạt made through the library, at a fixed time.
#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use kiemtra::record::{Header, Mode, Period, Record};
use kiemtra::template::{Catalog, Template};
use std::sync::{Arc, OnceLock};

/// The bundled one-stop checklist, loaded once.
pub fn one_stop() -> Arc<Template> {
    static TEMPLATE: OnceLock<Arc<Template>> = OnceLock::new();
    TEMPLATE
        .get_or_init(|| {
            Catalog::bundled().find("one-stop", None)[0]
                .template
                .clone()
        })
        .clone()
}

/// When the record is made.
pub fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 9, 1, 8, 0, 0).unwrap()
}

/// A new record of `template` for 2024-Q3, an inspection by Lê Thị Hoa, made at `start()`.
pub fn record(template: &Template) -> Record {
    let header = Header::new(
        "Thanh Hóa".into(),
        "Hoằng Hóa".into(),
        "Xã Hoằng Đạt".into(),
        Period::parse("2024-Q3").unwrap(),
        Mode::Inspection,
        vec!["Lê Thị Hoa".into()],
    );
    Record::new(template, header, start())
}
