//! First start: plain words about who reads the answers, then a first name and, if they
//! got one, the worker's code.

use bevy_egui::egui::{self, RichText, ScrollArea, Ui};

use crate::game::session::{Action, MAX_NAME_CHARS, Screen, Session};
use crate::game::theme::palette;
use crate::game::widgets::{card, column, language_switch, primary_button};

pub fn draw(ui: &mut Ui, s: &Session) -> Vec<Action> {
    let mut actions = Vec::new();
    let p = palette(s.settings());
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
                let mut name = s.forms.name.clone();
                let edit = ui.add(
                    egui::TextEdit::singleline(&mut name)
                        .char_limit(MAX_NAME_CHARS)
                        .desired_width(320.0)
                        .hint_text(s.ui("welcome-name-placeholder")),
                );
                if name != s.forms.name {
                    actions.push(Action::SetName(name.clone()));
                }
                let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.add_space(10.0);
                ui.label(s.ui("welcome-code"));
                let code_enter = super::code::field(ui, s, &mut actions);
                ui.add_space(10.0);
                let ready = !name.trim().is_empty();
                let start = s.ui("welcome-start");
                let button = ui.add_enabled_ui(ready, |ui| primary_button(ui, &p, &start));
                if ready && (button.inner.clicked() || enter || code_enter) {
                    actions.push(Action::CreateProfile(name));
                }
                if ui.button(s.ui("back")).clicked() {
                    actions.push(Action::Go(Screen::Start));
                }
            });
        });
    });
    actions
}
