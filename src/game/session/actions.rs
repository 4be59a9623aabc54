//! What a screen asks the game to do, and [`Session::apply`], which does it. Saving
//! problems become notices; the game goes on.

use std::sync::Arc;

use super::{Notice, Overlay, Playing, Reload, Screen, Session, Status, WorkerForm};
use crate::assign::{self, Assignment, CodeError};
use crate::store::{Draft, Profile, SAVE_SCHEMA, Settings};
use crate::story::runtime::Millis;
use crate::story::{Loaded, NodeKind, Run, RunError};

use super::MAX_NAME_CHARS;

/// What a screen asks the game to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Go(Screen),
    Open(Overlay),
    CloseOverlay,
    SetLanguage(String),
    SetSettings(Settings),
    /// First start: what is typed as the name.
    SetName(String),
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
    /// What the player is typing or picking at a reflection or the ending.
    EditDraft(Draft),
    /// Answer the current reflection with the draft.
    Answer,
    /// Close the feedback after a flag judgement or knowledge check.
    CloseFeedback,
    /// Close the ending with what the player takes with them (the draft's text).
    Finish,
    /// Save, stop playing and go back to the overview.
    SaveAndStop,
    DismissNotice,
    /// What is typed as the worker's code.
    SetCode(String),
    /// Use the assignment code typed (on the code screen).
    EnterCode,
    /// Worker screen: the case and scenarios picked.
    SetWorker(WorkerForm),
    /// Worker screen: make an assignment code from the form.
    MakeCode,
    SetReportLanguage(String),
    /// Write the report to the data folder.
    MakeReport,
    /// Open the folder the report was written to.
    OpenReportFolder,
    /// Authors (`--dev`): start the current scenario again at this node.
    PlayFrom(String),
}

impl Session {
    /// Applies an action at wall-clock time `now`.
    pub fn apply(&mut self, action: Action, now: Millis) {
        match action {
            Action::Go(screen) => self.go(screen),
            Action::Open(overlay) => self.nav.overlay = Some(overlay),
            Action::CloseOverlay => self.nav.overlay = None,
            Action::SetLanguage(lang) => self.set_language(lang),
            Action::SetSettings(settings) => self.set_settings(settings),
            Action::SetName(name) => self.forms.name = name,
            Action::CreateProfile(name) => self.create_profile(&name, now),
            Action::StartOver => self.start_over(now),
            Action::Play(id) => self.play(&id, now),
            Action::Continue => {
                if let Some(id) = self.continue_target() {
                    self.play(&id, now);
                }
            }
            Action::Advance => self.step(now, |run, now| run.advance(now)),
            Action::Choose(option) => self.step(now, |run, now| run.choose(&option, now)),
            Action::EditDraft(draft) => self.edit_draft(draft),
            Action::Answer => self.answer(now),
            Action::CloseFeedback => {
                if let Some(p) = &mut self.playing {
                    p.feedback = None;
                }
            }
            Action::Finish => self.finish(now),
            Action::SaveAndStop => {
                self.save_playing();
                self.playing = None;
                self.nav.overlay = None;
                self.nav.screen = Screen::Overview;
            }
            Action::DismissNotice => {
                if !self.nav.notices.is_empty() {
                    self.nav.notices.remove(0);
                }
            }
            Action::SetCode(code) => {
                self.forms.code = code;
                self.forms.code_message = None;
            }
            Action::EnterCode => self.enter_code(),
            Action::SetWorker(form) => self.set_worker(form),
            Action::MakeCode => self.make_code(),
            Action::SetReportLanguage(lang) => self.forms.report_language = lang,
            Action::MakeReport => {
                if self.make_report(now) {
                    self.go(Screen::Overview);
                }
            }
            Action::OpenReportFolder => self.open_report_folder(),
            Action::PlayFrom(node) => self.play_from(&node, now),
        }
    }

    fn go(&mut self, screen: Screen) {
        if screen != self.nav.screen {
            self.forms.code_message = None;
        }
        self.nav.screen = screen;
        self.nav.overlay = None;
    }

    fn set_language(&mut self, lang: String) {
        self.system_language = lang.clone();
        if let Some(p) = &mut self.progress.profile {
            p.language = Some(lang);
            self.save_profile();
        }
        self.update_chain();
    }

    fn set_settings(&mut self, settings: Settings) {
        self.progress.settings = settings.clamped();
        if let Some(store) = &self.progress.store
            && store.save_settings(&self.progress.settings).is_err()
        {
            self.nav.notice(Notice::SaveFailed);
        }
    }

    fn create_profile(&mut self, name: &str, now: Millis) {
        let name: String = name.trim().chars().take(MAX_NAME_CHARS).collect();
        if name.is_empty() {
            return;
        }
        let assignment = if self.forms.code.trim().is_empty() {
            None
        } else {
            match self.decode_code() {
                Ok(a) => Some(a),
                Err(e) => {
                    self.forms.code_message = Some(e.player_message().to_string());
                    return;
                }
            }
        };
        self.forms.code_message = None;
        self.progress.profile = Some(Profile {
            schema: SAVE_SCHEMA,
            name,
            created: now,
            language: Some(self.language().to_string()),
            assignment,
            last_scenario: None,
        });
        self.save_profile();
        self.go(Screen::Overview);
    }

    fn start_over(&mut self, now: Millis) {
        self.nav.overlay = None;
        if let Some(store) = &self.progress.store
            && store.archive(now).is_err()
        {
            self.nav.notice(Notice::SaveFailed);
            return;
        }
        self.progress.profile = None;
        self.progress.runs.clear();
        self.playing = None;
        self.forms.name.clear();
        self.go(Screen::Welcome);
    }

    fn edit_draft(&mut self, draft: Draft) {
        if let Some(p) = &mut self.playing
            && p.draft.node == draft.node
            && p.draft != draft
        {
            p.draft = draft;
            self.progress.draft_dirty = true;
        }
    }

    fn answer(&mut self, now: Millis) {
        let Some(playing) = &self.playing else { return };
        let node = playing.run.node().clone();
        let Some(answer) = playing.draft.answer(&node.kind) else {
            return;
        };
        let shows_feedback = matches!(
            node.kind,
            NodeKind::FlagJudgement { .. } | NodeKind::Quiz { .. }
        );
        let recorded = answer.clone();
        self.step(now, move |run, now| run.answer(answer, now));
        if shows_feedback
            && let Some(p) = &mut self.playing
            && p.run.node().id != node.id
        {
            p.feedback = Some((node.id, recorded));
        }
    }

    fn finish(&mut self, now: Millis) {
        let Some(playing) = &self.playing else { return };
        let takeaway = playing.draft.text.trim().to_string();
        let question = playing.draft.question.trim().to_string();
        self.step(now, move |run, now| run.finish(takeaway, question, now));
    }

    /// Reads the typed code against this game's scenarios.
    fn decode_code(&self) -> Result<Assignment, CodeError> {
        assign::decode(&self.forms.code, self.library.ids())
    }

    fn enter_code(&mut self) {
        match self.decode_code() {
            Ok(assignment) => {
                self.forms.code_message = None;
                self.forms.code.clear();
                if let Some(p) = &mut self.progress.profile {
                    p.assignment = Some(assignment);
                    self.save_profile();
                    self.nav.notice(Notice::CodeOk);
                    self.go(Screen::Overview);
                }
            }
            Err(e) => self.forms.code_message = Some(e.player_message().to_string()),
        }
    }

    fn set_worker(&mut self, mut form: WorkerForm) {
        let w = &self.forms.worker;
        if form.case != w.case || form.picked != w.picked {
            form.result = None;
        }
        self.forms.worker = form;
    }

    fn make_code(&mut self) {
        let w = &self.forms.worker;
        let picked: Vec<&str> = w.picked.iter().map(String::as_str).collect();
        let result = assign::encode(&w.case, &picked, self.library.ids()).map_err(|e| {
            match e {
                CodeError::BadCase(_) => "worker-bad-case",
                CodeError::ScenarioCount(_) => "worker-pick",
                _ => "code-other-version",
            }
            .to_string()
        });
        self.forms.worker.result = Some(result);
    }

    fn open_report_folder(&mut self) {
        let Some(dir) = self
            .progress
            .report
            .as_ref()
            .and_then(|w| w.html.parent().map(std::path::Path::to_path_buf))
        else {
            return;
        };
        if (self.open_folder)(&dir).is_err() {
            self.nav.notice(Notice::ReportOpenFailed);
        }
    }

    fn play(&mut self, id: &str, now: Millis) {
        let Some(scenario) = self.library.scenario(id).cloned() else {
            return;
        };
        if self.status(id) == Status::Done {
            return;
        }
        let run = match self.progress.runs.get(id) {
            Some(save) => {
                let (run, stop) = Run::replay_prefix(Arc::clone(&scenario), &save.transcript);
                if let Some(stop) = stop {
                    self.nav.notice(if stop.reason.content_changed() {
                        Notice::ContentChanged
                    } else {
                        Notice::RecordDamaged
                    });
                }
                run
            }
            None => {
                let hash = self.library.scenario_hash(id).to_string();
                match Run::start(Arc::clone(&scenario), &hash, seed(now), now) {
                    Ok(run) => run,
                    Err(_) => {
                        self.nav.notice(Notice::ScenarioBroken);
                        return;
                    }
                }
            }
        };
        let node = run.node().id.clone();
        let draft = self
            .progress
            .runs
            .get(id)
            .and_then(|s| s.draft.clone())
            .filter(|d| d.node == node)
            .unwrap_or_else(|| Draft::new(&node));
        self.start_playing(run, draft);
        if let Some(p) = &mut self.progress.profile {
            p.last_scenario = Some(id.to_string());
        }
        self.save_profile();
    }

    fn start_playing(&mut self, run: Run, draft: Draft) {
        self.playing = Some(Playing {
            run,
            draft,
            feedback: None,
        });
        self.save_playing();
        self.go(Screen::Play);
    }

    /// Starts the scenario being played again at `node`, with the variables at their
    /// defaults (authors, `--dev`). The new run replaces the saved one.
    fn play_from(&mut self, node: &str, now: Millis) {
        let Some(playing) = &self.playing else { return };
        let scenario = Arc::clone(playing.run.scenario());
        let Some(idx) = scenario.node_index(node) else {
            return;
        };
        let hash = self.library.scenario_hash(&scenario.id).to_string();
        let Ok(run) = Run::start_at(scenario, &hash, seed(now), Some(idx), now) else {
            self.nav.notice(Notice::ScenarioBroken);
            return;
        };
        let draft = Draft::new(&run.node().id);
        self.start_playing(run, draft);
    }

    fn step(&mut self, now: Millis, f: impl FnOnce(&mut Run, Millis) -> Result<(), RunError>) {
        let Some(playing) = &mut self.playing else {
            return;
        };
        if f(&mut playing.run, now).is_err() {
            // The screens only offer what the run allows; a stray key press is ignored.
            return;
        }
        playing.draft = Draft::new(&playing.run.node().id);
        self.save_playing();
        if self.playing.as_ref().is_some_and(|p| p.run.is_finished()) {
            self.playing = None;
            self.go(Screen::Overview);
            if self.assignment_done() && self.make_report(now) {
                self.nav.notice(Notice::ReportAllDone);
            }
        }
    }

    /// Takes newly loaded content (authors, `--dev`). The scenario being played is swapped
    /// only when its new version has no errors; the run then stays at its node.
    pub fn reload(&mut self, loaded: Loaded) -> Reload {
        let playing = match &self.playing {
            None => None,
            Some(p) => {
                let id = p.run.scenario().id.as_str();
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
        let (Some(p), Some(scenario)) = (&mut self.playing, playing) else {
            return Reload::Swapped;
        };
        p.feedback = None;
        let outcome = match p.run.relocate(Arc::clone(&scenario)) {
            Some(run) => {
                p.run = run;
                Reload::Swapped
            }
            None => {
                p.run = Run::replay_prefix(scenario, p.run.transcript()).0;
                p.draft = Draft::new(&p.run.node().id);
                Reload::Replayed
            }
        };
        self.save_playing();
        outcome
    }
}

/// A seed for a new run from the clock: runs differ, and a transcript records it.
fn seed(now: Millis) -> u64 {
    now.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ u64::from(std::process::id())
}
