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
    s.settings.text_speed = TextSpeed::Instant;
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
    use respect_online::story::{NodeKind, Step};
    for i in 0..400 {
        if s.active.as_ref().is_some_and(|a| a.feedback.is_some()) {
            s.apply(Action::CloseFeedback, 3_000 + i);
            continue;
        }
        if stop(s) {
            return;
        }
        let a = s.active.as_mut().expect("a run is active");
        let action = match a.run.step() {
            Step::Show(_) => Action::Advance,
            Step::Choose(_, options) => Action::Choose(options[0].id.clone()),
            Step::Reflect(node, _) => {
                let kind = node.kind.clone();
                let d = &mut a.draft;
                d.text = "Omdat het niet eerlijk is voor Noor.".into();
                d.score = Some(6);
                d.flag = Some(respect_online::story::format::Flag::Red);
                if let NodeKind::Feelings { feelings, .. } = &kind {
                    d.chosen = vec![feelings[0]];
                }
                if let NodeKind::Quiz { options, .. } = &kind {
                    d.option = Some(options[0].clone());
                }
                Action::Answer
            }
            Step::Ending(_) => Action::Finish,
            Step::Finished(_) => return,
        };
        s.apply(action, 3_000 + i);
    }
    panic!("did not reach the point in 400 steps");
}

/// The id of the node the active run is at.
pub fn at(s: &Session) -> String {
    s.active
        .as_ref()
        .map(|a| a.run.node().id.clone())
        .unwrap_or_default()
}
