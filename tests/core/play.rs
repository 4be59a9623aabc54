//! A player that plays a run to the end by a policy: random, or scripted by option ids.

use respect_online::story::{Answer, Run, Step};

/// What the player does at a choice or reflection; `n` varies the answer.
pub trait Policy {
    fn pick(&mut self, options: &[&str]) -> String;
    fn number(&mut self) -> u32;
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
                let answer =
                    Answer::varied(&node.kind, u64::from(policy.number())).expect("a reflection");
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
