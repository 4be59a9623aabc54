//! Entering the worker's assignment code after the first start, and the code field the
//! first start shares.

use bevy_egui::egui::{self, RichText, ScrollArea, Ui};

use crate::game::session::{Action, Screen, Session};
use crate::game::theme::palette;
use crate::game::widgets::{card, column, language_switch, primary_button};

pub fn draw(ui: &mut Ui, s: &Session) -> Vec<Action> {
    let mut actions = Vec::new();
    let p = palette(s.settings());
    ScrollArea::vertical().show(ui, |ui| {
        column(ui, 560.0, |ui| {
            language_switch(ui, s, &mut actions);
            ui.add_space(12.0);
            card(ui, &p, |ui| {
                ui.heading(s.ui("code-title"));
                ui.label(s.ui("code-text"));
                ui.add_space(8.0);
                let enter = field(ui, s, &mut actions);
                ui.add_space(8.0);
                if primary_button(ui, &p, &s.ui("code-use")).clicked() || enter {
                    actions.push(Action::EnterCode);
                }
                if ui.button(s.ui("back")).clicked() {
                    actions.push(Action::Go(Screen::Start));
                }
            });
        });
    });
    actions
}

/// The code text box and what is wrong with the code typed last. True when Enter was
/// pressed in it.
pub fn field(ui: &mut Ui, s: &Session, actions: &mut Vec<Action>) -> bool {
    let p = palette(s.settings());
    let mut code = s.forms.code.clone();
    let edit = ui.add(
        egui::TextEdit::singleline(&mut code)
            .char_limit(40)
            .desired_width(320.0)
            .font(egui::TextStyle::Monospace)
            .hint_text(s.ui("welcome-code-placeholder")),
    );
    if code != s.forms.code {
        actions.push(Action::SetCode(code));
    }
    if let Some(message) = &s.forms.code_message {
        ui.label(RichText::new(s.ui(message)).color(p.accent).strong());
    }
    edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
}
