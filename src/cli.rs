//! The command line: `respect-online <command>`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::story::library;
use crate::story::readability::MAX_WORDS_PER_SENTENCE;

#[derive(Debug, Parser)]
#[command(
    name = "respect-online",
    version,
    about = "Respect online — het spel: scenarios, checks and reports for Halt's intervention Respect online"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Without a command the game starts. Folder for the player's saves (default: the
    /// platform's data folder).
    #[arg(long, global = true)]
    pub data_dir: Option<PathBuf>,
    /// Folder with `scenarios/` and `locales/` (default: found next to the program).
    #[arg(long)]
    pub content: Option<PathBuf>,
    /// Language to start the game in (`nl` or `en`; default: the system's).
    #[arg(long)]
    pub lang: Option<String>,
    /// Take screenshots of every screen into this folder, then quit.
    #[arg(long, value_name = "DIR")]
    pub capture: Option<PathBuf>,
    /// Print performance figures: `idle` or `frames` (see docs/performance.md).
    #[arg(long, hide = true)]
    pub measure: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check scenarios and their text for errors, with file:line:column and a fix hint.
    Check(CheckArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Readable, like compiler errors.
    Human,
    /// One JSON object, for editors and other tools.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Scenario files (.ron), text files (.ftl) or folders holding them.
    /// Default: `scenarios` and `locales`.
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Fail on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// Runs a command and returns the process exit code: 0 clean, 1 problems found,
/// 2 the command itself could not run.
pub fn run(command: Command, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let result = match command {
        Command::Check(args) => check(&args, out),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            2
        }
    }
}

fn check(args: &CheckArgs, out: &mut dyn Write) -> std::io::Result<i32> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("scenarios"), PathBuf::from("locales")]
    } else {
        args.paths.clone()
    };
    let files = library::discover(&paths)?;
    let loaded = library::load(&files);
    let (errors, warnings) = (loaded.errors(), loaded.warnings());
    match args.format {
        OutputFormat::Json => {
            let mut json = loaded.sources.to_json(&loaded.diagnostics);
            json["readability"] = serde_json::to_value(&loaded.readability)?;
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        }
        OutputFormat::Human => {
            let color = match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
                }
            };
            write!(out, "{}", loaded.sources.render(&loaded.diagnostics, color))?;
            if !loaded.readability.is_empty() {
                writeln!(
                    out,
                    "readability (limit {MAX_WORDS_PER_SENTENCE} words per sentence):"
                )?;
                writeln!(
                    out,
                    "  {:<24} {:<5} {:>9} {:>10} {:>10}",
                    "scenario", "lang", "sentences", "words/sent", "long words"
                )?;
                for r in &loaded.readability {
                    writeln!(
                        out,
                        "  {:<24} {:<5} {:>9} {:>10.1} {:>9.0}%{}",
                        r.scenario,
                        r.language,
                        r.sentences,
                        r.words_per_sentence(),
                        r.long_word_share(),
                        if r.too_long() { "  ← too long" } else { "" }
                    )?;
                }
            }
            writeln!(
                out,
                "checked {} scenario(s) and {} text file(s): {} error(s), {} warning(s)",
                files.scenarios.len(),
                files.locales.len(),
                errors,
                warnings
            )?;
        }
    }
    let failed = errors > 0 || (args.deny_warnings && warnings > 0);
    Ok(i32::from(failed))
}
