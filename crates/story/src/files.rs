//! Content as files: finding them on disk, reading them into memory, and sorting them by
//! kind. This is the only place the core reads files; the checks in
//! [`from_sources`](crate::library::from_sources) work on what was read here (or on files
//! built into a program), so they are pure and tested without a disk.
//!
//! A file's kind follows from its path: `scenarios/<id>.ron` is a scenario,
//! `locales/<lang>/<file>.ftl` a text file of language `<lang>`, and
//! `locales/<lang>/hard-words.txt` that language's list of hard words.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::diag::{Diagnostic, FileId, Sources};
use super::hard_words;
use super::locale::UI_FILE;

/// Content in memory, sorted by kind, with the problems met while reading it.
#[derive(Debug, Default)]
pub struct Content {
    pub sources: Sources,
    /// Files that could not be read as text.
    pub diagnostics: Vec<Diagnostic>,
    pub scenarios: Vec<FileId>,
    /// (language, file stem, file)
    pub locales: Vec<(String, String, FileId)>,
    /// (language, file) of each language's list of hard words
    pub hard_words: Vec<(String, FileId)>,
}

impl Content {
    /// Adds a file by its path and bytes. Text that is not UTF-8 is kept (with the bad
    /// bytes replaced) and reported. Files of other kinds are left out.
    pub fn add(&mut self, path: PathBuf, bytes: Vec<u8>) {
        let Some(kind) = Kind::of(&path) else { return };
        let id = match String::from_utf8(bytes) {
            Ok(text) => self.sources.add(path, text),
            Err(e) => {
                let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                let id = self.sources.add(path, text);
                self.diagnostics.push(
                    Diagnostic::error("not-utf8", id, "the file is not UTF-8 text")
                        .help("save the file as UTF-8 in your editor"),
                );
                id
            }
        };
        match kind {
            Kind::Scenario => self.scenarios.push(id),
            Kind::Text { lang, stem } => self.locales.push((lang, stem, id)),
            Kind::HardWords { lang } => self.hard_words.push((lang, id)),
        }
    }

    /// A file that was found but could not be read.
    pub fn unreadable(&mut self, path: PathBuf, error: &std::io::Error) {
        let id = self.sources.add(path, String::new());
        self.diagnostics.push(Diagnostic::error(
            "unreadable-file",
            id,
            format!("cannot read the file: {error}"),
        ));
    }
}

enum Kind {
    Scenario,
    Text { lang: String, stem: String },
    HardWords { lang: String },
}

impl Kind {
    fn of(path: &Path) -> Option<Kind> {
        let lang = || {
            path.parent()
                .and_then(|p| p.file_name())
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_string()
        };
        if path.file_name().is_some_and(|n| n == hard_words::FILE_NAME) {
            return Some(Kind::HardWords { lang: lang() });
        }
        match path.extension().and_then(|e| e.to_str()) {
            Some("ron") => Some(Kind::Scenario),
            Some("ftl") => Some(Kind::Text {
                lang: lang(),
                stem: stem(path),
            }),
            _ => None,
        }
    }
}

/// Reads `paths` (files or folders) from disk. When no text file is among them, the text
/// of those scenarios (and `ui.ftl`, and the hard-word lists) is taken from the `locales/`
/// folder beside each scenario folder, so `check scenarios/x.ron` just works. A path that
/// does not exist is an error; a file that cannot be read is a diagnostic.
pub fn read(paths: &[PathBuf]) -> std::io::Result<Content> {
    let mut found = Vec::new();
    for p in paths {
        walk(p, &mut found)?;
    }
    if !found.iter().any(|p| is_text(p)) {
        let scenarios: Vec<&PathBuf> = found.iter().filter(|p| !is_text(p)).collect();
        let stems: HashSet<String> = scenarios.iter().map(|p| stem(p)).collect();
        let mut folders: Vec<PathBuf> = scenarios
            .iter()
            .filter_map(|s| s.parent()?.parent().map(|root| root.join("locales")))
            .filter(|l| l.is_dir())
            .collect();
        folders.sort();
        folders.dedup();
        let mut extra = Vec::new();
        for l in folders {
            walk(&l, &mut extra)?;
        }
        // Only the text of the scenarios being checked: other scenarios' files in the same
        // folder are not orphans.
        found.extend(extra.into_iter().filter(|p| {
            p.extension().is_none_or(|e| e != "ftl")
                || stem(p) == UI_FILE
                || stems.contains(&stem(p))
        }));
    }
    found.sort();
    found.dedup();
    let mut content = Content::default();
    for path in found {
        match std::fs::read(&path) {
            Ok(bytes) => content.add(path, bytes),
            Err(e) => content.unreadable(path, &e),
        }
    }
    Ok(content)
}

/// Reads the library in `root` (`root/scenarios`, `root/locales`).
pub fn read_dir(root: &Path) -> std::io::Result<Content> {
    read(&[root.join("scenarios"), root.join("locales")])
}

fn is_text(path: &Path) -> bool {
    matches!(
        Kind::of(path),
        Some(Kind::Text { .. } | Kind::HardWords { .. })
    )
}

fn walk(path: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for e in entries {
            walk(&e, found)?;
        }
        return Ok(());
    }
    if !path.exists() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("{} does not exist", path.display()),
        ));
    }
    if Kind::of(path).is_some() {
        found.push(path.to_path_buf());
    }
    Ok(())
}

/// A file's name without its extension.
pub fn stem(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .to_string()
}
