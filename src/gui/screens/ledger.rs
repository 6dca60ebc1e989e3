//! The treaty ledger (each sworn clause as a rule at work) and the chronicle, with the
//! game's words explained on first use and in a glossary.

use crate::gui::session::Session;
use crate::gui::theme::{self, INK_SOFT, SEAL};
use crate::rules::game::Game;
use crate::rules::glossary::{Glosser, SUBJECTS};
use crate::rules::ids::*;
use crate::rules::scenario::group_thousands;
use crate::rules::state::Treaty;
use crate::rules::vocab::ActionKind;
use bevy_egui::egui::{self, RichText};

pub fn ledger(ui: &mut egui::Ui, game: &Game, s: &Session) {
    let st = &game.state;
    ui.label(theme::title("Treaty ledger"));
    // The viewer's own treaties first; treaties between other courts are known to all.
    let mut treaties: Vec<&Treaty> = st.treaties.iter().collect();
    treaties.sort_by_key(|t| !t.binds(s.viewer));
    if treaties.is_empty() {
        ui.label("No treaty is sworn: the war goes on. Send an envoy from the negotiating table.");
        return;
    }
    egui::ScrollArea::vertical().show(ui, |ui| {
        for t in treaties {
            treaty(ui, game, t);
        }
    });
}

/// One treaty, article by article.
fn treaty(ui: &mut egui::Ui, game: &Game, t: &Treaty) {
    let sc = &game.scenario;
    let (a, b) = (sc.court_name(t.parties.0), sc.court_name(t.parties.1));
    let when = if t.inherited {
        "in force from before the game".to_string()
    } else {
        format!("sworn {}", sc.calendar.date(t.sworn))
    };
    ui.label(RichText::new(format!("Between the {a} and the {b}, {when}")).strong().color(SEAL));
    ui.label("Each article below is a rule the game enforces.");
    {
        for (i, term) in t.terms.iter().enumerate() {
            let clause = sc.clause(term.clause);
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.horizontal(|ui| {
                    let article = clause.article.map(|a| format!("Article {a}: ")).unwrap_or_default();
                    let book = super::encyclopedia::book(ui.ctx(), sc);
                    let key = crate::rules::encyclopedia::key(crate::rules::encyclopedia::Kind::Clause, &clause.id);
                    let name = RichText::new(format!("{article}{} {}", clause.name, clause.zh)).strong();
                    super::encyclopedia::name_link(ui, &book, &key, name);
                    if t.in_force[i] {
                        ui.label(RichText::new("in force").color(theme::GOOD));
                    } else {
                        ui.label(RichText::new("expired").color(INK_SOFT));
                    }
                    if let Some(y) = clause.years {
                        ui.label(RichText::new(format!("for {y} years")).color(INK_SOFT));
                    }
                });
                ui.label(sc.term_text(term)).on_hover_text(&clause.history);
                let mut done = Vec::new();
                for r in Resource::ALL {
                    let paid: i64 =
                        t.deliveries.iter().filter(|d| d.term == i && d.resource == r).map(|d| d.amount).sum();
                    if paid > 0 {
                        let places: Vec<String> = t
                            .deliveries
                            .iter()
                            .filter(|d| d.term == i && d.resource == r)
                            .filter_map(|d| d.at.map(|p| sc.place(p).name.clone()))
                            .collect::<std::collections::BTreeSet<_>>()
                            .into_iter()
                            .collect();
                        let at = if places.is_empty() { String::new() } else { format!(" at {}", places.join(", ")) };
                        done.push(format!("{} {} delivered so far{at}", group_thousands(paid), r.unit()));
                    }
                }
                for d in done {
                    ui.label(RichText::new(d).color(theme::GOOD));
                }
                for p in &clause.prohibits {
                    let what = match p.action {
                        ActionKind::CrossBorder => "marching into the other party's land".to_string(),
                        ActionKind::Besiege => "laying sieges".to_string(),
                        ActionKind::Assault => "storming walls".to_string(),
                        ActionKind::Fortify => "raising new walls".to_string(),
                        ActionKind::SendEnvoy => "sending any new draft".to_string(),
                        ActionKind::Demand => "demanding more than the treaty gives".to_string(),
                        ActionKind::Policy(id) => format!("the policy \"{}\"", sc.policies[id.index()].name),
                    };
                    let who =
                        p.by.map(|b| format!("the {}", sc.court_name(b))).unwrap_or_else(|| "either party".into());
                    let how = if p.breakable { "a breach if done" } else { "refused outright" };
                    ui.label(RichText::new(format!("Forbids {who} {what} ({how})")).color(INK_SOFT));
                }
                for b in t.breaches.iter().filter(|b| b.term == i) {
                    ui.label(
                        RichText::new(format!(
                            "Broken by the {} {}: {}",
                            sc.court_name(b.side),
                            sc.calendar.date(b.turn),
                            b.what
                        ))
                        .color(SEAL),
                    );
                }
            });
        }
    }
    ui.add_space(8.0);
}

pub fn chronicle(ui: &mut egui::Ui, game: &Game, s: &mut Session) {
    let sc = &game.scenario;
    let side = s.viewer;
    ui.label(theme::title("Chronicle"));
    ui.horizontal(|ui| {
        for (label, cat) in [
            ("All", None),
            ("War", Some("war")),
            ("Armies", Some("armies")),
            ("Diplomacy", Some("diplomacy")),
            ("Treaty", Some("treaty")),
            ("Court", Some("court")),
        ] {
            if ui.selectable_label(s.chronicle_filter == cat, label).clicked() {
                s.chronicle_filter = cat;
            }
        }
        ui.label("Search:");
        ui.text_edit_singleline(&mut s.chronicle_search);
    });
    glossary(ui);
    let search = s.chronicle_search.to_lowercase();
    let book = super::encyclopedia::book(ui.ctx(), sc);
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        let mut last = u32::MAX;
        // A measure or a date is explained the first time the lines shown use it.
        let mut glosser = Glosser::new();
        for line in game.state.chronicle.iter().filter(|l| l.visible_to(side)) {
            if s.chronicle_filter.is_some_and(|c| c != line.category()) {
                continue;
            }
            let text = line.text(sc);
            if !search.is_empty() && !text.to_lowercase().contains(&search) {
                continue;
            }
            if line.turn != last {
                ui.label(RichText::new(glosser.gloss(&sc.calendar.date(line.turn))).strong().color(SEAL));
                last = line.turn;
            }
            // Every name in the line opens its entry in the encyclopedia.
            super::encyclopedia::linked_text(ui, &book, &format!("  {}", glosser.gloss(&text)), |t| t);
        }
    });
}

/// The game's words, folded away until asked for.
pub fn glossary(ui: &mut egui::Ui) {
    egui::CollapsingHeader::new(RichText::new("Glossary").strong()).id_salt("glossary").show(ui, |ui| {
        egui::ScrollArea::vertical().id_salt("glossary_words").max_height(240.0).show(ui, |ui| {
            for (subject, words) in SUBJECTS {
                ui.label(RichText::new(*subject).strong().size(16.0));
                for w in *words {
                    let zh = if w.zh.is_empty() { String::new() } else { format!("  {}", w.zh) };
                    ui.label(RichText::new(format!("{}{zh}", w.word)).strong().color(SEAL));
                    ui.indent(w.word, |ui| ui.label(RichText::new(w.meaning).color(INK_SOFT)));
                }
                ui.add_space(4.0);
            }
        });
    });
}
