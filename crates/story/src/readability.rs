//! Readability of a scenario's text per language: average words per sentence and the share
//! of long words. CONTENT.md asks for plain language at B1 or simpler, sentences of at most
//! about 12 words; `check` warns above that.

use serde::Serialize;

use super::locale::{LangChain, Locales, story_args};
use super::scenario::{Anchor, Scenario};

/// The average sentence length above which `check` warns.
pub const MAX_WORDS_PER_SENTENCE: f64 = 12.0;

/// A word of more than this many letters counts as long (as in the LIX index).
pub const LONG_WORD_LETTERS: usize = 6;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Readability {
    pub scenario: String,
    pub language: String,
    pub sentences: usize,
    pub words: usize,
    pub long_words: usize,
}

impl Readability {
    pub fn words_per_sentence(&self) -> f64 {
        if self.sentences == 0 {
            0.0
        } else {
            self.words as f64 / self.sentences as f64
        }
    }

    /// Long words as a percentage of all words.
    pub fn long_word_share(&self) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            self.long_words as f64 * 100.0 / self.words as f64
        }
    }

    pub fn too_long(&self) -> bool {
        self.words_per_sentence() > MAX_WORDS_PER_SENTENCE
    }
}

/// Counts sentences, words and long words in `text`. A sentence ends at `.`, `!`, `?` or a
/// line break; emoji and punctuation are not words.
pub fn count(text: &str, acc: &mut Readability) {
    for sentence in text.split(['.', '!', '?', '\n']) {
        let words: Vec<&str> = sentence
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.chars().any(char::is_alphabetic))
            .collect();
        if words.is_empty() {
            continue;
        }
        acc.sentences += 1;
        acc.words += words.len();
        acc.long_words += words
            .iter()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > LONG_WORD_LETTERS)
            .count();
    }
}

/// Everything the player reads in `scenario` in `lang`, as shown with default variables.
/// Conversation starters are for the worker and are left out.
pub fn measure(scenario: &Scenario, locales: &Locales, lang: &str) -> Readability {
    let chain: LangChain = locales.negotiate(&[lang]);
    let mut acc = Readability {
        scenario: scenario.id.clone(),
        language: lang.to_string(),
        sentences: 0,
        words: 0,
        long_words: 0,
    };
    let vars = scenario
        .variables
        .iter()
        .map(|v| (v.id.as_str(), v.default));
    let args = story_args("Sam", vars);
    for need in scenario.text_needs() {
        if need.key.attr.as_deref() == Some("starter") || need.key.id.starts_with("character-") {
            continue;
        }
        // Only text in this language counts: a fallback to Dutch would blur the figure.
        if !locales.has(lang, &scenario.id, &need.key) {
            continue;
        }
        if let Some(text) = locales.format(&chain, &scenario.id, &need.key, Some(&args)) {
            count(&text, &mut acc);
        }
    }
    acc
}

/// What the player reads at each node in the first language of `chain`, with default
/// variables: the node's text, its options and its other attributes (not the starter).
pub fn node_texts(scenario: &Scenario, locales: &Locales, chain: &LangChain) -> Vec<String> {
    let vars = scenario
        .variables
        .iter()
        .map(|v| (v.id.as_str(), v.default));
    let args = story_args("Sam", vars);
    let mut texts = vec![String::new(); scenario.nodes.len()];
    for need in scenario.text_needs() {
        let Anchor::Node(i) = need.anchor else {
            continue;
        };
        if need.key.attr.as_deref() == Some("starter") {
            continue;
        }
        if let Some(text) = locales.format(chain, &scenario.id, &need.key, Some(&args)) {
            texts[i].push_str(&text);
            texts[i].push('\n');
        }
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counted(text: &str) -> Readability {
        let mut r = Readability {
            scenario: String::new(),
            language: String::new(),
            sentences: 0,
            words: 0,
            long_words: 0,
        };
        count(text, &mut r);
        r
    }

    #[test]
    fn counts_sentences_words_and_long_words() {
        let r = counted("Het is dinsdagavond. Je ligt op bed!\nKijk dan 😂😂 ... Wat doe je?");
        assert_eq!(r.sentences, 4);
        assert_eq!(r.words, 3 + 4 + 2 + 3);
        // "dinsdagavond" is the only word of more than six letters.
        assert_eq!(r.long_words, 1);
        assert!((r.words_per_sentence() - 3.0).abs() < 1e-9);
        assert!(!r.too_long());
    }

    #[test]
    fn one_long_sentence_is_too_long() {
        let r = counted(
            "Dit is een heel erg lange zin met veel te veel woorden voor iemand die niet zo goed leest",
        );
        assert_eq!(r.sentences, 1);
        assert!(r.too_long());
        assert_eq!(counted("").words_per_sentence(), 0.0);
    }
}
