//! `ksfk`: parse the command line, run, map the outcome to an exit status
//! (0 success, 1 ledger errors, 2 usage, 3 I/O). See `ksfk --help`.

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
    match ksfk::commands::run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", ksfk::term::escape(&e.to_string()));
            if e.exit_code() == 2 {
                eprintln!("\n{}", ksfk::cli::usage_hint(name));
            }
            ExitCode::from(e.exit_code())
        }
    }
}
