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

/// Whether the machine runs two threads at once: the reader and the scorer
/// use a second thread only then (on one core it would only cost memory).
pub(crate) fn two_cores() -> bool {
    std::thread::available_parallelism().is_ok_and(|n| n.get() > 1)
}

/// Gives the memory freed by a finished thread back to the system. glibc
/// gives each thread its own arena and keeps what is freed there for that
/// thread's later use: once a helper thread ends (热线工单's reader, the
/// second scorer), its freed buffers would stay resident while the rest of
/// the run allocates elsewhere (about 6 MB at 200k rows). Elsewhere
/// (Windows, musl) there is nothing to do.
pub(crate) fn give_back_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn malloc_trim(pad: usize) -> std::os::raw::c_int;
        }
        // SAFETY: malloc_trim only returns free pages of glibc's own
        // arenas to the system; it takes no pointer and is thread-safe.
        unsafe {
            malloc_trim(0);
        }
    }
}
