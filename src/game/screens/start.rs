//! The start screen: continue or begin, the worker's code, settings, and "for workers";
//! starting over asks first.

use bevy_egui::egui::{self, RichText, ScrollArea, Ui};

use crate::game::session::{Action, Overlay, Screen, Session};
use crate::game::theme::palette;
use crate::game::widgets::{big_button, card, column, language_switch, notices, primary_button};

pub fn draw(ui: &mut Ui, s: &Session) -> Vec<Action> {
    let mut actions = Vec::new();
    let p = palette(s.settings());
    ScrollArea::vertical().show(ui, |ui| {
        column(ui, 560.0, |ui| {
            language_switch(ui, s, &mut actions);
            ui.add_space(24.0);
            notices(ui, s, &mut actions);
            card(ui, &p, |ui| {
                ui.vertical_centered(|ui| {
                    ui.label(RichText::new(s.ui("game-title")).size(34.0).strong());
                    ui.label(s.ui("game-subtitle"));
                    ui.add_space(16.0);
                    main_buttons(ui, s, &mut actions);
                    ui.add_space(8.0);
                    if big_button(ui, &s.ui("start-settings")).clicked() {
                        actions.push(Action::Open(Overlay::Settings));
                    }
                    let worker = RichText::new(s.ui("start-worker")).size(16.0);
                    if ui.link(worker).clicked() {
                        actions.push(Action::Go(Screen::Worker));
                    }
                });
            });
        });
    });
    if s.nav.overlay == Some(Overlay::ConfirmStartOver) {
        confirm_start_over(ui, s, &mut actions);
    }
    actions
}

/// Continue (with the worker's code and starting over) for a known player, else begin.
fn main_buttons(ui: &mut Ui, s: &Session, actions: &mut Vec<Action>) {
    let p = palette(s.settings());
    let Some(profile) = &s.progress.profile else {
        if primary_button(ui, &p, &s.ui("start-begin")).clicked() {
            actions.push(Action::Go(Screen::Welcome));
        }
        return;
    };
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("name", profile.name.clone());
    ui.label(s.ui_args("start-welcome-back", &args));
    ui.add_space(8.0);
    if primary_button(ui, &p, &s.ui("start-continue")).clicked() {
        actions.push(Action::Go(Screen::Overview));
    }
    if big_button(ui, &s.ui("start-code")).clicked() {
        actions.push(Action::Go(Screen::Code));
    }
    if big_button(ui, &s.ui("start-new")).clicked() {
        actions.push(Action::Open(Overlay::ConfirmStartOver));
    }
}

fn confirm_start_over(ui: &mut Ui, s: &Session, actions: &mut Vec<Action>) {
    egui::Modal::new(egui::Id::new("start-over")).show(ui.ctx(), |ui| {
        ui.set_max_width(440.0);
        ui.heading(s.ui("start-over-title"));
        ui.label(s.ui("start-over-text"));
        ui.horizontal(|ui| {
            if ui.button(s.ui("start-over-yes")).clicked() {
                actions.push(Action::StartOver);
            }
            if ui.button(s.ui("start-over-no")).clicked() {
                actions.push(Action::CloseOverlay);
            }
        });
    });
}
