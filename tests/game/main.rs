//! Tests of the game: every screen with `egui_kittest`, the screen flow and the save and
//! resume cycle with a headless Bevy app, and the real window under a display.
//! One test binary, because each links Bevy.

mod flow;
mod screens;
mod window;

use std::path::Path;
use std::sync::Arc;

use respect_online::game::session::{Action, Session};
use respect_online::store::{Store, TextSpeed};

/// A session on the shipped library with a fresh save folder, in Dutch, messages at once.
pub fn session(dir: &Path) -> Session {
    session_in(dir, "nl")
}

pub fn session_in(dir: &Path, lang: &str) -> Session {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lib = respect_online::content::load_dir(root).unwrap().library;
    let store = Store::open(dir).unwrap();
    let mut s = Session::new(Arc::new(lib), Some(store), lang);
    s.progress.settings.text_speed = TextSpeed::Instant;
    s
}

/// A session with a player called Sam, playing the class chat.
pub fn playing(dir: &Path) -> Session {
    let mut s = session(dir);
    s.apply(Action::CreateProfile("Sam".into()), 1_000);
    s.apply(Action::Play("klassenchat".into()), 2_000);
    s
}

/// Plays on by the actions the screens would send, until `stop` holds.
pub fn play_until(s: &mut Session, stop: impl Fn(&Session) -> bool) {
    assert!(
        respect_online::game::autoplay::autoplay(s, 3_000, stop),
        "did not reach the point"
    );
}

/// The id of the node the active run is at.
pub fn at(s: &Session) -> String {
    s.playing
        .as_ref()
        .map(|a| a.run.node().id.clone())
        .unwrap_or_default()
}
