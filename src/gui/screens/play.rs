//! The playing screen's frame: the court's figures and the tabs on top, orders on the left,
//! this turn's reports below, and the dialog before breaking a sworn clause.

use super::{court, encyclopedia, figure, ledger, map, message_line, table};
use crate::gui::session::{Intent, Session, Tab};
use crate::gui::theme::{self, INK_SOFT, SEAL};
use crate::rules::game::{Action, Game};
use crate::rules::ids::*;
use crate::rules::scenario::group_thousands;
use crate::rules::state::Order;
use bevy_egui::egui::{self, RichText};

pub fn playing(root: &mut egui::Ui, ctx: &egui::Context, s: &mut Session, out: &mut Vec<Intent>) {
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
    egui::CentralPanel::default().show(root, |ui| match s.tab {
        Tab::Map => map::map(ui, game, s, out),
        Tab::Court => court::court(ui, game, s, out),
        Tab::Table => table::table(ui, game, s, out),
        Tab::Ledger => ledger::ledger(ui, game, s),
        Tab::Chronicle => ledger::chronicle(ui, game, s),
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
            ui.label(RichText::new(format!("{} {}", def.long_name, def.zh)).strong().size(18.0).color(colour));
            ui.label(RichText::new(game.scenario.calendar.date(st.turn)).size(16.0))
                .on_hover_text(format!("Turn {} of {}", st.turn + 1, game.scenario.calendar.turns));
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
            figure(ui, "Silver", format!("{}{}", group_thousands(court.treasury.silver), trend(court.treasury.silver, last.map(|h| h.silver[side]))),
                "Taels of silver in the treasury, and the change since last turn. Income each turn comes from the scenario; the yearly payments of a treaty move it at the border.");
            figure(ui, "Silk", group_thousands(court.treasury.silk), "Bolts of silk in the treasury: the other half of the yearly payments.");
            figure(ui, "Grain", group_thousands(court.treasury.grain),
                "Shi of grain. Every 10,000 men under arms eat from it each turn; when it runs out the armies go hungry and lose men and morale.");
            ui.separator();
            figure(ui, "Morale", st.morale(side).to_string(), "Morale of your armies (0-100), weighted by their men. It wins battles and falls with defeats, hunger and long marches.");
            figure(ui, "War-weariness", court.war_weariness.to_string(),
                "How tired the court and the country are of the war (0-100). It rises every turn of war and with every loss, and makes a treaty more welcome.");
            figure(ui, "Honour", court.honour.to_string(), "The emperor's standing (0-100). Shameful terms and broken oaths lower it.");
            // The court's own wars and peaces, each named: a court may fight one and be bound to another.
            let sc = &game.scenario;
            let enemies: Vec<&str> = st.enemies_of(side).map(|c| sc.court_name(c)).collect();
            if enemies.is_empty() {
                ui.label(RichText::new("At peace").color(theme::GOOD))
                    .on_hover_text("No court is at war with yours: see the treaty ledger.");
            } else {
                ui.label(RichText::new(format!("At war with the {}", enemies.join(" and the "))).color(SEAL))
                    .on_hover_text("No treaty binds these courts to yours.");
            }
        });
        ui.horizontal(|ui| {
            for tab in Tab::ALL {
                if ui.selectable_label(s.tab == tab, tab.label()).clicked() {
                    out.push(Intent::Tab(tab));
                }
            }
            ui.separator();
            if ui.button("Save [S]").on_hover_text("Save the game; it also saves itself after every turn.").clicked() {
                out.push(Intent::Save);
            }
            ui.menu_button("Load", |ui| {
                let saves = &s.saves;
                if saves.is_empty() {
                    ui.label("No saves yet");
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
            .on_hover_text("Load a saved game: the one in progress is left as it is unless you saved it");
            if ui.button("Title").clicked() {
                out.push(Intent::ToTitle);
            }
            if ui
                .button("Encyclopedia [F1]")
                .on_hover_text("The people, places, clauses and terms of the scenario; every name in the game opens its entry.")
                .clicked()
            {
                encyclopedia::open(ui.ctx(), "");
            }
            let waiting = game.waiting_for(side).count();
            if waiting > 0 {
                let b = ui.button(RichText::new(format!("{waiting} envoy(s) await your answer")).color(SEAL));
                if b.clicked() {
                    out.push(Intent::Tab(Tab::Table));
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let end = egui::Button::new(RichText::new("End turn [Enter]").strong().color(egui::Color32::WHITE)).fill(SEAL);
                if ui.add(end).on_hover_text("The other court acts, battles and sieges are decided, clauses and events run.").clicked() {
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
    ui.label(RichText::new(format!("Time left {}:{:02}", left / 60, left % 60)).strong().size(16.0).color(colour))
        .on_hover_text(
            "The lesson's clock for this turn. When it runs out your turn is ended with the orders already given; a draft not yet sent is lost.",
        );
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
    ui.label(theme::title("Armies"));
    for (id, a) in st.armies_of(side) {
        let def = &sc.armies[id.index()];
        let text = format!("{} — {} men at {}", def.name, group_thousands(a.strength), sc.place(a.at).name);
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
            ui.label("At");
            ui.label(&sc.place(a.at).name);
            ui.end_row();
            ui.label("Men");
            ui.label(group_thousands(a.strength))
                .on_hover_text("Fighting men; lost in battles, sieges, assaults and hunger.");
            ui.end_row();
            ui.label("Morale");
            ui.label(a.morale.to_string()).on_hover_text("0-100: weighs in every battle.");
            ui.end_row();
            ui.label("Commander");
            let commander = a.commander.map(|c| sc.character(c).label()).unwrap_or_else(|| "none".into());
            ui.label(commander).on_hover_text("A commander's skill adds 8% to the army's power per point.");
            ui.end_row();
            ui.label("Order");
            let order = match a.order {
                Order::Hold => "holding".to_string(),
                Order::Garrison => "garrisoned behind the walls".to_string(),
                Order::Besiege => format!("besieging ({}% of the walls worn down)", a.siege),
                Order::Assault => "storming the walls this turn".to_string(),
            };
            ui.label(order);
            ui.end_row();
            if st.courts[side].emperor_with == Some(id) {
                ui.label("With");
                ui.label(sc.courts[side].emperor.map_or_else(|| "the ruler".to_string(), |e| sc.character(e).label()))
                    .on_hover_text("The emperor's presence adds a quarter to the army's power.");
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
        ui.label(RichText::new("Click a highlighted place on the map to march there.").color(INK_SOFT));
        ui.horizontal_wrapped(|ui| {
            for (label, action, tip) in [
                (
                    "Besiege",
                    Action::Besiege { army: id },
                    "Wear down the walls turn by turn; the place falls when they are gone.",
                ),
                ("Assault", Action::Assault { army: id }, "Storm the walls this turn: quick, but costly if it fails."),
                ("Garrison", Action::Garrison { army: id }, "Rest behind friendly walls: morale returns faster."),
            ] {
                order_button(ui, game, side, label, action, tip, out);
            }
        });
        let commanders: Vec<CharId> = (0..sc.characters.len())
            .map(|i| CharId(i as u16))
            .filter(|c| {
                sc.character(*c).side == side && sc.character(*c).command.is_some() && st.people[c.index()].alive
            })
            .collect();
        if !commanders.is_empty() {
            egui::ComboBox::from_label("Appoint a commander").selected_text("choose…").show_ui(ui, |ui| {
                for c in commanders {
                    let ch = sc.character(c);
                    let text = format!("{} (command {})", ch.label(), ch.command.unwrap_or(0));
                    if ui.selectable_label(a.commander == Some(c), text).clicked() {
                        out.push(Intent::Act(Action::Appoint { character: c, army: id }));
                    }
                }
            });
        }
    } else {
        ui.label(RichText::new("Select an army on the map or in the list.").color(INK_SOFT));
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
            RichText::new(format!("{} {}", place.name, place.zh)).strong().size(17.0),
        )
        .on_hover_text("Open its entry in the encyclopedia");
        ui.label(format!(
            "Held by the {}; walls {} of {}; supply {}",
            sc.court_name(ps.controller),
            ps.fort,
            sc.rules.walls_max,
            place.supply
        ));
        if ps.controller == side {
            ui.label(format!("Garrison: {} men", group_thousands(ps.garrison)));
        }
        if !place.note.is_empty() {
            ui.label(RichText::new(&place.note).italics());
        }
        if place.disputed {
            ui.label(RichText::new("Disputed: the sources do not agree on this place.").color(theme::GOLD));
        }
        let hint = format!(
            "Spend {} taels of silver to add a level of walls. A sworn treaty may forbid it.",
            group_thousands(sc.rules.fortify_cost)
        );
        order_button(ui, game, side, "Raise new walls", Action::Fortify { place: p }, &hint, out);
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
        format!("{label} (breaks the treaty)")
    };
    let r = ui.add_enabled(check.is_ok(), egui::Button::new(label)).on_hover_text(tip);
    let r = match &check {
        Err(e) => r.on_disabled_hover_text(format!("{tip}\nNot now: {e}")),
        Ok(()) => r,
    };
    if r.clicked() {
        out.push(Intent::Act(action));
    }
}

fn reports(ui: &mut egui::Ui, game: &Game, s: &Session) {
    ui.horizontal(|ui| {
        ui.label(theme::title("Reports"));
        message_line(ui, s);
    });
    let side = s.viewer;
    let st = &game.state;
    let from = st.turn.saturating_sub(1);
    egui::ScrollArea::vertical().stick_to_bottom(true).auto_shrink([false, false]).show(ui, |ui| {
        let book = encyclopedia::book(ui.ctx(), &game.scenario);
        for line in st.chronicle.iter().filter(|l| l.turn >= from && l.visible_to(side)) {
            let when = if line.turn == st.turn { "this turn" } else { "last turn" };
            encyclopedia::linked_text(ui, &book, &format!("[{when}] {}", line.text(&game.scenario)), |t| t);
        }
    });
}

fn dialogs(ctx: &egui::Context, s: &mut Session, out: &mut Vec<Intent>) {
    if let Some((_, warnings)) = &s.pending {
        egui::Modal::new(egui::Id::new("breach")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.label(RichText::new("This order breaks the sworn treaty").strong().size(20.0).color(SEAL));
            for w in warnings {
                ui.label(w);
            }
            ui.label("The other court will be told. Its trust in you falls, your emperor's honour suffers, and it gains a just cause for war.");
            ui.horizontal(|ui| {
                if ui.button(RichText::new("Break the clause").color(SEAL)).clicked() {
                    out.push(Intent::ConfirmPending);
                }
                if ui.button("Cancel [Esc]").clicked() {
                    out.push(Intent::Cancel);
                }
            });
        });
    }
    if let Some(errors) = &s.reload_errors {
        egui::Window::new(RichText::new("The edited scenario has errors").color(SEAL))
            .default_pos([300.0, 120.0])
            .default_width(640.0)
            .show(ctx, |ui| {
                ui.label("The last good version stays in use until the file is fixed.");
                egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
                    ui.label(RichText::new(errors).monospace().size(11.0));
                });
            });
    }
}
