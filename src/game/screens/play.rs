//! Playing a scenario: a phone-style chat, narration and thoughts, perspective switches and
//! choices, with the quiet menu and the pause card. Reflections and the ending have their
//! own screens; this one hands over to them.

use bevy_egui::egui::{
    self, Align, Color32, CornerRadius, Frame, Id, Key, Layout, Margin, RichText, ScrollArea,
    Stroke, Ui, Vec2,
};

use crate::game::session::{Action, Overlay, Playing, Screen, Session};
use crate::game::theme::{Palette, palette};
use crate::game::widgets::{avatar, card, column, primary_button};
use crate::store::TextSpeed;
use crate::story::Step;
use crate::story::format::{Attachment, ChatKind};
use crate::story::view::{Entry, Person, Shown, View};

/// Whether a widget has keyboard focus (then Space and Enter belong to it).
pub fn focus_free(ui: &Ui) -> bool {
    ui.memory(|m| m.focused().is_none())
}

/// Space or Enter, when no widget holds the keyboard.
pub fn go_key(ui: &Ui) -> bool {
    focus_free(ui) && ui.input(|i| i.key_pressed(Key::Space) || i.key_pressed(Key::Enter))
}

pub fn draw(ui: &mut Ui, s: &Session) -> Vec<Action> {
    let mut actions = Vec::new();
    let Some(playing) = &s.playing else {
        actions.push(Action::Go(Screen::Overview));
        return actions;
    };
    let p = palette(s.settings());
    top_bar(ui, s, playing, &mut actions);
    if s.nav.overlay == Some(Overlay::Pause) {
        pause(ui, s, &p, &mut actions);
        return actions;
    }
    match playing.run.step() {
        Step::Reflect(..) => super::reflection::draw(ui, s, playing, &mut actions),
        Step::Ending(_) => super::ending::draw(ui, s, playing, &mut actions),
        _ => {
            let now = s.viewer().now(&playing.run);
            match now.as_ref().map(|v| &v.shown) {
                Some(Shown::Switch { to, title, text }) => {
                    switch_card(ui, &p, to, title, text, s, &mut actions);
                }
                _ => chat(ui, s, playing, now.as_ref(), &p, &mut actions),
            }
        }
    }
    actions
}

fn top_bar(ui: &mut Ui, s: &Session, playing: &Playing, actions: &mut Vec<Action>) {
    let title = s.viewer().title(playing.run.scenario());
    let menu_open = s.nav.overlay == Some(Overlay::Menu);
    // Panels without a fill: on software renderers every painted pixel costs time.
    egui::Panel::top("play-top")
        .frame(Frame::new().inner_margin(Margin::symmetric(16, 4)))
        .show_separator_line(false)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let menu = ui.selectable_label(menu_open, format!("☰ {}", s.ui("play-menu")));
                if menu.clicked() {
                    actions.push(if menu_open {
                        Action::CloseOverlay
                    } else {
                        Action::Open(Overlay::Menu)
                    });
                }
                ui.label(RichText::new(title).strong());
            });
            if menu_open {
                ui.horizontal_wrapped(|ui| {
                    if ui.button(s.ui("play-pause")).clicked() {
                        actions.push(Action::Open(Overlay::Pause));
                    }
                    if ui.button(s.ui("start-settings")).clicked() {
                        actions.push(Action::Open(Overlay::Settings));
                    }
                    if ui.button(s.ui("play-save-stop")).clicked() {
                        actions.push(Action::SaveAndStop);
                    }
                });
            }
        });
}

fn pause(ui: &mut Ui, s: &Session, p: &Palette, actions: &mut Vec<Action>) {
    column(ui, 480.0, |ui| {
        ui.add_space(60.0);
        card(ui, p, |ui| {
            ui.vertical_centered(|ui| {
                ui.heading(s.ui("play-paused"));
                ui.label(s.ui("play-paused-text"));
                ui.add_space(10.0);
                if primary_button(ui, p, &s.ui("play-resume")).clicked() {
                    actions.push(Action::CloseOverlay);
                }
            });
        });
    });
}

fn switch_card(
    ui: &mut Ui,
    p: &Palette,
    to: &Person,
    title: &str,
    text: &str,
    s: &Session,
    actions: &mut Vec<Action>,
) {
    egui::CentralPanel::no_frame().show(ui, |ui| {
        column(ui, 560.0, |ui| {
            ui.add_space(50.0);
            card(ui, p, |ui| {
                ui.vertical_centered(|ui| {
                    avatar(ui, to.color, &to.initials, 88.0);
                    ui.add_space(8.0);
                    ui.label(RichText::new(title).size(36.0).strong());
                    ui.add_space(6.0);
                    ui.label(RichText::new(text).size(21.0));
                    ui.add_space(16.0);
                    let button = primary_button(ui, p, &s.ui("play-next"));
                    if button.clicked() || go_key(ui) {
                        actions.push(Action::Advance);
                    }
                });
            });
        });
    });
}

/// The typing indicator: when the current message appeared (UI clock) and whether the
/// player skipped it. Kept in egui's memory, keyed by the moment, so it is drawing state,
/// not game state.
fn typing_key(playing: &Playing) -> Id {
    Id::new(("typing", playing.run.transcript().events.len()))
}

/// Starts the typing animation of the current message again (for measuring frames).
pub fn restart_typing(ctx: &egui::Context, playing: &Playing) {
    ctx.data_mut(|d| d.remove::<(f64, bool)>(typing_key(playing)));
}

/// Whether the typing indicator still runs for the current node.
fn typing(ui: &Ui, s: &Session, playing: &Playing, now: Option<&View>) -> bool {
    let Some(Shown::Message { text, .. }) = now.map(|v| &v.shown) else {
        return false;
    };
    let speed = s.settings().text_speed;
    if speed == TextSpeed::Instant {
        return false;
    }
    let total = speed.typing_seconds(text.chars().count());
    let time = ui.input(|i| i.time);
    let key = typing_key(playing);
    let (shown_at, skipped) =
        ui.data_mut(|d| *d.get_temp_mut_or_insert_with(key, || (time, false)));
    if skipped || time - shown_at >= total {
        return false;
    }
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_millis(300));
    if go_key(ui) || ui.input(|i| i.pointer.primary_clicked()) {
        ui.data_mut(|d| d.insert_temp(key, (shown_at, true)));
    }
    true
}

fn chat(
    ui: &mut Ui,
    s: &Session,
    playing: &Playing,
    now: Option<&View>,
    p: &Palette,
    actions: &mut Vec<Action>,
) {
    let history = s.viewer().history(&playing.run);
    let typing = typing(ui, s, playing, now);
    egui::Panel::bottom("play-actions")
        .frame(Frame::new().inner_margin(Margin::symmetric(0, 8)))
        .show_separator_line(false)
        .show(ui, |ui| {
            column(ui, 620.0, |ui| {
                card(ui, p, |ui| match now.map(|v| &v.shown) {
                    _ if typing => {
                        ui.label(RichText::new(s.ui("play-skip-hint")).small());
                    }
                    Some(Shown::Choice { question, options }) => {
                        ui.label(RichText::new(question).size(21.0).strong());
                        for (i, o) in options.iter().enumerate() {
                            let label = format!("{}   {}", i + 1, o.label);
                            let button = ui.add_sized(
                                [ui.available_width(), 50.0],
                                egui::Button::new(RichText::new(label).size(19.0)).wrap(),
                            );
                            let key = [Key::Num1, Key::Num2, Key::Num3, Key::Num4][i];
                            if button.clicked()
                                || (focus_free(ui) && ui.input(|inp| inp.key_pressed(key)))
                            {
                                actions.push(Action::Choose(o.id.clone()));
                            }
                        }
                        ui.label(RichText::new(s.ui("play-choice-hint")).small());
                    }
                    _ => {
                        if primary_button(ui, p, &s.ui("play-next")).clicked() || go_key(ui) {
                            actions.push(Action::Advance);
                        }
                    }
                });
            });
        });
    // While the indicator runs, the newest message is not shown yet.
    let shown = if typing {
        history.len().saturating_sub(1)
    } else {
        history.len()
    };
    let typing_from = match now.map(|v| &v.shown) {
        Some(Shown::Message { from, .. }) if typing => Some(from),
        _ => None,
    };
    egui::CentralPanel::no_frame().show(ui, |ui| {
        column(ui, 620.0, |ui| {
            if let Some(name) = chat_name(&history[..shown]) {
                chat_header(ui, p, &name);
            }
            ScrollArea::vertical()
                .stick_to_bottom(true)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.add_space(8.0);
                    let mut chat = None;
                    for entry in &history[..shown] {
                        draw_entry(ui, s, p, entry, &mut chat);
                    }
                    if let Some(from) = typing_from {
                        typing_bubble(ui, s, p, from);
                    }
                    ui.add_space(12.0);
                });
        });
    });
}

/// The chat the conversation is in now, if any.
fn chat_name(history: &[Entry]) -> Option<String> {
    history
        .iter()
        .rev()
        .find_map(|e| match e {
            Entry::Shown(View {
                shown: Shown::Message { chat, .. },
                ..
            }) => Some(chat.name.clone()),
            Entry::Shown(View {
                shown: Shown::Switch { .. },
                ..
            }) => Some(String::new()),
            _ => None,
        })
        .filter(|n| !n.is_empty())
}

fn chat_header(ui: &mut Ui, p: &Palette, name: &str) {
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

/// One line of the history; `chat` is the chat of the message before, so a change of chat
/// gets a divider.
fn draw_entry(ui: &mut Ui, s: &Session, p: &Palette, entry: &Entry, chat: &mut Option<usize>) {
    let max = (ui.available_width() * 0.78).max(200.0);
    let Entry::Shown(view) = entry else {
        let Entry::Chose { label, .. } = entry else {
            return;
        };
        ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
            ui.label(
                RichText::new(format!("✔ {} {label}", s.ui("play-you-chose")))
                    .small()
                    .color(p.weak_text),
            );
        });
        return;
    };
    match &view.shown {
        Shown::Message {
            chat: c,
            from,
            text,
            attachment,
        } => {
            if *chat != Some(c.index) {
                *chat = Some(c.index);
                ui.vertical_centered(|ui| {
                    let divider = RichText::new(format!("— {} —", c.name)).small();
                    ui.label(divider.color(p.weak_text));
                });
            }
            let group = c.kind == ChatKind::Group;
            message(ui, s, p, from, text, group, attachment.as_ref(), max);
        }
        Shown::Narration { text } => narration(ui, p, text),
        Shown::Thought { text } => thought(ui, s, p, text, max),
        Shown::Switch { title, .. } => {
            *chat = None;
            ui.vertical_centered(|ui| {
                ui.add_space(8.0);
                ui.label(RichText::new(title).strong().color(p.accent));
                ui.add_space(4.0);
            });
        }
        Shown::Choice { .. } | Shown::Reflection(_) | Shown::Ending { .. } => {}
    }
    ui.add_space(2.0);
}

#[allow(clippy::too_many_arguments)]
fn message(
    ui: &mut Ui,
    s: &Session,
    p: &Palette,
    from: &Person,
    text: &str,
    group: bool,
    attachment: Option<&(Attachment, String)>,
    max: f32,
) {
    let own = from.played;
    let layout = if own {
        Layout::right_to_left(Align::Min)
    } else {
        Layout::left_to_right(Align::Min)
    };
    ui.with_layout(layout, |ui| {
        if !own {
            avatar(ui, from.color, &from.initials, 36.0);
        }
        let fill = if own { p.bubble_own } else { p.bubble_other };
        bubble_frame(fill, own, p, s.settings().high_contrast).show(ui, |ui| {
            ui.set_max_width(max);
            ui.vertical(|ui| {
                if group && !own {
                    let [r, g, b] = from.color;
                    let name = RichText::new(&from.name).small().strong();
                    ui.label(name.color(Color32::from_rgb(r, g, b)));
                }
                if let Some((a, label)) = attachment {
                    attachment_box(ui, *a, label);
                }
                let color = if own { p.bubble_own_text } else { p.text };
                ui.label(RichText::new(text).color(color));
            });
        });
    });
}

fn narration(ui: &mut Ui, p: &Palette, text: &str) {
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

fn thought(ui: &mut Ui, s: &Session, p: &Palette, text: &str, max: f32) {
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

/// A neutral, blurred-looking placeholder: never an image.
fn attachment_box(ui: &mut Ui, a: Attachment, label: &str) {
    let icon = match a {
        Attachment::Photo => "📷",
        Attachment::Video => "🎬",
        Attachment::Screenshot => "🖼",
        Attachment::Link => "🔗",
    };
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
        format!("{icon} {label}"),
        egui::FontId::proportional(17.0),
        Color32::WHITE,
    );
}

fn typing_bubble(ui: &mut Ui, s: &Session, p: &Palette, from: &Person) {
    let now = ui.input(|i| i.time);
    ui.with_layout(Layout::left_to_right(Align::Min), |ui| {
        avatar(ui, from.color, &from.initials, 36.0);
        bubble_frame(p.bubble_other, false, p, s.settings().high_contrast).show(ui, |ui| {
            let dots = 1 + ((now * 3.0) as usize % 3);
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("name", from.name.clone());
            let text = format!("{} {}", s.ui_args("play-typing", &args), "•".repeat(dots));
            ui.label(RichText::new(text).italics().color(p.weak_text));
        });
    });
}
