//! A reflection: open question, ruler, feelings, flag judgement or knowledge check, and the
//! feedback after a flag judgement or knowledge check. What the player picks or types is
//! kept in a copy of the draft and handed back as [`Action::EditDraft`].

use bevy_egui::egui::{
    self, Color32, CornerRadius, Frame, Margin, RichText, ScrollArea, Stroke, Ui,
};

use crate::game::session::{Action, Playing, Session};
use crate::game::theme::{Palette, palette};
use crate::game::widgets::{card, column, primary_button, text_box};
use crate::store::Draft;
use crate::story::format::{Criterion, Feeling, Flag, Purpose};
use crate::story::runtime::Answer;
use crate::story::view::{Form, ReflectionView, Shown, Word};

fn flag_color(flag: Flag) -> Color32 {
    match flag {
        Flag::Green => Color32::from_rgb(0x16, 0xa3, 0x4a),
        Flag::Yellow => Color32::from_rgb(0xea, 0xb3, 0x08),
        Flag::Red => Color32::from_rgb(0xdc, 0x26, 0x26),
        Flag::Black => Color32::from_rgb(0x11, 0x11, 0x11),
    }
}

fn flag_label(word: &Word<Flag>) -> String {
    format!("⚑ {}", word.label)
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

pub fn draw(ui: &mut Ui, s: &Session, playing: &Playing, actions: &mut Vec<Action>) {
    let p = palette(s.settings());
    if let Some((node, answer)) = &playing.feedback {
        feedback(ui, s, playing, node, answer, &p, actions);
        return;
    }
    let Some(Shown::Reflection(view)) = s.viewer().now(&playing.run).map(|v| v.shown) else {
        return;
    };
    let labels = ReflectLabels::new(s);
    egui::CentralPanel::no_frame().show(ui, |ui| {
        ScrollArea::vertical().show(ui, |ui| {
            column(ui, 680.0, |ui| {
                ui.add_space(12.0);
                card(ui, &p, |ui| {
                    header(ui, s, &p);
                    ui.label(RichText::new(&view.question).size(22.0));
                    ui.add_space(8.0);
                    let mut draft = playing.draft.clone();
                    let submit = form(ui, &p, &mut draft, &view, &labels);
                    if draft != playing.draft {
                        actions.push(Action::EditDraft(draft));
                    }
                    if submit {
                        actions.push(Action::Answer);
                    }
                });
            });
        });
    });
}

/// The widgets of the reflection's form; true when the player submits.
fn form(
    ui: &mut Ui,
    p: &Palette,
    draft: &mut Draft,
    view: &ReflectionView,
    l: &ReflectLabels,
) -> bool {
    let hint = view.hint.clone().unwrap_or_else(|| l.hint.clone());
    match &view.form {
        Form::Open {
            min_length,
            purpose,
        } => {
            let optional = *purpose == Purpose::OwnSituation;
            open_question(ui, p, draft, &hint, *min_length, optional, l)
        }
        Form::Ruler {
            low,
            high,
            followup,
        } => ruler(ui, p, draft, low, high, followup, &hint, l),
        Form::Feelings {
            feelings,
            multiple,
            free_text,
        } => feelings_picker(ui, p, draft, feelings, *multiple, *free_text, l),
        Form::Flag {
            flags, criteria, ..
        } => flag_judgement(ui, p, draft, flags, criteria, l),
        Form::Quiz { options, .. } => quiz(ui, p, draft, options, l),
    }
}

/// Words the reflection widgets need, looked up once per frame.
struct ReflectLabels {
    done: String,
    skip: String,
    hint: String,
    other: String,
    pick_flag: String,
    pick_criteria: String,
    nudge: String,
    nudge_more: String,
    nudge_fine: String,
}

impl ReflectLabels {
    fn new(s: &Session) -> Self {
        ReflectLabels {
            done: s.ui("reflect-done"),
            skip: s.ui("reflect-skip"),
            hint: s.ui("reflect-hint"),
            other: s.ui("reflect-other"),
            pick_flag: s.ui("reflect-pick-flag"),
            pick_criteria: s.ui("reflect-pick-criteria"),
            nudge: s.ui("reflect-nudge"),
            nudge_more: s.ui("reflect-nudge-more"),
            nudge_fine: s.ui("reflect-nudge-fine"),
        }
    }
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

fn feelings_picker(
    ui: &mut Ui,
    p: &Palette,
    draft: &mut Draft,
    feelings: &[Word<Feeling>],
    multiple: bool,
    free_text: bool,
    l: &ReflectLabels,
) -> bool {
    ui.horizontal_wrapped(|ui| {
        for Word {
            key: f,
            label: text,
            ..
        } in feelings
        {
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
    flags: &[Word<Flag>],
    criteria: &[Word<Criterion>],
    l: &ReflectLabels,
) -> bool {
    ui.label(RichText::new(&l.pick_flag).strong());
    ui.horizontal_wrapped(|ui| {
        for word in flags {
            let (flag, label) = (&word.key, flag_label(word));
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
    for Word {
        key: c,
        label: name,
        about,
    } in criteria
    {
        let about = about.as_deref().unwrap_or_default();
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
fn feedback(
    ui: &mut Ui,
    s: &Session,
    playing: &Playing,
    node: &str,
    answer: &Answer,
    p: &Palette,
    actions: &mut Vec<Action>,
) {
    let run = &playing.run;
    let scenario = run.scenario();
    let Some(idx) = scenario.node_index(node) else {
        return;
    };
    let Some(Shown::Reflection(view)) = s
        .viewer()
        .node(scenario, idx, run.vars(), run.perspective(), &[])
        .map(|v| v.shown)
    else {
        return;
    };
    egui::CentralPanel::no_frame().show(ui, |ui| {
        ScrollArea::vertical().show(ui, |ui| {
            column(ui, 680.0, |ui| {
                ui.add_space(12.0);
                card(ui, p, |ui| {
                    let explanation = match (&view.form, answer) {
                        (Form::Flag { .. }, Answer::Flag { flag, violated }) => {
                            flag_feedback(ui, s, &view.form, *flag, violated)
                        }
                        (Form::Quiz { .. }, Answer::Quiz { option }) => {
                            quiz_feedback(ui, s, &view.form, option)
                        }
                        _ => String::new(),
                    };
                    ui.add_space(8.0);
                    ui.label(RichText::new(&explanation).size(20.0));
                    ui.add_space(10.0);
                    let next = primary_button(ui, p, &s.ui("play-next")).clicked();
                    if next || super::play::go_key(ui) {
                        actions.push(Action::CloseFeedback);
                    }
                });
            });
        });
    });
}

/// The player's flag and criteria beside the reference; returns the explanation.
fn flag_feedback(
    ui: &mut Ui,
    s: &Session,
    form: &Form,
    theirs: Flag,
    their_criteria: &[Criterion],
) -> String {
    let Form::Flag {
        flags,
        criteria,
        reference,
        violated,
        explanation,
    } = form
    else {
        return String::new();
    };
    let same = *reference == theirs;
    let heading = s.ui(if same {
        "feedback-flag-same"
    } else {
        "feedback-flag-other"
    });
    ui.label(RichText::new(heading).size(22.0).strong());
    let word = |f: Flag| {
        flags
            .iter()
            .find(|w| w.key == f)
            .map(flag_label)
            .unwrap_or_default()
    };
    egui::Grid::new("flag-compare")
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            ui.label(RichText::new(s.ui("feedback-yours")).strong());
            ui.label(RichText::new(s.ui("feedback-reference")).strong());
            ui.end_row();
            ui.label(s.ui("feedback-flag"));
            ui.label(RichText::new(word(theirs)).color(flag_color(theirs)));
            ui.label(RichText::new(word(*reference)).color(flag_color(*reference)));
            ui.end_row();
            for c in criteria {
                ui.label(&c.label);
                let mark = |v: &[Criterion]| {
                    s.ui(if v.contains(&c.key) {
                        "feedback-violated"
                    } else {
                        "feedback-ok"
                    })
                };
                ui.label(mark(their_criteria));
                ui.label(mark(violated));
                ui.end_row();
            }
        });
    explanation.clone()
}

/// Right or wrong, and the right answer; returns the explanation.
fn quiz_feedback(ui: &mut Ui, s: &Session, form: &Form, option: &str) -> String {
    let Form::Quiz {
        options,
        correct,
        explanation,
    } = form
    else {
        return String::new();
    };
    let right = options.get(*correct).is_some_and(|(id, _)| id == option);
    let heading = s.ui(if right {
        "feedback-right"
    } else {
        "feedback-wrong"
    });
    ui.label(RichText::new(heading).size(22.0).strong());
    if !right && let Some((_, text)) = options.get(*correct) {
        ui.label(RichText::new(text).strong());
    }
    explanation.clone()
}
