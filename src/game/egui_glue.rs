//! egui in Bevy: the one system that draws the session's screen and applies what the
//! player did in the same frame, the window's clear colour, and a fix that lets the window
//! sleep while nobody touches it.

use std::time::Duration;

use bevy::prelude::*;
use bevy_egui::{
    EguiContexts, EguiInput, EguiPlugin, EguiPreUpdateSet, EguiPrimaryContextPass, egui,
};

use super::session::Action;
use super::{Game, now_millis, screens, theme};

/// Something a Bevy system (the authors' overlay, a headless test) asks the game to do.
#[derive(Message, Debug, Clone)]
pub struct UiAction(pub Action);

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((EguiPlugin::default(), idle))
        .insert_resource(ClearColor(Color::srgb_u8(0xee, 0xf1, 0xf6)))
        .add_systems(EguiPrimaryContextPass, draw)
        .add_systems(Update, clear_color);
}

/// Idle is free: see [`drop_repeated_modifiers`]. The empty-window baseline uses it too.
pub fn idle(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_repeated_modifiers
            .after(EguiPreUpdateSet::ProcessInput)
            .before(EguiPreUpdateSet::BeginPass),
    );
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

/// Draws the session's screen and applies the player's actions at once, so the next frame
/// already shows where they lead.
fn draw(mut contexts: EguiContexts, mut game: ResMut<Game>) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let session = &mut game.0;
    let mut root = root_ui(&ctx);
    let fill = theme::palette(session.settings()).background;
    let actions = egui::CentralPanel::default()
        .frame(
            egui::Frame::new()
                .fill(fill)
                .inner_margin(egui::Margin::same(12)),
        )
        .show(&mut root, |ui| screens::draw(ui, session))
        .inner;
    if !actions.is_empty() {
        ctx.request_repaint();
    }
    for action in actions {
        session.apply(action, now_millis());
    }
    if session.progress.draft_dirty {
        // Wake up to save the draft even when the player stops typing.
        ctx.request_repaint_after(Duration::from_millis(1100));
    }
    Ok(())
}

/// Idle is free: bevy_egui 0.42 hands egui a `ModifiersChanged` event on every frame, and
/// egui answers any input event with an immediate repaint, so a reactive app never goes
/// idle (measured: ~40 frames a second, 170 % CPU under Xvfb). This drops the event when
/// the modifier keys did not change since the last frame; everything else reaches egui as
/// before.
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
    let c = theme::palette(game.0.settings()).background;
    let color = Color::srgb_u8(c.r(), c.g(), c.b());
    if clear.0 != color {
        clear.0 = color;
    }
}
