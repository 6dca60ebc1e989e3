//! The end: every court's scores, the treaty sworn beside the historical one clause by clause,
//! the course of the war in the debrief report's charts (drawn with `egui_plot`), the
//! chronicle, and a button that writes the debrief report into the per-user reports folder.

use crate::gui::session::{Intent, Session};
use crate::gui::theme::{self, SEAL};
use crate::locale::{tr, tr_args};
use crate::rules::score::{compare_with_history, scores};
use bevy_egui::egui::{self, Color32, RichText};

pub fn end(root: &mut egui::Ui, s: &mut Session, out: &mut Vec<Intent>) {
    let Some(m) = s.game.take() else {
        out.push(Intent::ToTitle);
        return;
    };
    let game = m.game();
    let mut write_report = false;
    egui::CentralPanel::default().show(root, |ui| {
        ui.horizontal(|ui| {
            ui.label(theme::title(tr("end-heading")));
            if let Some(why) = &game.state.over {
                ui.label(RichText::new(why.text(&game.scenario)).italics());
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(tr("end-to-title")).clicked() {
                    out.push(Intent::ToTitle);
                }
                if ui.button(tr("title-new-game")).clicked() {
                    out.push(Intent::NewGameScreen);
                }
                if ui.button(tr("end-write-report")).clicked() {
                    write_report = true;
                }
            });
        });
        super::message_line(ui, s);
        let sc = scores(game);
        ui.columns(game.scenario.courts.len(), |cols| {
            for (col, side) in cols.iter_mut().zip(game.scenario.court_ids()) {
                col.label(
                    RichText::new(tr_args(
                        "end-points",
                        &[("court", (&game.scenario.courts[side].name).into()), ("n", sc.total[side].into())],
                    ))
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
        ui.label(theme::title(tr("end-beside-history")));
        egui::Grid::new("compare").num_columns(3).striped(true).show(ui, |ui| {
            ui.label(RichText::new(tr("end-clause")).strong());
            ui.label(RichText::new(tr("end-in-history")).strong());
            ui.label(RichText::new(tr("end-in-game")).strong());
            ui.end_row();
            for row in compare_with_history(game) {
                let mark = if row.same { "=" } else { "≠" };
                let article = row.article.map(|a| tr_args("end-article", &[("n", a.into())])).unwrap_or_default();
                let book = super::encyclopedia::book(ui.ctx(), &game.scenario);
                match book.lookup(&row.clause).map(|e| e.key.clone()) {
                    Some(key) => {
                        super::encyclopedia::name_link(ui, &book, &key, format!("{mark} {}{article}", row.clause))
                    }
                    None => ui.label(format!("{mark} {}{article}", row.clause)),
                };
                ui.label(RichText::new(row.history_short.unwrap_or_else(|| tr("end-not-in-treaty"))).size(13.0))
                    .on_hover_text(row.history.unwrap_or_default());
                let colour = if row.same { theme::GOOD } else { SEAL };
                ui.label(
                    RichText::new(row.sworn_short.unwrap_or_else(|| tr("end-not-sworn"))).size(13.0).color(colour),
                )
                .on_hover_text(row.sworn.unwrap_or_default());
                ui.end_row();
            }
        });
        ui.separator();
        ui.columns(2, |cols| {
            charts(&mut cols[0], game);
            cols[1].label(theme::title(tr("chronicle-heading")));
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
                    let book = super::encyclopedia::book(ui.ctx(), &game.scenario);
                    super::encyclopedia::linked_text(ui, &book, &glosser.gloss(&line.text(&game.scenario)), |t| t);
                }
            });
        });
    });
    super::encyclopedia::window(root.ctx(), &game.scenario);
    if write_report {
        report(s, &m);
    }
    s.game = Some(m);
}

/// Writes the debrief report of the game into the per-user reports folder, and says where
/// (or why not) in the screen's message line.
fn report(s: &mut Session, m: &crate::rules::play::Match) {
    let game = m.game();
    let save = crate::rules::save::Save::of(game, &s.scenario_path.to_string_lossy(), &m.people(), None);
    let dir = crate::folders::reports_dir();
    s.message = Some(match crate::report::write_debrief(&save, game.scenario.clone(), None, &dir) {
        Ok(w) => (tr_args("end-report-written", &[("path", w.html.display().to_string().into())]), false),
        Err(e) => (tr_args("end-report-failed", &[("why", e.to_string().into())]), true),
    });
}

/// The debrief report's charts, turn by turn: the treasury, morale, places held and
/// war-weariness of every court, a line each in its colour.
fn charts(ui: &mut egui::Ui, game: &crate::rules::game::Game) {
    ui.label(theme::title(tr("end-charts")));
    let courts: Vec<(String, Color32)> = game
        .scenario
        .court_ids()
        .map(|c| (game.scenario.court_name(c).to_string(), theme::court_colour(&game.scenario, c)))
        .collect();
    // The series are worked out once for the game as it ended, not every frame.
    let id = egui::Id::new(("end_series", std::sync::Arc::as_ptr(&game.scenario) as usize, game.seed, game.version()));
    let all: std::sync::Arc<Vec<crate::report::debrief::Series>> = ui.ctx().data_mut(|d| {
        d.get_temp_mut_or_insert_with(id, || std::sync::Arc::new(crate::report::debrief::series(game))).clone()
    });
    egui::ScrollArea::vertical().id_salt("end_charts").show(ui, |ui| {
        for series in all.iter() {
            ui.label(RichText::new(format!("{} ({})", series.title, series.unit)).strong());
            egui_plot::Plot::new(("end_chart", series.title.clone()))
                .height(120.0)
                .legend(egui_plot::Legend::default())
                .allow_drag(false)
                .allow_zoom(false)
                .allow_scroll(false)
                .allow_boxed_zoom(false)
                .include_y(0.0)
                // Figures as the game writes them: "2,000,000".
                .y_axis_formatter(|mark, _| crate::rules::scenario::group_thousands(mark.value.round() as i64))
                // The x-axis in the scenario's dates ("9/1", "9月上"), as the report's charts.
                .x_grid_spacer(|_| {
                    series.ticks.iter().map(|(t, _)| egui_plot::GridMark { value: *t as f64, step_size: 3.0 }).collect()
                })
                .x_axis_formatter(|mark, _| {
                    let turn = mark.value.round() as u32;
                    series.ticks.iter().find(|(t, _)| *t == turn).map(|(_, d)| d.clone()).unwrap_or_default()
                })
                .x_axis_label(series.axis.clone())
                .show(ui, |plot| {
                    for ((name, colour), values) in courts.iter().zip(&series.values) {
                        let points: Vec<[f64; 2]> =
                            series.turns.iter().zip(values).map(|(t, v)| [*t as f64, *v]).collect();
                        plot.line(egui_plot::Line::new(name.clone(), points).color(*colour).width(2.0));
                    }
                });
        }
    });
}
