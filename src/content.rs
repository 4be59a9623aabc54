//! The content the program plays: where it comes from, and the messages of `ui.ftl` that
//! the game and the report use themselves (the story core checks `ui.ftl` against them).

use std::path::{Path, PathBuf};

use crate::story::files;
use crate::story::library::{self, Loaded, UiMessages};

/// The messages of `ui.ftl` the game and the report use, with the variables each gets.
/// Add a message here when a screen or the report starts using it; `check` then demands
/// it in every language. (The format's own words — feelings, flags, help — come from the
/// core.)
pub const MESSAGES: UiMessages = &[
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
    ("notice-record-damaged", &[]),
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

/// Checks and builds the library from content in memory.
pub fn build(content: files::Content) -> Loaded {
    library::from_sources(content, MESSAGES)
}

/// Reads and builds the library in `root` (`root/scenarios`, `root/locales`).
pub fn load_dir(root: &Path) -> std::io::Result<Loaded> {
    Ok(build(files::read_dir(root)?))
}

/// Reads and builds the content in `paths` (files or folders; see [`files::read`]).
pub fn load_paths(paths: &[PathBuf]) -> std::io::Result<Loaded> {
    Ok(build(files::read(paths)?))
}

/// The content folder: the option, else the first of the working folder, the program's
/// folder and two levels above it (`target/release/`) that has `scenarios/`.
pub fn find(option: Option<&Path>) -> PathBuf {
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
