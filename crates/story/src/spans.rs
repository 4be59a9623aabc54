//! Source positions for values in a RON file.
//!
//! `ron` reports positions for syntax errors only. To point authors at the exact field a
//! semantic error is about (`next: "msg3"` → unknown node), this module scans the same text
//! once more into a light tree of spans, addressed by paths such as
//! `nodes[3].options[1].goto`. The scan is tolerant: it only runs on text `ron` accepted.

use std::ops::Range;

/// A step of a path into the value tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg<'a> {
    Field(&'a str),
    Index(usize),
}

#[derive(Debug, Clone)]
pub struct SpanTree {
    pub span: Range<usize>,
    kind: Kind,
}

#[derive(Debug, Clone)]
enum Kind {
    Atom,
    /// `Name(field: value, …)`, `(a, b)`, `Name(a)`, or a map.
    Group {
        fields: Vec<(String, SpanTree)>,
        items: Vec<SpanTree>,
    },
}

impl SpanTree {
    /// Scans `source`. Returns an atom spanning the whole text when the text is not a value.
    pub fn parse(source: &str) -> SpanTree {
        let mut p = Scanner {
            src: source.as_bytes(),
            pos: 0,
        };
        p.skip_trivia();
        p.value().unwrap_or(SpanTree {
            span: 0..source.len(),
            kind: Kind::Atom,
        })
    }

    /// The span at `path`, or the span of the deepest existing ancestor.
    pub fn locate(&self, path: &[Seg]) -> Range<usize> {
        let mut node = self;
        for seg in path {
            match node.child(*seg) {
                Some(child) => node = child,
                None => break,
            }
        }
        node.span.clone()
    }

    /// The span at `path` only when the whole path exists.
    #[cfg(test)]
    fn get(&self, path: &[Seg]) -> Option<Range<usize>> {
        let mut node = self;
        for seg in path {
            node = node.child(*seg)?;
        }
        Some(node.span.clone())
    }

    fn child(&self, seg: Seg) -> Option<&SpanTree> {
        let Kind::Group { fields, items } = &self.kind else {
            return None;
        };
        match seg {
            Seg::Field(name) => fields.iter().find(|(n, _)| n == name).map(|(_, v)| v),
            Seg::Index(i) => items.get(i),
        }
    }
}

struct Scanner<'a> {
    src: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn rest(&self) -> &[u8] {
        self.src.get(self.pos..).unwrap_or(&[])
    }

    /// `r"…"` or `r#"…"#`.
    fn at_raw_string(&self) -> bool {
        let after = self.rest().get(1..).unwrap_or(&[]);
        let hashes = after.iter().take_while(|c| **c == b'#').count();
        after.get(hashes) == Some(&b'"')
    }

    fn skip_trivia(&mut self) {
        loop {
            match self.peek() {
                Some(c) if c.is_ascii_whitespace() => self.pos += 1,
                Some(b'/') if self.src.get(self.pos + 1) == Some(&b'/') => {
                    while let Some(c) = self.peek() {
                        if c == b'\n' {
                            break;
                        }
                        self.pos += 1;
                    }
                }
                Some(b'/') if self.src.get(self.pos + 1) == Some(&b'*') => {
                    self.pos += 2;
                    let mut depth = 1;
                    while depth > 0 && self.pos < self.src.len() {
                        if self.rest().starts_with(b"/*") {
                            depth += 1;
                            self.pos += 2;
                        } else if self.rest().starts_with(b"*/") {
                            depth -= 1;
                            self.pos += 2;
                        } else {
                            self.pos += 1;
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn ident(&mut self) -> Option<Range<usize>> {
        let start = self.pos;
        if self.rest().starts_with(b"r#") {
            self.pos += 2;
        }
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 {
                self.pos += 1;
            } else {
                break;
            }
        }
        (self.pos > start).then_some(start..self.pos)
    }

    fn string(&mut self) {
        // At `"`: skip to the closing quote, honouring escapes.
        self.pos += 1;
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                b'\\' => self.pos = (self.pos + 1).min(self.src.len()),
                b'"' => return,
                _ => {}
            }
        }
    }

    fn raw_string(&mut self) {
        // At `r`, followed by hashes and a quote.
        self.pos += 1;
        let mut hashes = 0;
        while self.peek() == Some(b'#') {
            hashes += 1;
            self.pos += 1;
        }
        self.pos += 1;
        while self.pos < self.src.len() {
            let rest = self.rest();
            if rest[0] == b'"' && rest.len() > hashes && rest[1..=hashes].iter().all(|c| *c == b'#')
            {
                self.pos += 1 + hashes;
                return;
            }
            self.pos += 1;
        }
    }

    fn value(&mut self) -> Option<SpanTree> {
        let start = self.pos;
        match self.peek()? {
            b'"' => {
                self.string();
                Some(self.atom(start))
            }
            b'r' if self.at_raw_string() => {
                self.raw_string();
                Some(self.atom(start))
            }
            b'[' => self.group(start, b']'),
            b'(' => self.group(start, b')'),
            b'{' => self.group(start, b'}'),
            b'\'' => {
                self.pos += 1;
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    match c {
                        b'\\' => self.pos = (self.pos + 1).min(self.src.len()),
                        b'\'' => break,
                        _ => {}
                    }
                }
                Some(self.atom(start))
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                self.ident()?;
                let after_ident = self.pos;
                self.skip_trivia();
                if self.peek() == Some(b'(') {
                    let group_start = self.pos;
                    let mut tree = self.group(group_start, b')')?;
                    tree.span.start = start;
                    Some(tree)
                } else {
                    self.pos = after_ident;
                    Some(self.atom(start))
                }
            }
            _ => {
                // Numbers and anything else up to a delimiter.
                while let Some(c) = self.peek() {
                    if matches!(c, b',' | b')' | b']' | b'}' | b':') || c.is_ascii_whitespace() {
                        break;
                    }
                    self.pos += 1;
                }
                (self.pos > start).then(|| self.atom(start))
            }
        }
    }

    fn atom(&self, start: usize) -> SpanTree {
        SpanTree {
            span: start..self.pos,
            kind: Kind::Atom,
        }
    }

    fn group(&mut self, start: usize, close: u8) -> Option<SpanTree> {
        self.pos += 1;
        let mut fields = Vec::new();
        let mut items = Vec::new();
        loop {
            self.skip_trivia();
            match self.peek()? {
                c if c == close => {
                    self.pos += 1;
                    break;
                }
                b',' => {
                    self.pos += 1;
                    continue;
                }
                _ => {}
            }
            // `name: value` inside parentheses is a named field.
            let save = self.pos;
            if close == b')'
                && let Some(name) = self.ident()
            {
                self.skip_trivia();
                if self.peek() == Some(b':') {
                    self.pos += 1;
                    self.skip_trivia();
                    let name = String::from_utf8_lossy(&self.src[name]).into_owned();
                    let value = self.value()?;
                    fields.push((name, value));
                    continue;
                }
            }
            self.pos = save;
            let value = self.value()?;
            self.skip_trivia();
            if close == b'}' && self.peek() == Some(b':') {
                // Map entry: keep the value, keyed by the key's text.
                self.pos += 1;
                self.skip_trivia();
                let key = String::from_utf8_lossy(&self.src[value.span.clone()])
                    .trim_matches('"')
                    .to_string();
                let v = self.value()?;
                fields.push((key, v));
            } else {
                items.push(value);
            }
        }
        Some(SpanTree {
            span: start..self.pos,
            kind: Kind::Group { fields, items },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text<'a>(src: &'a str, tree: &SpanTree, path: &[Seg]) -> &'a str {
        &src[tree.get(path).expect("path exists")]
    }

    #[test]
    fn finds_nested_fields_and_items() {
        let src = r##"// a comment
Scenario(
    id: "demo", /* block /* nested */ comment */
    nodes: [
        Narration(id: "a", next: "b"),
        Choice(id: "b", options: [
            (id: "x", when: "v > 1", goto: "a"),
            (id: "y", goto: r#"raw "quoted""#),
        ]),
    ],
)"##;
        let tree = SpanTree::parse(src);
        assert_eq!(text(src, &tree, &[Seg::Field("id")]), "\"demo\"");
        assert_eq!(
            text(src, &tree, &[Seg::Field("nodes"), Seg::Index(0)]),
            "Narration(id: \"a\", next: \"b\")"
        );
        let goto = [
            Seg::Field("nodes"),
            Seg::Index(1),
            Seg::Field("options"),
            Seg::Index(1),
            Seg::Field("goto"),
        ];
        assert_eq!(text(src, &tree, &goto), "r#\"raw \"quoted\"\"#");
        let when = [
            Seg::Field("nodes"),
            Seg::Index(1),
            Seg::Field("options"),
            Seg::Index(0),
            Seg::Field("when"),
        ];
        assert_eq!(text(src, &tree, &when), "\"v > 1\"");
    }

    #[test]
    fn locate_falls_back_to_the_deepest_existing_ancestor() {
        let src = "(nodes: [Ending(id: \"e\", help: [])])";
        let tree = SpanTree::parse(src);
        let span = tree.locate(&[Seg::Field("nodes"), Seg::Index(0), Seg::Field("next")]);
        assert_eq!(&src[span], "Ending(id: \"e\", help: [])");
        assert!(tree.get(&[Seg::Field("missing")]).is_none());
    }

    #[test]
    fn never_panics_on_garbage() {
        for src in [
            "",
            "(",
            "[[[",
            "r#\"",
            "(a: ",
            "\"unterminated",
            "/* open",
            "r",
        ] {
            let _ = SpanTree::parse(src).locate(&[Seg::Field("a"), Seg::Index(2)]);
        }
    }
}
