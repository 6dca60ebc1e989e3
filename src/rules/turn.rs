//! The end of a turn: ongoing policies, battles, sieges, supply, the treaty's clauses,
//! scenario events, envoys' arrivals, then the end-of-game checks.

use crate::rules::battle;
use crate::rules::chronicle::Entry;
use crate::rules::effects::{self, Scope};
use crate::rules::game::Game;
use crate::rules::ids::*;
use crate::rules::state::{ProposalStatus, Snapshot};
use crate::rules::treaty;
use rand::Rng;

pub fn resolve(game: &mut Game) {
    let s = game.scenario.clone();
    ongoing_policies(game);
    battle::resolve_battles(game);
    battle::resolve_sieges(game);
    supply(game);
    treaty::run_clauses(&s, &mut game.state);
    events(game);
    arrivals(game);
    drift(game);

    let st = &mut game.state;
    st.history.push(Snapshot {
        turn: st.turn,
        silver: PerSide::new(st.courts.song.treasury.silver, st.courts.liao.treasury.silver),
        morale: PerSide::new(st.morale(Side::Song), st.morale(Side::Liao)),
        strength: PerSide::new(st.strength(Side::Song), st.strength(Side::Liao)),
        places: PerSide::new(st.places_held(Side::Song), st.places_held(Side::Liao)),
        war_weariness: PerSide::new(st.courts.song.war_weariness, st.courts.liao.war_weariness),
    });
    st.turn += 1;
    for side in Side::BOTH {
        st.courts[side].done = false;
    }
    for a in &mut st.armies {
        a.moved = false;
    }
    check_end(game);
}

fn ongoing_policies(game: &mut Game) {
    let s = game.scenario.clone();
    for (i, p) in s.policies.iter().enumerate() {
        if game.state.courts[p.side].active[i] {
            effects::apply_all(&s, &mut game.state, &p.each_turn, &Scope::default());
        }
    }
}

/// Income comes in, armies eat; an army in enemy land wears down.
fn supply(game: &mut Game) {
    let s = game.scenario.clone();
    let st = &mut game.state;
    for side in Side::BOTH {
        let def = &s.courts[side];
        let court = &mut st.courts[side];
        for r in Resource::ALL {
            let t = court.treasury.get_mut(r);
            *t = t.saturating_add(def.income.get(r)).min(crate::rules::effects::MAX_TREASURY);
        }
        let men = st.armies.iter().filter(|a| a.side == side && a.alive()).map(|a| a.strength).sum::<i64>();
        let need = (men / 10_000).saturating_mul(def.grain_per_10k);
        let hungry = st.courts[side].treasury.grain < need;
        st.courts[side].treasury.grain = (st.courts[side].treasury.grain - need).max(0);
        if hungry {
            st.say(Some(side), Entry::Hungry { side });
        }
        for a in st.armies.iter_mut().filter(|a| a.side == side && a.alive()) {
            let place = &st.places[a.at.index()];
            let mut loss_pct = 0;
            if place.controller != side && st.treaty.is_none() {
                // Far from its granaries, an army forages and dwindles.
                loss_pct += 1;
                a.morale -= 2;
            } else if a.morale < 60 {
                // Rest and supply bring a shaken army back toward steadiness, not beyond it.
                let rest = if a.order == crate::rules::state::Order::Garrison { 3 } else { 1 + s.place(a.at).supply };
                a.morale = (a.morale + rest).min(60);
            }
            if hungry {
                loss_pct += 3;
                a.morale -= 6;
            }
            a.strength -= a.strength * loss_pct / 100;
            a.morale = a.morale.clamp(0, 100);
        }
    }
}

fn events(game: &mut Game) {
    let s = game.scenario.clone();
    for (i, e) in s.events.iter().enumerate() {
        if e.once && game.state.fired[i] {
            continue;
        }
        if !effects::holds(&s, &game.state, &e.when) {
            continue;
        }
        if e.chance < 100 && game.dice.random_range(0..100) >= e.chance {
            continue;
        }
        game.state.fired[i] = true;
        game.state.say(None, Entry::Event { event: EventId(i as u16) });
        effects::apply_all(&s, &mut game.state, &e.effects, &Scope::default());
    }
}

/// Envoys reach the other camp: the draft waits for an answer, or the envoy is detained.
fn arrivals(game: &mut Game) {
    let s = game.scenario.clone();
    let turn = game.state.turn + 1;
    for i in 0..game.state.proposals.len() {
        let p = &game.state.proposals[i];
        if p.status != ProposalStatus::Travelling || p.arrives > turn {
            continue;
        }
        let (from, envoy, counter) = (p.from, p.envoy, p.answers.is_some());
        let to = from.other();
        let risk = s.character(envoy).envoy.as_ref().map_or(0, |e| e.detain_risk);
        // Only an angry court detains envoys: one that distrusts the other side.
        let angry = game.state.courts[to].trust < -20;
        // A counter-offer travels back with the other court's own envoy: nobody detains their own man.
        if !counter && angry && risk > 0 && game.dice.random_range(0..100) < risk {
            game.state.proposals[i].status = ProposalStatus::Lost;
            game.state.people[envoy.index()].away_until = turn + 6;
            game.state.say(None, Entry::EnvoyDetained { envoy, by: to });
        } else {
            game.state.proposals[i].status = ProposalStatus::Waiting;
        }
    }
    // A draft left unanswered for three turns lapses.
    for p in &mut game.state.proposals {
        if p.status == ProposalStatus::Waiting && p.arrives + 3 < turn {
            p.status = ProposalStatus::Rejected;
        }
    }
}

/// War wears courts down; peace slowly heals.
fn drift(game: &mut Game) {
    let st = &mut game.state;
    let at_war = st.at_war();
    for side in Side::BOTH {
        let c = &mut st.courts[side];
        c.war_weariness = if at_war { (c.war_weariness + 1).min(100) } else { (c.war_weariness - 2).max(0) };
    }
}

fn check_end(game: &mut Game) {
    let s = game.scenario.clone();
    let st = &mut game.state;
    let mut reason = None;
    if st.turn >= s.calendar.turns {
        reason = Some(format!("the last turn of the scenario ({}) has passed", s.calendar.date(s.calendar.turns - 1)));
    }
    if let Some(t) = st.treaty.as_ref().filter(|t| !t.inherited)
        && st.turn >= t.sworn + s.calendar.turns_after_treaty.max(1)
    {
        reason = Some("the treaty has been sworn and kept".into());
    }
    for side in Side::BOTH {
        let capital = s.courts[side].capital;
        if st.places[capital.index()].controller != side && !st.courts[side].fled {
            reason = Some(format!("the {side} capital {} has fallen", s.place(capital).name));
        }
    }
    if st.at_war() {
        for side in Side::BOTH {
            if st.strength(side) == 0 {
                reason = Some(format!("the {side} have no army left in the field"));
            }
        }
    }
    if let Some(r) = reason {
        st.say(None, Entry::GameOver { reason: r.clone() });
        st.over = Some(r);
    }
}
