//! The look: paper, ink and seal red, a serif face that carries the names in characters.

use bevy_egui::egui::{self, Color32, CornerRadius, FontData, FontDefinitions, FontFamily, FontId, Stroke, TextStyle};
use std::sync::Arc;

pub const PAPER: Color32 = Color32::from_rgb(238, 228, 203);
pub const PAPER_DARK: Color32 = Color32::from_rgb(222, 207, 172);
pub const INK: Color32 = Color32::from_rgb(38, 30, 24);
pub const INK_SOFT: Color32 = Color32::from_rgb(96, 84, 70);
pub const SEAL: Color32 = Color32::from_rgb(168, 36, 28);
pub const RIVER: Color32 = Color32::from_rgb(92, 134, 166);
pub const GOLD: Color32 = Color32::from_rgb(176, 132, 40);
pub const GOOD: Color32 = Color32::from_rgb(40, 110, 50);

/// Noto Serif CJK SC, subset to the characters the game uses (SIL OFL 1.1, see assets/fonts/OFL.txt).
const FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSerifCJK-Chanyuan.otf");

/// A court's colour on the map and in the charts, as its scenario gives it.
pub fn court_colour(s: &crate::rules::scenario::Scenario, court: crate::rules::ids::CourtId) -> Color32 {
    let (r, g, b) = s.courts.get(court).map_or((96, 84, 70), |c| c.colour);
    Color32::from_rgb(r, g, b)
}

pub fn install(ctx: &egui::Context, scale: f32) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert("serif".into(), Arc::new(FontData::from_static(FONT)));
    // The serif face first for the period look; egui's own fonts as fallback for symbols.
    fonts.families.entry(FontFamily::Proportional).or_default().insert(0, "serif".into());
    fonts.families.entry(FontFamily::Monospace).or_default().push("serif".into());
    ctx.set_fonts(fonts);
    ctx.set_visuals(visuals());
    ctx.all_styles_mut(|s| {
        s.text_styles.insert(TextStyle::Body, FontId::proportional(15.0));
        s.text_styles.insert(TextStyle::Button, FontId::proportional(15.0));
        s.text_styles.insert(TextStyle::Heading, FontId::proportional(24.0));
        s.text_styles.insert(TextStyle::Small, FontId::proportional(12.0));
        s.text_styles.insert(TextStyle::Monospace, FontId::monospace(13.0));
        s.spacing.item_spacing = egui::vec2(8.0, 5.0);
        s.spacing.button_padding = egui::vec2(8.0, 3.0);
    });
    ctx.set_zoom_factor(scale);
}

fn visuals() -> egui::Visuals {
    let mut v = egui::Visuals::light();
    v.override_text_color = Some(INK);
    v.panel_fill = PAPER;
    v.window_fill = PAPER;
    v.extreme_bg_color = Color32::from_rgb(247, 240, 222);
    v.faint_bg_color = PAPER_DARK;
    v.window_stroke = Stroke::new(1.0, INK_SOFT);
    v.window_corner_radius = CornerRadius::same(2);
    v.selection.bg_fill = Color32::from_rgb(214, 160, 140);
    v.selection.stroke = Stroke::new(1.0, SEAL);
    v.hyperlink_color = SEAL;
    v.widgets.noninteractive.bg_fill = PAPER;
    v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, Color32::from_rgb(190, 172, 136));
    v.widgets.inactive.bg_fill = Color32::from_rgb(224, 208, 170);
    v.widgets.inactive.weak_bg_fill = Color32::from_rgb(224, 208, 170);
    v.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_rgb(160, 140, 104));
    v.widgets.hovered.bg_fill = Color32::from_rgb(232, 196, 160);
    v.widgets.hovered.weak_bg_fill = Color32::from_rgb(232, 196, 160);
    v.widgets.hovered.bg_stroke = Stroke::new(1.0, SEAL);
    v.widgets.active.bg_fill = Color32::from_rgb(210, 150, 120);
    v.widgets.active.weak_bg_fill = Color32::from_rgb(210, 150, 120);
    v
}

/// A heading in seal red.
pub fn title(text: impl Into<String>) -> egui::RichText {
    egui::RichText::new(text).heading().color(SEAL)
}
