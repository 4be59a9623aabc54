//! `respect-online paths`: every way through a scenario, or seeded random playthroughs.

use std::io::Write;

use clap::Args;

use super::{Context, TextFormat, load_scenario};
use crate::story::paths::{self, Coverage, Paths};
use crate::story::readability;

#[derive(Debug, Args)]
pub struct PathsArgs {
    /// A scenario id, or the path of a scenario file (its `locales/` are found beside it).
    pub scenario: String,
    /// Stop after this many paths.
    #[arg(long, default_value_t = paths::DEFAULT_LIMIT)]
    pub limit: usize,
    /// Instead of listing paths, play this many random playthroughs and report coverage.
    #[arg(long, value_name = "N")]
    pub random: Option<usize>,
    /// Seed for `--random`: the same seed plays the same playthroughs.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// How many paths the text output lists (JSON lists every path found).
    #[arg(long, default_value_t = 20)]
    pub show: usize,
    /// Language of the text the time estimate reads.
    #[arg(long, default_value = "nl")]
    pub lang: String,
    #[arg(long, value_enum, default_value_t = TextFormat::Text)]
    pub format: TextFormat,
}

pub fn paths(
    args: &PathsArgs,
    cx: &Context,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<i32> {
    let Some((library, scenario)) = load_scenario(&args.scenario, cx, err)? else {
        return Ok(1);
    };
    if let Some(n) = args.random {
        let coverage = paths::random_playthroughs(&scenario, n, args.seed);
        match args.format {
            TextFormat::Json => {
                writeln!(out, "{}", serde_json::to_string_pretty(&coverage)?)?;
            }
            TextFormat::Text => write_coverage(&coverage, &scenario.id, out)?,
        }
        return Ok(i32::from(!coverage.stuck.is_empty()));
    }
    let chain = library.locales.negotiate(&[args.lang.as_str()]);
    let texts = readability::node_texts(&scenario, &library.locales, &chain);
    let seconds = paths::node_seconds(&scenario, &texts);
    let found = paths::enumerate(&scenario, &seconds, args.limit);
    match args.format {
        TextFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&found)?)?,
        TextFormat::Text => write_paths(&found, args.show, out)?,
    }
    Ok(i32::from(found.paths.is_empty()))
}

/// Minutes as `about 3 min`: rounded to whole minutes, at least 1.
fn about(minutes: f64) -> String {
    format!("about {} min", minutes.round().max(1.0))
}

fn write_paths(p: &Paths, show: usize, out: &mut dyn Write) -> std::io::Result<()> {
    let count = if p.complete {
        format!("{} path(s)", p.paths.len())
    } else {
        format!(
            "more than {} paths (stopped at the limit; raise it with --limit)",
            p.limit
        )
    };
    writeln!(out, "{}: {count}", p.scenario)?;
    let run = |path: &paths::Path| {
        let mut cmd = format!("run {}", p.scenario);
        if !path.choices.is_empty() {
            cmd.push_str(&format!(" --choices {}", path.script()));
        }
        for c in &path.random {
            cmd.push_str(&format!(" (if random {} → {})", c.node, c.to));
        }
        cmd
    };
    if let (Some(short), Some(long)) = (p.shortest(), p.longest()) {
        let exact = match p.shortest_nodes {
            Some(n) if n < short.nodes.len() => format!(" (the shortest of all has {n} nodes)"),
            _ => String::new(),
        };
        writeln!(
            out,
            "  shortest: {} nodes, {}{exact}  → {}",
            short.nodes.len(),
            about(short.minutes),
            run(short)
        )?;
        let found = if p.complete { "" } else { " found" };
        writeln!(
            out,
            "  longest{found}: {} nodes, {}  → {}",
            long.nodes.len(),
            about(long.minutes),
            run(long)
        )?;
        let mean = p.paths.iter().map(|x| x.minutes).sum::<f64>() / p.paths.len() as f64;
        writeln!(
            out,
            "  on average {}; the scenario file says {} min",
            about(mean),
            p.authored_minutes
        )?;
    }
    writeln!(out)?;
    writeln!(out, "endings (paths that reach each):")?;
    for (id, n) in &p.endings {
        let none = if *n == 0 {
            "  ← no path ends here"
        } else {
            ""
        };
        writeln!(out, "  {id:<28} {n:>6}{none}")?;
    }
    writeln!(out, "reflections (paths that reach each):")?;
    if p.reflections.is_empty() {
        writeln!(out, "  none: this scenario asks the player nothing")?;
    }
    for (id, n) in &p.reflections {
        let none = if *n == 0 {
            "  ← no path asks this"
        } else {
            ""
        };
        writeln!(out, "  {id:<28} {n:>6}{none}")?;
    }
    if p.unvisited.is_empty() {
        writeln!(out, "nodes no path visits: none")?;
    } else {
        let approx = if p.unvisited_exact {
            ""
        } else {
            " (among the paths found)"
        };
        writeln!(
            out,
            "nodes no path visits{approx}: {}",
            p.unvisited.join(", ")
        )?;
    }
    writeln!(out)?;
    for (i, path) in p.paths.iter().take(show).enumerate() {
        writeln!(
            out,
            "path {}: {} nodes, {}, {} risky choice(s), ends at {}",
            i + 1,
            path.nodes.len(),
            about(path.minutes),
            path.risky(),
            path.ending
        )?;
        let mut choices = match path.script() {
            s if s.is_empty() => "none".to_string(),
            s => s,
        };
        for c in &path.random {
            choices.push_str(&format!(" · random {} → {}", c.node, c.to));
        }
        writeln!(out, "  choices: {choices}")?;
        let reflections = match path.reflections.join(", ") {
            r if r.is_empty() => "none".to_string(),
            r => r,
        };
        writeln!(out, "  reflections: {reflections}")?;
    }
    if p.paths.len() > show {
        writeln!(
            out,
            "  … {} more (list them with --show {} or --format json)",
            p.paths.len() - show,
            p.paths.len()
        )?;
    }
    Ok(())
}

fn write_coverage(c: &Coverage, id: &str, out: &mut dyn Write) -> std::io::Result<()> {
    let pct = |a: usize, b: usize| {
        if b == 0 {
            100.0
        } else {
            a as f64 * 100.0 / b as f64
        }
    };
    writeln!(
        out,
        "{id}: {} random playthrough(s) with seed {}, {} reached an ending",
        c.playthroughs, c.seed, c.finished
    )?;
    writeln!(
        out,
        "  nodes shown:    {:>4} of {:<4} ({:.0}%)",
        c.nodes_seen,
        c.nodes_total,
        pct(c.nodes_seen, c.nodes_total)
    )?;
    writeln!(
        out,
        "  options picked: {:>4} of {:<4} ({:.0}%)",
        c.options_picked,
        c.options_total,
        pct(c.options_picked, c.options_total)
    )?;
    writeln!(out, "endings:")?;
    for (ending, n) in &c.endings {
        writeln!(out, "  {ending:<28} {n:>6}")?;
    }
    if c.unseen.is_empty() {
        writeln!(out, "every node was shown")?;
    } else {
        writeln!(out, "never shown: {}", c.unseen.join(", "))?;
    }
    for s in &c.stuck {
        writeln!(out, "stuck: {s}")?;
    }
    Ok(())
}
