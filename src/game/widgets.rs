//! The widgets every screen shares: a centred column, cards, big buttons, avatars, text
//! boxes, the notices and the language switch.

use bevy_egui::egui::{
    self, Align, Color32, CornerRadius, FontId, Frame, Layout, Margin, RichText, Stroke, Ui, Vec2,
};

use super::session::{Action, Session};
use super::theme::{Palette, palette};
use crate::story::runtime::MAX_TEXT_CHARS;

/// A centred column of at most `width` points, on the screen's background.
pub fn column<R>(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui) -> R) -> R {
    let available = ui.available_width();
    let w = width.min(available - 16.0).max(200.0);
    let side = ((available - w) / 2.0).max(0.0);
    ui.horizontal_top(|ui| {
        ui.add_space(side);
        ui.vertical(|ui| {
            ui.set_width(w);
            add(ui)
        })
        .inner
    })
    .inner
}

/// A white card with rounded corners.
pub fn card<R>(ui: &mut Ui, p: &Palette, add: impl FnOnce(&mut Ui) -> R) -> R {
    Frame::new()
        .fill(p.panel)
        .stroke(Stroke::new(1.0, p.border))
        .corner_radius(CornerRadius::same(16))
        .inner_margin(Margin::same(20))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// A large button for the main action of a screen.
pub fn primary_button(ui: &mut Ui, p: &Palette, text: &str) -> egui::Response {
    ui.add_sized(
        [ui.available_width().min(420.0), 48.0],
        egui::Button::new(RichText::new(text).color(p.accent_text).size(20.0)).fill(p.accent),
    )
}

/// A large plain button.
pub fn big_button(ui: &mut Ui, text: &str) -> egui::Response {
    ui.add_sized(
        [ui.available_width().min(420.0), 44.0],
        egui::Button::new(RichText::new(text).size(19.0)),
    )
}

/// A round avatar with initials.
pub fn avatar(ui: &mut Ui, color: [u8; 3], initials: &str, size: f32) {
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(size), egui::Sense::hover());
    let fill = Color32::from_rgb(color[0], color[1], color[2]);
    ui.painter().circle_filled(rect.center(), size / 2.0, fill);
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        initials,
        FontId::proportional(size * 0.42),
        Color32::WHITE,
    );
}

/// A text box for answers; long answers are cut at what the runtime accepts.
pub fn text_box(ui: &mut Ui, text: &mut String, hint: &str, rows: usize) -> egui::Response {
    ui.add(
        egui::TextEdit::multiline(text)
            .char_limit(MAX_TEXT_CHARS)
            .desired_rows(rows)
            .desired_width(f32::INFINITY)
            .hint_text(hint),
    )
}

/// Friendly notices (a save was restored, content changed) with a button to close them.
pub fn notices(ui: &mut Ui, s: &Session, actions: &mut Vec<Action>) {
    let Some(first) = s.nav.notices.first() else {
        return;
    };
    let settings = s.settings();
    let p = palette(settings);
    Frame::new()
        .fill(if settings.high_contrast {
            Color32::BLACK
        } else {
            Color32::from_rgb(0xff, 0xf4, 0xd6)
        })
        .stroke(Stroke::new(2.0, p.accent))
        .corner_radius(CornerRadius::same(12))
        .inner_margin(Margin::same(14))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(s.ui(first.key()));
            if ui.button(s.ui("notice-ok")).clicked() {
                actions.push(Action::DismissNotice);
            }
        });
    ui.add_space(8.0);
}

/// The language switch: NL | EN, available on every screen that shows it.
pub fn language_switch(ui: &mut Ui, s: &Session, actions: &mut Vec<Action>) {
    let row = Vec2::new(ui.available_width(), 34.0);
    ui.allocate_ui_with_layout(row, Layout::right_to_left(Align::Center), |ui| {
        for lang in s.library.locales.languages().iter().rev() {
            let selected = s.language() == lang;
            let mut label = RichText::new(lang.to_uppercase()).strong();
            if selected {
                label = label.color(palette(s.settings()).accent_text);
            }
            if ui
                .selectable_label(selected, label)
                .on_hover_text(s.ui(&format!("language-{lang}")))
                .clicked()
                && !selected
            {
                actions.push(Action::SetLanguage(lang.clone()));
            }
        }
    });
}
