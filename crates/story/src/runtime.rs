//! Playing one scenario: the current node, variables and a seeded random source, advanced
//! by the player's actions. Every step appends an [`Event`] to the [`Transcript`]; replaying
//! a transcript reproduces the exact state, so the transcript is the save format and the
//! report's input.
//!
//! The runtime never reads the clock: callers pass the time of each action, which keeps
//! replays and tests exact.

use std::fmt;
use std::sync::Arc;

use rand::rngs::Xoshiro256PlusPlus;
use rand::{RngExt, SeedableRng};
use serde::{Deserialize, Serialize};

use super::expr::Value;
use super::format::{Criterion, Feeling, Flag};
use super::scenario::{NodeIdx, NodeKind, ReflectionKind, Scenario};

/// Milliseconds since the Unix epoch.
pub type Millis = u64;

/// Version of the transcript schema; bump it when the meaning of a field changes.
pub const TRANSCRIPT_SCHEMA: u32 = 1;

/// Longest free text the runtime accepts in one answer (the UI stops input before this).
pub const MAX_TEXT_CHARS: usize = 5_000;

/// At most this many jumps and random branches in a row before the runtime gives up.
const AUTOMATIC_STEP_LIMIT: usize = 1_000;

/// What the player answered at a reflection node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Answer {
    /// An open question.
    Text { text: String },
    /// A 0–10 ruler and the answer to the follow-up question.
    Ruler { score: u8, why: String },
    /// Feelings picked from the list, and optional words of their own.
    Feelings { chosen: Vec<Feeling>, other: String },
    /// A flag and the criteria the player thinks were violated.
    Flag {
        flag: Flag,
        violated: Vec<Criterion>,
    },
    /// The option picked in a knowledge check.
    Quiz { option: String },
}

impl Answer {
    /// The answer a player gives who says nothing in particular: no words, the middle of
    /// the ruler, no feelings, the reference flag, the right quiz option. `None` when
    /// `node` is not a reflection.
    pub fn neutral(node: &NodeKind) -> Option<Answer> {
        Some(match node {
            NodeKind::OpenQuestion { .. } => Answer::Text {
                text: String::new(),
            },
            NodeKind::Ruler { .. } => Answer::Ruler {
                score: 5,
                why: String::new(),
            },
            NodeKind::Feelings { .. } => Answer::Feelings {
                chosen: Vec::new(),
                other: String::new(),
            },
            NodeKind::FlagJudgement { flag, violated, .. } => Answer::Flag {
                flag: *flag,
                violated: violated.clone(),
            },
            NodeKind::Quiz {
                options, correct, ..
            } => Answer::Quiz {
                option: options[*correct].clone(),
            },
            _ => return None,
        })
    }

    /// A valid answer to `node` that varies with `n`: every score, flag and option, one
    /// feeling or several, and words that are empty, short, or hold markup characters, as
    /// players type them. For playthroughs by tools and tests; `None` when `node` is not a
    /// reflection.
    pub fn varied(node: &NodeKind, n: u64) -> Option<Answer> {
        const WORDS: [&str; 3] = ["", "Ik weet het niet.", "Ze voelde zich alleen <b>&</b>"];
        let pick = |len: usize| (n % len as u64) as usize;
        let words = WORDS[pick(WORDS.len())].to_string();
        Some(match node {
            NodeKind::OpenQuestion { .. } => Answer::Text { text: words },
            NodeKind::Ruler { .. } => Answer::Ruler {
                score: (n % 11) as u8,
                why: words,
            },
            NodeKind::Feelings {
                feelings,
                multiple,
                free_text,
                ..
            } => {
                let count = if *multiple {
                    1 + pick(feelings.len())
                } else {
                    1
                };
                Answer::Feelings {
                    chosen: feelings.iter().copied().take(count).collect(),
                    other: if *free_text { words } else { String::new() },
                }
            }
            NodeKind::FlagJudgement { .. } => Answer::Flag {
                flag: Flag::ALL[pick(Flag::ALL.len())],
                violated: Criterion::ALL
                    .iter()
                    .copied()
                    .take(pick(Criterion::ALL.len() + 1))
                    .collect(),
            },
            NodeKind::Quiz { options, .. } => Answer::Quiz {
                option: options[pick(options.len())].clone(),
            },
            _ => return None,
        })
    }

    pub fn kind(&self) -> ReflectionKind {
        match self {
            Answer::Text { .. } => ReflectionKind::OpenQuestion,
            Answer::Ruler { .. } => ReflectionKind::Ruler,
            Answer::Feelings { .. } => ReflectionKind::Feelings,
            Answer::Flag { .. } => ReflectionKind::FlagJudgement,
            Answer::Quiz { .. } => ReflectionKind::Quiz,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub at: Millis,
    #[serde(flatten)]
    pub kind: EventKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum EventKind {
    /// The run began with this seed; `from` names the node it began at when that was not
    /// the scenario's start (authors playing from a node).
    Started {
        seed: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<String>,
    },
    /// A node was shown; for a choice, the options that were offered.
    Shown {
        node: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        offered: Vec<String>,
    },
    /// The player moved on from a narration, message, thought or switch.
    Advanced { node: String },
    /// The player picked an option.
    Chose { node: String, option: String },
    /// The player answered a reflection.
    Answered { node: String, answer: Answer },
    /// A jump or random branch was resolved.
    Branched { node: String, to: String },
    /// The player closed the ending, with what they take with them and, if they wrote
    /// one, a question for their worker.
    Finished {
        node: String,
        takeaway: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        question: String,
    },
}

impl EventKind {
    /// Whether the event is something the player did (rather than its consequence).
    pub fn is_input(&self) -> bool {
        matches!(
            self,
            EventKind::Advanced { .. }
                | EventKind::Chose { .. }
                | EventKind::Answered { .. }
                | EventKind::Finished { .. }
        )
    }

    /// The node the event is about (none for the start).
    pub fn node(&self) -> Option<&str> {
        match self {
            EventKind::Started { .. } => None,
            EventKind::Shown { node, .. }
            | EventKind::Advanced { node }
            | EventKind::Chose { node, .. }
            | EventKind::Answered { node, .. }
            | EventKind::Branched { node, .. }
            | EventKind::Finished { node, .. } => Some(node),
        }
    }
}

/// The append-only record of a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transcript {
    pub schema: u32,
    pub scenario: String,
    /// Hash of the scenario content the run started with.
    pub content_hash: String,
    pub seed: u64,
    pub events: Vec<Event>,
}

/// What the player sees now and what the run waits for.
#[derive(Debug)]
pub enum Step<'a> {
    /// A narration, message, thought or perspective switch: call [`Run::advance`].
    Show(&'a super::Node),
    /// A choice with the options offered now: call [`Run::choose`].
    Choose(&'a super::Node, Vec<&'a super::scenario::ChoiceOption>),
    /// A reflection: call [`Run::answer`].
    Reflect(&'a super::Node, ReflectionKind),
    /// An ending: call [`Run::finish`].
    Ending(&'a super::Node),
    /// The run is over.
    Finished(&'a super::Node),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunError {
    /// The action does not fit the current node.
    WrongAction {
        node: String,
        expected: &'static str,
        got: &'static str,
    },
    OptionNotOffered {
        node: String,
        option: String,
    },
    InvalidAnswer {
        node: String,
        reason: String,
    },
    /// The run has finished; nothing more can happen.
    Finished,
    /// Jumps and random branches kept leading to each other.
    AutomaticLoop {
        node: String,
    },
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunError::WrongAction {
                node,
                expected,
                got,
            } => write!(f, "node `{node}` waits for {expected}, not {got}"),
            RunError::OptionNotOffered { node, option } => {
                write!(f, "option `{option}` is not offered at `{node}`")
            }
            RunError::InvalidAnswer { node, reason } => {
                write!(f, "invalid answer at `{node}`: {reason}")
            }
            RunError::Finished => f.write_str("the scenario has finished"),
            RunError::AutomaticLoop { node } => write!(
                f,
                "jumps and random branches loop without end around `{node}`"
            ),
        }
    }
}

impl std::error::Error for RunError {}

/// Why a transcript could not be replayed in full.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplayError {
    /// Index of the first event that did not match.
    pub event: usize,
    pub reason: ReplayStop,
}

/// Where replay stopped, by cause: the content changed since the run was recorded, or the
/// record itself does not hold together (edited or damaged, or from a newer program).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplayStop {
    /// The node the run began at is gone.
    StartGone { node: String },
    /// The scenario cannot start, or no longer starts the way it did.
    StartChanged,
    /// A recorded action no longer fits the scenario.
    ActionRejected(RunError),
    /// The scenario produces other events than were recorded (other options, branches).
    Diverged,
    /// The record was written by a newer version of the program.
    NewerSchema(u32),
    /// The record contradicts itself: an edited or damaged file.
    Inconsistent(&'static str),
}

impl ReplayStop {
    /// The scenario changed since the run was recorded (rather than the record being
    /// damaged or too new).
    pub fn content_changed(&self) -> bool {
        matches!(
            self,
            ReplayStop::StartGone { .. }
                | ReplayStop::StartChanged
                | ReplayStop::ActionRejected(_)
                | ReplayStop::Diverged
        )
    }
}

impl fmt::Display for ReplayStop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplayStop::StartGone { node } => {
                write!(f, "the run began at `{node}`, which no longer exists")
            }
            ReplayStop::StartChanged => f.write_str("the scenario no longer starts the way it did"),
            ReplayStop::ActionRejected(e) => write!(f, "{e}"),
            ReplayStop::Diverged => {
                f.write_str("the scenario no longer produces the recorded events")
            }
            ReplayStop::NewerSchema(v) => write!(f, "unknown transcript schema {v}"),
            ReplayStop::Inconsistent(what) => {
                write!(f, "the record does not hold together: {what}")
            }
        }
    }
}

impl fmt::Display for ReplayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "event {}: {}", self.event, self.reason)
    }
}

impl std::error::Error for ReplayError {}

/// A run of one scenario.
#[derive(Debug, Clone)]
pub struct Run {
    scenario: Arc<Scenario>,
    node: NodeIdx,
    vars: Vec<Value>,
    perspective: usize,
    rng: Xoshiro256PlusPlus,
    finished: bool,
    transcript: Transcript,
}

impl Run {
    /// Starts at the scenario's first node.
    pub fn start(
        scenario: Arc<Scenario>,
        content_hash: &str,
        seed: u64,
        now: Millis,
    ) -> Result<Run, RunError> {
        Run::start_at(scenario, content_hash, seed, None, now)
    }

    /// Starts at `from` (the scenario's start when `None`) with the variables at their
    /// defaults: for authors who want to play from the middle.
    pub fn start_at(
        scenario: Arc<Scenario>,
        content_hash: &str,
        seed: u64,
        from: Option<NodeIdx>,
        now: Millis,
    ) -> Result<Run, RunError> {
        let first = from.unwrap_or(scenario.start);
        let mut run = Run {
            node: first,
            vars: scenario.defaults(),
            perspective: scenario.perspectives.first().copied().unwrap_or(0),
            rng: Xoshiro256PlusPlus::seed_from_u64(seed),
            finished: false,
            transcript: Transcript {
                schema: TRANSCRIPT_SCHEMA,
                scenario: scenario.id.clone(),
                content_hash: content_hash.to_string(),
                seed,
                events: Vec::new(),
            },
            scenario,
        };
        let from = from.map(|n| run.scenario.nodes[n].id.clone());
        run.push(now, EventKind::Started { seed, from });
        run.enter(first, now)?;
        Ok(run)
    }

    pub fn scenario(&self) -> &Arc<Scenario> {
        &self.scenario
    }

    pub fn transcript(&self) -> &Transcript {
        &self.transcript
    }

    pub fn node(&self) -> &super::Node {
        &self.scenario.nodes[self.node]
    }

    /// The character the player plays now.
    pub fn perspective(&self) -> usize {
        self.perspective
    }

    pub fn vars(&self) -> &[Value] {
        &self.vars
    }

    /// Variable names and values, for Fluent arguments and the dev overlay.
    pub fn named_vars(&self) -> impl Iterator<Item = (&str, Value)> {
        self.scenario
            .variables
            .iter()
            .map(|v| v.id.as_str())
            .zip(self.vars.iter().copied())
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    pub fn step(&self) -> Step<'_> {
        let node = self.node();
        if self.finished {
            return Step::Finished(node);
        }
        match &node.kind {
            NodeKind::Choice { .. } => Step::Choose(node, self.offered()),
            NodeKind::Ending { .. } => Step::Ending(node),
            _ => match node.reflection() {
                Some(kind) => Step::Reflect(node, kind),
                None => Step::Show(node),
            },
        }
    }

    fn offered(&self) -> Vec<&super::scenario::ChoiceOption> {
        self.node().offered(&self.vars)
    }

    fn push(&mut self, at: Millis, kind: EventKind) {
        self.transcript.events.push(Event { at, kind });
    }

    fn enter(&mut self, mut idx: NodeIdx, now: Millis) -> Result<(), RunError> {
        for _ in 0..AUTOMATIC_STEP_LIMIT {
            let scenario = Arc::clone(&self.scenario);
            let node = &scenario.nodes[idx];
            let target = match &node.kind {
                _ if let Some(target) = node.jump_target(&self.vars) => target,
                NodeKind::Random { outcomes } => {
                    let total: u64 = outcomes.iter().map(|o| u64::from(o.weight)).sum();
                    let mut roll = if total == 0 {
                        0
                    } else {
                        self.rng.random_range(0..total)
                    };
                    let outcome = outcomes
                        .iter()
                        .find(|o| {
                            let w = u64::from(o.weight);
                            if roll < w {
                                true
                            } else {
                                roll -= w;
                                false
                            }
                        })
                        .or(outcomes.last());
                    let Some(outcome) = outcome else {
                        return Err(RunError::AutomaticLoop {
                            node: node.id.clone(),
                        });
                    };
                    for e in &outcome.effects {
                        e.apply(&mut self.vars);
                    }
                    outcome.goto
                }
                _ => {
                    if let NodeKind::Switch { to, .. } = node.kind {
                        self.perspective = to;
                    }
                    self.node = idx;
                    let offered = self.offered().iter().map(|o| o.id.clone()).collect();
                    self.push(
                        now,
                        EventKind::Shown {
                            node: node.id.clone(),
                            offered,
                        },
                    );
                    return Ok(());
                }
            };
            self.push(
                now,
                EventKind::Branched {
                    node: node.id.clone(),
                    to: scenario.nodes[target].id.clone(),
                },
            );
            idx = target;
        }
        Err(RunError::AutomaticLoop {
            node: self.scenario.nodes[idx].id.clone(),
        })
    }

    fn wrong(&self, expected: &'static str, got: &'static str) -> RunError {
        if self.finished {
            return RunError::Finished;
        }
        RunError::WrongAction {
            node: self.node().id.clone(),
            expected,
            got,
        }
    }

    fn expected(&self) -> &'static str {
        match self.step() {
            Step::Show(_) => "the player to move on",
            Step::Choose(..) => "a choice",
            Step::Reflect(..) => "an answer",
            Step::Ending(_) => "the player to finish",
            Step::Finished(_) => "nothing",
        }
    }

    /// Moves on from a narration, message, thought or perspective switch.
    pub fn advance(&mut self, now: Millis) -> Result<(), RunError> {
        let next = match (self.finished, &self.node().kind) {
            (
                false,
                NodeKind::Narration { next }
                | NodeKind::Message { next, .. }
                | NodeKind::Thought { next }
                | NodeKind::Switch { next, .. },
            ) => *next,
            _ => return Err(self.wrong(self.expected(), "moving on")),
        };
        let node = self.node().id.clone();
        self.push(now, EventKind::Advanced { node });
        self.enter(next, now)
    }

    /// Picks an option of the current choice by id.
    pub fn choose(&mut self, option: &str, now: Millis) -> Result<(), RunError> {
        if self.finished || !matches!(self.node().kind, NodeKind::Choice { .. }) {
            return Err(self.wrong(self.expected(), "a choice"));
        }
        let Some(opt) = self.offered().into_iter().find(|o| o.id == option).cloned() else {
            return Err(RunError::OptionNotOffered {
                node: self.node().id.clone(),
                option: option.to_string(),
            });
        };
        for e in &opt.effects {
            e.apply(&mut self.vars);
        }
        let node = self.node().id.clone();
        self.push(
            now,
            EventKind::Chose {
                node,
                option: opt.id.clone(),
            },
        );
        self.enter(opt.goto, now)
    }

    /// Answers the current reflection. The answer is checked against the node.
    pub fn answer(&mut self, answer: Answer, now: Millis) -> Result<(), RunError> {
        let node = self.node();
        let Some(kind) = node.reflection().filter(|_| !self.finished) else {
            return Err(self.wrong(self.expected(), "an answer"));
        };
        if kind != answer.kind() {
            return Err(RunError::InvalidAnswer {
                node: node.id.clone(),
                reason: format!("expected a {kind:?} answer, got {:?}", answer.kind()),
            });
        }
        let invalid = |reason: String| RunError::InvalidAnswer {
            node: node.id.clone(),
            reason,
        };
        let too_long = |t: &str| t.chars().count() > MAX_TEXT_CHARS;
        let next = match (&node.kind, &answer) {
            (NodeKind::OpenQuestion { next, .. }, Answer::Text { text }) => {
                if too_long(text) {
                    return Err(invalid(format!(
                        "text longer than {MAX_TEXT_CHARS} characters"
                    )));
                }
                *next
            }
            (NodeKind::Ruler { next }, Answer::Ruler { score, why }) => {
                if *score > 10 {
                    return Err(invalid(format!("score {score} is not between 0 and 10")));
                }
                if too_long(why) {
                    return Err(invalid(format!(
                        "text longer than {MAX_TEXT_CHARS} characters"
                    )));
                }
                *next
            }
            (
                NodeKind::Feelings {
                    feelings,
                    multiple,
                    free_text,
                    next,
                },
                Answer::Feelings { chosen, other },
            ) => {
                if let Some(f) = chosen.iter().find(|f| !feelings.contains(f)) {
                    return Err(invalid(format!("{f:?} is not offered here")));
                }
                let mut unique = chosen.clone();
                unique.sort();
                unique.dedup();
                if unique.len() != chosen.len() {
                    return Err(invalid("a feeling is chosen twice".into()));
                }
                if !multiple && chosen.len() > 1 {
                    return Err(invalid("only one feeling can be chosen here".into()));
                }
                if !free_text && !other.is_empty() {
                    return Err(invalid("this question takes no words of your own".into()));
                }
                if too_long(other) {
                    return Err(invalid(format!(
                        "text longer than {MAX_TEXT_CHARS} characters"
                    )));
                }
                *next
            }
            (NodeKind::FlagJudgement { next, .. }, Answer::Flag { violated, .. }) => {
                let mut unique = violated.clone();
                unique.sort();
                unique.dedup();
                if unique.len() != violated.len() {
                    return Err(invalid("a criterion is marked twice".into()));
                }
                *next
            }
            (NodeKind::Quiz { options, next, .. }, Answer::Quiz { option }) => {
                if !options.contains(option) {
                    return Err(invalid(format!("`{option}` is not an option here")));
                }
                *next
            }
            _ => unreachable_kind(&node.id)?,
        };
        let node = node.id.clone();
        self.push(now, EventKind::Answered { node, answer });
        self.enter(next, now)
    }

    /// Closes the ending with what the player takes with them (may be empty).
    pub fn finish(
        &mut self,
        takeaway: String,
        question: String,
        now: Millis,
    ) -> Result<(), RunError> {
        if self.finished || !self.node().is_ending() {
            return Err(self.wrong(self.expected(), "finishing"));
        }
        if takeaway.chars().count() > MAX_TEXT_CHARS || question.chars().count() > MAX_TEXT_CHARS {
            return Err(RunError::InvalidAnswer {
                node: self.node().id.clone(),
                reason: format!("text longer than {MAX_TEXT_CHARS} characters"),
            });
        }
        let node = self.node().id.clone();
        self.push(
            now,
            EventKind::Finished {
                node,
                takeaway,
                question,
            },
        );
        self.finished = true;
        Ok(())
    }

    /// The same run on a new version of its scenario, at the same node (by id), for an
    /// author who just saved a change: variables carried over by name (new ones at their
    /// defaults), the same character played, the record kept. `None` when the node is gone
    /// or is now a jump or random branch, where a run cannot stand.
    pub fn relocate(&self, scenario: Arc<Scenario>) -> Option<Run> {
        let node = scenario.node_index(&self.node().id)?;
        if scenario.nodes[node].is_automatic() {
            return None;
        }
        let vars = scenario
            .variables
            .iter()
            .map(|v| {
                self.named_vars()
                    .find(|(name, value)| *name == v.id && value.ty() == v.default.ty())
                    .map_or(v.default, |(_, value)| value)
            })
            .collect();
        let playing = self
            .scenario
            .characters
            .get(self.perspective)
            .map(|c| &c.id);
        let perspective = scenario
            .characters
            .iter()
            .position(|c| Some(&c.id) == playing)
            .or_else(|| scenario.perspectives.first().copied())
            .unwrap_or(0);
        Some(Run {
            node,
            vars,
            perspective,
            rng: self.rng.clone(),
            finished: self.finished,
            transcript: self.transcript.clone(),
            scenario,
        })
    }

    /// A run at the start node with no events: what replay gives back when even the start
    /// fails.
    fn empty(scenario: Arc<Scenario>, transcript: &Transcript) -> Run {
        Run {
            node: scenario.start,
            vars: scenario.defaults(),
            perspective: scenario.perspectives.first().copied().unwrap_or(0),
            rng: Xoshiro256PlusPlus::seed_from_u64(transcript.seed),
            finished: false,
            transcript: Transcript {
                events: Vec::new(),
                ..transcript.clone()
            },
            scenario,
        }
    }

    /// Replays a transcript and checks that every event comes out the same.
    pub fn replay(scenario: Arc<Scenario>, transcript: &Transcript) -> Result<Run, ReplayError> {
        match Run::replay_prefix(scenario, transcript) {
            (run, None) if run.transcript.events == transcript.events => Ok(run),
            (run, None) => {
                let event = run
                    .transcript
                    .events
                    .iter()
                    .zip(&transcript.events)
                    .position(|(a, b)| a != b)
                    .unwrap_or(0);
                Err(ReplayError {
                    event,
                    reason: ReplayStop::Diverged,
                })
            }
            (_, Some(e)) => Err(e),
        }
    }

    /// Replays as much of a transcript as still fits the scenario (content may have
    /// changed since it was recorded). Returns the run at the last event that matched, and
    /// why replay stopped early, if it did.
    pub fn replay_prefix(
        scenario: Arc<Scenario>,
        transcript: &Transcript,
    ) -> (Run, Option<ReplayError>) {
        let start_at = transcript.events.first().map_or(0, |e| e.at);
        let from = match transcript.events.first().map(|e| &e.kind) {
            Some(EventKind::Started { from: Some(id), .. }) => match scenario.node_index(id) {
                Some(n) => Some(n),
                None => {
                    return (
                        Run::empty(scenario, transcript),
                        Some(ReplayError {
                            event: 0,
                            reason: ReplayStop::StartGone { node: id.clone() },
                        }),
                    );
                }
            },
            _ => None,
        };
        let fresh = |scenario: Arc<Scenario>| {
            Run::start_at(
                scenario,
                &transcript.content_hash,
                transcript.seed,
                from,
                start_at,
            )
        };
        let mut run = match fresh(Arc::clone(&scenario)) {
            Ok(run) => run,
            Err(_) => {
                return (
                    Run::empty(scenario, transcript),
                    Some(ReplayError {
                        event: 0,
                        reason: ReplayStop::StartChanged,
                    }),
                );
            }
        };
        if transcript.schema != TRANSCRIPT_SCHEMA {
            return (
                run,
                Some(ReplayError {
                    event: 0,
                    reason: ReplayStop::NewerSchema(transcript.schema),
                }),
            );
        }
        if let Some(Event {
            kind: EventKind::Started { seed, .. },
            ..
        }) = transcript.events.first()
            && *seed != transcript.seed
        {
            return (
                run,
                Some(ReplayError {
                    event: 0,
                    reason: ReplayStop::Inconsistent("the start event has another seed"),
                }),
            );
        }
        // Content may have changed the options a choice offers; the step still counts as
        // the same when the same node was shown.
        let same = |a: &Event, b: &Event| match (&a.kind, &b.kind) {
            (EventKind::Shown { node: x, .. }, EventKind::Shown { node: y, .. }) => {
                a.at == b.at && x == y
            }
            _ => a == b,
        };
        let matches = |run: &Run| {
            let produced = &run.transcript.events;
            produced.len() <= transcript.events.len()
                && produced
                    .iter()
                    .zip(&transcript.events)
                    .all(|(a, b)| same(a, b))
        };
        if !matches(&run) {
            return (
                run,
                Some(ReplayError {
                    event: 0,
                    reason: ReplayStop::StartChanged,
                }),
            );
        }
        loop {
            let i = run.transcript.events.len();
            let Some(event) = transcript.events.get(i) else {
                return (run, None);
            };
            let before = run.clone();
            let result = match &event.kind {
                EventKind::Advanced { .. } => run.advance(event.at),
                EventKind::Chose { option, .. } => run.choose(option, event.at),
                EventKind::Answered { answer, .. } => run.answer(answer.clone(), event.at),
                EventKind::Finished {
                    takeaway, question, ..
                } => run.finish(takeaway.clone(), question.clone(), event.at),
                _ => {
                    let reason = ReplayStop::Inconsistent("an event the player cannot cause");
                    return (before, Some(ReplayError { event: i, reason }));
                }
            };
            let failure = match result {
                Err(e) => Some(ReplayStop::ActionRejected(e)),
                Ok(()) if !matches(&run) => Some(ReplayStop::Diverged),
                Ok(()) => None,
            };
            if let Some(reason) = failure {
                return (before, Some(ReplayError { event: i, reason }));
            }
        }
    }
}

fn unreachable_kind(node: &str) -> Result<NodeIdx, RunError> {
    Err(RunError::InvalidAnswer {
        node: node.to_string(),
        reason: "the answer does not fit this node".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::compile_str;

    const MINI: &str = include_str!("testdata/mini.ron");

    fn mini() -> Arc<Scenario> {
        Arc::new(compile_str(MINI, "mini"))
    }

    const BRANCHY: &str = r##"Scenario(
        id: "branchy", themes: [Consent], minutes: 2, perspectives: ["a"],
        characters: [(id: "a", color: "#000000")],
        variables: [(id: "n", default: 0), (id: "seen", default: false)],
        start: "dice",
        nodes: [
            Random(id: "dice", outcomes: [
                (weight: 1, effects: ["n += 1"], goto: "check"),
                (weight: 1, effects: ["n += 2"], goto: "check"),
            ]),
            Jump(id: "check", branches: [(when: "n >= 2", goto: "two")], otherwise: "one"),
            Narration(id: "one", next: "q"),
            Narration(id: "two", next: "q"),
            Ruler(id: "q", next: "f"),
            Feelings(id: "f", feelings: [Sad, Angry], multiple: false, free_text: false, next: "flag"),
            FlagJudgement(id: "flag", flag: Red, violated: [Consent], next: "quiz"),
            Quiz(id: "quiz", options: ["a", "b"], correct: "a", next: "end"),
            Ending(id: "end", help: [Mentor]),
        ],
    )"##;

    #[test]
    fn plays_the_mini_scenario_and_records_every_step() {
        let mut run = Run::start(mini(), "h", 7, 1000).unwrap();
        assert!(matches!(run.step(), Step::Show(n) if n.id == "begin"));
        run.advance(1001).unwrap();
        run.advance(1002).unwrap();
        let Step::Choose(node, offered) = run.step() else {
            panic!("expected a choice")
        };
        assert_eq!(node.id, "keuze");
        assert_eq!(
            offered.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(),
            ["door", "wis"]
        );
        run.choose("wis", 1003).unwrap();
        assert_eq!(run.vars(), [Value::Bool(false), Value::Int(1)]);
        // The switch makes the player Noor.
        assert_eq!(run.scenario().characters[run.perspective()].id, "noor");
        run.advance(1004).unwrap();
        run.answer(
            Answer::Text {
                text: "Verdrietig".into(),
            },
            1005,
        )
        .unwrap();
        assert!(matches!(run.step(), Step::Ending(n) if n.id == "einde"));
        run.finish("Eerst nadenken".into(), "Mag ik iets vragen?".into(), 1006)
            .unwrap();
        assert!(run.is_finished());
        let kinds: Vec<String> = run
            .transcript()
            .events
            .iter()
            .map(|e| {
                serde_json::to_value(&e.kind).unwrap()["event"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "started", "shown", "advanced", "shown", "advanced", "shown", "chose", "shown",
                "advanced", "shown", "answered", "shown", "finished"
            ]
        );
        assert_eq!(
            run.transcript().events[5].kind,
            EventKind::Shown {
                node: "keuze".into(),
                offered: vec!["door".into(), "wis".into()]
            }
        );
    }

    #[test]
    fn conditions_decide_what_is_offered() {
        let mut run = Run::start(mini(), "h", 1, 0).unwrap();
        run.advance(0).unwrap();
        run.advance(0).unwrap();
        // `wis` is offered only while nothing was forwarded; here that is always so, so
        // force the variable to check the filter.
        run.vars[0] = Value::Bool(true);
        let Step::Choose(_, offered) = run.step() else {
            panic!()
        };
        assert_eq!(offered.len(), 1);
        assert_eq!(
            run.choose("wis", 0),
            Err(RunError::OptionNotOffered {
                node: "keuze".into(),
                option: "wis".into()
            })
        );
    }

    #[test]
    fn wrong_actions_are_errors_not_panics() {
        let mut run = Run::start(mini(), "h", 1, 0).unwrap();
        let before = run.transcript().clone();
        assert!(matches!(
            run.choose("door", 0),
            Err(RunError::WrongAction { .. })
        ));
        assert!(matches!(
            run.answer(Answer::Text { text: "x".into() }, 0),
            Err(RunError::WrongAction { .. })
        ));
        assert!(matches!(
            run.finish(String::new(), String::new(), 0),
            Err(RunError::WrongAction { .. })
        ));
        assert_eq!(run.transcript(), &before, "failed actions record nothing");
        run.advance(0).unwrap();
        run.advance(0).unwrap();
        assert!(matches!(run.advance(0), Err(RunError::WrongAction { .. })));
        assert!(matches!(
            run.choose("nope", 0),
            Err(RunError::OptionNotOffered { .. })
        ));
        run.choose("door", 0).unwrap();
        run.advance(0).unwrap();
        let wrong_kind = Answer::Ruler {
            score: 5,
            why: String::new(),
        };
        assert!(matches!(
            run.answer(wrong_kind, 0),
            Err(RunError::InvalidAnswer { .. })
        ));
        let long = "x".repeat(MAX_TEXT_CHARS + 1);
        assert!(matches!(
            run.answer(Answer::Text { text: long }, 0),
            Err(RunError::InvalidAnswer { .. })
        ));
        run.answer(
            Answer::Text {
                text: String::new(),
            },
            0,
        )
        .unwrap();
        run.finish(String::new(), String::new(), 0).unwrap();
        assert_eq!(run.advance(0), Err(RunError::Finished));
        assert_eq!(
            run.finish(String::new(), String::new(), 0),
            Err(RunError::Finished)
        );
    }

    #[test]
    fn reflection_answers_are_validated() {
        let s = Arc::new(compile_str(BRANCHY, "branchy"));
        let mut run = Run::start(s, "h", 3, 0).unwrap();
        run.advance(0).unwrap();
        let bad_score = Answer::Ruler {
            score: 11,
            why: String::new(),
        };
        assert!(run.answer(bad_score, 0).is_err());
        run.answer(
            Answer::Ruler {
                score: 4,
                why: "Omdat".into(),
            },
            0,
        )
        .unwrap();
        for bad in [
            Answer::Feelings {
                chosen: vec![Feeling::Proud],
                other: String::new(),
            },
            Answer::Feelings {
                chosen: vec![Feeling::Sad, Feeling::Angry],
                other: String::new(),
            },
            Answer::Feelings {
                chosen: vec![Feeling::Sad],
                other: "eigen woorden".into(),
            },
        ] {
            assert!(run.answer(bad, 0).is_err());
        }
        run.answer(
            Answer::Feelings {
                chosen: vec![Feeling::Sad],
                other: String::new(),
            },
            0,
        )
        .unwrap();
        let twice = Answer::Flag {
            flag: Flag::Red,
            violated: vec![Criterion::Consent, Criterion::Consent],
        };
        assert!(run.answer(twice, 0).is_err());
        run.answer(
            Answer::Flag {
                flag: Flag::Yellow,
                violated: vec![],
            },
            0,
        )
        .unwrap();
        assert!(run.answer(Answer::Quiz { option: "c".into() }, 0).is_err());
        run.answer(Answer::Quiz { option: "b".into() }, 0).unwrap();
        assert!(matches!(run.step(), Step::Ending(_)));
    }

    #[test]
    fn random_branches_follow_the_seed_and_are_recorded() {
        let s = Arc::new(compile_str(BRANCHY, "branchy"));
        let mut seen = std::collections::BTreeSet::new();
        for seed in 0..40 {
            let a = Run::start(Arc::clone(&s), "h", seed, 0).unwrap();
            let b = Run::start(Arc::clone(&s), "h", seed, 0).unwrap();
            assert_eq!(a.transcript(), b.transcript());
            assert_eq!(a.vars(), b.vars());
            let EventKind::Branched { to, .. } = &a.transcript().events[1].kind else {
                panic!("the random node is recorded")
            };
            assert_eq!(to, "check");
            seen.insert(a.node().id.clone());
        }
        assert_eq!(seen.len(), 2, "both outcomes occur over 40 seeds");
    }

    #[test]
    fn replay_reproduces_the_state_and_survives_json() {
        let s = Arc::new(compile_str(BRANCHY, "branchy"));
        let mut run = Run::start(Arc::clone(&s), "h", 11, 5).unwrap();
        run.advance(6).unwrap();
        run.answer(
            Answer::Ruler {
                score: 8,
                why: "Ik wil dat niet <script>".into(),
            },
            7,
        )
        .unwrap();
        let json = serde_json::to_string(run.transcript()).unwrap();
        let back: Transcript = serde_json::from_str(&json).unwrap();
        let replayed = Run::replay(Arc::clone(&s), &back).unwrap();
        assert_eq!(replayed.transcript(), run.transcript());
        assert_eq!(replayed.node().id, run.node().id);
        assert_eq!(replayed.vars(), run.vars());
        assert_eq!(replayed.perspective(), run.perspective());
    }

    #[test]
    fn a_run_can_start_at_any_node_and_replays_from_there() {
        let s = mini();
        let from = s.node_index("keuze");
        let mut run = Run::start_at(Arc::clone(&s), "h", 1, from, 0).unwrap();
        assert!(matches!(run.step(), Step::Choose(n, _) if n.id == "keuze"));
        assert_eq!(
            run.transcript().events[0].kind,
            EventKind::Started {
                seed: 1,
                from: Some("keuze".into())
            }
        );
        run.choose("wis", 1).unwrap();
        let json = serde_json::to_string(run.transcript()).unwrap();
        assert!(json.contains(r#""from":"keuze""#), "{json}");
        let replayed = Run::replay(Arc::clone(&s), &serde_json::from_str(&json).unwrap()).unwrap();
        assert_eq!(replayed.node().id, "wissel");
        // A normal start writes no `from`, so older transcripts read the same.
        let plain = Run::start(Arc::clone(&s), "h", 1, 0).unwrap();
        let json = serde_json::to_string(plain.transcript()).unwrap();
        assert!(!json.contains("from"), "{json}");
        // The node it began at is gone in a new version: replay says so.
        let renamed = Arc::new(compile_str(&MINI.replace("\"keuze\"", "\"kies\""), "mini"));
        let (_, err) = Run::replay_prefix(renamed, run.transcript());
        let reason = err.unwrap().reason;
        assert_eq!(
            reason,
            ReplayStop::StartGone {
                node: "keuze".into()
            }
        );
        assert!(reason.content_changed());
    }

    #[test]
    fn a_run_moves_to_a_new_version_of_its_scenario_at_the_same_node() {
        let mut run = Run::start(mini(), "h", 1, 0).unwrap();
        run.advance(1).unwrap();
        run.advance(2).unwrap();
        run.choose("wis", 3).unwrap();
        assert_eq!(run.node().id, "wissel");
        // The author adds a node before this one, a variable, and changes a default.
        let changed = MINI
            .replace(
                "Narration(id: \"begin\", next: \"foto\")",
                "Narration(id: \"begin\", next: \"nieuw\"),\n        Narration(id: \"nieuw\", next: \"foto\")",
            )
            .replace(
                "(id: \"moed\", default: 0),",
                "(id: \"moed\", default: 5),\n        (id: \"extra\", default: true),",
            );
        let changed = Arc::new(compile_str(&changed, "mini"));
        let moved = run
            .relocate(Arc::clone(&changed))
            .expect("the node still exists");
        assert_eq!(moved.node().id, "wissel");
        assert_eq!(moved.transcript(), run.transcript());
        let vars: Vec<(String, Value)> = moved
            .named_vars()
            .map(|(n, v)| (n.to_string(), v))
            .collect();
        assert_eq!(
            vars,
            [
                ("doorgestuurd".to_string(), Value::Bool(false)),
                ("moed".to_string(), Value::Int(1)),
                ("extra".to_string(), Value::Bool(true)),
            ]
        );
        // The node was removed: no place to stand.
        let gone = MINI.replace("\"wissel\"", "\"wisselen\"");
        assert!(run.relocate(Arc::new(compile_str(&gone, "mini"))).is_none());
    }

    #[test]
    fn replay_of_changed_content_keeps_the_matching_prefix() {
        let mut run = Run::start(mini(), "h", 1, 0).unwrap();
        run.advance(1).unwrap();
        run.advance(2).unwrap();
        run.choose("door", 3).unwrap();
        run.advance(4).unwrap();
        // A new version of the scenario renamed the option `door`.
        let changed = MINI.replace("(id: \"door\"", "(id: \"doorsturen\"");
        let changed = Arc::new(compile_str(&changed, "mini"));
        assert!(Run::replay(Arc::clone(&changed), run.transcript()).is_err());
        let (partial, err) = Run::replay_prefix(changed, run.transcript());
        let err = err.expect("replay stops");
        assert_eq!(err.event, 6, "{err}");
        assert_eq!(partial.node().id, "keuze");
        assert_eq!(partial.transcript().events.len(), 6);
        // A transcript with an unknown schema is not replayed.
        let mut future = run.transcript().clone();
        future.schema = 99;
        assert!(Run::replay(mini(), &future).is_err());
    }
}
