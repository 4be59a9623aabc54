//! The shipped library: it checks clean, and every scenario plays to an end by random
//! choices and replays exactly from its transcript.

use std::path::Path;
use std::sync::Arc;

use proptest::prelude::*;
use respect_online::story::library::Loaded;
use respect_online::story::{Run, Transcript};

use crate::play::{RandomPolicy, play};

pub fn shipped() -> Loaded {
    respect_online::content::load_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .expect("library folders exist")
}

#[test]
fn shipped_library_checks_clean() {
    let loaded = shipped();
    let rendered = loaded.sources.render(&loaded.diagnostics, false);
    assert!(loaded.diagnostics.is_empty(), "{rendered}");
    assert!(loaded.library.scenarios().count() >= 1);
    assert_eq!(loaded.library.locales.languages(), ["nl", "en"]);
}

/// Upper bound on actions in one playthrough; random play through loops ends long before.
const MAX_ACTIONS: usize = 5_000;

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_play_ends_and_replays_exactly(seed in any::<u64>(), choices in any::<u64>()) {
        let loaded = shipped();
        for scenario in loaded.library.scenarios() {
            let hash = loaded.library.scenario_hash(&scenario.id);
            let mut run = Run::start(Arc::clone(scenario), hash, seed, 1_000).unwrap();
            let steps = play(&mut run, &mut RandomPolicy(choices), MAX_ACTIONS);
            prop_assert!(steps.is_ok(), "{}: {:?}", scenario.id, steps);
            prop_assert!(run.is_finished());
            prop_assert!(run.node().is_ending());

            let json = serde_json::to_string(run.transcript()).unwrap();
            let back: Transcript = serde_json::from_str(&json).unwrap();
            let replayed = Run::replay(Arc::clone(scenario), &back).unwrap();
            prop_assert_eq!(replayed.transcript(), run.transcript());
            prop_assert_eq!(&replayed.node().id, &run.node().id);
            prop_assert_eq!(replayed.vars(), run.vars());
            prop_assert_eq!(replayed.perspective(), run.perspective());
            prop_assert!(replayed.is_finished());

            // A save cut off after any action resumes exactly there.
            let events = &run.transcript().events;
            let cut = 1 + (seed as usize) % (events.len() - 1);
            let boundary = (cut..events.len())
                .find(|&i| events[i].kind.is_input())
                .unwrap_or(events.len());
            let mut saved = run.transcript().clone();
            saved.events.truncate(boundary);
            let (resumed, err) = Run::replay_prefix(Arc::clone(scenario), &saved);
            prop_assert!(err.is_none(), "{:?}", err);
            prop_assert_eq!(resumed.transcript(), &saved);

            // Cut in the middle of an action (a damaged save), it still gives a sound run.
            saved.events.truncate(cut);
            let (resumed, _) = Run::replay_prefix(Arc::clone(scenario), &saved);
            prop_assert!(Run::replay(Arc::clone(scenario), resumed.transcript()).is_ok());
        }
    }
}

/// The rows of the tables in `docs/cast.md`: a name and the scenario ids (in backticks) of
/// its last column.
fn cast() -> Vec<(String, Vec<String>)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/cast.md");
    let text = std::fs::read_to_string(&path).expect("docs/cast.md exists");
    text.lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line
                .trim()
                .strip_prefix('|')?
                .split('|')
                .map(str::trim)
                .collect();
            let name = cells.first()?.trim_matches('*').to_string();
            let last = cells.iter().rev().find(|c| !c.is_empty())?;
            let ids: Vec<String> = last
                .split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect();
            (!ids.is_empty()).then_some((name, ids))
        })
        .collect()
}

/// A name is one person everywhere (CONTENT.md): every character of every shipped scenario
/// is in the cast under its Dutch name, with that scenario listed, and every scenario the
/// cast lists for a name mentions that name in its Dutch text.
#[test]
fn every_character_is_in_the_cast() {
    use respect_online::story::MessageKey;

    let loaded = shipped();
    let chain = loaded.library.locales.negotiate(&["nl"]);
    let cast = cast();
    let mut names: Vec<&str> = cast.iter().map(|(n, _)| n.as_str()).collect();
    names.sort();
    let before = names.len();
    names.dedup();
    assert_eq!(names.len(), before, "a name has one row in docs/cast.md");
    for s in loaded.library.scenarios() {
        for c in &s.characters {
            let key = MessageKey::new(format!("character-{}", c.id));
            let name = loaded
                .library
                .locales
                .format(&chain, &s.id, &key, None)
                .unwrap();
            let row = cast.iter().find(|(n, _)| *n == name);
            assert!(
                row.is_some_and(|(_, ids)| ids.contains(&s.id)),
                "{}: `{name}` is not in docs/cast.md with `{}` among their scenarios",
                s.id,
                s.id
            );
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, ids) in &cast {
        for id in ids {
            let text = std::fs::read_to_string(root.join(format!("locales/nl/{id}.ftl")))
                .unwrap_or_else(|_| {
                    panic!("docs/cast.md: `{name}` in `{id}`, a scenario with no Dutch text")
                });
            // Chat messages write names in lower case.
            assert!(
                text.to_lowercase().contains(&name.to_lowercase()),
                "docs/cast.md lists `{name}` in `{id}`, but its text never mentions them"
            );
        }
    }
}
