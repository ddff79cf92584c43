use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // `VENDORCARD_COMPLETE=bash vendorcard -- …`: the shell asking what fits; answered, then exit.
    clap_complete::CompleteEnv::with_factory(<vendorcard::cli::Cli as clap::CommandFactory>::command)
        .var(vendorcard::app::COMPLETE_VAR)
        .complete();
    // The language first, so that what clap's value checks report is in it too.
    let lang = vendorcard::i18n::Lang::from_args(std::env::args_os().skip(1));
    vendorcard::i18n::set(vendorcard::i18n::Lang::choose(lang));
    let cli = match vendorcard::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return vendorcard::app::usage(error),
    };
    vendorcard::app::run(cli).unwrap_or_else(|error| vendorcard::app::report(&error))
}
