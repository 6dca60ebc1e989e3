//! The end: every court's scores, the treaty sworn beside the historical one clause by clause,
//! the course of the war in figures, and the chronicle.

use crate::gui::session::{Intent, Session};
use crate::gui::theme::{self, INK_SOFT, SEAL};
use crate::rules::score::{compare_with_history, scores};
use bevy_egui::egui::{self, Color32, RichText, Stroke};

pub fn end(root: &mut egui::Ui, s: &mut Session, out: &mut Vec<Intent>) {
    let Some(m) = s.game.take() else {
        out.push(Intent::ToTitle);
        return;
    };
    let game = m.game();
    egui::CentralPanel::default().show(root, |ui| {
        ui.horizontal(|ui| {
            ui.label(theme::title("The end of the game"));
            if let Some(why) = &game.state.over {
                ui.label(RichText::new(why).italics());
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button("Back to the title").clicked() {
                    out.push(Intent::ToTitle);
                }
                if ui.button("New game").clicked() {
                    out.push(Intent::NewGameScreen);
                }
            });
        });
        let sc = scores(game);
        ui.columns(game.scenario.courts.len(), |cols| {
            for (col, side) in cols.iter_mut().zip(game.scenario.court_ids()) {
                col.label(
                    RichText::new(format!("{}: {} points", game.scenario.courts[side].name, sc.total[side]))
                        .strong()
                        .size(18.0)
                        .color(theme::court_colour(&game.scenario, side)),
                );
                for r in sc.results.iter().filter(|r| r.side == side) {
                    let mark = if r.met { "✓" } else { "×" };
                    col.label(format!("{mark} {:>3}  {}", r.points, r.text));
                }
            }
        });
        ui.separator();
        ui.label(theme::title("Your treaty beside the one history records"));
        egui::Grid::new("compare").num_columns(3).striped(true).show(ui, |ui| {
            ui.label(RichText::new("Clause").strong());
            ui.label(RichText::new("In history").strong());
            ui.label(RichText::new("In this game").strong());
            ui.end_row();
            for row in compare_with_history(game) {
                let mark = if row.same { "=" } else { "≠" };
                let article = row.article.map(|a| format!(" (art. {a})")).unwrap_or_default();
                ui.label(format!("{mark} {}{article}", row.clause));
                ui.label(RichText::new(row.history_short.unwrap_or_else(|| "not in the treaty".into())).size(13.0))
                    .on_hover_text(row.history.unwrap_or_default());
                let colour = if row.same { theme::GOOD } else { SEAL };
                ui.label(RichText::new(row.sworn_short.unwrap_or_else(|| "not sworn".into())).size(13.0).color(colour))
                    .on_hover_text(row.sworn.unwrap_or_default());
                ui.end_row();
            }
        });
        ui.separator();
        ui.columns(2, |cols| {
            chart(&mut cols[0], game);
            cols[1].label(theme::title("Chronicle"));
            egui::ScrollArea::vertical().id_salt("end_chronicle").show(&mut cols[1], |ui| {
                super::ledger::glossary(ui);
                let mut last = u32::MAX;
                let mut glosser = crate::rules::glossary::Glosser::new();
                for line in &game.state.chronicle {
                    if line.turn != last {
                        let date = glosser.gloss(&game.scenario.calendar.date(line.turn));
                        ui.label(RichText::new(date).strong().color(SEAL));
                        last = line.turn;
                    }
                    ui.label(glosser.gloss(&line.text(&game.scenario)));
                }
            });
        });
    });
    s.game = Some(m);
}

/// Morale of every court turn by turn, a line each in its colour.
fn chart(ui: &mut egui::Ui, game: &crate::rules::game::Game) {
    ui.label(theme::title("Morale, turn by turn"));
    let h = &game.state.history;
    let (resp, painter) = ui.allocate_painter(egui::vec2(ui.available_width(), 160.0), egui::Sense::hover());
    let r = resp.rect;
    painter.rect_stroke(r, 0.0, Stroke::new(1.0, INK_SOFT), egui::StrokeKind::Inside);
    if h.len() < 2 {
        return;
    }
    for side in game.scenario.court_ids() {
        let points: Vec<egui::Pos2> = h
            .iter()
            .enumerate()
            .map(|(i, snap)| {
                let x = r.left() + r.width() * i as f32 / (h.len() - 1) as f32;
                let y = r.bottom() - r.height() * snap.morale[side] as f32 / 100.0;
                egui::pos2(x, y)
            })
            .collect();
        painter.add(egui::Shape::line(points, Stroke::new(2.0, theme::court_colour(&game.scenario, side))));
    }
    painter.text(
        r.left_top() + egui::vec2(4.0, 2.0),
        egui::Align2::LEFT_TOP,
        "100",
        egui::FontId::proportional(11.0),
        Color32::GRAY,
    );
}
