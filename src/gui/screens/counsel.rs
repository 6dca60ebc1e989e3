//! The ministers' advice as the screens show it: who speaks, for or against, and the reasons
//! with their points, from the rules core's `advice` (the court's own judgement only).

use crate::gui::theme::{self, INK_SOFT, SEAL};
use crate::rules::advice::{Advice, Counsel};
use crate::rules::scenario::{Scenario, Stance};
use bevy_egui::egui::{self, RichText};

/// Each minister's advice: his name and stance, for or against, and his reasons.
pub fn show(ui: &mut egui::Ui, sc: &Scenario, advice: &[Advice]) {
    for a in advice {
        let who = sc.character(a.by);
        let stance = match a.stance {
            Stance::Hawk => "hawk",
            Stance::Dove => "dove",
            Stance::Moderate => "moderate",
        };
        let (way, colour) = match a.counsel {
            Counsel::For => ("advises for", theme::GOOD),
            Counsel::Against => ("advises against", SEAL),
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(who.label()).strong())
                .on_hover_text(format!("{} ({stance})\n{}", who.title, who.bio));
            ui.label(RichText::new(format!("({stance})")).color(INK_SOFT));
            ui.label(RichText::new(format!("{way} {}", a.about)).color(colour));
        });
        for r in &a.reasons {
            ui.horizontal_wrapped(|ui| {
                ui.add_space(16.0);
                if r.points != 0 {
                    let c = if r.points > 0 { theme::GOOD } else { SEAL };
                    ui.label(RichText::new(format!("{:+4}", r.points)).monospace().color(c));
                }
                ui.label(RichText::new(&r.text).italics().size(13.0));
            });
        }
    }
}
