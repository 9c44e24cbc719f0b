//! The ledger reader on arbitrary bytes: any input must end in `Ok` or a
//! `LedgerError`, never a panic, a hang or an exhausted memory (run with
//! `-rss_limit_mb=1024`, see scripts/fuzz.sh). Seeds: fuzz/seeds/ledger.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    common::read(data.to_vec());
});
