//! The ending: the take-away, the player's choices, where to get help, and what they take
//! with them (and a question for their worker, if they have one).

use bevy_egui::egui::{self, CornerRadius, Frame, Margin, RichText, ScrollArea, Stroke, Ui};

use crate::game::session::{Action, Playing, Session};
use crate::game::theme::{Palette, palette};
use crate::game::widgets::{card, column, primary_button, text_box};
use crate::story::view::{Entry, HelpView, Shown};

pub fn draw(ui: &mut Ui, s: &Session, playing: &Playing, actions: &mut Vec<Action>) {
    let p = palette(s.settings());
    let viewer = s.viewer();
    let Some(Shown::Ending {
        title,
        takeaway,
        help,
    }) = viewer.now(&playing.run).map(|v| v.shown)
    else {
        return;
    };
    let choices: Vec<String> = viewer
        .history(&playing.run)
        .into_iter()
        .filter_map(|e| match e {
            Entry::Chose { label, .. } => Some(label),
            Entry::Shown(_) => None,
        })
        .collect();
    egui::CentralPanel::no_frame().show(ui, |ui| {
        ScrollArea::vertical().show(ui, |ui| {
            column(ui, 680.0, |ui| {
                ui.add_space(12.0);
                card(ui, &p, |ui| {
                    let label = RichText::new(s.ui("ending-label")).small();
                    ui.label(label.color(p.weak_text));
                    ui.label(RichText::new(&title).size(30.0).strong());
                    ui.add_space(6.0);
                    ui.label(RichText::new(&takeaway).size(22.0));
                });
                ui.add_space(8.0);
                card(ui, &p, |ui| {
                    let heading = s.ui("ending-your-choices");
                    ui.label(RichText::new(heading).strong().size(20.0));
                    for c in &choices {
                        ui.label(format!("✔ {c}"));
                    }
                });
                ui.add_space(8.0);
                card(ui, &p, |ui| help_list(ui, s, &p, &help));
                ui.add_space(8.0);
                card(ui, &p, |ui| take_with_you(ui, s, playing, &p, actions));
                ui.add_space(20.0);
            });
        });
    });
}

fn help_list(ui: &mut Ui, s: &Session, p: &Palette, help: &[HelpView]) {
    ui.label(RichText::new(s.ui("ending-help")).strong().size(20.0));
    for h in help {
        Frame::new()
            .stroke(Stroke::new(1.0, p.border))
            .corner_radius(CornerRadius::same(10))
            .inner_margin(Margin::same(10))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(&h.name).strong());
                ui.label(&h.about);
                ui.label(RichText::new(&h.contact).color(p.accent).strong());
            });
    }
}

fn take_with_you(
    ui: &mut Ui,
    s: &Session,
    playing: &Playing,
    p: &Palette,
    actions: &mut Vec<Action>,
) {
    let heading = s.ui("ending-take-with-you");
    ui.label(RichText::new(heading).strong().size(20.0));
    let reader = RichText::new(s.ui("reflect-reader")).small();
    ui.label(reader.color(p.weak_text));
    let mut draft = playing.draft.clone();
    text_box(ui, &mut draft.text, &s.ui("reflect-hint"), 3);
    ui.add_space(8.0);
    ui.label(RichText::new(s.ui("ending-question")).strong());
    text_box(ui, &mut draft.question, &s.ui("ending-question-hint"), 2);
    if draft != playing.draft {
        actions.push(Action::EditDraft(draft));
    }
    ui.add_space(6.0);
    if primary_button(ui, p, &s.ui("ending-done")).clicked() {
        actions.push(Action::Finish);
    }
}
