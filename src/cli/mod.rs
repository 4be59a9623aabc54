//! The command line: `respect-online <command>`.

mod i18n;
mod paths;
mod run;

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::store::{Store, now_millis};
use crate::story::readability::MAX_WORDS_PER_SENTENCE;
use crate::story::{Scenario, graph, library};
use crate::{assign, content, report};

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
    #[arg(long, global = true)]
    pub content: Option<PathBuf>,
    /// Language to start the game in (`nl` or `en`; default: the system's).
    #[arg(long)]
    pub lang: Option<String>,
    /// Take screenshots of every screen into this folder, then quit.
    #[arg(long, value_name = "DIR")]
    pub capture: Option<PathBuf>,
    /// For authors: reload scenarios and texts when they are saved, F12 for an overlay with
    /// the node, the variables and every node to play from (see docs/authoring.md).
    #[arg(long)]
    pub dev: bool,
    /// Print performance figures: `idle` or `frames` (see docs/performance.md).
    #[arg(long, hide = true)]
    pub measure: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check scenarios and their text for errors, with file:line:column and a fix hint.
    Check(CheckArgs),
    /// Make an assignment code: the scenarios a young person plays for a case.
    Assign(AssignArgs),
    /// Make the reflection report (HTML and JSON) from the saved answers.
    Report(ReportArgs),
    /// Draw a scenario's branches as a Graphviz (DOT) or Mermaid graph.
    Graph(GraphArgs),
    /// List every way through a scenario, or play random playthroughs and show coverage.
    Paths(paths::PathsArgs),
    /// Play a scenario as text in the terminal: typed, or from a script of choices.
    Run(run::RunArgs),
    /// Show missing, unused and stale translations; confirm translations as up to date.
    I18n(i18n::I18nArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TextFormat {
    /// Readable text.
    Text,
    /// One JSON object, for scripts and other tools.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// Graphviz: `respect-online graph klassenchat | dot -Tsvg > klassenchat.svg`.
    Dot,
    /// A Mermaid flowchart, for Markdown viewers.
    Mermaid,
}

#[derive(Debug, Args)]
pub struct GraphArgs {
    /// A scenario id, or the path of a scenario file (its `locales/` are found beside it).
    pub scenario: String,
    #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
    pub format: GraphFormat,
    /// Language of the labels.
    #[arg(long, default_value = "nl")]
    pub lang: String,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct AssignArgs {
    /// The case code: up to 12 letters, digits and `-`.
    #[arg(long)]
    pub case: String,
    /// Scenario ids, in the order the young person should play them.
    #[arg(required = true)]
    pub scenarios: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Language of the report's texts (the young person's own words stay as written).
    #[arg(long, default_value = "nl")]
    pub lang: String,
    /// The HTML file to write; the JSON goes beside it with the extension `.json`.
    /// Default: `<data-dir>/reports/verslag-<lang>.html`.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// What every command may need besides its own arguments.
#[derive(Debug, Default, Clone)]
pub struct Context {
    /// `--data-dir`: the player's saves.
    pub data_dir: Option<PathBuf>,
    /// `--content`: the scenarios and texts.
    pub content: Option<PathBuf>,
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
/// `input` is what `run` reads the player's choices from when no script is given.
pub fn run(
    command: Command,
    cx: &Context,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let result = match command {
        Command::Check(args) => check(&args, out),
        Command::Assign(args) => assign(&args, cx, out, err),
        Command::Report(args) => report(&args, cx, out, err),
        Command::Graph(args) => graph(&args, cx, out, err),
        Command::Paths(args) => paths::paths(&args, cx, out, err),
        Command::Run(args) => run::run(&args, cx, input, out, err),
        Command::I18n(args) => i18n::i18n(&args, cx, out, err),
    };
    match result {
        Ok(code) => code,
        // The reader stopped reading (`… | head`): nothing to report.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            2
        }
    }
}

/// The library the game would play, with problems reported on `err`.
fn library(cx: &Context, err: &mut dyn Write) -> std::io::Result<library::Library> {
    let content = content::find(cx.content.as_deref());
    let loaded = content::load_dir(&content)?;
    if loaded.errors() > 0 {
        writeln!(
            err,
            "warning: {} content error(s) in {}; scenarios with errors are left out (see `respect-online check`)",
            loaded.errors(),
            content.display()
        )?;
    }
    Ok(loaded.library)
}

/// A scenario by id from the content folder, or by the path of its file.
fn scenario_library(
    arg: &str,
    cx: &Context,
    err: &mut dyn Write,
) -> std::io::Result<(library::Library, String)> {
    let path = Path::new(arg);
    if path.extension().is_some_and(|e| e == "ron") {
        let mut paths = vec![path.to_path_buf()];
        if let Some(root) = path.parent().and_then(Path::parent) {
            paths.push(root.join("locales"));
        }
        let loaded = content::load_paths(&paths)?;
        if loaded.errors() > 0 {
            write!(err, "{}", loaded.sources.render(&loaded.diagnostics, false))?;
        }
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        return Ok((loaded.library, id));
    }
    Ok((library(cx, err)?, arg.to_string()))
}

/// The library and the scenario named by `arg` (an id, or a `.ron` path), if it loaded
/// without errors; otherwise says so on `err`, with a suggestion for a typo.
fn load_scenario(
    arg: &str,
    cx: &Context,
    err: &mut dyn Write,
) -> std::io::Result<Option<(library::Library, Arc<Scenario>)>> {
    let (library, id) = scenario_library(arg, cx, err)?;
    let Some(scenario) = library.scenario(&id).cloned() else {
        writeln!(
            err,
            "error: no sound scenario `{id}` (see `respect-online check`)"
        )?;
        if let Some(s) = crate::story::suggest(&id, library.ids()) {
            writeln!(err, "  help: did you mean `{s}`?")?;
        }
        return Ok(None);
    };
    Ok(Some((library, scenario)))
}

fn graph(
    args: &GraphArgs,
    cx: &Context,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<i32> {
    let Some((library, scenario)) = load_scenario(&args.scenario, cx, err)? else {
        return Ok(1);
    };
    let chain = library.locales.negotiate(&[args.lang.as_str()]);
    let text = match args.format {
        GraphFormat::Dot => graph::dot(&scenario, &library, &chain),
        GraphFormat::Mermaid => graph::mermaid(&scenario, &library, &chain),
    };
    match &args.out {
        Some(path) => std::fs::write(path, text)?,
        None => out.write_all(text.as_bytes())?,
    }
    Ok(0)
}

fn assign(
    args: &AssignArgs,
    cx: &Context,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<i32> {
    let library = library(cx, err)?;
    let wanted: Vec<&str> = args.scenarios.iter().map(String::as_str).collect();
    match assign::encode(&args.case, &wanted, library.ids()) {
        Ok(code) => {
            writeln!(out, "{code}")?;
            Ok(0)
        }
        Err(e) => {
            writeln!(err, "error: {e}")?;
            if let assign::CodeError::NoSuchScenario(id) = &e {
                match crate::story::suggest(id, library.ids()) {
                    Some(s) => writeln!(err, "  help: did you mean `{s}`?")?,
                    None => writeln!(
                        err,
                        "  help: the scenarios are: {}",
                        library.ids().collect::<Vec<_>>().join(", ")
                    )?,
                }
            }
            Ok(1)
        }
    }
}

fn report(
    args: &ReportArgs,
    cx: &Context,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<i32> {
    let library = library(cx, err)?;
    if !library.locales.languages().contains(&args.lang) {
        return Err(std::io::Error::other(format!(
            "there are no texts in `{}`; choose one of: {}",
            args.lang,
            library.locales.languages().join(", ")
        )));
    }
    let dir = cx
        .data_dir
        .clone()
        .or_else(Store::default_dir)
        .ok_or_else(|| std::io::Error::other("no data folder; give one with --data-dir"))?;
    if !dir.join("profile.json").exists() && !dir.join("runs").is_dir() {
        return Err(std::io::Error::other(format!(
            "no saved game in {}; give the folder with --data-dir",
            dir.display()
        )));
    }
    let store = Store::open(&dir)?;
    let profile = store.load_profile().value;
    let (runs, _) = store.load_runs();
    let report = report::build(&report::Input {
        library: &library,
        profile: profile.as_ref(),
        runs: &runs,
        language: &args.lang,
        now: now_millis(),
    });
    let path = args
        .out
        .clone()
        .unwrap_or_else(|| report::default_path(&dir, &args.lang));
    let written = report::write(&report, &library, &path)?;
    writeln!(out, "{}", written.html.display())?;
    writeln!(out, "{}", written.json.display())?;
    Ok(0)
}

fn check(args: &CheckArgs, out: &mut dyn Write) -> std::io::Result<i32> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("scenarios"), PathBuf::from("locales")]
    } else {
        args.paths.clone()
    };
    let loaded = content::load_paths(&paths)?;
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
                loaded.checked.0, loaded.checked.1, errors, warnings
            )?;
        }
    }
    let failed = errors > 0 || (args.deny_warnings && warnings > 0);
    Ok(i32::from(failed))
}
