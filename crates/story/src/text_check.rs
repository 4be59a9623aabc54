//! Checks of the Fluent files: syntax, missing and unused messages, variables the game never
//! provides, and references to messages that do not exist.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use fluent_syntax::parser::ParserError;

use super::diag::{Diagnostic, FileId};

/// What a Fluent file holds, with byte offsets for diagnostics.
#[derive(Debug, Default)]
pub struct FtlIndex {
    pub messages: BTreeMap<String, MessageInfo>,
    pub terms: BTreeSet<String>,
}

#[derive(Debug, Default)]
pub struct MessageInfo {
    /// Span of the message id on its first line.
    pub span: Range<usize>,
    pub has_value: bool,
    /// Attribute name → span of `.name`.
    pub attributes: BTreeMap<String, Range<usize>>,
    /// Variables used, with the span of the first `$name` in the message's text.
    pub variables: Vec<(String, Range<usize>)>,
    /// Message or term references: (`id` or `-term`, attribute, span).
    pub references: Vec<(String, Option<String>, Range<usize>)>,
}

impl FtlIndex {
    pub fn has(&self, id: &str, attr: Option<&str>) -> bool {
        self.messages.get(id).is_some_and(|m| match attr {
            Some(a) => m.attributes.contains_key(a),
            None => m.has_value,
        })
    }
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic()
}

fn is_ident_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// Offsets of the entries that start at the beginning of a line: `id =` or `-term =`.
fn entry_starts(src: &str) -> Vec<(usize, Range<usize>, bool)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        let b = line.as_bytes();
        let term = b.first() == Some(&b'-');
        let start = usize::from(term);
        if b.get(start).copied().is_some_and(is_ident_start) {
            let end = start + b[start..].iter().take_while(|c| is_ident_char(**c)).count();
            let rest = line[end..].trim_start_matches([' ', '\t']);
            if rest.starts_with('=') {
                out.push((offset, offset + start..offset + end, term));
            }
        }
        offset += line.len();
    }
    out
}

/// Parses `src` into a resource for a bundle and an index for the checks. Syntax errors
/// become diagnostics; what parsed is still indexed so later checks can go on.
pub fn parse_file(
    file: FileId,
    src: String,
    diags: &mut Vec<Diagnostic>,
) -> (FluentResource, FtlIndex) {
    let resource = match FluentResource::try_new(src) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                diags.push(syntax_error(file, r.source(), &e));
            }
            r
        }
    };
    let index = index_entries(file, resource.source(), resource.entries(), diags);
    (resource, index)
}

fn index_entries<'s>(
    file: FileId,
    src: &str,
    entries: impl Iterator<Item = &'s ast::Entry<&'s str>>,
    diags: &mut Vec<Diagnostic>,
) -> FtlIndex {
    let starts = entry_starts(src);
    let mut index = FtlIndex::default();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for entry in entries {
        match entry {
            ast::Entry::Message(m) => {
                let id = m.id.name;
                // The n-th entry with this id in the text belongs to the n-th in the AST.
                let nth = *seen.entry(id).and_modify(|n| *n += 1).or_insert(0);
                let (line_start, id_span) = starts
                    .iter()
                    .filter(|(_, span, term)| !term && &src[span.clone()] == id)
                    .nth(nth)
                    .map(|(o, s, _)| (*o, s.clone()))
                    .unwrap_or((0, 0..0));
                let end = starts
                    .iter()
                    .map(|(o, _, _)| *o)
                    .find(|o| *o > line_start)
                    .unwrap_or(src.len());
                if let Some(first) = index.messages.get(id) {
                    diags.push(
                        Diagnostic::error(
                            "duplicate-message",
                            file,
                            format!("the message `{id}` is defined twice"),
                        )
                        .at(id_span.clone(), "second definition")
                        .related(file, first.span.clone(), "first defined here")
                        .help("remove one of them or give it another id"),
                    );
                    continue;
                }
                let body = line_start..end;
                let mut info = MessageInfo {
                    span: id_span,
                    has_value: m.value.is_some(),
                    ..MessageInfo::default()
                };
                let mut walker = Walker {
                    src,
                    body: body.clone(),
                    vars: Vec::new(),
                    refs: Vec::new(),
                };
                if let Some(v) = &m.value {
                    walker.pattern(v);
                }
                for a in &m.attributes {
                    let needle = format!(".{}", a.id.name);
                    let at = src[body.clone()]
                        .find(&needle)
                        .map(|i| body.start + i..body.start + i + needle.len())
                        .unwrap_or(info.span.clone());
                    info.attributes.insert(a.id.name.to_string(), at);
                    walker.pattern(&a.value);
                }
                info.variables = walker.vars;
                info.references = walker.refs;
                index.messages.insert(id.to_string(), info);
            }
            ast::Entry::Term(t) => {
                index.terms.insert(t.id.name.to_string());
            }
            _ => {}
        }
    }
    index
}

struct Walker<'s> {
    src: &'s str,
    body: Range<usize>,
    vars: Vec<(String, Range<usize>)>,
    refs: Vec<(String, Option<String>, Range<usize>)>,
}

impl Walker<'_> {
    fn locate(&self, needle: &str) -> Range<usize> {
        let body = &self.src[self.body.clone()];
        match body.find(needle) {
            Some(i) => self.body.start + i..self.body.start + i + needle.len(),
            None => self.body.start..self.body.start,
        }
    }

    /// A reference: the name right after `{` (with optional spaces).
    fn locate_ref(&self, name: &str) -> Range<usize> {
        let body = &self.src[self.body.clone()];
        body.match_indices(name)
            .find(|(i, _)| body[..*i].trim_end_matches([' ', '\t']).ends_with('{'))
            .map(|(i, _)| self.body.start + i..self.body.start + i + name.len())
            .unwrap_or_else(|| self.locate(name))
    }

    fn pattern(&mut self, p: &ast::Pattern<&str>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, e: &ast::Expression<&str>) {
        match e {
            ast::Expression::Inline(i) => self.inline(i),
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                for v in variants {
                    self.pattern(&v.value);
                }
            }
        }
    }

    fn inline(&mut self, e: &ast::InlineExpression<&str>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                let span = self.locate(&format!("${}", id.name));
                self.vars.push((id.name.to_string(), span));
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                let span = self.locate_ref(id.name);
                self.refs.push((
                    id.name.to_string(),
                    attribute.as_ref().map(|a| a.name.to_string()),
                    span,
                ));
            }
            ast::InlineExpression::TermReference { id, attribute, .. } => {
                let name = format!("-{}", id.name);
                let span = self.locate_ref(&name);
                self.refs
                    .push((name, attribute.as_ref().map(|a| a.name.to_string()), span));
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    self.inline(a);
                }
                for a in &arguments.named {
                    self.inline(&a.value);
                }
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            ast::InlineExpression::StringLiteral { .. }
            | ast::InlineExpression::NumberLiteral { .. } => {}
        }
    }
}

fn syntax_error(file: FileId, src: &str, e: &ParserError) -> Diagnostic {
    use fluent_syntax::parser::ErrorKind as K;
    let help = match &e.kind {
        K::ExpectedToken('=') => {
            "a message looks like `id = Text`; continue text on the next line with indentation"
        }
        K::ExpectedMessageField { .. } => {
            "give the message a text after `=`, or an attribute like `.starter = …`"
        }
        K::MissingDefaultVariant => "mark one variant as the default with `*`, like `*[other] …`",
        K::UnbalancedClosingBrace => "write a literal brace as {\"}\"}, or remove it",
        K::ExpectedInlineExpression => "inside { } write a $variable, a message id or a \"string\"",
        K::UnterminatedStringLiteral => "close the string with a double quote",
        _ => "see https://projectfluent.org/fluent/guide/ for the syntax",
    };
    let start = e.pos.start.min(src.len());
    let end = e.pos.end.min(src.len()).max(start);
    Diagnostic::error(
        "fluent-syntax",
        file,
        format!("Fluent syntax error: {}", e.kind),
    )
    .at(start..end, "here")
    .help(help)
}

/// Checks that every variable is in `allowed` and every reference resolves.
pub fn check_references(
    file: FileId,
    index: &FtlIndex,
    allowed: &dyn Fn(&str, &str) -> bool,
    diags: &mut Vec<Diagnostic>,
) {
    for (id, info) in &index.messages {
        for (var, span) in &info.variables {
            if !allowed(id, var) {
                diags.push(
                    Diagnostic::error(
                        "unknown-fluent-variable",
                        file,
                        format!("the game never gives `${var}` to the message `{id}`"),
                    )
                    .at(span.clone(), "unknown variable")
                    .help(allowed_help(id, allowed)),
                );
            }
        }
        for (target, attr, span) in &info.references {
            let found = if let Some(term) = target.strip_prefix('-') {
                index.terms.contains(term)
            } else {
                index.has(target, attr.as_deref())
            };
            if !found {
                diags.push(
                    Diagnostic::error(
                        "unknown-message-reference",
                        file,
                        format!("`{id}` refers to `{target}`, which this file does not define"),
                    )
                    .at(span.clone(), "not defined")
                    .help("define it in the same file, or write the text out"),
                );
            }
        }
    }
}

fn allowed_help(id: &str, allowed: &dyn Fn(&str, &str) -> bool) -> String {
    if allowed(id, "player") {
        "use `$player` for the player's name or a variable the scenario declares".into()
    } else {
        "this message gets no variables; write the text out".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_messages_attributes_and_variables() {
        let src = "-brand = Halt\nhello = Hoi { $player }\n    .starter = Vraag { $count } { -brand }\n\nbye =\n    .title = Doei { hello }\n";
        let mut diags = Vec::new();
        let (_, idx) = parse_file(0, src.to_string(), &mut diags);
        assert!(diags.is_empty(), "{diags:?}");
        let hello = &idx.messages["hello"];
        assert_eq!(&src[hello.span.clone()], "hello");
        assert!(hello.has_value);
        assert_eq!(&src[hello.attributes["starter"].clone()], ".starter");
        let vars: Vec<_> = hello.variables.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(vars, ["player", "count"]);
        assert_eq!(&src[hello.variables[1].1.clone()], "$count");
        assert!(!idx.messages["bye"].has_value);
        assert!(idx.has("bye", Some("title")));
        assert!(idx.terms.contains("brand"));
    }

    #[test]
    fn reports_syntax_errors_and_duplicates() {
        let src = "good = Ja\nbad { oops\ngood = Nee\n";
        let mut diags = Vec::new();
        let (_, idx) = parse_file(3, src.to_string(), &mut diags);
        let codes: Vec<_> = diags.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["fluent-syntax", "duplicate-message"]);
        assert_eq!(diags[0].span.as_ref().map(|s| s.start), Some(14));
        assert_eq!(diags[1].span.clone().map(|s| &src[s]), Some("good"));
        assert!(idx.has("good", None));
    }

    #[test]
    fn checks_variables_and_references() {
        let src = "a = { $player } { $nope }\nb = { a } { c } { -gone }\n";
        let mut diags = Vec::new();
        let (_, idx) = parse_file(0, src.to_string(), &mut diags);
        check_references(0, &idx, &|_, v| v == "player", &mut diags);
        let got: Vec<_> = diags
            .iter()
            .map(|d| (d.code, &src[d.span.clone().unwrap()]))
            .collect();
        assert_eq!(
            got,
            [
                ("unknown-fluent-variable", "$nope"),
                ("unknown-message-reference", "c"),
                ("unknown-message-reference", "-gone"),
            ]
        );
    }
}
