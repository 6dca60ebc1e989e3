//! The ministers' advice as the screens show it: who speaks, for or against, and the reasons
//! with their points, from the rules core's `advice` (the court's own judgement only).

use crate::gui::theme::{self, INK_SOFT, SEAL};
use crate::locale::{tr, tr_args};
use crate::rules::advice::{Advice, Counsel};
use crate::rules::scenario::{Scenario, Stance};
use bevy_egui::egui::{self, RichText};

/// Each minister's advice: his name and stance, for or against, and his reasons.
pub fn show(ui: &mut egui::Ui, sc: &Scenario, advice: &[Advice]) {
    for a in advice {
        let who = sc.character(a.by);
        let stance = tr(match a.stance {
            Stance::Hawk => "counsel-hawk",
            Stance::Dove => "counsel-dove",
            Stance::Moderate => "counsel-moderate",
        });
        let (way, colour) = match a.counsel {
            Counsel::For => ("counsel-for", theme::GOOD),
            Counsel::Against => ("counsel-against", SEAL),
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(who.label()).strong())
                .on_hover_text(format!("{} ({stance})\n{}", who.title, who.bio));
            ui.label(RichText::new(format!("({stance})")).color(INK_SOFT));
            ui.label(RichText::new(tr_args(way, &[("about", (&a.about).into())])).color(colour));
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
