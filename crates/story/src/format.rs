//! The scenario file format as authors write it (`scenarios/<id>.ron`).
//!
//! These types mirror the RON text one to one; `docs/scenario-format.md` documents every
//! field. They hold structure only: every word a player sees lives in Fluent files. The
//! validator (`story::validate`) turns a [`ScenarioFile`] into a checked
//! [`crate::Scenario`] with resolved references.

use serde::{Deserialize, Serialize};

/// One scenario file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Scenario")]
pub struct ScenarioFile {
    /// Unique id; must equal the file name without `.ron`.
    pub id: String,
    pub themes: Vec<Theme>,
    /// Estimated minutes of play, shown on the overview.
    pub minutes: u32,
    /// Characters the player plays, the first one at the start.
    pub perspectives: Vec<String>,
    pub characters: Vec<CharacterDef>,
    #[serde(default)]
    pub chats: Vec<ChatDef>,
    #[serde(default)]
    pub variables: Vec<VariableDef>,
    /// Id of the first node.
    pub start: String,
    pub nodes: Vec<NodeDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Character")]
pub struct CharacterDef {
    pub id: String,
    /// Avatar colour as `#rrggbb`.
    pub color: String,
    /// Avatar initials; by default the first letter of the display name.
    #[serde(default)]
    pub initials: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Chat")]
pub struct ChatDef {
    pub id: String,
    pub kind: ChatKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum ChatKind {
    /// A group chat: sender names are shown above bubbles.
    Group,
    /// A direct message between two people.
    Direct,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Variable")]
pub struct VariableDef {
    pub id: String,
    pub default: Literal,
}

/// A typed literal: `true`, `false` or a whole number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(untagged)]
pub enum Literal {
    Bool(bool),
    Int(i64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
pub enum Theme {
    PeerPressure,
    Consent,
    VictimPerspective,
    ShameSexting,
    ProfileMisuse,
    SexualInsults,
    Sextortion,
    Stereotypes,
    FlagSystem,
    Law,
    Help,
    Apology,
    Parents,
}

impl Theme {
    pub const ALL: [Theme; 13] = [
        Theme::PeerPressure,
        Theme::Consent,
        Theme::VictimPerspective,
        Theme::ShameSexting,
        Theme::ProfileMisuse,
        Theme::SexualInsults,
        Theme::Sextortion,
        Theme::Stereotypes,
        Theme::FlagSystem,
        Theme::Law,
        Theme::Help,
        Theme::Apology,
        Theme::Parents,
    ];

    /// The suffix of this theme's message in `ui.ftl` (`theme-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Theme::PeerPressure => "peer-pressure",
            Theme::Consent => "consent",
            Theme::VictimPerspective => "victim-perspective",
            Theme::ShameSexting => "shame-sexting",
            Theme::ProfileMisuse => "profile-misuse",
            Theme::SexualInsults => "sexual-insults",
            Theme::Sextortion => "sextortion",
            Theme::Stereotypes => "stereotypes",
            Theme::FlagSystem => "flag-system",
            Theme::Law => "law",
            Theme::Help => "help",
            Theme::Apology => "apology",
            Theme::Parents => "parents",
        }
    }
}

/// Something attached to a chat message; the game shows a neutral, blurred placeholder,
/// never an image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum Attachment {
    Photo,
    Video,
    Screenshot,
    Link,
}

impl Attachment {
    /// The name in `ui.ftl`: `attachment-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            Attachment::Photo => "photo",
            Attachment::Video => "video",
            Attachment::Screenshot => "screenshot",
            Attachment::Link => "link",
        }
    }
}

/// Help resources an ending can show. Names, numbers and addresses live in `ui.ftl`
/// (`help-<key>`), so they are checked in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
pub enum Help {
    Helpwanted,
    Meldknop,
    Offlimits,
    Kindertelefoon,
    Politie,
    Emergency112,
    Suicide113,
    Fier,
    Mentor,
}

impl Help {
    pub const ALL: [Help; 9] = [
        Help::Helpwanted,
        Help::Meldknop,
        Help::Offlimits,
        Help::Kindertelefoon,
        Help::Politie,
        Help::Emergency112,
        Help::Suicide113,
        Help::Fier,
        Help::Mentor,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Help::Helpwanted => "helpwanted",
            Help::Meldknop => "meldknop",
            Help::Offlimits => "offlimits",
            Help::Kindertelefoon => "kindertelefoon",
            Help::Politie => "politie",
            Help::Emergency112 => "emergency-112",
            Help::Suicide113 => "suicide-113",
            Help::Fier => "fier",
            Help::Mentor => "mentor",
        }
    }
}

/// What an open answer is for: the report shows an apology draft and questions for the
/// worker in their own places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
pub enum Purpose {
    /// A reflection like any other.
    #[default]
    Reflection,
    /// A draft of an apology (a letter, a message) in the player's own words.
    Apology,
    /// A question or remark the player wants to bring to the worker.
    ForWorker,
    /// An optional bridge to the player's own case: what happened to them, without names.
    /// The game offers to skip it, and the report shows it on its own.
    OwnSituation,
}

/// The shared vocabulary of feeling words (text in `ui.ftl` as `feeling-<key>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
pub enum Feeling {
    Ashamed,
    Angry,
    Scared,
    Sad,
    Lonely,
    Powerless,
    Guilty,
    Regret,
    Hurt,
    Unsure,
    Confused,
    Relieved,
    Proud,
    Calm,
    Indifferent,
}

impl Feeling {
    pub const ALL: [Feeling; 15] = [
        Feeling::Ashamed,
        Feeling::Angry,
        Feeling::Scared,
        Feeling::Sad,
        Feeling::Lonely,
        Feeling::Powerless,
        Feeling::Guilty,
        Feeling::Regret,
        Feeling::Hurt,
        Feeling::Unsure,
        Feeling::Confused,
        Feeling::Relieved,
        Feeling::Proud,
        Feeling::Calm,
        Feeling::Indifferent,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Feeling::Ashamed => "ashamed",
            Feeling::Angry => "angry",
            Feeling::Scared => "scared",
            Feeling::Sad => "sad",
            Feeling::Lonely => "lonely",
            Feeling::Powerless => "powerless",
            Feeling::Guilty => "guilty",
            Feeling::Regret => "regret",
            Feeling::Hurt => "hurt",
            Feeling::Unsure => "unsure",
            Feeling::Confused => "confused",
            Feeling::Relieved => "relieved",
            Feeling::Proud => "proud",
            Feeling::Calm => "calm",
            Feeling::Indifferent => "indifferent",
        }
    }
}

/// The four flags of the flag system (vlaggensysteem).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
pub enum Flag {
    Green,
    Yellow,
    Red,
    Black,
}

impl Flag {
    pub const ALL: [Flag; 4] = [Flag::Green, Flag::Yellow, Flag::Red, Flag::Black];

    pub fn key(self) -> &'static str {
        match self {
            Flag::Green => "green",
            Flag::Yellow => "yellow",
            Flag::Red => "red",
            Flag::Black => "black",
        }
    }

    /// Distance on the scale green → black, used to spot judgements far from the reference.
    pub fn distance(self, other: Flag) -> u8 {
        (self as u8).abs_diff(other as u8)
    }
}

/// The six criteria of the flag system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
pub enum Criterion {
    Consent,
    Voluntariness,
    Equality,
    AgeAppropriate,
    ContextAppropriate,
    SelfRespect,
}

impl Criterion {
    pub const ALL: [Criterion; 6] = [
        Criterion::Consent,
        Criterion::Voluntariness,
        Criterion::Equality,
        Criterion::AgeAppropriate,
        Criterion::ContextAppropriate,
        Criterion::SelfRespect,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Criterion::Consent => "consent",
            Criterion::Voluntariness => "voluntariness",
            Criterion::Equality => "equality",
            Criterion::AgeAppropriate => "age-appropriate",
            Criterion::ContextAppropriate => "context-appropriate",
            Criterion::SelfRespect => "self-respect",
        }
    }
}

/// One node of the scenario graph.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Node")]
pub enum NodeDef {
    /// A line of story told by the narrator.
    Narration { id: String, next: String },
    /// A chat message from a character in a named chat.
    Message {
        id: String,
        chat: String,
        from: String,
        #[serde(default)]
        attachment: Option<Attachment>,
        next: String,
    },
    /// What the character the player plays thinks.
    Thought { id: String, next: String },
    /// The player now plays another character ("Nu ben jij Daan").
    Switch {
        id: String,
        to: String,
        next: String,
    },
    /// The player picks one of 2–4 options.
    Choice { id: String, options: Vec<OptionDef> },
    /// A conditional jump: the first branch whose condition holds, else `otherwise`.
    Jump {
        id: String,
        branches: Vec<BranchDef>,
        otherwise: String,
    },
    /// A weighted random branch, drawn from the run's seed.
    Random {
        id: String,
        outcomes: Vec<OutcomeDef>,
    },
    /// The end of the scenario: a take-away and where to get help.
    Ending { id: String, help: Vec<Help> },
    /// Reflection: an open question answered in the player's own words.
    OpenQuestion {
        id: String,
        #[serde(default)]
        min_length: Option<u32>,
        /// What the answer is for in the report; a reflection unless said otherwise.
        #[serde(default)]
        purpose: Purpose,
        next: String,
    },
    /// Reflection: a 0–10 ruler with end labels and a follow-up open question.
    Ruler { id: String, next: String },
    /// Reflection: pick feelings from a list, plus optional free text.
    Feelings {
        id: String,
        feelings: Vec<Feeling>,
        #[serde(default = "yes")]
        multiple: bool,
        #[serde(default = "yes")]
        free_text: bool,
        next: String,
    },
    /// Reflection: judge a situation with a flag and mark violated criteria.
    FlagJudgement {
        id: String,
        flag: Flag,
        violated: Vec<Criterion>,
        next: String,
    },
    /// Reflection: a knowledge check (multiple choice with explanation).
    Quiz {
        id: String,
        options: Vec<String>,
        correct: String,
        next: String,
    },
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Option")]
pub struct OptionDef {
    pub id: String,
    /// Condition under which the option is offered.
    #[serde(default)]
    pub when: Option<String>,
    /// Effects applied when the option is chosen, such as `"forwarded = true"`.
    #[serde(default)]
    pub effects: Vec<String>,
    /// Marks the option the report lists as a point to discuss when it is taken.
    #[serde(default)]
    pub risky: bool,
    pub goto: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Branch")]
pub struct BranchDef {
    pub when: String,
    pub goto: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Outcome")]
pub struct OutcomeDef {
    pub weight: u32,
    #[serde(default)]
    pub effects: Vec<String>,
    pub goto: String,
}

impl NodeDef {
    pub fn id(&self) -> &str {
        match self {
            NodeDef::Narration { id, .. }
            | NodeDef::Message { id, .. }
            | NodeDef::Thought { id, .. }
            | NodeDef::Switch { id, .. }
            | NodeDef::Choice { id, .. }
            | NodeDef::Jump { id, .. }
            | NodeDef::Random { id, .. }
            | NodeDef::Ending { id, .. }
            | NodeDef::OpenQuestion { id, .. }
            | NodeDef::Ruler { id, .. }
            | NodeDef::Feelings { id, .. }
            | NodeDef::FlagJudgement { id, .. }
            | NodeDef::Quiz { id, .. } => id,
        }
    }

    /// A question for the player to think about, whose answer the worker reads.
    pub fn is_reflection(&self) -> bool {
        matches!(
            self,
            NodeDef::OpenQuestion { .. }
                | NodeDef::Ruler { .. }
                | NodeDef::Feelings { .. }
                | NodeDef::FlagJudgement { .. }
                | NodeDef::Quiz { .. }
        )
    }
}

/// Parses the text of a scenario file. Optional fields take their value without `Some(…)`.
pub fn parse_ron(source: &str) -> Result<ScenarioFile, ron::error::SpannedError> {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(source)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optional_fields_need_no_some_and_defaults_apply() {
        let src = r##"Scenario(
            id: "x", themes: [Law], minutes: 1, perspectives: ["a"],
            characters: [(id: "a", color: "#000000", initials: "A")],
            variables: [(id: "n", default: 0), (id: "b", default: true)],
            start: "s",
            nodes: [
                Message(id: "s", chat: "c", from: "a", attachment: Video, next: "f"),
                Feelings(id: "f", feelings: [Sad, Calm], next: "e"),
                Ending(id: "e", help: [Fier]),
            ],
        )"##;
        let f = parse_ron(src).unwrap();
        assert!(f.chats.is_empty());
        assert_eq!(f.variables[0].default, Literal::Int(0));
        assert_eq!(f.variables[1].default, Literal::Bool(true));
        assert_eq!(f.characters[0].initials.as_deref(), Some("A"));
        let NodeDef::Message { attachment, .. } = &f.nodes[0] else {
            panic!()
        };
        assert_eq!(*attachment, Some(Attachment::Video));
        let NodeDef::Feelings {
            multiple,
            free_text,
            ..
        } = &f.nodes[1]
        else {
            panic!()
        };
        assert!(*multiple && *free_text);
    }

    #[test]
    fn unknown_fields_are_rejected_with_a_position() {
        let err = parse_ron("Scenario(id: \"x\", colour: 1)").unwrap_err();
        assert!(matches!(
            err.code,
            ron::error::Error::NoSuchStructField { .. }
        ));
        assert_eq!(err.span.start.line, 1);
    }

    #[test]
    fn flag_distance_follows_the_scale() {
        assert_eq!(Flag::Green.distance(Flag::Black), 3);
        assert_eq!(Flag::Red.distance(Flag::Yellow), 1);
    }
}
