//! A player that plays a run to the end by a policy: random, or scripted by option ids.

use respect_online::story::format::{Criterion, Flag};
use respect_online::story::{Answer, NodeKind, Run, Step};

/// What the player does at a choice or reflection; `n` varies the answer.
pub trait Policy {
    fn pick(&mut self, options: &[&str]) -> String;
    fn number(&mut self) -> u32;
}

/// An answer that fits the node, varied by `n`.
pub fn answer_for(kind: &NodeKind, n: u32) -> Answer {
    match kind {
        NodeKind::OpenQuestion { .. } => Answer::Text {
            text: [
                "",
                "Ik weet het niet.",
                "Ze voelde zich heel alleen <b>&</b>",
            ][n as usize % 3]
                .into(),
        },
        NodeKind::Ruler { .. } => Answer::Ruler {
            score: (n % 11) as u8,
            why: "Omdat het ertoe doet.".into(),
        },
        NodeKind::Feelings {
            feelings,
            multiple,
            free_text,
            ..
        } => {
            let count = if *multiple {
                1 + n as usize % feelings.len()
            } else {
                1
            };
            Answer::Feelings {
                chosen: feelings.iter().copied().take(count).collect(),
                other: if *free_text && n.is_multiple_of(2) {
                    "een beetje van alles".into()
                } else {
                    String::new()
                },
            }
        }
        NodeKind::FlagJudgement { .. } => Answer::Flag {
            flag: Flag::ALL[n as usize % 4],
            violated: Criterion::ALL
                .iter()
                .copied()
                .take(n as usize % 7)
                .collect(),
        },
        NodeKind::Quiz { options, .. } => Answer::Quiz {
            option: options[n as usize % options.len()].clone(),
        },
        _ => panic!("not a reflection"),
    }
}

/// Plays until the run is finished or `max_steps` actions were taken. Returns the number
/// of actions, or why it stopped.
pub fn play(run: &mut Run, policy: &mut dyn Policy, max_steps: usize) -> Result<usize, String> {
    for step in 0..max_steps {
        let t = 1_000 + step as u64 * 1_000;
        let result = match run.step() {
            Step::Finished(_) => return Ok(step),
            Step::Show(_) => run.advance(t),
            Step::Choose(_, offered) => {
                let ids: Vec<&str> = offered.iter().map(|o| o.id.as_str()).collect();
                if ids.is_empty() {
                    return Err(format!("no option offered at {}", run.node().id));
                }
                let pick = policy.pick(&ids);
                run.choose(&pick, t)
            }
            Step::Reflect(node, _) => {
                let answer = answer_for(&node.kind, policy.number());
                run.answer(answer, t)
            }
            Step::Ending(_) => run.finish("Dat ik eerst moet nadenken.".into(), String::new(), t),
        };
        result.map_err(|e| e.to_string())?;
    }
    Err(format!(
        "not finished after {max_steps} actions, at {}",
        run.node().id
    ))
}

/// Random choices from a seeded generator.
pub struct RandomPolicy(pub u64);

impl RandomPolicy {
    fn next(&mut self) -> u64 {
        // SplitMix64: enough for test input, no extra dependency.
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

impl Policy for RandomPolicy {
    fn pick(&mut self, options: &[&str]) -> String {
        options[self.next() as usize % options.len()].to_string()
    }

    fn number(&mut self) -> u32 {
        self.next() as u32
    }
}

/// Picks the listed option ids in order, one per choice.
pub struct Script(pub Vec<String>);

impl Script {
    pub fn of(choices: &[impl AsRef<str>]) -> Self {
        Script(choices.iter().map(|c| c.as_ref().to_string()).collect())
    }
}

impl Policy for Script {
    fn pick(&mut self, options: &[&str]) -> String {
        assert!(
            !self.0.is_empty(),
            "script ran out at a choice of {options:?}"
        );
        let next = self.0.remove(0);
        assert!(
            options.contains(&next.as_str()),
            "`{next}` is not offered; offered: {options:?}"
        );
        next
    }

    fn number(&mut self) -> u32 {
        1
    }
}
