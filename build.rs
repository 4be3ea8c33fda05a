//! The program is linked as a position-dependent executable: with typst inside it holds
//! ~71,000 pointers in read-only data that a PIE must relocate at every start, before the
//! first frame (docs/decisions.md, "PDF"). Only the binaries; tests and benchmarks link as
//! the toolchain does.
fn main() {
    let target = std::env::var("TARGET").unwrap_or_default();
    if target.contains("linux") && !target.contains("musl") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
