//! Repeatable random moments for the tests that kill the binary.
#![allow(dead_code)]

/// A small linear congruential generator: repeatable, and no new crate.
pub struct Lcg(u64);

impl Lcg {
    /// Seeded from `KIEMTRA_CRASH_SEED`, else from `default`; says which, so that a
    /// failing run can be repeated.
    pub fn seeded(default: u64) -> Lcg {
        let seed: u64 = std::env::var("KIEMTRA_CRASH_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(default);
        eprintln!("seed {seed} (set KIEMTRA_CRASH_SEED to repeat another run)");
        Lcg(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A whole number in `low..=high`.
    pub fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }
}
