//! The overview: the scenarios (assigned ones first), their status and length, and
//! "continue where you left off".

use bevy_egui::egui::{self, Align, Color32, Layout, RichText, ScrollArea, Ui};

use crate::game::session::{Action, Overlay, Screen, Session, Status};
use crate::game::theme::palette;
use crate::game::widgets::{card, column, language_switch, notices, primary_button};

pub fn draw(ui: &mut Ui, s: &Session) -> Vec<Action> {
    let mut actions = Vec::new();
    let p = palette(s.settings());
    ScrollArea::vertical().show(ui, |ui| {
        column(ui, 680.0, |ui| {
            ui.horizontal(|ui| {
                if ui.button(s.ui("overview-stop")).clicked() {
                    actions.push(Action::Go(Screen::Start));
                }
                if ui.button(s.ui("start-settings")).clicked() {
                    actions.push(Action::Open(Overlay::Settings));
                }
                language_switch(ui, s, &mut actions);
            });
            ui.add_space(8.0);
            notices(ui, s, &mut actions);
            report_written(ui, s, &mut actions);
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("name", s.player_name().to_string());
            ui.heading(s.ui_args("overview-hello", &args));
            ui.label(s.ui("overview-intro"));
            ui.add_space(8.0);
            if let Some(scenario) = s.continue_target().and_then(|id| s.library.scenario(&id)) {
                let title = s.viewer().title(scenario);
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("title", title);
                if primary_button(ui, &p, &s.ui_args("overview-continue", &args)).clicked() {
                    actions.push(Action::Continue);
                }
                ui.add_space(8.0);
            }
            let list = s.overview();
            if list.is_empty() {
                ui.label(s.ui("overview-empty"));
            }
            for (scenario, assigned) in list {
                let status = s.status(&scenario.id);
                card(ui, &p, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::new(s.viewer().title(&scenario))
                                .size(22.0)
                                .strong(),
                        );
                        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                            status_chip(ui, s, status);
                            if assigned {
                                ui.label(
                                    RichText::new(s.ui("overview-assigned"))
                                        .color(p.accent)
                                        .strong(),
                                );
                            }
                        });
                    });
                    ui.label(s.viewer().summary(&scenario));
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("minutes", scenario.minutes);
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(s.ui_args("overview-minutes", &args)).small());
                        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                            let label = match status {
                                Status::New => Some(s.ui("overview-start")),
                                Status::Busy => Some(s.ui("overview-resume")),
                                Status::Done => None,
                            };
                            if let Some(label) = label {
                                let title = s.viewer().title(&scenario);
                                let button = ui.add(
                                    egui::Button::new(RichText::new(label).color(p.accent_text))
                                        .fill(p.accent),
                                );
                                if button.on_hover_text(title).clicked() {
                                    actions.push(Action::Play(scenario.id.clone()));
                                }
                            }
                        });
                    });
                });
                ui.add_space(6.0);
            }
            if !s.progress.runs.is_empty() {
                ui.add_space(6.0);
                card(ui, &p, |ui| {
                    ui.label(s.ui("overview-report-text"));
                    ui.add_space(4.0);
                    if primary_button(ui, &p, &s.ui("overview-report")).clicked() {
                        actions.push(Action::MakeReport);
                    }
                });
            }
        });
    });
    actions
}

/// Where the report was written, with a button to open the folder.
fn report_written(ui: &mut Ui, s: &Session, actions: &mut Vec<Action>) {
    let Some(written) = &s.progress.report else {
        return;
    };
    let p = palette(s.settings());
    card(ui, &p, |ui| {
        ui.label(RichText::new(s.ui("report-written")).strong());
        ui.label(RichText::new(written.html.display().to_string()).monospace());
        if ui.button(s.ui("report-open-folder")).clicked() {
            actions.push(Action::OpenReportFolder);
        }
    });
    ui.add_space(8.0);
}

fn status_chip(ui: &mut Ui, s: &Session, status: Status) {
    let (key, color) = match status {
        Status::New => ("status-new", Color32::from_rgb(0x47, 0x55, 0x69)),
        Status::Busy => ("status-busy", Color32::from_rgb(0xb4, 0x53, 0x09)),
        Status::Done => ("status-done", Color32::from_rgb(0x15, 0x80, 0x3d)),
    };
    let color = if s.settings().high_contrast {
        Color32::WHITE
    } else {
        color
    };
    ui.label(RichText::new(s.ui(key)).color(color).strong());
}
