//! The terminal UI.

use crate::cli::{Context, Failure};

pub fn run_home(cx: &Context) -> Result<(), Failure> {
    Err(Failure::task(
        cx.lang
            .pick("giao diện chưa có", "the UI is not available yet"),
    ))
}

pub fn run_record(cx: &Context, _record: &str) -> Result<(), Failure> {
    run_home(cx)
}
