//! Playing a scenario: a phone-style chat, narration and thoughts, perspective switches,
//! choices; reflections and endings come from [`super::reflect`].

use bevy_egui::egui::{
    self, Align, Color32, CornerRadius, Frame, Key, Layout, Margin, RichText, ScrollArea, Stroke,
    Ui, Vec2,
};

use super::{Palette, avatar, column, palette, primary_button};
use crate::game::session::{Action, Session};
use crate::store::TextSpeed;
use crate::story::format::{Attachment, ChatKind};
use crate::story::runtime::EventKind;
use crate::story::scenario::{character_key, chat_key};
use crate::story::{MessageKey, NodeKind, Scenario, Step};

/// One thing in the chat history.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// The conversation moves to another chat.
    ChatChange {
        name: String,
    },
    Message {
        from: usize,
        name: String,
        text: String,
        own: bool,
        group: bool,
        attachment: Option<Attachment>,
    },
    Narration(String),
    Thought {
        text: String,
    },
    Switch {
        name: String,
    },
    /// What the player chose.
    Chose(String),
}

/// The chat history up to and including the current node, from the transcript.
pub fn history(s: &Session) -> Vec<Item> {
    let Some(active) = &s.active else {
        return Vec::new();
    };
    let scenario = active.run.scenario();
    let mut perspective = scenario.perspectives.first().copied().unwrap_or(0);
    let mut chat: Option<usize> = None;
    let mut items = Vec::new();
    for event in &active.run.transcript().events {
        match &event.kind {
            EventKind::Shown { node, .. } => {
                let Some(idx) = scenario.node_index(node) else {
                    continue;
                };
                let n = scenario.node(idx);
                let text = || s.story(&scenario.id, &MessageKey::new(node));
                match &n.kind {
                    NodeKind::Message {
                        chat: c,
                        from,
                        attachment,
                        ..
                    } => {
                        if chat != Some(*c) {
                            chat = Some(*c);
                            items.push(Item::ChatChange {
                                name: s.story(&scenario.id, &chat_key(&scenario.chats[*c].id)),
                            });
                        }
                        items.push(Item::Message {
                            from: *from,
                            name: name_of(s, scenario, *from),
                            text: text(),
                            own: *from == perspective,
                            group: scenario.chats[*c].kind == ChatKind::Group,
                            attachment: *attachment,
                        });
                    }
                    NodeKind::Narration { .. } => items.push(Item::Narration(text())),
                    NodeKind::Thought { .. } => items.push(Item::Thought { text: text() }),
                    NodeKind::Switch { to, .. } => {
                        perspective = *to;
                        chat = None;
                        items.push(Item::Switch {
                            name: name_of(s, scenario, *to),
                        });
                    }
                    _ => {}
                }
            }
            EventKind::Chose { node, option } => {
                items.push(Item::Chose(
                    s.story(&scenario.id, &MessageKey::attr(node, option)),
                ));
            }
            _ => {}
        }
    }
    items
}

fn name_of(s: &Session, scenario: &Scenario, character: usize) -> String {
    s.story(
        &scenario.id,
        &character_key(&scenario.characters[character].id),
    )
}

fn initials(scenario: &Scenario, character: usize, name: &str) -> String {
    scenario.characters[character]
        .initials
        .clone()
        .unwrap_or_else(|| name.chars().take(1).collect::<String>().to_uppercase())
}

/// Whether a widget has keyboard focus (then Space and Enter belong to it).
fn focus_free(ui: &Ui) -> bool {
    ui.memory(|m| m.focused().is_none())
}

pub fn draw(ui: &mut Ui, s: &mut Session) -> Vec<Action> {
    let mut actions = Vec::new();
    let Some(active) = &s.active else {
        actions.push(Action::Go(crate::game::session::Screen::Overview));
        return actions;
    };
    let p = palette(&s.settings);
    let paused = active.paused;
    if ui.input(|i| i.key_pressed(Key::Escape)) {
        let a = s.active.as_mut().expect("checked above");
        if a.paused {
            a.paused = false;
        } else {
            a.menu_open = !a.menu_open;
        }
    }
    top_bar(ui, s, &mut actions);
    if paused {
        pause(ui, s, &p);
        return actions;
    }
    let Some(active) = &s.active else {
        return actions;
    };
    let scenario = std::sync::Arc::clone(active.run.scenario());
    match active.run.step() {
        Step::Show(node) if matches!(node.kind, NodeKind::Switch { .. }) => {
            switch_card(ui, s, &p, &mut actions);
        }
        Step::Reflect(..) => super::reflect::reflection(ui, s, &mut actions),
        Step::Ending(_) => super::reflect::ending(ui, s, &mut actions),
        Step::Show(_) | Step::Choose(..) | Step::Finished(_) => {
            chat(ui, s, &scenario, &p, &mut actions);
        }
    }
    actions
}

fn top_bar(ui: &mut Ui, s: &mut Session, actions: &mut Vec<Action>) {
    let title = s
        .active
        .as_ref()
        .map(|a| {
            let id = a.run.scenario().id.clone();
            s.story(&id, &MessageKey::new("scenario-title"))
        })
        .unwrap_or_default();
    // Panels without a fill: on software renderers every painted pixel costs time.
    egui::Panel::top("play-top")
        .frame(Frame::new().inner_margin(Margin::symmetric(16, 4)))
        .show_separator_line(false)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let menu_open = s.active.as_ref().is_some_and(|a| a.menu_open);
                if ui
                    .selectable_label(menu_open, format!("☰ {}", s.ui("play-menu")))
                    .clicked()
                    && let Some(a) = &mut s.active
                {
                    a.menu_open = !a.menu_open;
                }
                ui.label(RichText::new(title).strong());
            });
            if s.active.as_ref().is_some_and(|a| a.menu_open) {
                ui.horizontal_wrapped(|ui| {
                    if ui.button(s.ui("play-pause")).clicked()
                        && let Some(a) = &mut s.active
                    {
                        a.paused = true;
                        a.menu_open = false;
                    }
                    if ui.button(s.ui("start-settings")).clicked() {
                        actions.push(Action::OpenSettings);
                    }
                    if ui.button(s.ui("play-save-stop")).clicked() {
                        actions.push(Action::SaveAndStop);
                    }
                });
            }
        });
}

fn pause(ui: &mut Ui, s: &mut Session, p: &Palette) {
    column(ui, 480.0, |ui| {
        ui.add_space(60.0);
        super::card(ui, p, |ui| {
            ui.vertical_centered(|ui| {
                ui.heading(s.ui("play-paused"));
                ui.label(s.ui("play-paused-text"));
                ui.add_space(10.0);
                if primary_button(ui, p, &s.ui("play-resume")).clicked()
                    && let Some(a) = &mut s.active
                {
                    a.paused = false;
                }
            });
        });
    });
}

fn switch_card(ui: &mut Ui, s: &mut Session, p: &Palette, actions: &mut Vec<Action>) {
    let Some(active) = &s.active else { return };
    let scenario = active.run.scenario();
    let node = active.run.node();
    let NodeKind::Switch { to, .. } = node.kind else {
        return;
    };
    let name = name_of(s, scenario, to);
    let text = s.story(&scenario.id, &MessageKey::new(&node.id));
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("name", name.clone());
    let title = s.ui_args("switch-title", &args);
    let color = scenario.characters[to].color;
    let ini = initials(scenario, to, &name);
    egui::CentralPanel::no_frame().show(ui, |ui| {
        column(ui, 560.0, |ui| {
            ui.add_space(50.0);
            super::card(ui, p, |ui| {
                ui.vertical_centered(|ui| {
                    avatar(ui, color, &ini, 88.0);
                    ui.add_space(8.0);
                    ui.label(RichText::new(title).size(36.0).strong());
                    ui.add_space(6.0);
                    ui.label(RichText::new(text).size(21.0));
                    ui.add_space(16.0);
                    let button = primary_button(ui, p, &s.ui("play-next"));
                    let key = focus_free(ui)
                        && ui.input(|i| i.key_pressed(Key::Space) || i.key_pressed(Key::Enter));
                    if button.clicked() || key {
                        actions.push(Action::Advance);
                    }
                });
            });
        });
    });
}

fn chat(ui: &mut Ui, s: &mut Session, scenario: &Scenario, p: &Palette, actions: &mut Vec<Action>) {
    let items = history(s);
    let now = ui.input(|i| i.time);
    let Some(active) = &s.active else { return };
    let node = active.run.node().clone();
    let offered: Vec<(String, String)> = match active.run.step() {
        Step::Choose(_, options) => options
            .iter()
            .map(|o| {
                (
                    o.id.clone(),
                    s.story(&scenario.id, &MessageKey::attr(&node.id, &o.id)),
                )
            })
            .collect(),
        _ => Vec::new(),
    };
    // Typing indicator before a new chat message.
    let typing_total = match &node.kind {
        NodeKind::Message { .. } if s.settings.text_speed != TextSpeed::Instant => {
            let len = items
                .iter()
                .rev()
                .find_map(|i| match i {
                    Item::Message { text, .. } => Some(text.chars().count()),
                    _ => None,
                })
                .unwrap_or(0);
            s.settings.text_speed.typing_seconds(len)
        }
        _ => 0.0,
    };
    let key_go =
        focus_free(ui) && ui.input(|i| i.key_pressed(Key::Space) || i.key_pressed(Key::Enter));
    let Some(active) = &mut s.active else { return };
    let shown_at = *active.shown_at.get_or_insert(now);
    let typing = !active.skipped && now - shown_at < typing_total;
    if typing {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(300));
        if key_go || ui.input(|i| i.pointer.primary_clicked()) {
            active.skipped = true;
        }
    }
    let step_is_choice = matches!(node.kind, NodeKind::Choice { .. });
    let prompt = step_is_choice.then(|| s.story(&scenario.id, &MessageKey::new(&node.id)));
    let typing_from = match &node.kind {
        NodeKind::Message { from, .. } if typing => Some(*from),
        _ => None,
    };
    let chat_name = items.iter().rev().find_map(|i| match i {
        Item::ChatChange { name } => Some(name.clone()),
        _ => None,
    });

    egui::Panel::bottom("play-actions")
        .frame(Frame::new().inner_margin(Margin::symmetric(0, 8)))
        .show_separator_line(false)
        .show(ui, |ui| {
            column(ui, 620.0, |ui| {
                super::card(ui, p, |ui| {
                    if typing {
                        ui.label(RichText::new(s.ui("play-skip-hint")).small());
                    } else if let Some(prompt) = &prompt {
                        ui.label(RichText::new(prompt).size(21.0).strong());
                        for (i, (id, text)) in offered.iter().enumerate() {
                            let label = format!("{}   {}", i + 1, text);
                            let button = ui.add_sized(
                                [ui.available_width(), 50.0],
                                egui::Button::new(RichText::new(label).size(19.0)).wrap(),
                            );
                            let key = [Key::Num1, Key::Num2, Key::Num3, Key::Num4][i];
                            if button.clicked()
                                || (focus_free(ui) && ui.input(|inp| inp.key_pressed(key)))
                            {
                                actions.push(Action::Choose(id.clone()));
                            }
                        }
                        ui.label(RichText::new(s.ui("play-choice-hint")).small());
                    } else if primary_button(ui, p, &s.ui("play-next")).clicked() || key_go {
                        actions.push(Action::Advance);
                    }
                });
            });
        });

    egui::CentralPanel::no_frame().show(ui, |ui| {
        column(ui, 620.0, |ui| {
            if let Some(name) = &chat_name {
                Frame::new()
                    .fill(p.panel)
                    .inner_margin(Margin::symmetric(14, 8))
                    .corner_radius(CornerRadius {
                        nw: 16,
                        ne: 16,
                        sw: 0,
                        se: 0,
                    })
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(RichText::new(format!("💬 {name}")).strong().size(20.0));
                    });
            }
            ScrollArea::vertical()
                .stick_to_bottom(true)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.add_space(8.0);
                    let shown = if typing {
                        items.len().saturating_sub(1)
                    } else {
                        items.len()
                    };
                    for item in &items[..shown] {
                        draw_item(ui, s, scenario, p, item);
                    }
                    if let Some(from) = typing_from {
                        typing_bubble(ui, s, scenario, p, from, now);
                    }
                    ui.add_space(12.0);
                });
        });
    });
}

fn bubble_frame(fill: Color32, own: bool, p: &Palette, high_contrast: bool) -> Frame {
    let r = 16;
    Frame::new()
        .fill(fill)
        .stroke(if high_contrast {
            Stroke::new(2.0, p.border)
        } else {
            Stroke::NONE
        })
        .inner_margin(Margin::symmetric(14, 10))
        .corner_radius(CornerRadius {
            nw: r,
            ne: r,
            sw: if own { r } else { 4 },
            se: if own { 4 } else { r },
        })
}

fn draw_item(ui: &mut Ui, s: &Session, scenario: &Scenario, p: &Palette, item: &Item) {
    let hc = s.settings.high_contrast;
    let max = (ui.available_width() * 0.78).max(200.0);
    match item {
        Item::ChatChange { name } => {
            ui.vertical_centered(|ui| {
                ui.label(
                    RichText::new(format!("— {name} —"))
                        .small()
                        .color(p.weak_text),
                );
            });
        }
        Item::Message {
            from,
            name,
            text,
            own,
            group,
            attachment,
        } => {
            let layout = if *own {
                Layout::right_to_left(Align::Min)
            } else {
                Layout::left_to_right(Align::Min)
            };
            ui.with_layout(layout, |ui| {
                if !own {
                    avatar(
                        ui,
                        scenario.characters[*from].color,
                        &initials(scenario, *from, name),
                        36.0,
                    );
                }
                let fill = if *own { p.bubble_own } else { p.bubble_other };
                bubble_frame(fill, *own, p, hc).show(ui, |ui| {
                    ui.set_max_width(max);
                    ui.vertical(|ui| {
                        if *group && !own {
                            ui.label(RichText::new(name).small().strong().color(
                                Color32::from_rgb(
                                    scenario.characters[*from].color[0],
                                    scenario.characters[*from].color[1],
                                    scenario.characters[*from].color[2],
                                ),
                            ));
                        }
                        if let Some(a) = attachment {
                            attachment_box(ui, s, *a);
                        }
                        let color = if *own { p.bubble_own_text } else { p.text };
                        ui.label(RichText::new(text).color(color));
                    });
                });
            });
        }
        Item::Narration(text) => {
            ui.add_space(4.0);
            Frame::new()
                .fill(p.narration)
                .stroke(Stroke::new(1.0, p.border))
                .corner_radius(CornerRadius::same(10))
                .inner_margin(Margin::symmetric(16, 10))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(RichText::new(text).italics());
                });
            ui.add_space(4.0);
        }
        Item::Thought { text } => {
            ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
                Frame::new()
                    .fill(p.thought)
                    .stroke(Stroke::new(1.5, p.border))
                    .corner_radius(CornerRadius::same(22))
                    .inner_margin(Margin::symmetric(16, 10))
                    .show(ui, |ui| {
                        ui.set_max_width(max);
                        ui.vertical(|ui| {
                            ui.label(RichText::new(format!("💭 {}", s.ui("play-thinks"))).small());
                            ui.label(RichText::new(text).italics());
                        });
                    });
            });
        }
        Item::Switch { name } => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("name", name.clone());
            ui.vertical_centered(|ui| {
                ui.add_space(8.0);
                ui.label(
                    RichText::new(s.ui_args("switch-title", &args))
                        .strong()
                        .color(p.accent),
                );
                ui.add_space(4.0);
            });
        }
        Item::Chose(text) => {
            ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
                ui.label(
                    RichText::new(format!("✔ {} {text}", s.ui("play-you-chose")))
                        .small()
                        .color(p.weak_text),
                );
            });
        }
    }
    ui.add_space(2.0);
}

/// A neutral, blurred-looking placeholder: never an image.
fn attachment_box(ui: &mut Ui, s: &Session, a: Attachment) {
    let icon = match a {
        Attachment::Photo => "📷",
        Attachment::Video => "🎬",
        Attachment::Screenshot => "🖼",
        Attachment::Link => "🔗",
    };
    let key = format!("attachment-{}", a.key());
    let (rect, _) = ui.allocate_exact_size(Vec2::new(200.0, 110.0), egui::Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 10.0, Color32::from_rgb(0x9c, 0xa3, 0xaf));
    for i in 0..6 {
        let r = rect.shrink(6.0 + i as f32 * 7.0);
        painter.rect_filled(r, 10.0, Color32::from_white_alpha(14));
    }
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        format!("{icon} {}", s.ui(&key)),
        egui::FontId::proportional(17.0),
        Color32::WHITE,
    );
}

fn typing_bubble(
    ui: &mut Ui,
    s: &Session,
    scenario: &Scenario,
    p: &Palette,
    from: usize,
    now: f64,
) {
    let name = name_of(s, scenario, from);
    ui.with_layout(Layout::left_to_right(Align::Min), |ui| {
        avatar(
            ui,
            scenario.characters[from].color,
            &initials(scenario, from, &name),
            36.0,
        );
        bubble_frame(p.bubble_other, false, p, s.settings.high_contrast).show(ui, |ui| {
            let dots = 1 + ((now * 3.0) as usize % 3);
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("name", name.clone());
            ui.label(
                RichText::new(format!(
                    "{} {}",
                    s.ui_args("play-typing", &args),
                    "•".repeat(dots)
                ))
                .italics()
                .color(p.weak_text),
            );
        });
    });
}
