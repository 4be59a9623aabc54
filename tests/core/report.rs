//! The reflection report: a fixture set of saves (several scenarios, every reflection kind)
//! → golden JSON and HTML in Dutch and English, hostile input through every free-text
//! field, the contents a worker needs, and the `assign` and `report` commands.
//!
//! `UPDATE_FIXTURES=1` rewrites the saves in `tests/fixtures/report/data` and the expected
//! files in `tests/fixtures/report/expected` (read the diff before committing it).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use respect_online::assign;
use respect_online::report::{self, PointKind, ReflectionAnswer, Report, Status};
use respect_online::store::{Assignment, Profile, RunSave, SAVE_SCHEMA, Store};
use respect_online::story::format::{Criterion, Feeling, Flag, Purpose};
use respect_online::story::runtime::Millis;
use respect_online::story::{Answer, EventKind, NodeKind, Run, Step};

use crate::cli::bin;
use crate::library::shipped;

/// Monday 16 November 2026, 15:00 UTC.
const MONDAY: Millis = 1_794_841_200_000;
const DAY: Millis = 86_400_000;
/// When the golden report is made.
const NOW: Millis = MONDAY + 4 * DAY;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report")
}

fn updating() -> bool {
    std::env::var_os("UPDATE_FIXTURES").is_some()
}

/// What the fixture player writes, in order of the reflections met.
struct Words {
    texts: Vec<&'static str>,
    rulers: Vec<(u8, &'static str)>,
    flags: Vec<(Flag, Vec<Criterion>)>,
    quiz_right: Vec<bool>,
    feelings: Vec<(Vec<Feeling>, &'static str)>,
    takeaway: &'static str,
    question: &'static str,
}

/// Plays `choices` from `start`, a step every 25 s, a reflection taking 2 min; stops
/// before the end after `max_steps` steps when given.
fn play(id: &str, choices: &[&str], start: Millis, mut w: Words, max_steps: usize) -> RunSave {
    let loaded = shipped();
    let scenario = loaded.library.scenario(id).unwrap();
    let hash = loaded.library.scenario_hash(id).to_string();
    let mut run = Run::start(Arc::clone(scenario), &hash, 7, start).unwrap();
    let mut choices = choices.iter();
    let mut t = start;
    for _ in 0..max_steps {
        t += 25_000;
        let node = run.node().clone();
        let result = match run.step() {
            Step::Finished(_) => break,
            Step::Show(_) => run.advance(t),
            Step::Choose(..) => run.choose(choices.next().expect("enough choices"), t),
            Step::Reflect(..) => {
                t += 95_000;
                let answer = match &node.kind {
                    NodeKind::OpenQuestion { .. } => Answer::Text {
                        text: w.texts.remove(0).into(),
                    },
                    NodeKind::Ruler { .. } => {
                        let (score, why) = w.rulers.remove(0);
                        Answer::Ruler {
                            score,
                            why: why.into(),
                        }
                    }
                    NodeKind::Feelings { feelings, .. } => {
                        let (mut chosen, other) = w.feelings.remove(0);
                        chosen.retain(|f| feelings.contains(f));
                        if chosen.is_empty() {
                            chosen.push(feelings[0]);
                        }
                        Answer::Feelings {
                            chosen,
                            other: other.into(),
                        }
                    }
                    NodeKind::FlagJudgement { .. } => {
                        let (flag, violated) = w.flags.remove(0);
                        Answer::Flag { flag, violated }
                    }
                    NodeKind::Quiz {
                        options, correct, ..
                    } => {
                        let right = w.quiz_right.remove(0);
                        let pick = if right {
                            *correct
                        } else {
                            (*correct + 1) % options.len()
                        };
                        Answer::Quiz {
                            option: options[pick].clone(),
                        }
                    }
                    _ => unreachable!(),
                };
                run.answer(answer, t)
            }
            Step::Ending(_) => run.finish(w.takeaway.into(), w.question.into(), t),
        };
        result.unwrap();
    }
    RunSave {
        schema: SAVE_SCHEMA,
        transcript: run.transcript().clone(),
        language: "nl".into(),
        draft: None,
    }
}

fn generate(dir: &Path) {
    let loaded = shipped();
    let assigned = ["klassenchat", "week_van_daan", "sorry"];
    let code = assign::encode("2026-0412", &assigned, loaded.library.ids()).unwrap();
    let store = Store::open(dir).unwrap();
    store
        .save_profile(&Profile {
            schema: SAVE_SCHEMA,
            name: "Sam".into(),
            created: MONDAY,
            language: Some("nl".into()),
            assignment: Some(Assignment {
                code,
                case: "2026-0412".into(),
                scenarios: assigned.iter().map(|s| s.to_string()).collect(),
            }),
            last_scenario: Some("nepprofiel".into()),
        })
        .unwrap();
    let runs = [
        play(
            "klassenchat",
            &["lachen", "doorsturen", "bewaren", "sorry"],
            MONDAY,
            Words {
                texts: vec![
                    "Ik denk dat Noor zich heel erg schaamde. Iedereen had het gezien.",
                    "weet niet",
                    "Bij mij ging het ook om een foto in een groep. Van de sport.",
                ],
                rulers: vec![
                    (2, "Het was maar een grap in de groep."),
                    (6, "Ik weet nu wat er met Noor gebeurde."),
                ],
                flags: vec![(Flag::Green, vec![Criterion::Consent])],
                quiz_right: vec![true, false],
                feelings: vec![(
                    vec![Feeling::Guilty, Feeling::Ashamed],
                    "ook een beetje bang",
                )],
                takeaway: "Dat je niet zomaar iets doorstuurt.",
                question: "Kan ik nog iets doen zodat de foto weg gaat?",
            },
            usize::MAX,
        ),
        play(
            "week_van_daan",
            &["mama", "zeggen", "ja", "melden", "ja"],
            MONDAY + DAY + 3 * 3_600_000,
            Words {
                texts: vec!["", ""],
                rulers: vec![(8, "Omdat Daan er niks aan kon doen en toch alles kreeg.")],
                flags: vec![],
                quiz_right: vec![true],
                feelings: vec![(vec![Feeling::Lonely, Feeling::Scared, Feeling::Hurt], "")],
                takeaway: "Dat het voor Daan heel lang doorgaat.",
                question: "",
            },
            usize::MAX,
        ),
        play(
            "sorry",
            &["gedaan", "gevolg", "gewist", "via_sanne", "brief"],
            MONDAY + 2 * DAY,
            Words {
                texts: vec![
                    "Ilias,\n\nIk heb je foto doorgestuurd. Dat was fout van mij. Het was geen grap.\nIk snap dat je boos bent. Ik heb hem bij iedereen laten wissen.\n\nJulia",
                    "",
                ],
                rulers: vec![(9, "Ik wil echt dat hij weet dat het me spijt.")],
                flags: vec![],
                quiz_right: vec![],
                feelings: vec![
                    (vec![Feeling::Regret, Feeling::Unsure], ""),
                    (vec![Feeling::Relieved], "opgelucht"),
                ],
                takeaway: "Sorry zeggen is moeilijk maar het helpt.",
                question: "",
            },
            usize::MAX,
        ),
        play(
            "nepprofiel",
            &["schrijven", "niet", "niks", "niks"],
            MONDAY + 3 * DAY,
            Words {
                texts: vec!["ok"],
                rulers: vec![(5, "")],
                flags: vec![(Flag::Yellow, vec![Criterion::Consent, Criterion::Equality])],
                quiz_right: vec![false],
                feelings: vec![(vec![Feeling::Indifferent], "")],
                takeaway: "",
                question: "",
            },
            41,
        ),
    ];
    for run in &runs {
        store.save_run(run).unwrap();
    }
}

/// A private copy of the fixture saves (loading may move damaged files aside, and the
/// store sets permissions).
fn data_copy() -> tempfile::TempDir {
    static GENERATED: std::sync::Once = std::sync::Once::new();
    let source = fixtures().join("data");
    if updating() {
        GENERATED.call_once(|| {
            let _ = fs::remove_dir_all(&source);
            generate(&source);
        });
    }
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("runs")).unwrap();
    fs::copy(source.join("profile.json"), dir.path().join("profile.json")).unwrap();
    for e in fs::read_dir(source.join("runs")).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), dir.path().join("runs").join(e.file_name())).unwrap();
    }
    dir
}

fn load(dir: &Path) -> (Option<Profile>, BTreeMap<String, RunSave>) {
    let store = Store::open(dir).unwrap();
    (store.load_profile().value, store.load_runs().0)
}

fn build(profile: Option<&Profile>, runs: &BTreeMap<String, RunSave>, lang: &str) -> Report {
    let loaded = shipped();
    report::build(&report::Input {
        library: &loaded.library,
        profile,
        runs,
        language: lang,
        now: NOW,
    })
}

fn golden(name: &str, actual: &str) {
    let path = fixtures().join("expected").join(name);
    if updating() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, actual).unwrap();
        return;
    }
    let expected = fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; run with UPDATE_FIXTURES=1", path.display()));
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from the golden file at line {}:\n  expected: {:?}\n  actual:   {:?}\nrun with UPDATE_FIXTURES=1 and read the diff",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn golden_report_in_dutch_and_english() {
    let dir = data_copy();
    let (profile, runs) = load(dir.path());
    let loaded = shipped();
    for lang in ["nl", "en"] {
        let mut report = build(profile.as_ref(), &runs, lang);
        // Any edit to any text file changes the content hash, and a release the version:
        // the goldens hold placeholders so that only report changes show up here.
        assert_eq!(report.content_hash, loaded.library.content_hash);
        assert_eq!(report.program_version, env!("CARGO_PKG_VERSION"));
        report.content_hash = "content-hash".into();
        report.program_version = "version".into();
        golden(
            &format!("verslag-{lang}.json"),
            &serde_json::to_string_pretty(&report).unwrap(),
        );
        golden(
            &format!("verslag-{lang}.html"),
            &report::html::render(&report, &loaded.library),
        );
        // The JSON reads back as the same report.
        let json = serde_json::to_string(&report).unwrap();
        assert_eq!(serde_json::from_str::<Report>(&json).unwrap(), report);
    }
}

#[test]
fn the_report_answers_what_they_did_said_and_what_to_ask() {
    let dir = data_copy();
    let (profile, runs) = load(dir.path());
    let r = build(profile.as_ref(), &runs, "nl");
    assert_eq!(r.player.case.as_deref(), Some("2026-0412"));
    assert_eq!(r.player.name, "Sam");
    let order: Vec<(&str, bool, Status)> = r
        .scenarios
        .iter()
        .map(|s| (s.id.as_str(), s.assigned, s.status))
        .collect();
    assert_eq!(
        order,
        [
            ("klassenchat", true, Status::Done),
            ("week_van_daan", true, Status::Done),
            ("sorry", true, Status::Done),
            ("nepprofiel", false, Status::Busy),
        ]
    );
    // Pauses between the evenings are not counted.
    assert!(r.active_ms < 3 * 3_600_000, "{}", r.active_ms);
    assert!(r.active_ms > 20 * 60_000, "{}", r.active_ms);

    let klas = &r.scenarios[0];
    let forward = klas
        .decisions
        .iter()
        .find(|d| d.options.iter().any(|o| o.id == "doorsturen" && o.chosen))
        .expect("the forwarding decision is in the timeline");
    assert!(forward.options.len() >= 2 && !forward.situation.is_empty());
    assert!(!forward.prompt.is_empty());
    assert_eq!(klas.ending.as_ref().unwrap().node, "einde_doorgestuurd");
    assert!(klas.ending.as_ref().unwrap().closed);

    let kinds: Vec<&str> = r
        .scenarios
        .iter()
        .flat_map(|s| &s.reflections)
        .map(|x| match &x.answer {
            ReflectionAnswer::OpenQuestion { .. } => "open",
            ReflectionAnswer::Ruler { .. } => "ruler",
            ReflectionAnswer::Feelings { .. } => "feelings",
            ReflectionAnswer::FlagJudgement { .. } => "flag",
            ReflectionAnswer::Quiz { .. } => "quiz",
        })
        .collect();
    for k in ["open", "ruler", "feelings", "flag", "quiz"] {
        assert!(kinds.contains(&k), "{k} in {kinds:?}");
    }
    let apology = r.scenarios[2]
        .reflections
        .iter()
        .find(|x| {
            matches!(
                x.answer,
                ReflectionAnswer::OpenQuestion {
                    purpose: Purpose::Apology,
                    ..
                }
            )
        })
        .expect("the apology draft is in the report");
    let ReflectionAnswer::OpenQuestion { text, .. } = &apology.answer else {
        unreachable!()
    };
    assert!(text.starts_with("Ilias,\n\nIk heb je foto doorgestuurd."));
    assert!(
        r.scenarios
            .iter()
            .flat_map(|s| &s.reflections)
            .all(|x| x.starter.is_some()),
        "every shipped reflection has a conversation starter"
    );
    let quizzes: Vec<bool> = r.scenarios[0]
        .reflections
        .iter()
        .filter_map(|x| match &x.answer {
            ReflectionAnswer::Quiz { right, .. } => Some(*right),
            _ => None,
        })
        .collect();
    assert_eq!(quizzes, [true, false]);

    let points: Vec<(PointKind, &str)> = r
        .points
        .iter()
        .map(|p| (p.kind, p.scenario.as_str()))
        .collect();
    for expected in [
        (PointKind::QuestionForWorker, "klassenchat"),
        (PointKind::RiskyChoice, "klassenchat"),
        (PointKind::FlagFar, "klassenchat"),
        (PointKind::LowRuler, "klassenchat"),
        (PointKind::ShortAnswer, "klassenchat"),
        (PointKind::EmptyAnswer, "week_van_daan"),
        (PointKind::RiskyChoice, "nepprofiel"),
    ] {
        assert!(points.contains(&expected), "{expected:?} in {points:?}");
    }
    assert_eq!(
        r.points[0].detail,
        "Kan ik nog iets doen zodat de foto weg gaat?"
    );
    let kinds: Vec<PointKind> = r.points.iter().map(|p| p.kind).collect();
    assert!(kinds.is_sorted(), "most important first");
}

/// The mini library of the checker fixtures, with a starter that depends on the choice and
/// an optional question about the player's own situation.
fn mini_library(dir: &Path) -> respect_online::story::library::Loaded {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base");
    fs::create_dir_all(dir.join("scenarios")).unwrap();
    fs::create_dir_all(dir.join("locales/nl")).unwrap();
    let ron = fs::read_to_string(base.join("scenarios/mini.ron"))
        .unwrap()
        .replace(
            r#"OpenQuestion(id: "vraag", next: "einde")"#,
            r#"OpenQuestion(id: "vraag", min_length: 0, purpose: OwnSituation, next: "einde")"#,
        );
    fs::write(dir.join("scenarios/mini.ron"), ron).unwrap();
    let ftl = fs::read_to_string(base.join("locales/nl/mini.ftl")).unwrap().replace(
        "    .starter = Wat schreef je?",
        "    .starter = { $doorgestuurd ->\n        [true] Je stuurde de foto door. Wat zat je dwars?\n       *[false] Je wiste de foto. Wat hielp je?\n    }",
    );
    fs::write(dir.join("locales/nl/mini.ftl"), ftl).unwrap();
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/nl/ui.ftl"),
        dir.join("locales/nl/ui.ftl"),
    )
    .unwrap();
    let loaded = respect_online::content::load_dir(dir).unwrap();
    assert_eq!(loaded.errors(), 0, "{:?}", loaded.diagnostics);
    loaded
}

/// The mini scenario's report after choosing `option` and answering `text`.
fn mini_report(
    loaded: &respect_online::story::library::Loaded,
    option: &str,
    text: &str,
) -> Report {
    let scenario = loaded.library.scenario("mini").unwrap();
    let mut run = Run::start(Arc::clone(scenario), "hash", 1, MONDAY).unwrap();
    loop {
        match run.step() {
            Step::Show(_) => run.advance(MONDAY).unwrap(),
            Step::Choose(..) => run.choose(option, MONDAY).unwrap(),
            Step::Reflect(..) => run
                .answer(Answer::Text { text: text.into() }, MONDAY)
                .unwrap(),
            Step::Ending(_) => run.finish(String::new(), String::new(), MONDAY).unwrap(),
            Step::Finished(_) => break,
        }
    }
    let save = RunSave {
        schema: SAVE_SCHEMA,
        transcript: run.transcript().clone(),
        language: "nl".into(),
        draft: None,
    };
    let runs = BTreeMap::from([("mini".to_string(), save)]);
    report::build(&report::Input {
        library: &loaded.library,
        profile: None,
        runs: &runs,
        language: "nl",
        now: NOW,
    })
}

#[test]
fn starters_follow_the_run_and_the_own_situation_question_may_be_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = mini_library(dir.path());
    let starter = |r: &Report| r.scenarios[0].reflections[0].starter.clone().unwrap();

    let forwarded = mini_report(&loaded, "door", "");
    assert_eq!(
        starter(&forwarded),
        "Je stuurde de foto door. Wat zat je dwars?"
    );
    let html = report::html::render(&forwarded, &loaded.library);
    assert!(html.contains("Over de eigen situatie"), "{html}");
    assert!(html.contains("(wilde hier niets over zeggen)"), "{html}");

    let deleted = mini_report(&loaded, "wis", "Het leek op mijn verhaal.");
    assert_eq!(starter(&deleted), "Je wiste de foto. Wat hielp je?");
    let html = report::html::render(&deleted, &loaded.library);
    assert!(html.contains("Het leek op mijn verhaal."));
    assert!(!html.contains("(wilde hier niets over zeggen)"));
}

/// Free text a young person might type, including attempts to break out of the HTML.
const HOSTILE: [&str; 6] = [
    "<script>alert('x')</script>",
    "\"><img src=x onerror=alert(1)>",
    "' onmouseover='alert(1)' x='",
    "\u{202E}txt.exe\u{202C} normaal",
    "</blockquote></section><style>body{display:none}</style>",
    "<!-- --><a href=\"https://evil.example\">klik</a>&amp;",
];

/// The tags of an HTML text, in order, with the text between them left out.
fn tags(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let end = rest[i..].find('>').map_or(rest.len(), |e| i + e + 1);
        let tag = &rest[i..end];
        let name: String = tag
            .trim_start_matches(['<', '/', '!'])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        out.push(format!(
            "{}{name}",
            if tag.starts_with("</") { "/" } else { "" }
        ));
        rest = &rest[end..];
    }
    out
}

#[test]
fn hostile_text_is_escaped_and_the_page_stays_intact() {
    let dir = data_copy();
    let (profile, runs) = load(dir.path());
    let loaded = shipped();
    let benign = report::html::render(&build(profile.as_ref(), &runs, "nl"), &loaded.library);
    let long = "lang".repeat(3_000);
    for (i, bad) in HOSTILE.iter().chain([&long.as_str()]).enumerate() {
        let mut profile = profile.clone().unwrap();
        profile.name = bad.to_string();
        let mut runs = runs.clone();
        for save in runs.values_mut() {
            for e in &mut save.transcript.events {
                match &mut e.kind {
                    EventKind::Answered { answer, .. } => match answer {
                        Answer::Text { text } => *text = bad.to_string(),
                        Answer::Ruler { why, .. } => *why = bad.to_string(),
                        Answer::Feelings { other, .. } => *other = bad.to_string(),
                        Answer::Flag { .. } | Answer::Quiz { .. } => {}
                    },
                    EventKind::Finished {
                        takeaway, question, ..
                    } => {
                        *takeaway = bad.to_string();
                        *question = bad.to_string();
                    }
                    _ => {}
                }
            }
        }
        let report = build(Some(&profile), &runs, "nl");
        let html = report::html::render(&report, &loaded.library);
        if bad.contains(['<', '>', '"', '&']) {
            assert!(!html.contains(bad), "case {i} appears unescaped");
            assert!(
                !html.contains("<script") && !html.contains("<img"),
                "case {i}"
            );
            assert!(!html.contains("onerror=alert") || html.contains("onerror=alert(1)&gt;"));
        }
        // The same elements as the benign report, apart from where empty answers (shown
        // as "left empty") are now filled and where short answers no longer are points.
        let strip = |h: &str| {
            tags(h)
                .into_iter()
                .filter(|t| {
                    !matches!(
                        t.as_str(),
                        "p" | "/p"
                            | "blockquote"
                            | "/blockquote"
                            | "li"
                            | "/li"
                            | "span"
                            | "/span"
                            | "div"
                            | "/div"
                            | "bdi"
                            | "/bdi"
                            | "h4"
                            | "/h4"
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(strip(&html), strip(&benign), "case {i}: structure changed");
        assert_eq!(tags(&html).iter().filter(|t| *t == "script").count(), 0);
        // Their words are all there, escaped, in the quotes.
        let escaped = bad
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;");
        assert!(
            html.matches(&format!(">{escaped}</blockquote>")).count() >= 5,
            "case {i}: the answers are in the page verbatim"
        );
        assert!(html.contains("dir=\"auto\""));
    }
    assert!(benign.contains(report::html::CSP));
}

#[test]
fn report_html_loads_nothing() {
    let dir = data_copy();
    let (profile, runs) = load(dir.path());
    let loaded = shipped();
    let html = report::html::render(&build(profile.as_ref(), &runs, "en"), &loaded.library);
    for forbidden in [
        "<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "href=",
    ] {
        assert!(!html.contains(forbidden), "{forbidden}");
    }
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("Points to discuss"));
    // The young person's words are verbatim in any report language.
    assert!(html.contains("Kan ik nog iets doen zodat de foto weg gaat?"));
}

/// `respect-online report --data-dir <dir>` with more arguments.
fn report_command(dir: &Path, args: &[&str]) -> std::process::Output {
    bin()
        .arg("report")
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn assign_prints_a_code_the_game_reads_back() {
    let out = bin()
        .args([
            "assign",
            "--case",
            "2026-0412",
            "klassenchat",
            "week_van_daan",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let code = String::from_utf8(out.stdout).unwrap();
    let loaded = shipped();
    let d = assign::decode(code.trim(), loaded.library.ids()).unwrap();
    assert_eq!(d.case, "2026-0412");
    assert_eq!(d.scenarios, ["klassenchat", "week_van_daan"]);

    let out = bin()
        .args(["assign", "--case", "X", "klassenchatt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("there is no scenario `klassenchatt`"), "{err}");
    assert!(err.contains("did you mean `klassenchat`?"), "{err}");
}

#[test]
fn report_command_writes_private_html_and_json() {
    let dir = data_copy();
    let out_dir = tempfile::tempdir().unwrap();
    let target = out_dir.path().join("sub/verslag.html");
    let out = report_command(
        dir.path(),
        &["--lang", "en", "--out", target.to_str().unwrap()],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = fs::read_to_string(&target).unwrap();
    assert!(html.contains("Respect online report"));
    let json: Report =
        serde_json::from_str(&fs::read_to_string(target.with_extension("json")).unwrap()).unwrap();
    assert_eq!(json.language, "en");
    assert_eq!(json.schema, report::REPORT_SCHEMA);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for f in [&target, &target.with_extension("json")] {
            let mode = fs::metadata(f).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{}", f.display());
        }
    }
    // Default place, Dutch.
    let out = report_command(dir.path(), &[]);
    assert!(out.status.success());
    assert!(dir.path().join("reports/verslag-nl.html").exists());
    // No saves, unknown language: a clear error.
    let empty = tempfile::tempdir().unwrap();
    let out = report_command(&empty.path().join("nothing"), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no saved game"));
    let out = report_command(dir.path(), &["--lang", "fr"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no texts in `fr`"));
}

/// Counts `/Type /Page` objects (not `/Pages`) in a PDF.
fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf).replace("/Type/Page", "/Type /Page");
    text.match_indices("/Type /Page")
        .filter(|(i, m)| text.as_bytes().get(i + m.len()) != Some(&b's'))
        .count()
}

/// Renders the fixture report in headless Chromium: a screenshot and a PDF (A4 print) in
/// `target/report-render/`. Needs Debian's `chromium`; `.ci/run` installs it and runs this.
#[test]
#[ignore = "needs chromium; run by .ci/run and scripts/report-render.sh"]
fn report_renders_in_chromium() {
    let dir = data_copy();
    let (profile, runs) = load(dir.path());
    let loaded = shipped();
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/report-render");
    fs::create_dir_all(&out).unwrap();
    for lang in ["nl", "en"] {
        let report = build(profile.as_ref(), &runs, lang);
        let html_path = out.join(format!("verslag-{lang}.html"));
        report::write(&report, &loaded.library, &html_path).unwrap();
        let profile_dir = tempfile::tempdir().unwrap();
        let chromium = |extra: &[String]| {
            let status = Command::new("chromium")
                .args([
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--hide-scrollbars",
                    "--window-size=900,1400",
                ])
                .arg(format!("--user-data-dir={}", profile_dir.path().display()))
                .args(extra)
                .arg(format!("file://{}", html_path.display()))
                .output()
                .expect("chromium is installed");
            assert!(
                status.status.success(),
                "{}",
                String::from_utf8_lossy(&status.stderr)
            );
        };
        let png = out.join(format!("verslag-{lang}.png"));
        let pdf = out.join(format!("verslag-{lang}.pdf"));
        chromium(&[format!("--screenshot={}", png.display())]);
        chromium(&[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".into(),
        ]);
        // The screenshot is not blank: many colours.
        let decoder = png::Decoder::new(std::io::BufReader::new(fs::File::open(&png).unwrap()));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        let pixels = &buf[..info.buffer_size()];
        let distinct: std::collections::HashSet<&[u8]> = pixels.chunks(4).collect();
        assert!(distinct.len() > 50, "the screenshot looks blank");
        // Each scenario starts its own page: at least one page per scenario plus the front.
        let pdf_bytes = fs::read(&pdf).unwrap();
        let pages = pdf_pages(&pdf_bytes);
        assert!(
            pages > report.scenarios.len(),
            "{pages} pages for {} scenarios",
            report.scenarios.len()
        );
    }
}
