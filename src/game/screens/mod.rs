//! The screens, one module per screen. Each is a plain function of `&mut egui::Ui` and the
//! [`Session`] that returns the actions the player took; no screen changes the session.
//! [`draw`] is the one dispatcher: the game and the tests both call it. No Bevy in here, so
//! every screen is tested with `egui_kittest`.

pub mod code;
pub mod ending;
pub mod overview;
pub mod play;
pub mod reflection;
pub mod settings;
pub mod start;
pub mod welcome;
pub mod worker;

use bevy_egui::egui::{Key, Ui};

use super::session::{Action, Overlay, Screen, Session};
use super::theme::apply_theme;

/// Draws the screen the session is on, with what lies over it.
pub fn draw(ui: &mut Ui, s: &Session) -> Vec<Action> {
    apply_theme(ui.ctx(), s.settings());
    let mut actions = Vec::new();
    if ui.input(|i| i.key_pressed(Key::Escape)) {
        match (s.nav.overlay, s.nav.screen) {
            (Some(_), _) => actions.push(Action::CloseOverlay),
            (None, Screen::Play) => actions.push(Action::Open(Overlay::Menu)),
            (None, _) => {}
        }
    }
    actions.extend(match (s.nav.overlay, s.nav.screen) {
        (Some(Overlay::Settings), _) => settings::draw(ui, s),
        (_, Screen::Start) => start::draw(ui, s),
        (_, Screen::Welcome) => welcome::draw(ui, s),
        (_, Screen::Overview) => overview::draw(ui, s),
        (_, Screen::Play) => play::draw(ui, s),
        (_, Screen::Worker) => worker::draw(ui, s),
        (_, Screen::Code) => code::draw(ui, s),
    });
    actions
}
