//! The negotiating table: a draft built from the clause library, the envoy who carries it,
//! the estimate of the other court's answer with its reasons, and the drafts that arrive.

use crate::gui::session::{Intent, Session};
use crate::gui::theme::{self, INK_SOFT, SEAL};
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
    ui.label(theme::title("Clause library"));
    // With more than two courts, the player chooses whom the draft is for.
    if sc.courts.len() > 2 {
        ui.horizontal_wrapped(|ui| {
            ui.label("A treaty with:");
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
                let add =
                    ui.add_enabled(!in_draft, egui::Button::new("Add")).on_disabled_hover_text("Already in the draft");
                if add.clicked() {
                    out.push(Intent::AddClause(id));
                }
                let article = c.article.map(|a| format!("art. {a} · ")).unwrap_or_default();
                let book = super::encyclopedia::book(ui.ctx(), sc);
                let key = crate::rules::encyclopedia::key(crate::rules::encyclopedia::Kind::Clause, &c.id);
                super::encyclopedia::name_link(ui, &book, &key, RichText::new(format!("{article}{} {}", c.name, c.zh)))
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
        Some(id) => ui.label(theme::title(format!("Counter-offer to draft #{id}"))),
        None => ui.label(theme::title(format!("Your draft for the {}", sc.court_name(other)))),
    };
    // Who carries it.
    let envoy = s.draft_envoy(game);
    match envoy {
        Some(e) => {
            let ch = sc.character(e);
            let t = ch.envoy.as_ref();
            ui.label(format!(
                "Carried by {}{}",
                ch.label(),
                t.map(|t| format!(": eloquence {}, {} turn(s) on the road", t.eloquence, t.travel)).unwrap_or_default()
            ))
            .on_hover_text("Change the envoy on the Court screen.");
        }
        None => {
            ui.label(RichText::new("No envoy is appointed: choose one on the Court screen.").color(SEAL));
        }
    }
    let guess = (!s.draft.is_empty()).then(|| s.draft_estimate(game, side, other, envoy));
    // The answer foreseen, and the button, stay in sight above the articles.
    if let Some(guess) = &guess {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("Expected answer: {}", guess.verdict())).strong());
            if guess.exact {
                let who = envoy.map_or_else(String::new, |e| sc.character(e).name.clone());
                ui.label(RichText::new(format!("(exact: {who}'s letters show their mind)")).color(theme::GOOD));
            } else {
                ui.label(
                    RichText::new(format!(
                        "(an estimate from what our court believes, ± {} points)",
                        guess.uncertainty
                    ))
                    .color(INK_SOFT),
                )
                .on_hover_text("Their answers to our envoys, the battles and our scouts' reports narrow it.");
            }
        });
    }
    let action = match s.countering {
        Some(id) => Action::Answer { proposal: id, answer: Answer::Counter(s.draft.clone()) },
        None => Action::SendEnvoy { to: other, terms: s.draft.clone() },
    };
    ui.horizontal(|ui| {
        let ok = game.check(side, &action);
        let label = if s.countering.is_some() { "Send the counter-offer" } else { "Send the envoy" };
        let b = ui.add_enabled(ok.is_ok(), egui::Button::new(RichText::new(label).strong()));
        let b = match &ok {
            Err(e) => b.on_disabled_hover_text(e.0.clone()),
            Ok(()) => b,
        };
        if b.clicked() {
            out.push(Intent::SendDraft);
        }
        if !game.breaches(side, &action).is_empty() {
            ui.label(RichText::new("sending new demands breaks the sworn treaty").color(SEAL));
        }
        if s.countering.is_some() && ui.button("Cancel the counter-offer").clicked() {
            s.countering = None;
        }
        if !s.draft.is_empty()
            && ui
                .button("What would it take?")
                .on_hover_text("Change your draft into the nearest one their court would swear now.")
                .clicked()
        {
            out.push(Intent::WhatWouldItTake);
        }
    });
    ui.separator();
    egui::ScrollArea::vertical().id_salt("draft").auto_shrink([false, false]).show(ui, |ui| {
        if s.draft.is_empty() {
            ui.label(RichText::new("Add clauses from the library on the left.").color(INK_SOFT));
        }
        for (ti, term) in s.draft.iter().enumerate() {
            let clause = sc.clause(term.clause);
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.horizontal(|ui| {
                    let book = super::encyclopedia::book(ui.ctx(), sc);
                    let key = crate::rules::encyclopedia::key(crate::rules::encyclopedia::Kind::Clause, &clause.id);
                    super::encyclopedia::name_link(ui, &book, &key, RichText::new(&clause.name).strong());
                    if ui.small_button("remove").clicked() {
                        out.push(Intent::RemoveTerm(ti));
                    }
                });
                for (pi, (p, v)) in clause.params.iter().zip(&term.values).enumerate() {
                    ui.horizontal(|ui| {
                        ui.label(&p.name);
                        param_editor(ui, sc, (side, other), (ti, pi), &p.kind, v, out);
                    });
                }
                ui.label(RichText::new(sc.term_text(term)).color(INK_SOFT).size(13.0));
            });
        }
        if let Some(guess) = &guess {
            ui.add_space(6.0);
            let heading =
                if guess.exact { "How their court will weigh it" } else { "How we think their court will weigh it" };
            ui.label(RichText::new(heading).strong());
            reasons(ui, &guess.evaluation, guess.exact);
            for (ti, pi, soft, hard) in &guess.limits {
                let term = &s.draft[*ti];
                let clause = sc.clause(term.clause);
                let name = &clause.params[*pi].name;
                let text = match (soft, hard, guess.exact) {
                    (Some(n), _, true) => {
                        format!("They would settle for {} {name} in \"{}\"", group_thousands(*n), clause.name)
                    }
                    (Some(a), Some(b), false) => format!(
                        "{name} between {} and {} in \"{}\" would likely do",
                        group_thousands(*a.min(b)),
                        group_thousands(*a.max(b)),
                        clause.name
                    ),
                    (Some(a), None, false) => format!(
                        "{name} of {} in \"{}\" might do, if they are as yielding as they may be",
                        group_thousands(*a),
                        clause.name
                    ),
                    _ => format!("No amount of {name} in \"{}\" alone would satisfy them", clause.name),
                };
                ui.label(RichText::new(text).color(theme::GOOD));
            }
        }
        // What our own ministers make of the draft, from our court's judgement of it.
        if s.advisers_on() && !s.draft.is_empty() {
            ui.add_space(6.0);
            ui.label(RichText::new("Your ministers on this draft").strong());
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
        ui.label(RichText::new(format!("VETO  {v}")).color(SEAL).strong());
    }
    for r in e.clauses.iter().chain(&e.situation) {
        let points = if exact { format!("{:+}", r.points) } else { format!("~{:+}", r.points) };
        let colour = if r.points >= 0 { theme::GOOD } else { SEAL };
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("{points:>4}")).monospace().color(colour));
            ui.label(&r.text);
        });
    }
    let total = if exact { format!("{:+}", e.total()) } else { format!("about {:+}", e.total()) };
    ui.label(RichText::new(format!("In all: {total} (they swear at 0 or above, with no veto)")).strong());
}

fn incoming(ui: &mut egui::Ui, game: &Game, s: &Session, out: &mut Vec<Intent>, height: f32) {
    let sc = &game.scenario;
    let st = &game.state;
    let side = s.viewer;
    ui.label(theme::title("Envoys"));
    egui::ScrollArea::vertical().id_salt("incoming").max_height(height - 40.0).show(ui, |ui| {
        let waiting: Vec<_> = game.waiting_for(side).collect();
        if waiting.is_empty() {
            ui.label(RichText::new("No draft awaits your answer.").color(INK_SOFT));
        }
        for p in waiting {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(
                    RichText::new(format!(
                        "Draft #{} from the {}, brought by {}",
                        p.id,
                        sc.court_name(p.from),
                        sc.character(p.envoy).label()
                    ))
                    .strong(),
                );
                for t in &p.terms {
                    ui.label(format!("• {}", sc.term_text(t)));
                }
                ui.label(RichText::new("What it is worth to your court:").color(INK_SOFT));
                reasons(ui, &evaluate(game, side, p.from, &p.terms, Some(p.envoy)), true);
                if s.advisers_on() {
                    ui.label(RichText::new("Your ministers advise:").color(INK_SOFT));
                    let advice = crate::rules::advice::on_draft(game, side, p.from, &p.terms, Some(p.envoy));
                    super::counsel::show(ui, sc, &advice);
                }
                ui.horizontal(|ui| {
                    if ui.button(RichText::new("Accept and swear").strong()).clicked() {
                        out.push(Intent::Act(Action::Answer { proposal: p.id, answer: Answer::Accept }));
                    }
                    if ui.button("Reject").clicked() {
                        out.push(Intent::Act(Action::Answer { proposal: p.id, answer: Answer::Reject }));
                    }
                    if ui.button("Counter…").on_hover_text("Put this draft on the table to change it").clicked() {
                        out.push(Intent::CounterFrom(p.id));
                    }
                });
            });
        }
        ui.add_space(8.0);
        ui.label(RichText::new("Drafts sent and answered").strong());
        // Only the drafts this court sent or received: others' envoys are not its business.
        for p in st.proposals.iter().rev().filter(|p| p.from == side || p.to == side) {
            let status = match p.status {
                ProposalStatus::Travelling => format!("on the road, arrives {}", sc.calendar.date(p.arrives)),
                ProposalStatus::Waiting => "awaiting an answer".into(),
                ProposalStatus::Accepted => "accepted and sworn".into(),
                ProposalStatus::Rejected => "rejected".into(),
                ProposalStatus::Countered => "answered with a counter-offer".into(),
                ProposalStatus::Lost => "lost: the envoy was detained".into(),
            };
            ui.label(format!("#{} from the {} to the {}: {status}", p.id, sc.court_name(p.from), sc.court_name(p.to)))
                .on_hover_text(p.terms.iter().map(|t| sc.term_text(t)).collect::<Vec<_>>().join("\n"));
        }
    });
}
