//! The end of a turn: ongoing policies, battles, sieges, supply, the clauses of every treaty,
//! scenario events, envoys' arrivals, then the end-of-game checks.

use crate::rules::battle;
use crate::rules::chronicle::{End, Entry};
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
    crate::rules::belief::observe(game);

    let st = &mut game.state;
    let n = st.courts.len();
    st.history.push(Snapshot {
        turn: st.turn,
        silver: PerCourt::from_fn(n, |c| st.courts[c].treasury.silver),
        morale: PerCourt::from_fn(n, |c| st.morale(c)),
        strength: PerCourt::from_fn(n, |c| st.strength(c)),
        places: PerCourt::from_fn(n, |c| st.places_held(c)),
        war_weariness: PerCourt::from_fn(n, |c| st.courts[c].war_weariness),
    });
    st.turn += 1;
    for court in &mut st.courts.0 {
        court.done = false;
    }
    for a in &mut st.armies {
        a.moved = false;
        if a.camp == a.at {
            a.camped += 1;
        } else {
            (a.camp, a.camped) = (a.at, 0);
        }
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
    for side in s.court_ids() {
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
        let enemies: Vec<CourtId> = st.enemies_of(side).collect();
        for a in st.armies.iter_mut().filter(|a| a.side == side && a.alive()) {
            let place = &st.places[a.at.index()];
            let mut loss_pct = 0;
            if enemies.contains(&place.controller) {
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
        let (from, to, envoy, counter) = (p.from, p.to, p.envoy, p.answers.is_some());
        let risk = s.character(envoy).envoy.as_ref().map_or(0, |e| e.detain_risk);
        // Only an angry court detains envoys: one that distrusts the sender.
        let angry = game.state.courts[to].trust[from] < s.rules.detain_below_trust;
        // A counter-offer travels back with the other court's own envoy: nobody detains their own man.
        if !counter && angry && risk > 0 && game.dice.random_range(0..100) < risk {
            game.state.proposals[i].status = ProposalStatus::Lost;
            game.state.people[envoy.index()].away_until = turn + s.rules.detention_turns;
            game.state.say_between(from, to, Entry::EnvoyDetained { envoy, by: to });
        } else {
            game.state.proposals[i].status = ProposalStatus::Waiting;
            if probes(&s, &game.state, i) {
                let t = &mut game.state.courts[to].trust[from];
                *t = (*t - s.rules.impatience).max(-100);
                game.state.say_between(from, to, Entry::Impatient { by: to, with: from });
            }
        }
    }
    // A draft left unanswered for a while (three turns by default) lapses.
    let lapse = s.rules.draft_lapses_after;
    for p in &mut game.state.proposals {
        if p.status == ProposalStatus::Waiting && p.arrives + lapse < turn {
            p.status = ProposalStatus::Rejected;
        }
    }
}

/// Whether a draft only probes: the same terms its receiver has already refused or
/// countered, or terms worse for the receiver than its own last counter-offer to the sender.
fn probes(s: &crate::rules::scenario::Scenario, st: &crate::rules::state::State, i: usize) -> bool {
    use crate::rules::negotiation::term_worth;
    let p = &st.proposals[i];
    let (from, to) = (p.from, p.to);
    let answered = |q: &&crate::rules::state::Proposal| {
        q.from == from && q.to == to && matches!(q.status, ProposalStatus::Rejected | ProposalStatus::Countered)
    };
    if st.proposals[..i].iter().filter(answered).any(|q| q.terms == p.terms) {
        return true;
    }
    let worth = |terms: &[crate::rules::scenario::Term]| terms.iter().map(|t| term_worth(s, st, to, t)).sum::<i32>();
    let last_counter = st.proposals[..i].iter().rev().find(|q| q.from == to && q.to == from && q.answers.is_some());
    last_counter.is_some_and(|c| p.answers.is_none() && worth(&p.terms) < worth(&c.terms))
}

/// War wears courts down; peace slowly heals.
fn drift(game: &mut Game) {
    let st = &mut game.state;
    for side in st.courts.ids() {
        let at_war = st.enemies_of(side).next().is_some();
        let c = &mut st.courts[side];
        c.war_weariness = if at_war { (c.war_weariness + 1).min(100) } else { (c.war_weariness - 2).max(0) };
    }
}

/// Whether a court has lost the war, and how: its capital fallen (unless the court fled), or,
/// at war, its armies gone (a court the scenario gives no army, a distant power, cannot lose
/// them). The end of a game and the simulator's count of wars lost both ask this.
pub fn defeated(s: &crate::rules::scenario::Scenario, st: &crate::rules::state::State, side: CourtId) -> Option<End> {
    let capital = s.courts[side].capital;
    if st.places[capital.index()].controller != side && !st.courts[side].fled {
        return Some(End::CapitalFell { side, capital });
    }
    let had_armies = s.armies.iter().any(|a| a.side == side);
    if had_armies && st.enemies_of(side).next().is_some() && st.strength(side) == 0 {
        return Some(End::NoArmy { side });
    }
    None
}

fn check_end(game: &mut Game) {
    let s = game.scenario.clone();
    let st = &mut game.state;
    let mut reason = None;
    if st.turn >= s.calendar.turns {
        reason = Some(End::LastTurn);
    }
    // The game ends some turns after the last war is settled by a sworn treaty.
    let last_sworn = st.treaties.iter().filter(|t| !t.inherited).map(|t| t.sworn).max();
    if let Some(sworn) = last_sworn
        && !st.at_war()
        && st.turn >= sworn + s.calendar.turns_after_treaty.max(1)
    {
        reason = Some(End::Peace);
    }
    for side in s.court_ids() {
        if let Some(why) = defeated(&s, st, side) {
            reason = Some(why);
        }
    }
    if let Some(r) = reason {
        // The chronicle keeps the fact; the state's reason is said once, as the game ends.
        st.over = Some(r);
        st.say(None, Entry::GameOver { end: r });
    }
}
