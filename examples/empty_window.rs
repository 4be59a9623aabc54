//! The baseline for docs/performance.md: an empty bevy_egui window built with exactly the
//! game's Bevy features and settings (reactive desktop mode, no multisampling, the
//! background painted by the clear colour), drawing one empty panel.
//!
//! `cargo run --release --example empty_window -- --measure idle`

use std::time::Instant;

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};
use respect_online::game::egui_glue::{idle, root_ui};
use respect_online::game::measure::{self, Measure, What};

fn main() {
    let started = Instant::now();
    let measure = std::env::args()
        .skip_while(|a| a != "--measure")
        .nth(1)
        .and_then(|w| What::parse(&w));
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "empty".into(),
            resolution: (1100, 780).into(),
            ..default()
        }),
        ..default()
    }))
    // The same fix as the game, so the two are compared on equal terms.
    .add_plugins((EguiPlugin::default(), idle))
    .insert_resource(WinitSettings::desktop_app())
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn((Camera2d, Msaa::Off));
    })
    .add_systems(EguiPrimaryContextPass, empty);
    if let Some(what) = measure {
        app.insert_resource(Measure::new(what, started))
            .add_plugins(measure::plugin);
    }
    app.run();
}

fn empty(mut contexts: EguiContexts) -> Result {
    let mut root = root_ui(contexts.ctx_mut()?);
    egui::CentralPanel::no_frame().show(&mut root, |_| {});
    Ok(())
}
