//! Localised text: Fluent bundles per language and file, language negotiation with
//! fallback to Dutch, and lookups that never show a raw message id to a player.
//!
//! Files: `locales/<lang>/<scenario-id>.ftl` for a scenario's text and
//! `locales/<lang>/ui.ftl` for the game's own words. Message ids in a scenario file follow
//! the convention of [`crate::Scenario::text_needs`].

use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use super::expr::Value;
use super::scenario::MessageKey;

/// Dutch is the source language and the last fallback.
pub const SOURCE_LANGUAGE: &str = "nl";

/// The file key of the game's own texts.
pub const UI_FILE: &str = "ui";

/// Variables the game gives to every message, besides the scenario's own variables.
pub const GAME_VARIABLES: [&str; 1] = ["player"];

/// Shown when a text is missing in every language; the checker prevents this in shipped
/// content, and a player should be able to carry on.
const LAST_RESORT: &str = "…";

type Bundle = FluentBundle<Arc<FluentResource>>;

/// All bundles of a library, keyed by language and file (`ui` or a scenario id).
#[derive(Default)]
pub struct Locales {
    languages: Vec<String>,
    bundles: HashMap<(String, String), Bundle>,
    /// The parsed files, for the tools that look at the text itself (`i18n`).
    resources: HashMap<(String, String), Arc<FluentResource>>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales")
            .field("languages", &self.languages)
            .field("files", &self.bundles.len())
            .finish()
    }
}

/// A negotiated list of languages to try in order; always ends with the source language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangChain(Vec<String>);

impl LangChain {
    pub fn primary(&self) -> &str {
        &self.0[0]
    }

    pub fn languages(&self) -> &[String] {
        &self.0
    }
}

impl Locales {
    /// Adds a parsed resource. Entries that clash with an earlier one are ignored (the
    /// checker reports them).
    pub fn add(&mut self, lang: &str, file: &str, resource: Arc<FluentResource>) {
        let key = (lang.to_string(), file.to_string());
        self.resources.insert(key.clone(), Arc::clone(&resource));
        let bundle = self.bundles.entry(key).or_insert_with(|| {
            let id: LanguageIdentifier = lang.parse().unwrap_or_default();
            let mut b = FluentBundle::new_concurrent(vec![id]);
            // Unicode isolation marks show up as boxes in some fonts; our arguments are
            // short names and numbers.
            b.set_use_isolating(false);
            b
        });
        bundle.add_resource_overriding(resource);
        if !self.languages.iter().any(|l| l == lang) {
            self.languages.push(lang.to_string());
            self.languages
                .sort_by_key(|l| (l != SOURCE_LANGUAGE, l.clone()));
        }
    }

    /// A text file as parsed: `file` is a scenario id or `ui`.
    pub fn resource(&self, lang: &str, file: &str) -> Option<&FluentResource> {
        self.resources
            .get(&(lang.to_string(), file.to_string()))
            .map(|r| r.as_ref())
    }

    /// The text files of `lang`: scenario ids and `ui`, sorted.
    pub fn files(&self, lang: &str) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .resources
            .keys()
            .filter(|(l, _)| l == lang)
            .map(|(_, f)| f.as_str())
            .collect();
        out.sort_unstable();
        out
    }

    /// Languages that have any text, the source language first.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// Picks the best available languages for what the player or worker asked for.
    pub fn negotiate(&self, requested: &[&str]) -> LangChain {
        let requested: Vec<LanguageIdentifier> =
            requested.iter().filter_map(|r| r.parse().ok()).collect();
        let available: Vec<LanguageIdentifier> = self
            .languages
            .iter()
            .filter_map(|l| l.parse().ok())
            .collect();
        let default: LanguageIdentifier = SOURCE_LANGUAGE.parse().unwrap_or_default();
        let mut chain: Vec<String> = negotiate_languages(
            &requested,
            &available,
            Some(&default),
            NegotiationStrategy::Filtering,
        )
        .into_iter()
        .map(|l| l.to_string())
        .collect();
        if !chain.iter().any(|l| l == SOURCE_LANGUAGE) {
            chain.push(SOURCE_LANGUAGE.to_string());
        }
        LangChain(chain)
    }

    pub fn has(&self, lang: &str, file: &str, key: &MessageKey) -> bool {
        self.pattern_of(lang, file, key).is_some()
    }

    fn pattern_of(
        &self,
        lang: &str,
        file: &str,
        key: &MessageKey,
    ) -> Option<(&Bundle, &fluent_syntax::ast::Pattern<&str>)> {
        let bundle = self.bundles.get(&(lang.to_string(), file.to_string()))?;
        let msg = bundle.get_message(&key.id)?;
        let pattern = match &key.attr {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        Some((bundle, pattern))
    }

    /// Formats a message from the first language in `chain` that has it.
    pub fn format(
        &self,
        chain: &LangChain,
        file: &str,
        key: &MessageKey,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        chain.0.iter().find_map(|lang| {
            let (bundle, pattern) = self.pattern_of(lang, file, key)?;
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned(),
            )
        })
    }

    /// Text for a player: falls back along the chain, then to a friendly placeholder.
    pub fn text(
        &self,
        chain: &LangChain,
        file: &str,
        key: &MessageKey,
        args: Option<&FluentArgs>,
    ) -> String {
        self.format(chain, file, key, args).unwrap_or_else(|| {
            self.format(chain, UI_FILE, &MessageKey::new("text-missing"), None)
                .unwrap_or_else(|| LAST_RESORT.to_string())
        })
    }

    /// A text of the game itself (`ui.ftl`).
    pub fn ui(&self, chain: &LangChain, id: &str, args: Option<&FluentArgs>) -> String {
        let key = match id.split_once('.') {
            Some((id, attr)) => MessageKey::attr(id, attr),
            None => MessageKey::new(id),
        };
        self.text(chain, UI_FILE, &key, args)
    }
}

/// Arguments for a scenario message: the player's name and the scenario's variables.
pub fn story_args<'a>(
    player: &'a str,
    variables: impl IntoIterator<Item = (&'a str, Value)>,
) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    args.set("player", FluentValue::from(player));
    for (name, value) in variables {
        match value {
            Value::Bool(b) => args.set(name, FluentValue::from(if b { "true" } else { "false" })),
            Value::Int(i) => args.set(name, FluentValue::from(i)),
        }
    }
    args
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales() -> Locales {
        let mut l = Locales::default();
        let nl = "hello = Hallo { $player }!\nonly-nl = Alleen Nederlands\nq = Vraag\n    .starter = Vraag het\ntext-missing = (tekst ontbreekt)\n";
        let en = "hello = Hello { $player }!\nq = Question\n";
        l.add(
            "nl",
            "s",
            Arc::new(FluentResource::try_new(nl.into()).unwrap()),
        );
        l.add(
            "en",
            "s",
            Arc::new(FluentResource::try_new(en.into()).unwrap()),
        );
        l.add(
            "nl",
            "ui",
            Arc::new(FluentResource::try_new("text-missing = (tekst ontbreekt)\n".into()).unwrap()),
        );
        l
    }

    #[test]
    fn negotiates_with_dutch_as_fallback() {
        let l = locales();
        assert_eq!(l.languages(), ["nl", "en"]);
        assert_eq!(l.negotiate(&["en-GB"]).languages(), ["en", "nl"]);
        assert_eq!(l.negotiate(&["de"]).languages(), ["nl"]);
        assert_eq!(l.negotiate(&["not a tag!"]).primary(), "nl");
    }

    #[test]
    fn falls_back_and_never_shows_ids() {
        let l = locales();
        let en = l.negotiate(&["en"]);
        let args = story_args("Sam", []);
        assert_eq!(
            l.text(&en, "s", &MessageKey::new("hello"), Some(&args)),
            "Hello Sam!"
        );
        assert_eq!(
            l.text(&en, "s", &MessageKey::new("only-nl"), None),
            "Alleen Nederlands"
        );
        assert_eq!(
            l.text(&en, "s", &MessageKey::attr("q", "starter"), None),
            "Vraag het"
        );
        let missing = l.text(&en, "s", &MessageKey::new("nowhere"), None);
        assert_eq!(missing, "(tekst ontbreekt)");
        let empty = Locales::default();
        assert_eq!(
            empty.text(&en, "s", &MessageKey::new("nowhere"), None),
            LAST_RESORT
        );
    }
}
