//! For Halt workers: make an assignment code and the report. And for the young person: enter
//! the worker's code later, from the start screen.

use bevy_egui::egui::{self, RichText, ScrollArea, Ui};

use super::{card, column, language_switch, notices, palette, primary_button};
use crate::assign::MAX_CASE_CHARS;
use crate::game::session::{Action, Screen, Session};
use crate::story::MessageKey;

/// The worker screen ("Voor begeleiders").
pub fn worker(ui: &mut Ui, s: &mut Session) -> Vec<Action> {
    let mut actions = Vec::new();
    let p = palette(&s.settings);
    ScrollArea::vertical().show(ui, |ui| {
        column(ui, 640.0, |ui| {
            language_switch(ui, s, &mut actions);
            ui.add_space(8.0);
            notices(ui, s, &mut actions);
            card(ui, &p, |ui| {
                ui.heading(s.ui("worker-title"));
                ui.label(s.ui("worker-intro"));
                ui.add_space(10.0);
                ui.label(RichText::new(s.ui("worker-case")).strong());
                let before = s.worker.clone();
                ui.add(
                    egui::TextEdit::singleline(&mut s.worker.case)
                        .char_limit(MAX_CASE_CHARS)
                        .desired_width(240.0),
                );
                ui.add_space(8.0);
                ui.label(RichText::new(s.ui("worker-scenarios")).strong());
                let scenarios: Vec<(String, String)> = s
                    .library
                    .scenarios()
                    .map(|sc| {
                        let title = s.story(&sc.id, &MessageKey::new("scenario-title"));
                        (sc.id.clone(), title)
                    })
                    .collect();
                for (id, title) in scenarios {
                    let position = s.worker.picked.iter().position(|x| *x == id);
                    let mut on = position.is_some();
                    let label = match position {
                        Some(i) => format!("{title}  ({})", i + 1),
                        None => title,
                    };
                    if ui.checkbox(&mut on, label).changed() {
                        if on {
                            s.worker.picked.push(id);
                        } else {
                            s.worker.picked.retain(|x| *x != id);
                        }
                    }
                }
                if s.worker.case != before.case || s.worker.picked != before.picked {
                    s.worker.result = None;
                }
                ui.add_space(8.0);
                if primary_button(ui, &p, &s.ui("worker-make-code")).clicked() {
                    actions.push(Action::MakeCode);
                }
                match &s.worker.result {
                    Some(Ok(code)) => {
                        ui.add_space(8.0);
                        ui.label(RichText::new(s.ui("worker-code")).strong());
                        ui.label(RichText::new(code).monospace().size(30.0).strong());
                        ui.label(RichText::new(s.ui("worker-code-read")).small());
                    }
                    Some(Err(message)) => {
                        ui.label(RichText::new(s.ui(message)).color(p.accent).strong());
                    }
                    None => {}
                }
            });
            ui.add_space(8.0);
            card(ui, &p, |ui| {
                if let Some(store) = &s.store {
                    ui.label(RichText::new(s.ui("worker-data-dir")).strong());
                    ui.label(RichText::new(store.dir().display().to_string()).monospace());
                    ui.add_space(6.0);
                }
                ui.horizontal(|ui| {
                    if ui.button(s.ui("worker-report")).clicked() {
                        actions.push(Action::MakeReport);
                    }
                    for lang in s.library.locales.languages() {
                        let selected = s.report_language == *lang;
                        if ui.selectable_label(selected, lang.to_uppercase()).clicked() {
                            s.report_language = lang.clone();
                        }
                    }
                });
            });
            ui.add_space(10.0);
            if primary_button(ui, &p, &s.ui("back")).clicked() {
                actions.push(Action::Go(Screen::Start));
            }
        });
    });
    actions
}

/// Entering the worker's code after the first start.
pub fn code(ui: &mut Ui, s: &mut Session) -> Vec<Action> {
    let mut actions = Vec::new();
    let p = palette(&s.settings);
    ScrollArea::vertical().show(ui, |ui| {
        column(ui, 560.0, |ui| {
            language_switch(ui, s, &mut actions);
            ui.add_space(12.0);
            card(ui, &p, |ui| {
                ui.heading(s.ui("code-title"));
                ui.label(s.ui("code-text"));
                ui.add_space(8.0);
                let enter = code_field(ui, s);
                ui.add_space(8.0);
                if primary_button(ui, &p, &s.ui("code-use")).clicked() || enter {
                    actions.push(Action::EnterCode);
                }
                if ui.button(s.ui("back")).clicked() {
                    s.code_message = None;
                    actions.push(Action::Go(Screen::Start));
                }
            });
        });
    });
    actions
}

/// The code text box and what is wrong with the code typed last. True when Enter was
/// pressed in it.
pub fn code_field(ui: &mut Ui, s: &mut Session) -> bool {
    let p = palette(&s.settings);
    let placeholder = s.ui("welcome-code-placeholder");
    let edit = ui.add(
        egui::TextEdit::singleline(&mut s.code_input)
            .char_limit(40)
            .desired_width(320.0)
            .font(egui::TextStyle::Monospace)
            .hint_text(placeholder),
    );
    if edit.changed() {
        s.code_message = None;
    }
    if let Some(message) = &s.code_message {
        ui.label(RichText::new(s.ui(message)).color(p.accent).strong());
    }
    edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
}
