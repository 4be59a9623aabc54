//! docs/authoring.md, followed to the letter: its files are written and its commands run in
//! a copy of the shipped content, in order, as a newcomer would.
//!
//! The conventions of the document's code blocks:
//! - ```` ```ron file=PATH ```` (or any language with `file=`): write the block to `PATH`.
//! - ```` ```sh ````: run each line with `bash` in the content folder, `respect-online` on the
//!   `PATH`; every line must succeed. ```` ```sh fails ````: every line must exit 1.
//!   ```` ```sh setup ```` and ```` ```sh game ```` are not run (the alias, starting the game);
//!   instead the test checks that the game would load the new scenario.
//! - ```` ```text output ````: every non-empty line must appear in the output of the last
//!   command run before it.

use std::path::Path;
use std::process::Command;

use crate::authoring::copy_dir;

struct Block {
    info: String,
    body: String,
    /// Line in the document where the block starts, for messages.
    line: usize,
}

fn blocks(doc: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open: Option<Block> = None;
    for (i, line) in doc.lines().enumerate() {
        match (&mut open, line.strip_prefix("```")) {
            (None, Some(info)) => {
                open = Some(Block {
                    info: info.trim().to_string(),
                    body: String::new(),
                    line: i + 1,
                })
            }
            (Some(_), Some(rest)) if rest.trim().is_empty() => out.extend(open.take()),
            (Some(b), _) => {
                b.body.push_str(line);
                b.body.push('\n');
            }
            (None, None) => {}
        }
    }
    assert!(open.is_none(), "a code block is not closed");
    out
}

#[test]
fn the_authoring_tutorial_works_end_to_end() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(root.join("docs/authoring.md")).unwrap();
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("content");
    copy_dir(&root.join("scenarios"), &dir.join("scenarios"));
    copy_dir(&root.join("locales"), &dir.join("locales"));
    // `respect-online` on the PATH, as after the document's setup step.
    let bin_dir = work.path().join("bin");
    std::fs::create_dir_all(&bin_dir).unwrap();
    std::os::unix::fs::symlink(
        env!("CARGO_BIN_EXE_respect-online"),
        bin_dir.join("respect-online"),
    )
    .unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );

    let mut last_output: Option<String> = None;
    let mut files = Vec::new();
    let (mut commands, mut checked_outputs, mut game) = (0, 0, false);
    for b in blocks(&doc) {
        let mut words = b.info.split_whitespace();
        let lang = words.next().unwrap_or("");
        let attrs: Vec<&str> = words.collect();
        if let Some(file) = attrs.iter().find_map(|a| a.strip_prefix("file=")) {
            let target = dir.join(file);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::write(&target, &b.body).unwrap();
            files.push(file.to_string());
            continue;
        }
        match lang {
            "sh" if attrs.contains(&"setup") => {}
            "sh" if attrs.contains(&"game") => game = true,
            "sh" => {
                let fails = attrs.contains(&"fails");
                for cmd in b.body.lines().map(str::trim) {
                    if cmd.is_empty() || cmd.starts_with('#') {
                        continue;
                    }
                    let out = Command::new("bash")
                        .args(["-c", cmd])
                        .current_dir(&dir)
                        .env("PATH", &path)
                        .env("NO_COLOR", "1")
                        .output()
                        .unwrap();
                    let text = format!(
                        "{}{}",
                        String::from_utf8_lossy(&out.stdout),
                        String::from_utf8_lossy(&out.stderr)
                    );
                    let expected = if fails { 1 } else { 0 };
                    assert_eq!(
                        out.status.code(),
                        Some(expected),
                        "docs/authoring.md:{}: `{cmd}` should exit {expected}:\n{text}",
                        b.line
                    );
                    commands += 1;
                    last_output = Some(text);
                }
            }
            "text" if attrs.contains(&"output") => {
                let output = last_output.as_deref().unwrap_or_else(|| {
                    panic!("docs/authoring.md:{}: output before any command", b.line)
                });
                for line in b
                    .body
                    .lines()
                    .map(str::trim_end)
                    .filter(|l| !l.trim().is_empty())
                {
                    assert!(
                        output.contains(line),
                        "docs/authoring.md:{}: the output lacks {line:?}; it was:\n{output}",
                        b.line
                    );
                }
                checked_outputs += 1;
            }
            _ => {}
        }
    }
    assert!(commands >= 8, "the tutorial runs its commands ({commands})");
    assert!(
        checked_outputs >= 3,
        "the tutorial shows real output ({checked_outputs})"
    );
    assert!(files.iter().any(|f| f.ends_with(".ron")), "{files:?}");
    // The last step plays the scenario in the game: the game loads what `check` passed.
    assert!(game, "the tutorial ends in the game");
    let loaded = respect_online::content::load_dir(&dir).unwrap();
    assert_eq!(loaded.errors(), 0);
    for f in files.iter().filter(|f| f.ends_with(".ron")) {
        let id = Path::new(f).file_stem().unwrap().to_str().unwrap();
        assert!(
            loaded.library.scenario(id).is_some(),
            "the game offers `{id}`"
        );
    }
}
