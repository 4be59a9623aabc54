//! The story core: scenario format, validation, localisation and the runtime.
//!
//! Nothing in here depends on Bevy, so it builds and tests fast and could serve another
//! front end.

pub mod analysis;
pub mod compile;
pub mod diag;
pub mod expr;
pub mod files;
pub mod format;
#[cfg(feature = "generate")]
pub mod generate;
pub mod graph;
pub mod hard_words;
pub mod i18n;
pub mod library;
pub mod locale;
pub mod paths;
pub mod readability;
pub mod runtime;
pub mod scenario;
pub mod spans;
pub mod tag;
pub mod text_check;
pub mod timing;
pub mod view;

pub use diag::{Diagnostic, Severity, Sources};
pub use library::{Library, Loaded};
pub use locale::{LangChain, Locales};
pub use runtime::{Answer, Event, EventKind, Run, RunError, Step, Transcript};
pub use scenario::{MessageKey, Node, NodeKind, ReflectionKind, Scenario};

use diag::FileId;

/// `text` on one line, shortened to about `max` characters at a word boundary with `…`.
pub fn shorten(text: &str, max: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        return line;
    }
    let cut: String = line.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
}

/// The closest candidate to `word`, when it is close enough to be a likely typo.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(word, c), c))
        .filter(|(d, c)| *d > 0 && *d <= (word.len().max(c.len()) / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Byte offset of a 1-based line and character column.
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    text[line_start..]
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(text.len(), |(i, _)| line_start + i)
}

/// Turns a RON error into an author-facing diagnostic at its exact position.
pub fn ron_error(file: FileId, text: &str, e: &ron::error::SpannedError) -> Diagnostic {
    use ron::error::Error as E;
    let start = offset_of(text, e.span.start.line, e.span.start.col);
    let end = offset_of(text, e.span.end.line, e.span.end.col).max(start);
    let where_ = |outer: &Option<String>| {
        outer
            .as_ref()
            .map(|o| format!(" in `{o}`"))
            .unwrap_or_default()
    };
    let (code, message, label, help) = match &e.code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            "unknown-field",
            format!("unknown field `{found}`{}", where_(outer)),
            "not a field here".to_string(),
            match suggest(found, expected.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("fields here: {}", expected.join(", ")),
            },
        ),
        E::MissingStructField { field, outer } => (
            "missing-field",
            format!("missing field `{field}`{}", where_(outer)),
            format!("`{field}` is needed before this"),
            format!("add `{field}: …`; docs/scenario-format.md describes every field"),
        ),
        E::DuplicateStructField { field, outer } => (
            "duplicate-field",
            format!("the field `{field}` is given twice{}", where_(outer)),
            "second time".to_string(),
            "remove one of them".to_string(),
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => (
            "unknown-variant",
            format!("unknown name `{found}`{}", where_(outer)),
            "not one of the allowed names".to_string(),
            match suggest(found, expected.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("allowed here: {}", expected.join(", ")),
            },
        ),
        other => (
            "ron-syntax",
            format!("cannot read the scenario file: {other}"),
            "here".to_string(),
            ron_syntax_help(other).to_string(),
        ),
    };
    // A zero-width span right after a token is easier to see as one character.
    let end = if end == start {
        text[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8())
    } else {
        end
    };
    Diagnostic::error(code, file, message)
        .at(start..end, label)
        .help(help)
}

fn ron_syntax_help(e: &ron::error::Error) -> &'static str {
    use ron::error::Error as E;
    match e {
        E::ExpectedComma => "put a comma between fields and between list items",
        E::ExpectedString | E::ExpectedStringEnd => {
            "write text values in double quotes, like \"start\""
        }
        E::ExpectedArray | E::ExpectedArrayEnd => "lists are written in square brackets: [a, b]",
        E::ExpectedStructLikeEnd => "close the parentheses that were opened",
        E::ExpectedBoolean => "write true or false",
        E::ExpectedInteger => "write a whole number",
        E::Eof => "the file ends too early: a closing bracket or parenthesis is missing",
        E::UnclosedBlockComment => "close the comment with */",
        _ => "compare with docs/scenario-format.md or an existing scenario",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn situations_are_one_short_line() {
        assert_eq!(shorten("a\n b  c", 10), "a b c");
        let long = "woord ".repeat(60);
        let s = shorten(&long, 40);
        assert!(s.ends_with('…') && s.chars().count() <= 41, "{s}");
        let unbroken = "x".repeat(300);
        assert_eq!(shorten(&unbroken, 40).chars().count(), 41);
    }

    #[test]
    fn suggests_close_names_only() {
        let ids = ["start", "forward_it", "delete"];
        assert_eq!(suggest("strat", ids), Some("start"));
        assert_eq!(suggest("forwardit", ids), Some("forward_it"));
        assert_eq!(suggest("zzzzzz", ids), None);
        assert_eq!(suggest("start", ids), None);
    }

    #[test]
    fn offsets_from_line_and_column() {
        let t = "ab\ncdé\nf";
        assert_eq!(offset_of(t, 1, 1), 0);
        assert_eq!(offset_of(t, 2, 3), 5);
        assert_eq!(offset_of(t, 3, 1), 8);
        assert_eq!(offset_of(t, 9, 9), t.len());
    }
}
