//! `respect-online run`: play a scenario as text in the terminal, typed or from a script.

use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, Write};
use std::sync::Arc;

use clap::Args;
use fluent_bundle::FluentArgs;

use super::{Context, load_scenario};
use crate::story::format::{Criterion, Feeling, Flag};
use crate::story::locale::{LangChain, story_args};
use crate::story::scenario::NodeIdx;
use crate::story::view::{Form, Shown, Viewer};
use crate::story::{
    Answer, EventKind, Library, MessageKey, Node, NodeKind, Run, Scenario, Step, suggest,
};

#[derive(Debug, Args)]
pub struct RunArgs {
    /// A scenario id, or the path of a scenario file (its `locales/` are found beside it).
    pub scenario: String,
    /// Language of the text.
    #[arg(long, default_value = "nl")]
    pub lang: String,
    /// What the player does, separated by commas. A number picks that option of the next
    /// choice (1 = the first option shown), as does an option id. `node=answer` answers the
    /// reflection `node` when it comes: `brief=Sorry`, `ruler=7:because…`,
    /// `gevoel=scared+sad`, `vlag=red:consent`, `quiz=2`. `takeaway=…` and `question=…` close
    /// the ending. Write `\,` for a comma inside an answer. Reflections without an answer get
    /// a neutral one. Without this option the run asks on standard input.
    #[arg(long, value_name = "SCRIPT", allow_hyphen_values = true)]
    pub choices: Option<String>,
    /// Start at this node instead of the scenario's start, with the variables at their
    /// defaults.
    #[arg(long, value_name = "NODE")]
    pub from: Option<String>,
    /// Seed for random branches: the same seed takes the same branches.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// The player's name in the text.
    #[arg(long, default_value = "Robin")]
    pub name: String,
}

/// Keys in a script that close the ending rather than answer a reflection.
const TAKEAWAY: &str = "takeaway";
const QUESTION: &str = "question";

/// A parsed `--choices` script.
#[derive(Debug, Default, PartialEq)]
struct Script {
    /// Items for choices, in order, with their position in the script (1-based).
    choices: VecDeque<(usize, String)>,
    /// Answers by node id (and `takeaway`, `question`).
    answers: HashMap<String, String>,
}

/// Splits a script at commas (`\,` is a comma inside an item) and sorts the items into
/// choices and `key=answer` pairs.
fn parse_script(text: &str) -> Script {
    let mut items = Vec::new();
    let mut item = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&',') => {
                item.push(',');
                chars.next();
            }
            ',' => items.push(std::mem::take(&mut item)),
            c => item.push(c),
        }
    }
    items.push(item);
    let mut script = Script::default();
    for (i, item) in items.into_iter().enumerate() {
        let item = item.trim();
        match item.split_once('=') {
            Some((key, answer)) if crate::story::scenario::valid_id(key.trim()) => {
                script
                    .answers
                    .insert(key.trim().to_string(), answer.trim().to_string());
            }
            _ if item.is_empty() => {}
            _ => script.choices.push_back((i + 1, item.to_string())),
        }
    }
    script
}

/// Item `n` of a list, counting from 1 as the player sees it.
fn nth<T>(n: usize, list: &[T]) -> Result<&T, String> {
    n.checked_sub(1)
        .and_then(|i| list.get(i))
        .ok_or_else(|| format!("{n} is not between 1 and {}", list.len()))
}

/// One item of a list: a number (1-based), a key, or the label the player sees (any case).
fn pick<T: Copy>(
    item: &str,
    list: &[T],
    key: impl Fn(T) -> String,
    label: impl Fn(T) -> String,
) -> Result<T, String> {
    let item = item.trim();
    if let Some(x) = list
        .iter()
        .copied()
        .find(|x| label(*x).to_lowercase() == item.to_lowercase())
    {
        return Ok(x);
    }
    if let Ok(n) = item.parse::<usize>() {
        return nth(n, list).cloned();
    }
    list.iter()
        .copied()
        .find(|x| key(*x) == item)
        .ok_or_else(|| {
            let keys: Vec<String> = list.iter().map(|x| key(*x)).collect();
            match suggest(item, keys.iter().map(String::as_str)) {
                Some(s) => format!("`{item}` is not one of these; did you mean `{s}`?"),
                None => format!("`{item}` is not one of: {}", keys.join(", ")),
            }
        })
}

/// Several items joined with `+`.
fn pick_all<T: Copy>(
    items: &str,
    list: &[T],
    key: impl Fn(T) -> String,
    label: impl Fn(T) -> String,
) -> Result<Vec<T>, String> {
    items
        .split('+')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| pick(s, list, &key, &label))
        .collect()
}

/// How an answer to this kind of node is written.
fn answer_format(node: &Node) -> &'static str {
    match node.kind {
        NodeKind::OpenQuestion { .. } => "any text",
        NodeKind::Ruler { .. } => "a number from 0 to 10, then `:` and why, like `7:because…`",
        NodeKind::Feelings { .. } => {
            "feelings by number or name joined with `+`, then `:` and own words, like `1+3`"
        }
        NodeKind::FlagJudgement { .. } => {
            "a flag (1–4 or green, yellow, red, black), then `:` and criteria joined with `+`, like `red:consent`"
        }
        NodeKind::Quiz { .. } => "an option by number or id",
        _ => "",
    }
}

/// Reads an answer to the reflection `node` in the script's notation. `ui` gives the game's
/// labels (`feeling-scared` → "bang"), which may be written instead of keys.
fn parse_answer(node: &Node, text: &str, ui: &dyn Fn(String) -> String) -> Result<Answer, String> {
    let (head, tail) = match text.split_once(':') {
        Some((h, t)) => (h.trim(), t.trim().to_string()),
        None => (text.trim(), String::new()),
    };
    Ok(match &node.kind {
        NodeKind::OpenQuestion { .. } => Answer::Text {
            text: text.trim().to_string(),
        },
        NodeKind::Ruler { .. } => match head.parse::<u8>() {
            Ok(score) if score <= 10 => Answer::Ruler { score, why: tail },
            _ => return Err(format!("`{head}` is not a number from 0 to 10")),
        },
        NodeKind::Feelings { feelings, .. } => Answer::Feelings {
            chosen: pick_all(
                head,
                feelings,
                |f: Feeling| f.key().to_string(),
                |f| ui(format!("feeling-{}", f.key())),
            )?,
            other: tail,
        },
        NodeKind::FlagJudgement { .. } => Answer::Flag {
            flag: pick(
                head,
                &Flag::ALL,
                |f| f.key().to_string(),
                |f| ui(format!("flag-{}", f.key())),
            )?,
            violated: pick_all(
                &tail,
                &Criterion::ALL,
                |c| c.key().to_string(),
                |c| ui(format!("criterion-{}", c.key())),
            )?,
        },
        NodeKind::Quiz { options, .. } => {
            let ids: Vec<&str> = options.iter().map(String::as_str).collect();
            Answer::Quiz {
                option: pick(head, &ids, |o| o.to_string(), |o| o.to_string())?.to_string(),
            }
        }
        _ => return Err(format!("`{}` takes no answer", node.id)),
    })
}

/// The option id a choice item means, among the options offered now.
fn parse_choice(
    s: &Scenario,
    node: &Node,
    offered: &[String],
    item: &str,
) -> Result<String, String> {
    if let Ok(n) = item.parse::<usize>() {
        return nth(n, offered).cloned();
    }
    if offered.iter().any(|o| o == item) {
        return Ok(item.to_string());
    }
    let all: Vec<&str> = match &node.kind {
        NodeKind::Choice { options } => options.iter().map(|o| o.id.as_str()).collect(),
        _ => Vec::new(),
    };
    if all.contains(&item) {
        return Err(format!(
            "`{item}` is not offered now: its condition does not hold (in `{}`)",
            s.id
        ));
    }
    Err(match suggest(item, offered.iter().map(String::as_str)) {
        Some(x) => format!("`{item}` is not an option here; did you mean `{x}`?"),
        None => format!(
            "`{item}` is not an option here; give a number from 1 to {} or one of: {}",
            offered.len(),
            offered.join(", ")
        ),
    })
}

/// Texts for the transcript in one language.
struct Texts<'a> {
    library: &'a Library,
    chain: LangChain,
    name: &'a str,
}

impl Texts<'_> {
    fn story(&self, run: &Run, key: MessageKey) -> String {
        let args = story_args(self.name, run.named_vars());
        self.library
            .locales
            .text(&self.chain, &run.scenario().id, &key, Some(&args))
            .trim()
            .to_string()
    }

    fn ui(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.library.locales.ui(&self.chain, id, args)
    }

    /// Prints a node as the player sees it: the view of that moment, with the node id in
    /// front so authors find it in their files.
    fn show(
        &self,
        run: &Run,
        idx: NodeIdx,
        offered: &[String],
        out: &mut dyn Write,
    ) -> std::io::Result<()> {
        let viewer = Viewer::new(&self.library.locales, &self.chain, self.name);
        let s = run.scenario();
        let Some(view) = viewer.node(s, idx, run.vars(), run.perspective(), offered) else {
            return Ok(());
        };
        let id = view.node.as_str();
        let numbered = |out: &mut dyn Write, items: Vec<String>| -> std::io::Result<()> {
            for (i, t) in items.iter().enumerate() {
                writeln!(out, "      {}. {t}", i + 1)?;
            }
            Ok(())
        };
        match &view.shown {
            Shown::Narration { text } => writeln!(out, "[{id}] {text}"),
            Shown::Thought { text } => writeln!(out, "[{id}] (thinks) {text}"),
            Shown::Message {
                chat,
                from,
                text,
                attachment,
            } => {
                if chat.name == from.name {
                    writeln!(out, "[{id}] {}: {text}", from.name)?;
                } else {
                    writeln!(out, "[{id}] {} · {}: {text}", chat.name, from.name)?;
                }
                if let Some((_, label)) = attachment {
                    writeln!(out, "      ({label})")?;
                }
                Ok(())
            }
            Shown::Switch { title, text, .. } => {
                writeln!(out, "[{id}] == {title} ==")?;
                writeln!(out, "      {text}")
            }
            Shown::Choice { question, options } => {
                writeln!(out, "[{id}] {question}")?;
                let shown = options
                    .iter()
                    .map(|o| {
                        let risky = if o.risky { "  (risky)" } else { "" };
                        format!("{}{risky}", o.label)
                    })
                    .collect();
                numbered(out, shown)
            }
            Shown::Ending {
                title,
                takeaway,
                help,
            } => {
                writeln!(out, "[{id}] ■ {title}")?;
                writeln!(out, "      {takeaway}")?;
                for h in help {
                    writeln!(out, "      {}: {}", h.name, h.contact)?;
                }
                Ok(())
            }
            Shown::Reflection(r) => {
                writeln!(out, "[{id}] (reflection) {}", r.question)?;
                self.form(&r.form, out, numbered)
            }
        }
    }

    /// The parts of a reflection's form a player picks from.
    fn form(
        &self,
        form: &Form,
        out: &mut dyn Write,
        numbered: impl Fn(&mut dyn Write, Vec<String>) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        match form {
            Form::Ruler {
                low,
                high,
                followup,
            } => {
                writeln!(out, "      0 = {low} … 10 = {high}")?;
                writeln!(out, "      then: {followup}")
            }
            Form::Feelings { feelings, .. } => {
                numbered(out, feelings.iter().map(|f| f.label.clone()).collect())
            }
            Form::Flag {
                flags, criteria, ..
            } => {
                numbered(out, flags.iter().map(|f| f.label.clone()).collect())?;
                let criteria: Vec<String> = criteria
                    .iter()
                    .enumerate()
                    .map(|(i, c)| format!("{}. {}", i + 1, c.label))
                    .collect();
                writeln!(out, "      criteria: {}", criteria.join(", "))
            }
            Form::Quiz { options, .. } => numbered(
                out,
                options.iter().map(|(_, label)| label.clone()).collect(),
            ),
            Form::Open { .. } => Ok(()),
        }
    }

    /// Prints what the player did; `neutral` marks an answer the script did not give.
    fn input(
        &self,
        run: &Run,
        kind: &EventKind,
        neutral: bool,
        out: &mut dyn Write,
    ) -> std::io::Result<()> {
        match kind {
            EventKind::Chose { node, option } => {
                let text = self.story(run, MessageKey::attr(node.as_str(), option));
                writeln!(out, "   > {option}: {text}")
            }
            EventKind::Answered { node, answer } => {
                let words = |t: &str| {
                    if t.is_empty() {
                        String::new()
                    } else {
                        format!(" “{t}”")
                    }
                };
                let text = match answer {
                    Answer::Text { text } => quoted(text),
                    Answer::Ruler { score, why } => format!("{score}{}", words(why)),
                    Answer::Feelings { chosen, other } => {
                        let keys: Vec<&str> = chosen.iter().map(|f| f.key()).collect();
                        let keys = if keys.is_empty() {
                            "(no feelings)".to_string()
                        } else {
                            keys.join(" + ")
                        };
                        format!("{keys}{}", words(other))
                    }
                    Answer::Flag { flag, violated } => {
                        let keys: Vec<&str> = violated.iter().map(|c| c.key()).collect();
                        format!("{} flag; criteria: {}", flag.key(), keys.join(", "))
                    }
                    Answer::Quiz { option } => option.clone(),
                };
                let s = run.scenario();
                let min_length = match s.node_index(node).map(|n| &s.node(n).kind) {
                    Some(NodeKind::OpenQuestion { min_length, .. }) => *min_length as usize,
                    _ => 0,
                };
                let note = match answer {
                    _ if neutral => "  (neutral: the script gives no answer)".to_string(),
                    Answer::Text { text } if text.chars().count() < min_length => {
                        format!("  (shorter than the {min_length} characters the game asks for)")
                    }
                    _ => String::new(),
                };
                writeln!(out, "   > {text}{note}")
            }
            EventKind::Finished {
                takeaway, question, ..
            } => {
                writeln!(out, "   > take-away: {}", quoted(takeaway))?;
                if !question.is_empty() {
                    writeln!(out, "   > question for the worker: {}", quoted(question))?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }
}

fn quoted(text: &str) -> String {
    if text.is_empty() {
        "(nothing)".into()
    } else {
        format!("“{text}”")
    }
}

/// Where the player's input comes from.
enum Source<'a> {
    Script(Script),
    Lines(&'a mut dyn BufRead),
}

/// What the source gave for an input point.
enum Given {
    Item(String),
    /// Nothing for this point (a script without it): use the neutral answer.
    Nothing,
    /// The script or the input ended.
    End,
}

impl Source<'_> {
    /// Warns about script items the run never used (typos, or answers for nodes not met).
    fn warn_unused(&self, err: &mut dyn Write) -> std::io::Result<()> {
        let Source::Script(script) = self else {
            return Ok(());
        };
        let mut unused: Vec<&String> = script
            .answers
            .keys()
            .chain(script.choices.iter().map(|(_, item)| item))
            .collect();
        unused.sort();
        if !unused.is_empty() {
            let list: Vec<String> = unused.iter().map(|u| format!("`{u}`")).collect();
            writeln!(
                err,
                "warning: the run never used these script items: {}",
                list.join(", ")
            )?;
        }
        Ok(())
    }

    /// The next choice item; `prompts` asks for it when reading lines.
    fn choice(&mut self, prompts: &mut dyn Write) -> std::io::Result<Given> {
        match self {
            Source::Script(s) => Ok(s
                .choices
                .pop_front()
                .map_or(Given::End, |(_, item)| Given::Item(item))),
            Source::Lines(input) => line(*input, prompts, "choose a number or an option id"),
        }
    }

    /// The answer for `key`; `prompts` asks for it, in `format`, when reading lines.
    fn answer(
        &mut self,
        key: &str,
        format: &str,
        prompts: &mut dyn Write,
    ) -> std::io::Result<Given> {
        match self {
            Source::Script(s) => Ok(s.answers.remove(key).map_or(Given::Nothing, Given::Item)),
            Source::Lines(input) => line(*input, prompts, &format!("{format} (empty: skip)")),
        }
    }
}

fn line(input: &mut dyn BufRead, prompts: &mut dyn Write, prompt: &str) -> std::io::Result<Given> {
    write!(prompts, "{prompt}: ")?;
    prompts.flush()?;
    let mut line = String::new();
    if input.read_line(&mut line)? == 0 {
        writeln!(prompts)?;
        return Ok(Given::End);
    }
    Ok(Given::Item(line.trim().to_string()))
}

pub fn run(
    args: &RunArgs,
    cx: &Context,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<i32> {
    let Some((library, scenario)) = load_scenario(&args.scenario, cx, err)? else {
        return Ok(1);
    };
    let Some(run) = start(args, &scenario, err)? else {
        return Ok(1);
    };
    let source = match &args.choices {
        Some(script) => Source::Script(parse_script(script)),
        None => Source::Lines(input),
    };
    let mut p = Playthrough {
        run,
        scripted: matches!(source, Source::Script(_)),
        source,
        texts: Texts {
            library: &library,
            chain: library.locales.negotiate(&[args.lang.as_str()]),
            name: &args.name,
        },
        printed: 0,
        neutral: Vec::new(),
    };
    let code = loop {
        p.print_new(out)?;
        match p.step(out, err)? {
            Next::Done(Ok(())) | Next::Again => {}
            Next::Done(Err(e)) if p.scripted => {
                writeln!(err, "error: {e}")?;
                break 1;
            }
            // Typed input that the run refuses: say so and ask again.
            Next::Done(Err(e)) => writeln!(err, "{e}")?,
            Next::Stop(code) => break code,
        }
    };
    if code == 0 {
        p.source.warn_unused(err)?;
    }
    Ok(code)
}

/// The run, at the start or at `--from`.
fn start(
    args: &RunArgs,
    scenario: &Arc<Scenario>,
    err: &mut dyn Write,
) -> std::io::Result<Option<Run>> {
    let from = match &args.from {
        None => None,
        Some(node) => match scenario.node_index(node) {
            Some(n) => Some(n),
            None => {
                writeln!(err, "error: `{}` has no node `{node}`", scenario.id)?;
                if let Some(s) = suggest(node, scenario.nodes.iter().map(|n| n.id.as_str())) {
                    writeln!(err, "  help: did you mean `{s}`?")?;
                }
                return Ok(None);
            }
        },
    };
    match Run::start_at(Arc::clone(scenario), "", args.seed, from, 0) {
        Ok(run) => Ok(Some(run)),
        Err(e) => {
            writeln!(err, "error: {e}")?;
            Ok(None)
        }
    }
}

/// What the loop does after a step.
enum Next {
    /// An action was given to the run, with its outcome.
    Done(Result<(), crate::story::RunError>),
    /// The input was not understood; ask again.
    Again,
    /// The run is over, with this exit code.
    Stop(i32),
}

/// A run being played as text.
struct Playthrough<'a> {
    run: Run,
    source: Source<'a>,
    scripted: bool,
    texts: Texts<'a>,
    /// Events already printed.
    printed: usize,
    /// Events that record a neutral answer.
    neutral: Vec<usize>,
}

impl Playthrough<'_> {
    /// Prints the events since the last call.
    fn print_new(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        let run = &self.run;
        for (i, event) in run
            .transcript()
            .events
            .iter()
            .enumerate()
            .skip(self.printed)
        {
            match &event.kind {
                EventKind::Shown { node, offered } => {
                    let idx = run.scenario().node_index(node).unwrap_or(0);
                    self.texts.show(run, idx, offered, out)?;
                }
                EventKind::Branched { node, to } => writeln!(out, "[{node}] → {to}")?,
                other => self
                    .texts
                    .input(run, other, self.neutral.contains(&i), out)?,
            }
        }
        self.printed = run.transcript().events.len();
        Ok(())
    }

    fn step(&mut self, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<Next> {
        match self.run.step() {
            Step::Show(_) => Ok(Next::Done(self.run.advance(0))),
            Step::Choose(node, offered) => {
                let offered: Vec<String> = offered.iter().map(|o| o.id.clone()).collect();
                let node = node.clone();
                self.choose(&node, &offered, out, err)
            }
            Step::Reflect(node, _) => {
                let node = node.clone();
                self.reflect(&node, out, err)
            }
            Step::Ending(_) => {
                let mut given = |key, what| -> std::io::Result<String> {
                    Ok(match self.source.answer(key, what, err)? {
                        Given::Item(t) => t,
                        _ => String::new(),
                    })
                };
                let takeaway = given(TAKEAWAY, "what you take with you")?;
                let question = given(QUESTION, "a question for the worker")?;
                Ok(Next::Done(self.run.finish(takeaway, question, 0)))
            }
            Step::Finished(node) => {
                let vars: Vec<String> = self
                    .run
                    .named_vars()
                    .map(|(name, value)| format!("{name} = {value}"))
                    .collect();
                writeln!(out, "(end of the run at `{}`)", node.id)?;
                if !vars.is_empty() {
                    writeln!(out, "variables: {}", vars.join(", "))?;
                }
                Ok(Next::Stop(0))
            }
        }
    }

    fn choose(
        &mut self,
        node: &Node,
        offered: &[String],
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> std::io::Result<Next> {
        let item = match self.source.choice(err)? {
            Given::Item(item) => item,
            Given::Nothing | Given::End => {
                writeln!(
                    out,
                    "(the script ends here: `{}` waits for a choice)",
                    node.id
                )?;
                return Ok(Next::Stop(0));
            }
        };
        match parse_choice(self.run.scenario(), node, offered, &item) {
            Ok(option) => Ok(Next::Done(self.run.choose(&option, 0))),
            Err(e) if self.scripted => {
                writeln!(err, "error: at `{}`: {e}", node.id)?;
                Ok(Next::Stop(1))
            }
            Err(e) => {
                writeln!(err, "{e}")?;
                Ok(Next::Again)
            }
        }
    }

    fn reflect(
        &mut self,
        node: &Node,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> std::io::Result<Next> {
        let answer = match self.source.answer(&node.id, answer_format(node), err)? {
            Given::Item(item) if !item.is_empty() => {
                parse_answer(node, &item, &|id| self.texts.ui(&id, None))
            }
            Given::End if !self.scripted => {
                writeln!(
                    out,
                    "(the input ends here: `{}` waits for an answer)",
                    node.id
                )?;
                return Ok(Next::Stop(0));
            }
            _ => {
                self.neutral.push(self.run.transcript().events.len());
                Answer::neutral(&node.kind).ok_or_else(|| "no answer".to_string())
            }
        };
        match answer {
            Ok(a) => Ok(Next::Done(self.run.answer(a, 0))),
            Err(e) if self.scripted => {
                let format = answer_format(node);
                writeln!(
                    err,
                    "error: the answer for `{}`: {e}\n  help: write {format}",
                    node.id
                )?;
                Ok(Next::Stop(1))
            }
            Err(e) => {
                writeln!(err, "{e}")?;
                Ok(Next::Again)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_split_at_commas_and_sort_answers_from_choices() {
        let s =
            parse_script(r"2, delen ,brief=Sorry\, echt,ruler=7:omdat, ,takeaway=Niet doorsturen");
        assert_eq!(
            s.choices,
            VecDeque::from([(1, "2".to_string()), (2, "delen".to_string())])
        );
        assert_eq!(s.answers["brief"], "Sorry, echt");
        assert_eq!(s.answers["ruler"], "7:omdat");
        assert_eq!(s.answers[TAKEAWAY], "Niet doorsturen");
        assert_eq!(parse_script(""), Script::default());
    }

    #[test]
    fn picks_by_number_or_key_with_a_hint() {
        let list = [Flag::Green, Flag::Red];
        let key = |f: Flag| f.key().to_string();
        let label = |f: Flag| format!("{f:?} Vlag");
        assert_eq!(pick("2", &list, key, label), Ok(Flag::Red));
        assert_eq!(pick("green", &list, key, label), Ok(Flag::Green));
        assert_eq!(pick("red vlag", &list, key, label), Ok(Flag::Red));
        assert_eq!(
            pick("3", &list, key, label),
            Err("3 is not between 1 and 2".into())
        );
        assert!(
            pick("gren", &list, key, label)
                .unwrap_err()
                .contains("did you mean `green`")
        );
        assert_eq!(
            pick_all("1 + red", &list, key, label),
            Ok(vec![Flag::Green, Flag::Red])
        );
        assert_eq!(pick_all("", &list, key, label), Ok(vec![]));
    }
}
