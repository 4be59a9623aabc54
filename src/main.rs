use clap::Parser;
use respect_online::cli::{self, Cli};

fn main() {
    let parsed = Cli::parse();
    let code = match parsed.command {
        Some(command) => cli::run(command, &mut std::io::stdout(), &mut std::io::stderr()),
        None => play(parsed),
    };
    std::process::exit(code);
}

#[cfg(feature = "game")]
fn play(cli: Cli) -> i32 {
    use respect_online::game::{self, GameOptions};
    let exit = game::run(GameOptions {
        data_dir: cli.data_dir,
        content_dir: cli.content,
        capture: cli.capture,
        lang: cli.lang,
    });
    i32::from(!exit.is_success())
}

#[cfg(not(feature = "game"))]
fn play(_cli: Cli) -> i32 {
    use clap::CommandFactory;
    eprintln!("This build has no game (feature `game` is off); see the commands below.\n");
    let _ = Cli::command().print_help();
    2
}
