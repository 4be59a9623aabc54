//! Author-facing diagnostics: what is wrong, where (file, line, column), and how to fix it.
//!
//! Rendering uses `codespan-reporting`, which prints rustc-style excerpts with labels and
//! help lines; the same data serialises to JSON for tools.

use std::ops::Range;
use std::path::{Path, PathBuf};

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// Index of a source file in [`Sources`].
pub type FileId = usize;

/// A secondary place that helps explain a diagnostic ("first defined here").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub file: FileId,
    pub span: Range<usize>,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable, kebab-case name of the check, e.g. `unknown-node`.
    pub code: &'static str,
    pub message: String,
    pub file: FileId,
    /// Byte range in the file; `None` when the problem is about the file as a whole.
    pub span: Option<Range<usize>>,
    pub label: String,
    pub help: Option<String>,
    pub related: Vec<Related>,
}

impl Diagnostic {
    pub fn error(code: &'static str, file: FileId, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            file,
            span: None,
            label: String::new(),
            help: None,
            related: Vec::new(),
        }
    }

    pub fn warning(code: &'static str, file: FileId, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, file, message)
        }
    }

    pub fn at(mut self, span: Range<usize>, label: impl Into<String>) -> Self {
        self.span = Some(span);
        self.label = label.into();
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn related(mut self, file: FileId, span: Range<usize>, label: impl Into<String>) -> Self {
        self.related.push(Related {
            file,
            span,
            label: label.into(),
        });
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The text of every file a check or load looked at, so diagnostics can quote it.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    files: Vec<(PathBuf, String)>,
}

/// A position for people: 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl Sources {
    pub fn add(&mut self, path: PathBuf, text: String) -> FileId {
        self.files.push((path, text));
        self.files.len() - 1
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn path(&self, id: FileId) -> &Path {
        &self.files[id].0
    }

    pub fn text(&self, id: FileId) -> &str {
        &self.files[id].1
    }

    pub fn line_col(&self, id: FileId, offset: usize) -> LineCol {
        let text = self.text(id);
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        LineCol {
            line,
            column: text[line_start..offset].chars().count() + 1,
        }
    }

    /// Renders diagnostics like rustc does, with colour when `color` is set.
    pub fn render(&self, diagnostics: &[Diagnostic], color: bool) -> String {
        let mut files = SimpleFiles::new();
        for (path, text) in &self.files {
            files.add(display_path(path), text.as_str());
        }
        let config = term::Config::default();
        let mut out = Vec::new();
        for d in diagnostics {
            let cs = self.to_codespan(d);
            let result = if color {
                let mut writer = term::termcolor::Ansi::new(&mut out);
                term::emit_to_write_style(&mut writer, &config, &files, &cs)
            } else {
                term::emit_to_io_write(&mut out, &config, &files, &cs)
            };
            if let Err(e) = result {
                out.extend_from_slice(format!("(could not show this problem: {e})\n").as_bytes());
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    fn to_codespan(&self, d: &Diagnostic) -> CsDiagnostic<FileId> {
        let base = match d.severity {
            Severity::Error => CsDiagnostic::error(),
            Severity::Warning => CsDiagnostic::warning(),
        };
        let text_len = self.text(d.file).len();
        let clamp = |r: &Range<usize>, len: usize| r.start.min(len)..r.end.min(len);
        let mut labels = Vec::new();
        match &d.span {
            Some(span) => labels
                .push(Label::primary(d.file, clamp(span, text_len)).with_message(d.label.clone())),
            None => labels.push(
                Label::primary(d.file, 0..0).with_message(if d.label.is_empty() {
                    "in this file".to_string()
                } else {
                    d.label.clone()
                }),
            ),
        }
        for r in &d.related {
            let len = self.text(r.file).len();
            labels
                .push(Label::secondary(r.file, clamp(&r.span, len)).with_message(r.label.clone()));
        }
        let mut notes = Vec::new();
        if let Some(help) = &d.help {
            notes.push(format!("help: {help}"));
        }
        base.with_code(d.code)
            .with_message(d.message.clone())
            .with_labels(labels)
            .with_notes(notes)
    }

    /// The diagnostics as JSON objects with file paths and 1-based positions.
    pub fn to_json(&self, diagnostics: &[Diagnostic]) -> serde_json::Value {
        let items = diagnostics
            .iter()
            .map(|d| {
                let (start, end) = match &d.span {
                    Some(s) => (
                        Some(self.line_col(d.file, s.start)),
                        Some(self.line_col(d.file, s.end)),
                    ),
                    None => (None, None),
                };
                serde_json::json!({
                    "severity": d.severity,
                    "code": d.code,
                    "message": d.message,
                    "file": display_path(self.path(d.file)),
                    "line": start.map(|p| p.line),
                    "column": start.map(|p| p.column),
                    "end_line": end.map(|p| p.line),
                    "end_column": end.map(|p| p.column),
                    "label": d.label,
                    "help": d.help,
                })
            })
            .collect::<Vec<_>>();
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        serde_json::json!({
            "errors": errors,
            "warnings": diagnostics.len() - errors,
            "diagnostics": items,
        })
    }
}

/// Paths as they were given, with forward slashes so output is the same on every platform.
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let mut s = Sources::default();
        let id = s.add("a.ron".into(), "één\nzwei drei\n".into());
        assert_eq!(s.line_col(id, 0), LineCol { line: 1, column: 1 });
        // `n` of `één` is the third character but the fifth byte.
        assert_eq!(s.line_col(id, 4), LineCol { line: 1, column: 3 });
        assert_eq!(s.line_col(id, 11), LineCol { line: 2, column: 6 });
        // Past the end and inside a character are clamped, not panics.
        assert_eq!(s.line_col(id, 999).line, 3);
        assert_eq!(s.line_col(id, 1), LineCol { line: 1, column: 1 });
    }

    #[test]
    fn renders_like_rustc() {
        let mut s = Sources::default();
        let id = s.add("scenarios/x.ron".into(), "(next: \"nope\")\n".into());
        let d = Diagnostic::error("unknown-node", id, "unknown node `nope`")
            .at(7..13, "no node has this id")
            .help("did you mean `note`?");
        let text = s.render(&[d], false);
        assert!(
            text.contains("error[unknown-node]: unknown node `nope`"),
            "{text}"
        );
        assert!(text.contains("scenarios/x.ron:1:8"), "{text}");
        assert!(text.contains("help: did you mean `note`?"), "{text}");
    }
}
