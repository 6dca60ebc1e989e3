//! The court: ministers' memorials with their stances, the treasury and its trend, policies,
//! and the appointment of envoys.

use super::play::order_button;
use crate::gui::session::{Intent, Session};
use crate::gui::theme::{self, INK_SOFT};
use crate::locale::{tr, tr_args};
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
        ui.label(theme::title(tr("court-memorials")));
        egui::ScrollArea::vertical().id_salt("memorials").max_height(ui.available_height() * 0.55).show(ui, |ui| {
            if memorials.is_empty() {
                ui.label(RichText::new(tr("court-no-memorials")).color(INK_SOFT));
            }
            for m in &memorials {
                let who = sc.character(m.by);
                let stance = match who.stance {
                    Some(Stance::Hawk) => tr("court-stance-hawk"),
                    Some(Stance::Dove) => tr("court-stance-dove"),
                    Some(Stance::Moderate) => tr("court-stance-moderate"),
                    None => String::new(),
                };
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        let key = crate::rules::encyclopedia::key(crate::rules::encyclopedia::Kind::Person, &who.id);
                        super::encyclopedia::name_link(ui, &book, &key, RichText::new(who.label()).strong());
                        let title =
                            if stance.is_empty() { who.title.clone() } else { format!("{} ({stance})", who.title) };
                        ui.label(RichText::new(title).color(INK_SOFT)).on_hover_text(tr_args(
                            "court-person-tip",
                            &[
                                ("dates", (&who.dates).into()),
                                ("bio", (&who.bio).into()),
                                ("sources", (&who.sources).into()),
                            ],
                        ));
                    });
                    ui.label(RichText::new(&m.text).italics());
                    if let Some(p) = m.urges {
                        let policy = &sc.policies[p.index()];
                        let label = tr_args("court-do-as-urged", &[("policy", (&policy.name).into())]);
                        order_button(ui, game, side, &label, Action::Policy { policy: p }, &policy.description, out);
                    }
                });
            }
        });
        ui.add_space(8.0);
        ui.label(theme::title(tr("court-treasury")));
        let court = &st.courts[side];
        let def = &sc.courts[side];
        let upkeep = st.strength(side) / 10_000 * def.grain_per_10k;
        egui::Grid::new("treasury").num_columns(3).striped(true).show(ui, |ui| {
            ui.label("");
            ui.label(RichText::new(tr("court-held")).strong());
            ui.label(RichText::new(tr("court-each-turn")).strong());
            ui.end_row();
            for (name, r, income, unit) in [
                ("fig-silver", Resource::Silver, def.income.silver, "unit-taels"),
                ("fig-silk", Resource::Silk, def.income.silk, "unit-bolts"),
                ("fig-grain", Resource::Grain, def.income.grain - upkeep, "unit-shi"),
            ] {
                ui.label(tr(name));
                let held = group_thousands(court.treasury.get(r));
                ui.label(tr_args(unit, &[("n", held.into())]));
                ui.label(format!("{:+}", income)).on_hover_text(if r == Resource::Grain {
                    tr_args(
                        "court-grain-tip",
                        &[
                            ("income", group_thousands(def.income.grain).into()),
                            ("rations", group_thousands(upkeep).into()),
                        ],
                    )
                } else {
                    tr("court-income-tip")
                });
                ui.end_row();
            }
        });
        ui.add_space(6.0);
        egui::Grid::new("standing").num_columns(2).show(ui, |ui| {
            ui.label(tr("court-honour"));
            ui.label(court.honour.to_string());
            ui.end_row();
            ui.label(tr("fig-weariness"));
            ui.label(court.war_weariness.to_string());
            ui.end_row();
            for (other, trust) in court.trust.iter().filter(|(c, _)| *c != side) {
                ui.label(tr_args("court-trust", &[("court", game.scenario.court_name(other).into())]));
                ui.label(trust.to_string()).on_hover_text(tr("court-trust-tip"));
                ui.end_row();
            }
            for (other, _) in court.cause_for_war.iter().filter(|(_, held)| **held) {
                ui.label(tr("court-cause"));
                ui.label(tr_args("court-cause-why", &[("court", game.scenario.court_name(other).into())]));
                ui.end_row();
            }
        });

        let ui = &mut cols[1];
        ui.label(theme::title(tr("court-policies")));
        // The policies the court's own judgement would decide now, as its ministers say it.
        let counsel = if s.advisers_on() { crate::rules::advice::on_policies(game, side) } else { Vec::new() };
        egui::ScrollArea::vertical().id_salt("policies").max_height(ui.available_height() * 0.6).show(ui, |ui| {
            for (i, p) in sc.policies.iter().enumerate().filter(|(_, p)| p.side == side) {
                let id = PolicyId(i as u16);
                let court = &st.courts[side];
                let state = if p.once && court.taken[i] {
                    tr("court-decided")
                } else if court.active[i] {
                    tr("court-in-force")
                } else {
                    String::new()
                };
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(&p.name).strong());
                        if !state.is_empty() {
                            ui.label(RichText::new(state).color(theme::GOOD));
                        }
                        if let Some(a) = p.advocate {
                            let by = tr_args("court-urged-by", &[("name", (&sc.character(a).name).into())]);
                            ui.label(RichText::new(by).color(INK_SOFT));
                        }
                    });
                    ui.label(&p.description);
                    let said: Vec<_> = counsel.iter().filter(|(q, _)| *q == id).map(|(_, a)| a.clone()).collect();
                    super::counsel::show(ui, sc, &said);
                    let label = tr(if !p.once && court.active[i] { "court-give-up" } else { "court-decide" });
                    order_button(ui, game, side, &label, Action::Policy { policy: id }, &p.description, out);
                });
            }
        });
        ui.add_space(8.0);
        ui.label(theme::title(tr("court-envoy")));
        let current = st.courts[side].envoy;
        for e in sc.envoys(side) {
            let ch = sc.character(e);
            let t = ch.envoy.as_ref().expect("an envoy");
            let away = st.people[e.index()].away_until > st.turn;
            // Inside knowledge is of the envoy's own court: Wang Jizhong, in the Liao camp.
            let knows = if t.inside_knowledge {
                tr_args("court-envoy-knows", &[("court", game.scenario.court_name(ch.side).into())])
            } else {
                String::new()
            };
            let standing = t
                .standing
                .iter()
                .map(|(c, n)| format!("{} {n}", game.scenario.court_name(c)))
                .collect::<Vec<_>>()
                .join(&tr("list-comma"));
            let text = tr_args(
                "court-envoy-line",
                &[
                    ("name", ch.label().into()),
                    ("eloquence", t.eloquence.into()),
                    ("standing", standing.into()),
                    ("turns", t.travel.into()),
                    ("knows", knows.into()),
                    ("away", if away { tr("court-envoy-away") } else { String::new() }.into()),
                ],
            );
            if ui.radio(current == Some(e), text).on_hover_text(&ch.bio).clicked() && current != Some(e) {
                out.push(Intent::Act(Action::AppointEnvoy { character: e }));
            }
        }
    });
}
