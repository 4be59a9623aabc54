//! A checked scenario: references resolved to indices, conditions and effects compiled.
//!
//! [`compile`] turns a parsed [`ScenarioFile`] into a [`Scenario`] and reports every problem
//! it finds at the exact field in the RON text. A scenario with errors is never built.

use std::collections::HashMap;

use super::diag::{Diagnostic, FileId};
use super::expr::{self, Effect, Expr, ExprError, ExprErrorKind, Scope, Type, Value};
use super::format::*;
use super::spans::{Seg, SpanTree};
use super::suggest;

pub type NodeIdx = usize;

#[derive(Debug, Clone)]
pub struct Character {
    pub id: String,
    pub color: [u8; 3],
    pub initials: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Chat {
    pub id: String,
    pub kind: ChatKind,
}

#[derive(Debug, Clone)]
pub struct Variable {
    pub id: String,
    pub default: Value,
}

#[derive(Debug, Clone)]
pub struct ChoiceOption {
    pub id: String,
    pub when: Option<Expr>,
    pub effects: Vec<Effect>,
    pub risky: bool,
    pub goto: NodeIdx,
}

#[derive(Debug, Clone)]
pub struct Outcome {
    pub weight: u32,
    pub effects: Vec<Effect>,
    pub goto: NodeIdx,
}

/// The kinds of reflection, as the report and the UI name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReflectionKind {
    OpenQuestion,
    Ruler,
    Feelings,
    FlagJudgement,
    Quiz,
}

#[derive(Debug, Clone)]
pub enum NodeKind {
    Narration {
        next: NodeIdx,
    },
    Message {
        chat: usize,
        from: usize,
        attachment: Option<Attachment>,
        next: NodeIdx,
    },
    Thought {
        next: NodeIdx,
    },
    Switch {
        to: usize,
        next: NodeIdx,
    },
    Choice {
        options: Vec<ChoiceOption>,
    },
    Jump {
        branches: Vec<(Expr, NodeIdx)>,
        otherwise: NodeIdx,
    },
    Random {
        outcomes: Vec<Outcome>,
    },
    Ending {
        help: Vec<Help>,
    },
    OpenQuestion {
        min_length: u32,
        purpose: Purpose,
        next: NodeIdx,
    },
    Ruler {
        next: NodeIdx,
    },
    Feelings {
        feelings: Vec<Feeling>,
        multiple: bool,
        free_text: bool,
        next: NodeIdx,
    },
    FlagJudgement {
        flag: Flag,
        violated: Vec<Criterion>,
        next: NodeIdx,
    },
    Quiz {
        options: Vec<String>,
        correct: usize,
        next: NodeIdx,
    },
}

#[derive(Debug, Clone)]
pub struct Node {
    pub id: String,
    pub kind: NodeKind,
}

impl Node {
    /// Every node this node can lead to, in order.
    pub fn successors(&self) -> Vec<NodeIdx> {
        match &self.kind {
            NodeKind::Narration { next }
            | NodeKind::Message { next, .. }
            | NodeKind::Thought { next }
            | NodeKind::Switch { next, .. }
            | NodeKind::OpenQuestion { next, .. }
            | NodeKind::Ruler { next }
            | NodeKind::Feelings { next, .. }
            | NodeKind::FlagJudgement { next, .. }
            | NodeKind::Quiz { next, .. } => vec![*next],
            NodeKind::Choice { options } => options.iter().map(|o| o.goto).collect(),
            NodeKind::Jump {
                branches,
                otherwise,
            } => branches
                .iter()
                .map(|(_, t)| *t)
                .chain([*otherwise])
                .collect(),
            NodeKind::Random { outcomes } => outcomes.iter().map(|o| o.goto).collect(),
            NodeKind::Ending { .. } => Vec::new(),
        }
    }

    /// The options of a choice offered with these variable values (none for other kinds).
    pub fn offered(&self, vars: &[Value]) -> Vec<&ChoiceOption> {
        match &self.kind {
            NodeKind::Choice { options } => options
                .iter()
                .filter(|o| o.when.as_ref().is_none_or(|w| w.holds(vars)))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Where a jump leads with these variable values (`None` for other kinds).
    pub fn jump_target(&self, vars: &[Value]) -> Option<NodeIdx> {
        match &self.kind {
            NodeKind::Jump {
                branches,
                otherwise,
            } => Some(
                branches
                    .iter()
                    .find(|(c, _)| c.holds(vars))
                    .map_or(*otherwise, |(_, t)| *t),
            ),
            _ => None,
        }
    }

    pub fn reflection(&self) -> Option<ReflectionKind> {
        Some(match self.kind {
            NodeKind::OpenQuestion { .. } => ReflectionKind::OpenQuestion,
            NodeKind::Ruler { .. } => ReflectionKind::Ruler,
            NodeKind::Feelings { .. } => ReflectionKind::Feelings,
            NodeKind::FlagJudgement { .. } => ReflectionKind::FlagJudgement,
            NodeKind::Quiz { .. } => ReflectionKind::Quiz,
            _ => return None,
        })
    }

    pub fn is_ending(&self) -> bool {
        matches!(self.kind, NodeKind::Ending { .. })
    }

    /// Jumps and random branches are resolved by the runtime without the player.
    pub fn is_automatic(&self) -> bool {
        matches!(self.kind, NodeKind::Jump { .. } | NodeKind::Random { .. })
    }
}

/// A message id with an optional attribute, as looked up in the scenario's Fluent file.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MessageKey {
    pub id: String,
    pub attr: Option<String>,
}

impl MessageKey {
    pub fn new(id: impl Into<String>) -> Self {
        MessageKey {
            id: id.into(),
            attr: None,
        }
    }

    pub fn attr(id: impl Into<String>, attr: impl Into<String>) -> Self {
        MessageKey {
            id: id.into(),
            attr: Some(attr.into()),
        }
    }
}

impl std::fmt::Display for MessageKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.attr {
            Some(a) => write!(f, "{}.{a}", self.id),
            None => f.write_str(&self.id),
        }
    }
}

/// Attribute names with a fixed meaning; option ids may not use them.
pub const RESERVED_ATTRIBUTES: [&str; 7] = [
    "starter",
    "explanation",
    "hint",
    "title",
    "low",
    "high",
    "followup",
];

/// Which messages a scenario's text file holds: required ones, and optional ones that, once
/// written in the source language, every translation must have too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextNeed {
    pub key: MessageKey,
    pub required: bool,
    /// What needs it, for pointing at the RON text.
    pub anchor: Anchor,
}

/// The part of a scenario file a message belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Scenario,
    Character(usize),
    Chat(usize),
    Node(NodeIdx),
}

impl Anchor {
    /// The path of the anchor's `id` field in the RON text.
    pub fn path(self) -> Vec<Seg<'static>> {
        match self {
            Anchor::Scenario => vec![Seg::Field("id")],
            Anchor::Character(i) => vec![Seg::Field("characters"), Seg::Index(i), Seg::Field("id")],
            Anchor::Chat(i) => vec![Seg::Field("chats"), Seg::Index(i), Seg::Field("id")],
            Anchor::Node(i) => vec![Seg::Field("nodes"), Seg::Index(i), Seg::Field("id")],
        }
    }
}

#[derive(Debug, Clone)]
pub struct Scenario {
    pub id: String,
    pub themes: Vec<Theme>,
    pub minutes: u32,
    pub perspectives: Vec<usize>,
    pub characters: Vec<Character>,
    pub chats: Vec<Chat>,
    pub variables: Vec<Variable>,
    pub start: NodeIdx,
    pub nodes: Vec<Node>,
    index: HashMap<String, NodeIdx>,
}

impl Scenario {
    pub fn node_index(&self, id: &str) -> Option<NodeIdx> {
        self.index.get(id).copied()
    }

    pub fn node(&self, idx: NodeIdx) -> &Node {
        &self.nodes[idx]
    }

    pub fn defaults(&self) -> Vec<Value> {
        self.variables.iter().map(|v| v.default).collect()
    }

    /// Every message the scenario's Fluent file holds, by the documented convention.
    pub fn text_needs(&self) -> Vec<TextNeed> {
        let mut out = Vec::new();
        let mut need = |key: MessageKey, required: bool, anchor: Anchor| {
            out.push(TextNeed {
                key,
                required,
                anchor,
            })
        };
        need(MessageKey::new("scenario-title"), true, Anchor::Scenario);
        need(MessageKey::new("scenario-summary"), true, Anchor::Scenario);
        for (i, c) in self.characters.iter().enumerate() {
            need(character_key(&c.id), true, Anchor::Character(i));
        }
        for (i, c) in self.chats.iter().enumerate() {
            need(chat_key(&c.id), true, Anchor::Chat(i));
        }
        for (i, node) in self.nodes.iter().enumerate() {
            let id = node.id.as_str();
            let n = Anchor::Node(i);
            if !node.is_automatic() {
                need(MessageKey::new(id), true, n);
            }
            match &node.kind {
                NodeKind::Choice { options } => {
                    for o in options {
                        need(MessageKey::attr(id, &o.id), true, n);
                    }
                }
                NodeKind::Ending { .. } => need(MessageKey::attr(id, "title"), true, n),
                NodeKind::Ruler { .. } => {
                    for a in ["low", "high", "followup"] {
                        need(MessageKey::attr(id, a), true, n);
                    }
                }
                NodeKind::FlagJudgement { .. } => {
                    need(MessageKey::attr(id, "explanation"), true, n)
                }
                NodeKind::Quiz { options, .. } => {
                    for o in options {
                        need(MessageKey::attr(id, o), true, n);
                    }
                    need(MessageKey::attr(id, "explanation"), true, n);
                }
                NodeKind::OpenQuestion { .. } => need(MessageKey::attr(id, "hint"), false, n),
                _ => {}
            }
            if node.reflection().is_some() {
                need(MessageKey::attr(id, "starter"), false, n);
            }
        }
        out
    }
}

/// The message with a character's display name.
pub fn character_key(id: &str) -> MessageKey {
    MessageKey::new(format!("character-{id}"))
}

/// The message with a chat's name, shown at the top of the phone.
pub fn chat_key(id: &str) -> MessageKey {
    MessageKey::new(format!("chat-{id}"))
}

/// Checks ids: lower-case letters, digits and `_`, starting with a letter.
pub fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '_'))
}

const ID_HELP: &str =
    "ids use lower-case letters, digits and `_`, and start with a letter, like `group_chat_2`";

struct Ctx<'a> {
    file: FileId,
    tree: &'a SpanTree,
    source: &'a str,
    diags: Vec<Diagnostic>,
}

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

    fn check_id(&mut self, id: &str, path: &[Seg], what: &str) {
        if !valid_id(id) {
            let i = self.error(
                "invalid-id",
                path,
                format!("`{id}` is not a valid {what} id"),
                "not a valid id",
            );
            self.help(i, ID_HELP);
        }
    }

    /// Reports duplicates among `(id, path)` pairs.
    fn check_unique<'p>(&mut self, what: &str, items: &[(&str, Vec<Seg<'p>>)]) {
        let mut seen: HashMap<&str, &Vec<Seg>> = HashMap::new();
        for (id, path) in items {
            if let Some(first) = seen.get(id) {
                let first_span = self.span(first);
                let d = Diagnostic::error(
                    "duplicate-id",
                    self.file,
                    format!("the {what} id `{id}` is used twice"),
                )
                .at(self.span(path), "second use")
                .related(self.file, first_span, "first used here")
                .help(format!("give each {what} its own id"));
                self.diags.push(d);
            } else {
                seen.insert(id, path);
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
        let code = match e.kind {
            ExprErrorKind::Syntax => "expression-syntax",
            ExprErrorKind::UnknownVariable => "unknown-variable",
            ExprErrorKind::Type => "type-error",
        };
        let label = match e.kind {
            ExprErrorKind::Syntax => "cannot read this",
            ExprErrorKind::UnknownVariable => "not declared",
            ExprErrorKind::Type => "wrong type",
        };
        let mut d = Diagnostic::error(code, self.file, e.message).at(span, label);
        d.help = e.help;
        self.diags.push(d);
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

fn parse_color(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
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
    use Seg::{Field, Index};

    cx.check_id(&f.id, &[Field("id")], "scenario");
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

    // Characters, chats, variables.
    let mut characters = Vec::new();
    let char_paths: Vec<_> = (0..f.characters.len())
        .map(|i| vec![Field("characters"), Index(i), Field("id")])
        .collect();
    for (i, c) in f.characters.iter().enumerate() {
        cx.check_id(&c.id, &char_paths[i], "character");
        let color = parse_color(&c.color).unwrap_or_else(|| {
            let at = cx.error(
                "invalid-color",
                &[Field("characters"), Index(i), Field("color")],
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
                &[Field("characters"), Index(i), Field("initials")],
                "initials must be one or two characters".into(),
                "too long or empty",
            );
        }
        characters.push(Character {
            id: c.id.clone(),
            color,
            initials: c.initials.clone(),
        });
    }
    cx.check_unique(
        "character",
        &f.characters
            .iter()
            .zip(&char_paths)
            .map(|(c, p)| (c.id.as_str(), p.clone()))
            .collect::<Vec<_>>(),
    );
    let chat_paths: Vec<_> = (0..f.chats.len())
        .map(|i| vec![Field("chats"), Index(i), Field("id")])
        .collect();
    for (c, p) in f.chats.iter().zip(&chat_paths) {
        cx.check_id(&c.id, p, "chat");
    }
    cx.check_unique(
        "chat",
        &f.chats
            .iter()
            .zip(&chat_paths)
            .map(|(c, p)| (c.id.as_str(), p.clone()))
            .collect::<Vec<_>>(),
    );
    let var_paths: Vec<_> = (0..f.variables.len())
        .map(|i| vec![Field("variables"), Index(i), Field("id")])
        .collect();
    for (v, p) in f.variables.iter().zip(&var_paths) {
        cx.check_id(&v.id, p, "variable");
        if matches!(
            v.id.as_str(),
            "true" | "false" | "and" | "or" | "not" | "player"
        ) {
            cx.error(
                "reserved-id",
                p,
                format!("`{}` is a reserved word and cannot name a variable", v.id),
                "reserved",
            );
        }
    }
    cx.check_unique(
        "variable",
        &f.variables
            .iter()
            .zip(&var_paths)
            .map(|(v, p)| (v.id.as_str(), p.clone()))
            .collect::<Vec<_>>(),
    );
    let variables: Vec<Variable> = f
        .variables
        .iter()
        .map(|v| Variable {
            id: v.id.clone(),
            default: v.default.into(),
        })
        .collect();

    // Nodes: ids first, so references can be resolved in any order.
    let node_paths: Vec<_> = (0..f.nodes.len())
        .map(|i| vec![Field("nodes"), Index(i), Field("id")])
        .collect();
    let mut index = HashMap::new();
    for (i, n) in f.nodes.iter().enumerate() {
        cx.check_id(n.id(), &node_paths[i], "node");
        index.entry(n.id().to_string()).or_insert(i);
    }
    cx.check_unique(
        "node",
        &f.nodes
            .iter()
            .zip(&node_paths)
            .map(|(n, p)| (n.id(), p.clone()))
            .collect::<Vec<_>>(),
    );
    let node_ids: Vec<&str> = f.nodes.iter().map(|n| n.id()).collect();
    let char_ids: Vec<&str> = f.characters.iter().map(|c| c.id.as_str()).collect();
    let chat_ids: Vec<&str> = f.chats.iter().map(|c| c.id.as_str()).collect();

    let resolve = |cx: &mut Ctx, target: &str, path: &[Seg], what: &str, ids: &[&str]| {
        if let Some(i) = ids.iter().position(|id| *id == target) {
            return Some(i);
        }
        let code = match what {
            "node" => "unknown-node",
            "character" => "unknown-character",
            _ => "unknown-chat",
        };
        let i = cx.error(
            code,
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
    };
    let node_ref = |cx: &mut Ctx, target: &str, path: &[Seg]| {
        resolve(cx, target, path, "node", &node_ids).map(|_| index[target])
    };

    let start = node_ref(&mut cx, &f.start, &[Field("start")]);
    let mut perspectives = Vec::new();
    for (i, p) in f.perspectives.iter().enumerate() {
        if let Some(c) = resolve(
            &mut cx,
            p,
            &[Field("perspectives"), Index(i)],
            "character",
            &char_ids,
        ) {
            perspectives.push(c);
        }
    }
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

    let scope = VarScope(&variables);
    let mut nodes = Vec::new();
    let mut reflections = 0;
    let mut endings = 0;
    for (ni, def) in f.nodes.iter().enumerate() {
        let base = [Field("nodes"), Index(ni)];
        let p = |field: &'static str| [base[0], base[1], Field(field)];
        let next_ref = |cx: &mut Ctx, target: &str| node_ref(cx, target, &p("next"));
        let kind = match def {
            NodeDef::Narration { next, .. } => {
                next_ref(&mut cx, next).map(|next| NodeKind::Narration { next })
            }
            NodeDef::Thought { next, .. } => {
                next_ref(&mut cx, next).map(|next| NodeKind::Thought { next })
            }
            NodeDef::Message {
                chat,
                from,
                attachment,
                next,
                ..
            } => {
                let chat = resolve(&mut cx, chat, &p("chat"), "chat", &chat_ids);
                let from = resolve(&mut cx, from, &p("from"), "character", &char_ids);
                let next = next_ref(&mut cx, next);
                match (chat, from, next) {
                    (Some(chat), Some(from), Some(next)) => Some(NodeKind::Message {
                        chat,
                        from,
                        attachment: *attachment,
                        next,
                    }),
                    _ => None,
                }
            }
            NodeDef::Switch { to, next, .. } => {
                let to_idx = resolve(&mut cx, to, &p("to"), "character", &char_ids);
                if let Some(t) = to_idx
                    && !f.perspectives.iter().any(|x| x == to)
                {
                    let i = cx.error(
                        "undeclared-perspective",
                        &p("to"),
                        format!("`{to}` is played here but not listed in `perspectives`"),
                        "not in perspectives",
                    );
                    cx.help(i, format!("add \"{}\" to `perspectives`", char_ids[t]));
                }
                let next = next_ref(&mut cx, next);
                to_idx
                    .zip(next)
                    .map(|(to, next)| NodeKind::Switch { to, next })
            }
            NodeDef::Choice { options, .. } => {
                if !(2..=4).contains(&options.len()) {
                    let i = cx.error(
                        "option-count",
                        &p("options"),
                        format!(
                            "a choice needs 2 to 4 options, this one has {}",
                            options.len()
                        ),
                        "wrong number of options",
                    );
                    cx.help(
                        i,
                        "more than four options is hard to read; split the choice in two",
                    );
                }
                let opt_path = |oi: usize, field: &'static str| {
                    vec![base[0], base[1], Field("options"), Index(oi), Field(field)]
                };
                let mut ok = true;
                let mut compiled = Vec::new();
                for (oi, o) in options.iter().enumerate() {
                    cx.check_id(&o.id, &opt_path(oi, "id"), "option");
                    if RESERVED_ATTRIBUTES.contains(&o.id.as_str()) {
                        let i = cx.error(
                            "reserved-id",
                            &opt_path(oi, "id"),
                            format!("`{}` has a fixed meaning in the text file and cannot name an option", o.id),
                            "reserved",
                        );
                        cx.help(
                            i,
                            format!("reserved names: {}", RESERVED_ATTRIBUTES.join(", ")),
                        );
                    }
                    let when = match &o.when {
                        Some(w) => match expr::parse_condition(w, &scope) {
                            Ok(e) => Some(e),
                            Err(e) => {
                                cx.expr_error(&opt_path(oi, "when"), e);
                                ok = false;
                                None
                            }
                        },
                        None => None,
                    };
                    let effects =
                        compile_effects(&mut cx, &o.effects, &scope, &opt_path(oi, "effects"));
                    let goto = node_ref(&mut cx, &o.goto, &opt_path(oi, "goto"));
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
                cx.check_unique(
                    "option",
                    &options
                        .iter()
                        .enumerate()
                        .map(|(oi, o)| (o.id.as_str(), opt_path(oi, "id")))
                        .collect::<Vec<_>>(),
                );
                ok.then_some(NodeKind::Choice { options: compiled })
            }
            NodeDef::Jump {
                branches,
                otherwise,
                ..
            } => {
                if branches.is_empty() {
                    let i = cx.error(
                        "empty-jump",
                        &p("branches"),
                        "a jump needs at least one branch".into(),
                        "no branches",
                    );
                    cx.help(
                        i,
                        "add `(when: \"…\", goto: \"…\")` or use `next` on the node before",
                    );
                }
                let mut ok = true;
                let mut compiled = Vec::new();
                for (bi, b) in branches.iter().enumerate() {
                    let bp = |field: &'static str| {
                        [base[0], base[1], Field("branches"), Index(bi), Field(field)]
                    };
                    let cond = match expr::parse_condition(&b.when, &scope) {
                        Ok(e) => Some(e),
                        Err(e) => {
                            cx.expr_error(&bp("when"), e);
                            None
                        }
                    };
                    let goto = node_ref(&mut cx, &b.goto, &bp("goto"));
                    match (cond, goto) {
                        (Some(c), Some(g)) => compiled.push((c, g)),
                        _ => ok = false,
                    }
                }
                let otherwise = node_ref(&mut cx, otherwise, &p("otherwise"));
                match (ok, otherwise) {
                    (true, Some(otherwise)) => Some(NodeKind::Jump {
                        branches: compiled,
                        otherwise,
                    }),
                    _ => None,
                }
            }
            NodeDef::Random { outcomes, .. } => {
                if outcomes.iter().map(|o| u64::from(o.weight)).sum::<u64>() == 0 {
                    let i = cx.error(
                        "random-weights",
                        &p("outcomes"),
                        "a random branch needs at least one outcome with a weight above 0".into(),
                        "nothing can be drawn",
                    );
                    cx.help(i, "give outcomes weights such as 1, 2 or 3");
                }
                let mut ok = true;
                let mut compiled = Vec::new();
                for (oi, o) in outcomes.iter().enumerate() {
                    let op = |field: &'static str| {
                        vec![base[0], base[1], Field("outcomes"), Index(oi), Field(field)]
                    };
                    let effects = compile_effects(&mut cx, &o.effects, &scope, &op("effects"));
                    let goto = node_ref(&mut cx, &o.goto, &op("goto"));
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
            NodeDef::Ending { help, .. } => {
                endings += 1;
                if help.is_empty() {
                    let i = cx.error(
                        "ending-without-help",
                        &p("help"),
                        "every ending shows where to get help".into(),
                        "empty list",
                    );
                    cx.help(i, "add resources such as `[Helpwanted, Kindertelefoon]`");
                }
                Some(NodeKind::Ending { help: help.clone() })
            }
            NodeDef::OpenQuestion {
                min_length,
                purpose,
                next,
                ..
            } => {
                reflections += 1;
                next_ref(&mut cx, next).map(|next| NodeKind::OpenQuestion {
                    min_length: min_length.unwrap_or(20),
                    purpose: *purpose,
                    next,
                })
            }
            NodeDef::Ruler { next, .. } => {
                reflections += 1;
                next_ref(&mut cx, next).map(|next| NodeKind::Ruler { next })
            }
            NodeDef::Feelings {
                feelings,
                multiple,
                free_text,
                next,
                ..
            } => {
                reflections += 1;
                if feelings.len() < 2 {
                    let i = cx.error(
                        "feeling-count",
                        &p("feelings"),
                        "offer at least two feelings to choose from".into(),
                        "too few feelings",
                    );
                    cx.help(
                        i,
                        "for example `[Ashamed, Angry, Scared, Sad, Lonely, Powerless]`",
                    );
                }
                let mut seen = Vec::new();
                for (fi, feeling) in feelings.iter().enumerate() {
                    if seen.contains(feeling) {
                        cx.error(
                            "duplicate-id",
                            &[base[0], base[1], Field("feelings"), Index(fi)],
                            format!("the feeling `{feeling:?}` is listed twice"),
                            "listed before",
                        );
                    }
                    seen.push(*feeling);
                }
                next_ref(&mut cx, next).map(|next| NodeKind::Feelings {
                    feelings: feelings.clone(),
                    multiple: *multiple,
                    free_text: *free_text,
                    next,
                })
            }
            NodeDef::FlagJudgement {
                flag,
                violated,
                next,
                ..
            } => {
                reflections += 1;
                let green = *flag == Flag::Green;
                if green != violated.is_empty() {
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
                        &p("violated"),
                        message.into(),
                        "does not match the flag",
                    );
                    cx.help(i, help);
                }
                next_ref(&mut cx, next).map(|next| NodeKind::FlagJudgement {
                    flag: *flag,
                    violated: violated.clone(),
                    next,
                })
            }
            NodeDef::Quiz {
                options,
                correct,
                next,
                ..
            } => {
                reflections += 1;
                if !(2..=4).contains(&options.len()) {
                    cx.error(
                        "option-count",
                        &p("options"),
                        format!(
                            "a quiz needs 2 to 4 options, this one has {}",
                            options.len()
                        ),
                        "wrong number of options",
                    );
                }
                let opt_paths: Vec<_> = (0..options.len())
                    .map(|oi| vec![base[0], base[1], Field("options"), Index(oi)])
                    .collect();
                for (o, path) in options.iter().zip(&opt_paths) {
                    cx.check_id(o, path, "option");
                    if RESERVED_ATTRIBUTES.contains(&o.as_str()) {
                        cx.error(
                            "reserved-id",
                            path,
                            format!("`{o}` has a fixed meaning in the text file and cannot name an option"),
                            "reserved",
                        );
                    }
                }
                cx.check_unique(
                    "option",
                    &options
                        .iter()
                        .zip(&opt_paths)
                        .map(|(o, path)| (o.as_str(), path.clone()))
                        .collect::<Vec<_>>(),
                );
                let ids: Vec<&str> = options.iter().map(String::as_str).collect();
                let correct = match ids.iter().position(|o| o == correct) {
                    Some(c) => Some(c),
                    None => {
                        let i = cx.error(
                            "unknown-option",
                            &p("correct"),
                            format!("`{correct}` is not one of this quiz's options"),
                            "not an option",
                        );
                        let help = suggest(correct, ids.iter().copied())
                            .map(|s| format!("did you mean `{s}`?"))
                            .unwrap_or_else(|| format!("options: {}", ids.join(", ")));
                        cx.help(i, help);
                        None
                    }
                };
                let next = next_ref(&mut cx, next);
                correct.zip(next).map(|(correct, next)| NodeKind::Quiz {
                    options: options.clone(),
                    correct,
                    next,
                })
            }
        };
        nodes.push(kind.map(|kind| Node {
            id: def.id().to_string(),
            kind,
        }));
    }

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
        index,
    };
    (Some(scenario), diags)
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
        p.push(Seg::Index(i));
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
