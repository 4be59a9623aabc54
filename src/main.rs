use clap::Parser;
use respect_online::cli::{self, Cli};

fn main() {
    let started = std::time::Instant::now();
    let parsed = Cli::parse();
    let code = match parsed.command {
        Some(command) => {
            let cx = cli::Context {
                data_dir: parsed.data_dir,
                content: parsed.content,
            };
            cli::run(
                command,
                &cx,
                &mut std::io::stdin().lock(),
                &mut std::io::stdout(),
                &mut std::io::stderr(),
            )
        }
        None => play(parsed, started),
    };
    std::process::exit(code);
}

#[cfg(feature = "game")]
fn play(cli: Cli, started: std::time::Instant) -> i32 {
    use respect_online::game::{self, GameOptions, measure::What};
    let measure = match cli.measure.as_deref().map(|m| (m, What::parse(m))) {
        Some((m, None)) => {
            eprintln!("error: --measure takes `idle` or `frames`, not `{m}`");
            return 2;
        }
        Some((_, what)) => what,
        None => None,
    };
    let exit = game::run(GameOptions {
        data_dir: cli.data_dir,
        content_dir: cli.content,
        capture: cli.capture,
        lang: cli.lang,
        measure,
        started: Some(started),
        dev: cli.dev,
    });
    i32::from(!exit.is_success())
}

#[cfg(not(feature = "game"))]
fn play(_cli: Cli, _started: std::time::Instant) -> i32 {
    use clap::CommandFactory;
    eprintln!("This build has no game (feature `game` is off); see the commands below.\n");
    let _ = Cli::command().print_help();
    2
}
