//! `ksfk` scores the enterprise-service ledgers of 昆山 under
//! 昆政办发〔2017〕148号.
//!
//! Data flows one way:
//!
//! ```text
//! ledger (read + validate, calamine) → model (typed records)
//!   → rules (one pure function per clause) → score (totals, ranks, points)
//!   → report (xlsx with rust_xlsxwriter, json, terminal)
//! ```
//!
//! `rules` never touches a file; `ledger` never knows a rule; `report`
//! never reads the ledger. Appeals (申诉) are read with the ledger and act
//! inside the rules (`rules::appeals`). `ksfk diff` reads two results back
//! (`results`, calamine or JSON) and compares them in the pure `diff`.

pub mod calendar;
pub mod cli;
pub mod commands;
pub mod diff;
pub mod fsio;
pub mod ledger;
pub mod model;
pub mod report;
pub mod results;
pub mod rules;
pub mod schema;
pub mod score;
pub mod term;
