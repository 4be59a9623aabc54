//! `cargo bench --bench library`: load and fully check a generated library of 1,000
//! scenarios × 60 nodes with Dutch and English text (3,002 files). Prints the median of
//! several runs; the figures are recorded in docs/performance.md.

use std::path::Path;
use std::time::{Duration, Instant};

use respect_online::story::generate;

fn main() {
    let scenarios = std::env::var("BENCH_SCENARIOS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000);
    let nodes = 60;
    let root_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ui_nl = std::fs::read_to_string(root_dir.join("locales/nl/ui.ftl")).unwrap();
    let ui_en = std::fs::read_to_string(root_dir.join("locales/en/ui.ftl")).unwrap();
    let dir = std::env::temp_dir().join(format!("respect-online-bench-{}", std::process::id()));
    let files = generate::library(scenarios, nodes, &ui_nl, &ui_en);
    generate::write(&dir, &files).unwrap();

    let mut times = Vec::new();
    let mut nodes_total = 0;
    for _ in 0..7 {
        let start = Instant::now();
        let loaded = respect_online::content::load_dir(&dir).unwrap();
        times.push(start.elapsed());
        assert_eq!(loaded.errors(), 0, "the generated library must be sound");
        assert_eq!(loaded.library.scenarios().count(), scenarios);
        nodes_total = loaded
            .library
            .scenarios()
            .map(|s| s.nodes.len())
            .sum::<usize>();
    }
    std::fs::remove_dir_all(&dir).ok();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "load + full check: {scenarios} scenarios, {nodes_total} nodes, {} files: median {:.0} ms (min {:.0} ms, max {:.0} ms, 7 runs)",
        files.len(),
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1]),
    );
}
