//! Plays on by itself, by the same actions the screens send: for `--capture`, for
//! `--measure`, and for the tests. Reflections get a varied, valid answer
//! ([`Answer::varied`]), typed into the draft as a player would.

use super::session::{Action, Session};
use crate::store::Draft;
use crate::story::runtime::{Answer, Millis};
use crate::story::{NodeKind, Step};

/// Steps at most; a scenario ends long before.
const MAX_STEPS: usize = 500;

/// Plays the run being played until `stop` holds (true), or nothing is being played any
/// more (false). Feedback after a flag or quiz is closed, and an ending is closed with
/// nothing written.
pub fn autoplay(s: &mut Session, now: Millis, stop: impl Fn(&Session) -> bool) -> bool {
    for i in 0..MAX_STEPS {
        let at = now + i as Millis;
        if s.playing.as_ref().is_some_and(|p| p.feedback.is_some()) {
            s.apply(Action::CloseFeedback, at);
        }
        if stop(s) {
            return true;
        }
        let Some(playing) = &s.playing else {
            return false;
        };
        let action = match playing.run.step() {
            Step::Show(_) => Action::Advance,
            Step::Choose(_, options) => Action::Choose(options[0].id.clone()),
            Step::Reflect(node, _) => {
                s.apply(Action::EditDraft(sample(&node.id, &node.kind)), at);
                Action::Answer
            }
            Step::Ending(_) => Action::Finish,
            Step::Finished(_) => return false,
        };
        s.apply(action, at);
    }
    false
}

/// A filled-in draft for a reflection: words, a score, the first feelings, a flag.
fn sample(node: &str, kind: &NodeKind) -> Draft {
    let answer = Answer::varied(kind, 1).unwrap_or(Answer::Text {
        text: String::new(),
    });
    Draft::holding(node, &answer)
}
