//! The author tools `paths`, `run` and `i18n` on fixture scenarios (one with loops, one
//! with a random branch), on the shipped library and on a large generated scenario.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

use crate::cli::bin;

/// A content folder with the fixtures `lus` (loops) and `toeval` (a random branch) in
/// Dutch and English, and the game's own texts.
fn content() -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root.join("tests/fixtures/authoring"), dir.path());
    for lang in ["nl", "en"] {
        std::fs::copy(
            root.join(format!("locales/{lang}/ui.ftl")),
            dir.path().join(format!("locales/{lang}/ui.ftl")),
        )
        .unwrap();
    }
    dir
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

fn tool(content: &Path, args: &[&str]) -> Command {
    let mut c = bin();
    c.arg("--content").arg(content).args(args);
    c
}

fn text(out: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ok(content: &Path, args: &[&str]) -> String {
    let out = tool(content, args).output().unwrap();
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{args:?}: {stderr}\n{stdout}");
    stdout
}

fn json(content: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(content, args)).unwrap()
}

fn ids(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect()
}

#[test]
fn paths_goes_round_each_loop_and_counts_every_way() {
    let dir = content();
    let p = json(dir.path(), &["paths", "lus", "--format", "json"]);
    // At each count (0, 1, 2) the player may ask why once, then asks again (below 2) or
    // stops: f(2) = 2, f(g) = 2 * (1 + f(g + 1)), so 14 ways.
    assert_eq!(p["paths"].as_array().unwrap().len(), 14);
    assert_eq!(p["complete"], true);
    assert_eq!(p["shortest_nodes"], 4);
    assert_eq!(p["endings"], serde_json::json!([["einde", 14]]));
    assert_eq!(p["reflections"], serde_json::json!([["gevoel", 14]]));
    assert_eq!(p["unvisited"], serde_json::json!([]));
    let longest = p["paths"]
        .as_array()
        .unwrap()
        .iter()
        .max_by_key(|x| x["nodes"].as_array().unwrap().len())
        .unwrap();
    // Asked twice, and asked why at every count.
    let picks: Vec<&str> = longest["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["option"].as_str().unwrap())
        .collect();
    assert_eq!(picks.iter().filter(|o| **o == "nog_eens").count(), 2);
    assert_eq!(picks.iter().filter(|o| **o == "uitleg").count(), 3);
    assert_eq!(picks.last(), Some(&"stoppen"));

    let text = ok(dir.path(), &["paths", "lus", "--show", "2"]);
    assert!(text.starts_with("lus: 14 path(s)\n"), "{text}");
    assert!(
        text.contains("shortest: 4 nodes, about 2 min  → run lus --choices 3"),
        "{text}"
    );
    assert!(text.contains("nodes no path visits: none"), "{text}");
    assert!(text.contains("… 12 more"), "{text}");
}

#[test]
fn paths_follows_random_branches_and_names_nodes_no_path_visits() {
    let dir = content();
    let p = json(dir.path(), &["paths", "toeval", "--format", "json"]);
    let paths = p["paths"].as_array().unwrap();
    assert_eq!(paths.len(), 4);
    assert_eq!(
        p["endings"],
        serde_json::json!([["einde_goed", 2], ["einde_pech", 2]])
    );
    assert_eq!(p["unvisited"], serde_json::json!(["geheim_1"]));
    assert_eq!(p["unvisited_exact"], true);
    for path in paths {
        let random = &path["random"][0];
        assert_eq!(random["node"], "lot");
        let expected_end = if random["to"] == "slecht" {
            "einde_pech"
        } else {
            "einde_goed"
        };
        assert_eq!(path["ending"], expected_end);
        // Only the good ending passes the quiz.
        assert_eq!(
            ids(&path["reflections"]).contains(&"quiz"),
            expected_end == "einde_goed"
        );
        assert!(!ids(&path["nodes"]).contains(&"lot"), "jumps are not shown");
    }
}

#[test]
fn random_playthroughs_are_seeded_and_report_coverage() {
    let dir = content();
    let args = [
        "paths", "toeval", "--random", "200", "--seed", "7", "--format", "json",
    ];
    let a = json(dir.path(), &args);
    assert_eq!(a, json(dir.path(), &args), "the same seed plays the same");
    assert_eq!(a["finished"], 200);
    assert_eq!(a["stuck"], serde_json::json!([]));
    assert_eq!(
        (a["nodes_seen"].as_u64(), a["nodes_total"].as_u64()),
        (Some(7), Some(8))
    );
    assert_eq!(
        (a["options_picked"].as_u64(), a["options_total"].as_u64()),
        (Some(2), Some(3))
    );
    assert_eq!(a["unseen"], serde_json::json!(["geheim_1"]));
    // Weights 3 : 1, so about 150 : 50.
    let good = a["endings"][0][1].as_u64().unwrap();
    assert!((120..=180).contains(&good), "{good}");

    let text = ok(dir.path(), &["paths", "toeval", "--random", "20"]);
    assert!(
        text.contains("toeval: 20 random playthrough(s) with seed 1, 20 reached an ending"),
        "{text}"
    );
    assert!(text.contains("never shown: geheim_1"), "{text}");
}

#[test]
fn every_path_plays_the_same_with_run() {
    let dir = content();
    let p = json(dir.path(), &["paths", "lus", "--format", "json"]);
    for path in p["paths"].as_array().unwrap() {
        let script: Vec<String> = path["choices"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["number"].to_string())
            .collect();
        let out = ok(dir.path(), &["run", "lus", "--choices", &script.join(",")]);
        let shown: Vec<&str> = out
            .lines()
            .filter_map(|l| l.strip_prefix('[')?.split_once(']'))
            .map(|(id, _)| id)
            .collect();
        assert_eq!(shown, ids(&path["nodes"]), "{out}");
    }
}

#[test]
fn shipped_scenarios_have_paths_and_no_node_is_left_out() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(root.join("scenarios")).unwrap() {
        let path = entry.unwrap().path();
        let id = path.file_stem().unwrap().to_str().unwrap().to_string();
        let p = json(root, &["paths", &id, "--format", "json", "--limit", "2000"]);
        assert!(!p["paths"].as_array().unwrap().is_empty(), "{id}");
        assert_eq!(p["unvisited"], serde_json::json!([]), "{id}");
        for (ending, n) in p["endings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (&e[0], &e[1]))
        {
            assert!(
                n.as_u64().unwrap() > 0 || p["complete"] == false,
                "{id} {ending}"
            );
        }
        let c = json(root, &["paths", &id, "--random", "30", "--format", "json"]);
        assert_eq!(c["stuck"], serde_json::json!([]), "{id}");
    }
}

#[test]
fn paths_stops_at_the_limit_on_a_large_scenario() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ui =
        |lang: &str| std::fs::read_to_string(root.join(format!("locales/{lang}/ui.ftl"))).unwrap();
    let files = respect_online::story::generate::library(1, 200, &ui("nl"), &ui("en"));
    respect_online::story::generate::write(dir.path(), &files).unwrap();
    let p = json(
        dir.path(),
        &["paths", "gen_0000", "--format", "json", "--limit", "300"],
    );
    assert_eq!(p["complete"], false);
    assert_eq!(p["paths"].as_array().unwrap().len(), 300);
    // Exact even though the enumeration stopped: the state space is small.
    assert_eq!(p["unvisited"], serde_json::json!([]));
    assert_eq!(p["unvisited_exact"], true);
    // Twenty blocks of seven shown nodes, and an ending.
    assert_eq!(p["shortest_nodes"], 141);
    let text = ok(dir.path(), &["paths", "gen_0000", "--limit", "300"]);
    assert!(text.contains("more than 300 paths"), "{text}");
}

fn run_with_input(content: &Path, args: &[&str], input: &str) -> Output {
    let mut child = tool(content, args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn run_plays_a_script_with_answers() {
    let dir = content();
    let out = ok(
        dir.path(),
        &[
            "run",
            "lus",
            "--choices",
            r"nog_eens,2,3,gevoel=8:nee is nee\, toch,takeaway=Luisteren",
            "--name",
            "Kim",
        ],
    );
    let expected = "\
[begin] Je vraagt Noor om een foto.
[vraag] Noor zegt nee. Wat doe je?
      1. Ik vraag het nog een keer.  (risky)
      2. Ik vraag waarom niet.
      3. Ik laat het.
   > nog_eens: Ik vraag het nog een keer.
[noor_nee] Noor: Nee. Ik wil dat niet.
[vraag] Noor zegt nee. Wat doe je?
      1. Ik vraag het nog een keer.  (risky)
      2. Ik vraag waarom niet.
      3. Ik laat het.
   > uitleg: Ik vraag waarom niet.
[uitleg_1] (thinks) Nee is nee. Ze hoeft het niet uit te leggen.
[vraag] Noor zegt nee. Wat doe je?
      1. Ik vraag het nog een keer.  (risky)
      2. Ik vraag waarom niet.
      3. Ik laat het.
   > stoppen: Ik laat het.
[gevoel] (reflection) Hoe goed luisterde je naar Noor?
      0 = Niet goed … 10 = Heel goed
      then: Waarom geen lager cijfer?
   > 8 “nee is nee, toch”
[einde] ■ Einde
      Nee is nee, ook de eerste keer.
      Helpwanted: helpwanted.nl
   > take-away: “Luisteren”
(end of the run at `einde`)
variables: gevraagd = 1
";
    assert_eq!(out, expected);

    // English, from the middle, a neutral answer where the script gives none.
    let out = ok(
        dir.path(),
        &[
            "run",
            "lus",
            "--lang",
            "en",
            "--from",
            "uitleg_1",
            "--choices",
            "3",
        ],
    );
    assert!(out.starts_with("[uitleg_1] (thinks) No means no."), "{out}");
    assert!(
        out.contains("   > 5  (neutral: the script gives no answer)"),
        "{out}"
    );

    // A script that stops early leaves the run where it is.
    let out = ok(dir.path(), &["run", "lus", "--choices", "2"]);
    assert!(
        out.ends_with("(the script ends here: `vraag` waits for a choice)\n"),
        "{out}"
    );
}

#[test]
fn run_explains_what_is_wrong_with_a_script() {
    let dir = content();
    let cases: [(&[&str], &str); 4] = [
        (
            &["run", "lus", "--choices", "4"],
            "error: at `vraag`: 4 is not between 1 and 3",
        ),
        (
            &["run", "lus", "--choices", "stopen"],
            "`stopen` is not an option here; did you mean `stoppen`?",
        ),
        (
            &["run", "lus", "--choices", "3,gevoel=11"],
            "error: the answer for `gevoel`: `11` is not a number from 0 to 10",
        ),
        (
            &["run", "lus", "--from", "vraagg"],
            "error: `lus` has no node `vraagg`\n  help: did you mean `vraag`?",
        ),
    ];
    for (args, message) in cases {
        let out = tool(dir.path(), args).output().unwrap();
        let (_, stderr) = text(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
    // A choice whose condition does not hold.
    let out = tool(dir.path(), &["run", "toeval", "--choices", "geheim"])
        .output()
        .unwrap();
    assert!(
        text(&out).1.contains("`geheim` is not offered now"),
        "{}",
        text(&out).1
    );
    // An answer for a node the run never reaches is pointed out.
    let out = ok(dir.path(), &["run", "lus", "--choices", "3,nergens=1"]);
    assert!(out.contains("(end of the run at `einde`)"));
    let out = tool(dir.path(), &["run", "lus", "--choices", "3,nergens=1"])
        .output()
        .unwrap();
    assert!(
        text(&out)
            .1
            .contains("never used these script items: `nergens`")
    );
}

#[test]
fn run_reads_typed_input_and_asks_again_after_a_mistake() {
    let dir = content();
    let out = run_with_input(
        dir.path(),
        &["run", "lus"],
        "9\n3\n7:goed geluisterd\nNee is nee\n\n",
    );
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("9 is not between 1 and 3"), "{stderr}");
    assert!(stdout.contains("   > stoppen: Ik laat het."), "{stdout}");
    assert!(stdout.contains("   > 7 “goed geluisterd”"), "{stdout}");
    assert!(stdout.contains("   > take-away: “Nee is nee”"), "{stdout}");
    assert!(stdout.contains("(end of the run at `einde`)"), "{stdout}");

    // The input ends: the run stops where it is.
    let out = run_with_input(dir.path(), &["run", "lus"], "3\n");
    assert!(out.status.success());
    assert!(
        text(&out)
            .0
            .contains("(the input ends here: `gevoel` waits for an answer)")
    );
}

#[test]
fn run_takes_random_branches_by_seed() {
    let dir = content();
    let ends: Vec<String> = (1..=12)
        .map(|seed| {
            let out = ok(
                dir.path(),
                &[
                    "run",
                    "toeval",
                    "--choices",
                    "2",
                    "--seed",
                    &seed.to_string(),
                ],
            );
            assert!(out.contains("[lot] → "), "{out}");
            let end = out.lines().find(|l| l.starts_with("(end of the run"));
            end.unwrap().to_string()
        })
        .collect();
    let seed_again = ok(
        dir.path(),
        &["run", "toeval", "--choices", "2", "--seed", "3"],
    );
    assert!(seed_again.contains(&ends[2]));
    assert!(ends.iter().any(|e| e.contains("einde_goed")), "{ends:?}");
    assert!(ends.iter().any(|e| e.contains("einde_pech")), "{ends:?}");
}

#[test]
fn i18n_finds_missing_unused_and_stale_translations() {
    let dir = content();
    let root = dir.path();
    // Nothing is confirmed yet.
    let out = tool(root, &["i18n", "--lang", "en"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let (stdout, _) = text(&out);
    assert!(
        stdout.contains("locales/en/lus.ftl: 11 message(s) not confirmed"),
        "{stdout}"
    );
    let confirmed = ok(root, &["i18n", "--lang", "en", "--accept", "all"]);
    assert!(confirmed.starts_with("confirmed "), "{confirmed}");
    let clean = ok(root, &["i18n"]);
    assert!(
        clean.contains("en: 0 missing, 0 unused, 0 stale, 0 unconfirmed"),
        "{clean}"
    );

    // A Dutch author rewrites one message; the English is now stale. Spacing alone is not.
    let nl = root.join("locales/nl/lus.ftl");
    let dutch = std::fs::read_to_string(&nl).unwrap();
    std::fs::write(
        &nl,
        dutch
            .replace(
                "begin = Je vraagt Noor om een foto.",
                "begin = Je vraagt Noor om een naaktfoto.",
            )
            .replace("noor_nee = Nee.", "noor_nee =    Nee."),
    )
    .unwrap();
    // The English loses one message and gains one nobody uses.
    let en = root.join("locales/en/lus.ftl");
    let english = std::fs::read_to_string(&en).unwrap();
    std::fs::write(
        &en,
        english.replace("chat-noor = Noor\n", "") + "old-line = Not used\n",
    )
    .unwrap();

    let out = tool(root, &["i18n", "--lang", "en"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let (stdout, _) = text(&out);
    let expected = [
        "en: 1 missing, 1 unused, 1 stale, 0 unconfirmed",
        "  locales/en/lus.ftl: missing chat-noor",
        "  locales/en/lus.ftl: unused old-line",
        "  locales/en/lus.ftl: `begin` is stale: the Dutch changed after it was translated",
        "      Dutch then: begin = Je vraagt Noor om een foto.",
        "      Dutch now : begin = Je vraagt Noor om een naaktfoto.",
        "      translated: begin = You ask Noor for a photo.",
        "      when the translation is right again: respect-online i18n --lang en --accept lus:begin",
    ];
    for line in expected {
        assert!(stdout.contains(line), "missing {line:?} in\n{stdout}");
    }
    let out = tool(root, &["i18n", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let j: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j[0]["language"], "nl");
    assert_eq!(j[0]["files"], serde_json::json!([]));
    assert_eq!(j[1]["files"][0]["stale"][0]["message"], "begin");

    // The translator updates the English and confirms that one message.
    std::fs::write(
        &en,
        english.replace(
            "begin = You ask Noor for a photo.",
            "begin = You ask Noor for a nude.",
        ),
    )
    .unwrap();
    ok(root, &["i18n", "--lang", "en", "--accept", "lus:begin"]);
    let clean = ok(root, &["i18n", "--lang", "en"]);
    assert!(
        clean.contains("0 missing, 0 unused, 0 stale, 0 unconfirmed"),
        "{clean}"
    );

    let out = tool(root, &["i18n", "--lang", "en", "--accept", "lus:nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).1.contains("`nope` is not a message of `lus`"));
    let out = tool(root, &["i18n", "--lang", "nl", "--accept", "all"])
        .output()
        .unwrap();
    assert!(text(&out).1.contains("`nl` is the source language"));
}

#[test]
fn the_shipped_translations_are_complete_and_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = ok(root, &["i18n"]);
    assert!(
        out.contains("en: 0 missing, 0 unused, 0 stale, 0 unconfirmed"),
        "{out}"
    );
}
