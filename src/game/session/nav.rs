//! Where the player is: the screen, what lies over it (menu, pause, settings, a
//! confirmation), and the friendly notices waiting to be read.

/// The screens of the game.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Start,
    Welcome,
    Overview,
    Play,
    Worker,
    /// Entering the worker's assignment code later.
    Code,
}

/// What lies over the screen, closed with Escape or its own button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// The quiet menu while playing: pause, settings, save and stop.
    Menu,
    Pause,
    Settings,
    /// "Start over?" on the start screen.
    ConfirmStartOver,
}

/// A message for the player, kept as a kind and put into words when it is drawn, so it
/// follows the language they pick.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    NoSaving,
    SaveFailed,
    /// The scenario changed since the last time: play goes on where the record still fits.
    ContentChanged,
    /// Part of the saved progress could not be read (an edited or damaged file).
    RecordDamaged,
    ScenarioBroken,
    Restored,
    Lost,
    CodeOk,
    ReportAllDone,
    ReportFailed,
    ReportOpenFailed,
}

impl Notice {
    /// The message in `ui.ftl`.
    pub fn key(self) -> &'static str {
        match self {
            Notice::NoSaving => "notice-no-saving",
            Notice::SaveFailed => "notice-save-failed",
            Notice::ContentChanged => "notice-content-changed",
            Notice::RecordDamaged => "notice-record-damaged",
            Notice::ScenarioBroken => "notice-scenario-broken",
            Notice::Restored => "notice-restored",
            Notice::Lost => "notice-lost",
            Notice::CodeOk => "code-ok",
            Notice::ReportAllDone => "report-all-done",
            Notice::ReportFailed => "report-failed",
            Notice::ReportOpenFailed => "report-open-failed",
        }
    }
}

/// The screen, what lies over it, and the notices, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Nav {
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub notices: Vec<Notice>,
}

impl Nav {
    /// Adds a notice once: the same message twice says nothing more.
    pub fn notice(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }
}
