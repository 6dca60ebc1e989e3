//! The court: ministers' memorials with their stances, the treasury and its trend, policies,
//! and the appointment of envoys.

use super::play::order_button;
use crate::gui::session::{Intent, Session};
use crate::gui::theme::{self, INK_SOFT};
use crate::rules::game::{Action, Game};
use crate::rules::ids::*;
use crate::rules::scenario::{Stance, group_thousands};
use crate::rules::view::memorials;
use bevy_egui::egui::{self, RichText};

pub fn court(ui: &mut egui::Ui, game: &Game, s: &mut Session, out: &mut Vec<Intent>) {
    let sc = &game.scenario;
    let st = &game.state;
    let side = s.viewer;
    let memorials = memorials(game, side);
    let book = super::encyclopedia::book(ui.ctx(), sc);
    ui.columns(2, |cols| {
        let ui = &mut cols[0];
        ui.label(theme::title("Memorials to the throne"));
        egui::ScrollArea::vertical().id_salt("memorials").max_height(ui.available_height() * 0.55).show(ui, |ui| {
            if memorials.is_empty() {
                ui.label(RichText::new("No minister has memorialised the throne this turn.").color(INK_SOFT));
            }
            for m in &memorials {
                let who = sc.character(m.by);
                let stance = match who.stance {
                    Some(Stance::Hawk) => "hawk: presses for war",
                    Some(Stance::Dove) => "dove: urges peace",
                    Some(Stance::Moderate) => "weighs both",
                    None => "",
                };
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        let key = crate::rules::encyclopedia::key(crate::rules::encyclopedia::Kind::Person, &who.id);
                        super::encyclopedia::name_link(ui, &book, &key, RichText::new(who.label()).strong());
                        let title =
                            if stance.is_empty() { who.title.clone() } else { format!("{} ({stance})", who.title) };
                        ui.label(RichText::new(title).color(INK_SOFT))
                            .on_hover_text(format!("{}\n{}\nSources: {}", who.dates, who.bio, who.sources));
                    });
                    ui.label(RichText::new(&m.text).italics());
                    if let Some(p) = m.urges {
                        let policy = &sc.policies[p.index()];
                        let label = format!("Do as he urges: {}", policy.name);
                        order_button(ui, game, side, &label, Action::Policy { policy: p }, &policy.description, out);
                    }
                });
            }
        });
        ui.add_space(8.0);
        ui.label(theme::title("Treasury"));
        let court = &st.courts[side];
        let def = &sc.courts[side];
        let upkeep = st.strength(side) / 10_000 * def.grain_per_10k;
        egui::Grid::new("treasury").num_columns(3).striped(true).show(ui, |ui| {
            ui.label("");
            ui.label(RichText::new("held").strong());
            ui.label(RichText::new("each turn").strong());
            ui.end_row();
            for (name, r, income, unit) in [
                ("Silver", Resource::Silver, def.income.silver, "taels"),
                ("Silk", Resource::Silk, def.income.silk, "bolts"),
                ("Grain", Resource::Grain, def.income.grain - upkeep, "shi"),
            ] {
                ui.label(name);
                ui.label(format!("{} {unit}", group_thousands(court.treasury.get(r))));
                ui.label(format!("{:+}", income)).on_hover_text(if r == Resource::Grain {
                    format!(
                        "Income {} less the armies' rations {}",
                        group_thousands(def.income.grain),
                        group_thousands(upkeep)
                    )
                } else {
                    "Taxes and tribute of a turn; policies and clauses add or take more.".to_string()
                });
                ui.end_row();
            }
        });
        ui.add_space(6.0);
        egui::Grid::new("standing").num_columns(2).show(ui, |ui| {
            ui.label("Emperor's honour");
            ui.label(court.honour.to_string());
            ui.end_row();
            ui.label("War-weariness");
            ui.label(court.war_weariness.to_string());
            ui.end_row();
            for (other, trust) in court.trust.iter().filter(|(c, _)| *c != side) {
                ui.label(format!("Trust in the {}", game.scenario.court_name(other)));
                ui.label(trust.to_string())
                    .on_hover_text("-100 to 100. Broken clauses lower it; an angry court may detain envoys.");
                ui.end_row();
            }
            for (other, _) in court.cause_for_war.iter().filter(|(_, held)| **held) {
                ui.label("Cause for war");
                ui.label(format!("the {} broke a sworn clause", game.scenario.court_name(other)));
                ui.end_row();
            }
        });

        let ui = &mut cols[1];
        ui.label(theme::title("Policies"));
        // The policies the court's own judgement would decide now, as its ministers say it.
        let counsel = if s.advisers_on() { crate::rules::advice::on_policies(game, side) } else { Vec::new() };
        egui::ScrollArea::vertical().id_salt("policies").max_height(ui.available_height() * 0.6).show(ui, |ui| {
            for (i, p) in sc.policies.iter().enumerate().filter(|(_, p)| p.side == side) {
                let id = PolicyId(i as u16);
                let court = &st.courts[side];
                let state = if p.once && court.taken[i] {
                    "decided"
                } else if court.active[i] {
                    "in force"
                } else {
                    ""
                };
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(&p.name).strong());
                        if !state.is_empty() {
                            ui.label(RichText::new(state).color(theme::GOOD));
                        }
                        if let Some(a) = p.advocate {
                            ui.label(RichText::new(format!("urged by {}", sc.character(a).name)).color(INK_SOFT));
                        }
                    });
                    ui.label(&p.description);
                    let said: Vec<_> = counsel.iter().filter(|(q, _)| *q == id).map(|(_, a)| a.clone()).collect();
                    super::counsel::show(ui, sc, &said);
                    let label = if !p.once && court.active[i] { "Give it up" } else { "Decide" };
                    order_button(ui, game, side, label, Action::Policy { policy: id }, &p.description, out);
                });
            }
        });
        ui.add_space(8.0);
        ui.label(theme::title("Envoy"));
        let current = st.courts[side].envoy;
        for e in sc.envoys(side) {
            let ch = sc.character(e);
            let t = ch.envoy.as_ref().expect("an envoy");
            let away = st.people[e.index()].away_until > st.turn;
            // Inside knowledge is of the envoy's own court: Wang Jizhong, in the Liao camp.
            let knows = if t.inside_knowledge {
                format!(", knows the {} court's mind", game.scenario.court_name(ch.side))
            } else {
                String::new()
            };
            let text = format!(
                "{}: eloquence {}, standing {}, {} turn(s) on the road{knows}{}",
                ch.label(),
                t.eloquence,
                t.standing
                    .iter()
                    .map(|(c, n)| format!("{} {n}", game.scenario.court_name(c)))
                    .collect::<Vec<_>>()
                    .join(", "),
                t.travel,
                if away { " (away)" } else { "" }
            );
            if ui.radio(current == Some(e), text).on_hover_text(&ch.bio).clicked() && current != Some(e) {
                out.push(Intent::Act(Action::AppointEnvoy { character: e }));
            }
        }
    });
}
