//! The `respect-online` binary as authors run it.

use std::path::Path;
use std::process::Command;

/// A temporary library: the base fixture's text, the real Dutch game texts, and the
/// scenario file of fixture `name`.
fn fixture_library(name: &str) -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("scenarios")).unwrap();
    std::fs::create_dir_all(dir.path().join("locales/nl")).unwrap();
    let copies = [
        (
            format!("tests/fixtures/check/{name}/scenarios/mini.ron"),
            "scenarios/mini.ron",
        ),
        (
            "tests/fixtures/base/locales/nl/mini.ftl".to_string(),
            "locales/nl/mini.ftl",
        ),
        ("locales/nl/ui.ftl".to_string(), "locales/nl/ui.ftl"),
    ];
    for (from, to) in copies {
        std::fs::copy(root.join(from), dir.path().join(to)).unwrap();
    }
    dir
}

/// The `respect-online` binary, run from the project folder.
pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_respect-online"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

#[test]
fn check_on_the_shipped_library_exits_zero() {
    let out = bin().args(["check", "--deny-warnings"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("0 error(s), 0 warning(s)"), "{text}");
}

#[test]
fn check_reports_errors_with_position_and_exit_one() {
    let dir = fixture_library("unknown-node");

    let human = bin()
        .current_dir(dir.path())
        .args(["check", "--color", "never"])
        .output()
        .unwrap();
    assert_eq!(human.status.code(), Some(1));
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(
        text.contains("error[unknown-node]: unknown node `eind`"),
        "{text}"
    );
    assert!(text.contains("┌─ scenarios/mini.ron:27:41"), "{text}");
    assert!(text.contains("help: did you mean `einde`?"), "{text}");
    assert!(text.contains("1 error(s), 0 warning(s)"), "{text}");

    let json = bin()
        .current_dir(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(json.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["errors"], 1);
    let d = &v["diagnostics"][0];
    assert_eq!(d["code"], "unknown-node");
    assert_eq!(d["file"], "scenarios/mini.ron");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(27), Some(41))
    );
    assert_eq!(d["help"], "did you mean `einde`?");
}

#[test]
fn warnings_fail_only_with_deny_warnings() {
    let dir = fixture_library("no-themes");
    let lenient = bin().current_dir(dir.path()).arg("check").output().unwrap();
    assert_eq!(lenient.status.code(), Some(0));
    let strict = bin()
        .current_dir(dir.path())
        .args(["check", "--deny-warnings"])
        .output()
        .unwrap();
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn a_path_that_does_not_exist_is_a_clear_error() {
    let out = bin().args(["check", "no/such/place"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/place does not exist"), "{err}");
}

#[test]
fn checking_one_scenario_finds_its_text_beside_it() {
    let out = bin()
        .args(["check", "--deny-warnings", "scenarios/klassenchat.ron"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("checked 1 scenario(s) and 4 text file(s)"),
        "{text}"
    );
}

#[test]
fn checking_one_scenario_ignores_the_text_of_the_others() {
    let dir = fixture_library("unknown-node");
    // A second, sound scenario's text beside it.
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base/locales/nl/mini.ftl"),
        dir.path().join("locales/nl/ander.ftl"),
    )
    .unwrap();
    let out = bin()
        .current_dir(dir.path())
        .args(["check", "scenarios/mini.ron"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("orphan-text-file"), "{text}");
    assert!(
        text.contains("checked 1 scenario(s) and 2 text file(s)"),
        "{text}"
    );
}

fn stdout(args: &[&str]) -> String {
    let out = bin().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn graph_draws_every_node_and_branch_in_dot_and_mermaid() {
    let dot = stdout(&["graph", "klassenchat"]);
    assert!(dot.starts_with("digraph \"klassenchat\" {"));
    // Kinds by shape; the random branch with its weights; risky options in red.
    for needle in [
        "shape=diamond, fillcolor=\"#fef08a\"",
        "shape=doubleoctagon",
        "shape=note",
        "shape=circle",
        "shape=hexagon",
        "\"wie_eerst\" -> \"eerst_mehmet\" [label=\"1/2\"]",
        "⚠ doorsturen: ",
        "color=\"#b91c1c\"",
        "label=\"einde_steun\\nEND Je koos voor Noor\"",
    ] {
        assert!(dot.contains(needle), "{needle}");
    }
    let loaded = crate::library::shipped();
    let s = loaded.library.scenario("klassenchat").unwrap();
    for node in &s.nodes {
        assert!(
            dot.contains(&format!("\n  \"{}\" [label=", node.id)),
            "{}",
            node.id
        );
    }
    let edges = s.nodes.iter().map(|n| n.successors().len()).sum::<usize>();
    assert_eq!(dot.matches(" -> ").count(), edges);

    let mermaid = stdout(&[
        "graph",
        "klassenchat",
        "--format",
        "mermaid",
        "--lang",
        "en",
    ]);
    assert!(mermaid.starts_with("flowchart TD\n"));
    assert_eq!(
        mermaid.matches(" --> ").count() + mermaid.matches(" -->|").count(),
        edges
    );
    assert!(mermaid.contains("classDef ending fill:#bbf7d0"));
    assert!(mermaid.contains("linkStyle"));
    assert!(mermaid.contains("You chose Noor"), "English labels");
    assert!(
        !mermaid
            .lines()
            .skip(1)
            .any(|l| l.matches('"').count() % 2 == 1)
    );
}

#[test]
fn graph_takes_a_scenario_file_and_explains_an_unknown_id() {
    let dir = fixture_library("../base");
    let out_file = dir.path().join("mini.dot");
    let file = dir.path().join("scenarios/mini.ron");
    let out = bin()
        .args([
            "graph",
            file.to_str().unwrap(),
            "--out",
            out_file.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        std::fs::read_to_string(&out_file)
            .unwrap()
            .starts_with("digraph \"mini\"")
    );
    let out = bin().args(["graph", "klasenchat"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("did you mean `klassenchat`?"), "{err}");
}

#[test]
fn a_language_without_the_scenarios_text_gets_no_readability_row() {
    let dir = fixture_library("unknown-node");
    // A correct scenario, and English game texts but no English scenario text.
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base/scenarios/mini.ron"),
        dir.path().join("scenarios/mini.ron"),
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("locales/en")).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en/ui.ftl"),
        dir.path().join("locales/en/ui.ftl"),
    )
    .unwrap();
    let out = bin()
        .current_dir(dir.path())
        .args(["check", "--color", "never"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("error[missing-text-file]"), "{text}");
    assert!(text.contains("  mini                     nl "), "{text}");
    assert!(!text.contains("  mini                     en "), "{text}");
}
