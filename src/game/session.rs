//! What the game knows and does, apart from drawing: the library, the player's profile and
//! saves, the run being played, and the actions the screens ask for.
//!
//! Plain Rust on purpose: the Bevy systems only pass actions in and read the screen out,
//! so all of this is tested without a window.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use bevy::prelude::States;
use fluent_bundle::FluentArgs;

use crate::assign::{self, CodeError};
use crate::report;
use crate::store::{Assignment, Draft, Notice, Profile, RunSave, SAVE_SCHEMA, Settings, Store};
use crate::story::locale::{LangChain, SOURCE_LANGUAGE, story_args};
use crate::story::runtime::{Answer, EventKind, Millis};
use crate::story::{Library, Loaded, MessageKey, NodeKind, Run, Scenario};

/// The screens of the game.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Start,
    Welcome,
    Overview,
    Play,
    Settings,
    Worker,
    /// Entering the worker's assignment code later.
    Code,
}

/// What a screen asks the game to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Go(Screen),
    /// Settings were opened from this screen; "back" returns there.
    OpenSettings,
    CloseSettings,
    SetLanguage(String),
    SetSettings(Settings),
    /// First start: the name or case code.
    CreateProfile(String),
    /// Start over: the old profile and saves are moved to an archive folder.
    StartOver,
    /// Play a scenario: a new run or the saved one.
    Play(String),
    /// Continue the scenario played last.
    Continue,
    Advance,
    Choose(String),
    /// Answer the current reflection with the draft.
    Answer,
    /// Close the feedback after a flag judgement or knowledge check.
    CloseFeedback,
    /// Close the ending with what the player takes with them (the draft's text).
    Finish,
    /// Save, stop playing and go back to the overview.
    SaveAndStop,
    DismissNotice,
    /// Use the assignment code typed in `code_input` (on the code screen).
    EnterCode,
    /// Worker screen: make an assignment code from `worker`.
    MakeCode,
    /// Write the report to the data folder.
    MakeReport,
    /// Open the folder the report was written to.
    OpenReportFolder,
    /// Authors (`--dev`): start the current scenario again at this node.
    PlayFrom(String),
}

/// What happened to the game when the content was loaded again (`--dev`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reload {
    /// The new content is in use; the run, if any, stands at the same node.
    Swapped,
    /// The new content is in use; the run's node is gone, so it went as far as the record
    /// still fits the new version.
    Replayed,
    /// The scenario being played has errors in the new version, so the previous version
    /// keeps playing.
    Kept,
}

/// What the worker screen holds while a code is made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkerForm {
    pub case: String,
    /// Picked scenario ids, in the order they were picked.
    pub picked: Vec<String>,
    /// The code made, or the id of the message saying what is wrong.
    pub result: Option<Result<String, String>>,
}

/// Opens a folder in the system's file manager.
pub type FolderOpener = Box<dyn Fn(&Path) -> std::io::Result<()> + Send + Sync>;

/// The system's file manager: `xdg-open`, `open` or `explorer`.
pub fn system_opener() -> FolderOpener {
    Box::new(|dir: &Path| {
        let program = if cfg!(target_os = "windows") {
            "explorer"
        } else if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        };
        std::process::Command::new(program)
            .arg(dir)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map(drop)
    })
}

/// Status of a scenario for the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    New,
    Busy,
    Done,
}

/// The run being played.
#[derive(Debug)]
pub struct Active {
    pub run: Run,
    pub draft: Draft,
    /// Seconds (UI clock) when the current node appeared; set by the play screen.
    pub shown_at: Option<f64>,
    /// The player skipped the typing animation of the current node.
    pub skipped: bool,
    pub paused: bool,
    pub menu_open: bool,
    /// After a flag judgement or knowledge check: the node and the answer, to show the
    /// reference answer and explanation.
    pub feedback: Option<(String, Answer)>,
}

impl Active {
    fn new(run: Run, draft: Draft) -> Active {
        Active {
            run,
            draft,
            shown_at: None,
            skipped: false,
            paused: false,
            menu_open: false,
            feedback: None,
        }
    }
}

/// Everything the game holds.
pub struct Session {
    pub library: Arc<Library>,
    pub store: Option<Store>,
    pub profile: Option<Profile>,
    pub settings: Settings,
    pub runs: BTreeMap<String, RunSave>,
    pub active: Option<Active>,
    /// Friendly messages to show the player, oldest first.
    pub notices: Vec<String>,
    pub screen: Screen,
    /// Where "back" in the settings leads.
    pub settings_return: Screen,
    /// The system's language, used until the player picks one.
    pub system_language: String,
    /// The draft changed and is not saved yet.
    pub draft_dirty: bool,
    /// The name typed on the first-start screen.
    pub name_input: String,
    /// The start-over confirmation is open.
    pub confirm_start_over: bool,
    /// The assignment code typed on the first-start or code screen.
    pub code_input: String,
    /// The id of the message about the code typed last (`code-ok`, `code-typo` …).
    pub code_message: Option<String>,
    pub worker: WorkerForm,
    /// Language of the report, chosen on the worker screen (the worker's, not the player's).
    pub report_language: String,
    /// The report written last.
    pub report: Option<report::Written>,
    pub open_folder: FolderOpener,
    chain: LangChain,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("screen", &self.screen)
            .field("profile", &self.profile)
            .field(
                "active",
                &self.active.as_ref().map(|a| a.run.node().id.clone()),
            )
            .finish()
    }
}

/// Characters allowed in a name or case code.
pub const MAX_NAME_CHARS: usize = 30;

impl Session {
    /// Opens the player's files in `store` (or plays without saving when `None`).
    pub fn new(library: Arc<Library>, store: Option<Store>, system_language: &str) -> Session {
        let mut notices = Vec::new();
        let (profile, settings, runs) = match &store {
            Some(store) => {
                let p = store.load_profile();
                let s = store.load_settings();
                let (runs, run_notices) = store.load_runs();
                for n in p
                    .notice
                    .iter()
                    .chain(s.notice.iter())
                    .chain(run_notices.iter())
                {
                    notices.push(describe_notice(n));
                }
                (p.value, s.value.unwrap_or_default(), runs)
            }
            None => (None, Settings::default(), BTreeMap::new()),
        };
        let mut s = Session {
            chain: library.locales.negotiate(&[system_language]),
            library,
            store,
            profile,
            settings,
            runs,
            active: None,
            notices: Vec::new(),
            screen: Screen::Start,
            settings_return: Screen::Start,
            system_language: system_language.to_string(),
            draft_dirty: false,
            name_input: String::new(),
            confirm_start_over: false,
            code_input: String::new(),
            code_message: None,
            worker: WorkerForm::default(),
            report_language: SOURCE_LANGUAGE.to_string(),
            report: None,
            open_folder: system_opener(),
        };
        s.update_chain();
        s.notices = notices
            .into_iter()
            .map(|key| s.ui(&key).to_string())
            .collect();
        if s.store.is_none() {
            let text = s.ui("notice-no-saving");
            s.notices.push(text);
        }
        s
    }

    fn update_chain(&mut self) {
        let lang = self
            .profile
            .as_ref()
            .and_then(|p| p.language.clone())
            .unwrap_or_else(|| self.system_language.clone());
        self.chain = self.library.locales.negotiate(&[lang.as_str()]);
    }

    pub fn language(&self) -> &str {
        self.chain.primary()
    }

    pub fn chain(&self) -> &LangChain {
        &self.chain
    }

    pub fn player_name(&self) -> &str {
        self.profile.as_ref().map_or("", |p| p.name.as_str())
    }

    /// A text of the game itself.
    pub fn ui(&self, id: &str) -> String {
        self.library.locales.ui(&self.chain, id, None)
    }

    pub fn ui_args(&self, id: &str, args: &FluentArgs) -> String {
        self.library.locales.ui(&self.chain, id, Some(args))
    }

    /// A text of a scenario, with the player's name and the active run's variables.
    pub fn story(&self, scenario: &str, key: &MessageKey) -> String {
        let vars: Vec<(&str, _)> = match &self.active {
            Some(a) if a.run.scenario().id == scenario => a.run.named_vars().collect(),
            _ => Vec::new(),
        };
        let args = story_args(self.player_name(), vars);
        self.library
            .locales
            .text(&self.chain, scenario, key, Some(&args))
    }

    pub fn status(&self, scenario: &str) -> Status {
        match self.runs.get(scenario) {
            None => Status::New,
            Some(r) => {
                let finished = r
                    .transcript
                    .events
                    .iter()
                    .any(|e| matches!(e.kind, EventKind::Finished { .. }));
                if finished { Status::Done } else { Status::Busy }
            }
        }
    }

    /// Scenarios for the overview: assigned ones first, each group in library order.
    pub fn overview(&self) -> Vec<(Arc<Scenario>, bool)> {
        let assigned: Vec<String> = self
            .profile
            .as_ref()
            .and_then(|p| p.assignment.as_ref())
            .map(|a| a.scenarios.clone())
            .unwrap_or_default();
        let mut list: Vec<(Arc<Scenario>, bool)> = self
            .library
            .scenarios()
            .map(|s| (Arc::clone(s), assigned.contains(&s.id)))
            .collect();
        list.sort_by_key(|(s, a)| {
            (
                !a,
                assigned
                    .iter()
                    .position(|x| *x == s.id)
                    .unwrap_or(usize::MAX),
            )
        });
        list
    }

    /// The unfinished scenario played last, if any.
    pub fn continue_target(&self) -> Option<String> {
        let last = self.profile.as_ref()?.last_scenario.clone()?;
        (self.library.scenario(&last).is_some() && self.status(&last) == Status::Busy)
            .then_some(last)
    }

    /// Applies an action at wall-clock time `now`. Saving problems become notices; the
    /// game goes on.
    pub fn apply(&mut self, action: Action, now: Millis) {
        match action {
            Action::Go(screen) => self.screen = screen,
            Action::OpenSettings => {
                if self.screen != Screen::Settings {
                    self.settings_return = self.screen;
                }
                self.screen = Screen::Settings;
            }
            Action::CloseSettings => self.screen = self.settings_return,
            Action::SetLanguage(lang) => {
                self.system_language = lang.clone();
                if let Some(p) = &mut self.profile {
                    p.language = Some(lang);
                    self.save_profile();
                }
                self.update_chain();
            }
            Action::SetSettings(settings) => {
                self.settings = settings.clamped();
                if let Some(store) = &self.store
                    && store.save_settings(&self.settings).is_err()
                {
                    self.notice("notice-save-failed");
                }
            }
            Action::CreateProfile(name) => {
                let name: String = name.trim().chars().take(MAX_NAME_CHARS).collect();
                if name.is_empty() {
                    return;
                }
                let assignment = if self.code_input.trim().is_empty() {
                    None
                } else {
                    match self.decode_code() {
                        Ok(a) => Some(a),
                        Err(e) => {
                            self.code_message = Some(e.player_message().to_string());
                            return;
                        }
                    }
                };
                self.code_message = None;
                self.profile = Some(Profile {
                    schema: SAVE_SCHEMA,
                    name,
                    created: now,
                    language: Some(self.language().to_string()),
                    assignment,
                    last_scenario: None,
                });
                self.save_profile();
                self.screen = Screen::Overview;
            }
            Action::StartOver => {
                self.confirm_start_over = false;
                if let Some(store) = &self.store
                    && store.archive(now).is_err()
                {
                    self.notice("notice-save-failed");
                    return;
                }
                self.profile = None;
                self.runs.clear();
                self.active = None;
                self.name_input.clear();
                self.screen = Screen::Welcome;
            }
            Action::Play(id) => self.play(&id, now),
            Action::Continue => {
                if let Some(id) = self.continue_target() {
                    self.play(&id, now);
                }
            }
            Action::Advance => self.step(now, |run, now| run.advance(now)),
            Action::Choose(option) => self.step(now, |run, now| run.choose(&option, now)),
            Action::Answer => {
                let Some(active) = &self.active else { return };
                let node = active.run.node().clone();
                let Some(answer) = active.draft.answer(&node.kind) else {
                    return;
                };
                let shows_feedback = matches!(
                    node.kind,
                    NodeKind::FlagJudgement { .. } | NodeKind::Quiz { .. }
                );
                let recorded = answer.clone();
                self.step(now, move |run, now| run.answer(answer, now));
                if shows_feedback
                    && let Some(a) = &mut self.active
                    && a.run.node().id != node.id
                {
                    a.feedback = Some((node.id, recorded));
                }
            }
            Action::CloseFeedback => {
                if let Some(a) = &mut self.active {
                    a.feedback = None;
                    a.shown_at = None;
                }
            }
            Action::Finish => {
                let Some(active) = &self.active else { return };
                let takeaway = active.draft.text.trim().to_string();
                let question = active.draft.question.trim().to_string();
                self.step(now, move |run, now| run.finish(takeaway, question, now));
            }
            Action::SaveAndStop => {
                self.save_active();
                self.active = None;
                self.screen = Screen::Overview;
            }
            Action::DismissNotice => {
                if !self.notices.is_empty() {
                    self.notices.remove(0);
                }
            }
            Action::EnterCode => match self.decode_code() {
                Ok(assignment) => {
                    self.code_message = None;
                    self.code_input.clear();
                    if let Some(p) = &mut self.profile {
                        p.assignment = Some(assignment);
                        self.save_profile();
                        self.notice("code-ok");
                        self.screen = Screen::Overview;
                    }
                }
                Err(e) => self.code_message = Some(e.player_message().to_string()),
            },
            Action::MakeCode => {
                let picked: Vec<&str> = self.worker.picked.iter().map(String::as_str).collect();
                self.worker.result = Some(
                    assign::encode(&self.worker.case, &picked, self.library.ids()).map_err(|e| {
                        match e {
                            CodeError::BadCase(_) => "worker-bad-case",
                            CodeError::ScenarioCount(_) => "worker-pick",
                            _ => "code-other-version",
                        }
                        .to_string()
                    }),
                );
            }
            Action::MakeReport => {
                if self.make_report(now) {
                    self.screen = Screen::Overview;
                }
            }
            Action::PlayFrom(node) => self.play_from(&node, now),
            Action::OpenReportFolder => {
                let Some(dir) = self
                    .report
                    .as_ref()
                    .and_then(|w| w.html.parent().map(Path::to_path_buf))
                else {
                    return;
                };
                if (self.open_folder)(&dir).is_err() {
                    self.notice("report-open-failed");
                }
            }
        }
    }

    /// Takes newly loaded content (authors, `--dev`). The scenario being played is swapped
    /// only when its new version has no errors; the run then stays at its node.
    pub fn reload(&mut self, loaded: Loaded) -> Reload {
        // The new version of the scenario being played, if there is one without errors.
        let playing = match &self.active {
            None => None,
            Some(a) => {
                let id = a.run.scenario().id.as_str();
                let broken = loaded.diagnostics.iter().any(|d| {
                    d.is_error()
                        && loaded.sources.path(d.file).file_stem() == Some(std::ffi::OsStr::new(id))
                });
                match loaded.library.scenario(id) {
                    Some(s) if !broken => Some(Arc::clone(s)),
                    _ => return Reload::Kept,
                }
            }
        };
        self.library = Arc::new(loaded.library);
        self.update_chain();
        let (Some(active), Some(scenario)) = (&mut self.active, playing) else {
            return Reload::Swapped;
        };
        let outcome = match active.run.relocate(Arc::clone(&scenario)) {
            Some(run) => {
                active.run = run;
                Reload::Swapped
            }
            None => {
                active.run = Run::replay_prefix(scenario, active.run.transcript()).0;
                active.draft = Draft::new(&active.run.node().id);
                Reload::Replayed
            }
        };
        active.shown_at = None;
        active.feedback = None;
        self.save_active();
        outcome
    }

    /// Starts the scenario being played again at `node`, with the variables at their
    /// defaults (authors, `--dev`). The new run replaces the saved one.
    fn play_from(&mut self, node: &str, now: Millis) {
        let Some(active) = &self.active else { return };
        let scenario = Arc::clone(active.run.scenario());
        let Some(idx) = scenario.node_index(node) else {
            return;
        };
        let hash = self.library.scenario_hash(&scenario.id).to_string();
        let Ok(run) = Run::start_at(scenario, &hash, seed(now), Some(idx), now) else {
            self.notice("notice-scenario-broken");
            return;
        };
        let draft = Draft::new(&run.node().id);
        self.active = Some(Active::new(run, draft));
        self.save_active();
        self.screen = Screen::Play;
    }

    /// Reads `code_input` against this game's scenarios.
    fn decode_code(&self) -> Result<Assignment, CodeError> {
        assign::decode(&self.code_input, self.library.ids())
    }

    /// Writes the report into the data folder; false (with a notice) when it cannot.
    pub fn make_report(&mut self, now: Millis) -> bool {
        let Some(dir) = self.store.as_ref().map(|s| s.dir().to_path_buf()) else {
            self.notice("report-failed");
            return false;
        };
        let report = report::build(&report::Input {
            library: &self.library,
            profile: self.profile.as_ref(),
            runs: &self.runs,
            language: &self.report_language,
            now,
        });
        let path = report::default_path(&dir, &report.language);
        match report::write(&report, &self.library, &path) {
            Ok(written) => {
                self.report = Some(written);
                true
            }
            Err(_) => {
                self.notice("report-failed");
                false
            }
        }
    }

    /// Every assigned scenario is done (false without an assignment).
    pub fn assignment_done(&self) -> bool {
        self.profile
            .as_ref()
            .and_then(|p| p.assignment.as_ref())
            .is_some_and(|a| {
                !a.scenarios.is_empty()
                    && a.scenarios.iter().all(|id| self.status(id) == Status::Done)
            })
    }

    fn notice(&mut self, key: &str) {
        let text = self.ui(key);
        if !self.notices.contains(&text) {
            self.notices.push(text);
        }
    }

    fn save_profile(&mut self) {
        if let (Some(store), Some(p)) = (&self.store, &self.profile)
            && store.save_profile(p).is_err()
        {
            self.notice("notice-save-failed");
        }
    }

    fn play(&mut self, id: &str, now: Millis) {
        let Some(scenario) = self.library.scenario(id).cloned() else {
            return;
        };
        if self.status(id) == Status::Done {
            return;
        }
        let hash = self.library.scenario_hash(id).to_string();
        let run = match self.runs.get(id) {
            Some(save) => {
                let (run, err) = Run::replay_prefix(Arc::clone(&scenario), &save.transcript);
                if err.is_some() {
                    self.notice("notice-content-changed");
                }
                run
            }
            None => match Run::start(Arc::clone(&scenario), &hash, seed(now), now) {
                Ok(run) => run,
                Err(_) => {
                    self.notice("notice-scenario-broken");
                    return;
                }
            },
        };
        let node = run.node().id.clone();
        let draft = self
            .runs
            .get(id)
            .and_then(|s| s.draft.clone())
            .filter(|d| d.node == node)
            .unwrap_or_else(|| Draft::new(&node));
        self.active = Some(Active::new(run, draft));
        if let Some(p) = &mut self.profile {
            p.last_scenario = Some(id.to_string());
        }
        self.save_profile();
        self.save_active();
        self.screen = Screen::Play;
    }

    fn step(
        &mut self,
        now: Millis,
        f: impl FnOnce(&mut Run, Millis) -> Result<(), crate::story::RunError>,
    ) {
        let Some(active) = &mut self.active else {
            return;
        };
        if f(&mut active.run, now).is_err() {
            // The screens only offer what the run allows; a stray key press is ignored.
            return;
        }
        let node = active.run.node().id.clone();
        active.draft = Draft::new(&node);
        active.shown_at = None;
        active.skipped = false;
        self.save_active();
        if self.active.as_ref().is_some_and(|a| a.run.is_finished()) {
            self.active = None;
            self.screen = Screen::Overview;
            if self.assignment_done() && self.make_report(now) {
                self.notice("report-all-done");
            }
        }
    }

    /// Writes the active run with its draft.
    pub fn save_active(&mut self) {
        let Some(active) = &self.active else { return };
        let save = RunSave {
            schema: SAVE_SCHEMA,
            transcript: active.run.transcript().clone(),
            language: self.language().to_string(),
            draft: (!active.draft.is_empty()).then(|| active.draft.clone()),
        };
        let failed = self
            .store
            .as_ref()
            .is_some_and(|s| s.save_run(&save).is_err());
        self.runs.insert(save.transcript.scenario.clone(), save);
        self.draft_dirty = false;
        if failed {
            self.notice("notice-save-failed");
        }
    }
}

impl Draft {
    fn is_empty(&self) -> bool {
        *self == Draft::new(&self.node)
    }
}

/// A seed for a new run from the clock: runs differ, and a transcript records it.
fn seed(now: Millis) -> u64 {
    now.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ u64::from(std::process::id())
}

fn describe_notice(n: &Notice) -> String {
    match n {
        Notice::RestoredFromBackup { .. } => "notice-restored".into(),
        Notice::Lost { .. } => "notice-lost".into(),
    }
}
