//! `ksfk`: parse the command line, run, map the outcome to an exit status
//! (0 success, 1 ledger errors, 2 usage, 3 I/O). See `ksfk --help`.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = ksfk::cli::Cli::parse();
    ksfk::fsio::cleanup_on_interrupt();
    match ksfk::commands::run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(e.exit_code())
        }
    }
}
