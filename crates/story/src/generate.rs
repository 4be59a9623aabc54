//! Synthetic libraries for benchmarks and tests: many sound scenarios of a given size, with
//! Dutch and English text, that use every node kind, conditions and effects.

use std::fmt::Write as _;
use std::path::Path;

/// One generated file: path relative to the library root, and its text.
pub struct GeneratedFile {
    pub path: String,
    pub text: String,
}

/// A library of `scenarios` scenarios with about `nodes` nodes each (rounded to whole
/// blocks of ten), plus `ui.ftl` copied from `ui_nl` and `ui_en`.
pub fn library(scenarios: usize, nodes: usize, ui_nl: &str, ui_en: &str) -> Vec<GeneratedFile> {
    let mut files = vec![
        GeneratedFile {
            path: "locales/nl/ui.ftl".into(),
            text: ui_nl.into(),
        },
        GeneratedFile {
            path: "locales/en/ui.ftl".into(),
            text: ui_en.into(),
        },
    ];
    for i in 0..scenarios {
        let id = format!("gen_{i:04}");
        let (ron, nl, en) = scenario(&id, nodes.div_ceil(10).max(1));
        files.push(GeneratedFile {
            path: format!("scenarios/{id}.ron"),
            text: ron,
        });
        files.push(GeneratedFile {
            path: format!("locales/nl/{id}.ftl"),
            text: nl,
        });
        files.push(GeneratedFile {
            path: format!("locales/en/{id}.ftl"),
            text: en,
        });
    }
    files
}

/// Writes generated files under `root`.
pub fn write(root: &Path, files: &[GeneratedFile]) -> std::io::Result<()> {
    for f in files {
        let path = root.join(&f.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, &f.text)?;
    }
    Ok(())
}

/// One scenario of `blocks` blocks of ten nodes, then two endings.
fn scenario(id: &str, blocks: usize) -> (String, String, String) {
    let mut ron = String::new();
    let mut nl = String::new();
    let mut en = String::new();
    let _ = write!(
        ron,
        r##"Scenario(
    id: "{id}",
    themes: [PeerPressure, Consent],
    minutes: {minutes},
    perspectives: ["sam", "lin"],
    characters: [(id: "sam", color: "#2e86ab"), (id: "lin", color: "#c0392b")],
    chats: [(id: "groep", kind: Group)],
    variables: [(id: "gedeeld", default: false), (id: "moed", default: 0)],
    start: "b0_n0",
    nodes: [
"##,
        minutes = blocks * 2
    );
    for (text, lang) in [(&mut nl, "nl"), (&mut en, "en")] {
        let (title, name_a, name_b, group) = if lang == "nl" {
            ("Gegenereerd", "Sam", "Lin", "De groep")
        } else {
            ("Generated", "Sam", "Lin", "The group")
        };
        let _ = writeln!(
            text,
            "scenario-title = {title} {id}\nscenario-summary = {title}.\ncharacter-sam = {name_a}\ncharacter-lin = {name_b}\nchat-groep = {group}"
        );
    }
    let reflections = ["OpenQuestion", "Ruler", "Feelings", "FlagJudgement", "Quiz"];
    for b in 0..blocks {
        let n = |k: usize| format!("b{b}_n{k}");
        let next_block = if b + 1 == blocks {
            "einde_jump".to_string()
        } else {
            format!("b{}_n0", b + 1)
        };
        let reflection = reflections[b % reflections.len()];
        let reflection_node = match reflection {
            "OpenQuestion" => format!("OpenQuestion(id: \"{}\", next: \"{}\")", n(7), n(8)),
            "Ruler" => format!("Ruler(id: \"{}\", next: \"{}\")", n(7), n(8)),
            "Feelings" => format!(
                "Feelings(id: \"{}\", feelings: [Ashamed, Angry, Sad], next: \"{}\")",
                n(7),
                n(8)
            ),
            "FlagJudgement" => format!(
                "FlagJudgement(id: \"{}\", flag: Red, violated: [Consent], next: \"{}\")",
                n(7),
                n(8)
            ),
            _ => format!(
                "Quiz(id: \"{}\", options: [\"ja\", \"nee\"], correct: \"nee\", next: \"{}\")",
                n(7),
                n(8)
            ),
        };
        let switch_to = if b % 2 == 0 { "lin" } else { "sam" };
        let _ = write!(
            ron,
            r#"        Narration(id: "{n0}", next: "{n1}"),
        Message(id: "{n1}", chat: "groep", from: "sam", next: "{n2}"),
        Choice(id: "{n2}", options: [
            (id: "delen", effects: ["gedeeld = true"], risky: true, goto: "{n3}"),
            (id: "niet", effects: ["moed += 1"], goto: "{n4}"),
            (id: "hulp", when: "moed >= 1 and not gedeeld", goto: "{n4}"),
        ]),
        Message(id: "{n3}", chat: "groep", from: "lin", attachment: Photo, next: "{n5}"),
        Thought(id: "{n4}", next: "{n5}"),
        Random(id: "{n5}", outcomes: [(weight: 2, goto: "{n6}"), (weight: 1, goto: "{n6}")]),
        Switch(id: "{n6}", to: "{switch_to}", next: "{n7}"),
        {reflection_node},
        Jump(id: "{n8}", branches: [(when: "gedeeld", goto: "{n9}")], otherwise: "{n9}"),
        Narration(id: "{n9}", next: "{next_block}"),
"#,
            n0 = n(0),
            n1 = n(1),
            n2 = n(2),
            n3 = n(3),
            n4 = n(4),
            n5 = n(5),
            n6 = n(6),
            n7 = n(7),
            n8 = n(8),
            n9 = n(9),
        );
        for (text, lang) in [(&mut nl, "nl"), (&mut en, "en")] {
            let nlang = lang == "nl";
            let t = |nl_text: &'static str, en_text: &'static str| {
                if nlang { nl_text } else { en_text }
            };
            let _ = writeln!(
                text,
                "{} = {}",
                n(0),
                t(
                    "Het is woensdag. Sam zit thuis.",
                    "It is Wednesday. Sam is at home."
                )
            );
            let _ = writeln!(
                text,
                "{} = {}",
                n(1),
                t("Heb je het al gezien?", "Have you seen it yet?")
            );
            let _ = writeln!(
                text,
                "{} = {}\n    .delen = {}\n    .niet = {}\n    .hulp = {}",
                n(2),
                t("Wat doe je?", "What do you do?"),
                t("Ik deel het.", "I share it."),
                t("Ik doe niet mee.", "I don't join in."),
                t("Ik vraag om hulp.", "I ask for help.")
            );
            let _ = writeln!(
                text,
                "{} = {}",
                n(3),
                t("Dit moet iedereen zien.", "Everyone has to see this.")
            );
            let _ = writeln!(
                text,
                "{} = {}",
                n(4),
                t("Dit voelt niet goed.", "This does not feel right.")
            );
            let _ = writeln!(
                text,
                "{} = {}",
                n(6),
                t("De volgende dag op school.", "The next day at school.")
            );
            let starter = t("Wat schreef je hier?", "What did you write here?");
            match reflection {
                "Ruler" => {
                    let _ = writeln!(
                        text,
                        "{} = {}\n    .low = {}\n    .high = {}\n    .followup = {}\n    .starter = {starter}",
                        n(7),
                        t(
                            "Hoe belangrijk is dit voor jou?",
                            "How important is this to you?"
                        ),
                        t("Niet", "Not"),
                        t("Heel erg", "Very"),
                        t("Waarom geen lager cijfer?", "Why not a lower number?")
                    );
                }
                "FlagJudgement" => {
                    let _ = writeln!(
                        text,
                        "{} = {}\n    .explanation = {}\n    .starter = {starter}",
                        n(7),
                        t("Welke vlag geef je?", "Which flag do you give?"),
                        t(
                            "Rood: er was geen toestemming.",
                            "Red: there was no consent."
                        )
                    );
                }
                "Quiz" => {
                    let _ = writeln!(
                        text,
                        "{} = {}\n    .ja = {}\n    .nee = {}\n    .explanation = {}\n    .starter = {starter}",
                        n(7),
                        t("Mag dit?", "Is this allowed?"),
                        t("Ja", "Yes"),
                        t("Nee", "No"),
                        t("Nee, dat mag niet.", "No, it is not.")
                    );
                }
                _ => {
                    let _ = writeln!(
                        text,
                        "{} = {}\n    .starter = {starter}",
                        n(7),
                        t("Hoe voelt Lin zich?", "How does Lin feel?")
                    );
                }
            }
            let _ = writeln!(
                text,
                "{} = {}",
                n(9),
                t(
                    "Later denk je er nog aan.",
                    "Later you still think about it."
                )
            );
        }
    }
    ron.push_str(
        r#"        Jump(id: "einde_jump", branches: [(when: "gedeeld", goto: "einde_gedeeld")], otherwise: "einde_steun"),
        Ending(id: "einde_gedeeld", help: [Helpwanted, Kindertelefoon]),
        Ending(id: "einde_steun", help: [Mentor]),
    ],
)
"#,
    );
    for (text, lang) in [(&mut nl, "nl"), (&mut en, "en")] {
        let nlang = lang == "nl";
        let t =
            |nl_text: &'static str, en_text: &'static str| if nlang { nl_text } else { en_text };
        let _ = writeln!(
            text,
            "einde_gedeeld = {}\n    .title = {}\neinde_steun = {}\n    .title = {}",
            t("Delen doet pijn.", "Sharing hurts."),
            t("Gedeeld", "Shared"),
            t("Je deed niet mee.", "You did not join in."),
            t("Niet gedeeld", "Not shared")
        );
    }
    (ron, nl, en)
}
