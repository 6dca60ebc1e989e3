//! The title screen, the new-game screen and the hot-seat hand-over screen.

use super::message_line;
use crate::gui::paths::EntryCourt;
use crate::gui::session::{Intent, Session};
use crate::gui::theme::{self, INK_SOFT, SEAL};
use crate::rules::ids::CourtId;
use bevy_egui::egui::{self, RichText};

pub fn title(root: &mut egui::Ui, s: &mut Session, out: &mut Vec<Intent>) {
    egui::CentralPanel::default().show(root, |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(30.0);
            ui.label(RichText::new("澶淵之盟").size(54.0).color(SEAL));
            ui.label(RichText::new("Chanyuan").size(34.0));
            ui.label(
                RichText::new("The treaty of 1005 between the Great Song and the Great Khitan (Liao)").color(INK_SOFT),
            );
            ui.add_space(20.0);
            let wide = egui::vec2(260.0, 32.0);
            if ui.add_sized(wide, egui::Button::new("New game")).clicked() {
                out.push(Intent::NewGameScreen);
            }
            let cont = ui.add_enabled_ui(!s.saves.is_empty(), |ui| ui.add_sized(wide, egui::Button::new("Continue")));
            let cont = cont.inner.on_hover_text("Load the latest save").on_disabled_hover_text("No save yet");
            if cont.clicked() {
                out.push(Intent::ContinueLatest);
            }
            if ui.add_sized(wide, egui::Button::new("Quit")).clicked() {
                out.push(Intent::Quit);
            }
            message_line(ui, s);
        });
        ui.add_space(16.0);
        lessons(ui, s, out);
        ui.columns(2, |cols| {
            cols[0].label(theme::title("Scenarios"));
            egui::ScrollArea::vertical().id_salt("scenarios").max_height(300.0).show(&mut cols[0], |ui| {
                for entry in &s.scenarios {
                    ui.horizontal(|ui| {
                        let status = if entry.errors > 0 {
                            RichText::new(format!("× {} error(s)", entry.errors)).color(SEAL)
                        } else if entry.warnings > 0 {
                            RichText::new(format!("✓ {} warning(s)", entry.warnings)).color(theme::GOLD)
                        } else {
                            RichText::new("✓ valid").color(theme::GOOD)
                        };
                        ui.label(status);
                        let kind = if entry.from_mod { "mod" } else { "scenario" };
                        ui.label(RichText::new(&entry.title).strong())
                            .on_hover_text(format!("{kind}: {}", entry.path.display()));
                    });
                    if entry.errors > 0 || entry.warnings > 0 {
                        egui::CollapsingHeader::new(format!("What the validator says about {}", entry.title))
                            .id_salt(entry.path.display().to_string())
                            .show(ui, |ui| {
                                ui.label(RichText::new(&entry.report).monospace().size(11.0));
                            });
                    }
                }
            });
            cols[1].label(theme::title("Saved games"));
            egui::ScrollArea::vertical().id_salt("saves").max_height(300.0).show(&mut cols[1], |ui| {
                let saves = &s.saves;
                if saves.is_empty() {
                    ui.label("No saved games yet. The game saves itself at the end of every turn.");
                }
                for p in saves.iter().take(30) {
                    let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                    if ui.button(format!("Load {name}")).on_hover_text(p.display().to_string()).clicked() {
                        out.push(Intent::Load(p.clone()));
                    }
                }
            });
        });
    });
}

/// The lessons of `levels/lessons/`: each begun with one click, the same game for every group.
fn lessons(ui: &mut egui::Ui, s: &Session, out: &mut Vec<Intent>) {
    if s.lessons.is_empty() {
        return;
    }
    ui.label(theme::title("Lessons"));
    for entry in &s.lessons {
        ui.horizontal(|ui| {
            let begin = ui.add_enabled(entry.errors == 0, egui::Button::new("Begin the lesson"));
            let begin = begin.on_disabled_hover_text("The lesson has errors: see what the validator says");
            if begin.clicked() {
                out.push(Intent::StartLesson(entry.path.clone()));
            }
            let tip = format!("{}\n\n{}", entry.summary, entry.path.display());
            ui.label(RichText::new(&entry.title).strong()).on_hover_text(tip);
            if entry.errors > 0 {
                ui.label(RichText::new(format!("× {} error(s)", entry.errors)).color(SEAL));
            }
        });
        if entry.errors > 0 {
            egui::CollapsingHeader::new(format!("What the validator says about {}", entry.title))
                .id_salt(("lesson", entry.path.display().to_string()))
                .show(ui, |ui| {
                    ui.label(RichText::new(&entry.report).monospace().size(11.0));
                });
        }
    }
    ui.add_space(10.0);
}

pub fn new_game(root: &mut egui::Ui, s: &mut Session, out: &mut Vec<Intent>) {
    egui::CentralPanel::default().show(root, |ui| {
        ui.label(theme::title("A new game"));
        ui.add_space(6.0);
        egui::Grid::new("setup").num_columns(2).spacing([16.0, 10.0]).show(ui, |ui| {
            ui.label("Scenario");
            let current = s.scenarios.get(s.setup.scenario).map(|e| e.title.clone()).unwrap_or_default();
            egui::ComboBox::from_id_salt("scenario").selected_text(current).width(420.0).show_ui(ui, |ui| {
                for (i, e) in s.scenarios.iter().enumerate() {
                    let label = if e.errors > 0 {
                        format!("{} (broken: {} errors)", e.title, e.errors)
                    } else {
                        e.title.clone()
                    };
                    ui.add_enabled_ui(e.errors == 0, |ui| ui.selectable_value(&mut s.setup.scenario, i, label));
                }
            });
            ui.end_row();
            let courts = s.scenarios.get(s.setup.scenario).map(|e| e.courts.clone()).unwrap_or_default();
            let playable: Vec<&EntryCourt> = courts.iter().filter(|c| c.playable).collect();
            // A court chosen for another scenario may not exist here: fall back to the first.
            if !playable.iter().any(|c| c.id == s.setup.side) {
                s.setup.side = playable.first().map_or(CourtId(0), |c| c.id);
            }
            s.setup.people.resize(courts.len(), false);
            ui.label("Players at one screen");
            if ui
                .checkbox(&mut s.setup.hotseat, "Several courts played by people in turn (hot-seat)")
                .on_hover_text("A hand-over screen hides each court's secrets from the other players.")
                .changed()
                && s.setup.hotseat
            {
                for c in &playable {
                    s.setup.people[c.id.index()] = true;
                }
            }
            ui.end_row();
            if s.setup.hotseat {
                ui.label("Courts played by people");
                ui.horizontal_wrapped(|ui| {
                    for c in &playable {
                        ui.checkbox(&mut s.setup.people[c.id.index()], RichText::new(&c.name).color(colour(c.colour)));
                    }
                });
                ui.end_row();
            } else {
                ui.label("Your court");
                ui.horizontal_wrapped(|ui| {
                    for c in &playable {
                        ui.radio_value(&mut s.setup.side, c.id, RichText::new(&c.name).color(colour(c.colour)));
                    }
                });
                ui.end_row();
            }
            ui.label("Difficulty");
            ui.horizontal(|ui| {
                ui.radio_value(&mut s.setup.difficulty, -1, "Gentle")
                    .on_hover_text("The computer's court is readier for peace.");
                ui.radio_value(&mut s.setup.difficulty, 0, "As in history");
                ui.radio_value(&mut s.setup.difficulty, 1, "Stubborn")
                    .on_hover_text("The computer's court holds out longer.");
            });
            ui.end_row();
            ui.label("Seed");
            ui.add(egui::DragValue::new(&mut s.setup.seed).range(0..=u32::MAX as u64)).on_hover_text(
                "The same scenario, seed and orders always give the same game: a teacher can replay a session exactly.",
            );
            ui.end_row();
        });
        ui.add_space(10.0);
        if let Some(entry) = s.scenarios.get(s.setup.scenario) {
            ui.label(RichText::new(&entry.summary).italics());
            ui.add_space(6.0);
            ui.columns(entry.courts.len().max(1), |cols| {
                for (col, c) in cols.iter_mut().zip(&entry.courts) {
                    col.label(RichText::new(&c.name).strong().color(colour(c.colour)));
                    if !c.playable {
                        col.label(RichText::new("played by the computer").italics());
                    }
                    col.label(&c.description);
                }
            });
        }
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            if ui.add_sized([180.0, 34.0], egui::Button::new(RichText::new("Begin").strong())).clicked() {
                out.push(Intent::StartGame);
            }
            if ui.button("Back").clicked() {
                out.push(Intent::ToTitle);
            }
        });
        message_line(ui, s);
    });
}

pub fn handover(root: &mut egui::Ui, s: &mut Session, out: &mut Vec<Intent>) {
    egui::CentralPanel::default().show(root, |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(160.0);
            let side = s.viewer;
            let Some(game) = s.game() else { return };
            let colour = theme::court_colour(&game.scenario, side);
            let name = game.scenario.court_name(side).to_string();
            ui.label(RichText::new(format!("Pass the screen to the {name} player")).size(32.0).color(colour));
            ui.label("The other courts' orders, drafts and reports stay hidden.");
            ui.add_space(20.0);
            if ui.add_sized([320.0, 40.0], egui::Button::new(format!("I play the {name}: show my court"))).clicked() {
                out.push(Intent::HandedOver);
            }
        });
    });
}

fn colour((r, g, b): (u8, u8, u8)) -> egui::Color32 {
    egui::Color32::from_rgb(r, g, b)
}
