use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = match vendorcard::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return vendorcard::app::usage(error),
    };
    vendorcard::app::run(cli).unwrap_or_else(|error| vendorcard::app::report(&error))
}
