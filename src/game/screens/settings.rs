//! Settings, over whatever screen the player came from: text size, contrast, readable font,
//! text speed, language. Every change counts at once.

use bevy_egui::egui::{self, RichText, ScrollArea, Ui};

use crate::game::session::{Action, Session};
use crate::game::theme::palette;
use crate::game::widgets::{card, column, language_switch, primary_button};
use crate::store::{Settings, TextSpeed};

pub fn draw(ui: &mut Ui, s: &Session) -> Vec<Action> {
    let mut actions = Vec::new();
    let p = palette(s.settings());
    let mut next = s.settings().clone();
    ScrollArea::vertical().show(ui, |ui| {
        column(ui, 620.0, |ui| {
            language_switch(ui, s, &mut actions);
            ui.add_space(8.0);
            card(ui, &p, |ui| {
                ui.heading(s.ui("settings-title"));
                ui.add_space(6.0);

                ui.label(RichText::new(s.ui("settings-text-size")).strong());
                let mut scale = next.text_scale;
                ui.horizontal(|ui| {
                    if ui.button(RichText::new("A−").size(20.0)).clicked() {
                        scale = scale.saturating_sub(10).max(Settings::MIN_SCALE);
                    }
                    ui.add(
                        egui::Slider::new(&mut scale, Settings::MIN_SCALE..=Settings::MAX_SCALE)
                            .step_by(10.0)
                            .suffix(" %"),
                    );
                    if ui.button(RichText::new("A+").size(20.0)).clicked() {
                        scale = (scale + 10).min(Settings::MAX_SCALE);
                    }
                });
                next.text_scale = scale;
                ui.add_space(6.0);

                ui.checkbox(&mut next.high_contrast, s.ui("settings-contrast"));
                ui.checkbox(&mut next.readable_font, s.ui("settings-font"));
                ui.label(RichText::new(s.ui("settings-font-sample")).small());
                ui.add_space(6.0);

                ui.label(RichText::new(s.ui("settings-speed")).strong());
                ui.horizontal_wrapped(|ui| {
                    for speed in TextSpeed::ALL {
                        ui.radio_value(
                            &mut next.text_speed,
                            speed,
                            s.ui(&format!("settings-speed-{}", speed.key())),
                        );
                    }
                });
                ui.add_space(10.0);
                ui.label(RichText::new(s.ui("settings-saved")).small());
                if primary_button(ui, &p, &s.ui("back")).clicked() {
                    actions.push(Action::CloseOverlay);
                }
            });
        });
    });
    if next != *s.settings() {
        actions.push(Action::SetSettings(next));
    }
    actions
}
