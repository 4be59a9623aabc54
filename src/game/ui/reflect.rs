//! Reflection screens (open question, ruler, feelings, flag judgement, knowledge check),
//! the feedback after a flag judgement or knowledge check, and the ending.

use bevy_egui::egui::{
    self, Color32, CornerRadius, Frame, Margin, RichText, ScrollArea, Stroke, Ui,
};

use super::{Palette, card, column, palette, primary_button};
use crate::game::session::{Action, Session};
use crate::store::Draft;
use crate::story::format::{Criterion, Flag, Purpose};
use crate::story::runtime::{Answer, EventKind, MAX_TEXT_CHARS};
use crate::story::{MessageKey, NodeKind};

fn flag_color(flag: Flag) -> Color32 {
    match flag {
        Flag::Green => Color32::from_rgb(0x16, 0xa3, 0x4a),
        Flag::Yellow => Color32::from_rgb(0xea, 0xb3, 0x08),
        Flag::Red => Color32::from_rgb(0xdc, 0x26, 0x26),
        Flag::Black => Color32::from_rgb(0x11, 0x11, 0x11),
    }
}

fn flag_label(s: &Session, flag: Flag) -> String {
    format!("⚑ {}", s.ui(&format!("flag-{}", flag.key())))
}

/// The header every reflection shares: honest about who reads the answer.
fn header(ui: &mut Ui, s: &Session, p: &Palette) {
    ui.label(
        RichText::new(s.ui("reflect-title"))
            .size(24.0)
            .strong()
            .color(p.accent),
    );
    ui.label(
        RichText::new(s.ui("reflect-reader"))
            .small()
            .color(p.weak_text),
    );
    ui.add_space(8.0);
}

fn text_box(ui: &mut Ui, text: &mut String, hint: &str, rows: usize) -> egui::Response {
    ui.add(
        egui::TextEdit::multiline(text)
            .char_limit(MAX_TEXT_CHARS)
            .desired_rows(rows)
            .desired_width(f32::INFINITY)
            .hint_text(hint),
    )
}

pub fn reflection(ui: &mut Ui, s: &mut Session, actions: &mut Vec<Action>) {
    let p = palette(&s.settings);
    if s.active.as_ref().is_some_and(|a| a.feedback.is_some()) {
        feedback(ui, s, &p, actions);
        return;
    }
    let Some(active) = &s.active else { return };
    let scenario = active.run.scenario().clone();
    let node = active.run.node().clone();
    let question = s.story(&scenario.id, &MessageKey::new(&node.id));
    let attr = |s: &Session, a: &str| s.story(&scenario.id, &MessageKey::attr(&node.id, a));
    let has_attr = |a: &str| {
        s.library
            .locales
            .format(
                s.chain(),
                &scenario.id,
                &MessageKey::attr(&node.id, a),
                None,
            )
            .is_some()
    };
    let hint = if has_attr("hint") {
        attr(s, "hint")
    } else {
        s.ui("reflect-hint")
    };
    let (low, high, followup) = (attr(s, "low"), attr(s, "high"), attr(s, "followup"));
    let option_texts: Vec<(String, String)> = match &node.kind {
        NodeKind::Quiz { options, .. } => options.iter().map(|o| (o.clone(), attr(s, o))).collect(),
        _ => Vec::new(),
    };
    let feeling_texts: Vec<String> = match &node.kind {
        NodeKind::Feelings { feelings, .. } => feelings
            .iter()
            .map(|f| s.ui(&format!("feeling-{}", f.key())))
            .collect(),
        _ => Vec::new(),
    };
    let criterion_texts: Vec<(String, String)> = Criterion::ALL
        .iter()
        .map(|c| {
            (
                s.ui(&format!("criterion-{}", c.key())),
                s.ui(&format!("criterion-{}.about", c.key())),
            )
        })
        .collect();
    let labels = ReflectLabels {
        done: s.ui("reflect-done"),
        skip: s.ui("reflect-skip"),
        other: s.ui("reflect-other"),
        pick_flag: s.ui("reflect-pick-flag"),
        pick_criteria: s.ui("reflect-pick-criteria"),
        nudge: s.ui("reflect-nudge"),
        nudge_more: s.ui("reflect-nudge-more"),
        nudge_fine: s.ui("reflect-nudge-fine"),
        flags: Flag::ALL.iter().map(|f| flag_label(s, *f)).collect(),
    };
    egui::CentralPanel::no_frame().show(ui, |ui| {
        ScrollArea::vertical().show(ui, |ui| {
            column(ui, 680.0, |ui| {
                ui.add_space(12.0);
                card(ui, &p, |ui| {
                    header(ui, s, &p);
                    ui.label(RichText::new(&question).size(22.0));
                    ui.add_space(8.0);
                    let Some(active) = &mut s.active else { return };
                    let draft = &mut active.draft;
                    let before = draft.clone();
                    let submit = match &node.kind {
                        NodeKind::OpenQuestion {
                            min_length,
                            purpose,
                            ..
                        } => {
                            let optional = *purpose == Purpose::OwnSituation;
                            open_question(ui, &p, draft, &hint, *min_length, optional, &labels)
                        }
                        NodeKind::Ruler { .. } => {
                            ruler(ui, &p, draft, &low, &high, &followup, &hint, &labels)
                        }
                        NodeKind::Feelings {
                            feelings,
                            multiple,
                            free_text,
                            ..
                        } => feelings_picker(
                            ui,
                            &p,
                            draft,
                            feelings,
                            &feeling_texts,
                            *multiple,
                            *free_text,
                            &labels,
                        ),
                        NodeKind::FlagJudgement { .. } => {
                            flag_judgement(ui, &p, draft, &criterion_texts, &labels)
                        }
                        NodeKind::Quiz { .. } => quiz(ui, &p, draft, &option_texts, &labels),
                        _ => false,
                    };
                    if *draft != before {
                        s.draft_dirty = true;
                    }
                    if submit {
                        actions.push(Action::Answer);
                    }
                });
            });
        });
    });
}

/// Words the reflection widgets need, looked up once per frame.
struct ReflectLabels {
    done: String,
    skip: String,
    other: String,
    pick_flag: String,
    pick_criteria: String,
    nudge: String,
    nudge_more: String,
    nudge_fine: String,
    flags: Vec<String>,
}

fn open_question(
    ui: &mut Ui,
    p: &Palette,
    draft: &mut Draft,
    hint: &str,
    min_length: u32,
    optional: bool,
    l: &ReflectLabels,
) -> bool {
    let edit = text_box(ui, &mut draft.text, hint, 5);
    if edit.changed() {
        draft.nudged = false;
    }
    let empty = draft.text.trim().is_empty();
    // Skipping an optional question is an answer too, so it gets no nudge.
    let short = !(optional && empty) && draft.text.trim().chars().count() < min_length as usize;
    if draft.nudged && short {
        // A gentle nudge, never a block.
        Frame::new()
            .fill(p.narration)
            .corner_radius(CornerRadius::same(10))
            .inner_margin(Margin::same(12))
            .show(ui, |ui| {
                ui.label(&l.nudge);
            });
        let mut submit = false;
        ui.horizontal(|ui| {
            if ui.button(&l.nudge_more).clicked() {
                draft.nudged = false;
                edit.request_focus();
            }
            if ui.button(&l.nudge_fine).clicked() {
                submit = true;
            }
        });
        return submit;
    }
    // An optional question says plainly that saying nothing is fine.
    let done = if optional && empty { &l.skip } else { &l.done };
    if primary_button(ui, p, done).clicked() {
        if short && !draft.nudged {
            draft.nudged = true;
            return false;
        }
        return true;
    }
    false
}

#[allow(clippy::too_many_arguments)]
fn ruler(
    ui: &mut Ui,
    p: &Palette,
    draft: &mut Draft,
    low: &str,
    high: &str,
    followup: &str,
    hint: &str,
    l: &ReflectLabels,
) -> bool {
    ui.horizontal_wrapped(|ui| {
        for n in 0..=10u8 {
            let selected = draft.score == Some(n);
            let text = RichText::new(n.to_string()).size(20.0).strong();
            let text = if selected {
                text.color(p.accent_text)
            } else {
                text
            };
            let mut button = egui::Button::new(text).min_size(egui::vec2(40.0, 44.0));
            if selected {
                button = button.fill(p.accent);
            }
            if ui.add(button).clicked() {
                draft.score = Some(n);
            }
        }
    });
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("0 = {low}")).small());
        ui.label(RichText::new("·").small());
        ui.label(RichText::new(format!("10 = {high}")).small());
    });
    let Some(_) = draft.score else {
        return false;
    };
    ui.add_space(8.0);
    ui.label(RichText::new(followup).size(20.0).strong());
    text_box(ui, &mut draft.text, hint, 3);
    primary_button(ui, p, &l.done).clicked()
}

#[allow(clippy::too_many_arguments)]
fn feelings_picker(
    ui: &mut Ui,
    p: &Palette,
    draft: &mut Draft,
    feelings: &[crate::story::format::Feeling],
    texts: &[String],
    multiple: bool,
    free_text: bool,
    l: &ReflectLabels,
) -> bool {
    ui.horizontal_wrapped(|ui| {
        for (f, text) in feelings.iter().zip(texts) {
            let mut on = draft.chosen.contains(f);
            let changed = if multiple {
                ui.checkbox(&mut on, RichText::new(text).size(19.0))
                    .changed()
            } else {
                let clicked = ui.radio(on, RichText::new(text).size(19.0)).clicked();
                if clicked {
                    on = true;
                }
                clicked
            };
            if changed {
                if !multiple {
                    draft.chosen.clear();
                }
                draft.chosen.retain(|x| x != f);
                if on {
                    draft.chosen.push(*f);
                }
            }
        }
    });
    if free_text {
        ui.add_space(6.0);
        ui.label(&l.other);
        text_box(ui, &mut draft.text, "", 2);
    }
    let ready = !draft.chosen.is_empty() || (free_text && !draft.text.trim().is_empty());
    ui.add_enabled_ui(ready, |ui| primary_button(ui, p, &l.done))
        .inner
        .clicked()
        && ready
}

fn flag_judgement(
    ui: &mut Ui,
    p: &Palette,
    draft: &mut Draft,
    criteria: &[(String, String)],
    l: &ReflectLabels,
) -> bool {
    ui.label(RichText::new(&l.pick_flag).strong());
    ui.horizontal_wrapped(|ui| {
        for (flag, label) in Flag::ALL.iter().zip(&l.flags) {
            let selected = draft.flag == Some(*flag);
            let mut button =
                egui::Button::new(RichText::new(label).size(19.0).color(if selected {
                    Color32::WHITE
                } else {
                    flag_color(*flag)
                }))
                .min_size(egui::vec2(120.0, 44.0))
                .stroke(Stroke::new(
                    if selected { 3.0 } else { 1.5 },
                    flag_color(*flag),
                ));
            if selected {
                button = button.fill(flag_color(*flag));
            }
            if ui.add(button).clicked() {
                draft.flag = Some(*flag);
            }
        }
    });
    ui.add_space(8.0);
    ui.label(RichText::new(&l.pick_criteria).strong());
    for (c, (name, about)) in Criterion::ALL.iter().zip(criteria) {
        let mut on = draft.violated.contains(c);
        ui.horizontal_wrapped(|ui| {
            if ui.checkbox(&mut on, RichText::new(name).strong()).changed() {
                draft.violated.retain(|x| x != c);
                if on {
                    draft.violated.push(*c);
                }
            }
            ui.label(RichText::new(about).small().color(p.weak_text));
        });
    }
    let ready = draft.flag.is_some();
    ui.add_space(6.0);
    ui.add_enabled_ui(ready, |ui| primary_button(ui, p, &l.done))
        .inner
        .clicked()
        && ready
}

fn quiz(
    ui: &mut Ui,
    p: &Palette,
    draft: &mut Draft,
    options: &[(String, String)],
    l: &ReflectLabels,
) -> bool {
    for (id, text) in options {
        let selected = draft.option.as_deref() == Some(id.as_str());
        if ui
            .add_sized(
                [ui.available_width(), 46.0],
                egui::Button::selectable(selected, RichText::new(text).size(19.0)).wrap(),
            )
            .clicked()
        {
            draft.option = Some(id.clone());
        }
    }
    let ready = draft.option.is_some();
    ui.add_space(6.0);
    ui.add_enabled_ui(ready, |ui| primary_button(ui, p, &l.done))
        .inner
        .clicked()
        && ready
}

/// After a flag judgement or knowledge check: the reference answer and explanation.
fn feedback(ui: &mut Ui, s: &mut Session, p: &Palette, actions: &mut Vec<Action>) {
    let Some(active) = &s.active else { return };
    let Some((node_id, answer)) = active.feedback.clone() else {
        return;
    };
    let scenario = active.run.scenario().clone();
    let Some(idx) = scenario.node_index(&node_id) else {
        return;
    };
    let node = scenario.node(idx).clone();
    let explanation = s.story(&scenario.id, &MessageKey::attr(&node_id, "explanation"));
    egui::CentralPanel::no_frame().show(ui, |ui| {
        ScrollArea::vertical().show(ui, |ui| {
            column(ui, 680.0, |ui| {
                ui.add_space(12.0);
                card(ui, p, |ui| {
                    match (&node.kind, &answer) {
                        (
                            NodeKind::FlagJudgement { flag, violated, .. },
                            Answer::Flag {
                                flag: theirs,
                                violated: their_criteria,
                            },
                        ) => {
                            let same = flag == theirs;
                            ui.label(
                                RichText::new(s.ui(if same {
                                    "feedback-flag-same"
                                } else {
                                    "feedback-flag-other"
                                }))
                                .size(22.0)
                                .strong(),
                            );
                            egui::Grid::new("flag-compare")
                                .striped(true)
                                .show(ui, |ui| {
                                    ui.label("");
                                    ui.label(RichText::new(s.ui("feedback-yours")).strong());
                                    ui.label(RichText::new(s.ui("feedback-reference")).strong());
                                    ui.end_row();
                                    ui.label(s.ui("feedback-flag"));
                                    ui.label(
                                        RichText::new(flag_label(s, *theirs))
                                            .color(flag_color(*theirs)),
                                    );
                                    ui.label(
                                        RichText::new(flag_label(s, *flag))
                                            .color(flag_color(*flag)),
                                    );
                                    ui.end_row();
                                    for c in Criterion::ALL {
                                        ui.label(s.ui(&format!("criterion-{}", c.key())));
                                        let mark = |v: &[Criterion]| {
                                            if v.contains(&c) {
                                                s.ui("feedback-violated")
                                            } else {
                                                s.ui("feedback-ok")
                                            }
                                        };
                                        ui.label(mark(their_criteria));
                                        ui.label(mark(violated));
                                        ui.end_row();
                                    }
                                });
                        }
                        (
                            NodeKind::Quiz {
                                options, correct, ..
                            },
                            Answer::Quiz { option },
                        ) => {
                            let right = options.get(*correct) == Some(option);
                            ui.label(
                                RichText::new(s.ui(if right {
                                    "feedback-right"
                                } else {
                                    "feedback-wrong"
                                }))
                                .size(22.0)
                                .strong(),
                            );
                            if !right && let Some(c) = options.get(*correct) {
                                ui.label(
                                    RichText::new(
                                        s.story(&scenario.id, &MessageKey::attr(&node_id, c)),
                                    )
                                    .strong(),
                                );
                            }
                        }
                        _ => {}
                    }
                    ui.add_space(8.0);
                    ui.label(RichText::new(&explanation).size(20.0));
                    ui.add_space(10.0);
                    let key = ui.memory(|m| m.focused().is_none())
                        && ui.input(|i| {
                            i.key_pressed(egui::Key::Enter) || i.key_pressed(egui::Key::Space)
                        });
                    if primary_button(ui, p, &s.ui("play-next")).clicked() || key {
                        actions.push(Action::CloseFeedback);
                    }
                });
            });
        });
    });
}

/// The ending: the take-away, the player's choices, where to get help, and what they take
/// with them.
pub fn ending(ui: &mut Ui, s: &mut Session, actions: &mut Vec<Action>) {
    let p = palette(&s.settings);
    let Some(active) = &s.active else { return };
    let scenario = active.run.scenario().clone();
    let node = active.run.node().clone();
    let NodeKind::Ending { help } = &node.kind else {
        return;
    };
    let title = s.story(&scenario.id, &MessageKey::attr(&node.id, "title"));
    let takeaway = s.story(&scenario.id, &MessageKey::new(&node.id));
    let choices: Vec<String> = active
        .run
        .transcript()
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Chose { node, option } => {
                Some(s.story(&scenario.id, &MessageKey::attr(node, option)))
            }
            _ => None,
        })
        .collect();
    let helps: Vec<(String, String, String)> = help
        .iter()
        .map(|h| {
            let k = format!("help-{}", h.key());
            (
                s.ui(&k),
                s.ui(&format!("{k}.about")),
                s.ui(&format!("{k}.contact")),
            )
        })
        .collect();
    egui::CentralPanel::no_frame().show(ui, |ui| {
        ScrollArea::vertical().show(ui, |ui| {
            column(ui, 680.0, |ui| {
                ui.add_space(12.0);
                card(ui, &p, |ui| {
                    ui.label(
                        RichText::new(s.ui("ending-label"))
                            .small()
                            .color(p.weak_text),
                    );
                    ui.label(RichText::new(&title).size(30.0).strong());
                    ui.add_space(6.0);
                    ui.label(RichText::new(&takeaway).size(22.0));
                });
                ui.add_space(8.0);
                card(ui, &p, |ui| {
                    ui.label(
                        RichText::new(s.ui("ending-your-choices"))
                            .strong()
                            .size(20.0),
                    );
                    for c in &choices {
                        ui.label(format!("✔ {c}"));
                    }
                });
                ui.add_space(8.0);
                card(ui, &p, |ui| {
                    ui.label(RichText::new(s.ui("ending-help")).strong().size(20.0));
                    for (name, about, contact) in &helps {
                        Frame::new()
                            .stroke(Stroke::new(1.0, p.border))
                            .corner_radius(CornerRadius::same(10))
                            .inner_margin(Margin::same(10))
                            .show(ui, |ui| {
                                ui.set_width(ui.available_width());
                                ui.label(RichText::new(name).strong());
                                ui.label(about);
                                ui.label(RichText::new(contact).color(p.accent).strong());
                            });
                    }
                });
                ui.add_space(8.0);
                card(ui, &p, |ui| {
                    ui.label(
                        RichText::new(s.ui("ending-take-with-you"))
                            .strong()
                            .size(20.0),
                    );
                    ui.label(
                        RichText::new(s.ui("reflect-reader"))
                            .small()
                            .color(p.weak_text),
                    );
                    let hint = s.ui("reflect-hint");
                    let done = s.ui("ending-done");
                    let ask = s.ui("ending-question");
                    let ask_hint = s.ui("ending-question-hint");
                    if let Some(active) = &mut s.active {
                        let before = (active.draft.text.clone(), active.draft.question.clone());
                        text_box(ui, &mut active.draft.text, &hint, 3);
                        ui.add_space(8.0);
                        ui.label(RichText::new(ask).strong());
                        text_box(ui, &mut active.draft.question, &ask_hint, 2);
                        if (&active.draft.text, &active.draft.question) != (&before.0, &before.1) {
                            s.draft_dirty = true;
                        }
                    }
                    ui.add_space(6.0);
                    if primary_button(ui, &p, &done).clicked() {
                        actions.push(Action::Finish);
                    }
                });
                ui.add_space(20.0);
            });
        });
    });
}
