//! Hard words: `check` warns when a story's text uses a word from its language's list
//! (`locales/<lang>/hard-words.txt`) and names the plainer word the list gives. The list is
//! data, so authors extend it without touching Rust.
//!
//! A list has one entry per line, `word = plainer word or tip`; `#` starts a comment. An
//! entry may be several words (`met een boog om je heen`); a `*` at its end matches every
//! form that starts with it (`vervolg*`: vervolgen, vervolgt). Capitals do not matter.

use std::ops::Range;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::diag::{Diagnostic, FileId};

/// The file name of a language's list, in `locales/<lang>/`.
pub const FILE_NAME: &str = "hard-words.txt";

#[derive(Debug)]
pub struct HardWords {
    /// The list's own file, to show the entry that matched.
    file: FileId,
    entries: Vec<Entry>,
}

#[derive(Debug)]
struct Entry {
    /// The entry's words, in lower case; the last one is a prefix when `prefix` is set.
    words: Vec<String>,
    prefix: bool,
    suggestion: String,
    /// The entry's line in the list.
    span: Range<usize>,
}

impl HardWords {
    /// Reads a list. A line without `=` or without a word is reported and skipped.
    pub fn parse(file: FileId, text: &str, diags: &mut Vec<Diagnostic>) -> HardWords {
        let mut entries = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let start = offset;
            offset += line.len();
            let content = line.trim();
            if content.is_empty() || content.starts_with('#') {
                continue;
            }
            let lead = line.len() - line.trim_start().len();
            let span = start + lead..start + lead + content.len();
            let parsed = content.split_once('=').and_then(|(word, suggestion)| {
                let word = word.trim();
                let (word, prefix) = match word.strip_suffix('*') {
                    Some(w) => (w, true),
                    None => (word, false),
                };
                let words: Vec<String> = tokens(word).map(|(_, w)| w).collect();
                (!words.is_empty()).then(|| Entry {
                    words,
                    prefix,
                    suggestion: suggestion.trim().to_string(),
                    span: 0..0,
                })
            });
            match parsed {
                Some(entry) => entries.push(Entry { span, ..entry }),
                None => diags.push(
                    Diagnostic::warning(
                        "hard-word-list",
                        file,
                        "this line of the hard-word list is not `word = plainer word`",
                    )
                    .at(span, "not read")
                    .help("write the word, then `=`, then what to write instead; `#` starts a comment"),
                ),
            }
        }
        HardWords { file, entries }
    }

    /// A warning for every hard word in the player's text of `resource`. Conversation
    /// starters are for the worker and are left out.
    pub fn scan(&self, file: FileId, resource: &FluentResource) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        if self.entries.is_empty() {
            return out;
        }
        let source = resource.source();
        for entry in resource.entries() {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let mut runs = Vec::new();
            if let Some(value) = &m.value {
                pattern_runs(value, &mut runs);
            }
            for a in m.attributes.iter().filter(|a| a.id.name != "starter") {
                pattern_runs(&a.value, &mut runs);
            }
            for run in runs {
                let words: Vec<(Range<usize>, String)> = run
                    .iter()
                    .flat_map(|text| {
                        let base = offset_in(source, text);
                        tokens(text).map(move |(r, w)| (base + r.start..base + r.end, w))
                    })
                    .collect();
                out.extend(self.find(&words).map(|(span, e)| {
                    Diagnostic::warning(
                        "hard-word",
                        file,
                        format!(
                            "`{}` is a hard word for many young readers",
                            source[span.clone()]
                                .split_whitespace()
                                .collect::<Vec<_>>()
                                .join(" ")
                        ),
                    )
                    .at(span, "hard word")
                    .related(self.file, e.span.clone(), "in the list of hard words")
                    .help(format!("write something plainer: {}", e.suggestion))
                }));
            }
        }
        out
    }

    /// Every entry that matches `words` (a run of the text, in lower case), with its span.
    fn find<'a>(
        &'a self,
        words: &'a [(Range<usize>, String)],
    ) -> impl Iterator<Item = (Range<usize>, &'a Entry)> + 'a {
        (0..words.len()).flat_map(move |i| {
            self.entries.iter().filter_map(move |entry| {
                let window = words.get(i..i + entry.words.len())?;
                let last = entry.words.len() - 1;
                let hit = window
                    .iter()
                    .zip(&entry.words)
                    .enumerate()
                    .all(|(k, (t, w))| {
                        if k == last && entry.prefix {
                            t.1.starts_with(w.as_str())
                        } else {
                            t.1 == *w
                        }
                    });
                hit.then(|| (window[0].0.start..window[last].0.end, entry))
            })
        })
    }
}

/// The words of `text` with their byte ranges, in lower case: runs of letters and digits.
fn tokens(text: &str) -> impl Iterator<Item = (Range<usize>, String)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while chars.peek().is_some_and(|(_, c)| !c.is_alphanumeric()) {
            chars.next();
        }
        let (start, _) = *chars.peek()?;
        let mut end = start;
        while let Some((i, c)) = chars.peek().copied().filter(|(_, c)| c.is_alphanumeric()) {
            end = i + c.len_utf8();
            chars.next();
        }
        Some((start..end, text[start..end].to_lowercase()))
    })
}

/// The literal text of `pattern` in runs of adjacent pieces (a placeable ends a run, so a
/// phrase is found across line breaks but not across a variable), including the variants of
/// selectors.
fn pattern_runs<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<Vec<&'s str>>) {
    let mut run = Vec::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => run.push(*value),
            ast::PatternElement::Placeable { expression } => {
                out.push(std::mem::take(&mut run));
                expression_runs(expression, out);
            }
        }
    }
    out.push(run);
}

fn expression_runs<'s>(expression: &ast::Expression<&'s str>, out: &mut Vec<Vec<&'s str>>) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            for v in variants {
                pattern_runs(&v.value, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_runs(expression, out);
        }
        ast::Expression::Inline(_) => {}
    }
}

/// Where `part`, a slice of `source` (the parser never copies text), starts in `source`.
fn offset_in(source: &str, part: &str) -> usize {
    part.as_ptr() as usize - source.as_ptr() as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(text: &str) -> (HardWords, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        (HardWords::parse(0, text, &mut diags), diags)
    }

    fn found(words: &HardWords, ftl: &str) -> Vec<String> {
        let resource = FluentResource::try_new(ftl.to_string()).unwrap();
        words
            .scan(1, &resource)
            .iter()
            .map(|d| resource.source()[d.span.clone().unwrap()].to_string())
            .collect()
    }

    #[test]
    fn finds_words_forms_and_phrases_in_every_variant() {
        let (words, diags) = list(
            "# comment\nomkoping = iets geven\nvervolg* = straf\nmet een boog om je heen = ontwijken\n",
        );
        assert!(diags.is_empty());
        let ftl = "a = Is dit Omkoping? Hij wordt vervolgd.\n\
                   b = { $x ->\n        [true] Ze lopen met een boog\n            om je heen.\n       *[false] Niks.\n    }\n\
                   c = vervolg\n    .starter = Was dit omkoping?\n";
        assert_eq!(
            found(&words, ftl),
            [
                "Omkoping",
                "vervolgd",
                "met een boog\n            om je heen",
                "vervolg"
            ]
        );
    }

    #[test]
    fn whole_words_only() {
        let (words, _) = list("echter = maar\n");
        assert!(found(&words, "a = Dat is echt erg.\n").is_empty());
        assert_eq!(found(&words, "a = Echter, nee.\n"), ["Echter"]);
    }

    #[test]
    fn a_line_without_equals_is_reported() {
        let (words, diags) = list("omkoping\n = niks\nok = goed\n");
        assert_eq!(diags.len(), 2);
        assert_eq!(diags[0].span, Some(0..8));
        assert_eq!(words.entries.len(), 1);
    }
}
