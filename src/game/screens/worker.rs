//! For Halt workers ("Voor begeleiders"): make an assignment code, and the report in the
//! language of their choice.

use bevy_egui::egui::{self, RichText, ScrollArea, Ui};

use crate::assign::MAX_CASE_CHARS;
use crate::game::session::{Action, Screen, Session};
use crate::game::theme::palette;
use crate::game::widgets::{card, column, language_switch, notices, primary_button};

pub fn draw(ui: &mut Ui, s: &Session) -> Vec<Action> {
    let mut actions = Vec::new();
    let p = palette(s.settings());
    ScrollArea::vertical().show(ui, |ui| {
        column(ui, 640.0, |ui| {
            language_switch(ui, s, &mut actions);
            ui.add_space(8.0);
            notices(ui, s, &mut actions);
            card(ui, &p, |ui| code_form(ui, s, &mut actions));
            ui.add_space(8.0);
            card(ui, &p, |ui| report(ui, s, &mut actions));
            ui.add_space(10.0);
            if primary_button(ui, &p, &s.ui("back")).clicked() {
                actions.push(Action::Go(Screen::Start));
            }
        });
    });
    actions
}

/// The case, the scenarios in the order picked, and the code made from them.
fn code_form(ui: &mut Ui, s: &Session, actions: &mut Vec<Action>) {
    let p = palette(s.settings());
    ui.heading(s.ui("worker-title"));
    ui.label(s.ui("worker-intro"));
    ui.add_space(10.0);
    ui.label(RichText::new(s.ui("worker-case")).strong());
    let mut form = s.forms.worker.clone();
    ui.add(
        egui::TextEdit::singleline(&mut form.case)
            .char_limit(MAX_CASE_CHARS)
            .desired_width(240.0),
    );
    ui.add_space(8.0);
    ui.label(RichText::new(s.ui("worker-scenarios")).strong());
    for sc in s.library.scenarios() {
        let title = s.viewer().title(sc);
        let position = form.picked.iter().position(|x| *x == sc.id);
        let mut on = position.is_some();
        let label = match position {
            Some(i) => format!("{title}  ({})", i + 1),
            None => title,
        };
        if ui.checkbox(&mut on, label).changed() {
            form.picked.retain(|x| *x != sc.id);
            if on {
                form.picked.push(sc.id.clone());
            }
        }
    }
    if form != s.forms.worker {
        actions.push(Action::SetWorker(form));
    }
    ui.add_space(8.0);
    if primary_button(ui, &p, &s.ui("worker-make-code")).clicked() {
        actions.push(Action::MakeCode);
    }
    match &s.forms.worker.result {
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
}

/// Where the player's data is, and the report in the language picked.
fn report(ui: &mut Ui, s: &Session, actions: &mut Vec<Action>) {
    if let Some(store) = &s.progress.store {
        ui.label(RichText::new(s.ui("worker-data-dir")).strong());
        ui.label(RichText::new(store.dir().display().to_string()).monospace());
        ui.add_space(6.0);
    }
    ui.horizontal(|ui| {
        if ui.button(s.ui("worker-report")).clicked() {
            actions.push(Action::MakeReport);
        }
        for lang in s.library.locales.languages() {
            let selected = s.forms.report_language == *lang;
            if ui.selectable_label(selected, lang.to_uppercase()).clicked() {
                actions.push(Action::SetReportLanguage(lang.clone()));
            }
        }
    });
}
