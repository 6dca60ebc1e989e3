//! The playing screen's frame: the court's figures and the tabs on top, orders on the left,
//! this turn's reports below, and the dialog before breaking a sworn clause.

use super::{court, encyclopedia, figure, ledger, map, message_line, table};
use crate::gui::session::{Intent, Session, Tab};
use crate::gui::theme::{self, INK_SOFT, SEAL};
use crate::locale::{tr, tr_args};
use crate::rules::game::{Action, Game};
use crate::rules::ids::*;
use crate::rules::scenario::group_thousands;
use crate::rules::state::Order;
use bevy_egui::egui::{self, RichText};

pub fn playing(
    root: &mut egui::Ui,
    ctx: &egui::Context,
    s: &mut Session,
    views: &mut super::Views,
    out: &mut Vec<Intent>,
) {
    let Some(m) = s.game.take() else {
        out.push(Intent::ToTitle);
        return;
    };
    let game = m.game();
    top_bar(root, game, s, out);
    egui::Panel::bottom("reports").resizable(true).default_size(100.0).show(root, |ui| reports(ui, game, s));
    if s.tab == Tab::Map {
        egui::Panel::left("orders").resizable(true).default_size(290.0).show(root, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| orders(ui, game, s, out));
        });
    }
    // On the map the panel is left clear: the Bevy world is drawn under it.
    let frame =
        if s.tab == Tab::Map { egui::Frame::NONE } else { egui::Frame::central_panel(&root.ctx().global_style()) };
    egui::CentralPanel::default().frame(frame).show(root, |ui| match s.tab {
        Tab::Map => map::map(ui, game, s, &mut *views.map, out),
        Tab::Court => court::court(ui, game, s, out),
        Tab::Table => table::table(ui, game, s, out),
        Tab::Ledger => ledger::ledger(ui, game, s),
        Tab::Chronicle => ledger::chronicle(ui, game, s, &mut *views.chronicle),
    });
    dialogs(ctx, s, out);
    encyclopedia::window(ctx, &game.scenario);
    s.game = Some(m);
}

fn top_bar(root: &mut egui::Ui, game: &Game, s: &mut Session, out: &mut Vec<Intent>) {
    let side = s.viewer;
    let st = &game.state;
    let court = &st.courts[side];
    let def = &game.scenario.courts[side];
    egui::Panel::top("court_bar").show(root, |ui| {
        ui.add_space(3.0);
        ui.horizontal_wrapped(|ui| {
            let colour = theme::court_colour(&game.scenario, side);
            ui.label(
                RichText::new(crate::rules::scenario::named(&def.long_name, &def.zh)).strong().size(18.0).color(colour),
            );
            ui.label(RichText::new(game.scenario.calendar.date(st.turn)).size(16.0)).on_hover_text(tr_args(
                "play-turn-of",
                &[("turn", (st.turn + 1).into()), ("turns", game.scenario.calendar.turns.into())],
            ));
            if let Some(left) = s.seconds_left() {
                clock(ui, left, out);
            }
            ui.separator();
            let last = st.history.last();
            let trend = |now: i64, before: Option<i64>| match before {
                Some(b) if now > b => format!(" ▲{}", group_thousands(now - b)),
                Some(b) if now < b => format!(" ▼{}", group_thousands(b - now)),
                _ => String::new(),
            };
            let silver = court.treasury.silver;
            let silver = format!("{}{}", group_thousands(silver), trend(silver, last.map(|h| h.silver[side])));
            figure(ui, &tr("fig-silver"), silver, &tr("fig-silver-tip"));
            figure(ui, &tr("fig-silk"), group_thousands(court.treasury.silk), &tr("fig-silk-tip"));
            figure(ui, &tr("fig-grain"), group_thousands(court.treasury.grain), &tr("fig-grain-tip"));
            ui.separator();
            figure(ui, &tr("fig-morale"), st.morale(side).to_string(), &tr("fig-morale-tip"));
            figure(ui, &tr("fig-weariness"), court.war_weariness.to_string(), &tr("fig-weariness-tip"));
            figure(ui, &tr("fig-honour"), court.honour.to_string(), &tr("fig-honour-tip"));
            // The court's own wars and peaces, each named: a court may fight one and be bound to another.
            let sc = &game.scenario;
            let enemies: Vec<&str> = st.enemies_of(side).map(|c| sc.court_name(c)).collect();
            if enemies.is_empty() {
                ui.label(RichText::new(tr("play-at-peace")).color(theme::GOOD)).on_hover_text(tr("play-at-peace-tip"));
            } else {
                let enemies = enemies.join(&tr("play-and-the"));
                ui.label(RichText::new(tr_args("play-at-war", &[("courts", enemies.into())])).color(SEAL))
                    .on_hover_text(tr("play-at-war-tip"));
            }
        });
        ui.horizontal(|ui| {
            for tab in Tab::ALL {
                if ui.selectable_label(s.tab == tab, tab.label()).clicked() {
                    out.push(Intent::Tab(tab));
                }
            }
            ui.separator();
            if ui.button(tr("play-save")).on_hover_text(tr("play-save-tip")).clicked() {
                out.push(Intent::Save);
            }
            ui.menu_button(tr("play-load"), |ui| {
                let saves = &s.saves;
                if saves.is_empty() {
                    ui.label(tr("play-no-saves"));
                }
                for p in saves.iter().take(20) {
                    let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                    if ui.button(name).clicked() {
                        out.push(Intent::Load(p.clone()));
                        ui.close();
                    }
                }
            })
            .response
            .on_hover_text(tr("play-load-tip"));
            if ui.button(tr("play-title")).clicked() {
                out.push(Intent::ToTitle);
            }
            if ui.button(tr("play-encyclopedia")).on_hover_text(tr("play-encyclopedia-tip")).clicked() {
                encyclopedia::open(ui.ctx(), "");
            }
            let waiting = game.waiting_for(side).count();
            if waiting > 0 {
                let b = ui.button(RichText::new(tr_args("play-envoys-wait", &[("n", waiting.into())])).color(SEAL));
                if b.clicked() {
                    out.push(Intent::Tab(Tab::Table));
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let end = egui::Button::new(RichText::new(tr("play-end-turn")).strong().color(egui::Color32::WHITE))
                    .fill(SEAL);
                if ui.add(end).on_hover_text(tr("play-end-turn-tip")).clicked() {
                    out.push(Intent::EndTurn);
                }
            });
        });
        ui.add_space(2.0);
    });
}

/// The lesson's clock for this turn, in minutes and seconds; at nought the turn is ended.
fn clock(ui: &mut egui::Ui, left: u64, out: &mut Vec<Intent>) {
    let colour = if left <= 30 { SEAL } else { theme::GOLD };
    let time = format!("{}:{:02}", left / 60, left % 60);
    ui.label(RichText::new(tr_args("play-time-left", &[("time", time.into())])).strong().size(16.0).color(colour))
        .on_hover_text(tr("play-clock-tip"));
    if left == 0 {
        out.push(Intent::TimeUp);
    }
    // The window otherwise sleeps between inputs: wake it to count the seconds down.
    ui.ctx().request_repaint_after(std::time::Duration::from_millis(500));
}

fn orders(ui: &mut egui::Ui, game: &Game, s: &mut Session, out: &mut Vec<Intent>) {
    let sc = &game.scenario;
    let st = &game.state;
    let side = s.viewer;
    ui.label(theme::title(tr("army-heading")));
    for (id, a) in st.armies_of(side) {
        let def = &sc.armies[id.index()];
        let text = tr_args(
            "army-line",
            &[
                ("army", (&def.name).into()),
                ("men", group_thousands(a.strength).into()),
                ("place", (&sc.place(a.at).name).into()),
            ],
        );
        if ui.selectable_label(s.selected_army == Some(id), text).clicked() {
            out.push(Intent::SelectArmy(Some(id)));
        }
    }
    ui.separator();
    if let Some(id) = s.selected_army.filter(|a| st.army(*a).alive() && st.army(*a).side == side) {
        let a = st.army(id);
        let def = &sc.armies[id.index()];
        ui.label(RichText::new(&def.name).strong().size(17.0));
        egui::Grid::new("army").num_columns(2).show(ui, |ui| {
            ui.label(tr("army-at"));
            ui.label(&sc.place(a.at).name);
            ui.end_row();
            ui.label(tr("army-men"));
            ui.label(group_thousands(a.strength)).on_hover_text(tr("army-men-tip"));
            ui.end_row();
            ui.label(tr("army-morale"));
            ui.label(a.morale.to_string()).on_hover_text(tr("army-morale-tip"));
            ui.end_row();
            ui.label(tr("army-commander"));
            let commander = a.commander.map(|c| sc.character(c).label()).unwrap_or_else(|| tr("army-no-commander"));
            ui.label(commander).on_hover_text(tr("army-commander-tip"));
            ui.end_row();
            ui.label(tr("army-order"));
            let order = match a.order {
                Order::Hold => tr("army-holding"),
                Order::Garrison => tr("army-garrisoned"),
                Order::Besiege => tr_args("army-besieging", &[("worn", a.siege.into())]),
                Order::Assault => tr("army-storming"),
            };
            ui.label(order);
            ui.end_row();
            if st.courts[side].emperor_with == Some(id) {
                ui.label(tr("army-with"));
                ui.label(sc.courts[side].emperor.map_or_else(|| tr("army-the-ruler"), |e| sc.character(e).label()))
                    .on_hover_text(tr("army-emperor-tip"));
                ui.end_row();
            }
        });
        if s.advisers_on() {
            // The march the court's own judgement would order, as its commander or hawk says it.
            let said: Vec<_> = crate::rules::advice::on_armies(game, side)
                .into_iter()
                .filter(|(a, _)| *a == id)
                .map(|(_, advice)| advice)
                .collect();
            super::counsel::show(ui, sc, &said);
        }
        ui.add_space(4.0);
        ui.label(RichText::new(tr("army-march-hint")).color(INK_SOFT));
        // Where it may march this turn, as buttons too (the keyboard's way to the map's
        // highlighted places): each says what the rules would say, refused and why, or the
        // sworn clause the march would break.
        ui.horizontal_wrapped(|ui| {
            for (to, _) in &sc.neighbours[a.at.index()] {
                let name = &sc.place(*to).name;
                let label = tr_args("order-march-to", &[("place", name.as_str().into())]);
                let tip = tr_args("order-march-to-tip", &[("place", name.as_str().into())]);
                order_button(ui, game, side, &label, Action::Move { army: id, to: *to }, &tip, out);
            }
        });
        ui.horizontal_wrapped(|ui| {
            for (label, action, tip) in [
                ("order-besiege", Action::Besiege { army: id }, "order-besiege-tip"),
                ("order-assault", Action::Assault { army: id }, "order-assault-tip"),
                ("order-garrison", Action::Garrison { army: id }, "order-garrison-tip"),
            ] {
                order_button(ui, game, side, &tr(label), action, &tr(tip), out);
            }
        });
        let commanders: Vec<CharId> = (0..sc.characters.len())
            .map(|i| CharId(i as u16))
            .filter(|c| {
                sc.character(*c).side == side && sc.character(*c).command.is_some() && st.people[c.index()].alive
            })
            .collect();
        if !commanders.is_empty() {
            egui::ComboBox::from_label(tr("army-appoint")).selected_text(tr("army-choose")).show_ui(ui, |ui| {
                for c in commanders {
                    let ch = sc.character(c);
                    let text = tr_args(
                        "army-command-skill",
                        &[("name", ch.label().into()), ("skill", ch.command.unwrap_or(0).into())],
                    );
                    if ui.selectable_label(a.commander == Some(c), text).clicked() {
                        out.push(Intent::Act(Action::Appoint { character: c, army: id }));
                    }
                }
            });
        }
    } else {
        ui.label(RichText::new(tr("army-select-hint")).color(INK_SOFT));
    }
    if let Some(p) = s.selected_place {
        ui.separator();
        let place = sc.place(p);
        let ps = &st.places[p.index()];
        let book = encyclopedia::book(ui.ctx(), sc);
        let key = crate::rules::encyclopedia::key(crate::rules::encyclopedia::Kind::Place, &place.id);
        encyclopedia::name_link(
            ui,
            &book,
            &key,
            RichText::new(crate::rules::scenario::named(&place.name, &place.zh)).strong().size(17.0),
        )
        .on_hover_text(tr("place-open-entry"));
        ui.label(tr_args(
            "place-held",
            &[
                ("court", sc.court_name(ps.controller).into()),
                ("walls", ps.fort.into()),
                ("max", sc.rules.walls_max.into()),
                ("supply", place.supply.into()),
            ],
        ));
        if let Some(men) = crate::rules::view::garrison_seen(st, side, p) {
            ui.label(tr_args("place-garrison", &[("men", group_thousands(men).into())]));
        }
        if !place.note.is_empty() {
            ui.label(RichText::new(&place.note).italics());
        }
        if place.disputed {
            ui.label(RichText::new(tr("place-disputed")).color(theme::GOLD));
        }
        let hint = tr_args("order-fortify-tip", &[("cost", group_thousands(sc.rules.fortify_cost).into())]);
        order_button(ui, game, side, &tr("order-fortify"), Action::Fortify { place: p }, &hint, out);
    }
}

/// A button for an order, greyed out with the reason when the rules refuse it, and marked
/// when it would break the sworn treaty.
pub(super) fn order_button(
    ui: &mut egui::Ui,
    game: &Game,
    side: CourtId,
    label: &str,
    action: Action,
    tip: &str,
    out: &mut Vec<Intent>,
) {
    let check = game.check(side, &action);
    let label = if game.breaches(side, &action).is_empty() {
        label.to_string()
    } else {
        tr_args("order-breaks", &[("order", label.into())])
    };
    let r = ui.add_enabled(check.is_ok(), egui::Button::new(label)).on_hover_text(tip);
    let r = match &check {
        Err(e) => {
            r.on_disabled_hover_text(tr_args("order-not-now", &[("tip", tip.into()), ("why", e.to_string().into())]))
        }
        Ok(()) => r,
    };
    if r.clicked() {
        out.push(Intent::Act(action));
    }
}

fn reports(ui: &mut egui::Ui, game: &Game, s: &Session) {
    ui.horizontal(|ui| {
        ui.label(theme::title(tr("reports-heading")));
        message_line(ui, s);
    });
    let side = s.viewer;
    let st = &game.state;
    let from = st.turn.saturating_sub(1);
    egui::ScrollArea::vertical().stick_to_bottom(true).auto_shrink([false, false]).show(ui, |ui| {
        let book = encyclopedia::book(ui.ctx(), &game.scenario);
        let (this_turn, last_turn) = (tr("reports-this-turn"), tr("reports-last-turn"));
        for line in st.chronicle.iter().filter(|l| l.turn >= from && l.visible_to(side)) {
            let when = if line.turn == st.turn { &this_turn } else { &last_turn };
            encyclopedia::linked_text(ui, &book, &format!("[{when}] {}", line.text(&game.scenario)), |t| t);
        }
    });
}

fn dialogs(ctx: &egui::Context, s: &mut Session, out: &mut Vec<Intent>) {
    if let Some((_, warnings)) = &s.pending {
        egui::Modal::new(egui::Id::new("breach")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.label(RichText::new(tr("breach-heading")).strong().size(20.0).color(SEAL));
            for w in warnings {
                ui.label(w);
            }
            ui.label(tr("breach-consequences"));
            ui.horizontal(|ui| {
                if ui.button(RichText::new(tr("breach-confirm")).color(SEAL)).clicked() {
                    out.push(Intent::ConfirmPending);
                }
                if ui.button(tr("breach-cancel")).clicked() {
                    out.push(Intent::Cancel);
                }
            });
        });
    }
    if let Some(errors) = &s.reload_errors {
        egui::Window::new(RichText::new(tr("reload-heading")).color(SEAL))
            .default_pos([300.0, 120.0])
            .default_width(640.0)
            .show(ctx, |ui| {
                ui.label(tr("reload-kept"));
                egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
                    ui.label(RichText::new(errors).monospace().size(11.0));
                });
            });
    }
}
