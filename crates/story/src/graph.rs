//! The branch graph of a scenario, for authors: Graphviz DOT or Mermaid, node kinds shaped
//! and coloured differently, endings and reflections marked, the text (shortened) as labels.

use std::fmt::Write as _;

use super::expr::{CmpOp, Expr};
use fluent_bundle::FluentArgs;

use super::locale::{LangChain, story_args};
use super::scenario::character_key;
use super::{Library, MessageKey, NodeKind, ReflectionKind, Scenario, shorten};

/// Longest label text, in characters.
const LABEL_CHARS: usize = 48;

/// How a node is drawn.
struct Style {
    /// Graphviz shape.
    dot_shape: &'static str,
    fill: &'static str,
    /// Mermaid brackets: opening and closing.
    mermaid: (&'static str, &'static str),
    class: &'static str,
    /// A short word before the text: what kind of node it is.
    tag: &'static str,
}

fn style(kind: &NodeKind) -> Style {
    let s = |dot_shape, fill, mermaid, class, tag| Style {
        dot_shape,
        fill,
        mermaid,
        class,
        tag,
    };
    match kind {
        NodeKind::Narration { .. } => s("box", "#eeeeee", ("[", "]"), "narration", ""),
        NodeKind::Message { .. } => s("box", "#dbeafe", ("(", ")"), "message", ""),
        NodeKind::Thought { .. } => s("ellipse", "#ede9fe", ("([", "])"), "thought", "💭 "),
        NodeKind::Switch { .. } => s("hexagon", "#fed7aa", ("{{", "}}"), "switch", "⇄ "),
        NodeKind::Choice { .. } => s("diamond", "#fef08a", ("{", "}"), "choice", "? "),
        NodeKind::Jump { .. } => s("diamond", "#ffffff", ("{", "}"), "jump", "if "),
        NodeKind::Random { .. } => s("circle", "#ffffff", ("((", "))"), "random", "🎲 "),
        NodeKind::Ending { .. } => s("doubleoctagon", "#bbf7d0", ("(((", ")))"), "ending", "END "),
        _ => s("note", "#fbcfe8", ("[/", "/]"), "reflection", "✎ "),
    }
}

fn reflection_tag(kind: ReflectionKind) -> &'static str {
    match kind {
        ReflectionKind::OpenQuestion => "open",
        ReflectionKind::Ruler => "ruler",
        ReflectionKind::Feelings => "feelings",
        ReflectionKind::FlagJudgement => "flag",
        ReflectionKind::Quiz => "quiz",
    }
}

/// Scenario text for labels: the variables at their defaults, `…` for the player's name.
struct Texts<'a> {
    s: &'a Scenario,
    library: &'a Library,
    chain: &'a LangChain,
    args: FluentArgs<'a>,
}

impl Texts<'_> {
    fn text(&self, key: MessageKey) -> String {
        self.library
            .locales
            .text(self.chain, &self.s.id, &key, Some(&self.args))
    }

    /// A node's label: its id, a kind tag, and its text shortened.
    fn label(&self, i: usize) -> String {
        let s = self.s;
        let node = s.node(i);
        let id = node.id.as_str();
        let body = match &node.kind {
            NodeKind::Jump { .. } | NodeKind::Random { .. } => String::new(),
            NodeKind::Ending { .. } => self.text(MessageKey::attr(id, "title")),
            NodeKind::Message { from, .. } => format!(
                "{}: {}",
                self.text(character_key(&s.characters[*from].id)),
                self.text(MessageKey::new(id))
            ),
            _ => self.text(MessageKey::new(id)),
        };
        let tag = match node.reflection() {
            Some(k) => format!("✎ {}: ", reflection_tag(k)),
            None => style(&node.kind).tag.to_string(),
        };
        let body = shorten(&body, LABEL_CHARS);
        if body.is_empty() {
            format!("{id}\n{}", tag.trim_end())
        } else {
            format!("{id}\n{tag}{body}")
        }
    }
}

/// A condition as authors write it.
fn condition(s: &Scenario, e: &Expr) -> String {
    match e {
        Expr::Lit(v) => v.to_string(),
        Expr::Var(i) => s.variables[*i].id.clone(),
        Expr::Not(e) => format!("not {}", condition(s, e)),
        Expr::And(a, b) => format!("{} and {}", condition(s, a), condition(s, b)),
        Expr::Or(a, b) => format!("({} or {})", condition(s, a), condition(s, b)),
        Expr::Cmp(op, a, b) => {
            let op = match op {
                CmpOp::Eq => "==",
                CmpOp::Ne => "!=",
                CmpOp::Lt => "<",
                CmpOp::Le => "<=",
                CmpOp::Gt => ">",
                CmpOp::Ge => ">=",
            };
            format!("{} {op} {}", condition(s, a), condition(s, b))
        }
    }
}

/// An edge: from, to, label (with ⚠ for a risky option), and whether it is risky.
struct Edge {
    from: usize,
    to: usize,
    label: String,
    risky: bool,
}

/// The graph both formats draw: a label and style per node, and the edges.
struct Graph {
    nodes: Vec<(String, Style)>,
    edges: Vec<Edge>,
}

fn build(s: &Scenario, library: &Library, chain: &LangChain) -> Graph {
    let texts = Texts {
        s,
        library,
        chain,
        args: story_args("…", s.variables.iter().map(|v| (v.id.as_str(), v.default))),
    };
    let nodes = (0..s.nodes.len())
        .map(|i| (texts.label(i), style(&s.node(i).kind)))
        .collect();
    let mut edges = Vec::new();
    for (i, node) in s.nodes.iter().enumerate() {
        let mut edge = |to, label: String, risky| {
            edges.push(Edge {
                from: i,
                to,
                label: if risky { format!("⚠ {label}") } else { label },
                risky,
            })
        };
        match &node.kind {
            NodeKind::Choice { options } => {
                for o in options {
                    let text = texts.text(MessageKey::attr(node.id.as_str(), o.id.as_str()));
                    let mut label = format!("{}: {}", o.id, shorten(&text, LABEL_CHARS));
                    if let Some(when) = &o.when {
                        let _ = write!(label, " [{}]", condition(s, when));
                    }
                    edge(o.goto, label, o.risky);
                }
            }
            NodeKind::Jump {
                branches,
                otherwise,
            } => {
                for (when, to) in branches {
                    edge(*to, condition(s, when), false);
                }
                edge(*otherwise, "otherwise".into(), false);
            }
            NodeKind::Random { outcomes } => {
                let total: u32 = outcomes.iter().map(|o| o.weight).sum();
                for o in outcomes {
                    edge(o.goto, format!("{}/{total}", o.weight), false);
                }
            }
            _ => {
                for to in node.successors() {
                    edge(to, String::new(), false);
                }
            }
        }
    }
    Graph { nodes, edges }
}

fn dot_escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The graph in Graphviz DOT, texts in the first language of `chain`.
pub fn dot(s: &Scenario, library: &Library, chain: &LangChain) -> String {
    let g = build(s, library, chain);
    let mut out = String::new();
    let _ = writeln!(out, "digraph \"{}\" {{", dot_escape(&s.id));
    out.push_str("  rankdir=TB;\n  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (i, (label, st)) in g.nodes.iter().enumerate() {
        let start = if i == s.start { ", penwidth=3" } else { "" };
        let rounded = if st.class == "message" {
            ", style=\"rounded,filled\""
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  \"{}\" [label=\"{}\", shape={}, fillcolor=\"{}\"{rounded}{start}];",
            dot_escape(&s.nodes[i].id),
            dot_escape(label),
            st.dot_shape,
            st.fill
        );
    }
    for e in &g.edges {
        let color = if e.risky {
            ", color=\"#b91c1c\", fontcolor=\"#b91c1c\""
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  \"{}\" -> \"{}\" [label=\"{}\"{color}];",
            dot_escape(&s.nodes[e.from].id),
            dot_escape(&s.nodes[e.to].id),
            dot_escape(&e.label)
        );
    }
    out.push_str("}\n");
    out
}

/// Text for inside a Mermaid label in double quotes: quotes and characters Mermaid reads as
/// markup become entity codes.
fn mermaid_escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

/// The graph as a Mermaid flowchart (renders in Markdown viewers that support Mermaid).
pub fn mermaid(s: &Scenario, library: &Library, chain: &LangChain) -> String {
    let g = build(s, library, chain);
    let mut out = String::from("flowchart TD\n");
    for (i, (label, st)) in g.nodes.iter().enumerate() {
        let _ = writeln!(
            out,
            "  n{i}{}\"{}\"{}:::{}",
            st.mermaid.0,
            mermaid_escape(label),
            st.mermaid.1,
            st.class
        );
    }
    for (k, e) in g.edges.iter().enumerate() {
        if e.label.is_empty() {
            let _ = writeln!(out, "  n{} --> n{}", e.from, e.to);
        } else {
            let _ = writeln!(
                out,
                "  n{} -->|\"{}\"| n{}",
                e.from,
                mermaid_escape(&e.label),
                e.to
            );
        }
        if e.risky {
            let _ = writeln!(out, "  linkStyle {k} stroke:#b91c1c,color:#b91c1c");
        }
    }
    // One class per node kind that occurs, in the colours of the DOT output.
    let mut defined: Vec<&str> = Vec::new();
    for (_, st) in &g.nodes {
        if !defined.contains(&st.class) {
            defined.push(st.class);
            let _ = writeln!(
                out,
                "  classDef {} fill:{},stroke:#555,color:#111",
                st.class, st.fill
            );
        }
    }
    let _ = writeln!(out, "  style n{} stroke-width:3px", s.start);
    out
}
