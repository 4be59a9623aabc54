//! The Bevy front end: a window, egui, and one plugin per concern, like TheBevyFlock's
//! `bevy_new_2d`. The game's state and rules are plain Rust in [`session`]; the screens are
//! plain functions in [`screens`]. Bevy's part is small: [`egui_glue`] draws the screen of
//! the session and applies what the player did, [`flow`] saves, and the tools —
//! [`capture`], [`measure`], [`dev`] — are switched on by command-line options.

pub mod autoplay;
pub mod capture;
pub mod dev;
pub mod egui_glue;
pub mod flow;
pub mod measure;
pub mod screens;
pub mod session;
pub mod theme;
pub mod widgets;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use bevy::prelude::*;
use bevy::winit::WinitSettings;

use crate::store::Store;
pub use crate::store::now_millis;
use crate::story::Library;
use session::Session;

/// How the game is started.
#[derive(Debug, Clone, Default)]
pub struct GameOptions {
    /// Where saves go; default: the platform's data folder.
    pub data_dir: Option<PathBuf>,
    /// The folder with `scenarios/` and `locales/`; default: found next to the program.
    pub content_dir: Option<PathBuf>,
    /// Take screenshots of every screen into this folder, then quit.
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

/// Loads the library; broken scenarios are left out and reported in the log.
pub fn load_library(content: &Path) -> Arc<Library> {
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
    for n in &session.nav.notices {
        warn!("{}", session.ui(n.key()));
    }
    session
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
    .insert_resource(Game(new_session(&opts)))
    .add_plugins((egui_glue::plugin, flow::plugin))
    .add_systems(Startup, |mut commands: Commands| {
        // egui smooths its own edges; multisampling only costs time (a lot on old
        // laptops and software renderers).
        commands.spawn((Camera2d, Msaa::Off));
    });
    if let Some(what) = opts.measure {
        let started = opts.started.unwrap_or_else(Instant::now);
        app.insert_resource(measure::Measure::new(what, started))
            .add_plugins(measure::plugin);
    }
    let content = crate::content::find(opts.content_dir.as_deref());
    match &opts.capture {
        Some(dir) => {
            app.insert_resource(capture::Capture::new(dir.clone()))
                .add_plugins(capture::plugin);
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
        app.insert_resource(dev::Dev::new(content))
            .add_plugins(dev::plugin);
    }
    app
}

/// Runs the game until the window closes.
pub fn run(opts: GameOptions) -> AppExit {
    app(opts).run()
}
