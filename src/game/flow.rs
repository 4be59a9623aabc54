//! The save flow: actions from Bevy systems are applied, what is being typed is saved at
//! most once a second, and everything is saved when the window closes. (Every step of a
//! run is saved when it happens, by the session.) Needs no window, so headless tests use
//! it on its own.

use std::time::{Duration, Instant};

use bevy::app::AppExit;
use bevy::prelude::*;

use super::egui_glue::UiAction;
use super::{Game, now_millis};

pub fn plugin(app: &mut App) {
    app.add_message::<UiAction>()
        .add_systems(Update, (apply_actions, autosave).chain())
        .add_systems(Last, save_on_exit);
}

fn apply_actions(mut game: ResMut<Game>, mut actions: MessageReader<UiAction>) {
    for UiAction(action) in actions.read() {
        game.0.apply(action.clone(), now_millis());
    }
}

/// Saves what is being typed at most once a second.
fn autosave(mut game: ResMut<Game>, mut last: Local<Option<Instant>>) {
    if !game.0.progress.draft_dirty {
        return;
    }
    if last.is_none_or(|t| t.elapsed() >= Duration::from_secs(1)) {
        game.0.save_playing();
        *last = Some(Instant::now());
    }
}

fn save_on_exit(mut game: ResMut<Game>, mut exit: MessageReader<AppExit>) {
    if exit.read().next().is_some() {
        game.0.save_playing();
    }
}
