//! A checked scenario: references resolved to indices, conditions and effects compiled.
//!
//! [`crate::compile::compile`] builds it from a parsed [`ScenarioFile`]; a scenario with
//! errors is never built.

use std::collections::HashMap;

use super::expr::{Effect, Expr, Value};
use super::format::*;
use super::spans::Seg;

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
    pub(crate) index: HashMap<String, NodeIdx>,
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
