//! What the player sees and hears, as data: the resolved text of one moment of a run, in
//! one language. The game draws it, `run` prints it, the report quotes it, and read-aloud and
//! screen readers speak it — so all of them say the same thing, and none composes message
//! keys itself.

use super::expr::Value;
use super::format::{Attachment, ChatKind, Criterion, Feeling, Flag, Help, Purpose};
use super::locale::{LangChain, Locales, story_args};
use super::runtime::{EventKind, Run, Step};
use super::scenario::{MessageKey, NodeIdx, NodeKind, Scenario, character_key, chat_key};

/// One moment: a node as the player meets it.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    pub node: String,
    pub shown: Shown,
}

/// What a node shows, by kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    Narration {
        text: String,
    },
    /// What the played character thinks.
    Thought {
        text: String,
    },
    Message {
        chat: ChatView,
        from: Person,
        text: String,
        /// The neutral placeholder's label ("Foto"), never an image.
        attachment: Option<(Attachment, String)>,
    },
    /// The player becomes someone else: "Nu ben jij Noor", then the node's text.
    Switch {
        to: Person,
        title: String,
        text: String,
    },
    Choice {
        question: String,
        options: Vec<OptionView>,
    },
    Reflection(ReflectionView),
    Ending {
        title: String,
        takeaway: String,
        help: Vec<HelpView>,
    },
}

/// A character as shown: name, avatar, and whether the player plays them here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub index: usize,
    pub name: String,
    pub initials: String,
    pub color: [u8; 3],
    pub played: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatView {
    pub index: usize,
    pub name: String,
    pub kind: ChatKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionView {
    pub id: String,
    pub label: String,
    pub risky: bool,
}

/// A reflection question with everything its form shows. `starter` is for the worker and
/// never shown to the player.
#[derive(Debug, Clone, PartialEq)]
pub struct ReflectionView {
    pub question: String,
    pub hint: Option<String>,
    pub starter: Option<String>,
    pub form: Form,
}

/// A word of the format's fixed vocabulary (a feeling, flag or criterion) with its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<K> {
    pub key: K,
    pub label: String,
    /// The one-line explanation flags and criteria carry.
    pub about: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Form {
    Open {
        min_length: u32,
        purpose: Purpose,
    },
    Ruler {
        low: String,
        high: String,
        followup: String,
    },
    Feelings {
        feelings: Vec<Word<Feeling>>,
        multiple: bool,
        free_text: bool,
    },
    Flag {
        flags: Vec<Word<Flag>>,
        criteria: Vec<Word<Criterion>>,
        /// The reference answer, shown after answering.
        reference: Flag,
        violated: Vec<Criterion>,
        explanation: String,
    },
    Quiz {
        /// (option id, its text)
        options: Vec<(String, String)>,
        correct: usize,
        explanation: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpView {
    pub help: Help,
    pub name: String,
    pub about: String,
    pub contact: String,
}

/// A line of the chat history: a node that was shown, or what the player chose.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    Shown(View),
    Chose { node: String, label: String },
}

/// Turns nodes into views in one language, for one player.
pub struct Viewer<'a> {
    locales: &'a Locales,
    chain: &'a LangChain,
    player: &'a str,
}

impl<'a> Viewer<'a> {
    pub fn new(locales: &'a Locales, chain: &'a LangChain, player: &'a str) -> Self {
        Viewer {
            locales,
            chain,
            player,
        }
    }

    /// A scenario's text with `vars`, never empty: a missing text shows the placeholder.
    pub fn text(&self, scenario: &Scenario, key: &MessageKey, vars: &[Value]) -> String {
        let args = story_args(self.player, named(scenario, vars));
        self.locales
            .text(self.chain, &scenario.id, key, Some(&args))
            .trim()
            .to_string()
    }

    fn optional(&self, scenario: &Scenario, key: &MessageKey, vars: &[Value]) -> Option<String> {
        let args = story_args(self.player, named(scenario, vars));
        self.locales
            .format(self.chain, &scenario.id, key, Some(&args))
            .map(|t| t.trim().to_string())
    }

    fn ui(&self, id: &str) -> String {
        self.locales.ui(self.chain, id, None)
    }

    fn attr(&self, s: &Scenario, node: &str, attr: &str, vars: &[Value]) -> String {
        self.text(s, &MessageKey::attr(node, attr), vars)
    }

    /// The scenario's name on the overview and at the top of the screen.
    pub fn title(&self, scenario: &Scenario) -> String {
        self.text(scenario, &MessageKey::new("scenario-title"), &[])
    }

    /// The one sentence under the name on the overview.
    pub fn summary(&self, scenario: &Scenario) -> String {
        self.text(scenario, &MessageKey::new("scenario-summary"), &[])
    }

    pub fn person(&self, scenario: &Scenario, index: usize, perspective: usize) -> Person {
        let c = &scenario.characters[index];
        let name = self.text(scenario, &character_key(&c.id), &[]);
        let initials = c
            .initials
            .clone()
            .unwrap_or_else(|| name.chars().take(1).collect::<String>().to_uppercase());
        Person {
            index,
            name,
            initials,
            color: c.color,
            played: index == perspective,
        }
    }

    /// Where the run stands now; `None` once it is finished.
    pub fn now(&self, run: &Run) -> Option<View> {
        let offered: Vec<String> = match run.step() {
            Step::Finished(_) => return None,
            Step::Choose(_, options) => options.iter().map(|o| o.id.clone()).collect(),
            _ => Vec::new(),
        };
        let s = run.scenario();
        let idx = s.node_index(&run.node().id)?;
        self.node(s, idx, run.vars(), run.perspective(), &offered)
    }

    /// Node `idx` of `scenario` with the variables `vars`, as seen by the character at
    /// `perspective`; for a choice, `offered` lists the option ids on offer. Jumps and random
    /// branches are never shown, so they have no view.
    pub fn node(
        &self,
        s: &Scenario,
        idx: NodeIdx,
        vars: &[Value],
        perspective: usize,
        offered: &[String],
    ) -> Option<View> {
        let node = s.node(idx);
        let id = node.id.as_str();
        let text = || self.text(s, &MessageKey::new(id), vars);
        let shown = match &node.kind {
            NodeKind::Jump { .. } | NodeKind::Random { .. } => return None,
            NodeKind::Narration { .. } => Shown::Narration { text: text() },
            NodeKind::Thought { .. } => Shown::Thought { text: text() },
            NodeKind::Message {
                chat,
                from,
                attachment,
                ..
            } => Shown::Message {
                chat: ChatView {
                    index: *chat,
                    name: self.text(s, &chat_key(&s.chats[*chat].id), vars),
                    kind: s.chats[*chat].kind,
                },
                from: self.person(s, *from, perspective),
                text: text(),
                attachment: attachment.map(|a| (a, self.ui(&format!("attachment-{}", a.key())))),
            },
            NodeKind::Switch { to, .. } => {
                let to = self.person(s, *to, *to);
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("name", to.name.clone());
                Shown::Switch {
                    title: self.locales.ui(self.chain, "switch-title", Some(&args)),
                    to,
                    text: text(),
                }
            }
            NodeKind::Choice { options } => Shown::Choice {
                question: text(),
                options: offered
                    .iter()
                    .filter_map(|o| options.iter().find(|x| &x.id == o))
                    .map(|o| OptionView {
                        id: o.id.clone(),
                        label: self.attr(s, id, &o.id, vars),
                        risky: o.risky,
                    })
                    .collect(),
            },
            NodeKind::Ending { help } => Shown::Ending {
                title: self.attr(s, id, "title", vars),
                takeaway: text(),
                help: help.iter().map(|h| self.help(*h)).collect(),
            },
            kind => Shown::Reflection(ReflectionView {
                question: text(),
                hint: self.optional(s, &MessageKey::attr(id, "hint"), vars),
                starter: self.optional(s, &MessageKey::attr(id, "starter"), vars),
                form: self.form(s, id, kind, vars),
            }),
        };
        Some(View {
            node: id.to_string(),
            shown,
        })
    }

    fn form(&self, s: &Scenario, id: &str, kind: &NodeKind, vars: &[Value]) -> Form {
        let attr = |a: &str| self.attr(s, id, a, vars);
        match kind {
            NodeKind::Ruler { .. } => Form::Ruler {
                low: attr("low"),
                high: attr("high"),
                followup: attr("followup"),
            },
            NodeKind::Feelings {
                feelings,
                multiple,
                free_text,
                ..
            } => Form::Feelings {
                feelings: feelings.iter().map(|f| self.feeling(*f)).collect(),
                multiple: *multiple,
                free_text: *free_text,
            },
            NodeKind::FlagJudgement { flag, violated, .. } => Form::Flag {
                flags: Flag::ALL.iter().map(|f| self.flag(*f)).collect(),
                criteria: Criterion::ALL.iter().map(|c| self.criterion(*c)).collect(),
                reference: *flag,
                violated: violated.clone(),
                explanation: attr("explanation"),
            },
            NodeKind::Quiz {
                options, correct, ..
            } => Form::Quiz {
                options: options.iter().map(|o| (o.clone(), attr(o))).collect(),
                correct: *correct,
                explanation: attr("explanation"),
            },
            NodeKind::OpenQuestion {
                min_length,
                purpose,
                ..
            } => Form::Open {
                min_length: *min_length,
                purpose: *purpose,
            },
            _ => Form::Open {
                min_length: 0,
                purpose: Purpose::Reflection,
            },
        }
    }

    pub fn feeling(&self, f: Feeling) -> Word<Feeling> {
        Word {
            key: f,
            label: self.ui(&format!("feeling-{}", f.key())),
            about: None,
        }
    }

    pub fn flag(&self, f: Flag) -> Word<Flag> {
        Word {
            key: f,
            label: self.ui(&format!("flag-{}", f.key())),
            about: Some(self.ui(&format!("flag-{}.about", f.key()))),
        }
    }

    pub fn criterion(&self, c: Criterion) -> Word<Criterion> {
        Word {
            key: c,
            label: self.ui(&format!("criterion-{}", c.key())),
            about: Some(self.ui(&format!("criterion-{}.about", c.key()))),
        }
    }

    pub fn help(&self, h: Help) -> HelpView {
        let key = format!("help-{}", h.key());
        HelpView {
            help: h,
            name: self.ui(&key),
            about: self.ui(&format!("{key}.about")),
            contact: self.ui(&format!("{key}.contact")),
        }
    }

    /// The chat history of `run` up to now: every node shown, and what the player chose,
    /// with today's variables (the screen shows the history as it reads now).
    pub fn history(&self, run: &Run) -> Vec<Entry> {
        let s = run.scenario();
        let mut perspective = s.perspectives.first().copied().unwrap_or(0);
        let mut out = Vec::new();
        for event in &run.transcript().events {
            match &event.kind {
                EventKind::Shown { node, offered } => {
                    let Some(idx) = s.node_index(node) else {
                        continue;
                    };
                    if let NodeKind::Switch { to, .. } = s.node(idx).kind {
                        perspective = to;
                    }
                    out.extend(
                        self.node(s, idx, run.vars(), perspective, offered)
                            .map(Entry::Shown),
                    );
                }
                EventKind::Chose { node, option } => out.push(Entry::Chose {
                    node: node.clone(),
                    label: self.text(s, &MessageKey::attr(node, option), run.vars()),
                }),
                _ => {}
            }
        }
        out
    }
}

fn named<'s>(scenario: &'s Scenario, vars: &'s [Value]) -> impl Iterator<Item = (&'s str, Value)> {
    scenario
        .variables
        .iter()
        .map(|v| v.id.as_str())
        .zip(vars.iter().copied())
}

impl View {
    /// The text a screen reader or read-aloud gives this moment, in reading order: who speaks
    /// and what, the question and each numbered option, the ending with its help.
    pub fn speech(&self) -> Vec<String> {
        match &self.shown {
            Shown::Narration { text } | Shown::Thought { text } => vec![text.clone()],
            Shown::Message {
                from,
                text,
                attachment,
                ..
            } => {
                let mut out = vec![format!("{}: {text}", from.name)];
                out.extend(attachment.iter().map(|(_, label)| label.clone()));
                out
            }
            Shown::Switch { title, text, .. } => vec![title.clone(), text.clone()],
            Shown::Choice { question, options } => std::iter::once(question.clone())
                .chain(
                    options
                        .iter()
                        .enumerate()
                        .map(|(i, o)| format!("{}. {}", i + 1, o.label)),
                )
                .collect(),
            Shown::Reflection(r) => std::iter::once(r.question.clone())
                .chain(r.hint.clone())
                .collect(),
            Shown::Ending {
                title,
                takeaway,
                help,
            } => {
                let mut out = vec![title.clone(), takeaway.clone()];
                out.extend(
                    help.iter()
                        .map(|h| format!("{}. {} {}", h.name, h.about, h.contact)),
                );
                out
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use fluent_bundle::FluentResource;

    use super::*;
    use crate::compile::compile_str;

    const MINI: &str = include_str!("testdata/mini.ron");
    const NL: &str = "scenario-title = Mini\ncharacter-sem = Sem\ncharacter-noor = Noor\nchat-klas = Klas 2B\n\
        begin = Het is avond, { $player }.\nfoto = Kijk dan.\nkeuze = Wat doe je?\n    .door = Doorsturen.\n    .wis = Wissen.\n\
        wissel = De volgende dag.\nvraag = Hoe voelt Noor zich?\n    .hint = Schrijf maar.\n    .starter = { $doorgestuurd ->\n        [true] Je stuurde hem door.\n       *[false] Je wiste hem.\n    }\n\
        einde = Denk na.\n    .title = Einde\n";
    const UI: &str = "switch-title = Nu ben jij { $name }\nattachment-photo = Foto\ntext-missing = (ontbreekt)\n\
        help-helpwanted = Helpwanted\n    .about = Advies.\n    .contact = helpwanted.nl\n";

    fn locales() -> Locales {
        let mut l = Locales::default();
        l.add(
            "nl",
            "mini",
            Arc::new(FluentResource::try_new(NL.into()).unwrap()),
        );
        l.add(
            "nl",
            "ui",
            Arc::new(FluentResource::try_new(UI.into()).unwrap()),
        );
        l
    }

    fn walk(run: &mut Run, to: &str) {
        while run.node().id != to {
            match run.step() {
                Step::Choose(..) => run.choose("door", 0).unwrap(),
                _ => run.advance(0).unwrap(),
            }
        }
    }

    #[test]
    fn every_moment_has_its_text_and_speech() {
        let l = locales();
        let chain = l.negotiate(&["nl"]);
        let v = Viewer::new(&l, &chain, "Sam");
        let s = Arc::new(compile_str(MINI, "mini"));
        let mut run = Run::start(Arc::clone(&s), "h", 1, 0).unwrap();
        let now = v.now(&run).unwrap();
        assert_eq!(now.speech(), ["Het is avond, Sam."]);
        run.advance(0).unwrap();
        let foto = v.now(&run).unwrap();
        let Shown::Message {
            from, attachment, ..
        } = &foto.shown
        else {
            panic!("{foto:?}")
        };
        assert!(!from.played, "Noor sends it; the player is Sem");
        assert_eq!(attachment.as_ref().unwrap().1, "Foto");
        assert_eq!(foto.speech(), ["Noor: Kijk dan.", "Foto"]);
        run.advance(0).unwrap();
        assert_eq!(
            v.now(&run).unwrap().speech(),
            ["Wat doe je?", "1. Doorsturen.", "2. Wissen."]
        );
        walk(&mut run, "wissel");
        assert_eq!(
            v.now(&run).unwrap().speech(),
            ["Nu ben jij Noor", "De volgende dag."]
        );
        walk(&mut run, "vraag");
        let Shown::Reflection(r) = v.now(&run).unwrap().shown else {
            panic!()
        };
        assert_eq!(r.hint.as_deref(), Some("Schrijf maar."));
        assert_eq!(
            r.starter.as_deref(),
            Some("Je stuurde hem door."),
            "the starter follows the run's variables"
        );
        let history = v.history(&run);
        assert!(history.contains(&Entry::Chose {
            node: "keuze".into(),
            label: "Doorsturen.".into()
        }));
    }
}
