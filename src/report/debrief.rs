//! The debrief of one game, gathered as plain facts from its save: the treaty beside history's,
//! the turning points beside history's, the figures turn by turn, each court's decisions with
//! what its own judgement advised at that moment, the chronicle and the questions. The save is
//! replayed action by action, so every piece of advice is what the deciding court knew then:
//! its own figures and its beliefs of the others, never another court's hidden state.

use super::history::{self, Known, Mark};
use crate::rules::chronicle::Entry;
use crate::rules::effects;
use crate::rules::game::{Action, Answer, Game};
use crate::rules::glossary::Glosser;
use crate::rules::ids::*;
use crate::rules::negotiation::{self, Reason};
use crate::rules::save::Save;
use crate::rules::scenario::Scenario;
use crate::rules::score::{self, Comparison};
use crate::rules::state::Treaty;
use std::sync::Arc;

/// A court as the report draws it.
#[derive(Clone, Debug, PartialEq)]
pub struct CourtLine {
    pub name: String,
    pub colour: (u8, u8, u8),
    /// Played by a person in this game (else by the computer).
    pub person: bool,
}

/// One measure over the turns, a line per court.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub title: String,
    /// What the numbers count: "taels of silver".
    pub unit: String,
    pub turns: Vec<u32>,
    /// For each court, in the scenario's order, its value at each of `turns`.
    pub values: Vec<Vec<f64>>,
}

/// A turning point of the game set beside history's.
#[derive(Clone, Debug, PartialEq)]
pub struct TurningPoint {
    pub what: String,
    /// What happened in this game, with its date; `None`: it did not happen.
    pub game: Option<String>,
    /// What history records, with its date, from the scenario or the table of known dates.
    pub history: Option<String>,
}

/// A decision of a court with the advice its own judgement gave at that moment.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    pub turn: u32,
    pub date: String,
    pub court: CourtId,
    pub what: String,
    /// The judgement in a line: "their own reckoning: -12, not enough".
    pub advice: String,
    /// Its weightiest reasons, "+30  ...".
    pub reasons: Vec<String>,
    /// Whether the decision went with the advice, where the advice pointed one way.
    pub followed: Option<bool>,
    /// The total of the court's own reckoning, for an answer to a draft.
    pub reckoning: Option<i32>,
}

/// A question for the debrief, with the kind of fact it comes from (the class report groups
/// the questions of many games by it).
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub kind: &'static str,
    pub text: String,
}

/// Everything the report tells of one game.
#[derive(Clone, Debug, PartialEq)]
pub struct Debrief {
    pub title: String,
    pub scenario_id: String,
    pub seed: u64,
    pub courts: Vec<CourtLine>,
    /// How the game ended, in the rules' words.
    pub over: Option<String>,
    pub last_date: String,
    /// "the treaty of 1005".
    pub treaty_name: String,
    /// The courts of history's treaty, by name.
    pub history_between: (String, String),
    pub comparison: Vec<Comparison>,
    /// The treaty sworn in play between the courts of history, in brief, and its date.
    pub sworn: Option<(String, String)>,
    pub peace_turn: Option<u32>,
    pub silver: i64,
    pub silk: i64,
    pub history_silver: i64,
    pub history_silk: i64,
    /// Places of the first court of history's treaty held by the second at the end, taken by
    /// arms or ceded.
    pub land_lost: i32,
    /// Places the first court handed to the second by treaty.
    pub land_ceded: i32,
    pub at_war_at_end: bool,
    pub turning: Vec<TurningPoint>,
    pub series: Vec<Series>,
    pub decisions: Vec<Decision>,
    /// The chronicle by date, glossed the first time a measure or a date appears.
    pub chronicle: Vec<(String, Vec<String>)>,
    pub scores: Vec<i32>,
    pub questions: Vec<Question>,
}

impl Debrief {
    /// The debrief of a saved game: the save is replayed on its scenario with the same checks
    /// as `chanyuan replay`, and each decision's advice read on the way.
    pub fn of_save(save: &Save, scenario: Arc<Scenario>) -> Result<Debrief, String> {
        let players = save.player_courts(&scenario)?;
        let mut decisions = Vec::new();
        let game = save.replay_checked_watching(scenario, &mut |game, side, action| {
            if let Some(d) = decision(game, side, action) {
                decisions.push(d);
            }
        })?;
        Ok(gather(&game, &players, decisions))
    }
}

/// A decision and the advice of the deciding court's own judgement, read from the game just
/// before it was taken: policies, drafts sent and answers; marches and sieges are told by the
/// chronicle.
fn decision(game: &Game, side: CourtId, action: &Action) -> Option<Decision> {
    let s = &*game.scenario;
    let st = game.state();
    let date = s.calendar.date(st.turn);
    let court = s.court_name(side);
    let top = |reasons: Vec<&Reason>| -> Vec<String> {
        let mut r = reasons;
        r.sort_by_key(|r| std::cmp::Reverse(r.points.abs()));
        r.iter().filter(|r| r.points != 0).take(3).map(|r| format!("{:+}  {}", r.points, r.text)).collect()
    };
    let made = |what: String, advice: String, reasons: Vec<String>, followed: Option<bool>, reckoning| Decision {
        turn: st.turn,
        date: date.clone(),
        court: side,
        what,
        advice,
        reasons,
        followed,
        reckoning,
    };
    match action {
        Action::Policy { policy } => {
            let p = s.policies.get(policy.index())?;
            let giving_up = !p.once && st.courts[side].active[policy.index()];
            // The counsel at court that moment: the memorials of its own people whose time has come.
            let urged: Vec<(String, &str, bool)> = s
                .memorials
                .iter()
                .filter(|m| s.character(m.by).side == side && effects::holds(s, st, &m.when))
                .filter_map(|m| {
                    let u = m.urges?;
                    Some((s.character(m.by).name.clone(), s.policies[u.index()].name.as_str(), u == *policy))
                })
                .collect();
            let what = if giving_up { format!("gave up \"{}\"", p.name) } else { format!("chose \"{}\"", p.name) };
            let (advice, followed) = if urged.is_empty() {
                ("no minister's memorial urged a policy at that moment".to_string(), None)
            } else {
                // With the counsel split, the choice went with some and against others.
                let (for_it, against) = (urged.iter().any(|u| u.2), urged.iter().any(|u| !u.2));
                let followed = match (for_it && !giving_up, against || giving_up) {
                    (true, false) => Some(true),
                    (false, true) => Some(false),
                    _ => None,
                };
                let who: Vec<String> = urged.iter().map(|(by, name, _)| format!("{by} urged \"{name}\"")).collect();
                (format!("the memorials of the court: {}", who.join("; ")), followed)
            };
            Some(made(format!("The {court} {what}"), advice, Vec::new(), followed, None))
        }
        Action::SendEnvoy { to, terms } => {
            let envoy = st.courts[side].envoy;
            let est = negotiation::estimate(game, side, *to, terms, envoy);
            let own = negotiation::evaluate(game, side, *to, terms, None);
            let reasons = top(est.evaluation.clauses.iter().chain(&est.evaluation.situation).collect());
            let carrier = envoy.map(|e| s.character(e).name.clone()).unwrap_or_else(|| "an envoy".into());
            Some(made(
                format!(
                    "The {court} sent {carrier} to the {} with a draft: {}",
                    s.court_name(*to),
                    crate::rules::chronicle::draft_brief(s, terms)
                ),
                format!(
                    "what the {court} foresaw of the {} answer: {}; their own reckoning of the draft: {:+}",
                    s.court_name(*to),
                    est.verdict(),
                    own.total()
                ),
                reasons,
                None,
                None,
            ))
        }
        Action::Answer { proposal, answer } => {
            let p = st.proposals.iter().find(|p| p.id == *proposal)?;
            let e = negotiation::evaluate(game, side, p.from, &p.terms, Some(p.envoy));
            let drafted = crate::rules::chronicle::draft_brief(s, &p.terms);
            let from = s.court_name(p.from);
            let what = match answer {
                Answer::Accept => format!("The {court} accepted draft #{proposal} of the {from}: {drafted}"),
                Answer::Reject => format!("The {court} rejected draft #{proposal} of the {from}: {drafted}"),
                Answer::Counter(c) => format!(
                    "The {court} answered draft #{proposal} of the {from} ({drafted}) with a counter-offer: {}",
                    crate::rules::chronicle::draft_brief(s, c)
                ),
            };
            let mut advice = format!(
                "their own reckoning of the draft: {:+}, {}",
                e.total(),
                if e.acceptable() { "acceptable" } else { "not enough" }
            );
            if !e.vetoes.is_empty() {
                advice.push_str(&format!("; vetoed: {}", e.vetoes.join("; ")));
            }
            let accepted = matches!(answer, Answer::Accept);
            Some(made(
                what,
                advice,
                top(e.clauses.iter().chain(&e.situation).collect()),
                Some(accepted == e.acceptable()),
                Some(e.total()),
            ))
        }
        _ => None,
    }
}

/// The facts of a finished (or saved) game.
pub fn gather(game: &Game, players: &[CourtId], decisions: Vec<Decision>) -> Debrief {
    let s = &*game.scenario;
    let st = game.state();
    let (a, b) = s.history_between;
    let sworn_treaty = st.treaty_between(a, b).filter(|t| !t.inherited);
    let history_treaty = Treaty::inherited((a, b), s.history.clone());
    let outcome = crate::rules::simulate::outcome(game);
    let courts = s
        .court_ids()
        .map(|c| CourtLine {
            name: s.court_name(c).to_string(),
            colour: s.courts[c].colour,
            person: players.contains(&c),
        })
        .collect();
    let mut d = Debrief {
        title: s.title.clone(),
        scenario_id: s.id.clone(),
        seed: game.seed,
        courts,
        over: st.over.clone(),
        last_date: s.calendar.date(st.turn),
        treaty_name: history::treaty_name(&s.id).to_string(),
        history_between: (s.court_name(a).to_string(), s.court_name(b).to_string()),
        comparison: score::compare_with_history(game),
        sworn: sworn_treaty.map(|t| (crate::rules::chronicle::draft_brief(s, &t.terms), s.calendar.date(t.sworn))),
        peace_turn: sworn_treaty.map(|t| t.sworn),
        silver: sworn_treaty.map_or(0, |t| t.yearly(s, Resource::Silver)),
        silk: sworn_treaty.map_or(0, |t| t.yearly(s, Resource::Silk)),
        history_silver: history_treaty.yearly(s, Resource::Silver),
        history_silk: history_treaty.yearly(s, Resource::Silk),
        land_lost: outcome.land_ceded,
        land_ceded: st.chronicle.iter().filter(|l| matches!(l.entry, Entry::PlaceCeded { to, .. } if to == b)).count()
            as i32,
        at_war_at_end: st.at_war_with(a, b),
        turning: turning_points(game),
        series: series(game),
        decisions,
        chronicle: chronicle(game),
        scores: score::scores(game).total.0.clone(),
        questions: Vec::new(),
    };
    d.questions = super::questions::ask(game, &d);
    d
}

/// The figures of every turn, a chart each: silver, morale, places held, war-weariness (the
/// report's charts, and the end screen's).
pub fn series(game: &Game) -> Vec<Series> {
    let h = &game.state().history;
    let courts: Vec<CourtId> = game.scenario.court_ids().collect();
    let turns: Vec<u32> = h.iter().map(|snap| snap.turn).collect();
    let measure = |title: &str, unit: &str, of: &dyn Fn(&crate::rules::state::Snapshot, CourtId) -> f64| Series {
        title: title.into(),
        unit: unit.into(),
        turns: turns.clone(),
        values: courts.iter().map(|c| h.iter().map(|snap| of(snap, *c)).collect()).collect(),
    };
    vec![
        measure("Treasury (silver)", "taels of silver", &|snap, c| snap.silver.get(c).copied().unwrap_or(0) as f64),
        measure("Morale of the armies", "morale (0-100)", &|snap, c| snap.morale.get(c).copied().unwrap_or(0) as f64),
        measure("Territory held", "places", &|snap, c| snap.places.get(c).copied().unwrap_or(0) as f64),
        measure("War-weariness", "war-weariness", &|snap, c| snap.war_weariness.get(c).copied().unwrap_or(0) as f64),
    ]
}

/// The whole chronicle by date, every line as a person reads it, glossed once.
fn chronicle(game: &Game) -> Vec<(String, Vec<String>)> {
    let s = &*game.scenario;
    let mut glosser = Glosser::new();
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    let mut last = u32::MAX;
    for line in &game.state().chronicle {
        if line.turn != last {
            out.push((glosser.gloss(&s.calendar.date(line.turn)), Vec::new()));
            last = line.turn;
        }
        if let Some((_, lines)) = out.last_mut() {
            lines.push(glosser.gloss(&line.text(s)));
        }
    }
    out
}

/// What happened to a place in the war, read off the chronicle.
#[derive(Default)]
struct PlaceWar {
    besieged: Option<u32>,
    assaults_failed: u32,
    fell: Option<(u32, CourtId)>,
    ceded: Option<(u32, CourtId)>,
}

/// The game's turning points beside history's: the war's end, the policies chosen, the events
/// that history also tells of, and the places fought over; then what history records that
/// did not happen in this game.
fn turning_points(game: &Game) -> Vec<TurningPoint> {
    let s = &*game.scenario;
    let st = game.state();
    let date = |t: u32| s.calendar.date(t);
    let on = |t: u32| on_date(s, t);
    let mut repeats: Vec<(EventId, usize, u32)> = Vec::new();
    let (a, b) = s.history_between;
    let known = history::known(&s.id);
    let known_of = |mark: Mark| known.iter().find(|k| k.mark == mark);
    let told = |k: &Known| {
        if k.happened { format!("{}: {}", k.when, k.what) } else { k.what.to_string() }
    };
    let mut rows: Vec<(Option<Mark>, u32, TurningPoint)> = Vec::new();
    let mut peace = None;
    let mut places: Vec<(PlaceId, PlaceWar)> = Vec::new();
    let place_war = |places: &mut Vec<(PlaceId, PlaceWar)>, p: PlaceId| -> usize {
        match places.iter().position(|(q, _)| *q == p) {
            Some(i) => i,
            None => {
                places.push((p, PlaceWar::default()));
                places.len() - 1
            }
        }
    };
    for line in &st.chronicle {
        match &line.entry {
            // A treaty renewed in peace (1042) ends no war, but it is the game's settlement.
            Entry::TreatySworn { between, .. } if pair(between.0, between.1) == pair(a, b) => {
                peace.get_or_insert(line.turn);
            }
            Entry::PolicyTaken { side, policy, on: true } => {
                let p = &s.policies[policy.index()];
                let mark = known.iter().map(|k| k.mark).find(|m| matches!(m, Mark::Policy(id) if *id == p.id));
                // A policy kept up turn after turn (foraging, levies) is a course, not a turning point.
                if !p.once && mark.is_none() {
                    continue;
                }
                rows.push((
                    mark,
                    line.turn,
                    TurningPoint {
                        what: format!("The {} court: {}", s.court_name(*side), p.name),
                        game: Some(format!("{}: {}", date(line.turn), line.text(s))),
                        history: mark.and_then(known_of).map(told),
                    },
                ));
            }
            Entry::Event { event } => {
                let e = &s.events[event.index()];
                // An event that comes again and again (a season's war in the west) is told once,
                // with how often it came.
                if let Some(i) = repeats.iter().position(|(ev, _, _)| ev == event) {
                    repeats[i].2 += 1;
                    continue;
                }
                repeats.push((*event, rows.len(), 1));
                let mark = known.iter().map(|k| k.mark).find(|m| matches!(m, Mark::Event(id) if *id == e.id));
                // Events history tells of: those with a `history` note or a known date.
                if e.history.is_empty() && mark.is_none() {
                    continue;
                }
                let history = match (mark.and_then(known_of), e.history.is_empty()) {
                    (Some(k), true) => Some(told(k)),
                    (Some(k), false) => Some(format!("{}: {} {}", k.when, k.what, e.history)),
                    (None, _) => Some(e.history.clone()),
                };
                rows.push((
                    mark,
                    line.turn,
                    TurningPoint {
                        what: e.name.clone(),
                        game: Some(format!("{}: {}", date(line.turn), e.text)),
                        history,
                    },
                ));
            }
            Entry::SiegeBegun { at, .. } => {
                let i = place_war(&mut places, *at);
                places[i].1.besieged.get_or_insert(line.turn);
            }
            Entry::AssaultFailed { at, .. } => {
                let i = place_war(&mut places, *at);
                places[i].1.assaults_failed += 1;
            }
            Entry::PlaceFell { place, to } => {
                let i = place_war(&mut places, *place);
                places[i].1.fell = Some((line.turn, *to));
            }
            Entry::PlaceCeded { place, to } => {
                let i = place_war(&mut places, *place);
                places[i].1.ceded = Some((line.turn, *to));
            }
            _ => {}
        }
    }
    for (_, row, times) in repeats.iter().filter(|(_, _, times)| *times > 1) {
        if let Some(game) = &mut rows[*row].2.game {
            game.push_str(&match times - 1 {
                1 => " (and once more)".to_string(),
                more => format!(" (and {more} times more)"),
            });
        }
    }
    let peace_history = known_of(Mark::Peace).map(told);
    let peace_row = TurningPoint {
        what: if s.treaties.iter().any(|(p, _)| pair(p.0, p.1) == pair(a, b)) {
            format!("The new treaty between the {} and the {}", s.court_name(a), s.court_name(b))
        } else {
            format!("The war's end between the {} and the {}", s.court_name(a), s.court_name(b))
        },
        game: Some(match peace {
            Some(t) => format!("{}: oath letters exchanged", date(t)),
            None if st.at_war_with(a, b) => format!("no treaty: still at war at the end ({})", date(st.turn)),
            None => "no treaty was sworn in this game".to_string(),
        }),
        history: peace_history,
    };
    let mut fought: Vec<(Option<Mark>, u32, TurningPoint)> = Vec::new();
    for (p, w) in &places {
        let name = &s.place(*p).name;
        let mut told_here = Vec::new();
        if let Some(t) = w.besieged {
            told_here.push(format!("besieged from {}", the_date(s, t)));
        }
        if w.assaults_failed > 0 {
            told_here.push(format!(
                "{} assault{} thrown back",
                w.assaults_failed,
                if w.assaults_failed == 1 { "" } else { "s" }
            ));
        }
        match (w.fell, w.ceded) {
            (Some((t, to)), _) => told_here.push(format!("fell to the {} {}", s.court_name(to), on(t))),
            (None, Some((t, to))) => told_here.push(format!("passed to the {} by treaty {}", s.court_name(to), on(t))),
            (None, None) => told_here.push("held".into()),
        }
        let mark = known.iter().map(|k| k.mark).find(|m| matches!(m, Mark::Place(id) if *id == s.place(*p).id));
        let first = [w.besieged, w.fell.map(|f| f.0), w.ceded.map(|c| c.0)].into_iter().flatten().min().unwrap_or(0);
        fought.push((
            mark,
            first,
            TurningPoint {
                what: format!("{name}: sieges and assaults"),
                game: Some(told_here.join("; ")),
                history: mark.and_then(known_of).map(told),
            },
        ));
    }
    // The war's end first, then the game's turning points by date, then what history records
    // that did not happen here: the roads this game did not take.
    rows.extend(fought);
    rows.sort_by_key(|(_, turn, _)| *turn);
    rows.insert(0, (Some(Mark::Peace), 0, peace_row));
    for k in known {
        if rows.iter().any(|(m, _, _)| *m == Some(k.mark)) {
            continue;
        }
        let what = match k.mark {
            Mark::Peace => continue,
            Mark::Policy(id) => match s.policy_id(id) {
                Some(p) => {
                    let p = &s.policies[p.index()];
                    format!("The {} court: {}", s.court_name(p.side), p.name)
                }
                None => continue,
            },
            Mark::Event(id) => match s.events.iter().find(|e| e.id == id) {
                Some(e) => e.name.clone(),
                None => continue,
            },
            Mark::Place(id) => match s.place_id(id) {
                Some(p) => format!("{}: sieges and assaults", s.place(p).name),
                None => continue,
            },
        };
        let game_side = match k.mark {
            Mark::Place(_) => "not besieged in this game".to_string(),
            _ => "did not happen in this game".to_string(),
        };
        rows.push((Some(k.mark), u32::MAX, TurningPoint { what, game: Some(game_side), history: Some(told(k)) }));
    }
    rows.into_iter().map(|(_, _, r)| r).collect()
}

/// A date as a sentence says it: "on the 2nd xun of the 9th month, 1004", "in summer 1042".
pub fn on_date(s: &Scenario, turn: u32) -> String {
    match s.calendar.unit {
        crate::rules::scenario::TurnUnit::Xun => format!("on the {}", s.calendar.date(turn)),
        _ => format!("in {}", s.calendar.date(turn)),
    }
}

/// A date after "from" or "by": "the 2nd xun of the 9th month, 1004", "summer 1042".
pub fn the_date(s: &Scenario, turn: u32) -> String {
    match s.calendar.unit {
        crate::rules::scenario::TurnUnit::Xun => format!("the {}", s.calendar.date(turn)),
        _ => s.calendar.date(turn),
    }
}
