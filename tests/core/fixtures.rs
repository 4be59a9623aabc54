//! Every directory under `tests/fixtures/check/` changes one thing in the sound library
//! `tests/fixtures/base/` and lists the diagnostics `check` must give in `expected.txt`:
//!
//! ```text
//! error unknown-node scenarios/mini.ron:24:52 unknown node `eind`
//!   help: did you mean `einde`?
//! ```
//!
//! A fixture with a `locales/en/` folder (kept by a `.keep` file when empty) gets the real
//! English `ui.ftl`. Run with `UPDATE_FIXTURES=1` to write `expected.txt` from the current output (then read
//! the diff before committing it).

use std::fs;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else if entry.file_name() != "expected.txt" && entry.file_name() != ".keep" {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Builds base + overlay in a temporary folder and renders what the checker says.
pub fn check_output(overlay: &Path) -> String {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    copy_tree(&fixtures().join("base"), root);
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/nl/ui.ftl"),
        root.join("locales/nl/ui.ftl"),
    )
    .unwrap();
    copy_tree(overlay, root);
    // A fixture with an English folder gets the real English game texts too.
    if root.join("locales/en").is_dir() {
        fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en/ui.ftl"),
            root.join("locales/en/ui.ftl"),
        )
        .unwrap();
    }
    let loaded = respect_online::content::load_dir(root).unwrap();
    let mut out = String::new();
    for d in &loaded.diagnostics {
        let path = loaded.sources.path(d.file);
        let rel = path.strip_prefix(root).unwrap_or(path);
        let rel = rel.to_string_lossy().replace('\\', "/");
        let severity = if d.is_error() { "error" } else { "warning" };
        let place = match &d.span {
            Some(span) => {
                let p = loaded.sources.line_col(d.file, span.start);
                format!("{rel}:{}:{}", p.line, p.column)
            }
            None => rel,
        };
        out.push_str(&format!("{severity} {} {place} {}\n", d.code, d.message));
        if let Some(help) = &d.help {
            out.push_str(&format!("  help: {help}\n"));
        }
    }
    out
}

#[test]
fn base_library_is_clean() {
    let empty = tempfile::tempdir().unwrap();
    assert_eq!(check_output(empty.path()), "");
}

#[test]
fn every_fixture_gives_its_expected_diagnostics() {
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    let mut failures = Vec::new();
    let mut count = 0;
    let mut dirs: Vec<_> = fs::read_dir(fixtures().join("check"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    for dir in dirs {
        count += 1;
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let actual = check_output(&dir);
        let expected_path = dir.join("expected.txt");
        if update {
            fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        if actual != expected {
            failures.push(format!(
                "--- {name}\nexpected:\n{expected}\nactual:\n{actual}"
            ));
        }
        // The fixture's own code is among its diagnostics (directory names that are not a
        // code, like `ron-unclosed`, start with the code's first word).
        let first_word = name.split('-').next().unwrap_or("");
        assert!(
            actual.lines().any(|l| l
                .split(' ')
                .nth(1)
                .is_some_and(|c| c == name || c.starts_with(first_word))),
            "{name}: no diagnostic with its code in\n{actual}"
        );
    }
    assert!(count >= 40, "only {count} fixtures");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
