use clap::{CommandFactory, Parser};
use respect_online::cli::{self, Cli};

fn main() {
    let parsed = Cli::parse();
    let code = match parsed.command {
        Some(command) => cli::run(command, &mut std::io::stdout(), &mut std::io::stderr()),
        None => {
            let _ = Cli::command().print_help();
            0
        }
    };
    std::process::exit(code);
}
