//! A whole library: every scenario and every locale, checked into immutable data.
//!
//! [`from_sources`] builds it from content already in memory ([`files::Content`]) and
//! reads no file itself. The same pass serves `respect-online check` (all diagnostics) and
//! the game (the scenarios that are sound; broken ones are left out and reported, never a
//! crash).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use super::analysis;
use super::compile;
use super::diag::{Diagnostic, FileId, Sources};
use super::files::{Content, stem};
use super::format::{Criterion, Feeling, Flag, Help, Theme, parse_ron};
use super::hard_words::HardWords;
use super::locale::{GAME_VARIABLES, Locales, SOURCE_LANGUAGE, UI_FILE};
use super::readability::{self, MAX_WORDS_PER_SENTENCE, Readability};
use super::scenario::Scenario;
use super::spans::{Seg, SpanTree};
use super::text_check::{self, FtlIndex};
use super::{ron_error, suggest, tag};

/// A checked library: the scenarios that are sound, and all text.
#[derive(Debug)]
pub struct Library {
    scenarios: BTreeMap<String, Arc<Scenario>>,
    pub locales: Locales,
    /// Short hash over all content files, to tell content versions apart in reports.
    pub content_hash: String,
    scenario_hashes: HashMap<String, String>,
    /// Every message `ui.ftl` must have: the front end's own and the format's vocabulary.
    ui_keys: Vec<String>,
}

impl Library {
    pub fn scenario(&self, id: &str) -> Option<&Arc<Scenario>> {
        self.scenarios.get(id)
    }

    /// Scenarios in id order.
    pub fn scenarios(&self) -> impl Iterator<Item = &Arc<Scenario>> {
        self.scenarios.values()
    }

    /// Scenario ids in id order.
    pub fn ids(&self) -> impl Iterator<Item = &str> + Clone {
        self.scenarios.keys().map(String::as_str)
    }

    /// Short hash over one scenario's structure and text.
    pub fn scenario_hash(&self, id: &str) -> &str {
        self.scenario_hashes.get(id).map_or("", String::as_str)
    }

    /// Every message `ui.ftl` must have (`id` or `id.attribute`).
    pub fn ui_keys(&self) -> &[String] {
        &self.ui_keys
    }
}

/// The result of loading: the library, the sources read, and every diagnostic.
#[derive(Debug)]
pub struct Loaded {
    pub library: Library,
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
    /// Readability of every sound scenario in every language.
    pub readability: Vec<Readability>,
    /// How many scenario files and text files were checked.
    pub checked: (usize, usize),
}

impl Loaded {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

/// The messages of `ui.ftl` a front end uses: message id (or `id.attribute`) and the
/// variables it gets. The front end lists its own; the core adds [`vocabulary`].
pub type UiMessages<'a> = &'a [(&'a str, &'a [&'a str])];

/// The `ui.ftl` messages for the format's own words, which every front end shows with a
/// scenario: themes, help resources, feelings, flags and criteria.
pub fn vocabulary() -> Vec<String> {
    let mut out: Vec<String> = Theme::ALL
        .iter()
        .map(|t| format!("theme-{}", t.key()))
        .collect();
    for h in Help::ALL {
        for attr in ["", ".about", ".contact"] {
            out.push(format!("help-{}{attr}", h.key()));
        }
    }
    out.extend(Feeling::ALL.iter().map(|f| format!("feeling-{}", f.key())));
    for f in Flag::ALL {
        out.push(format!("flag-{}", f.key()));
        out.push(format!("flag-{}.about", f.key()));
    }
    for c in Criterion::ALL {
        out.push(format!("criterion-{}", c.key()));
        out.push(format!("criterion-{}.about", c.key()));
    }
    out
}

/// A scenario that compiled, with its file and spans for later diagnostics.
struct Compiled {
    file: FileId,
    scenario: Scenario,
    tree: SpanTree,
    /// No error in its structure: the game can play it.
    sound: bool,
}

/// The text files, parsed and indexed.
struct Texts {
    locales: Locales,
    /// (language, file stem) → the file and what it holds.
    indexes: HashMap<(String, String), (FileId, FtlIndex)>,
    /// Languages with any text, the source language first.
    languages: Vec<String>,
}

/// Checks and builds everything in `content`. `ui` lists the front end's own messages.
pub fn from_sources(content: Content, ui: UiMessages) -> Loaded {
    let Content {
        mut sources,
        mut diagnostics,
        scenarios,
        locales,
        hard_words,
    } = content;
    let checked = (scenarios.len(), locales.len());
    let diags = &mut diagnostics;
    let compiled = compile_scenarios(&sources, &scenarios, diags);
    let stems: HashSet<String> = scenarios.iter().map(|id| stem(sources.path(*id))).collect();
    let texts = parse_texts(&mut sources, &locales, &hard_words, &stems, diags);
    let mut ui: Vec<(String, &[&str])> = ui.iter().map(|(k, v)| (k.to_string(), *v)).collect();
    ui.extend(vocabulary().into_iter().map(|k| (k, &[][..])));
    check_ui_text(&ui, &texts, &mut sources, diags);
    for c in compiled.iter().filter(|c| c.sound) {
        check_scenario_text(&c.scenario, c.file, &c.tree, &texts, diags);
    }
    let readability = measure(&compiled, &texts, diags);
    let (content_hash, scenario_hashes) = hashes(&sources, &compiled);
    let scenarios = compiled
        .into_iter()
        .filter(|c| c.sound)
        .map(|c| (c.scenario.id.clone(), Arc::new(c.scenario)))
        .collect();
    Loaded {
        library: Library {
            scenarios,
            locales: texts.locales,
            content_hash,
            scenario_hashes,
            ui_keys: ui.into_iter().map(|(k, _)| k).collect(),
        },
        sources,
        diagnostics,
        readability,
        checked,
    }
}

/// Parses, compiles and analyses every scenario. A second scenario with an id or a code
/// tag already taken is reported and left out.
fn compile_scenarios(
    sources: &Sources,
    files: &[FileId],
    diags: &mut Vec<Diagnostic>,
) -> Vec<Compiled> {
    let mut compiled: Vec<Compiled> = Vec::new();
    for &id in files {
        let text = sources.text(id);
        let file = match parse_ron(text) {
            Ok(f) => f,
            Err(e) => {
                diags.push(ron_error(id, text, &e));
                continue;
            }
        };
        let tree = SpanTree::parse(text);
        let (scenario, mut d) = compile::compile(file, id, text, &tree, &stem(sources.path(id)));
        diags.append(&mut d);
        let Some(scenario) = scenario else { continue };
        let mut d = analysis::check(&scenario, id, &tree);
        let sound = !d.iter().any(Diagnostic::is_error);
        diags.append(&mut d);
        if let Some(first) = compiled.iter().find(|c| c.scenario.id == scenario.id) {
            diags.push(
                Diagnostic::error(
                    "duplicate-id",
                    id,
                    format!("two scenarios have the id `{}`", scenario.id),
                )
                .at(tree.locate(&[Seg::Field("id")]), "second use")
                .related(
                    first.file,
                    first.tree.locate(&[Seg::Field("id")]),
                    "first used here",
                )
                .help("give each scenario its own id"),
            );
            continue;
        }
        compiled.push(Compiled {
            file: id,
            scenario,
            tree,
            sound,
        });
    }
    let clashes: Vec<(String, String)> =
        tag::clashes(compiled.iter().map(|c| c.scenario.id.as_str()))
            .into_iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
    for (first, later) in clashes {
        let at = |id: &str| compiled.iter().position(|c| c.scenario.id == id);
        let (Some(f), Some(l)) = (at(&first), at(&later)) else {
            continue;
        };
        let (a, b) = (&compiled[f], &compiled[l]);
        diags.push(
            Diagnostic::error(
                "code-tag-clash",
                b.file,
                format!(
                    "scenarios `{first}` and `{later}` would get the same tag in assignment codes"
                ),
            )
            .at(b.tree.locate(&[Seg::Field("id")]), "same tag")
            .related(a.file, a.tree.locate(&[Seg::Field("id")]), "as this one")
            .help("rename one of the two scenarios (its id, file name and text files)"),
        );
        compiled.remove(l);
    }
    compiled
}

/// Parses every text file into bundles and indexes, looks for hard words in the scenarios'
/// text, and reports text files no scenario uses.
fn parse_texts(
    sources: &mut Sources,
    files: &[(String, String, FileId)],
    hard_words: &[(String, FileId)],
    stems: &HashSet<String>,
    diags: &mut Vec<Diagnostic>,
) -> Texts {
    let hard: HashMap<&str, HardWords> = hard_words
        .iter()
        .map(|(lang, id)| {
            (
                lang.as_str(),
                HardWords::parse(*id, sources.text(*id), diags),
            )
        })
        .collect();
    let mut texts = Texts {
        locales: Locales::default(),
        indexes: HashMap::new(),
        languages: Vec::new(),
    };
    for (lang, file_stem, id) in files {
        if !texts.languages.contains(lang) {
            texts.languages.push(lang.clone());
        }
        // The bundle gets what parsed; syntax errors become diagnostics.
        let (resource, index) = text_check::parse_file(*id, sources.text(*id).to_string(), diags);
        let resource = Arc::new(resource);
        if file_stem != UI_FILE {
            if let Some(list) = hard.get(lang.as_str()) {
                diags.extend(list.scan(*id, &resource));
            }
            if !stems.contains(file_stem) {
                diags.push(orphan(*id, file_stem, stems));
            }
        }
        texts.locales.add(lang, file_stem, Arc::clone(&resource));
        texts
            .indexes
            .insert((lang.clone(), file_stem.clone()), (*id, index));
    }
    texts
        .languages
        .sort_by_key(|l| (l != SOURCE_LANGUAGE, l.clone()));
    if !files.is_empty() && !texts.languages.iter().any(|l| l == SOURCE_LANGUAGE) {
        let id = sources.add(
            PathBuf::from(format!("locales/{SOURCE_LANGUAGE}")),
            String::new(),
        );
        diags.push(
            Diagnostic::error(
                "missing-source-language",
                id,
                "there is no Dutch text: Dutch (`nl`) is the source language",
            )
            .help("put the Dutch files in `locales/nl/`"),
        );
    }
    texts
}

fn orphan(file: FileId, file_stem: &str, stems: &HashSet<String>) -> Diagnostic {
    let help = match suggest(file_stem, stems.iter().map(String::as_str)) {
        Some(s) => format!("did you mean `{s}.ftl`?"),
        None => format!("name it after a scenario id, or `{UI_FILE}.ftl` for the game's texts"),
    };
    Diagnostic::warning(
        "orphan-text-file",
        file,
        format!("no scenario has the id `{file_stem}`, so nothing uses this file"),
    )
    .help(help)
}

/// Readability of every scenario in every language, with a warning where it is too hard.
fn measure(compiled: &[Compiled], texts: &Texts, diags: &mut Vec<Diagnostic>) -> Vec<Readability> {
    let mut out = Vec::new();
    for c in compiled.iter().filter(|c| c.sound) {
        for lang in &texts.languages {
            let r = readability::measure(&c.scenario, &texts.locales, lang);
            if r.sentences == 0 {
                // No text in this language at all: `missing-text-file` says so.
                continue;
            }
            if r.too_long() {
                diags.push(
                    Diagnostic::warning(
                        "readability",
                        c.file,
                        format!(
                            "the `{lang}` text of `{}` averages {:.1} words per sentence (limit {MAX_WORDS_PER_SENTENCE})",
                            c.scenario.id,
                            r.words_per_sentence()
                        ),
                    )
                    .at(c.tree.locate(&[Seg::Field("id")]), "text too hard to read")
                    .help("split long sentences: one idea per message, about 12 words at most"),
                );
            }
            out.push(r);
        }
    }
    out
}

/// Hashes over the bytes of every file, in path order: of the whole content, and of each
/// scenario's files. Paths count from the content folder (`scenarios/…`, `locales/…`), so
/// the same content gives the same hash wherever it lies.
fn hashes(sources: &Sources, compiled: &[Compiled]) -> (String, HashMap<String, String>) {
    let mut all = FNV_OFFSET;
    let mut by_scenario: HashMap<String, u64> = compiled
        .iter()
        .filter(|c| c.sound)
        .map(|c| (c.scenario.id.clone(), FNV_OFFSET))
        .collect();
    let mut ids: Vec<(String, FileId)> = (0..sources.len())
        .map(|id| (content_path(sources.path(id)), id))
        .collect();
    ids.sort();
    for (path, id) in ids {
        let text = sources.text(id).as_bytes();
        fnv(&mut all, path.as_bytes());
        fnv(&mut all, text);
        if let Some(h) = by_scenario.get_mut(&stem(sources.path(id))) {
            fnv(h, text);
        }
    }
    let short = |h: u64| format!("{:08x}", h >> 32);
    (
        short(all),
        by_scenario
            .into_iter()
            .map(|(k, v)| (k, short(v)))
            .collect(),
    )
}

/// A file's path from its content folder on: `scenarios/x.ron`, `locales/nl/x.ftl`.
fn content_path(path: &std::path::Path) -> String {
    let parts: Vec<String> = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let from = parts
        .iter()
        .rposition(|p| p == "scenarios" || p == "locales")
        .unwrap_or(parts.len().saturating_sub(1));
    parts[from..].join("/")
}

/// 64-bit FNV-1a: small, stable across platforms and versions, good enough to tell content
/// versions apart (not for security).
fn fnv(hash: &mut u64, bytes: &[u8]) {
    for b in bytes {
        *hash ^= u64::from(*b);
        *hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn file_for<'a>(
    lang: &str,
    stem: &str,
    indexes: &'a HashMap<(String, String), (FileId, FtlIndex)>,
) -> Option<(FileId, &'a FtlIndex)> {
    indexes
        .get(&(lang.to_string(), stem.to_string()))
        .map(|(id, idx)| (*id, idx))
}

fn check_ui_text(
    needs: &[(String, &[&str])],
    texts: &Texts,
    sources: &mut Sources,
    diags: &mut Vec<Diagnostic>,
) {
    for lang in &texts.languages {
        let Some((file, index)) = file_for(lang, UI_FILE, &texts.indexes) else {
            let id = sources.add(
                PathBuf::from(format!("locales/{lang}/{UI_FILE}.ftl")),
                String::new(),
            );
            diags.push(
                Diagnostic::error(
                    "missing-text-file",
                    id,
                    format!("language `{lang}` has no `{UI_FILE}.ftl` with the game's own texts"),
                )
                .help(format!(
                    "copy locales/{SOURCE_LANGUAGE}/{UI_FILE}.ftl and translate it"
                )),
            );
            continue;
        };
        let missing: Vec<&str> = needs
            .iter()
            .map(|(k, _)| k.as_str())
            .filter(|k| {
                let (id, attr) = split_key(k);
                !index.has(id, attr)
            })
            .collect();
        if !missing.is_empty() {
            diags.push(
                Diagnostic::error(
                    "missing-message",
                    file,
                    format!(
                        "{} game text(s) missing: {}",
                        missing.len(),
                        missing.join(", ")
                    ),
                )
                .help(format!(
                    "add them; see locales/{SOURCE_LANGUAGE}/{UI_FILE}.ftl for the Dutch text"
                )),
            );
        }
        let allowed = |id: &str, var: &str| {
            needs
                .iter()
                .filter(|(k, _)| split_key(k).0 == id)
                .any(|(_, vars)| vars.contains(&var))
        };
        text_check::check_references(file, index, &allowed, diags);
        for (id, info) in &index.messages {
            if !needs.iter().any(|(k, _)| split_key(k).0 == id) {
                diags.push(
                    Diagnostic::warning(
                        "unused-message",
                        file,
                        format!("the game never uses the message `{id}`"),
                    )
                    .at(info.span.clone(), "unused")
                    .help("remove it, or check its spelling"),
                );
            }
        }
    }
}

fn split_key(k: &str) -> (&str, Option<&str>) {
    match k.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (k, None),
    }
}

fn check_scenario_text(
    s: &Scenario,
    ron_file: FileId,
    tree: &SpanTree,
    texts: &Texts,
    diags: &mut Vec<Diagnostic>,
) {
    let needs = s.text_needs();
    let need_ids: HashSet<&str> = needs.iter().map(|n| n.key.id.as_str()).collect();
    let need_keys: HashSet<(&str, Option<&str>)> = needs
        .iter()
        .map(|n| (n.key.id.as_str(), n.key.attr.as_deref()))
        .collect();
    let source_index = file_for(SOURCE_LANGUAGE, &s.id, &texts.indexes).map(|(_, i)| i);
    for lang in &texts.languages {
        let path = format!("locales/{lang}/{}.ftl", s.id);
        let Some((file, index)) = file_for(lang, &s.id, &texts.indexes) else {
            diags.push(
                Diagnostic::error(
                    "missing-text-file",
                    ron_file,
                    format!("scenario `{}` has no text in language `{lang}`", s.id),
                )
                .at(tree.locate(&[Seg::Field("id")]), "needs text")
                .help(format!("create {path}")),
            );
            continue;
        };
        let mut missing_here = Vec::new();
        for need in &needs {
            let (id, attr) = (need.key.id.as_str(), need.key.attr.as_deref());
            let expected = need.required
                || (lang != SOURCE_LANGUAGE && source_index.is_some_and(|i| i.has(id, attr)));
            if expected && !index.has(id, attr) {
                missing_here.push(need);
            }
        }
        for need in missing_here {
            let example = match &need.key.attr {
                Some(a) => format!(
                    "`{id}` with an attribute line `    .{a} = …`",
                    id = need.key.id
                ),
                None => format!("a line `{} = …`", need.key.id),
            };
            diags.push(
                Diagnostic::error(
                    "missing-message",
                    ron_file,
                    format!("no `{lang}` text for `{}`", need.key),
                )
                .at(
                    tree.locate(&need.anchor.path()),
                    format!("needs `{}` in {path}", need.key),
                )
                .help(format!("add {example} to {path}")),
            );
        }
        // Unused messages and attributes.
        for (id, info) in &index.messages {
            if !need_ids.contains(id.as_str()) {
                let help = match suggest(id, need_ids.iter().copied()) {
                    Some(x) => format!("did you mean `{x}`? Otherwise remove it"),
                    None => {
                        "no node, character or chat has this id; remove it or check its spelling"
                            .into()
                    }
                };
                diags.push(
                    Diagnostic::warning(
                        "unused-message",
                        file,
                        format!("no part of scenario `{}` uses the message `{id}`", s.id),
                    )
                    .at(info.span.clone(), "unused")
                    .help(help),
                );
                continue;
            }
            for (attr, span) in &info.attributes {
                if !need_keys.contains(&(id.as_str(), Some(attr.as_str()))) {
                    diags.push(
                        Diagnostic::warning(
                            "unused-message",
                            file,
                            format!("no part of scenario `{}` uses `{id}.{attr}`", s.id),
                        )
                        .at(span.clone(), "unused attribute")
                        .help("option attributes must match the option ids in the scenario file"),
                    );
                }
            }
        }
        let allowed = |_: &str, var: &str| {
            GAME_VARIABLES.contains(&var) || s.variables.iter().any(|v| v.id == var)
        };
        text_check::check_references(file, index, &allowed, diags);
    }
}
