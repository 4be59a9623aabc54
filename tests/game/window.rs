//! The real window: the binary runs with `--capture`, takes screenshots of every screen
//! and quits by itself. Needs a display; `.ci/run` runs it under Xvfb with Mesa's software
//! renderer (`xvfb-run cargo test --test game -- --ignored`).

use std::process::Command;

use respect_online::game::capture::CAPTURE_SHOTS;

/// Decodes a PNG and says how many distinct colours it has, sampled on a grid.
fn colours(path: &std::path::Path) -> usize {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let bpp = info.line_size / info.width as usize;
    let mut seen = std::collections::HashSet::new();
    for y in (0..info.height as usize).step_by(7) {
        for x in (0..info.width as usize).step_by(7) {
            let i = y * info.line_size + x * bpp;
            seen.insert(buf[i..i + 3].to_vec());
        }
    }
    seen.len()
}

#[test]
#[ignore = "needs a display: run under xvfb-run (see .ci/run)"]
fn the_window_shows_the_start_and_play_screens() {
    let shots = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_respect-online"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("--data-dir")
        .arg(data.path())
        .arg("--capture")
        .arg(shots.path())
        .status()
        .unwrap();
    assert!(status.success(), "the game exited with {status}");
    for name in CAPTURE_SHOTS {
        let path = shots.path().join(name);
        assert!(path.exists(), "{name} is missing");
        let n = colours(&path);
        assert!(n > 20, "{name} looks blank ({n} colours)");
    }
    if let Ok(dir) = std::env::var("SCREENSHOT_DIR") {
        std::fs::create_dir_all(&dir).unwrap();
        for name in CAPTURE_SHOTS {
            std::fs::copy(
                shots.path().join(name),
                std::path::Path::new(&dir).join(name),
            )
            .unwrap();
        }
    }
}
