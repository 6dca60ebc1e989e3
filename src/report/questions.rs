//! Questions for the debrief, drawn from what happened in this game beside what history
//! records: the sums paid, the war's end, the fortresses, the roads chosen and not chosen,
//! the articles left out or added, and the decisions a court took against its own reckoning.
//! Each comes from a template filled with the game's facts; none is asked of a fact the game
//! does not have.

use super::debrief::{Debrief, Question};
use super::history::{self, Mark};
use crate::rules::chronicle::Entry;
use crate::rules::game::Game;
use crate::rules::ids::*;
use crate::rules::scenario::group_thousands;

/// The questions of one game, most telling first.
pub fn ask(game: &Game, d: &Debrief) -> Vec<Question> {
    let s = &*game.scenario;
    let st = game.state();
    let (a, b) = s.history_between;
    let (an, bn) = (s.court_name(a), s.court_name(b));
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
            Entry::Payment { from, .. } if *from == a || *from == b => Some(s.court_name(*from)),
            _ => None,
        })
        .unwrap_or(an);
    let history_peace = known.iter().find(|k| k.mark == Mark::Peace);

    // The sums, beside history's.
    let sums = |silver: i64, silk: i64| match (silver, silk) {
        (0, 0) => "nothing".to_string(),
        (x, 0) => format!("{} taels", group_thousands(x)),
        (0, y) => format!("{} bolts", group_thousands(y)),
        (x, y) => format!("{} taels and {} bolts", group_thousands(x), group_thousands(y)),
    };
    let later = match (d.peace_turn, history_peace.and_then(|k| k.month)) {
        (Some(t), Some((year, month))) => {
            let (y, m, _) = s.calendar.month_of(t);
            Some((y, m).cmp(&(year, month)))
        }
        _ => None,
    };
    if let Some(when) = d.peace_turn.map(on) {
        let (mine, theirs) = (d.silver + d.silk, d.history_silver + d.history_silk);
        let paid = sums(d.silver, d.silk);
        let was = sums(d.history_silver, d.history_silk);
        if theirs > 0 && (d.silver, d.silk) == (d.history_silver, d.history_silk) {
            ask(
                "payment",
                format!(
                    "Your treaty pays what {} paid, {paid} a year: which pressures brought both games to the same sum?",
                    d.treaty_name
                ),
            );
        } else if theirs > 0 && mine > theirs {
            let why = match later {
                Some(std::cmp::Ordering::Greater) => {
                    format!("what did the {payer} gain by waiting until then ({when})?")
                }
                _ => format!("what made the {payer} pay more, and could they have paid less by waiting?"),
            };
            ask("payment", format!("The {payer} paid {paid} a year where history paid {was}: {why}"));
        } else if theirs > 0 {
            ask(
                "payment",
                format!(
                    "The {payer} paid {paid} a year where history paid {was}: what gave the {payer} the stronger hand at the table?"
                ),
            );
        }
        match later {
            Some(std::cmp::Ordering::Less) => ask(
                "peace",
                format!(
                    "Peace came {when}, before history's ({}): what made both courts ready for it sooner?",
                    history_peace.map_or("", |k| k.when)
                ),
            ),
            Some(std::cmp::Ordering::Greater) => ask(
                "peace",
                format!(
                    "Peace came only {when}, after history's ({}): what kept the courts apart longer?",
                    history_peace.map_or("", |k| k.when)
                ),
            ),
            _ => {}
        }
    } else if d.at_war_at_end {
        ask(
            "war",
            format!(
                "No treaty was sworn by {}: the {an} and the {bn} were still at war. What stood between their last drafts?",
                super::debrief::the_date(s, st.turn)
            ),
        );
    }

    // Land, given up by treaty or still held by the enemy.
    let places = |n: i32| format!("{n} place{}", if n == 1 { "" } else { "s" });
    if d.land_ceded > 0 {
        ask(
            "land",
            format!(
                "The {an} gave up {} to the {bn} by treaty, where {} gave up no land: was land cheaper than silver, and for whom?",
                places(d.land_ceded),
                d.treaty_name
            ),
        );
    } else if d.land_lost > 0 {
        ask(
            "land",
            format!(
                "{} of the {an} were still in {bn} hands at the end: what could the {an} have offered, or done, to win them back?",
                places(d.land_lost)
            ),
        );
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
        match (besieged_by, fell) {
            (_, Some((t, to))) if in_history => ask(
                "place",
                format!(
                    "{} fell to the {} {}, where in history it held: what did its fall let the {} ask for?",
                    p.name,
                    s.court_name(to),
                    on(t),
                    s.court_name(to)
                ),
            ),
            (_, Some((t, to))) => ask(
                "place",
                format!("{} fell to the {} {}: was it worth what it cost them?", p.name, s.court_name(to), on(t)),
            ),
            (Some(by), None) => {
                ask("place", format!("{} held: how did that change the {} demands?", p.name, s.court_name(by)))
            }
            (None, None) if in_history => ask(
                "place",
                format!(
                    "{} was never besieged in this game, though in history its walls stopped the Liao: where did the war go instead?",
                    p.name
                ),
            ),
            _ => {}
        }
    }

    // The roads history took or refused.
    for k in known {
        match k.mark {
            Mark::Policy(id) => {
                let Some(pid) = s.policy_id(id) else { continue };
                let p = &s.policies[pid.index()];
                let court = s.court_name(p.side);
                let other = if p.side == a { bn } else { an };
                let taken = st.chronicle.iter().find_map(|l| match &l.entry {
                    Entry::PolicyTaken { policy, on: true, .. } if *policy == pid => Some(l.turn),
                    _ => None,
                });
                match (taken, k.happened) {
                    (Some(t), true) => ask(
                        "policy",
                        format!(
                            "The {court} court chose \"{}\" {}, as history's did ({}): did the {other} answer differently afterwards? Compare their drafts before and after.",
                            p.name,
                            on(t),
                            k.when
                        ),
                    ),
                    (Some(t), false) => ask(
                        "policy",
                        format!(
                            "The {court} court chose \"{}\" {}, a road history's court refused: how did that change the {other} reckoning?",
                            p.name,
                            on(t)
                        ),
                    ),
                    (None, true) => ask(
                        "policy",
                        format!(
                            "The {court} court never chose \"{}\", which history's court did ({}): what held them back, and what did it cost them?",
                            p.name, k.when
                        ),
                    ),
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
                match fired {
                    Some(t) => ask(
                        "event",
                        format!(
                            "\"{}\" came {} (in history: {}): how did the answers to the drafts change after it?",
                            e.name,
                            on(t),
                            k.when
                        ),
                    ),
                    None => ask(
                        "event",
                        format!(
                            "\"{}\" did not happen in this game (in history: {}): what ended or prolonged the war without it?",
                            e.name, k.when
                        ),
                    ),
                }
            }
            _ => {}
        }
    }

    // Articles left out or added.
    if d.sworn.is_some() {
        for row in d.comparison.iter().filter(|r| r.sworn.is_none()).take(2) {
            ask(
                "clause",
                format!("Your treaty left out \"{}\", which {} had: whom did that favour?", row.clause, d.treaty_name),
            );
        }
        for row in d.comparison.iter().filter(|r| r.history.is_none()).take(2) {
            ask(
                "clause",
                format!(
                    "Your treaty added \"{}\", which {} did not have: why might the courts of history have left it out?",
                    row.clause, d.treaty_name
                ),
            );
        }
    }

    // Decisions taken against the court's own reckoning, by the people playing.
    for dec in d.decisions.iter().filter(|x| x.followed == Some(false) && d.courts[x.court.index()].person).take(2) {
        let reckoning =
            dec.reckoning.map(|r| format!(" though their own reckoning stood at {r:+}")).unwrap_or_default();
        ask(
            "advice",
            format!(
                "{}, {}{reckoning}, against the advice they had: what did they see that the numbers did not?",
                capital(&super::debrief::on_date(s, dec.turn)),
                lower_first(&dec.what)
            ),
        );
    }

    ask(
        "general",
        "Which single decision changed the course of this game most, and what did the court that took it know at the time?"
            .into(),
    );
    out
}

/// "The Song accepted ..." as a clause inside a sentence: "the Song accepted ...".
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
