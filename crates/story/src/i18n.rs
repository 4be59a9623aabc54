//! The state of the translations: per language, messages that are missing, unused, or
//! **stale** (the Dutch changed after the translation was made).
//!
//! Stale translations are found with a record per language,
//! `locales/<lang>/translated-from-nl.json`: for every message, the Dutch text it was
//! translated from. A translator who has brought a message up to date confirms it with
//! `respect-online i18n --lang <lang> --accept <file>:<message>`, which writes the current
//! Dutch text into the record. When a Dutch author later changes that message, the record
//! and the Dutch file differ and the translation is reported as stale, with the Dutch text
//! then and now side by side. A translated message without an entry in the record is
//! reported as unconfirmed. Texts are compared as Fluent prints them, so changes in spacing
//! or comments do not count; changes in wording, variables and attributes do.

//!
//! Everything here works on the library as loaded; reading and writing the records is up
//! to the caller.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use serde::{Deserialize, Serialize};

use super::Library;
use super::locale::{SOURCE_LANGUAGE, UI_FILE};

/// The record's file name inside `locales/<lang>/`.
pub const RECORD_FILE: &str = "translated-from-nl.json";

/// What a record holds: per text file, per message id, the Dutch text at translation time.
#[derive(Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Record {
    pub note: String,
    pub files: BTreeMap<String, BTreeMap<String, String>>,
}

const RECORD_NOTE: &str = "Written by `respect-online i18n --accept`: the Dutch text each message was translated from. Do not edit by hand.";

/// A translation whose Dutch source changed.
#[derive(Debug, Serialize, PartialEq)]
pub struct Stale {
    pub message: String,
    /// The Dutch message when the translation was confirmed.
    pub dutch_then: String,
    pub dutch_now: String,
    pub translation: String,
}

/// One text file of one language.
#[derive(Debug, Serialize, PartialEq)]
pub struct FileAudit {
    /// The file's name without `.ftl`: a scenario id or `ui`.
    pub file: String,
    /// Messages (`id` or `id.attribute`) the game needs that the file lacks.
    pub missing: Vec<String>,
    /// Messages and attributes in the file that nothing uses.
    pub unused: Vec<String>,
    pub stale: Vec<Stale>,
    /// Translated messages the record does not vouch for.
    pub unconfirmed: Vec<String>,
}

impl FileAudit {
    fn is_clean(&self) -> bool {
        self.missing.is_empty()
            && self.unused.is_empty()
            && self.stale.is_empty()
            && self.unconfirmed.is_empty()
    }
}

/// One language.
#[derive(Debug, Serialize, PartialEq)]
pub struct LocaleAudit {
    pub language: String,
    pub source: bool,
    /// Only the files with something to report.
    pub files: Vec<FileAudit>,
    pub files_checked: usize,
}

impl LocaleAudit {
    pub fn count(&self, f: impl Fn(&FileAudit) -> usize) -> usize {
        self.files.iter().map(f).sum()
    }

    pub fn is_clean(&self) -> bool {
        self.files.is_empty()
    }
}

/// A parsed text file: each message as Fluent prints it, and its keys.
#[derive(Default)]
struct FtlFile {
    /// Message id → the message printed without comments.
    messages: BTreeMap<String, String>,
    /// `id` (when it has a value) and `id.attribute`.
    keys: BTreeSet<String>,
}

fn printed(resource: &FluentResource) -> FtlFile {
    let mut file = FtlFile::default();
    for entry in resource.entries() {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let id = m.id.name.to_string();
        if file.messages.contains_key(&id) {
            continue;
        }
        if m.value.is_some() {
            file.keys.insert(id.clone());
        }
        for a in &m.attributes {
            file.keys.insert(format!("{id}.{}", a.id.name));
        }
        let mut m = m.clone();
        m.comment = None;
        let printed = fluent_syntax::serializer::serialize(&ast::Resource {
            body: vec![ast::Entry::Message(m)],
        });
        file.messages.insert(id, printed.trim_end().to_string());
    }
    file
}

fn read_ftl(library: &Library, lang: &str, file: &str) -> Option<FtlFile> {
    library.locales.resource(lang, file).map(printed)
}

/// Reads a record from its JSON text; text that does not parse gives an empty record.
pub fn parse_record(text: &str) -> Record {
    serde_json::from_str(text).unwrap_or_default()
}

/// The keys a text file must have in `lang`: for a scenario its required messages plus the
/// optional ones the Dutch file has; for `ui` every game text.
fn needs(library: &Library, file: &str, dutch: Option<&FtlFile>) -> Option<BTreeSet<String>> {
    if file == UI_FILE {
        return Some(library.ui_keys().iter().cloned().collect());
    }
    let s = library.scenario(file)?;
    Some(
        s.text_needs()
            .into_iter()
            .filter(|n| n.required || dutch.is_some_and(|d| d.keys.contains(&n.key.to_string())))
            .map(|n| n.key.to_string())
            .collect(),
    )
}

/// Audits every language of the library (or only `only`) against its record in `records`
/// (by language). Scenarios that did not load (see `check`) are left out.
pub fn audit(
    library: &Library,
    records: &BTreeMap<String, Record>,
    only: Option<&str>,
) -> Vec<LocaleAudit> {
    let mut files: Vec<String> = library.ids().map(str::to_string).collect();
    files.push(UI_FILE.to_string());
    files.sort();
    let dutch: BTreeMap<&str, FtlFile> = files
        .iter()
        .filter_map(|f| Some((f.as_str(), read_ftl(library, SOURCE_LANGUAGE, f)?)))
        .collect();
    let mut out = Vec::new();
    for lang in library.locales.languages() {
        if only.is_some_and(|o| o != lang) {
            continue;
        }
        let source = lang == SOURCE_LANGUAGE;
        let empty = Record::default();
        let record = records.get(lang).unwrap_or(&empty);
        let mut audits = Vec::new();
        for file in &files {
            let nl = dutch.get(file.as_str());
            let Some(need) = needs(library, file, nl) else {
                continue;
            };
            let here = read_ftl(library, lang, file);
            let have = here.as_ref().map(|h| &h.keys);
            // The game's own texts are checked by message; a scenario's also by attribute
            // (an option attribute nobody uses is likely a misspelt option id).
            let id_of = |k: &str| k.split_once('.').map_or(k, |(id, _)| id).to_string();
            let need_ids: BTreeSet<String> = need.iter().map(|k| id_of(k)).collect();
            let used =
                |k: &String| need.contains(k) || (file == UI_FILE && need_ids.contains(&id_of(k)));
            let mut audit = FileAudit {
                file: file.clone(),
                missing: need
                    .iter()
                    .filter(|k| !have.is_some_and(|h| h.contains(*k)))
                    .cloned()
                    .collect(),
                unused: have
                    .map(|h| h.iter().filter(|k| !used(k)).cloned().collect())
                    .unwrap_or_default(),
                stale: Vec::new(),
                unconfirmed: Vec::new(),
            };
            if !source && let (Some(here), Some(nl)) = (&here, nl) {
                let confirmed = record.files.get(file.as_str());
                for (id, now) in &nl.messages {
                    let Some(translation) = here.messages.get(id) else {
                        continue;
                    };
                    match confirmed.and_then(|c| c.get(id)) {
                        None => audit.unconfirmed.push(id.clone()),
                        Some(then) if then != now => audit.stale.push(Stale {
                            message: id.clone(),
                            dutch_then: then.clone(),
                            dutch_now: now.clone(),
                            translation: translation.clone(),
                        }),
                        Some(_) => {}
                    }
                }
            }
            if !audit.is_clean() {
                audits.push(audit);
            }
        }
        out.push(LocaleAudit {
            language: lang.clone(),
            source,
            files: audits,
            files_checked: files.len(),
        });
    }
    out
}

/// Confirms translations in `lang` as up to date with the current Dutch: `what` holds
/// `file:message`, `file` (every message of the file) or `all`. Only messages that exist
/// in both languages are recorded; entries for messages gone from the Dutch are dropped.
/// Returns the new record and how many messages were confirmed, or what in `what` matched
/// nothing.
pub fn accept(
    library: &Library,
    mut record: Record,
    lang: &str,
    what: &[String],
) -> Result<(Record, usize), String> {
    if lang == SOURCE_LANGUAGE {
        return Err(format!(
            "`{SOURCE_LANGUAGE}` is the source language; it is not translated from anything"
        ));
    }
    let mut count = 0;
    let file_names = library.locales.files(SOURCE_LANGUAGE);
    for item in what {
        let (file, message) = match item.split_once(':') {
            Some((f, m)) => (f, Some(m)),
            None => (item.as_str(), None),
        };
        let targets: Vec<&str> = file_names
            .iter()
            .copied()
            .filter(|f| file == "all" || *f == file)
            .collect();
        if targets.is_empty() {
            return Err(format!(
                "there is no text file `{file}` in locales/{SOURCE_LANGUAGE}"
            ));
        }
        let mut matched = false;
        for f in targets {
            let (Some(nl), Some(here)) = (
                read_ftl(library, SOURCE_LANGUAGE, f),
                read_ftl(library, lang, f),
            ) else {
                continue;
            };
            let entry = record.files.entry(f.to_string()).or_default();
            entry.retain(|id, _| nl.messages.contains_key(id));
            for (id, text) in &nl.messages {
                if message.is_some_and(|m| m != id) || !here.messages.contains_key(id) {
                    continue;
                }
                entry.insert(id.clone(), text.clone());
                matched = true;
                count += 1;
            }
        }
        if !matched {
            return Err(match message {
                Some(m) => format!(
                    "`{m}` is not a message of `{file}` in both `{SOURCE_LANGUAGE}` and `{lang}`"
                ),
                None => {
                    format!("`{file}` has no messages in both `{SOURCE_LANGUAGE}` and `{lang}`")
                }
            });
        }
    }
    record.note = RECORD_NOTE.to_string();
    record.files.retain(|_, m| !m.is_empty());
    Ok((record, count))
}

impl Record {
    /// The record as written to its file.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }
}
