//! What the game knows and does, apart from drawing: the library, the player's progress
//! and saves, the run being played, where the player is, and what they are typing in a
//! form. The screens only read it and return [`Action`]s; [`Session::apply`] is the one
//! place where it changes.
//!
//! Plain Rust on purpose: the Bevy systems only pass actions in, so all of this is tested
//! without a window.

mod actions;
mod nav;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use fluent_bundle::FluentArgs;

pub use actions::Action;
pub use nav::{Nav, Notice, Overlay, Screen};

use crate::report;
use crate::store::{Draft, Profile, RunSave, SAVE_SCHEMA, Settings, Store};
use crate::story::locale::{LangChain, SOURCE_LANGUAGE};
use crate::story::runtime::{Answer, EventKind};
use crate::story::view::Viewer;
use crate::story::{Library, Run, Scenario};

/// Characters allowed in a name or case code.
pub const MAX_NAME_CHARS: usize = 30;

/// What the game did with newly loaded content (`--dev`).
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

/// Status of a scenario for the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    New,
    Busy,
    Done,
}

/// What is kept on disk: who the player is, their settings and their runs.
pub struct Progress {
    pub store: Option<Store>,
    pub profile: Option<Profile>,
    pub settings: Settings,
    pub runs: BTreeMap<String, RunSave>,
    /// The draft changed and is not saved yet.
    pub draft_dirty: bool,
    /// The report written last.
    pub report: Option<report::Written>,
}

/// The run being played, with what the player is answering now.
#[derive(Debug)]
pub struct Playing {
    pub run: Run,
    pub draft: Draft,
    /// After a flag judgement or knowledge check: the node and the answer, to show the
    /// reference answer and explanation.
    pub feedback: Option<(String, Answer)>,
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

/// What is being typed or picked in a form before it is used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forms {
    /// The name typed on the first-start screen.
    pub name: String,
    /// The assignment code typed on the first-start or code screen.
    pub code: String,
    /// The id of the message about the code typed last (`code-typo` …).
    pub code_message: Option<String>,
    pub worker: WorkerForm,
    /// Language of the report, chosen on the worker screen (the worker's, not the player's).
    pub report_language: String,
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

/// Everything the game holds.
pub struct Session {
    pub library: Arc<Library>,
    pub progress: Progress,
    pub playing: Option<Playing>,
    pub nav: Nav,
    pub forms: Forms,
    pub open_folder: FolderOpener,
    /// The system's language, used until the player picks one.
    system_language: String,
    chain: LangChain,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("nav", &self.nav)
            .field("profile", &self.progress.profile)
            .field(
                "playing",
                &self.playing.as_ref().map(|p| p.run.node().id.clone()),
            )
            .finish()
    }
}

impl Session {
    /// Opens the player's files in `store` (or plays without saving when `None`).
    pub fn new(library: Arc<Library>, store: Option<Store>, system_language: &str) -> Session {
        let mut nav = Nav::default();
        let (profile, settings, runs) = match &store {
            Some(store) => {
                let p = store.load_profile();
                let s = store.load_settings();
                let (runs, run_notices) = store.load_runs();
                for n in p.notice.iter().chain(&s.notice).chain(&run_notices) {
                    nav.notice(match n {
                        crate::store::Notice::RestoredFromBackup { .. } => Notice::Restored,
                        crate::store::Notice::Lost { .. } => Notice::Lost,
                    });
                }
                (p.value, s.value.unwrap_or_default(), runs)
            }
            None => {
                nav.notice(Notice::NoSaving);
                (None, Settings::default(), BTreeMap::new())
            }
        };
        let mut s = Session {
            chain: library.locales.negotiate(&[system_language]),
            library,
            progress: Progress {
                store,
                profile,
                settings,
                runs,
                draft_dirty: false,
                report: None,
            },
            playing: None,
            nav,
            forms: Forms {
                name: String::new(),
                code: String::new(),
                code_message: None,
                worker: WorkerForm::default(),
                report_language: SOURCE_LANGUAGE.to_string(),
            },
            open_folder: system_opener(),
            system_language: system_language.to_string(),
        };
        s.update_chain();
        s
    }

    fn update_chain(&mut self) {
        let lang = self
            .progress
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

    pub fn settings(&self) -> &Settings {
        &self.progress.settings
    }

    pub fn player_name(&self) -> &str {
        self.progress
            .profile
            .as_ref()
            .map_or("", |p| p.name.as_str())
    }

    /// A text of the game itself.
    pub fn ui(&self, id: &str) -> String {
        self.library.locales.ui(&self.chain, id, None)
    }

    pub fn ui_args(&self, id: &str, args: &FluentArgs) -> String {
        self.library.locales.ui(&self.chain, id, Some(args))
    }

    /// Resolves scenario text in the player's language, for the player.
    pub fn viewer(&self) -> Viewer<'_> {
        Viewer::new(&self.library.locales, &self.chain, self.player_name())
    }

    pub fn status(&self, scenario: &str) -> Status {
        match self.progress.runs.get(scenario) {
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

    fn assigned(&self) -> Vec<String> {
        self.progress
            .profile
            .as_ref()
            .and_then(|p| p.assignment.as_ref())
            .map(|a| a.scenarios.clone())
            .unwrap_or_default()
    }

    /// Scenarios for the overview: assigned ones first, each group in library order.
    pub fn overview(&self) -> Vec<(Arc<Scenario>, bool)> {
        let assigned = self.assigned();
        let mut list: Vec<(Arc<Scenario>, bool)> = self
            .library
            .scenarios()
            .map(|s| (Arc::clone(s), assigned.contains(&s.id)))
            .collect();
        list.sort_by_key(|(s, a)| {
            let order = assigned.iter().position(|x| *x == s.id);
            (!a, order.unwrap_or(usize::MAX))
        });
        list
    }

    /// The unfinished scenario played last, if any.
    pub fn continue_target(&self) -> Option<String> {
        let last = self.progress.profile.as_ref()?.last_scenario.clone()?;
        (self.library.scenario(&last).is_some() && self.status(&last) == Status::Busy)
            .then_some(last)
    }

    /// Every assigned scenario is done (false without an assignment).
    pub fn assignment_done(&self) -> bool {
        let assigned = self.assigned();
        !assigned.is_empty() && assigned.iter().all(|id| self.status(id) == Status::Done)
    }

    /// Writes the run being played with its draft.
    pub fn save_playing(&mut self) {
        let Some(playing) = &self.playing else { return };
        let save = RunSave {
            schema: SAVE_SCHEMA,
            transcript: playing.run.transcript().clone(),
            language: self.language().to_string(),
            draft: (!playing.draft.is_empty()).then(|| playing.draft.clone()),
        };
        let failed = self
            .progress
            .store
            .as_ref()
            .is_some_and(|s| s.save_run(&save).is_err());
        self.progress
            .runs
            .insert(save.transcript.scenario.clone(), save);
        self.progress.draft_dirty = false;
        if failed {
            self.nav.notice(Notice::SaveFailed);
        }
    }

    fn save_profile(&mut self) {
        let p = &self.progress;
        if let (Some(store), Some(profile)) = (&p.store, &p.profile)
            && store.save_profile(profile).is_err()
        {
            self.nav.notice(Notice::SaveFailed);
        }
    }

    /// Writes the report into the data folder; false (with a notice) when it cannot.
    pub fn make_report(&mut self, now: crate::story::runtime::Millis) -> bool {
        let Some(dir) = self.progress.store.as_ref().map(|s| s.dir().to_path_buf()) else {
            self.nav.notice(Notice::ReportFailed);
            return false;
        };
        let report = report::build(&report::Input {
            library: &self.library,
            profile: self.progress.profile.as_ref(),
            runs: &self.progress.runs,
            language: &self.forms.report_language,
            now,
        });
        let path = report::default_path(&dir, &report.language);
        match report::write(&report, &self.library, &path) {
            Ok(written) => {
                self.progress.report = Some(written);
                true
            }
            Err(_) => {
                self.nav.notice(Notice::ReportFailed);
                false
            }
        }
    }
}

impl Draft {
    fn is_empty(&self) -> bool {
        *self == Draft::new(&self.node)
    }
}
