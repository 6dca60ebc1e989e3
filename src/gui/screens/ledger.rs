//! The treaty ledger (each sworn clause as a rule at work) and the chronicle, with the
//! game's words explained on first use and in a glossary.

use crate::gui::session::Session;
use crate::gui::theme::{self, INK_SOFT, SEAL};
use crate::locale::{tr, tr_args};
use crate::rules::game::Game;
use crate::rules::glossary::{Glosser, SUBJECTS};
use crate::rules::ids::*;
use crate::rules::scenario::group_thousands;
use crate::rules::state::Treaty;
use crate::rules::vocab::ActionKind;
use bevy_egui::egui::{self, RichText};

pub fn ledger(ui: &mut egui::Ui, game: &Game, s: &Session) {
    let st = &game.state;
    ui.label(theme::title(tr("ledger-heading")));
    // The viewer's own treaties first; treaties between other courts are known to all.
    let mut treaties: Vec<&Treaty> = st.treaties.iter().collect();
    treaties.sort_by_key(|t| !t.binds(s.viewer));
    if treaties.is_empty() {
        ui.label(tr("ledger-none"));
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
        tr("ledger-inherited")
    } else {
        tr_args("ledger-sworn", &[("date", sc.calendar.date(t.sworn).into())])
    };
    let between = tr_args("ledger-between", &[("a", a.into()), ("b", b.into()), ("when", when.into())]);
    ui.label(RichText::new(between).strong().color(SEAL));
    ui.label(tr("ledger-rule"));
    {
        for (i, term) in t.terms.iter().enumerate() {
            let clause = sc.clause(term.clause);
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.horizontal(|ui| {
                    let article =
                        clause.article.map(|a| tr_args("ledger-article", &[("n", a.into())])).unwrap_or_default();
                    let book = super::encyclopedia::book(ui.ctx(), sc);
                    let key = crate::rules::encyclopedia::key(crate::rules::encyclopedia::Kind::Clause, &clause.id);
                    let name =
                        RichText::new(format!("{article}{}", crate::rules::scenario::named(&clause.name, &clause.zh)))
                            .strong();
                    super::encyclopedia::name_link(ui, &book, &key, name);
                    if t.in_force[i] {
                        ui.label(RichText::new(tr("court-in-force")).color(theme::GOOD));
                    } else {
                        ui.label(RichText::new(tr("ledger-expired")).color(INK_SOFT));
                    }
                    if let Some(y) = clause.years {
                        ui.label(RichText::new(tr_args("ledger-years", &[("n", y.into())])).color(INK_SOFT));
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
                        let at = if places.is_empty() {
                            String::new()
                        } else {
                            tr_args("ledger-at", &[("places", places.join(&tr("list-comma")).into())])
                        };
                        let amount = tr_args(resource_unit(r), &[("n", group_thousands(paid).into())]);
                        done.push(tr_args("ledger-delivered", &[("amount", amount.into()), ("at", at.into())]));
                    }
                }
                for d in done {
                    ui.label(RichText::new(d).color(theme::GOOD));
                }
                for p in &clause.prohibits {
                    let what = match p.action {
                        ActionKind::CrossBorder => tr("forbid-cross-border"),
                        ActionKind::Besiege => tr("forbid-besiege"),
                        ActionKind::Assault => tr("forbid-assault"),
                        ActionKind::Fortify => tr("forbid-fortify"),
                        ActionKind::SendEnvoy => tr("forbid-send-envoy"),
                        ActionKind::Demand => tr("forbid-demand"),
                        ActionKind::Policy(id) => {
                            tr_args("forbid-policy", &[("policy", (&sc.policies[id.index()].name).into())])
                        }
                    };
                    let who =
                        p.by.map(|b| tr_args("forbid-court", &[("court", sc.court_name(b).into())]))
                            .unwrap_or_else(|| tr("forbid-either"));
                    let how = tr(if p.breakable { "forbid-breach" } else { "forbid-refused" });
                    let text =
                        tr_args("forbid-line", &[("who", who.into()), ("what", what.into()), ("how", how.into())]);
                    ui.label(RichText::new(text).color(INK_SOFT));
                }
                for b in t.breaches.iter().filter(|b| b.term == i) {
                    ui.label(
                        RichText::new(tr_args(
                            "ledger-broken",
                            &[
                                ("court", sc.court_name(b.side).into()),
                                ("date", sc.calendar.date(b.turn).into()),
                                ("what", b.what(sc).into()),
                            ],
                        ))
                        .color(SEAL),
                    );
                }
            });
        }
    }
    ui.add_space(8.0);
}

/// What the chronicle's rows were made from: which game (its scenario, held so that no other
/// can take its place, and its seed) and how far, whose eyes, the filter, the search and the
/// language.
type RowsKey = (u64, u64, CourtId, Option<&'static str>, String, crate::locale::Lang);

/// A row of the chronicle: a date heading or a line, its words glossed.
struct Row {
    heading: bool,
    text: String,
}

/// The chronicle screen's own state: its rows, made again only when the game or the filter
/// changes (a long game has hundreds of lines, and formatting, glossing and searching them
/// all every frame was the window's largest cost), and each row's height at the panel's
/// width, so that only the rows in view are laid out.
#[derive(bevy::prelude::Resource, Default)]
pub struct ChronicleScreen {
    /// The kind of line shown (war, armies, diplomacy...), or all.
    filter: Option<&'static str>,
    /// The words searched for.
    search: String,
    scenario: Option<std::sync::Arc<crate::rules::scenario::Scenario>>,
    key: Option<RowsKey>,
    rows: Vec<Row>,
    heights: Option<(f32, Vec<f32>)>,
}

impl ChronicleScreen {
    fn rows(&mut self, game: &Game, viewer: CourtId) -> &[Row] {
        let sc = &game.scenario;
        let key =
            (game.seed, game.version(), viewer, self.filter, self.search.to_lowercase(), crate::locale::language());
        let same_game = self.scenario.as_ref().is_some_and(|held| std::sync::Arc::ptr_eq(held, sc));
        if !same_game || self.key.as_ref() != Some(&key) {
            self.scenario = Some(sc.clone());
            let search = &key.4;
            let mut rows = Vec::new();
            let mut last = u32::MAX;
            // A measure or a date is explained the first time the lines shown use it.
            let mut glosser = Glosser::new();
            for line in game.state.chronicle.iter().filter(|l| l.visible_to(viewer)) {
                if self.filter.is_some_and(|c| c != line.category()) {
                    continue;
                }
                let text = line.text(sc);
                if !search.is_empty() && !text.to_lowercase().contains(search.as_str()) {
                    continue;
                }
                if line.turn != last {
                    rows.push(Row { heading: true, text: glosser.gloss(&sc.calendar.date(line.turn)) });
                    last = line.turn;
                }
                rows.push(Row { heading: false, text: format!("  {}", glosser.gloss(&text)) });
            }
            (self.key, self.rows, self.heights) = (Some(key), rows, None);
        }
        &self.rows
    }
}

pub fn chronicle(ui: &mut egui::Ui, game: &Game, s: &Session, screen: &mut ChronicleScreen) {
    let sc = &game.scenario;
    ui.label(theme::title(tr("chronicle-heading")));
    ui.horizontal(|ui| {
        for (label, cat) in [
            ("chronicle-all", None),
            ("chronicle-war", Some("war")),
            ("chronicle-armies", Some("armies")),
            ("chronicle-diplomacy", Some("diplomacy")),
            ("chronicle-treaty", Some("treaty")),
            ("chronicle-court", Some("court")),
        ] {
            if ui.selectable_label(screen.filter == cat, tr(label)).clicked() {
                screen.filter = cat;
            }
        }
        ui.label(tr("chronicle-search"));
        ui.text_edit_singleline(&mut screen.search);
    });
    glossary(ui);
    let book = super::encyclopedia::book(ui.ctx(), sc);
    screen.rows(game, s.viewer);
    egui::ScrollArea::vertical().auto_shrink([false, false]).show_viewport(ui, |ui, viewport| {
        let width = ui.available_width();
        let gap = ui.spacing().item_spacing.y;
        if screen.heights.as_ref().is_none_or(|(w, _)| (*w - width).abs() > 0.5) {
            let font = egui::TextStyle::Body.resolve(ui.style());
            let heights = screen
                .rows
                .iter()
                .map(|r| ui.painter().layout(r.text.clone(), font.clone(), SEAL, width).size().y + gap)
                .collect();
            screen.heights = Some((width, heights));
        }
        let heights = screen.heights.as_ref().map(|(_, h)| h.as_slice()).unwrap_or_default();
        // Only the rows in view are laid out; the rest are room of their measured height.
        let (mut y, mut above, mut below) = (0.0, 0.0, 0.0);
        let mut shown = Vec::new();
        for (i, h) in heights.iter().enumerate() {
            if y + h < viewport.min.y {
                above += h;
            } else if y > viewport.max.y {
                below += h;
            } else {
                shown.push(i);
            }
            y += h;
        }
        ui.add_space(above);
        let mut drawn = Vec::with_capacity(shown.len());
        for i in shown {
            let row = &screen.rows[i];
            let r = ui.scope(|ui| {
                if row.heading {
                    ui.label(RichText::new(&row.text).strong().color(SEAL));
                } else {
                    // Every name in the line opens its entry in the encyclopedia.
                    super::encyclopedia::linked_text(ui, &book, &row.text, |t| t);
                }
            });
            drawn.push((i, r.response.rect.height() + gap));
        }
        ui.add_space(below);
        // A row's height as drawn replaces the measured one, so the room above and below the
        // rows in view settles to the truth as the chronicle is scrolled.
        if let Some((_, heights)) = screen.heights.as_mut() {
            for (i, h) in drawn {
                if let Some(slot) = heights.get_mut(i) {
                    *slot = h;
                }
            }
        }
    });
}

/// The game's words, folded away until asked for.
pub fn glossary(ui: &mut egui::Ui) {
    egui::CollapsingHeader::new(RichText::new(tr("glossary-heading")).strong()).id_salt("glossary").show(ui, |ui| {
        egui::ScrollArea::vertical().id_salt("glossary_words").max_height(240.0).show(ui, |ui| {
            for (subject, words) in SUBJECTS {
                ui.label(RichText::new(crate::rules::glossary::subject_shown(subject)).strong().size(16.0));
                for w in *words {
                    // The word in the reader's language, with its characters when they differ.
                    let shown = w.shown();
                    let zh =
                        if w.zh.is_empty() || shown.contains(w.zh) { String::new() } else { format!("  {}", w.zh) };
                    ui.label(RichText::new(format!("{shown}{zh}")).strong().color(SEAL));
                    ui.indent(w.word, |ui| ui.label(RichText::new(w.meaning_shown()).color(INK_SOFT)));
                }
                ui.add_space(4.0);
            }
        });
    });
}

/// The message that writes an amount of a resource with its unit ("100,000 taels").
fn resource_unit(r: Resource) -> &'static str {
    match r {
        Resource::Silver => "unit-taels",
        Resource::Silk => "unit-bolts",
        Resource::Grain => "unit-shi",
    }
}
