//! The baseline for docs/performance.md: an empty bevy_egui window built with exactly the
//! game's Bevy features and settings (reactive desktop mode), drawing one empty panel.
//!
//! `cargo run --release --example empty_window -- --measure idle`

use std::time::Instant;

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};
use respect_online::game::measure::{MeasurePlugin, What};

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
    .add_plugins(EguiPlugin::default())
    .insert_resource(WinitSettings::desktop_app())
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
    })
    .add_systems(EguiPrimaryContextPass, empty);
    if let Some(what) = measure {
        app.add_plugins(MeasurePlugin { what, started });
    }
    app.run();
}

fn empty(mut contexts: EguiContexts) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut root = egui::Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    egui::CentralPanel::default().show(&mut root, |_| {});
    Ok(())
}
