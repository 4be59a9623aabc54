//! Loading a whole library: every scenario and every locale, checked into immutable data.
//!
//! The same pass serves `respect-online check` (all diagnostics) and the game (the
//! scenarios that are sound; broken ones are left out and reported, never a crash).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::analysis;
use super::diag::{Diagnostic, FileId, Sources};
use super::format::{Criterion, Feeling, Flag, Help, Theme, parse_ron};
use super::locale::{GAME_VARIABLES, Locales, SOURCE_LANGUAGE, UI_FILE};
use super::readability::{self, MAX_WORDS_PER_SENTENCE, Readability};
use super::scenario::{self, Scenario};
use super::spans::{Seg, SpanTree};
use super::text_check::{self, FtlIndex};
use super::{ron_error, suggest};

/// A checked library: the scenarios that are sound, and all text.
#[derive(Debug)]
pub struct Library {
    scenarios: BTreeMap<String, Arc<Scenario>>,
    pub locales: Locales,
    /// Short hash over all content files, to tell content versions apart in reports.
    pub content_hash: String,
    scenario_hashes: HashMap<String, String>,
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
}

/// The result of loading: the library, the sources read, and every diagnostic.
#[derive(Debug)]
pub struct Loaded {
    pub library: Library,
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
    /// Readability of every sound scenario in every language.
    pub readability: Vec<Readability>,
}

impl Loaded {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

/// The game's own messages in `ui.ftl` with the variables each one gets.
pub fn ui_messages() -> Vec<(String, &'static [&'static str])> {
    /// The game's screens: message id and the variables it gets.
    const SCREENS: &[(&str, &[&str])] = &[
        ("text-missing", &[]),
        ("switch-title", &["name"]),
        ("game-title", &[]),
        ("game-subtitle", &[]),
        ("back", &[]),
        ("language-nl", &[]),
        ("language-en", &[]),
        ("start-welcome-back", &["name"]),
        ("start-continue", &[]),
        ("start-new", &[]),
        ("start-begin", &[]),
        ("start-settings", &[]),
        ("start-worker", &[]),
        ("start-over-title", &[]),
        ("start-over-text", &[]),
        ("start-over-yes", &[]),
        ("start-over-no", &[]),
        ("welcome-title", &[]),
        ("welcome-what", &[]),
        ("welcome-reader", &[]),
        ("welcome-no-wrong", &[]),
        ("welcome-no-names", &[]),
        ("welcome-saved", &[]),
        ("welcome-name", &[]),
        ("welcome-name-hint", &[]),
        ("welcome-name-placeholder", &[]),
        ("welcome-start", &[]),
        ("notice-ok", &[]),
        ("notice-no-saving", &[]),
        ("notice-save-failed", &[]),
        ("notice-content-changed", &[]),
        ("notice-scenario-broken", &[]),
        ("notice-restored", &[]),
        ("notice-lost", &[]),
        ("overview-stop", &[]),
        ("overview-hello", &["name"]),
        ("overview-intro", &[]),
        ("overview-continue", &["title"]),
        ("overview-empty", &[]),
        ("overview-assigned", &[]),
        ("overview-minutes", &["minutes"]),
        ("overview-start", &[]),
        ("overview-resume", &[]),
        ("status-new", &[]),
        ("status-busy", &[]),
        ("status-done", &[]),
        ("play-menu", &[]),
        ("play-pause", &[]),
        ("play-save-stop", &[]),
        ("play-paused", &[]),
        ("play-paused-text", &[]),
        ("play-resume", &[]),
        ("play-next", &[]),
        ("play-skip-hint", &[]),
        ("play-choice-hint", &[]),
        ("play-thinks", &[]),
        ("play-you-chose", &[]),
        ("play-typing", &["name"]),
        ("attachment-photo", &[]),
        ("attachment-video", &[]),
        ("attachment-screenshot", &[]),
        ("attachment-link", &[]),
        ("reflect-title", &[]),
        ("reflect-reader", &[]),
        ("reflect-hint", &[]),
        ("reflect-done", &[]),
        ("reflect-skip", &[]),
        ("reflect-other", &[]),
        ("reflect-pick-flag", &[]),
        ("reflect-pick-criteria", &[]),
        ("reflect-nudge", &[]),
        ("reflect-nudge-more", &[]),
        ("reflect-nudge-fine", &[]),
        ("feedback-flag-same", &[]),
        ("feedback-flag-other", &[]),
        ("feedback-yours", &[]),
        ("feedback-reference", &[]),
        ("feedback-flag", &[]),
        ("feedback-violated", &[]),
        ("feedback-ok", &[]),
        ("feedback-right", &[]),
        ("feedback-wrong", &[]),
        ("ending-label", &[]),
        ("ending-your-choices", &[]),
        ("ending-help", &[]),
        ("ending-take-with-you", &[]),
        ("ending-done", &[]),
        ("settings-title", &[]),
        ("settings-text-size", &[]),
        ("settings-contrast", &[]),
        ("settings-font", &[]),
        ("settings-font-sample", &[]),
        ("settings-speed", &[]),
        ("settings-speed-slow", &[]),
        ("settings-speed-normal", &[]),
        ("settings-speed-fast", &[]),
        ("settings-speed-instant", &[]),
        ("settings-saved", &[]),
        ("worker-title", &[]),
        ("worker-data-dir", &[]),
        ("welcome-code", &[]),
        ("welcome-code-placeholder", &[]),
        ("ending-question", &[]),
        ("ending-question-hint", &[]),
        ("worker-intro", &[]),
        ("worker-case", &[]),
        ("worker-scenarios", &[]),
        ("worker-make-code", &[]),
        ("worker-code", &[]),
        ("worker-code-read", &[]),
        ("worker-pick", &[]),
        ("worker-bad-case", &[]),
        ("worker-report", &[]),
        ("start-code", &[]),
        ("code-title", &[]),
        ("code-text", &[]),
        ("code-use", &[]),
        ("code-ok", &[]),
        ("code-empty", &[]),
        ("code-typo", &[]),
        ("code-other-version", &[]),
        ("overview-report", &[]),
        ("overview-report-text", &[]),
        ("report-written", &[]),
        ("report-all-done", &[]),
        ("report-open-folder", &[]),
        ("report-open-failed", &[]),
        ("report-failed", &[]),
        ("report-title", &[]),
        ("report-case", &[]),
        ("report-name", &[]),
        ("report-code", &[]),
        ("report-played", &[]),
        ("report-not-played", &[]),
        ("report-nothing", &[]),
        ("report-active", &[]),
        ("report-active-note", &[]),
        ("report-version", &[]),
        ("report-content", &[]),
        ("report-generated", &[]),
        ("report-minutes", &["minutes"]),
        ("report-overview", &[]),
        ("report-assigned", &[]),
        ("report-not-assigned", &[]),
        ("report-col-scenario", &[]),
        ("report-col-status", &[]),
        ("report-col-time", &[]),
        ("report-col-ending", &[]),
        ("report-col-language", &[]),
        ("report-status-not-started", &[]),
        ("report-status-busy", &[]),
        ("report-status-done", &[]),
        ("report-points", &[]),
        ("report-points-none", &[]),
        ("report-point-question", &[]),
        ("report-point-risky", &[]),
        ("report-point-flag", &[]),
        ("report-point-ruler", &[]),
        ("report-point-empty", &[]),
        ("report-point-short", &[]),
        ("report-decisions", &[]),
        ("report-chosen", &[]),
        ("report-risky", &[]),
        ("report-ending", &[]),
        ("report-ending-open", &[]),
        ("report-takeaway", &[]),
        ("report-question", &[]),
        ("report-help", &[]),
        ("report-reflections", &[]),
        ("report-empty", &[]),
        ("report-feelings-other", &[]),
        ("report-flag", &[]),
        ("report-flag-yours", &[]),
        ("report-flag-reference", &[]),
        ("report-quiz-right", &[]),
        ("report-quiz-wrong", &[]),
        ("report-quiz-correct", &[]),
        ("report-apology", &[]),
        ("report-own-situation", &[]),
        ("report-skipped", &[]),
        ("report-starter", &[]),
        ("report-changed", &[]),
        ("report-footer", &["version", "date"]),
    ];
    let mut out: Vec<(String, &'static [&'static str])> = SCREENS
        .iter()
        .map(|(id, vars)| (id.to_string(), *vars))
        .collect();
    out.extend(
        Theme::ALL
            .iter()
            .map(|t| (format!("theme-{}", t.key()), &[][..])),
    );
    for h in Help::ALL {
        for attr in ["", ".about", ".contact"] {
            out.push((format!("help-{}{attr}", h.key()), &[]));
        }
    }
    out.extend(
        Feeling::ALL
            .iter()
            .map(|f| (format!("feeling-{}", f.key()), &[][..])),
    );
    for f in Flag::ALL {
        out.push((format!("flag-{}", f.key()), &[]));
        out.push((format!("flag-{}.about", f.key()), &[]));
    }
    for c in Criterion::ALL {
        out.push((format!("criterion-{}", c.key()), &[]));
        out.push((format!("criterion-{}.about", c.key()), &[]));
    }
    out
}

/// Content files found under the given paths.
#[derive(Debug, Default)]
pub struct ContentFiles {
    pub scenarios: Vec<PathBuf>,
    /// (language, file stem, path)
    pub locales: Vec<(String, String, PathBuf)>,
}

/// Finds `.ron` and `.ftl` files under `paths` (files or directories). A `.ftl` file's
/// language is the name of its folder. When no `.ftl` file is among them, the text of those
/// scenarios (and `ui.ftl`) is taken from the `locales/` folder beside each scenario folder,
/// so `check scenarios/x.ron` just works.
pub fn discover(paths: &[PathBuf]) -> std::io::Result<ContentFiles> {
    let mut files = ContentFiles::default();
    for p in paths {
        walk(p, &mut files)?;
    }
    if files.locales.is_empty() {
        let mut extra: Vec<PathBuf> = files
            .scenarios
            .iter()
            .filter_map(|s| s.parent()?.parent().map(|root| root.join("locales")))
            .filter(|l| l.is_dir())
            .collect();
        extra.sort();
        extra.dedup();
        let mut found = ContentFiles::default();
        for l in extra {
            walk(&l, &mut found)?;
        }
        // Only the text of the scenarios being checked, and the game's own texts: other
        // scenarios' files in the same folder are not orphans.
        let stems: HashSet<String> = files.scenarios.iter().map(|p| stem(p)).collect();
        files.locales.extend(
            found
                .locales
                .into_iter()
                .filter(|(_, s, _)| s == UI_FILE || stems.contains(s)),
        );
    }
    files.scenarios.sort();
    files.scenarios.dedup();
    files.locales.sort();
    files.locales.dedup();
    Ok(files)
}

fn walk(path: &Path, files: &mut ContentFiles) -> std::io::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for e in entries {
            walk(&e, files)?;
        }
        return Ok(());
    }
    if !path.exists() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("{} does not exist", path.display()),
        ));
    }
    match path.extension().and_then(|e| e.to_str()) {
        Some("ron") => files.scenarios.push(path.to_path_buf()),
        Some("ftl") => {
            let lang = path
                .parent()
                .and_then(|p| p.file_name())
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_string();
            let stem = stem(path);
            files.locales.push((lang, stem, path.to_path_buf()));
        }
        _ => {}
    }
    Ok(())
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .to_string()
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

/// The content folder: the option, else the first of the working folder, the program's
/// folder and two levels above it (`target/release/`) that has `scenarios/`.
pub fn find_content(option: Option<&Path>) -> PathBuf {
    if let Some(dir) = option {
        return dir.to_path_buf();
    }
    let mut candidates = vec![PathBuf::from(".")];
    if let Ok(exe) = std::env::current_exe()
        && let Some(dir) = exe.parent()
    {
        candidates.push(dir.to_path_buf());
        candidates.extend(dir.ancestors().nth(2).map(Path::to_path_buf));
    }
    candidates
        .into_iter()
        .find(|c| c.join("scenarios").is_dir())
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Loads the library in `root` (`root/scenarios`, `root/locales`).
pub fn load_dir(root: &Path) -> std::io::Result<Loaded> {
    let files = discover(&[root.join("scenarios"), root.join("locales")])?;
    Ok(load(&files))
}

/// Reads, checks and builds everything in `files`. Unreadable files become diagnostics.
pub fn load(files: &ContentFiles) -> Loaded {
    let mut sources = Sources::default();
    let mut diags = Vec::new();
    fn read(path: &Path, sources: &mut Sources, diags: &mut Vec<Diagnostic>) -> Option<FileId> {
        match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => Some(sources.add(path.to_path_buf(), text)),
                Err(e) => {
                    let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                    let id = sources.add(path.to_path_buf(), text);
                    diags.push(
                        Diagnostic::error("not-utf8", id, "the file is not UTF-8 text")
                            .help("save the file as UTF-8 in your editor"),
                    );
                    Some(id)
                }
            },
            Err(e) => {
                let id = sources.add(path.to_path_buf(), String::new());
                diags.push(Diagnostic::error(
                    "unreadable-file",
                    id,
                    format!("cannot read the file: {e}"),
                ));
                None
            }
        }
    }

    // Scenarios.
    let mut compiled: Vec<(FileId, Scenario, SpanTree)> = Vec::new();
    let mut scenario_files: HashMap<String, FileId> = HashMap::new();
    let mut tags: HashMap<u16, (String, FileId)> = HashMap::new();
    for path in &files.scenarios {
        let Some(id) = read(path, &mut sources, &mut diags) else {
            continue;
        };
        let text = sources.text(id).to_string();
        let file = match parse_ron(&text) {
            Ok(f) => f,
            Err(e) => {
                diags.push(ron_error(id, &text, &e));
                continue;
            }
        };
        let tree = SpanTree::parse(&text);
        let (scenario, mut d) = scenario::compile(file, id, &text, &tree, &stem(path));
        diags.append(&mut d);
        let Some(scenario) = scenario else { continue };
        let mut d = analysis::check(&scenario, id, &tree);
        let broken = d.iter().any(Diagnostic::is_error);
        diags.append(&mut d);
        if let Some(&first) = scenario_files.get(&scenario.id) {
            let tree = super::spans::SpanTree::parse(&text);
            let first_span = super::spans::SpanTree::parse(sources.text(first))
                .locate(&[super::spans::Seg::Field("id")]);
            diags.push(
                Diagnostic::error(
                    "duplicate-id",
                    id,
                    format!("two scenarios have the id `{}`", scenario.id),
                )
                .at(tree.locate(&[Seg::Field("id")]), "second use")
                .related(first, first_span, "first used here")
                .help("give each scenario its own id"),
            );
            continue;
        }
        let tag = crate::assign::tag(&scenario.id);
        if let Some((other, first)) = tags.get(&tag) {
            let tree = SpanTree::parse(&text);
            let first_span = SpanTree::parse(sources.text(*first)).locate(&[Seg::Field("id")]);
            diags.push(
                Diagnostic::error(
                    "code-tag-clash",
                    id,
                    format!(
                        "scenarios `{other}` and `{}` would get the same tag in assignment codes",
                        scenario.id
                    ),
                )
                .at(tree.locate(&[Seg::Field("id")]), "same tag")
                .related(*first, first_span, "as this one")
                .help("rename one of the two scenarios (its id, file name and text files)"),
            );
            continue;
        }
        tags.insert(tag, (scenario.id.clone(), id));
        scenario_files.insert(scenario.id.clone(), id);
        if !broken {
            compiled.push((id, scenario, tree));
        }
    }

    // Text.
    let scenario_stems: HashSet<String> = files.scenarios.iter().map(|p| stem(p)).collect();
    let mut locales = Locales::default();
    let mut indexes: HashMap<(String, String), (FileId, FtlIndex)> = HashMap::new();
    let mut languages: Vec<String> = Vec::new();
    for (lang, file_stem, path) in &files.locales {
        let Some(id) = read(path, &mut sources, &mut diags) else {
            continue;
        };
        if !languages.contains(lang) {
            languages.push(lang.clone());
        }
        // The bundle gets what parsed; syntax errors become diagnostics.
        let (resource, index) =
            text_check::parse_file(id, sources.text(id).to_string(), &mut diags);
        locales.add(lang, file_stem, resource);
        if file_stem != UI_FILE && !scenario_stems.contains(file_stem) {
            let known: Vec<&str> = scenario_stems.iter().map(String::as_str).collect();
            let help = match suggest(file_stem, known) {
                Some(s) => format!("did you mean `{s}.ftl`?"),
                None => {
                    format!("name it after a scenario id, or `{UI_FILE}.ftl` for the game's texts")
                }
            };
            diags.push(
                Diagnostic::warning(
                    "orphan-text-file",
                    id,
                    format!("no scenario has the id `{file_stem}`, so nothing uses this file"),
                )
                .help(help),
            );
        }
        indexes.insert((lang.clone(), file_stem.clone()), (id, index));
    }
    languages.sort_by_key(|l| (l != SOURCE_LANGUAGE, l.clone()));
    if !files.locales.is_empty() && !languages.iter().any(|l| l == SOURCE_LANGUAGE) {
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

    check_ui_text(&languages, &indexes, &mut sources, &mut diags);
    for (file, s, tree) in &compiled {
        check_scenario_text(s, *file, tree, &languages, &indexes, &mut diags);
    }
    let mut readability = Vec::new();
    for (file, s, tree) in &compiled {
        for lang in &languages {
            let r = readability::measure(s, &locales, lang);
            if r.sentences == 0 {
                // No text in this language at all: `missing-text-file` says so.
                continue;
            }
            if r.too_long() {
                diags.push(
                    Diagnostic::warning(
                        "readability",
                        *file,
                        format!(
                            "the `{lang}` text of `{}` averages {:.1} words per sentence (limit {MAX_WORDS_PER_SENTENCE})",
                            s.id,
                            r.words_per_sentence()
                        ),
                    )
                    .at(tree.locate(&[Seg::Field("id")]), "text too hard to read")
                    .help("split long sentences: one idea per message, about 12 words at most"),
                );
            }
            readability.push(r);
        }
    }

    // Hashes over the bytes of every file, in path order.
    let mut all = FNV_OFFSET;
    let mut by_scenario: HashMap<String, u64> = HashMap::new();
    for (_, s, _) in &compiled {
        by_scenario.insert(s.id.clone(), FNV_OFFSET);
    }
    let mut ids: Vec<FileId> = (0..sources.len()).collect();
    ids.sort_by(|a, b| sources.path(*a).cmp(sources.path(*b)));
    for id in ids {
        let path = sources.path(id);
        let text = sources.text(id).as_bytes();
        fnv(
            &mut all,
            path.to_string_lossy().replace('\\', "/").as_bytes(),
        );
        fnv(&mut all, text);
        if let Some(h) = by_scenario.get_mut(&stem(path)) {
            fnv(h, text);
        }
    }
    let scenarios = compiled
        .into_iter()
        .map(|(_, s, _)| (s.id.clone(), Arc::new(s)))
        .collect();
    Loaded {
        library: Library {
            scenarios,
            locales,
            content_hash: format!("{:08x}", all >> 32),
            scenario_hashes: by_scenario
                .into_iter()
                .map(|(k, v)| (k, format!("{:08x}", v >> 32)))
                .collect(),
        },
        sources,
        diagnostics: diags,
        readability,
    }
}

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
    languages: &[String],
    indexes: &HashMap<(String, String), (FileId, FtlIndex)>,
    sources: &mut Sources,
    diags: &mut Vec<Diagnostic>,
) {
    let needs = ui_messages();
    for lang in languages {
        let Some((file, index)) = file_for(lang, UI_FILE, indexes) else {
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
    languages: &[String],
    indexes: &HashMap<(String, String), (FileId, FtlIndex)>,
    diags: &mut Vec<Diagnostic>,
) {
    let needs = s.text_needs();
    let need_ids: HashSet<&str> = needs.iter().map(|n| n.key.id.as_str()).collect();
    let need_keys: HashSet<(&str, Option<&str>)> = needs
        .iter()
        .map(|n| (n.key.id.as_str(), n.key.attr.as_deref()))
        .collect();
    let source_index = file_for(SOURCE_LANGUAGE, &s.id, indexes).map(|(_, i)| i);
    for lang in languages {
        let path = format!("locales/{lang}/{}.ftl", s.id);
        let Some((file, index)) = file_for(lang, &s.id, indexes) else {
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
