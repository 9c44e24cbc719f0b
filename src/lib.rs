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
//! never reads the ledger.

pub mod calendar;
pub mod cli;
pub mod commands;
pub mod fsio;
pub mod ledger;
pub mod model;
pub mod report;
pub mod rules;
pub mod schema;
pub mod score;
pub mod term;
