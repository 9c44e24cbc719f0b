//! `ksfk`: parse the command line, run, map the outcome to an exit status
//! (0 success, 1 ledger errors, 2 usage, 3 I/O). See `ksfk --help`.
//! Errors are typed inside the library (thiserror); here, at the edge,
//! they are one `anyhow::Error` whose typed cause gives the exit status.

use ksfk::commands::Error;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match ksfk::cli::parse() {
        Ok(cli) => cli,
        Err(message) => {
            eprintln!("{}", ksfk::term::escape(&message));
            return ExitCode::from(2);
        }
    };
    ksfk::fsio::cleanup_on_interrupt();
    let name = cli.command.name();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", ksfk::term::escape(&e.to_string()));
            let code = e.downcast_ref::<Error>().map_or(3, Error::exit_code);
            if code == 2 {
                eprintln!("\n{}", ksfk::cli::usage_hint(name));
            }
            ExitCode::from(code)
        }
    }
}

fn run(command: ksfk::cli::Command) -> anyhow::Result<()> {
    ksfk::commands::run(command)?;
    Ok(())
}
