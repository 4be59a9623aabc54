//! The screen flow and the save and resume cycle in a headless Bevy app: actions go in as
//! messages, `App::update` runs the systems, and the state and the files are checked.

use bevy::app::AppExit;
use bevy::prelude::*;
use respect_online::game::egui_glue::UiAction;
use respect_online::game::session::{Action, Notice, Overlay, Screen};
use respect_online::game::{Game, flow};
use respect_online::store::Store;
use respect_online::story::runtime::EventKind;

use crate::{at, play_until, session};

fn app(dir: &std::path::Path) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, flow::plugin))
        .insert_resource(Game(session(dir)));
    app.update();
    app
}

fn send(app: &mut App, action: Action) {
    app.world_mut().write_message(UiAction(action));
    app.update();
}

fn screen(app: &App) -> Screen {
    app.world().resource::<Game>().0.nav.screen
}

#[test]
fn screens_follow_the_players_actions() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    assert_eq!(screen(&app), Screen::Start);
    send(&mut app, Action::Go(Screen::Welcome));
    assert_eq!(screen(&app), Screen::Welcome);
    send(&mut app, Action::CreateProfile("  Sam  ".into()));
    assert_eq!(screen(&app), Screen::Overview);
    send(&mut app, Action::Open(Overlay::Settings));
    let overlay = |app: &App| app.world().resource::<Game>().0.nav.overlay;
    assert_eq!(overlay(&app), Some(Overlay::Settings));
    assert_eq!(
        screen(&app),
        Screen::Overview,
        "settings lie over the screen"
    );
    send(&mut app, Action::CloseOverlay);
    assert_eq!(overlay(&app), None);
    assert_eq!(screen(&app), Screen::Overview);
    send(&mut app, Action::Play("klassenchat".into()));
    assert_eq!(screen(&app), Screen::Play);
    send(&mut app, Action::SaveAndStop);
    assert_eq!(screen(&app), Screen::Overview);
    let game = &app.world().resource::<Game>().0;
    assert_eq!(game.player_name(), "Sam");
}

#[test]
fn quitting_at_any_moment_resumes_at_the_same_message_with_every_answer() {
    let dir = tempfile::tempdir().unwrap();
    let (node, events, draft) = {
        let mut app = app(dir.path());
        send(&mut app, Action::CreateProfile("Sam".into()));
        send(&mut app, Action::Play("klassenchat".into()));
        let game = &mut app.world_mut().resource_mut::<Game>().0;
        play_until(game, |s| at(s) == "terugkijken");
        game.playing.as_mut().unwrap().draft.text = "Half af".into();
        game.progress.draft_dirty = true;
        // Closing the window sends `AppExit`; the game saves on its way out.
        app.world_mut().write_message(AppExit::Success);
        app.update();
        let game = &app.world().resource::<Game>().0;
        let a = game.playing.as_ref().unwrap();
        (
            a.run.node().id.clone(),
            a.run.transcript().events.clone(),
            a.draft.text.clone(),
        )
        // The app is dropped here without any further saving, as after a kill.
    };
    assert_eq!(node, "terugkijken");
    let mut app = app(dir.path());
    assert_eq!(screen(&app), Screen::Start);
    send(&mut app, Action::Go(Screen::Overview));
    send(&mut app, Action::Continue);
    assert_eq!(screen(&app), Screen::Play);
    let game = &app.world().resource::<Game>().0;
    let a = game.playing.as_ref().unwrap();
    assert_eq!(a.run.node().id, node);
    assert_eq!(a.run.transcript().events, events, "every answer is intact");
    assert_eq!(a.draft.text, draft);
    assert!(
        events
            .iter()
            .filter(|e| matches!(e.kind, EventKind::Answered { .. }))
            .count()
            >= 6
    );
}

#[test]
fn every_step_is_on_disk_before_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    send(&mut app, Action::CreateProfile("Sam".into()));
    send(&mut app, Action::Play("klassenchat".into()));
    for _ in 0..5 {
        send(&mut app, Action::Advance);
        let game = &app.world().resource::<Game>().0;
        let on_disk = Store::open(dir.path())
            .unwrap()
            .load_run("klassenchat")
            .value
            .unwrap();
        assert_eq!(
            &on_disk.transcript,
            game.playing.as_ref().unwrap().run.transcript()
        );
    }
}

#[test]
fn a_damaged_save_is_restored_from_the_backup_with_a_friendly_notice() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut app = app(dir.path());
        send(&mut app, Action::CreateProfile("Sam".into()));
        send(&mut app, Action::Play("klassenchat".into()));
        send(&mut app, Action::Advance);
        send(&mut app, Action::Advance);
    }
    let save = dir.path().join("runs/klassenchat.json");
    std::fs::write(&save, b"{ not json").unwrap();
    let app = app(dir.path());
    let game = &app.world().resource::<Game>().0;
    assert_eq!(game.nav.notices.len(), 1);
    assert_eq!(game.nav.notices[0], Notice::Restored);
    assert!(
        game.ui(Notice::Restored.key())
            .contains("vorige versie teruggezet")
    );
    // The damaged file is kept aside, not overwritten.
    let kept: Vec<_> = std::fs::read_dir(dir.path().join("runs"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".damaged-"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(std::fs::read(kept[0].path()).unwrap(), b"{ not json");
    assert!(game.progress.runs.contains_key("klassenchat"));
}

#[test]
fn a_broken_scenario_is_left_out_and_the_rest_plays() {
    let content = tempfile::tempdir().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["scenarios", "locales/nl", "locales/en"] {
        std::fs::create_dir_all(content.path().join(sub)).unwrap();
    }
    for f in [
        "scenarios/klassenchat.ron",
        "locales/nl/klassenchat.ftl",
        "locales/en/klassenchat.ftl",
        "locales/nl/ui.ftl",
        "locales/en/ui.ftl",
    ] {
        std::fs::copy(root.join(f), content.path().join(f)).unwrap();
    }
    std::fs::write(
        content.path().join("scenarios/kapot.ron"),
        "Scenario(id: \"kapot\",",
    )
    .unwrap();
    let lib = respect_online::game::load_library(content.path());
    assert!(lib.scenario("kapot").is_none());
    assert!(lib.scenario("klassenchat").is_some());
}

/// Copies the shipped `scenarios/` and `locales/` into `to`.
fn copy_content(to: &std::path::Path) {
    fn copy(from: &std::path::Path, to: &std::path::Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            if e.path().is_dir() {
                copy(&e.path(), &to.join(e.file_name()));
            } else {
                std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    copy(&root.join("scenarios"), &to.join("scenarios"));
    copy(&root.join("locales"), &to.join("locales"));
}

/// Updates the app until `done` holds, giving the watcher time to look (at most 10 s).
fn update_until(app: &mut App, done: impl Fn(&App) -> bool) {
    for _ in 0..40 {
        std::thread::sleep(respect_online::game::dev::POLL);
        app.update();
        if done(app) {
            return;
        }
    }
    panic!("the change was not picked up");
}

#[test]
fn dev_mode_reloads_saved_files_and_keeps_the_place() {
    use respect_online::game::dev::{self, Dev};
    use respect_online::story::MessageKey;
    use std::sync::Arc;

    let data = tempfile::tempdir().unwrap();
    let content = tempfile::tempdir().unwrap();
    copy_content(content.path());
    let lib = respect_online::content::load_dir(content.path())
        .unwrap()
        .library;
    let mut s = respect_online::game::session::Session::new(
        Arc::new(lib),
        Some(Store::open(data.path()).unwrap()),
        "nl",
    );
    s.apply(Action::CreateProfile("Sam".into()), 1_000);
    s.apply(Action::Play("klassenchat".into()), 2_000);
    play_until(&mut s, |s| at(s) == "keuze_groep");
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, flow::plugin))
        .insert_resource(Dev::new(content.path().to_path_buf()))
        .add_plugins(dev::plugin)
        .insert_resource(Game(s));
    app.update();

    fn game(app: &App) -> &respect_online::game::session::Session {
        &app.world().resource::<Game>().0
    }
    let question = |app: &App| {
        let s = game(app);
        let scenario = s.library.scenario("klassenchat").unwrap();
        s.viewer()
            .text(scenario, &MessageKey::new("keuze_groep"), &[])
    };
    assert_eq!(question(&app), "Wat doe jij in de groep?");

    // The author rewrites the question.
    let ftl = content.path().join("locales/nl/klassenchat.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(
        &ftl,
        text.replace(
            "keuze_groep = Wat doe jij in de groep?",
            "keuze_groep = Wat doe jij nu in de groep?",
        ),
    )
    .unwrap();
    update_until(&mut app, |app| {
        question(app) == "Wat doe jij nu in de groep?"
    });
    assert_eq!(at(game(&app)), "keuze_groep", "the run keeps its place");

    // A mistake in the scenario file: the error shows with its position, and the
    // previous version keeps playing.
    let ron = content.path().join("scenarios/klassenchat.ron");
    let good = std::fs::read_to_string(&ron).unwrap();
    std::fs::write(
        &ron,
        good.replacen("next: \"klas_1\"", "next: \"klas_11\"", 1),
    )
    .unwrap();
    update_until(&mut app, |app| {
        app.world().resource::<Dev>().view.problems.is_some()
    });
    let view = &app.world().resource::<Dev>().view;
    let problems = view.problems.clone().unwrap();
    assert!(problems.contains("error[unknown-node]"), "{problems}");
    assert!(problems.contains("klassenchat.ron:"), "{problems}");
    assert!(problems.contains("did you mean `klas_1`?"), "{problems}");
    assert!(view.kept);
    assert_eq!(at(game(&app)), "keuze_groep");
    send(&mut app, Action::Choose("niks".into()));
    assert_ne!(at(game(&app)), "keuze_groep", "the game goes on");

    // Fixed: the error goes away.
    std::fs::write(&ron, &good).unwrap();
    update_until(&mut app, |app| {
        app.world().resource::<Dev>().view.problems.is_none()
    });
    assert!(!app.world().resource::<Dev>().view.kept);
}
