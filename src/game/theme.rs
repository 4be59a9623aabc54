//! The look of the game: two palettes (calm and high contrast), the fonts (egui's defaults
//! with emoji, and Andika, the readable font), text sizes and focus rings.

use bevy_egui::egui::{
    self, Color32, CornerRadius, FontData, FontDefinitions, FontFamily, FontId, Stroke, TextStyle,
    Vec2,
};

use crate::store::Settings;

/// The readable font, shipped under `assets/fonts/` with its licence.
const ANDIKA: &[u8] = include_bytes!("../../assets/fonts/Andika-Regular.ttf");

/// Colours of one theme.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    pub background: Color32,
    pub panel: Color32,
    pub text: Color32,
    pub weak_text: Color32,
    pub accent: Color32,
    pub accent_text: Color32,
    pub bubble_other: Color32,
    pub bubble_own: Color32,
    pub bubble_own_text: Color32,
    pub narration: Color32,
    pub thought: Color32,
    pub border: Color32,
}

pub const CALM: Palette = Palette {
    background: Color32::from_rgb(0xee, 0xf1, 0xf6),
    panel: Color32::WHITE,
    text: Color32::from_rgb(0x1f, 0x29, 0x37),
    weak_text: Color32::from_rgb(0x4b, 0x55, 0x63),
    accent: Color32::from_rgb(0x1d, 0x4e, 0xd8),
    accent_text: Color32::WHITE,
    bubble_other: Color32::from_rgb(0xf1, 0xf3, 0xf7),
    bubble_own: Color32::from_rgb(0xd6, 0xe8, 0xff),
    bubble_own_text: Color32::from_rgb(0x1f, 0x29, 0x37),
    narration: Color32::from_rgb(0xfb, 0xf7, 0xec),
    thought: Color32::from_rgb(0xf3, 0xee, 0xfb),
    border: Color32::from_rgb(0xcb, 0xd2, 0xdc),
};

pub const HIGH_CONTRAST: Palette = Palette {
    background: Color32::BLACK,
    panel: Color32::BLACK,
    text: Color32::WHITE,
    weak_text: Color32::WHITE,
    accent: Color32::from_rgb(0xff, 0xd4, 0x00),
    accent_text: Color32::BLACK,
    bubble_other: Color32::from_rgb(0x1a, 0x1a, 0x1a),
    bubble_own: Color32::from_rgb(0x00, 0x33, 0x66),
    bubble_own_text: Color32::WHITE,
    narration: Color32::BLACK,
    thought: Color32::BLACK,
    border: Color32::WHITE,
};

pub fn palette(settings: &Settings) -> Palette {
    if settings.high_contrast {
        HIGH_CONTRAST
    } else {
        CALM
    }
}

/// Fonts: egui's defaults (with emoji), and Andika first when the readable font is on.
pub fn fonts(readable: bool) -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "andika".into(),
        std::sync::Arc::new(FontData::from_static(ANDIKA)),
    );
    if readable && let Some(list) = fonts.families.get_mut(&FontFamily::Proportional) {
        list.insert(0, "andika".into());
    }
    fonts
}

/// Applies text size, colours and spacing for the settings. Cheap when nothing changed.
pub fn apply_theme(ctx: &egui::Context, settings: &Settings) {
    #[derive(Clone, PartialEq)]
    struct Applied(Settings);
    let key = egui::Id::new("respect-online-theme");
    let current = ctx.data(|d| d.get_temp::<Applied>(key));
    if current.as_ref().map(|a| &a.0) == Some(settings) {
        return;
    }
    let readable_changed = current
        .as_ref()
        .is_none_or(|a| a.0.readable_font != settings.readable_font);
    if readable_changed {
        ctx.set_fonts(fonts(settings.readable_font));
    }
    let p = palette(settings);
    ctx.set_zoom_factor(f32::from(settings.text_scale) / 100.0);
    let mut style = (*ctx.global_style()).clone();
    style.text_styles = [
        (TextStyle::Heading, FontId::proportional(28.0)),
        (TextStyle::Body, FontId::proportional(19.0)),
        (TextStyle::Button, FontId::proportional(19.0)),
        (TextStyle::Small, FontId::proportional(15.0)),
        (TextStyle::Monospace, FontId::monospace(17.0)),
    ]
    .into();
    style.spacing.item_spacing = Vec2::new(10.0, 10.0);
    style.spacing.button_padding = Vec2::new(14.0, 9.0);
    style.spacing.interact_size.y = 36.0;
    // Large tick boxes and radio buttons: easy to see and to hit.
    style.spacing.icon_width = 22.0;
    style.spacing.icon_width_inner = 12.0;
    style.spacing.icon_spacing = 8.0;
    let mut v = if settings.high_contrast {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    v.override_text_color = Some(p.text);
    v.panel_fill = p.background;
    v.window_fill = p.panel;
    v.extreme_bg_color = p.panel;
    v.selection.bg_fill = p.accent;
    v.selection.stroke = Stroke::new(2.0, p.accent_text);
    v.hyperlink_color = p.accent;
    let stroke_width = if settings.high_contrast { 2.0 } else { 1.0 };
    for w in [
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        // Rounded, but a checkbox stays a box.
        w.corner_radius = CornerRadius::same(6);
        w.fg_stroke.color = p.text;
    }
    v.widgets.inactive.bg_stroke = Stroke::new(stroke_width, p.border);
    v.widgets.inactive.weak_bg_fill = p.bubble_other;
    v.widgets.inactive.bg_fill = p.bubble_other;
    v.widgets.hovered.bg_stroke = Stroke::new(2.0, p.accent);
    v.widgets.active.bg_stroke = Stroke::new(2.0, p.accent);
    v.widgets.noninteractive.fg_stroke.color = p.text;
    v.widgets.noninteractive.bg_stroke = Stroke::new(stroke_width, p.border);
    // Keyboard focus must be easy to see.
    v.selection.stroke = Stroke::new(3.0, p.accent);
    style.visuals = v;
    ctx.set_global_style(style);
    ctx.data_mut(|d| d.insert_temp(key, Applied(settings.clone())));
}
