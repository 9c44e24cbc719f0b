//! Every integration test in one binary, as ripgrep keeps them: the
//! binary links ksfk once instead of once per file. Each module is one
//! area (a command, a sheet, a kind of file); `common` is the shared kit
//! that builds ledgers in code, runs the binary and reads outputs back.

mod common;

mod appeals;
mod clauses_as_read;
mod coverage;
mod example_ledger;
mod holidays;
mod hostile;
mod interim;
mod ledger;
mod multi;
mod names;
mod parts;
mod producers;
mod reading;
mod readings;
mod release;
mod score;
mod template;
mod whole;
mod windows;
mod yearend;
mod years;
