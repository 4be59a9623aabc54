//! The reflection report for the Halt worker: what the young person did, what they said,
//! and what to ask — built from the saved transcripts, free of Bevy.
//!
//! [`build`] turns the saves into a [`Report`] (texts from the Fluent files in the report's
//! language, the young person's words verbatim); [`html::render`] writes it as one
//! self-contained HTML page and [`Report`] itself serialises to the versioned JSON described
//! in `docs/report.md`. [`write`] does both with owner-only files.

pub mod html;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::store::{Profile, RunSave, write_atomic};
use crate::story::format::{Criterion, Flag, Purpose};
use crate::story::locale::LangChain;
use crate::story::runtime::{Answer, Event, EventKind, Millis};
use crate::story::view::{Form, Shown, View, Viewer, Word};
use crate::story::{Library, MessageKey, NodeKind, Run, Scenario, Transcript, shorten};

/// Version of the report data; bump it when the meaning of a field changes.
pub const REPORT_SCHEMA: u32 = 1;

/// A gap between two steps longer than this counts as a pause: only this much of it is
/// counted as active time.
pub const IDLE_AFTER_MS: u64 = 5 * 60 * 1000;

/// A ruler score at or below this is a point to discuss.
pub const LOW_RULER: u8 = 3;

/// A flag this many steps or more from the reference (green → black) is a point to discuss.
pub const FLAG_FAR: u8 = 2;

/// An answer with fewer words than this is a point to discuss.
pub const SHORT_WORDS: usize = 3;

/// Longest "situation" line in the timeline, in characters.
const SITUATION_CHARS: usize = 160;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub schema: u32,
    /// Language of the texts in the report.
    pub language: String,
    pub program_version: String,
    pub generated: Millis,
    /// Short hash of the scenario content the report was made with.
    pub content_hash: String,
    pub player: Player,
    pub first_played: Option<Millis>,
    pub last_played: Option<Millis>,
    /// Active time over all scenarios, pauses left out (see [`IDLE_AFTER_MS`]).
    pub active_ms: u64,
    pub points: Vec<Point>,
    /// Assigned scenarios first (in the worker's order), then other played ones.
    pub scenarios: Vec<ScenarioReport>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Player {
    /// The first name or code the young person entered.
    pub name: String,
    pub case: Option<String>,
    pub assignment_code: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotStarted,
    Busy,
    Done,
}

impl Status {
    /// The name in CSS classes and `report-status-<key>` messages.
    pub fn key(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::Busy => "busy",
            Status::Done => "done",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioReport {
    pub id: String,
    pub title: String,
    pub assigned: bool,
    pub status: Status,
    /// The language the young person played in.
    pub played_language: Option<String>,
    pub first_played: Option<Millis>,
    pub last_played: Option<Millis>,
    pub active_ms: u64,
    /// The scenario changed since it was played, or is no longer in the library: texts
    /// are today's and may differ from what the young person saw.
    pub content_changed: bool,
    pub decisions: Vec<Decision>,
    pub reflections: Vec<Reflection>,
    pub ending: Option<Ending>,
}

/// A choice in the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub node: String,
    /// What happened just before, in one line.
    pub situation: String,
    /// The question the choice asks.
    pub prompt: String,
    /// The options offered, in order.
    pub options: Vec<DecisionOption>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionOption {
    pub id: String,
    pub text: String,
    pub risky: bool,
    pub chosen: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reflection {
    pub node: String,
    pub question: String,
    pub answer: ReflectionAnswer,
    /// The author's conversation starter for the worker.
    pub starter: Option<String>,
}

/// A word from a fixed list: its key and its text in the report's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Labelled {
    pub key: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionRow {
    pub key: String,
    pub label: String,
    /// The young person marked it as violated.
    pub yours: bool,
    /// The reference marks it as violated.
    pub reference: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReflectionAnswer {
    OpenQuestion {
        purpose: Purpose,
        text: String,
    },
    Ruler {
        score: u8,
        low: String,
        high: String,
        followup: String,
        why: String,
    },
    Feelings {
        chosen: Vec<Labelled>,
        other: String,
    },
    FlagJudgement {
        flag: Labelled,
        reference: Labelled,
        /// Steps between the two on the scale green → black.
        distance: u8,
        criteria: Vec<CriterionRow>,
        explanation: String,
    },
    Quiz {
        chosen: Labelled,
        correct: Labelled,
        right: bool,
        explanation: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ending {
    pub node: String,
    pub title: String,
    /// The young person closed the ending (and so finished the scenario).
    pub closed: bool,
    /// What they take with them.
    pub takeaway: String,
    /// A question for the worker, if they wrote one.
    pub question: String,
    pub help: Vec<Labelled>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PointKind {
    /// A question the young person wrote for the worker.
    QuestionForWorker,
    /// A choice marked risky by the author was taken.
    RiskyChoice,
    /// A flag judgement far from the reference.
    FlagFar,
    /// A low ruler score.
    LowRuler,
    /// An empty answer.
    EmptyAnswer,
    /// A very short answer.
    ShortAnswer,
}

impl PointKind {
    pub fn key(self) -> &'static str {
        match self {
            PointKind::QuestionForWorker => "question",
            PointKind::RiskyChoice => "risky",
            PointKind::FlagFar => "flag",
            PointKind::LowRuler => "ruler",
            PointKind::EmptyAnswer => "empty",
            PointKind::ShortAnswer => "short",
        }
    }
}

/// Something to bring up in the conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Point {
    pub kind: PointKind,
    pub scenario: String,
    pub node: String,
    /// What it is about: the question, the choice or the case judged.
    pub about: String,
    /// What the young person chose, scored or wrote.
    pub detail: String,
}

/// What the report is made from.
pub struct Input<'a> {
    pub library: &'a Library,
    pub profile: Option<&'a Profile>,
    pub runs: &'a BTreeMap<String, RunSave>,
    /// Report language, such as `nl`.
    pub language: &'a str,
    pub now: Millis,
}

/// Builds the report. Saves of scenarios no longer in the library are still reported, with
/// node ids where the text is gone.
pub fn build(input: &Input) -> Report {
    let chain = input.library.locales.negotiate(&[input.language]);
    let assignment = input.profile.and_then(|p| p.assignment.as_ref());
    let assigned: Vec<&str> = assignment
        .map(|a| a.scenarios.iter().map(String::as_str).collect())
        .unwrap_or_default();
    let mut ids: Vec<&str> = assigned.clone();
    ids.extend(
        input
            .runs
            .keys()
            .map(String::as_str)
            .filter(|id| !assigned.contains(id)),
    );
    let player = input.profile.map_or("", |p| p.name.as_str());
    let scenarios: Vec<ScenarioReport> = ids
        .iter()
        .map(|id| {
            let b = Builder {
                library: input.library,
                chain: &chain,
                player,
                scenario: input.library.scenario(id),
            };
            b.scenario_report(id, assigned.contains(id), input.runs.get(*id))
        })
        .collect();
    let points = points(&scenarios);
    Report {
        schema: REPORT_SCHEMA,
        language: chain.primary().to_string(),
        program_version: env!("CARGO_PKG_VERSION").to_string(),
        generated: input.now,
        content_hash: input.library.content_hash.clone(),
        player: Player {
            name: player.to_string(),
            case: assignment.map(|a| a.case.clone()).filter(|c| !c.is_empty()),
            assignment_code: assignment.map(|a| a.code.clone()),
        },
        first_played: scenarios.iter().filter_map(|s| s.first_played).min(),
        last_played: scenarios.iter().filter_map(|s| s.last_played).max(),
        active_ms: scenarios.iter().map(|s| s.active_ms).sum(),
        points,
        scenarios,
    }
}

/// Active time of a run: the gaps between its events, each counted up to
/// [`IDLE_AFTER_MS`].
pub fn active_ms(events: &[Event]) -> u64 {
    events
        .windows(2)
        .map(|w| w[1].at.saturating_sub(w[0].at).min(IDLE_AFTER_MS))
        .sum()
}

struct Builder<'a> {
    library: &'a Library,
    chain: &'a LangChain,
    player: &'a str,
    scenario: Option<&'a Arc<Scenario>>,
}

impl Builder<'_> {
    fn viewer(&self) -> Viewer<'_> {
        Viewer::new(&self.library.locales, self.chain, self.player)
    }

    /// What stands where a text is gone: the message key when the scenario is gone, else
    /// the friendly placeholder.
    fn missing(&self, key: MessageKey) -> String {
        match self.scenario {
            None => key.to_string(),
            Some(_) => self.ui("text-missing"),
        }
    }

    fn ui(&self, id: &str) -> String {
        self.library.locales.ui(self.chain, id, None)
    }

    /// `node` as the young person met it at event `i`: with the variables of that moment
    /// and, for a choice, the options `offered`. `None` when the node is gone.
    fn view_at(&self, t: &Transcript, i: usize, node: &str, offered: &[String]) -> Option<View> {
        let s = self.scenario?;
        let idx = s.node_index(node)?;
        let run = self.run_before(t, i)?;
        self.viewer()
            .node(s, idx, run.vars(), run.perspective(), offered)
    }

    /// The run as it was just before event `i`, for the variables of that moment.
    fn run_before(&self, transcript: &Transcript, i: usize) -> Option<Run> {
        let scenario = self.scenario?;
        let prefix = Transcript {
            events: transcript.events[..i].to_vec(),
            ..transcript.clone()
        };
        Some(Run::replay_prefix(Arc::clone(scenario), &prefix).0)
    }

    fn node_kind(&self, node: &str) -> Option<&NodeKind> {
        let s = self.scenario?;
        s.node_index(node).map(|i| &s.node(i).kind)
    }

    fn scenario_report(&self, id: &str, assigned: bool, save: Option<&RunSave>) -> ScenarioReport {
        let title = match self.scenario {
            Some(s) => self.viewer().title(s),
            None => id.to_string(),
        };
        let mut report = ScenarioReport {
            id: id.to_string(),
            title,
            assigned,
            status: Status::NotStarted,
            played_language: None,
            first_played: None,
            last_played: None,
            active_ms: 0,
            content_changed: false,
            decisions: Vec::new(),
            reflections: Vec::new(),
            ending: None,
        };
        let Some(save) = save else { return report };
        let t = &save.transcript;
        report.status = Status::Busy;
        report.played_language = Some(save.language.clone()).filter(|l| !l.is_empty());
        report.first_played = t.events.first().map(|e| e.at);
        report.last_played = t.events.last().map(|e| e.at);
        report.active_ms = active_ms(&t.events);
        report.content_changed = match self.scenario {
            None => true,
            Some(_) => self.library.scenario_hash(id) != t.content_hash,
        };
        self.events(t, &mut report);
        report
    }

    /// The timeline, reflections and ending from the transcript's events.
    fn events(&self, t: &Transcript, report: &mut ScenarioReport) {
        // The last narration, message, thought or switch shown, as (event, node): its
        // text is only made when a choice follows.
        let mut situation: Option<(usize, &str)> = None;
        let mut offered: Vec<String> = Vec::new();
        for (i, event) in t.events.iter().enumerate() {
            match &event.kind {
                EventKind::Shown { node, offered: o } => {
                    offered = o.clone();
                    match self.node_kind(node) {
                        Some(
                            NodeKind::Narration { .. }
                            | NodeKind::Thought { .. }
                            | NodeKind::Switch { .. }
                            | NodeKind::Message { .. },
                        ) => situation = Some((i, node)),
                        Some(NodeKind::Ending { .. }) => {
                            report.ending = Some(self.ending(t, i, node));
                        }
                        _ => {}
                    }
                }
                EventKind::Chose { node, option } => {
                    let situation = situation
                        .and_then(|(at, n)| self.situation(t, at, n))
                        .unwrap_or_default();
                    report
                        .decisions
                        .push(self.decision(t, i, node, option, &offered, situation));
                }
                EventKind::Answered { node, answer } => {
                    report.reflections.push(self.reflection(t, i, node, answer));
                }
                EventKind::Finished {
                    node,
                    takeaway,
                    question,
                } => {
                    report.status = Status::Done;
                    let mut ending = match report.ending.take() {
                        Some(e) if e.node == *node => e,
                        _ => self.ending(t, i, node),
                    };
                    ending.closed = true;
                    ending.takeaway = takeaway.clone();
                    ending.question = question.clone();
                    report.ending = Some(ending);
                }
                EventKind::Started { .. }
                | EventKind::Branched { .. }
                | EventKind::Advanced { .. } => {}
            }
        }
    }

    /// A choice: the question, every option offered (and the one chosen, if it is no
    /// longer offered), which is risky and which was chosen.
    fn decision(
        &self,
        t: &Transcript,
        i: usize,
        node: &str,
        option: &str,
        offered: &[String],
        situation: String,
    ) -> Decision {
        let mut ids = offered.to_vec();
        if !ids.iter().any(|o| o == option) {
            ids.push(option.to_string());
        }
        let (prompt, shown) = match self.view_at(t, i, node, &ids).map(|v| v.shown) {
            Some(Shown::Choice { question, options }) => (question, options),
            _ => (self.missing(MessageKey::new(node)), Vec::new()),
        };
        Decision {
            node: node.to_string(),
            situation,
            prompt,
            options: ids
                .iter()
                .map(|o| {
                    let view = shown.iter().find(|v| v.id == *o);
                    DecisionOption {
                        id: o.clone(),
                        text: view.map_or_else(
                            || self.missing(MessageKey::attr(node, o.as_str())),
                            |v| v.label.clone(),
                        ),
                        risky: view.is_some_and(|v| v.risky),
                        chosen: o == option,
                    }
                })
                .collect(),
        }
    }

    /// One line for a narration, message, thought or switch; `None` for other nodes.
    fn situation(&self, t: &Transcript, i: usize, node: &str) -> Option<String> {
        let line = match self.view_at(t, i, node, &[])?.shown {
            Shown::Narration { text } | Shown::Thought { text } | Shown::Switch { text, .. } => {
                text
            }
            Shown::Message { from, text, .. } => format!("{}: {text}", from.name),
            _ => return None,
        };
        Some(shorten(&line, SITUATION_CHARS))
    }

    fn ending(&self, t: &Transcript, i: usize, node: &str) -> Ending {
        let (title, help) = match self.view_at(t, i, node, &[]).map(|v| v.shown) {
            Some(Shown::Ending { title, help, .. }) => (title, help),
            _ => (self.missing(MessageKey::attr(node, "title")), Vec::new()),
        };
        Ending {
            node: node.to_string(),
            title,
            closed: false,
            takeaway: String::new(),
            question: String::new(),
            help: help
                .into_iter()
                .map(|h| Labelled {
                    key: h.help.key().to_string(),
                    label: format!("{} — {}", h.name, h.contact),
                })
                .collect(),
        }
    }

    fn reflection(&self, t: &Transcript, i: usize, node: &str, answer: &Answer) -> Reflection {
        let view = match self.view_at(t, i, node, &[]).map(|v| v.shown) {
            Some(Shown::Reflection(r)) => Some(r),
            _ => None,
        };
        Reflection {
            node: node.to_string(),
            question: view.as_ref().map_or_else(
                || self.missing(MessageKey::new(node)),
                |v| v.question.clone(),
            ),
            answer: self.answer(node, answer, view.as_ref().map(|v| &v.form)),
            starter: view.and_then(|v| v.starter),
        }
    }

    /// An answer with the texts of the form it was given in (`None` when the node is gone).
    fn answer(&self, node: &str, answer: &Answer, form: Option<&Form>) -> ReflectionAnswer {
        let missing = |a: &str| self.missing(MessageKey::attr(node, a));
        match (answer, form) {
            (Answer::Text { text }, form) => ReflectionAnswer::OpenQuestion {
                purpose: match form {
                    Some(Form::Open { purpose, .. }) => *purpose,
                    _ => Purpose::Reflection,
                },
                text: text.clone(),
            },
            (Answer::Ruler { score, why }, form) => {
                let (low, high, followup) = match form {
                    Some(Form::Ruler {
                        low,
                        high,
                        followup,
                    }) => (low.clone(), high.clone(), followup.clone()),
                    _ => (missing("low"), missing("high"), missing("followup")),
                };
                ReflectionAnswer::Ruler {
                    score: *score,
                    low,
                    high,
                    followup,
                    why: why.clone(),
                }
            }
            (Answer::Feelings { chosen, other }, _) => ReflectionAnswer::Feelings {
                chosen: chosen
                    .iter()
                    .map(|f| labelled(f.key(), self.viewer().feeling(*f)))
                    .collect(),
                other: other.clone(),
            },
            (Answer::Flag { flag, violated }, form) => {
                self.flag_answer(*flag, violated, form, &missing)
            }
            (Answer::Quiz { option }, form) => {
                let (options, correct, explanation) = match form {
                    Some(Form::Quiz {
                        options,
                        correct,
                        explanation,
                    }) => (
                        options.clone(),
                        options.get(*correct).cloned(),
                        explanation.clone(),
                    ),
                    _ => (Vec::new(), None, missing("explanation")),
                };
                let label = |id: &str| {
                    options
                        .iter()
                        .find(|(o, _)| o == id)
                        .map_or_else(|| missing(id), |(_, l)| l.clone())
                };
                let correct = correct.map_or_else(|| option.clone(), |(id, _)| id);
                ReflectionAnswer::Quiz {
                    chosen: Labelled {
                        key: option.clone(),
                        label: label(option),
                    },
                    right: *option == correct,
                    correct: Labelled {
                        label: label(&correct),
                        key: correct,
                    },
                    explanation,
                }
            }
        }
    }

    fn flag_answer(
        &self,
        flag: Flag,
        violated: &[Criterion],
        form: Option<&Form>,
        missing: &dyn Fn(&str) -> String,
    ) -> ReflectionAnswer {
        let (reference, reference_violated, explanation) = match form {
            Some(Form::Flag {
                reference,
                violated,
                explanation,
                ..
            }) => (*reference, violated.clone(), explanation.clone()),
            _ => (flag, violated.to_vec(), missing("explanation")),
        };
        let viewer = self.viewer();
        ReflectionAnswer::FlagJudgement {
            flag: labelled(flag.key(), viewer.flag(flag)),
            reference: labelled(reference.key(), viewer.flag(reference)),
            distance: flag.distance(reference),
            criteria: Criterion::ALL
                .into_iter()
                .map(|c| CriterionRow {
                    key: c.key().to_string(),
                    label: viewer.criterion(c).label,
                    yours: violated.contains(&c),
                    reference: reference_violated.contains(&c),
                })
                .collect(),
            explanation,
        }
    }
}

/// A word of the format's vocabulary as the report stores it: its key and its text.
fn labelled(key: &str, word: Word<impl Copy>) -> Labelled {
    Labelled {
        key: key.to_string(),
        label: word.label,
    }
}

/// The points to discuss, most important kind first, then in scenario order.
fn points(scenarios: &[ScenarioReport]) -> Vec<Point> {
    let mut out = Vec::new();
    for s in scenarios {
        let mut point = |kind, node: &str, about: &str, detail: String| {
            out.push(Point {
                kind,
                scenario: s.id.clone(),
                node: node.to_string(),
                about: about.to_string(),
                detail,
            })
        };
        for d in &s.decisions {
            for o in d.options.iter().filter(|o| o.chosen && o.risky) {
                point(PointKind::RiskyChoice, &d.node, &d.prompt, o.text.clone());
            }
        }
        for r in &s.reflections {
            let q = r.question.as_str();
            match &r.answer {
                ReflectionAnswer::OpenQuestion { purpose, text } => {
                    if *purpose == Purpose::ForWorker && !text.trim().is_empty() {
                        point(PointKind::QuestionForWorker, &r.node, q, text.clone());
                    } else if let Some(kind) = brevity(text) {
                        point(kind, &r.node, q, text.clone());
                    }
                }
                ReflectionAnswer::Ruler {
                    score,
                    followup,
                    why,
                    ..
                } => {
                    if *score <= LOW_RULER {
                        point(
                            PointKind::LowRuler,
                            &r.node,
                            q,
                            format!("{score}/10 — {why}"),
                        );
                    }
                    if let Some(kind) = brevity(why) {
                        point(kind, &r.node, followup, why.clone());
                    }
                }
                ReflectionAnswer::FlagJudgement {
                    flag,
                    reference,
                    distance,
                    ..
                } => {
                    if *distance >= FLAG_FAR {
                        point(
                            PointKind::FlagFar,
                            &r.node,
                            q,
                            format!("{} ≠ {}", flag.label, reference.label),
                        );
                    }
                }
                ReflectionAnswer::Feelings { .. } | ReflectionAnswer::Quiz { .. } => {}
            }
        }
        if let Some(e) = &s.ending
            && !e.question.trim().is_empty()
        {
            point(
                PointKind::QuestionForWorker,
                &e.node,
                &e.title,
                e.question.clone(),
            );
        }
    }
    out.sort_by_key(|p| p.kind);
    out
}

/// Whether an answer is empty or very short.
fn brevity(text: &str) -> Option<PointKind> {
    let words = text.split_whitespace().count();
    if words == 0 {
        Some(PointKind::EmptyAnswer)
    } else if words < SHORT_WORDS {
        Some(PointKind::ShortAnswer)
    } else {
        None
    }
}

/// The files a report was written to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub html: PathBuf,
    pub json: PathBuf,
}

/// Where a report goes unless told otherwise: `<data>/reports/verslag-<lang>.html`.
pub fn default_path(data_dir: &Path, language: &str) -> PathBuf {
    data_dir
        .join("reports")
        .join(format!("verslag-{language}.html"))
}

/// Writes the report as HTML to `html` and as JSON beside it (same name, `.json`), both
/// atomically and readable by the owner only.
pub fn write(report: &Report, library: &Library, html: &Path) -> std::io::Result<Written> {
    if let Some(dir) = html.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let json = html.with_extension("json");
    write_atomic(html, html::render(report, library).as_bytes())?;
    write_atomic(&json, serde_json::to_string_pretty(report)?.as_bytes())?;
    Ok(Written {
        html: html.to_path_buf(),
        json,
    })
}

/// A date as `dd-mm-yyyy` (UTC).
pub fn date(at: Millis) -> String {
    let days = (at / 86_400_000) as i64;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{day:02}-{month:02}-{year}")
}

/// Minutes, rounded up so that a started minute counts.
pub fn minutes(ms: u64) -> u64 {
    ms.div_ceil(60_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_civil_dates() {
        assert_eq!(date(0), "01-01-1970");
        assert_eq!(date(1_795_000_000_000), "18-11-2026");
        assert_eq!(date(951_782_400_000), "29-02-2000");
    }

    #[test]
    fn pauses_count_up_to_the_idle_limit() {
        let ev = |at| Event {
            at,
            kind: EventKind::Advanced { node: "a".into() },
        };
        let events = [
            ev(0),
            ev(10_000),
            ev(10_000 + 3 * 86_400_000),
            ev(3 * 86_400_000 + 70_000),
        ];
        assert_eq!(active_ms(&events), 10_000 + IDLE_AFTER_MS + 60_000);
        assert_eq!(active_ms(&[]), 0);
        assert_eq!(minutes(61_000), 2);
    }

    #[test]
    fn brevity_counts_words() {
        assert_eq!(brevity("  "), Some(PointKind::EmptyAnswer));
        assert_eq!(brevity("weet niet"), Some(PointKind::ShortAnswer));
        assert_eq!(brevity("ik weet het niet"), None);
    }
}
