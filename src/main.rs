use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = vendorcard::cli::Cli::parse();
    vendorcard::app::run(cli).unwrap_or_else(|error| vendorcard::app::report(&error))
}
