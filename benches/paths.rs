//! `cargo bench --no-default-features --bench paths`: time `paths` (every path up to the
//! default limit, the exact state-space figures, and the JSON output) on every shipped scenario and on
//! a generated scenario of 200 nodes with heavy branching. Prints the median of several
//! runs; the figures are recorded in docs/performance.md.

use std::path::Path;
use std::time::{Duration, Instant};

use respect_online::story::{Library, generate, paths, readability};

/// Runs `paths` once on scenario `id`, printing included: (paths, complete, bytes of JSON).
fn time_once(library: &Library, id: &str) -> (usize, bool, usize) {
    let s = library.scenario(id).expect("the scenario loads");
    let chain = library.locales.negotiate(&["nl"]);
    let texts = readability::node_texts(s, &library.locales, &chain);
    let seconds = paths::node_seconds(s, &texts);
    let p = paths::enumerate(s, &seconds, paths::DEFAULT_LIMIT);
    let json = serde_json::to_string_pretty(&p).unwrap();
    (p.paths.len(), p.complete, json.len())
}

/// Times `paths` on scenario `id` of `library`: seven runs, sorted.
fn time(library: &Library, id: &str) -> (usize, bool, Vec<Duration>) {
    let mut times = Vec::new();
    let mut found = (0, false);
    for _ in 0..7 {
        let start = Instant::now();
        let (count, complete, _) = time_once(library, id);
        times.push(start.elapsed());
        found = (count, complete);
    }
    times.sort();
    (found.0, found.1, times)
}

fn report(what: &str, nodes: usize, (count, complete, times): (usize, bool, Vec<Duration>)) {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "paths {what} ({nodes} nodes): {count} paths{}: median {:.1} ms (min {:.1} ms, max {:.1} ms, 7 runs)",
        if complete { "" } else { " (the limit)" },
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1]),
    );
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shipped = respect_online::content::load_dir(root).unwrap().library;
    for s in shipped.scenarios() {
        report(&s.id, s.nodes.len(), time(&shipped, &s.id));
    }

    let ui =
        |lang: &str| std::fs::read_to_string(root.join(format!("locales/{lang}/ui.ftl"))).unwrap();
    let dir = std::env::temp_dir().join(format!("respect-online-paths-{}", std::process::id()));
    generate::write(&dir, &generate::library(1, 200, &ui("nl"), &ui("en"))).unwrap();
    // The whole command as `paths gen_0000 --format json` runs it: load and check the
    // library, enumerate, print.
    let mut whole = Vec::new();
    for _ in 0..7 {
        let start = Instant::now();
        let library = respect_online::content::load_dir(&dir).unwrap().library;
        let (count, _, _) = time_once(&library, "gen_0000");
        assert_eq!(count, paths::DEFAULT_LIMIT);
        whole.push(start.elapsed());
    }
    whole.sort();
    let generated = respect_online::content::load_dir(&dir).unwrap().library;
    std::fs::remove_dir_all(&dir).ok();
    let nodes = generated.scenario("gen_0000").map_or(0, |s| s.nodes.len());
    report("generated", nodes, time(&generated, "gen_0000"));
    println!(
        "whole command on the generated scenario (load, check, enumerate, JSON): median {:.0} ms",
        whole[whole.len() / 2].as_secs_f64() * 1000.0
    );
}
