//! The Bevy front end: a window, egui, one plugin per screen or concern.
//!
//! The screens are plain functions in [`ui`]; the game's state and rules are in
//! [`session`]. Bevy's part is small: it draws the screen of the current [`Screen`] state,
//! turns what the player did into [`UiAction`] messages, applies them, and saves.

pub mod dev;
pub mod measure;
pub mod session;
pub mod ui;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bevy::app::AppExit;
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};
use bevy::state::app::StatesPlugin;
use bevy::winit::WinitSettings;
use bevy_egui::{
    EguiContexts, EguiInput, EguiPlugin, EguiPreUpdateSet, EguiPrimaryContextPass, egui,
};

use crate::store::Store;
pub use crate::store::now_millis;
use crate::story::library;
use session::{Action, Screen, Session};

/// How the game is started.
#[derive(Debug, Clone, Default)]
pub struct GameOptions {
    /// Where saves go; default: the platform's data folder.
    pub data_dir: Option<PathBuf>,
    /// The folder with `scenarios/` and `locales/`; default: found next to the program.
    pub content_dir: Option<PathBuf>,
    /// Take screenshots of the start and play screens into this folder, then quit.
    pub capture: Option<PathBuf>,
    /// Language to start in, instead of the system's.
    pub lang: Option<String>,
    /// Print performance figures (see `measure`).
    pub measure: Option<measure::What>,
    /// When the program started, for the time to the first frame.
    pub started: Option<Instant>,
    /// For authors: reload scenarios and texts when they are saved; F12 for the overlay.
    pub dev: bool,
}

/// The game's state, for Bevy.
#[derive(Resource)]
pub struct Game(pub Session);

/// Something the player did on a screen.
#[derive(Message, Debug, Clone)]
pub struct UiAction(pub Action);

/// Loads the library; broken scenarios are left out and reported in the log.
pub fn load_library(content: &Path) -> Arc<library::Library> {
    match crate::content::load_dir(content) {
        Ok(loaded) => {
            if !loaded.diagnostics.is_empty() {
                warn!(
                    "content problems ({} errors, {} warnings); scenarios with errors are left out:\n{}",
                    loaded.errors(),
                    loaded.warnings(),
                    loaded.sources.render(&loaded.diagnostics, false)
                );
            }
            Arc::new(loaded.library)
        }
        Err(e) => {
            error!("cannot read the content folder {}: {e}", content.display());
            Arc::new(crate::content::build(Default::default()).library)
        }
    }
}

/// The system's language as a tag such as `nl-NL`; Dutch when unknown.
pub fn system_language() -> String {
    sys_locale::get_locale().unwrap_or_else(|| "nl".to_string())
}

/// Builds the session the game starts with.
pub fn new_session(opts: &GameOptions) -> Session {
    let library = load_library(&crate::content::find(opts.content_dir.as_deref()));
    let dir = opts.data_dir.clone().or_else(Store::default_dir);
    let store = dir.and_then(|d| match Store::open(&d) {
        Ok(s) => Some(s),
        Err(e) => {
            error!("cannot use the save folder {}: {e}", d.display());
            None
        }
    });
    let lang = opts.lang.clone().unwrap_or_else(system_language);
    let session = Session::new(library, store, &lang);
    for n in &session.notices {
        warn!("{n}");
    }
    session
}

/// Applies actions, keeps the Bevy state in step with the session, saves drafts and saves
/// on exit. Needs no window, so headless tests use it on its own.
pub struct FlowPlugin;

impl Plugin for FlowPlugin {
    fn build(&self, app: &mut App) {
        if !app.is_plugin_added::<StatesPlugin>() {
            app.add_plugins(StatesPlugin);
        }
        app.init_state::<Screen>()
            .add_message::<UiAction>()
            .add_systems(Update, (apply_actions, autosave).chain())
            .add_systems(Last, save_on_exit);
    }
}

fn apply_actions(
    mut game: ResMut<Game>,
    mut actions: MessageReader<UiAction>,
    state: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    for UiAction(action) in actions.read() {
        game.0.apply(action.clone(), now_millis());
    }
    if *state.get() != game.0.screen {
        next.set(game.0.screen);
    }
}

/// Saves what is being typed at most once a second.
fn autosave(mut game: ResMut<Game>, mut last: Local<Option<Instant>>) {
    if !game.0.draft_dirty {
        return;
    }
    if last.is_none_or(|t| t.elapsed() >= Duration::from_secs(1)) {
        game.0.save_active();
        *last = Some(Instant::now());
    }
}

fn save_on_exit(mut game: ResMut<Game>, mut exit: MessageReader<AppExit>) {
    if exit.read().next().is_some() {
        game.0.save_active();
    }
}

/// A `Ui` covering the whole window, on egui's background layer.
pub fn root_ui(ctx: &egui::Context) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    )
}

/// Draws `draw` for the current screen and sends what the player did.
fn screen_system(
    draw: fn(&mut egui::Ui, &mut Session) -> Vec<Action>,
) -> impl FnMut(EguiContexts, ResMut<Game>, MessageWriter<UiAction>) -> Result {
    move |mut contexts, mut game, mut out| {
        let ctx = contexts.ctx_mut()?.clone();
        let session = &mut game.0;
        ui::apply_theme(&ctx, &session.settings);
        let mut root = root_ui(&ctx);
        let fill = ui::palette(&session.settings).background;
        let actions = egui::CentralPanel::default()
            .frame(
                egui::Frame::new()
                    .fill(fill)
                    .inner_margin(egui::Margin::same(12)),
            )
            .show(&mut root, |ui| draw(ui, session))
            .inner;
        if session.draft_dirty {
            // Wake up to save the draft even when the player stops typing.
            ctx.request_repaint_after(Duration::from_millis(1100));
        }
        if !actions.is_empty() {
            ctx.request_repaint();
        }
        out.write_batch(actions.into_iter().map(UiAction));
        Ok(())
    }
}

macro_rules! screen_plugin {
    ($(#[$doc:meta])* $name:ident, $screen:expr, $draw:path) => {
        $(#[$doc])*
        pub struct $name;

        impl Plugin for $name {
            fn build(&self, app: &mut App) {
                app.add_systems(
                    EguiPrimaryContextPass,
                    screen_system($draw).run_if(in_state($screen)),
                );
            }
        }
    };
}

screen_plugin!(
    /// The start screen: continue or begin, language, settings, for workers.
    StartPlugin, Screen::Start, ui::start::start);
screen_plugin!(
    /// First start: who reads the answers, and a name or case code.
    WelcomePlugin, Screen::Welcome, ui::start::welcome);
screen_plugin!(
    /// The list of scenarios.
    OverviewPlugin, Screen::Overview, ui::overview::draw);
screen_plugin!(
    /// Playing: chat, choices, reflections, the ending.
    PlayPlugin, Screen::Play, ui::play::draw);
screen_plugin!(
    /// Text size, contrast, font, text speed.
    SettingsPlugin, Screen::Settings, ui::settings::draw);
screen_plugin!(
    /// For Halt workers.
    WorkerPlugin, Screen::Worker, ui::worker::worker);
screen_plugin!(
    /// Entering the worker's assignment code later.
    CodePlugin, Screen::Code, ui::worker::code);

/// Idle is free: lets the window sleep while the player reads or thinks.
///
/// bevy_egui 0.42 hands egui a `ModifiersChanged` event on every frame, and egui answers
/// any input event with an immediate repaint, so a reactive app never goes idle (measured:
/// ~40 frames a second, 170 % CPU under Xvfb). This drops the event when the modifier keys
/// did not change since the last frame; everything else reaches egui as before.
pub struct IdlePlugin;

impl Plugin for IdlePlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(
            PreUpdate,
            drop_repeated_modifiers
                .after(EguiPreUpdateSet::ProcessInput)
                .before(EguiPreUpdateSet::BeginPass),
        );
    }
}

fn drop_repeated_modifiers(
    mut inputs: Query<(Entity, &mut EguiInput)>,
    mut last: Local<std::collections::HashMap<Entity, egui::Modifiers>>,
) {
    for (entity, mut input) in &mut inputs {
        input.0.events.retain(|event| match event {
            egui::Event::ModifiersChanged(m) => last.insert(entity, *m) != Some(*m),
            _ => true,
        });
    }
}

/// Keeps the window's clear colour in step with the theme.
fn clear_color(game: Res<Game>, mut clear: ResMut<ClearColor>) {
    let c = ui::palette(&game.0.settings).background;
    let color = Color::srgb_u8(c.r(), c.g(), c.b());
    if clear.0 != color {
        clear.0 = color;
    }
}

/// With `--capture DIR`: screenshots of every screen (start, first start, overview, a play
/// screen with messages and choice buttons, a reflection, the ending, settings in high
/// contrast), then quit. Used by the window smoke test and for looking at the game.
pub struct CapturePlugin(pub PathBuf);

#[derive(Resource)]
struct Capture {
    dir: PathBuf,
    frames: u32,
    next: usize,
}

/// Frames to wait after changing the screen: the software renderer needs a few to settle.
const SETTLE_FRAMES: u32 = 12;

/// The screens `--capture` takes, in order: file name and how to get there.
pub const CAPTURE_SHOTS: [&str; 10] = [
    "start.png",
    "welcome.png",
    "overview.png",
    "play.png",
    // With `--dev`: the play screen with the authors' overlay open.
    "dev.png",
    "reflection.png",
    "ending.png",
    "report.png",
    "worker.png",
    "settings.png",
];

impl Plugin for CapturePlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(Capture {
            dir: self.0.clone(),
            frames: 0,
            next: 0,
        })
        .add_systems(Update, capture);
    }
}

/// Plays on by itself until `stop` says the current step is where it should be.
pub(crate) fn autoplay(s: &mut Session, stop: impl Fn(&crate::story::Step) -> bool) {
    use crate::story::Step;
    for _ in 0..500 {
        let Some(a) = &mut s.active else { return };
        if a.feedback.is_some() {
            s.apply(Action::CloseFeedback, now_millis());
            continue;
        }
        let step = a.run.step();
        if stop(&step) {
            return;
        }
        let action = match step {
            Step::Show(_) => Action::Advance,
            Step::Choose(_, options) => match options.first() {
                Some(o) => Action::Choose(o.id.clone()),
                None => return,
            },
            Step::Reflect(node, _) => {
                let d = &mut a.draft;
                d.text = "Ik denk dat ze zich heel alleen voelde.".into();
                d.score = Some(7);
                d.chosen = match &node.kind {
                    crate::story::NodeKind::Feelings { feelings, .. } => {
                        feelings.iter().take(1).copied().collect()
                    }
                    _ => Vec::new(),
                };
                d.flag = Some(crate::story::format::Flag::Red);
                d.option = match &node.kind {
                    crate::story::NodeKind::Quiz { options, .. } => options.first().cloned(),
                    _ => None,
                };
                Action::Answer
            }
            Step::Ending(_) | Step::Finished(_) => return,
        };
        s.apply(action, now_millis());
    }
}

fn capture(
    mut commands: Commands,
    mut cap: ResMut<Capture>,
    mut game: ResMut<Game>,
    mut dev: Option<ResMut<dev::Dev>>,
    mut exit: MessageWriter<AppExit>,
) {
    use crate::story::Step;
    cap.frames += 1;
    let Some(name) = CAPTURE_SHOTS.get(cap.next).copied() else {
        let done = CAPTURE_SHOTS.iter().all(|n| cap.dir.join(n).exists());
        if done || cap.frames > 600 {
            exit.write(AppExit::Success);
        }
        return;
    };
    // Shoot once the screen has settled; change the screen a few frames later, so the
    // screenshot shows a finished frame.
    if cap.frames == SETTLE_FRAMES {
        commands
            .spawn(Screenshot::primary_window())
            .observe(save_to_disk(cap.dir.join(name)));
    }
    if cap.frames < SETTLE_FRAMES + 3 {
        return;
    }
    cap.next += 1;
    cap.frames = 0;
    // Move on to the screen of the next shot.
    let s = &mut game.0;
    let now = now_millis();
    let next = CAPTURE_SHOTS.get(cap.next).copied();
    if let Some(d) = &mut dev {
        d.view.open = next == Some("dev.png");
    }
    match next {
        Some("welcome.png") => {
            s.apply(Action::Go(Screen::Welcome), now);
            s.name_input = "Sam".into();
        }
        Some("overview.png") => {
            if s.profile.is_none() {
                s.apply(Action::CreateProfile("Sam".into()), now);
            }
            s.apply(Action::Go(Screen::Overview), now);
        }
        Some("play.png") => {
            s.settings.text_speed = crate::store::TextSpeed::Instant;
            if let Some(id) = s.overview().first().map(|(sc, _)| sc.id.clone()) {
                s.apply(Action::Play(id), now);
            }
            autoplay(s, |step| matches!(step, Step::Choose(..)));
        }
        Some("reflection.png") => {
            autoplay(s, |step| matches!(step, Step::Reflect(..)));
        }
        Some("ending.png") => autoplay(s, |step| matches!(step, Step::Ending(_))),
        Some("report.png") => {
            s.apply(Action::Finish, now);
            s.apply(Action::MakeReport, now);
        }
        Some("worker.png") => {
            s.apply(Action::Go(Screen::Worker), now);
            s.worker.case = "2026-0412".into();
            s.worker.picked = s
                .library
                .scenarios()
                .take(2)
                .map(|x| x.id.clone())
                .collect();
            s.apply(Action::MakeCode, now);
        }
        Some("settings.png") => {
            let mut settings = s.settings.clone();
            settings.high_contrast = true;
            settings.readable_font = true;
            settings.text_scale = 130;
            s.apply(Action::OpenSettings, now);
            s.settings = settings;
        }
        _ => {}
    }
}

/// Builds the whole game.
pub fn app(opts: GameOptions) -> App {
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "Respect online — het spel".into(),
                    resolution: (1100, 780).into(),
                    ..default()
                }),
                ..default()
            })
            .set(bevy::log::LogPlugin {
                filter: "warn,respect_online=info".into(),
                ..default()
            }),
    )
    .add_plugins((EguiPlugin::default(), IdlePlugin))
    .insert_resource(Game(new_session(&opts)))
    .insert_resource(ClearColor(Color::srgb_u8(0xee, 0xf1, 0xf6)))
    .add_plugins((
        FlowPlugin,
        StartPlugin,
        WelcomePlugin,
        OverviewPlugin,
        PlayPlugin,
        SettingsPlugin,
        WorkerPlugin,
        CodePlugin,
    ))
    .add_systems(Startup, |mut commands: Commands| {
        // egui smooths its own edges; multisampling only costs time (a lot on old
        // laptops and software renderers).
        commands.spawn((Camera2d, Msaa::Off));
    })
    .add_systems(Update, clear_color);
    if let Some(what) = opts.measure {
        app.add_plugins(measure::MeasurePlugin {
            what,
            started: opts.started.unwrap_or_else(Instant::now),
        });
    }
    match &opts.capture {
        Some(dir) => {
            let _ = std::fs::create_dir_all(dir);
            app.insert_resource(WinitSettings::continuous())
                .add_plugins(CapturePlugin(dir.clone()));
        }
        // Authors: wake up a few times a second to look for saved files.
        None if opts.dev => {
            app.insert_resource(WinitSettings {
                focused_mode: bevy::winit::UpdateMode::reactive(dev::POLL),
                unfocused_mode: bevy::winit::UpdateMode::reactive_low_power(dev::POLL),
            });
        }
        // Idle is free: redraw only on input or when a screen asks (typing animation).
        None => {
            app.insert_resource(WinitSettings::desktop_app());
        }
    }
    if opts.dev {
        app.add_plugins(dev::DevPlugin {
            content: crate::content::find(opts.content_dir.as_deref()),
        });
    }
    app
}

/// Runs the game until the window closes.
pub fn run(opts: GameOptions) -> AppExit {
    app(opts).run()
}
