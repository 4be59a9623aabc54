//! The authors' overlay (`--dev`, F12): the scenario and node being played, the variables,
//! what the last reload did, and every node to play from. Errors in saved files show at the
//! bottom of the window whether the overlay is open or not. For authors, so in English like
//! the command line.

use bevy_egui::egui::{self, Align2, Color32, Frame, Margin, RichText};

use super::DevView;
use crate::game::session::{Action, Session};
use crate::story::NodeKind;

/// A node kind as the scenario file names it.
fn kind(k: &NodeKind) -> &'static str {
    match k {
        NodeKind::Narration { .. } => "Narration",
        NodeKind::Message { .. } => "Message",
        NodeKind::Thought { .. } => "Thought",
        NodeKind::Switch { .. } => "Switch",
        NodeKind::Choice { .. } => "Choice",
        NodeKind::Jump { .. } => "Jump",
        NodeKind::Random { .. } => "Random",
        NodeKind::Ending { .. } => "Ending",
        NodeKind::OpenQuestion { .. } => "OpenQuestion",
        NodeKind::Ruler { .. } => "Ruler",
        NodeKind::Feelings { .. } => "Feelings",
        NodeKind::FlagJudgement { .. } => "FlagJudgement",
        NodeKind::Quiz { .. } => "Quiz",
    }
}

/// Text size of the overlay: small, whatever size the player chose for the game.
const TEXT_SIZE: f32 = 13.0;

/// The game's style with small text, for the overlay.
fn small(ctx: &egui::Context) -> egui::Style {
    let mut style = (*ctx.global_style()).clone();
    for font in style.text_styles.values_mut() {
        font.size = TEXT_SIZE;
    }
    style.spacing.item_spacing = egui::vec2(6.0, 3.0);
    style.spacing.button_padding = egui::vec2(4.0, 1.0);
    style.spacing.interact_size.y = 16.0;
    style
}

/// Draws the overlay over whatever screen is showing; returns "play from here" actions.
pub fn draw(ctx: &egui::Context, s: &Session, view: &mut DevView) -> Vec<Action> {
    let mut actions = Vec::new();
    let style = small(ctx);
    if ctx.input(|i| i.key_pressed(egui::Key::F12)) {
        view.open = !view.open;
    }
    if let Some(problems) = &view.problems {
        egui::Area::new("dev-problems".into())
            .order(egui::Order::Foreground)
            .anchor(Align2::LEFT_BOTTOM, [8.0, -8.0])
            .show(ctx, |ui| {
                ui.set_style(style.clone());
                Frame::new()
                    .fill(Color32::from_rgb(0x7f, 0x1d, 0x1d))
                    .inner_margin(Margin::same(10))
                    .corner_radius(6)
                    .show(ui, |ui| {
                        ui.set_max_width(ctx.content_rect().width() - 40.0);
                        let heading = if view.kept {
                            "Error in the scenario being played: its previous version keeps playing"
                        } else {
                            "Error in the content: scenarios with errors are left out"
                        };
                        ui.label(RichText::new(heading).strong().color(Color32::WHITE));
                        egui::ScrollArea::vertical()
                            .max_height(220.0)
                            .show(ui, |ui| {
                                ui.label(RichText::new(problems).monospace().color(Color32::WHITE));
                            });
                    });
            });
    }
    if !view.open {
        return actions;
    }
    egui::Window::new(RichText::new("Developer (F12)").size(TEXT_SIZE + 1.0))
        .anchor(Align2::RIGHT_TOP, [-8.0, 8.0])
        .default_width(300.0)
        .resizable(false)
        .show(ctx, |ui| {
            ui.set_style(style);
            if !view.status.is_empty() {
                ui.label(RichText::new(&view.status).italics());
            }
            let Some(active) = &s.playing else {
                ui.label("No scenario is being played. Start one from the overview.");
                return;
            };
            let run = &active.run;
            let scenario = run.scenario();
            let playing = scenario
                .characters
                .get(run.perspective())
                .map_or("", |c| c.id.as_str());
            ui.label(format!("scenario: {}", scenario.id));
            ui.label(format!(
                "node: {} ({})",
                run.node().id,
                kind(&run.node().kind)
            ));
            ui.label(format!("playing: {playing}"));
            ui.separator();
            ui.label(RichText::new("variables").strong());
            if scenario.variables.is_empty() {
                ui.label("none");
            }
            egui::Grid::new("dev-vars").striped(true).show(ui, |ui| {
                for (i, (name, value)) in run.named_vars().enumerate() {
                    ui.monospace(format!("{name} = {value}"));
                    if i % 2 == 1 {
                        ui.end_row();
                    }
                }
            });
            ui.separator();
            ui.label(RichText::new("play from here").strong())
                .on_hover_text(
                    "starts the scenario again at the node, variables at their defaults",
                );
            egui::ScrollArea::vertical()
                .min_scrolled_height(300.0)
                .max_height(300.0)
                .show(ui, |ui| {
                    for node in &scenario.nodes {
                        ui.horizontal(|ui| {
                            let here = node.id == run.node().id;
                            let label = RichText::new(format!("▶ {}", node.id)).monospace();
                            let label = if here { label.strong() } else { label };
                            if ui.button(label).clicked() {
                                actions.push(Action::PlayFrom(node.id.clone()));
                            }
                            ui.weak(kind(&node.kind));
                        });
                    }
                });
        });
    actions
}
