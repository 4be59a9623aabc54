//! Every screen driven like a player would: find widgets by their label, click, type, press
//! keys, and check what happened to the game and to the files on disk.

use bevy_egui::egui::{self, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use respect_online::assign;
use respect_online::game::dev::DevView;
use respect_online::game::screens;
use respect_online::game::session::{Action, Notice, Overlay, Screen, Session, Status};
use respect_online::store::Store;
use respect_online::story::Step;
use respect_online::story::runtime::{Answer, EventKind};

use crate::{at, play_until, playing, session};

/// A harness that draws the session's screen and applies what the player did.
fn harness(s: Session) -> Harness<'static, Session> {
    let mut clock = 10_000;
    Harness::builder()
        .with_size(egui::vec2(1100.0, 900.0))
        .build_ui_state(
            move |ui, s: &mut Session| {
                for action in screens::draw(ui, s) {
                    clock += 1_000;
                    s.apply(action, clock);
                }
            },
            s,
        )
}

fn last_event(s: &Session) -> EventKind {
    s.playing
        .as_ref()
        .map(|a| a.run.transcript().events.last().unwrap().kind.clone())
        .unwrap()
}

/// The answer recorded at `node`, if any.
fn answer_at(s: &Session, node: &str) -> Option<Answer> {
    s.playing
        .as_ref()?
        .run
        .transcript()
        .events
        .iter()
        .find_map(|e| match &e.kind {
            EventKind::Answered { node: n, answer } if n == node => Some(answer.clone()),
            _ => None,
        })
}

/// No screen may show the placeholder for a missing text.
fn assert_no_missing_text(h: &Harness<'_, Session>) {
    assert!(
        h.query_by_label_contains("tekst ontbreekt").is_none()
            && h.query_by_label_contains("text is missing").is_none(),
        "a text is missing on {:?}",
        h.state().nav.screen
    );
}

#[test]
fn first_start_asks_a_name_and_explains_who_reads_the_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(session(dir.path()));
    h.run();
    assert_no_missing_text(&h);
    h.get_by_label("Beginnen").click();
    h.run();
    assert_eq!(h.state().nav.screen, Screen::Welcome);
    assert!(
        h.query_by_label_contains("begeleider van Halt leest je antwoorden")
            .is_some()
    );
    assert!(h.query_by_label_contains("geen foute antwoorden").is_some());
    assert!(
        h.query_by_label_contains("niet de echte naam van de ander")
            .is_some()
    );
    assert_no_missing_text(&h);
    // The start button waits for a name.
    h.get_by_label("Ik begin").click();
    h.run();
    assert_eq!(h.state().nav.screen, Screen::Welcome);

    let input = h.get_all_by_role(Role::TextInput).next().unwrap();
    input.focus();
    h.run();
    h.get_all_by_role(Role::TextInput)
        .next()
        .unwrap()
        .type_text("Sam");
    h.run();
    h.get_by_label("Ik begin").click();
    h.run();
    assert_eq!(h.state().nav.screen, Screen::Overview);
    assert_eq!(h.state().player_name(), "Sam");
    let saved = Store::open(dir.path())
        .unwrap()
        .load_profile()
        .value
        .unwrap();
    assert_eq!(saved.name, "Sam");
}

#[test]
fn overview_lists_scenarios_with_status_and_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path());
    s.apply(
        respect_online::game::session::Action::CreateProfile("Sam".into()),
        1,
    );
    let position = s
        .overview()
        .iter()
        .position(|(sc, _)| sc.id == "klassenchat")
        .unwrap();
    let count = s.overview().len();
    let mut h = harness(s);
    h.run();
    assert!(h.query_by_label("Hoi Sam!").is_some());
    assert!(h.query_by_label("De klassenapp").is_some());
    assert_eq!(h.get_all_by_label("Nieuw").count(), count);
    assert!(h.get_all_by_label("ongeveer 12 minuten").count() >= 1);
    assert_no_missing_text(&h);
    // One start button per scenario, in overview order.
    let start = h.get_all_by_label("Start").nth(position).unwrap();
    start.scroll_to_me();
    h.run();
    h.get_all_by_label("Start").nth(position).unwrap().click();
    h.run();
    assert_eq!(h.state().nav.screen, Screen::Play);
    assert_eq!(at(h.state()), "begin");
}

#[test]
fn choosing_option_two_records_it_and_saves() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(playing(dir.path()));
    h.run();
    assert_no_missing_text(&h);
    // Click "Verder" until the first choice.
    for _ in 0..20 {
        if h.query_by_label_contains("Ik zeg niks en kijk mee")
            .is_some()
        {
            break;
        }
        h.get_by_label("Verder").click();
        h.run();
    }
    assert!(h.query_by_label("Wat doe jij in de groep?").is_some());
    h.get_by_label_contains("Ik zeg niks en kijk mee").click();
    h.run();
    assert_eq!(
        h.state()
            .playing
            .as_ref()
            .unwrap()
            .run
            .transcript()
            .events
            .iter()
            .rev()
            .find(|e| matches!(e.kind, EventKind::Chose { .. }))
            .unwrap()
            .kind,
        EventKind::Chose {
            node: "keuze_groep".into(),
            option: "niks".into()
        }
    );
    // The choice is on disk already.
    let saved = Store::open(dir.path())
        .unwrap()
        .load_run("klassenchat")
        .value
        .unwrap();
    assert!(saved.transcript.events.iter().any(|e| e.kind
        == EventKind::Chose {
            node: "keuze_groep".into(),
            option: "niks".into()
        }));
    // The history shows what was chosen.
    assert!(h.query_by_label_contains("Jij koos: Ik zeg niks").is_some());
}

#[test]
fn keyboard_only_space_moves_on_and_number_keys_choose() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(playing(dir.path()));
    h.run();
    for _ in 0..20 {
        if matches!(
            h.state().playing.as_ref().unwrap().run.step(),
            Step::Choose(..)
        ) {
            break;
        }
        h.key_press(egui::Key::Space);
        h.run();
    }
    assert_eq!(at(h.state()), "keuze_groep");
    h.key_press(egui::Key::Num3);
    h.run();
    assert_eq!(
        last_event(h.state()),
        EventKind::Shown {
            node: "sem_stop".into(),
            offered: vec![]
        }
    );
}

#[test]
fn an_open_answer_survives_a_restart_and_a_short_one_gets_a_gentle_nudge() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = playing(dir.path());
    play_until(&mut s, |s| at(s) == "noor_nodig");
    let mut h = harness(s);
    h.run();
    assert!(
        h.query_by_label_contains("Je begeleider van Halt leest dit")
            .is_some()
    );
    h.get_by_role(Role::MultilineTextInput).focus();
    h.run();
    h.get_by_role(Role::MultilineTextInput).type_text("Steun");
    h.run();
    assert_eq!(h.state().playing.as_ref().unwrap().draft.text, "Steun");
    assert!(h.state().progress.draft_dirty);
    // The game saves drafts (the Bevy side does this once a second); then it stops.
    let mut s = h.into_state();
    s.save_playing();
    drop(s);

    let mut s = session(dir.path());
    s.apply(respect_online::game::session::Action::Continue, 99_000);
    assert_eq!(at(&s), "noor_nodig");
    assert_eq!(s.playing.as_ref().unwrap().draft.text, "Steun");

    // Too short: a nudge, never a block.
    let mut h = harness(s);
    h.run();
    h.get_by_label("Klaar").click();
    h.run();
    assert!(
        h.query_by_label_contains("Je antwoord is nog kort")
            .is_some()
    );
    assert_eq!(at(h.state()), "noor_nodig");
    h.get_by_label("Zo is het goed").click();
    h.run();
    let answered = answer_at(h.state(), "noor_nodig");
    assert_eq!(
        answered,
        Some(Answer::Text {
            text: "Steun".into()
        })
    );
}

#[test]
fn feelings_are_picked_with_tick_boxes() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = playing(dir.path());
    play_until(&mut s, |s| at(s) == "noor_gevoel");
    let mut h = harness(s);
    h.run();
    assert_no_missing_text(&h);
    h.get_by_label("verdrietig").click();
    h.run();
    h.get_by_label("eenzaam").click();
    h.run();
    h.get_by_label("Klaar").click();
    h.run();
    let answer = answer_at(h.state(), "noor_gevoel").unwrap();
    use respect_online::story::format::Feeling;
    assert_eq!(
        answer,
        Answer::Feelings {
            chosen: vec![Feeling::Sad, Feeling::Lonely],
            other: String::new()
        }
    );
}

#[test]
fn flag_judgement_shows_the_reference_side_by_side_after_answering() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = playing(dir.path());
    play_until(&mut s, |s| at(s) == "oordeel");
    let mut h = harness(s);
    h.run();
    assert_no_missing_text(&h);
    h.get_by_label("⚑ Gele vlag").click();
    h.run();
    h.get_by_label("Toestemming").click();
    h.run();
    h.get_by_label("Klaar").click();
    h.run();
    assert!(
        h.query_by_label("Je koos een andere vlag. Kijk eens naar de uitleg.")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Noor stuurde de foto alleen aan Kevin")
            .is_some()
    );
    assert_no_missing_text(&h);
    h.get_by_label("Verder").click();
    h.run();
    assert_eq!(at(h.state()), "wet");
    assert!(h.state().playing.as_ref().unwrap().feedback.is_none());
}

#[test]
fn quiz_and_ruler_are_answered_with_clicks() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = playing(dir.path());
    play_until(&mut s, |s| at(s) == "wet");
    let mut h = harness(s);
    h.run();
    h.get_by_label("Ja, dat kan strafbaar zijn.").click();
    h.run();
    h.get_by_label("Klaar").click();
    h.run();
    assert!(h.query_by_label("Goed!").is_some());
    h.get_by_label("Verder").click();
    h.run();
    // The second quiz, then the ruler.
    h.get_by_label_contains("Ik wis hem en vertel het").click();
    h.run();
    h.get_by_label("Klaar").click();
    h.run();
    h.get_by_label("Verder").click();
    h.run();
    assert_eq!(at(h.state()), "belang");
    assert!(
        h.query_by_label("Waarom geen lager cijfer?").is_none(),
        "asked after the score"
    );
    h.get_by_label("8").click();
    h.run();
    assert!(h.query_by_label("Waarom geen lager cijfer?").is_some());
    h.get_by_role(Role::MultilineTextInput).focus();
    h.run();
    h.get_by_role(Role::MultilineTextInput)
        .type_text("Ik wil niemand pijn doen.");
    h.run();
    h.get_by_label("Klaar").click();
    h.run();
    let ruler = answer_at(h.state(), "belang");
    assert_eq!(
        ruler,
        Some(Answer::Ruler {
            score: 8,
            why: "Ik wil niemand pijn doen.".into()
        })
    );
}

#[test]
fn the_ending_shows_help_and_keeps_what_they_take_with_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = playing(dir.path());
    play_until(&mut s, |s| {
        s.playing
            .as_ref()
            .is_some_and(|a| matches!(a.run.step(), Step::Ending(_)))
    });
    let mut h = harness(s);
    h.run();
    assert_no_missing_text(&h);
    assert!(h.query_by_label("Einde van het verhaal").is_some());
    assert!(h.query_by_label("Helpwanted").is_some());
    assert!(h.query_by_label("helpwanted.nl").is_some());
    assert!(
        h.query_by_label_contains("Ik stuur ook een lachende emoji")
            .is_some()
    );
    h.get_all_by_role(Role::MultilineTextInput)
        .next()
        .unwrap()
        .focus();
    h.run();
    h.get_all_by_role(Role::MultilineTextInput)
        .next()
        .unwrap()
        .type_text("Eerst nadenken.");
    h.run();
    // The second box: a question for the worker.
    h.get_all_by_role(Role::MultilineTextInput)
        .nth(1)
        .unwrap()
        .focus();
    h.run();
    h.get_all_by_role(Role::MultilineTextInput)
        .nth(1)
        .unwrap()
        .type_text("Mag ik iets vragen?");
    h.run();
    // The ending is longer than the window: scroll to the button like a player would.
    h.get_by_label("Klaar").scroll_to_me();
    h.run();
    h.get_by_label("Klaar").click();
    h.run();
    let s = h.state();
    assert_eq!(s.nav.screen, Screen::Overview);
    assert_eq!(s.status("klassenchat"), Status::Done);
    let saved = Store::open(dir.path())
        .unwrap()
        .load_run("klassenchat")
        .value
        .unwrap();
    assert!(matches!(
        &saved.transcript.events.last().unwrap().kind,
        EventKind::Finished { takeaway, question, .. }
            if takeaway == "Eerst nadenken." && question == "Mag ik iets vragen?"
    ));
}

#[test]
fn the_quiet_menu_pauses_and_saves_and_stops() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(playing(dir.path()));
    h.run();
    h.get_by_label("☰ Menu").click();
    h.run();
    h.get_by_label("Pauze").click();
    h.run();
    assert!(
        h.query_by_label("Je voortgang is bewaard. Neem de tijd.")
            .is_some()
    );
    h.get_by_label("Verder spelen").click();
    h.run();
    h.get_by_label("Verder").click();
    h.run();
    h.get_by_label("☰ Menu").click();
    h.run();
    h.get_by_label("Opslaan en stoppen").click();
    h.run();
    assert_eq!(h.state().nav.screen, Screen::Overview);
    assert_eq!(h.state().status("klassenchat"), Status::Busy);
    assert!(h.query_by_label("Ga verder met: De klassenapp").is_some());
    h.get_by_label("Ga verder met: De klassenapp").click();
    h.run();
    assert_eq!(at(h.state()), "klas_1");
}

#[test]
fn settings_change_at_once_and_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(session(dir.path()));
    h.run();
    h.get_by_label("Instellingen").click();
    h.run();
    assert_eq!(h.state().nav.overlay, Some(Overlay::Settings));
    assert_no_missing_text(&h);
    h.get_by_label("Veel contrast (zwart en wit)").click();
    h.run();
    h.get_by_label("Makkelijk leesbare letters").click();
    h.run();
    h.get_by_label("A+").click();
    h.run();
    h.get_by_label("Langzaam").click();
    h.run();
    let s = &h.state().progress.settings;
    assert!(s.high_contrast && s.readable_font);
    assert_eq!(s.text_scale, 110);
    assert_eq!(s.text_speed, respect_online::store::TextSpeed::Slow);
    let saved = Store::open(dir.path())
        .unwrap()
        .load_settings()
        .value
        .unwrap();
    assert_eq!(&saved, s);
    h.get_by_label("Terug").click();
    h.run();
    assert_eq!(h.state().nav.screen, Screen::Start);
}

#[test]
fn the_language_switches_at_any_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(playing(dir.path()));
    h.run();
    assert!(h.query_by_label("Verder").is_some());
    h.state_mut().apply(Action::Open(Overlay::Settings), 1);
    h.run();
    h.get_by_label("EN").click();
    h.run();
    assert_eq!(h.state().language(), "en");
    assert!(h.query_by_label("Settings").is_some());
    h.state_mut().apply(Action::CloseOverlay, 2);
    h.run();
    assert!(h.query_by_label("Next").is_some());
    assert!(h.query_by_label_contains("Tuesday evening").is_some());
    assert_no_missing_text(&h);
}

/// The code a worker would give for `ids`.
fn code_for(s: &Session, case: &str, ids: &[&str]) -> String {
    assign::encode(case, ids, s.library.ids()).unwrap()
}

/// Types into the `n`th single-line text box.
fn type_into(h: &mut Harness<'_, Session>, n: usize, text: &str) {
    h.get_all_by_role(Role::TextInput).nth(n).unwrap().focus();
    h.run();
    h.get_all_by_role(Role::TextInput)
        .nth(n)
        .unwrap()
        .type_text(text);
    h.run();
}

#[test]
fn a_code_on_first_start_puts_the_workers_scenarios_first() {
    let dir = tempfile::tempdir().unwrap();
    let s = session(dir.path());
    let code = code_for(&s, "2026-0412", &["week_van_daan", "klassenchat"]);
    let mut h = harness(s);
    h.run();
    h.get_by_label("Beginnen").click();
    h.run();
    type_into(&mut h, 0, "Sam");
    // One wrong character: the check character catches it.
    let (good, last) = code.split_at(code.len() - 1);
    let typo = if last == "X" { "Y" } else { "X" };
    type_into(&mut h, 1, &format!("{}{typo}", good.to_lowercase()));
    h.get_by_label("Ik begin").click();
    h.run();
    assert_eq!(h.state().nav.screen, Screen::Welcome);
    assert!(h.state().progress.profile.is_none());
    assert!(h.query_by_label_contains("Deze code klopt niet").is_some());
    // Fix the last character, as a player would.
    h.get_all_by_role(Role::TextInput).nth(1).unwrap().focus();
    h.run();
    h.key_press(egui::Key::End);
    h.key_press(egui::Key::Backspace);
    h.run();
    h.get_all_by_role(Role::TextInput)
        .nth(1)
        .unwrap()
        .type_text(last);
    h.run();
    assert!(h.query_by_label_contains("Deze code klopt niet").is_none());
    h.get_by_label("Ik begin").click();
    h.run();
    let s = h.state();
    assert_eq!(s.nav.screen, Screen::Overview);
    let assignment = s
        .progress
        .profile
        .as_ref()
        .unwrap()
        .assignment
        .clone()
        .unwrap();
    assert_eq!(assignment.case, "2026-0412");
    assert_eq!(assignment.scenarios, ["week_van_daan", "klassenchat"]);
    let order: Vec<(String, bool)> = s
        .overview()
        .into_iter()
        .map(|(x, a)| (x.id.clone(), a))
        .take(3)
        .collect();
    assert_eq!(
        order,
        [
            ("week_van_daan".to_string(), true),
            ("klassenchat".to_string(), true),
            ("exposegroep".to_string(), false)
        ]
    );
    assert_eq!(h.get_all_by_label("Voor jou").count(), 2);
    let saved = Store::open(dir.path())
        .unwrap()
        .load_profile()
        .value
        .unwrap();
    assert_eq!(saved.assignment.unwrap().code, code);
}

#[test]
fn a_code_can_be_entered_later_from_the_start_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path());
    s.apply(Action::CreateProfile("Sam".into()), 1_000);
    s.apply(Action::Go(Screen::Start), 1_000);
    let code = code_for(&s, "", &["nepprofiel"]);
    let mut h = harness(s);
    h.run();
    h.get_by_label("Code van je begeleider").click();
    h.run();
    assert_eq!(h.state().nav.screen, Screen::Code);
    assert_no_missing_text(&h);
    // A code from a version with other scenarios.
    let other = assign::encode("X", &["bestaat_niet"], ["bestaat_niet"]).unwrap();
    type_into(&mut h, 0, &other);
    h.get_by_label("Gebruik deze code").click();
    h.run();
    assert!(
        h.query_by_label_contains("andere versie van het spel")
            .is_some()
    );
    h.state_mut().forms.code.clear();
    type_into(&mut h, 0, &code);
    h.get_by_label("Gebruik deze code").click();
    h.run();
    let s = h.state();
    assert_eq!(s.nav.screen, Screen::Overview);
    assert!(h.query_by_label_contains("Gelukt!").is_some());
    let saved = Store::open(dir.path())
        .unwrap()
        .load_profile()
        .value
        .unwrap();
    assert_eq!(saved.assignment.unwrap().scenarios, ["nepprofiel"]);
}

#[test]
fn the_worker_screen_makes_a_code_without_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(session(dir.path()));
    h.run();
    h.get_by_label("Voor begeleiders").click();
    h.run();
    assert_eq!(h.state().nav.screen, Screen::Worker);
    assert!(
        h.query_by_label(&dir.path().display().to_string())
            .is_some()
    );
    assert_no_missing_text(&h);
    // Fourteen scenarios push the button below the fold.
    h.get_by_label("Maak de code").scroll_to_me();
    h.run();
    h.get_by_label("Maak de code").click();
    h.run();
    assert!(h.query_by_label("Kies minstens één verhaal.").is_some());
    type_into(&mut h, 0, "h-77");
    h.get_by_label("De week van Daan").click();
    h.run();
    h.get_by_label("De klassenapp").click();
    h.run();
    h.get_by_label("Maak de code").scroll_to_me();
    h.run();
    h.get_by_label("Maak de code").click();
    h.run();
    let Some(Ok(code)) = h.state().forms.worker.result.clone() else {
        panic!("no code: {:?}", h.state().forms.worker.result)
    };
    assert!(h.query_by_label(&code).is_some());
    let d = assign::decode(&code, h.state().library.ids()).unwrap();
    assert_eq!(d.case, "H-77");
    assert_eq!(d.scenarios, ["week_van_daan", "klassenchat"]);
}

#[test]
fn make_my_report_writes_the_file_and_opens_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = playing(dir.path());
    play_until(&mut s, |s| at(s) == "keuze_groep");
    s.apply(Action::SaveAndStop, 50_000);
    let opened = Arc::new(Mutex::new(Vec::<PathBuf>::new()));
    let record = Arc::clone(&opened);
    s.open_folder = Box::new(move |p: &Path| {
        record.lock().unwrap().push(p.to_path_buf());
        Ok(())
    });
    let mut h = harness(s);
    h.run();
    h.get_by_label("Maak mijn verslag").scroll_to_me();
    h.run();
    h.get_by_label("Maak mijn verslag").click();
    h.run();
    let html = dir.path().join("reports/verslag-nl.html");
    assert!(html.exists());
    assert!(dir.path().join("reports/verslag-nl.json").exists());
    assert!(fs::read_to_string(&html).unwrap().contains("De klassenapp"));
    assert!(h.query_by_label(&html.display().to_string()).is_some());
    h.get_by_label("Open de map").scroll_to_me();
    h.run();
    h.get_by_label("Open de map").click();
    h.run();
    assert_eq!(*opened.lock().unwrap(), [dir.path().join("reports")]);
}

#[test]
fn the_report_is_made_when_all_assigned_scenarios_are_done() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path());
    s.forms.code = code_for(&s, "", &["klassenchat"]);
    s.apply(Action::CreateProfile("Sam".into()), 1_000);
    s.apply(Action::Play("klassenchat".into()), 2_000);
    assert!(!dir.path().join("reports").exists());
    play_until(&mut s, |s| s.playing.is_none());
    assert!(dir.path().join("reports/verslag-nl.html").exists());
    assert!(s.nav.notices.contains(&Notice::ReportAllDone));
    let mut h = harness(s);
    h.run();
    assert!(h.query_by_label_contains("Goed gedaan!").is_some());
    assert!(
        h.query_by_label("Je verslag is klaar. Het staat hier:")
            .is_some()
    );
}

/// The game with the authors' overlay on top, as `--dev` draws it.
fn dev_harness(s: Session) -> Harness<'static, (Session, DevView)> {
    let mut clock = 10_000;
    Harness::builder()
        .with_size(egui::vec2(1100.0, 900.0))
        .build_ui_state(
            move |ui, (s, view): &mut (Session, DevView)| {
                let mut actions = screens::draw(ui, s);
                actions.extend(respect_online::game::dev::overlay::draw(ui.ctx(), s, view));
                for action in actions {
                    clock += 1_000;
                    s.apply(action, clock);
                }
            },
            (s, DevView::default()),
        )
}

#[test]
fn f12_shows_the_node_and_variables_and_plays_from_any_node() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = playing(dir.path());
    play_until(&mut s, |s| at(s) == "keuze_groep");
    s.apply(Action::Choose("lachen".into()), 5_000);
    let mut h = dev_harness(s);
    h.run();
    assert!(
        h.query_by_label_contains("Developer").is_none(),
        "closed at first"
    );
    h.key_press(egui::Key::F12);
    h.run();
    h.get_by_label("scenario: klassenchat");
    h.get_by_label("node: sem_lacht (Message)");
    h.get_by_label("playing: sem");
    h.get_by_label("gelachen = true");
    h.get_by_label("doorgestuurd = false");

    // Play from a node further on: a new run starts there, recorded as such.
    h.get_by_label("▶ noor_1").scroll_to_me();
    h.run();
    h.get_by_label("▶ noor_1").click();
    h.run();
    let (s, _) = h.state();
    assert_eq!(at(s), "noor_1");
    let first = &s.playing.as_ref().unwrap().run.transcript().events[0].kind;
    assert!(
        matches!(first, EventKind::Started { from: Some(n), .. } if n == "noor_1"),
        "{first:?}"
    );
    h.get_by_label("gelachen = false");
    assert_eq!(
        s.progress.runs["klassenchat"].transcript.events.len(),
        s.playing.as_ref().unwrap().run.transcript().events.len(),
        "the new run is saved"
    );

    // An error in a saved file shows at the bottom, with or without the overlay.
    h.key_press(egui::Key::F12);
    h.state_mut().1.problems =
        Some("error[unknown-node]: unknown node `eind`\n   ┌─ scenarios/mini.ron:27:41".into());
    h.state_mut().1.kept = true;
    h.run();
    assert!(h.query_by_label_contains("Developer").is_none());
    h.get_by_label_contains("its previous version keeps playing");
    h.get_by_label_contains("scenarios/mini.ron:27:41");
}
