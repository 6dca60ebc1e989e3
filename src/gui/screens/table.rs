//! The negotiating table: a draft built from the clause library, the envoy who carries it,
//! the estimate of the other court's answer with its reasons, and the drafts that arrive.

use crate::gui::session::{Intent, Session};
use crate::gui::theme::{self, INK_SOFT, SEAL};
use crate::locale::{tr, tr_args};
use crate::rules::game::{Action, Answer, Game};
use crate::rules::ids::*;
use crate::rules::negotiation::{Evaluation, evaluate};
use crate::rules::scenario::{ParamKind, Value, group_thousands};
use crate::rules::state::ProposalStatus;
use bevy_egui::egui::{self, RichText};

pub fn table(ui: &mut egui::Ui, game: &Game, s: &mut Session, out: &mut Vec<Intent>) {
    let height = ui.available_height();
    egui::Panel::left("library").resizable(true).default_size(270.0).show(ui, |ui| library(ui, game, s, out, height));
    egui::Panel::right("envoys").resizable(true).default_size(340.0).show(ui, |ui| incoming(ui, game, s, out, height));
    egui::CentralPanel::default().show(ui, |ui| draft(ui, game, s, out));
}

fn library(ui: &mut egui::Ui, game: &Game, s: &Session, out: &mut Vec<Intent>, height: f32) {
    let sc = &game.scenario;
    ui.label(theme::title(tr("table-library")));
    // With more than two courts, the player chooses whom the draft is for.
    if sc.courts.len() > 2 {
        ui.horizontal_wrapped(|ui| {
            ui.label(tr("table-treaty-with"));
            for other in sc.court_ids().filter(|c| *c != s.viewer) {
                let name = RichText::new(sc.court_name(other)).color(theme::court_colour(sc, other));
                if ui.radio(s.counterpart == other, name).clicked() {
                    out.push(Intent::Counterpart(other));
                }
            }
        });
    }
    egui::ScrollArea::vertical().id_salt("library").max_height(height - 40.0).show(ui, |ui| {
        for (i, c) in sc.clauses.iter().enumerate() {
            let id = ClauseId(i as u16);
            if !c.allowed_between(s.viewer, s.counterpart) {
                continue;
            }
            let in_draft = s.draft.iter().any(|t| t.clause == id);
            ui.horizontal(|ui| {
                let add = ui
                    .add_enabled(!in_draft, egui::Button::new(tr("table-add")))
                    .on_disabled_hover_text(tr("table-already"));
                if add.clicked() {
                    out.push(Intent::AddClause(id));
                }
                let article = c.article.map(|a| tr_args("table-article-short", &[("n", a.into())])).unwrap_or_default();
                let book = super::encyclopedia::book(ui.ctx(), sc);
                let key = crate::rules::encyclopedia::key(crate::rules::encyclopedia::Kind::Clause, &c.id);
                super::encyclopedia::name_link(
                    ui,
                    &book,
                    &key,
                    RichText::new(format!("{article}{}", crate::rules::scenario::named(&c.name, &c.zh))),
                )
                .on_hover_text(format!("{}\n\n{}", sc.term_text(&sc.default_term(id)), c.history));
            });
        }
    });
}

fn draft(ui: &mut egui::Ui, game: &Game, s: &mut Session, out: &mut Vec<Intent>) {
    let sc = &game.scenario;
    let side = s.viewer;
    let other = s.counterpart;
    match s.countering {
        Some(id) => ui.label(theme::title(tr_args("table-counter-to", &[("id", id.into())]))),
        None => ui.label(theme::title(tr_args("table-your-draft", &[("court", sc.court_name(other).into())]))),
    };
    // Who carries it.
    let envoy = s.draft_envoy(game);
    match envoy {
        Some(e) => {
            let ch = sc.character(e);
            let t = ch.envoy.as_ref();
            let traits = t
                .map(|t| {
                    tr_args("table-envoy-traits", &[("eloquence", t.eloquence.into()), ("turns", t.travel.into())])
                })
                .unwrap_or_default();
            ui.label(tr_args("table-carried-by", &[("name", ch.label().into()), ("traits", traits.into())]))
                .on_hover_text(tr("table-change-envoy"));
        }
        None => {
            ui.label(RichText::new(tr("table-no-envoy")).color(SEAL));
        }
    }
    let guess = (!s.draft.is_empty()).then(|| s.draft_estimate(game, side, other, envoy));
    // The answer foreseen, and the button, stay in sight above the articles.
    if let Some(guess) = &guess {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr_args("table-expected", &[("verdict", guess.verdict().into())])).strong());
            if guess.exact {
                let who = envoy.map_or_else(String::new, |e| sc.character(e).name.clone());
                ui.label(RichText::new(tr_args("table-exact", &[("name", who.into())])).color(theme::GOOD));
            } else {
                let text = tr_args("table-estimate", &[("points", guess.uncertainty.into())]);
                ui.label(RichText::new(text).color(INK_SOFT)).on_hover_text(tr("table-estimate-tip"));
            }
        });
    }
    let action = match s.countering {
        Some(id) => Action::Answer { proposal: id, answer: Answer::Counter(s.draft.clone()) },
        None => Action::SendEnvoy { to: other, terms: s.draft.clone() },
    };
    ui.horizontal(|ui| {
        let ok = game.check(side, &action);
        let label = tr(if s.countering.is_some() { "table-send-counter" } else { "table-send" });
        let b = ui.add_enabled(ok.is_ok(), egui::Button::new(RichText::new(format!("{label} [E]")).strong()));
        let b = match &ok {
            Err(e) => b.on_disabled_hover_text(e.0.clone()),
            Ok(()) => b,
        };
        if b.clicked() || (ok.is_ok() && key(ui, egui::Key::E)) {
            out.push(Intent::SendDraft);
        }
        if !game.breaches(side, &action).is_empty() {
            ui.label(RichText::new(tr("table-send-breaks")).color(SEAL));
        }
        if s.countering.is_some() && ui.button(tr("table-cancel-counter")).clicked() {
            s.countering = None;
        }
        if !s.draft.is_empty() {
            let asked = ui.button(format!("{} [W]", tr("table-what-would"))).on_hover_text(tr("table-what-would-tip"));
            if asked.clicked() || key(ui, egui::Key::W) {
                out.push(Intent::WhatWouldItTake);
            }
        }
    });
    ui.separator();
    egui::ScrollArea::vertical().id_salt("draft").auto_shrink([false, false]).show(ui, |ui| {
        if s.draft.is_empty() {
            ui.label(RichText::new(tr("table-add-hint")).color(INK_SOFT));
        }
        for (ti, term) in s.draft.iter().enumerate() {
            let clause = sc.clause(term.clause);
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.horizontal(|ui| {
                    let book = super::encyclopedia::book(ui.ctx(), sc);
                    let key = crate::rules::encyclopedia::key(crate::rules::encyclopedia::Kind::Clause, &clause.id);
                    super::encyclopedia::name_link(ui, &book, &key, RichText::new(&clause.name).strong());
                    if ui.small_button(tr("table-remove")).clicked() {
                        out.push(Intent::RemoveTerm(ti));
                    }
                });
                for (pi, (p, v)) in clause.params.iter().zip(&term.values).enumerate() {
                    ui.horizontal(|ui| {
                        ui.label(crate::rules::scenario::param_label(&p.name));
                        param_editor(ui, sc, (side, other), (ti, pi), &p.kind, v, out);
                    });
                }
                ui.label(RichText::new(sc.term_text(term)).color(INK_SOFT).size(13.0));
            });
        }
        if let Some(guess) = &guess {
            ui.add_space(6.0);
            let heading = tr(if guess.exact { "table-weigh-exact" } else { "table-weigh-estimate" });
            ui.label(RichText::new(heading).strong());
            reasons(ui, &guess.evaluation, guess.exact);
            for (ti, pi, soft, hard) in &guess.limits {
                let term = &s.draft[*ti];
                let clause = sc.clause(term.clause);
                let name = crate::rules::scenario::param_label(&clause.params[*pi].name);
                let (name, clause) = (name.as_str(), clause.name.as_str());
                let text = match (soft, hard, guess.exact) {
                    (Some(n), _, true) => tr_args(
                        "table-settle-exact",
                        &[("n", group_thousands(*n).into()), ("param", name.into()), ("clause", clause.into())],
                    ),
                    (Some(a), Some(b), false) => tr_args(
                        "table-settle-between",
                        &[
                            ("low", group_thousands(*a.min(b)).into()),
                            ("high", group_thousands(*a.max(b)).into()),
                            ("param", name.into()),
                            ("clause", clause.into()),
                        ],
                    ),
                    (Some(a), None, false) => tr_args(
                        "table-settle-might",
                        &[("n", group_thousands(*a).into()), ("param", name.into()), ("clause", clause.into())],
                    ),
                    _ => tr_args("table-settle-none", &[("param", name.into()), ("clause", clause.into())]),
                };
                ui.label(RichText::new(text).color(theme::GOOD));
            }
        }
        // What our own ministers make of the draft, from our court's judgement of it.
        if s.advisers_on() && !s.draft.is_empty() {
            ui.add_space(6.0);
            ui.label(RichText::new(tr("table-ministers-on-draft")).strong());
            super::counsel::show(ui, sc, &crate::rules::advice::on_draft(game, side, other, &s.draft, None));
        }
    });
}

/// A field for parameter `pi` of article `ti`.
fn param_editor(
    ui: &mut egui::Ui,
    sc: &crate::rules::scenario::Scenario,
    parties: (CourtId, CourtId),
    (ti, pi): (usize, usize),
    kind: &ParamKind,
    v: &Value,
    out: &mut Vec<Intent>,
) {
    match (kind, v) {
        (ParamKind::Amount { min, max, unit, .. }, Value::Amount(n)) => {
            let mut n = *n;
            let r = ui.add(egui::DragValue::new(&mut n).range(*min..=*max).speed(1000.0).suffix(format!(" {unit}")));
            if r.changed() {
                out.push(Intent::SetValue { term: ti, param: pi, value: Value::Amount(n) });
            }
        }
        (ParamKind::Side { .. }, Value::Side(cur)) => {
            for choice in [parties.0, parties.1] {
                if ui.radio(*cur == choice, sc.court_name(choice)).clicked() {
                    out.push(Intent::SetValue { term: ti, param: pi, value: Value::Side(choice) });
                }
            }
        }
        (ParamKind::Place { .. }, Value::Place(cur)) => {
            egui::ComboBox::from_id_salt(("place", ti, pi)).selected_text(&sc.place(*cur).name).show_ui(ui, |ui| {
                for (i, pl) in sc.places.iter().enumerate() {
                    if ui.selectable_label(cur.index() == i, &pl.name).clicked() {
                        out.push(Intent::SetValue { term: ti, param: pi, value: Value::Place(PlaceId(i as u16)) });
                    }
                }
            });
        }
        (ParamKind::Region { .. }, Value::Region(cur)) => {
            egui::ComboBox::from_id_salt(("region", ti, pi)).selected_text(&sc.regions[cur.index()].name).show_ui(
                ui,
                |ui| {
                    for (i, r) in sc.regions.iter().enumerate() {
                        if ui.selectable_label(cur.index() == i, &r.name).clicked() {
                            out.push(Intent::SetValue {
                                term: ti,
                                param: pi,
                                value: Value::Region(RegionId(i as u16)),
                            });
                        }
                    }
                },
            );
        }
        _ => {}
    }
}

/// Itemised reasons: exact for our own court's judgement or with inside knowledge; else our
/// court's estimate of theirs, each figure marked with a `~`.
fn reasons(ui: &mut egui::Ui, e: &Evaluation, exact: bool) {
    for v in &e.vetoes {
        ui.label(RichText::new(tr_args("table-veto", &[("why", v.to_string().into())])).color(SEAL).strong());
    }
    for r in e.clauses.iter().chain(&e.situation) {
        let points = if exact { format!("{:+}", r.points) } else { format!("~{:+}", r.points) };
        let colour = if r.points >= 0 { theme::GOOD } else { SEAL };
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("{points:>4}")).monospace().color(colour));
            ui.label(&r.text);
        });
    }
    let total = format!("{:+}", e.total());
    let total = if exact { total } else { tr_args("table-about", &[("n", total.into())]) };
    ui.label(RichText::new(tr_args("table-in-all", &[("total", total.into())])).strong());
}

/// Whether a key of the table was pressed, unless it is being typed into a field.
fn key(ui: &egui::Ui, k: egui::Key) -> bool {
    !ui.ctx().egui_wants_keyboard_input() && ui.input(|i| i.key_pressed(k) && i.modifiers.is_none())
}

fn incoming(ui: &mut egui::Ui, game: &Game, s: &Session, out: &mut Vec<Intent>, height: f32) {
    let sc = &game.scenario;
    let st = &game.state;
    let side = s.viewer;
    ui.label(theme::title(tr("table-envoys")));
    egui::ScrollArea::vertical().id_salt("incoming").max_height(height - 40.0).show(ui, |ui| {
        let waiting: Vec<_> = game.waiting_for(side).collect();
        if waiting.is_empty() {
            ui.label(RichText::new(tr("table-none-waiting")).color(INK_SOFT));
        }
        for (k, p) in waiting.into_iter().enumerate() {
            // The keys answer the draft that has waited longest, the first in the list.
            let keys = k == 0;
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(
                    RichText::new(tr_args(
                        "table-draft-from",
                        &[
                            ("id", p.id.into()),
                            ("court", sc.court_name(p.from).into()),
                            ("envoy", sc.character(p.envoy).label().into()),
                        ],
                    ))
                    .strong(),
                );
                for t in &p.terms {
                    ui.label(format!("• {}", sc.term_text(t)));
                }
                ui.label(RichText::new(tr("table-worth")).color(INK_SOFT));
                reasons(ui, &evaluate(game, side, p.from, &p.terms, Some(p.envoy)), true);
                if s.advisers_on() {
                    ui.label(RichText::new(tr("table-ministers-advise")).color(INK_SOFT));
                    let advice = crate::rules::advice::on_draft(game, side, p.from, &p.terms, Some(p.envoy));
                    super::counsel::show(ui, sc, &advice);
                }
                ui.horizontal(|ui| {
                    let hint = |label: String, k: &str| if keys { format!("{label} [{k}]") } else { label };
                    let pressed = |ui: &egui::Ui, k: egui::Key| keys && key(ui, k);
                    let accept = ui.button(RichText::new(hint(tr("table-accept"), "A")).strong());
                    if accept.clicked() || pressed(ui, egui::Key::A) {
                        out.push(Intent::Act(Action::Answer { proposal: p.id, answer: Answer::Accept }));
                    }
                    if ui.button(hint(tr("table-reject"), "R")).clicked() || pressed(ui, egui::Key::R) {
                        out.push(Intent::Act(Action::Answer { proposal: p.id, answer: Answer::Reject }));
                    }
                    let counter = ui.button(hint(tr("table-counter"), "C")).on_hover_text(tr("table-counter-tip"));
                    if counter.clicked() || pressed(ui, egui::Key::C) {
                        out.push(Intent::CounterFrom(p.id));
                    }
                });
            });
        }
        ui.add_space(8.0);
        ui.label(RichText::new(tr("table-sent")).strong());
        // Only the drafts this court sent or received: others' envoys are not its business.
        for p in st.proposals.iter().rev().filter(|p| p.from == side || p.to == side) {
            let status = match p.status {
                ProposalStatus::Travelling => {
                    tr_args("table-status-road", &[("date", sc.calendar.date(p.arrives).into())])
                }
                ProposalStatus::Waiting => tr("table-status-waiting"),
                ProposalStatus::Accepted => tr("table-status-accepted"),
                ProposalStatus::Rejected => tr("table-status-rejected"),
                ProposalStatus::Countered => tr("table-status-countered"),
                ProposalStatus::Lost => tr("table-status-lost"),
            };
            let line = tr_args(
                "table-sent-line",
                &[
                    ("id", p.id.into()),
                    ("from", sc.court_name(p.from).into()),
                    ("to", sc.court_name(p.to).into()),
                    ("status", status.into()),
                ],
            );
            ui.label(line).on_hover_text(p.terms.iter().map(|t| sc.term_text(t)).collect::<Vec<_>>().join("\n"));
        }
    });
}
