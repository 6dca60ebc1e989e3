//! The title screen, the new-game screen and the hot-seat hand-over screen.

use super::message_line;
use crate::gui::paths::EntryCourt;
use crate::gui::session::{Intent, Session};
use crate::gui::theme::{self, INK_SOFT, SEAL};
use crate::locale::{Lang, tr, tr_args};
use crate::rules::ids::CourtId;
use bevy_egui::egui::{self, RichText};

pub fn title(root: &mut egui::Ui, s: &mut Session, out: &mut Vec<Intent>) {
    egui::CentralPanel::default().show(root, |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(30.0);
            ui.label(RichText::new("澶淵之盟").size(54.0).color(SEAL));
            ui.label(RichText::new("Chanyuan").size(34.0));
            ui.label(RichText::new(tr("title-subtitle")).color(INK_SOFT));
            ui.add_space(20.0);
            let wide = egui::vec2(260.0, 32.0);
            if ui.add_sized(wide, egui::Button::new(tr("title-new-game"))).clicked() {
                out.push(Intent::NewGameScreen);
            }
            let cont = ui
                .add_enabled_ui(!s.saves.is_empty(), |ui| ui.add_sized(wide, egui::Button::new(tr("title-continue"))));
            let cont = cont.inner.on_hover_text(tr("title-continue-tip")).on_disabled_hover_text(tr("title-no-save"));
            if cont.clicked() {
                out.push(Intent::ContinueLatest);
            }
            if ui.add_sized(wide, egui::Button::new(tr("title-quit"))).clicked() {
                out.push(Intent::Quit);
            }
            language_choice(ui, out);
            size_choice(ui, s);
            message_line(ui, s);
        });
        ui.add_space(16.0);
        lessons(ui, s, out);
        ui.columns(2, |cols| {
            cols[0].label(theme::title(tr("title-scenarios")));
            egui::ScrollArea::vertical().id_salt("scenarios").max_height(300.0).show(&mut cols[0], |ui| {
                for entry in &s.scenarios {
                    ui.horizontal(|ui| {
                        let status = if entry.errors > 0 {
                            RichText::new(tr_args("title-errors", &[("n", entry.errors.into())])).color(SEAL)
                        } else if entry.warnings > 0 {
                            RichText::new(tr_args("title-warnings", &[("n", entry.warnings.into())])).color(theme::GOLD)
                        } else {
                            RichText::new(tr("title-valid")).color(theme::GOOD)
                        };
                        ui.label(status);
                        let kind = tr(if entry.from_mod { "title-kind-mod" } else { "title-kind-scenario" });
                        ui.label(RichText::new(&entry.title).strong())
                            .on_hover_text(format!("{kind}: {}", entry.path.display()));
                    });
                    if entry.errors > 0 || entry.warnings > 0 {
                        egui::CollapsingHeader::new(tr_args(
                            "title-validator-says",
                            &[("name", (&entry.title).into())],
                        ))
                        .id_salt(entry.path.display().to_string())
                        .show(ui, |ui| {
                            ui.label(RichText::new(&entry.report).monospace().size(11.0));
                        });
                    }
                }
            });
            cols[1].label(theme::title(tr("title-saved-games")));
            egui::ScrollArea::vertical().id_salt("saves").max_height(300.0).show(&mut cols[1], |ui| {
                let saves = &s.saves;
                if saves.is_empty() {
                    ui.label(tr("title-no-saves"));
                }
                for p in saves.iter().take(30) {
                    let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                    let load = ui.button(tr_args("title-load", &[("name", name.into())]));
                    if load.on_hover_text(p.display().to_string()).clicked() {
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
    ui.label(theme::title(tr("title-lessons")));
    for entry in &s.lessons {
        ui.horizontal(|ui| {
            let begin = ui.add_enabled(entry.errors == 0, egui::Button::new(tr("title-begin-lesson")));
            let begin = begin.on_disabled_hover_text(tr("title-lesson-broken"));
            if begin.clicked() {
                out.push(Intent::StartLesson(entry.path.clone()));
            }
            let tip = format!("{}\n\n{}", entry.summary, entry.path.display());
            ui.label(RichText::new(&entry.title).strong()).on_hover_text(tip);
            if entry.errors > 0 {
                ui.label(RichText::new(tr_args("title-errors", &[("n", entry.errors.into())])).color(SEAL));
            }
        });
        if entry.errors > 0 {
            egui::CollapsingHeader::new(tr_args("title-validator-says", &[("name", (&entry.title).into())]))
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
        ui.label(theme::title(tr("new-heading")));
        ui.add_space(6.0);
        egui::Grid::new("setup").num_columns(2).spacing([16.0, 10.0]).show(ui, |ui| {
            ui.label(tr("new-scenario"));
            let current = s.scenarios.get(s.setup.scenario).map(|e| e.title.clone()).unwrap_or_default();
            egui::ComboBox::from_id_salt("scenario").selected_text(current).width(420.0).show_ui(ui, |ui| {
                for (i, e) in s.scenarios.iter().enumerate() {
                    let label = if e.errors > 0 {
                        tr_args("new-broken", &[("title", (&e.title).into()), ("n", e.errors.into())])
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
            ui.label(tr("new-players"));
            if ui.checkbox(&mut s.setup.hotseat, tr("new-hotseat")).on_hover_text(tr("new-hotseat-tip")).changed()
                && s.setup.hotseat
            {
                for c in &playable {
                    s.setup.people[c.id.index()] = true;
                }
            }
            ui.end_row();
            if s.setup.hotseat {
                ui.label(tr("new-people"));
                ui.horizontal_wrapped(|ui| {
                    for c in &playable {
                        ui.checkbox(&mut s.setup.people[c.id.index()], RichText::new(&c.name).color(colour(c.colour)));
                    }
                });
                ui.end_row();
            } else {
                ui.label(tr("new-your-court"));
                ui.horizontal_wrapped(|ui| {
                    for c in &playable {
                        ui.radio_value(&mut s.setup.side, c.id, RichText::new(&c.name).color(colour(c.colour)));
                    }
                });
                ui.end_row();
            }
            ui.label(tr("new-difficulty"));
            ui.horizontal(|ui| {
                ui.radio_value(&mut s.setup.difficulty, -1, tr("new-gentle")).on_hover_text(tr("new-gentle-tip"));
                ui.radio_value(&mut s.setup.difficulty, 0, tr("new-as-history"));
                ui.radio_value(&mut s.setup.difficulty, 1, tr("new-stubborn")).on_hover_text(tr("new-stubborn-tip"));
            });
            ui.end_row();
            ui.label(tr("new-seed"));
            ui.add(egui::DragValue::new(&mut s.setup.seed).range(0..=u32::MAX as u64))
                .on_hover_text(tr("new-seed-tip"));
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
                        col.label(RichText::new(tr("new-computer")).italics());
                    }
                    col.label(&c.description);
                }
            });
        }
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            if ui.add_sized([180.0, 34.0], egui::Button::new(RichText::new(tr("new-begin")).strong())).clicked() {
                out.push(Intent::StartGame);
            }
            if ui.button(tr("new-back")).clicked() {
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
            ui.label(RichText::new(tr_args("handover-pass", &[("court", (&name).into())])).size(32.0).color(colour));
            ui.label(tr("handover-hidden"));
            ui.add_space(20.0);
            let show = egui::Button::new(tr_args("handover-show", &[("court", (&name).into())]));
            if ui.add_sized([320.0, 40.0], show).clicked() {
                out.push(Intent::HandedOver);
            }
        });
    });
}

/// English or 中文, each named in itself; the choice is shown at once and remembered.
fn language_choice(ui: &mut egui::Ui, out: &mut Vec<Intent>) {
    let now = crate::locale::language();
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        // Centred under the buttons: the row is as wide as its two choices and a label.
        ui.add_space((ui.available_width() - 260.0).max(0.0) / 2.0);
        ui.label(RichText::new(tr("title-language")).color(INK_SOFT));
        for lang in Lang::ALL {
            if ui.selectable_label(now == lang, lang.native_name()).clicked() && now != lang {
                out.push(Intent::Language(lang));
            }
        }
    });
}

/// The size of the interface, in steps of a tenth: shown at once and remembered.
fn size_choice(ui: &mut egui::Ui, s: &mut Session) {
    ui.horizontal(|ui| {
        ui.add_space((ui.available_width() - 260.0).max(0.0) / 2.0);
        ui.label(RichText::new(tr("title-ui-size")).color(INK_SOFT));
        let mut chosen = None;
        if ui.button("-").clicked() {
            chosen = Some(s.ui_scale - 0.1);
        }
        ui.label(format!("{:.0}%", s.ui_scale * 100.0));
        if ui.button("+").clicked() {
            chosen = Some(s.ui_scale + 0.1);
        }
        let Some(to) = chosen.map(|v| (v * 10.0).round() / 10.0).filter(|v| crate::settings::UI_SCALES.contains(v))
        else {
            return;
        };
        s.ui_scale = to;
        ui.ctx().set_zoom_factor(to);
        let path = crate::folders::settings_file();
        let mut settings = crate::settings::Settings::read(&path);
        settings.ui_scale = Some(to);
        if let Err(e) = settings.write(&path) {
            s.message = Some((e, true));
        }
    });
}

fn colour((r, g, b): (u8, u8, u8)) -> egui::Color32 {
    egui::Color32::from_rgb(r, g, b)
}
