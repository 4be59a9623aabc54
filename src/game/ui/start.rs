//! The start screen and the first start (name and what happens with the answers).

use bevy_egui::egui::{self, RichText, ScrollArea, Ui};

use super::{card, column, language_switch, notices, palette, primary_button};
use crate::game::session::{Action, MAX_NAME_CHARS, Screen, Session};

pub fn start(ui: &mut Ui, s: &mut Session) -> Vec<Action> {
    let mut actions = Vec::new();
    let p = palette(&s.settings);
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
                    match &s.profile {
                        Some(profile) => {
                            let mut args = fluent_bundle::FluentArgs::new();
                            args.set("name", profile.name.clone());
                            ui.label(s.ui_args("start-welcome-back", &args));
                            ui.add_space(8.0);
                            if primary_button(ui, &p, &s.ui("start-continue")).clicked() {
                                actions.push(Action::Go(Screen::Overview));
                            }
                            if super::big_button(ui, &s.ui("start-code")).clicked() {
                                s.code_message = None;
                                actions.push(Action::Go(Screen::Code));
                            }
                            if super::big_button(ui, &s.ui("start-new")).clicked() {
                                s.confirm_start_over = true;
                            }
                        }
                        None => {
                            if primary_button(ui, &p, &s.ui("start-begin")).clicked() {
                                actions.push(Action::Go(Screen::Welcome));
                            }
                        }
                    }
                    ui.add_space(8.0);
                    if super::big_button(ui, &s.ui("start-settings")).clicked() {
                        actions.push(Action::OpenSettings);
                    }
                    if ui
                        .link(RichText::new(s.ui("start-worker")).size(16.0))
                        .clicked()
                    {
                        actions.push(Action::Go(Screen::Worker));
                    }
                });
            });
        });
    });
    if s.confirm_start_over {
        egui::Modal::new(egui::Id::new("start-over")).show(ui.ctx(), |ui| {
            ui.set_max_width(440.0);
            ui.heading(s.ui("start-over-title"));
            ui.label(s.ui("start-over-text"));
            ui.horizontal(|ui| {
                if ui.button(s.ui("start-over-yes")).clicked() {
                    actions.push(Action::StartOver);
                }
                if ui.button(s.ui("start-over-no")).clicked() {
                    s.confirm_start_over = false;
                }
            });
        });
    }
    actions
}

/// First start: plain words about who reads the answers, then a first name or case code.
pub fn welcome(ui: &mut Ui, s: &mut Session) -> Vec<Action> {
    let mut actions = Vec::new();
    let p = palette(&s.settings);
    ScrollArea::vertical().show(ui, |ui| {
        column(ui, 620.0, |ui| {
            language_switch(ui, s, &mut actions);
            ui.add_space(12.0);
            card(ui, &p, |ui| {
                ui.heading(s.ui("welcome-title"));
                ui.add_space(6.0);
                for key in [
                    "welcome-what",
                    "welcome-reader",
                    "welcome-no-wrong",
                    "welcome-no-names",
                    "welcome-saved",
                ] {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new("•").strong());
                        ui.label(s.ui(key));
                    });
                }
                ui.add_space(14.0);
                ui.label(RichText::new(s.ui("welcome-name")).strong());
                ui.label(RichText::new(s.ui("welcome-name-hint")).small());
                let placeholder = s.ui("welcome-name-placeholder");
                let edit = ui.add(
                    egui::TextEdit::singleline(&mut s.name_input)
                        .char_limit(MAX_NAME_CHARS)
                        .desired_width(320.0)
                        .hint_text(placeholder),
                );
                let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.add_space(10.0);
                ui.label(s.ui("welcome-code"));
                let code_enter = super::worker::code_field(ui, s);
                let enter = enter || code_enter;
                ui.add_space(10.0);
                let ready = !s.name_input.trim().is_empty();
                let button =
                    ui.add_enabled_ui(ready, |ui| primary_button(ui, &p, &s.ui("welcome-start")));
                if ready && (button.inner.clicked() || enter) {
                    actions.push(Action::CreateProfile(s.name_input.clone()));
                }
                if ui.button(s.ui("back")).clicked() {
                    actions.push(Action::Go(Screen::Start));
                }
            });
        });
    });
    actions
}
