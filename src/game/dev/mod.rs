//! For authors: `--dev` watches `scenarios/` and `locales/` and loads them again when a file
//! is saved; F12 opens an overlay with the scenario, the node, the variables, and every node
//! to play from. An error in a saved file shows in an overlay with file, line and column,
//! and the previous version of that scenario keeps playing.
//!
//! Watching is polling: every [`POLL`] the files' sizes and modification times are compared
//! (a few dozen `stat` calls), which needs no extra dependency and sees editors that save by
//! renaming a temporary file as well as those that write in place.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

pub mod overlay;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::Game;
use super::egui_glue::UiAction;
use super::session::{Reload, Session};

/// How often the content folder is looked at.
pub const POLL: Duration = Duration::from_millis(250);

/// The content files as last seen: path, modification time and size of each.
#[derive(Debug, Default, PartialEq)]
pub struct Watch {
    content: PathBuf,
    stamp: Vec<(PathBuf, Option<SystemTime>, u64)>,
}

impl Watch {
    pub fn new(content: &Path) -> Watch {
        Watch {
            content: content.to_path_buf(),
            stamp: stamp(content),
        }
    }

    /// Whether a file was added, removed or saved since the last call.
    pub fn changed(&mut self) -> bool {
        let now = stamp(&self.content);
        let changed = now != self.stamp;
        self.stamp = now;
        changed
    }
}

fn stamp(content: &Path) -> Vec<(PathBuf, Option<SystemTime>, u64)> {
    let mut out = Vec::new();
    let mut dirs = vec![content.join("scenarios"), content.join("locales")];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            let Ok(meta) = e.metadata() else { continue };
            if meta.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "ron" || x == "ftl") {
                out.push((path, meta.modified().ok(), meta.len()));
            }
        }
    }
    out.sort();
    out
}

/// What the overlay shows besides the session.
#[derive(Debug, Default)]
pub struct DevView {
    /// The overlay is open (F12).
    pub open: bool,
    /// The errors of the last load, as `check` prints them, if it had any.
    pub problems: Option<String>,
    /// What the last reload did.
    pub status: String,
    /// The last reload kept the previous version of the scenario being played.
    pub kept: bool,
}

/// Loads `content` again, hands it to the session and tells `view` what happened.
pub fn reload(session: &mut Session, content: &Path, view: &mut DevView) -> Option<Reload> {
    let started = Instant::now();
    let loaded = match crate::content::load_dir(content) {
        Ok(l) => l,
        Err(e) => {
            view.problems = Some(format!("cannot read {}: {e}", content.display()));
            return None;
        }
    };
    let errors: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .cloned()
        .collect();
    view.problems =
        (!errors.is_empty()).then(|| loaded.sources.render(&errors, false).trim_end().to_string());
    let outcome = session.reload(loaded);
    view.kept = outcome == Reload::Kept;
    let node = session
        .playing
        .as_ref()
        .map(|p| format!("`{}`", p.run.node().id))
        .unwrap_or_default();
    view.status = match outcome {
        Reload::Swapped => format!("reloaded in {} ms", started.elapsed().as_millis()),
        Reload::Replayed => {
            format!("reloaded; the node is gone, so the run went back to {node}")
        }
        Reload::Kept => {
            "the scenario being played has errors: the previous version keeps playing".into()
        }
    };
    info!("dev: {}", view.status);
    Some(outcome)
}

/// `--dev`: the content folder watched, and what the overlay shows.
#[derive(Resource)]
pub struct Dev {
    pub view: DevView,
    content: PathBuf,
    watch: Watch,
    polled: Option<Instant>,
}

impl Dev {
    pub fn new(content: PathBuf) -> Dev {
        Dev {
            view: DevView::default(),
            watch: Watch::new(&content),
            content,
            polled: None,
        }
    }
}

/// Watches and reloads the content; F12 for the overlay. Needs a [`Dev`] resource.
pub fn plugin(app: &mut App) {
    app.add_systems(Update, poll)
        .add_systems(EguiPrimaryContextPass, draw_overlay);
}

fn poll(mut dev: ResMut<Dev>, mut game: ResMut<Game>) {
    if dev.polled.is_some_and(|t| t.elapsed() < POLL) {
        return;
    }
    dev.polled = Some(Instant::now());
    if !dev.watch.changed() {
        return;
    }
    let Dev { view, content, .. } = &mut *dev;
    reload(&mut game.0, content, view);
}

fn draw_overlay(
    mut contexts: EguiContexts,
    mut dev: ResMut<Dev>,
    game: Res<Game>,
    mut out: MessageWriter<UiAction>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let actions = overlay::draw(&ctx, &game.0, &mut dev.view);
    out.write_batch(actions.into_iter().map(UiAction));
    Ok(())
}
