//! The branch graph of a scenario, for authors: Graphviz DOT or Mermaid, node kinds shaped
//! and coloured differently, endings and reflections marked, the text (shortened) as labels.

use std::fmt::Write as _;

use super::expr::{CmpOp, Expr};
use super::locale::{LangChain, story_args};
use super::scenario::character_key;
use super::{Library, MessageKey, NodeKind, ReflectionKind, Scenario};

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

/// A node's label: its id, a kind tag, and its text shortened.
fn label(s: &Scenario, library: &Library, chain: &LangChain, i: usize) -> String {
    let node = s.node(i);
    let args = story_args("…", s.variables.iter().map(|v| (v.id.as_str(), v.default)));
    let text = |key: MessageKey| library.locales.text(chain, &s.id, &key, Some(&args));
    let st = style(&node.kind);
    let body = match &node.kind {
        NodeKind::Jump { .. } | NodeKind::Random { .. } => String::new(),
        NodeKind::Ending { .. } => text(MessageKey::attr(node.id.as_str(), "title")),
        NodeKind::Message { from, .. } => format!(
            "{}: {}",
            text(character_key(&s.characters[*from].id)),
            text(MessageKey::new(node.id.as_str()))
        ),
        _ => text(MessageKey::new(node.id.as_str())),
    };
    let tag = match node.reflection() {
        Some(k) => format!("✎ {}: ", reflection_tag(k)),
        None => st.tag.to_string(),
    };
    let body = shorten(&body);
    if body.is_empty() {
        format!("{}\n{tag}", node.id)
    } else {
        format!("{}\n{tag}{body}", node.id)
    }
}

fn shorten(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= LABEL_CHARS {
        return line;
    }
    let cut: String = line.chars().take(LABEL_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
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

/// An edge: from, to, label, and whether it is a risky option.
struct Edge {
    from: usize,
    to: usize,
    label: String,
    risky: bool,
}

fn edges(s: &Scenario, library: &Library, chain: &LangChain) -> Vec<Edge> {
    let mut out = Vec::new();
    let args = story_args("…", s.variables.iter().map(|v| (v.id.as_str(), v.default)));
    for (i, node) in s.nodes.iter().enumerate() {
        let mut edge = |to, label: String, risky| {
            out.push(Edge {
                from: i,
                to,
                label,
                risky,
            })
        };
        match &node.kind {
            NodeKind::Choice { options } => {
                for o in options {
                    let text = library.locales.text(
                        chain,
                        &s.id,
                        &MessageKey::attr(node.id.as_str(), o.id.as_str()),
                        Some(&args),
                    );
                    let mut label = format!("{}: {}", o.id, shorten(&text));
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
    out
}

fn dot_escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The graph in Graphviz DOT, texts in the first language of `chain`.
pub fn dot(s: &Scenario, library: &Library, chain: &LangChain) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "digraph \"{}\" {{", dot_escape(&s.id));
    out.push_str("  rankdir=TB;\n  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (i, node) in s.nodes.iter().enumerate() {
        let st = style(&node.kind);
        let start = if i == s.start { ", penwidth=3" } else { "" };
        let rounded = if st.class == "message" {
            ", style=\"rounded,filled\""
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  \"{}\" [label=\"{}\", shape={}, fillcolor=\"{}\"{rounded}{start}];",
            dot_escape(&node.id),
            dot_escape(&label(s, library, chain, i)),
            st.dot_shape,
            st.fill
        );
    }
    for e in edges(s, library, chain) {
        let color = if e.risky {
            ", color=\"#b91c1c\", fontcolor=\"#b91c1c\""
        } else {
            ""
        };
        let label = if e.risky {
            format!("⚠ {}", e.label)
        } else {
            e.label
        };
        let _ = writeln!(
            out,
            "  \"{}\" -> \"{}\" [label=\"{}\"{color}];",
            dot_escape(&s.nodes[e.from].id),
            dot_escape(&s.nodes[e.to].id),
            dot_escape(&label)
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
    let mut out = String::from("flowchart TD\n");
    for (i, node) in s.nodes.iter().enumerate() {
        let st = style(&node.kind);
        let _ = writeln!(
            out,
            "  n{i}{}\"{}\"{}:::{}",
            st.mermaid.0,
            mermaid_escape(&label(s, library, chain, i)),
            st.mermaid.1,
            st.class
        );
    }
    for (k, e) in edges(s, library, chain).into_iter().enumerate() {
        let label = if e.risky {
            format!("⚠ {}", e.label)
        } else {
            e.label
        };
        if label.is_empty() {
            let _ = writeln!(out, "  n{} --> n{}", e.from, e.to);
        } else {
            let _ = writeln!(
                out,
                "  n{} -->|\"{}\"| n{}",
                e.from,
                mermaid_escape(&label),
                e.to
            );
        }
        if e.risky {
            let _ = writeln!(out, "  linkStyle {k} stroke:#b91c1c,color:#b91c1c");
        }
    }
    for (class, fill) in [
        ("narration", "#eeeeee"),
        ("message", "#dbeafe"),
        ("thought", "#ede9fe"),
        ("switch", "#fed7aa"),
        ("choice", "#fef08a"),
        ("jump", "#ffffff"),
        ("random", "#ffffff"),
        ("ending", "#bbf7d0"),
        ("reflection", "#fbcfe8"),
    ] {
        let _ = writeln!(out, "  classDef {class} fill:{fill},stroke:#555,color:#111");
    }
    let _ = writeln!(out, "  style n{} stroke-width:3px", s.start);
    out
}
