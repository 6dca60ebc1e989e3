//! Questions for the debrief, drawn from what happened in this game beside what history
//! records: the sums paid, the war's end, the fortresses, the roads chosen and not chosen,
//! the articles left out or added, and the decisions a court took against its own reckoning.
//! Each comes from a template of `report.ftl` filled with the game's facts; none is asked of
//! a fact the game does not have.

use super::debrief::{Debrief, Question};
use super::history::{self, Mark};
use crate::locale::{Arg, tr, tr_args};
use crate::rules::chronicle::Entry;
use crate::rules::game::Game;
use crate::rules::ids::*;
use crate::rules::scenario::group_thousands;

/// A text argument for a message.
fn text(s: impl Into<String>) -> Arg<'static> {
    Arg::from(s.into())
}

/// The questions of one game, most telling first.
pub fn ask(game: &Game, d: &Debrief) -> Vec<Question> {
    let s = &*game.scenario;
    let st = game.state();
    let (a, b) = s.history_between;
    let (an, bn) = (s.court_name(a).to_string(), s.court_name(b).to_string());
    let known = history::known(&s.id);
    let mut out: Vec<Question> = Vec::new();
    let mut ask = |kind: &'static str, text: String| {
        if !out.iter().any(|q| q.text == text) {
            out.push(Question { kind, text });
        }
    };
    let on = |t: u32| super::debrief::on_date(s, t);
    // Who paid under the treaty: the court that delivered silk or silver, by the chronicle.
    let payer = st
        .chronicle
        .iter()
        .find_map(|l| match &l.entry {
            Entry::Payment { from, .. } if *from == a || *from == b => Some(s.court_name(*from).to_string()),
            _ => None,
        })
        .unwrap_or(an.clone());
    let history_peace = known.iter().find(|k| k.mark == Mark::Peace);
    let history_when = history_peace.map_or(String::new(), |k| k.when());

    // The sums, beside history's.
    let sums = |silver: i64, silk: i64| {
        let args = [("silver", text(group_thousands(silver))), ("silk", text(group_thousands(silk)))];
        match (silver, silk) {
            (0, 0) => tr("report-sums-nothing"),
            (_, 0) => tr_args("report-sums-silver", &args),
            (0, _) => tr_args("report-sums-silk", &args),
            _ => tr_args("report-sums-both", &args),
        }
    };
    let later = match (d.peace_turn, history_peace.and_then(|k| k.month)) {
        (Some(t), Some(month)) => Some(super::debrief::year_month(s, t).cmp(&month)),
        _ => None,
    };
    if let Some(when) = d.peace_turn.map(on) {
        let (mine, theirs) = (d.silver + d.silk, d.history_silver + d.history_silk);
        let args = [
            ("payer", text(payer.clone())),
            ("paid", text(sums(d.silver, d.silk))),
            ("was", text(sums(d.history_silver, d.history_silk))),
            ("treaty", text(d.treaty_name.clone())),
            ("when", text(when.clone())),
            ("history", text(history_when.clone())),
        ];
        if theirs > 0 && (d.silver, d.silk) == (d.history_silver, d.history_silk) {
            ask("payment", tr_args("report-q-payment-same", &args));
        } else if theirs > 0 && mine > theirs {
            let key = match later {
                Some(std::cmp::Ordering::Greater) => "report-q-payment-more-later",
                _ => "report-q-payment-more",
            };
            ask("payment", tr_args(key, &args));
        } else if theirs > 0 {
            ask("payment", tr_args("report-q-payment-less", &args));
        }
        match later {
            Some(std::cmp::Ordering::Less) => ask("peace", tr_args("report-q-peace-sooner", &args)),
            Some(std::cmp::Ordering::Greater) => ask("peace", tr_args("report-q-peace-later", &args)),
            _ => {}
        }
    } else if d.at_war_at_end {
        ask(
            "war",
            tr_args(
                "report-q-war",
                &[
                    ("date", text(super::debrief::the_date(s, st.turn))),
                    ("a", text(an.clone())),
                    ("b", text(bn.clone())),
                ],
            ),
        );
    }

    // Land, given up by treaty or still held by the enemy.
    let land = |count: i32| {
        [
            ("a", text(an.clone())),
            ("b", text(bn.clone())),
            ("count", count.into()),
            ("treaty", text(d.treaty_name.clone())),
        ]
    };
    if d.land_ceded > 0 {
        ask("land", tr_args("report-q-land-ceded", &land(d.land_ceded)));
    } else if d.land_lost > 0 {
        ask("land", tr_args("report-q-land-lost", &land(d.land_lost)));
    }

    // The fortresses fought over: those history tells of, and two more at most.
    let mut others = 0;
    for (i, p) in s.places.iter().enumerate() {
        let place = PlaceId(i as u16);
        let besieged_by = st.chronicle.iter().find_map(|l| match &l.entry {
            Entry::SiegeBegun { army, at } if *at == place => Some(st.army(*army).side),
            Entry::AssaultFailed { army, at, .. } if *at == place => Some(st.army(*army).side),
            _ => None,
        });
        let fell = st.chronicle.iter().find_map(|l| match &l.entry {
            Entry::PlaceFell { place: q, to } if *q == place => Some((l.turn, *to)),
            _ => None,
        });
        let in_history = known.iter().any(|k| matches!(k.mark, Mark::Place(id) if id == p.id));
        if !in_history && (besieged_by.is_some() || fell.is_some()) {
            others += 1;
            if others > 2 {
                continue;
            }
        }
        let of = |court: CourtId, t: Option<u32>| {
            [
                ("place", text(p.name.clone())),
                ("court", text(s.court_name(court))),
                ("date", text(t.map(on).unwrap_or_default())),
            ]
        };
        match (besieged_by, fell) {
            (_, Some((t, to))) if in_history => ask("place", tr_args("report-q-place-fell-held", &of(to, Some(t)))),
            (_, Some((t, to))) => ask("place", tr_args("report-q-place-fell", &of(to, Some(t)))),
            (Some(by), None) => ask("place", tr_args("report-q-place-held", &of(by, None))),
            (None, None) if in_history => ask("place", tr_args("report-q-place-spared", &of(b, None))),
            _ => {}
        }
    }

    // The roads history took or refused.
    for k in known {
        match k.mark {
            Mark::Policy(id) => {
                let Some(pid) = s.policy_id(id) else { continue };
                let p = &s.policies[pid.index()];
                let other = if p.side == a { bn.clone() } else { an.clone() };
                let taken = st.chronicle.iter().find_map(|l| match &l.entry {
                    Entry::PolicyTaken { policy, on: true, .. } if *policy == pid => Some(l.turn),
                    _ => None,
                });
                let args = |t: Option<u32>| {
                    [
                        ("court", text(s.court_name(p.side))),
                        ("policy", text(p.name.clone())),
                        ("other", text(other.clone())),
                        ("date", text(t.map(on).unwrap_or_default())),
                        ("history", text(k.when())),
                    ]
                };
                match (taken, k.happened) {
                    (Some(t), true) => ask("policy", tr_args("report-q-policy-as-history", &args(Some(t)))),
                    (Some(t), false) => ask("policy", tr_args("report-q-policy-refused", &args(Some(t)))),
                    (None, true) => ask("policy", tr_args("report-q-policy-never", &args(None))),
                    (None, false) => {}
                }
            }
            Mark::Event(id) => {
                let Some(ei) = s.events.iter().position(|e| e.id == id) else { continue };
                let e = &s.events[ei];
                let fired = st.chronicle.iter().find_map(|l| match &l.entry {
                    Entry::Event { event } if event.index() == ei => Some(l.turn),
                    _ => None,
                });
                let args = |t: Option<u32>| {
                    [
                        ("event", text(e.name.clone())),
                        ("date", text(t.map(on).unwrap_or_default())),
                        ("history", text(k.when())),
                    ]
                };
                match (fired, k.happened) {
                    (Some(t), true) => ask("event", tr_args("report-q-event-came", &args(Some(t)))),
                    // A threat carried out that history's courts settled before it came.
                    (Some(t), false) => ask("event", tr_args("report-q-event-not-in-history", &args(Some(t)))),
                    (None, true) => ask("event", tr_args("report-q-event-missing", &args(None))),
                    (None, false) => {}
                }
            }
            _ => {}
        }
    }

    // Articles left out or added.
    if d.sworn.is_some() {
        let args = |clause: &str| [("clause", text(clause)), ("treaty", text(d.treaty_name.clone()))];
        for row in d.comparison.iter().filter(|r| r.sworn.is_none()).take(2) {
            ask("clause", tr_args("report-q-clause-left-out", &args(&row.clause)));
        }
        for row in d.comparison.iter().filter(|r| r.history.is_none()).take(2) {
            ask("clause", tr_args("report-q-clause-added", &args(&row.clause)));
        }
    }

    // Decisions taken against the court's own reckoning, by the people playing.
    for dec in d.decisions.iter().filter(|x| x.followed == Some(false) && d.courts[x.court.index()].person).take(2) {
        let reckoning = dec
            .reckoning
            .map(|r| tr_args("report-q-advice-reckoning", &[("total", text(format!("{r:+}")))]))
            .unwrap_or_default();
        ask(
            "advice",
            tr_args(
                "report-q-advice",
                &[
                    ("date", text(capital(&super::debrief::on_date(s, dec.turn)))),
                    ("what", text(lower_first(&dec.what))),
                    ("reckoning", text(reckoning)),
                ],
            ),
        );
    }

    ask("general", tr("report-q-general"));
    out
}

/// "The Song accepted ..." as a clause inside a sentence: "the Song accepted ...". Chinese,
/// which has no article, is left as it is.
fn lower_first(text: &str) -> String {
    match text.strip_prefix("The ") {
        Some(rest) => format!("the {rest}"),
        None => text.to_string(),
    }
}

/// A sentence's first letter in capitals: "On the 2nd xun ...".
fn capital(text: &str) -> String {
    let mut c = text.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
