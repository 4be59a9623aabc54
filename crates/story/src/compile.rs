//! The scenario compiler: turns a parsed [`ScenarioFile`] into a [`Scenario`], with every
//! reference resolved to an index and every condition and effect compiled, and reports each
//! problem at the exact field in the RON text. A scenario with errors is never built.
//!
//! One function per concern: the header, the declarations (characters, chats, variables,
//! node ids), one function per kind of node, and the pedagogical minimum at the end.

use std::collections::HashMap;

use super::diag::{Diagnostic, FileId};
use super::expr::{self, Effect, ExprError, ExprErrorKind, Scope, Type};
use super::format::*;
use super::scenario::{
    Character, Chat, ChoiceOption, Node, NodeIdx, NodeKind, Outcome, RESERVED_ATTRIBUTES, Scenario,
    Variable, valid_id,
};
use super::spans::{Seg, SpanTree};
use super::suggest;

use Seg::{Field, Index};

/// What an id names, for messages ("the chat id `x` is used twice") and for references.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Scenario,
    Character,
    Chat,
    Variable,
    Node,
    Option,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Scenario => "scenario",
            Kind::Character => "character",
            Kind::Chat => "chat",
            Kind::Variable => "variable",
            Kind::Node => "node",
            Kind::Option => "option",
        }
    }

    /// The code of a reference to an id of this kind that does not exist.
    fn unknown_code(self) -> &'static str {
        match self {
            Kind::Node => "unknown-node",
            Kind::Character => "unknown-character",
            Kind::Chat => "unknown-chat",
            _ => "unknown-option",
        }
    }

    /// The list in the scenario file that declares ids of this kind.
    fn list(self) -> &'static str {
        match self {
            Kind::Character => "characters",
            Kind::Chat => "chats",
            Kind::Variable => "variables",
            _ => "nodes",
        }
    }
}

const ID_HELP: &str =
    "ids use lower-case letters, digits and `_`, and start with a letter, like `group_chat_2`";

/// Words a variable cannot be called: the expression language and the game use them.
const RESERVED_VARIABLES: [&str; 6] = ["true", "false", "and", "or", "not", "player"];

/// The compiler's state: where the text is, and what it found so far.
struct Ctx<'a> {
    file: FileId,
    tree: &'a SpanTree,
    source: &'a str,
    diags: Vec<Diagnostic>,
}

type Path<'p> = Vec<Seg<'p>>;

impl Ctx<'_> {
    fn span(&self, path: &[Seg]) -> std::ops::Range<usize> {
        self.tree.locate(path)
    }

    fn error(&mut self, code: &'static str, path: &[Seg], message: String, label: &str) -> usize {
        let d = Diagnostic::error(code, self.file, message).at(self.span(path), label);
        self.diags.push(d);
        self.diags.len() - 1
    }

    fn warn(&mut self, code: &'static str, path: &[Seg], message: String, label: &str) -> usize {
        let d = Diagnostic::warning(code, self.file, message).at(self.span(path), label);
        self.diags.push(d);
        self.diags.len() - 1
    }

    fn help(&mut self, idx: usize, help: impl Into<String>) {
        self.diags[idx].help = Some(help.into());
    }

    fn check_id(&mut self, id: &str, path: &[Seg], kind: Kind) {
        if !valid_id(id) {
            let i = self.error(
                "invalid-id",
                path,
                format!("`{id}` is not a valid {} id", kind.name()),
                "not a valid id",
            );
            self.help(i, ID_HELP);
        }
    }

    /// Checks every id of `items` and reports the second use of one.
    fn declare(&mut self, kind: Kind, items: &[(&str, Path)]) {
        let mut seen: HashMap<&str, &Path> = HashMap::new();
        for (id, path) in items {
            self.check_id(id, path, kind);
            match seen.get(id) {
                Some(first) => {
                    let first_span = self.span(first);
                    let d = Diagnostic::error(
                        "duplicate-id",
                        self.file,
                        format!("the {} id `{id}` is used twice", kind.name()),
                    )
                    .at(self.span(path), "second use")
                    .related(self.file, first_span, "first used here")
                    .help(format!("give each {} its own id", kind.name()));
                    self.diags.push(d);
                }
                None => {
                    seen.insert(id, path);
                }
            }
        }
    }

    /// Maps an error inside an expression string to the file: the literal starts with `"`.
    fn expr_error(&mut self, path: &[Seg], e: ExprError) {
        let lit = self.span(path);
        let text = &self.source[lit.clone()];
        let offset = if text.starts_with('"') {
            lit.start + 1
        } else {
            lit.start
        };
        let span = (offset + e.span.start).min(lit.end)..(offset + e.span.end).min(lit.end);
        let (code, label) = match e.kind {
            ExprErrorKind::Syntax => ("expression-syntax", "cannot read this"),
            ExprErrorKind::UnknownVariable => ("unknown-variable", "not declared"),
            ExprErrorKind::Type => ("type-error", "wrong type"),
        };
        let mut d = Diagnostic::error(code, self.file, e.message).at(span, label);
        d.help = e.help;
        self.diags.push(d);
    }
}

/// The declared ids a node can refer to.
struct Refs<'f> {
    nodes: Vec<&'f str>,
    characters: Vec<&'f str>,
    chats: Vec<&'f str>,
    /// The first node with each id.
    index: HashMap<String, NodeIdx>,
}

impl Refs<'_> {
    fn ids(&self, kind: Kind) -> &[&str] {
        match kind {
            Kind::Node => &self.nodes,
            Kind::Character => &self.characters,
            _ => &self.chats,
        }
    }

    /// The index of `target` among the ids of `kind`, or a diagnostic with a suggestion.
    fn resolve(&self, cx: &mut Ctx, kind: Kind, target: &str, path: &[Seg]) -> Option<usize> {
        let ids = self.ids(kind);
        if let Some(i) = ids.iter().position(|id| *id == target) {
            return Some(match kind {
                Kind::Node => self.index[target],
                _ => i,
            });
        }
        let what = kind.name();
        let i = cx.error(
            kind.unknown_code(),
            path,
            format!("unknown {what} `{target}`"),
            &format!("no {what} has this id"),
        );
        let help = match suggest(target, ids.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None if ids.is_empty() => format!("declare the {what} first"),
            None => format!(
                "known {what}s: {}",
                ids.iter().take(8).copied().collect::<Vec<_>>().join(", ")
            ),
        };
        cx.help(i, help);
        None
    }

    fn node(&self, cx: &mut Ctx, target: &str, path: &[Seg]) -> Option<NodeIdx> {
        self.resolve(cx, Kind::Node, target, path)
    }
}

struct VarScope<'a>(&'a [Variable]);

impl Scope for VarScope<'_> {
    fn lookup(&self, name: &str) -> Option<(usize, Type)> {
        self.0
            .iter()
            .position(|v| v.id == name)
            .map(|i| (i, self.0[i].default.ty()))
    }

    fn names(&self) -> Vec<&str> {
        self.0.iter().map(|v| v.id.as_str()).collect()
    }
}

/// The path of `field` in node `ni`, and further segments after it.
fn at<'p>(ni: usize, rest: &[Seg<'p>]) -> Path<'p> {
    let mut p = vec![Field("nodes"), Index(ni)];
    p.extend_from_slice(rest);
    p
}

/// Checks a parsed scenario and builds it. `tree` holds the source positions of `source`;
/// `stem` is the file name without extension.
pub fn compile(
    file: ScenarioFile,
    file_id: FileId,
    source: &str,
    tree: &SpanTree,
    stem: &str,
) -> (Option<Scenario>, Vec<Diagnostic>) {
    let mut cx = Ctx {
        file: file_id,
        tree,
        source,
        diags: Vec::new(),
    };
    let f = &file;
    header(&mut cx, f, stem);
    let characters = characters(&mut cx, f);
    let chat_items = ids(Kind::Chat, f.chats.iter().map(|c| c.id.as_str()));
    cx.declare(Kind::Chat, &chat_items);
    let variables = variables(&mut cx, f);
    let refs = node_ids(&mut cx, f);
    let start = refs.node(&mut cx, &f.start, &[Field("start")]);
    let perspectives = perspectives(&mut cx, f, &refs);
    let scope = VarScope(&variables);
    let nodes: Vec<Option<Node>> = f
        .nodes
        .iter()
        .enumerate()
        .map(|(ni, def)| {
            node(&mut cx, f, &refs, &scope, ni, def).map(|kind| Node {
                id: def.id().to_string(),
                kind,
            })
        })
        .collect();
    minimum(&mut cx, f);

    let diags = cx.diags;
    if diags.iter().any(Diagnostic::is_error) {
        return (None, diags);
    }
    let (Some(start), Some(nodes)) = (start, nodes.into_iter().collect::<Option<Vec<_>>>()) else {
        return (None, diags);
    };
    let scenario = Scenario {
        id: f.id.clone(),
        themes: f.themes.clone(),
        minutes: f.minutes,
        perspectives,
        characters,
        chats: f
            .chats
            .iter()
            .map(|c| Chat {
                id: c.id.clone(),
                kind: c.kind,
            })
            .collect(),
        variables,
        start,
        nodes,
        index: refs.index,
    };
    (Some(scenario), diags)
}

/// `(id, path of its id)` for the items of a declaration list.
fn ids<'f>(kind: Kind, items: impl Iterator<Item = &'f str>) -> Vec<(&'f str, Path<'static>)> {
    items
        .enumerate()
        .map(|(i, id)| (id, vec![Field(kind.list()), Index(i), Field("id")]))
        .collect()
}

/// The scenario's own fields: its id against the file name, minutes, themes.
fn header(cx: &mut Ctx, f: &ScenarioFile, stem: &str) {
    cx.check_id(&f.id, &[Field("id")], Kind::Scenario);
    if f.id != stem {
        let i = cx.error(
            "id-mismatch",
            &[Field("id")],
            format!(
                "the scenario id `{}` does not match the file name `{stem}.ron`",
                f.id
            ),
            "differs from the file name",
        );
        cx.help(
            i,
            format!("rename the file to `{}.ron` or set `id: \"{stem}\"`", f.id),
        );
    }
    if f.minutes == 0 {
        cx.error(
            "invalid-minutes",
            &[Field("minutes")],
            "the estimated play time must be at least 1 minute".into(),
            "must be 1 or more",
        );
    }
    if f.themes.is_empty() {
        let i = cx.warn(
            "no-themes",
            &[Field("themes")],
            "the scenario has no themes".into(),
            "empty list",
        );
        cx.help(i, "add one or more, such as `[PeerPressure, Consent]`");
    }
}

fn characters(cx: &mut Ctx, f: &ScenarioFile) -> Vec<Character> {
    cx.declare(
        Kind::Character,
        &ids(Kind::Character, f.characters.iter().map(|c| c.id.as_str())),
    );
    f.characters
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let field = |name: &'static str| [Field("characters"), Index(i), Field(name)];
            let color = parse_color(&c.color).unwrap_or_else(|| {
                let at = cx.error(
                    "invalid-color",
                    &field("color"),
                    format!("`{}` is not a colour", c.color),
                    "expected #rrggbb",
                );
                cx.help(
                    at,
                    "write a colour as `#` and six hex digits, like `#2e86ab`",
                );
                [128, 128, 128]
            });
            if let Some(initials) = &c.initials
                && (initials.is_empty() || initials.chars().count() > 2)
            {
                cx.error(
                    "invalid-initials",
                    &field("initials"),
                    "initials must be one or two characters".into(),
                    "too long or empty",
                );
            }
            Character {
                id: c.id.clone(),
                color,
                initials: c.initials.clone(),
            }
        })
        .collect()
}

fn parse_color(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

fn variables(cx: &mut Ctx, f: &ScenarioFile) -> Vec<Variable> {
    let items = ids(Kind::Variable, f.variables.iter().map(|v| v.id.as_str()));
    cx.declare(Kind::Variable, &items);
    for (id, path) in &items {
        if RESERVED_VARIABLES.contains(id) {
            cx.error(
                "reserved-id",
                path,
                format!("`{id}` is a reserved word and cannot name a variable"),
                "reserved",
            );
        }
    }
    f.variables
        .iter()
        .map(|v| Variable {
            id: v.id.clone(),
            default: v.default.into(),
        })
        .collect()
}

/// Node ids first, so references can be resolved in any order.
fn node_ids<'f>(cx: &mut Ctx, f: &'f ScenarioFile) -> Refs<'f> {
    cx.declare(Kind::Node, &ids(Kind::Node, f.nodes.iter().map(|n| n.id())));
    let mut index = HashMap::new();
    for (i, n) in f.nodes.iter().enumerate() {
        index.entry(n.id().to_string()).or_insert(i);
    }
    Refs {
        nodes: f.nodes.iter().map(|n| n.id()).collect(),
        characters: f.characters.iter().map(|c| c.id.as_str()).collect(),
        chats: f.chats.iter().map(|c| c.id.as_str()).collect(),
        index,
    }
}

fn perspectives(cx: &mut Ctx, f: &ScenarioFile, refs: &Refs) -> Vec<usize> {
    if f.perspectives.is_empty() {
        let i = cx.error(
            "no-perspective",
            &[Field("perspectives")],
            "the scenario does not say whom the player plays".into(),
            "empty list",
        );
        cx.help(
            i,
            "list the character the player starts as, like `[\"sem\"]`",
        );
    }
    f.perspectives
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            refs.resolve(cx, Kind::Character, p, &[Field("perspectives"), Index(i)])
        })
        .collect()
}

/// One node: its references resolved and its parts checked, by kind.
fn node(
    cx: &mut Ctx,
    f: &ScenarioFile,
    refs: &Refs,
    scope: &VarScope,
    ni: usize,
    def: &NodeDef,
) -> Option<NodeKind> {
    let next = |cx: &mut Ctx, target: &str| refs.node(cx, target, &at(ni, &[Field("next")]));
    match def {
        NodeDef::Narration { next: n, .. } => next(cx, n).map(|next| NodeKind::Narration { next }),
        NodeDef::Thought { next: n, .. } => next(cx, n).map(|next| NodeKind::Thought { next }),
        NodeDef::Message {
            chat,
            from,
            attachment,
            next: n,
            ..
        } => {
            let chat = refs.resolve(cx, Kind::Chat, chat, &at(ni, &[Field("chat")]));
            let from = refs.resolve(cx, Kind::Character, from, &at(ni, &[Field("from")]));
            let next = next(cx, n);
            Some(NodeKind::Message {
                chat: chat?,
                from: from?,
                attachment: *attachment,
                next: next?,
            })
        }
        NodeDef::Switch { to, next: n, .. } => {
            let to = switch_target(cx, f, refs, ni, to);
            let next = next(cx, n);
            Some(NodeKind::Switch {
                to: to?,
                next: next?,
            })
        }
        NodeDef::Choice { options, .. } => choice(cx, refs, scope, ni, options),
        NodeDef::Jump {
            branches,
            otherwise,
            ..
        } => jump(cx, refs, scope, ni, branches, otherwise),
        NodeDef::Random { outcomes, .. } => random(cx, refs, scope, ni, outcomes),
        NodeDef::Ending { help, .. } => Some(ending(cx, ni, help)),
        NodeDef::OpenQuestion {
            min_length,
            purpose,
            next: n,
            ..
        } => next(cx, n).map(|next| NodeKind::OpenQuestion {
            min_length: min_length.unwrap_or(20),
            purpose: *purpose,
            next,
        }),
        NodeDef::Ruler { next: n, .. } => next(cx, n).map(|next| NodeKind::Ruler { next }),
        NodeDef::Feelings {
            feelings,
            multiple,
            free_text,
            next: n,
            ..
        } => {
            check_feelings(cx, ni, feelings);
            next(cx, n).map(|next| NodeKind::Feelings {
                feelings: feelings.clone(),
                multiple: *multiple,
                free_text: *free_text,
                next,
            })
        }
        NodeDef::FlagJudgement {
            flag,
            violated,
            next: n,
            ..
        } => {
            check_flag(cx, ni, *flag, violated);
            next(cx, n).map(|next| NodeKind::FlagJudgement {
                flag: *flag,
                violated: violated.clone(),
                next,
            })
        }
        NodeDef::Quiz {
            options,
            correct,
            next: n,
            ..
        } => {
            let correct = quiz(cx, ni, options, correct);
            let next = next(cx, n);
            Some(NodeKind::Quiz {
                options: options.clone(),
                correct: correct?,
                next: next?,
            })
        }
    }
}

/// The character a `Switch` makes the player: it must be one of the perspectives.
fn switch_target(
    cx: &mut Ctx,
    f: &ScenarioFile,
    refs: &Refs,
    ni: usize,
    to: &str,
) -> Option<usize> {
    let path = at(ni, &[Field("to")]);
    let t = refs.resolve(cx, Kind::Character, to, &path)?;
    if !f.perspectives.iter().any(|x| x == to) {
        let i = cx.error(
            "undeclared-perspective",
            &path,
            format!("`{to}` is played here but not listed in `perspectives`"),
            "not in perspectives",
        );
        cx.help(
            i,
            format!("add \"{}\" to `perspectives`", refs.characters[t]),
        );
    }
    Some(t)
}

/// An option id cannot be one of the attribute names with a fixed meaning in the text file.
fn reserved_option(cx: &mut Ctx, id: &str, path: &[Seg]) {
    if RESERVED_ATTRIBUTES.contains(&id) {
        let i = cx.error(
            "reserved-id",
            path,
            format!("`{id}` has a fixed meaning in the text file and cannot name an option"),
            "reserved",
        );
        cx.help(
            i,
            format!("reserved names: {}", RESERVED_ATTRIBUTES.join(", ")),
        );
    }
}

fn option_count(cx: &mut Ctx, ni: usize, count: usize, what: &str) {
    if !(2..=4).contains(&count) {
        let i = cx.error(
            "option-count",
            &at(ni, &[Field("options")]),
            format!("a {what} needs 2 to 4 options, this one has {count}"),
            "wrong number of options",
        );
        let help = if count < 2 {
            format!("a {what} needs at least two options; add one")
        } else {
            format!("more than four options is hard to read; split the {what} in two")
        };
        cx.help(i, help);
    }
}

fn choice(
    cx: &mut Ctx,
    refs: &Refs,
    scope: &VarScope,
    ni: usize,
    options: &[OptionDef],
) -> Option<NodeKind> {
    option_count(cx, ni, options.len(), "choice");
    let path =
        |oi: usize, field: &'static str| at(ni, &[Field("options"), Index(oi), Field(field)]);
    let items: Vec<(&str, Path)> = options
        .iter()
        .enumerate()
        .map(|(oi, o)| (o.id.as_str(), path(oi, "id")))
        .collect();
    cx.declare(Kind::Option, &items);
    let mut compiled = Vec::new();
    let mut ok = true;
    for (oi, o) in options.iter().enumerate() {
        reserved_option(cx, &o.id, &path(oi, "id"));
        let when = match &o.when {
            Some(w) => match expr::parse_condition(w, scope) {
                Ok(e) => Some(e),
                Err(e) => {
                    cx.expr_error(&path(oi, "when"), e);
                    ok = false;
                    None
                }
            },
            None => None,
        };
        let effects = compile_effects(cx, &o.effects, scope, &path(oi, "effects"));
        let goto = refs.node(cx, &o.goto, &path(oi, "goto"));
        match (effects, goto) {
            (Some(effects), Some(goto)) => compiled.push(ChoiceOption {
                id: o.id.clone(),
                when,
                effects,
                risky: o.risky,
                goto,
            }),
            _ => ok = false,
        }
    }
    ok.then_some(NodeKind::Choice { options: compiled })
}

fn jump(
    cx: &mut Ctx,
    refs: &Refs,
    scope: &VarScope,
    ni: usize,
    branches: &[BranchDef],
    otherwise: &str,
) -> Option<NodeKind> {
    if branches.is_empty() {
        let i = cx.error(
            "empty-jump",
            &at(ni, &[Field("branches")]),
            "a jump needs at least one branch".into(),
            "no branches",
        );
        cx.help(
            i,
            "add `(when: \"…\", goto: \"…\")` or use `next` on the node before",
        );
    }
    let mut compiled = Vec::new();
    let mut ok = true;
    for (bi, b) in branches.iter().enumerate() {
        let path = |field: &'static str| at(ni, &[Field("branches"), Index(bi), Field(field)]);
        let cond = match expr::parse_condition(&b.when, scope) {
            Ok(e) => Some(e),
            Err(e) => {
                cx.expr_error(&path("when"), e);
                None
            }
        };
        let goto = refs.node(cx, &b.goto, &path("goto"));
        match (cond, goto) {
            (Some(c), Some(g)) => compiled.push((c, g)),
            _ => ok = false,
        }
    }
    let otherwise = refs.node(cx, otherwise, &at(ni, &[Field("otherwise")]));
    ok.then_some(NodeKind::Jump {
        branches: compiled,
        otherwise: otherwise?,
    })
}

fn random(
    cx: &mut Ctx,
    refs: &Refs,
    scope: &VarScope,
    ni: usize,
    outcomes: &[OutcomeDef],
) -> Option<NodeKind> {
    if outcomes.iter().map(|o| u64::from(o.weight)).sum::<u64>() == 0 {
        let i = cx.error(
            "random-weights",
            &at(ni, &[Field("outcomes")]),
            "a random branch needs at least one outcome with a weight above 0".into(),
            "nothing can be drawn",
        );
        cx.help(i, "give outcomes weights such as 1, 2 or 3");
    }
    let mut compiled = Vec::new();
    let mut ok = true;
    for (oi, o) in outcomes.iter().enumerate() {
        let path = |field: &'static str| at(ni, &[Field("outcomes"), Index(oi), Field(field)]);
        let effects = compile_effects(cx, &o.effects, scope, &path("effects"));
        let goto = refs.node(cx, &o.goto, &path("goto"));
        match (effects, goto) {
            (Some(effects), Some(goto)) => compiled.push(Outcome {
                weight: o.weight,
                effects,
                goto,
            }),
            _ => ok = false,
        }
    }
    ok.then_some(NodeKind::Random { outcomes: compiled })
}

fn ending(cx: &mut Ctx, ni: usize, help: &[Help]) -> NodeKind {
    if help.is_empty() {
        let i = cx.error(
            "ending-without-help",
            &at(ni, &[Field("help")]),
            "every ending shows where to get help".into(),
            "empty list",
        );
        cx.help(i, "add resources such as `[Helpwanted, Kindertelefoon]`");
    }
    NodeKind::Ending {
        help: help.to_vec(),
    }
}

fn check_feelings(cx: &mut Ctx, ni: usize, feelings: &[Feeling]) {
    if feelings.len() < 2 {
        let i = cx.error(
            "feeling-count",
            &at(ni, &[Field("feelings")]),
            "offer at least two feelings to choose from".into(),
            "too few feelings",
        );
        cx.help(
            i,
            "for example `[Ashamed, Angry, Scared, Sad, Lonely, Powerless]`",
        );
    }
    for (fi, feeling) in feelings.iter().enumerate() {
        if feelings[..fi].contains(feeling) {
            cx.error(
                "duplicate-id",
                &at(ni, &[Field("feelings"), Index(fi)]),
                format!("the feeling `{feeling:?}` is listed twice"),
                "listed before",
            );
        }
    }
}

/// A green flag has no violated criteria; any other flag names at least one.
fn check_flag(cx: &mut Ctx, ni: usize, flag: Flag, violated: &[Criterion]) {
    let green = flag == Flag::Green;
    if green == violated.is_empty() {
        return;
    }
    let (message, help) = if green {
        (
            "a green flag means every criterion is met, but criteria are marked violated",
            "remove the violated criteria, or choose Yellow, Red or Black",
        )
    } else {
        (
            "one failed criterion makes behaviour boundary-crossing: name which ones fail",
            "list the violated criteria, such as `[Consent, Voluntariness]`, or choose Green",
        )
    };
    let i = cx.error(
        "flag-mismatch",
        &at(ni, &[Field("violated")]),
        message.into(),
        "does not match the flag",
    );
    cx.help(i, help);
}

/// A quiz's options, and the index of its right answer.
fn quiz(cx: &mut Ctx, ni: usize, options: &[String], correct: &str) -> Option<usize> {
    option_count(cx, ni, options.len(), "quiz");
    let items: Vec<(&str, Path)> = options
        .iter()
        .enumerate()
        .map(|(oi, o)| (o.as_str(), at(ni, &[Field("options"), Index(oi)])))
        .collect();
    cx.declare(Kind::Option, &items);
    for (id, path) in &items {
        reserved_option(cx, id, path);
    }
    let ids: Vec<&str> = options.iter().map(String::as_str).collect();
    if let Some(c) = ids.iter().position(|o| *o == correct) {
        return Some(c);
    }
    let i = cx.error(
        "unknown-option",
        &at(ni, &[Field("correct")]),
        format!("`{correct}` is not one of this quiz's options"),
        "not an option",
    );
    let help = suggest(correct, ids.iter().copied())
        .map(|s| format!("did you mean `{s}`?"))
        .unwrap_or_else(|| format!("options: {}", ids.join(", ")));
    cx.help(i, help);
    None
}

/// The pedagogical minimum: an ending and a reflection.
fn minimum(cx: &mut Ctx, f: &ScenarioFile) {
    let endings = f
        .nodes
        .iter()
        .filter(|n| matches!(n, NodeDef::Ending { .. }))
        .count();
    let reflections = f.nodes.iter().filter(|n| n.is_reflection()).count();
    if endings == 0 {
        let i = cx.error(
            "no-ending",
            &[Field("nodes")],
            "the scenario has no ending".into(),
            "no `Ending` node in here",
        );
        cx.help(i, "add an `Ending(id: …, help: [Helpwanted])` node");
    }
    if reflections == 0 {
        let i = cx.error(
            "no-reflection",
            &[Field("nodes")],
            "the scenario asks no reflection question".into(),
            "no reflection node in here",
        );
        cx.help(
            i,
            "add an OpenQuestion, Ruler, Feelings, FlagJudgement or Quiz node; reflection is what the worker talks about",
        );
    }
}

fn compile_effects(
    cx: &mut Ctx,
    effects: &[String],
    scope: &VarScope,
    path: &[Seg],
) -> Option<Vec<Effect>> {
    let mut out = Vec::new();
    let mut ok = true;
    for (i, e) in effects.iter().enumerate() {
        let mut p = path.to_vec();
        p.push(Index(i));
        match expr::parse_effect(e, scope) {
            Ok(e) => out.push(e),
            Err(err) => {
                cx.expr_error(&p, err);
                ok = false;
            }
        }
    }
    ok.then_some(out)
}

#[cfg(test)]
pub(crate) fn compile_str(source: &str, stem: &str) -> Scenario {
    let file = parse_ron(source).expect("valid RON");
    let (scenario, diags) = compile(file, 0, source, &SpanTree::parse(source), stem);
    assert!(diags.iter().all(|d| !d.is_error()), "{diags:?}");
    scenario.expect("compiles")
}
