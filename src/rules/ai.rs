//! The computer's court: answers envoys, chooses policies, moves armies and sues for peace,
//! guided by the personality the scenario gives it. It decides from its own state and its
//! beliefs about the other courts (what its scouts see, what envoys' answers taught it),
//! never from another court's hidden state, and it acts through the same [`Game::act`] as a
//! player.
//!
//! The AI draws no dice of its own: its choices follow from the state alone, so a replay of
//! the logged actions reproduces every die roll of the game.

use crate::rules::game::{Action, Answer, Game};
use crate::rules::ids::*;
use crate::rules::negotiation::{
    accepts, counter_offer, foreseen_judgement, foresight, lean, prefer_sides, term_worth, uncertainty, vetoes_by,
};
use crate::rules::scenario::Term;
use crate::rules::state::{Order, ProposalStatus};
use crate::rules::{effects, view};

/// Plays one whole turn for a court and ends it.
pub fn take_turn(game: &mut Game, side: CourtId) {
    if game.is_over() {
        return;
    }
    answer_envoys(game, side);
    choose_policies(game, side);
    if !game.is_over() {
        move_armies(game, side);
        for other in game.scenario.court_ids() {
            if other != side {
                sue_for_peace(game, side, other);
            }
        }
    }
    let _ = game.act(side, Action::EndTurn);
}

/// Accept what beats the war; otherwise counter with the nearest treaty it would swear.
pub fn answer_envoys(game: &mut Game, side: CourtId) {
    let waiting: Vec<(u32, CourtId, Vec<Term>, CharId)> =
        game.waiting_for(side).map(|p| (p.id, p.from, p.terms.clone(), p.envoy)).collect();
    for (id, from, terms, envoy) in waiting {
        let answer = decide(game, side, from, &terms, envoy);
        let _ = game.act(side, Action::Answer { proposal: id, answer });
    }
}

/// The answer a computer court gives to a draft from the court `from`.
pub fn decide(game: &Game, side: CourtId, from: CourtId, terms: &[Term], envoy: CharId) -> Answer {
    if accepts(game, side, from, terms, Some(envoy)) {
        return Answer::Accept;
    }
    match counter_offer(game, side, from, terms, Some(envoy)) {
        Some(counter) if counter.as_slice() != terms => Answer::Counter(counter),
        _ => Answer::Reject,
    }
}

fn choose_policies(game: &mut Game, side: CourtId) {
    let s = game.scenario.clone();
    // A policy's `ai_when` is read in the world as this court believes it, not the true one.
    let mut world = crate::rules::belief::believed_world(game, side);
    for (i, p) in s.policies.iter().enumerate() {
        if p.side != side {
            continue;
        }
        let id = PolicyId(i as u16);
        let court = &game.state.courts[side];
        let already = if p.once { court.taken[i] } else { court.active[i] };
        if already || !effects::holds(&s, &world, &p.ai_when) {
            continue;
        }
        let action = Action::Policy { policy: id };
        // A computer court keeps its word: it breaks no sworn clause on purpose.
        if game.breaches(side, &action).is_empty() && game.act(side, action).is_ok() {
            // A policy taken changes the court's own figures, which the next one may read.
            world = crate::rules::belief::believed_world(game, side);
        }
    }
}

fn move_armies(game: &mut Game, side: CourtId) {
    let s = game.scenario.clone();
    let ids: Vec<ArmyId> = game.state.armies_of(side).map(|(i, _)| i).collect();
    let aggression = s.courts[side].personality.aggression;
    let target = s.courts[side].personality.target;
    let at_war = game.state.enemies_of(side).next().is_some();
    for id in ids {
        let a = game.state.army(id).clone();
        let here = game.state.places[a.at.index()].clone();
        let action = if !at_war {
            if here.controller != side { step_toward(game, id, s.courts[side].capital) } else { None }
        } else if here.controller != side && !game.state.at_war_with(side, here.controller) {
            // Passing through the land of a court at peace with this one.
            step_toward(game, id, target)
        } else if here.controller != side {
            // Before enemy walls: take them if weak, pass them by if strong.
            let weak_walls = here.fort * 50 <= aggression;
            if a.strength > here.garrison * 2 && weak_walls {
                if a.siege >= 60 || here.fort == 0 {
                    Some(Action::Assault { army: id })
                } else {
                    Some(Action::Besiege { army: id })
                }
            } else if a.order == Order::Besiege {
                None
            } else {
                step_toward(game, id, target)
            }
        } else if a.morale < 30 {
            Some(Action::Garrison { army: id })
        } else if a.at == target {
            if a.order != Order::Garrison { Some(Action::Garrison { army: id }) } else { None }
        } else {
            step_toward(game, id, target)
        };
        if let Some(action) = action
            && game.breaches(side, &action).is_empty()
        {
            let _ = game.act(side, action);
        }
    }
}

/// One step along the shortest route, unless a visibly stronger enemy stands there.
fn step_toward(game: &Game, id: ArmyId, goal: PlaceId) -> Option<Action> {
    let s = &game.scenario;
    let a = game.state.army(id);
    if a.at == goal || a.moved {
        return None;
    }
    let here = s.distance(a.at, goal);
    let mut best: Option<PlaceId> = None;
    for (n, _) in &s.neighbours[a.at.index()] {
        if s.distance(*n, goal) < here {
            let enemy = view::visible_strength_at(game, a.side, *n);
            let ours = a.strength * (50 + a.morale as i64) / 100;
            if enemy as f64 * 1.1 > ours as f64 && enemy > 0 {
                continue;
            }
            best = Some(*n);
            break;
        }
    }
    best.map(|to| Action::Move { army: id, to })
}

/// Sends an envoy to the court `to` when a treaty would now serve the court better than the
/// war with it (or than the treaty in force between them).
fn sue_for_peace(game: &mut Game, side: CourtId, to: CourtId) {
    let s = game.scenario.clone();
    let st = &game.state;
    let at_war = st.at_war_with(side, to);
    // Bound by a treaty, a court asks for a new one only when its demands beat the one in
    // force (the 1042 renegotiation); at war, when a treaty beats the war.
    if !at_war && st.treaty_between(side, to).is_none() {
        return;
    }
    if st.turn == 0 && at_war {
        return;
    }
    let busy = st.proposals.iter().any(|p| {
        pair(p.from, p.to) == pair(side, to) && matches!(p.status, ProposalStatus::Travelling | ProposalStatus::Waiting)
    });
    if busy {
        return;
    }
    let Some(envoy) = st.courts[side].envoy else { return };
    if st.people[envoy.index()].away_until > st.turn || !st.people[envoy.index()].alive {
        return;
    }
    let opening = &s.courts[side].personality.openings[to];
    if opening.is_empty() || !accepts(game, side, to, opening, None) {
        return;
    }
    if let Some(draft) = best_draft(game, side, to, envoy) {
        let action = Action::SendEnvoy { to, terms: draft };
        // A computer court makes no demands the sworn treaty forbids.
        if game.breaches(side, &action).is_empty() {
            let _ = game.act(side, action);
        }
    }
}

/// The draft most favourable to `side` that it would swear and expects the court `other` to accept.
pub fn best_draft(game: &Game, side: CourtId, other: CourtId, envoy: CharId) -> Option<Vec<Term>> {
    let s = &*game.scenario;
    let opening = &s.courts[side].personality.openings[other];
    // The other court's answer foreseen from this court's beliefs: its true mind is read
    // only through an envoy who carries inside knowledge.
    let grounds = foresight(game, side, other, Some(envoy));
    let spread = uncertainty(game, side, other, Some(envoy));
    let mut fallback = None;
    for level in 0..=10 {
        let mut draft: Vec<Term> = lean(s, other, opening, level as f64 / 10.0);
        // The other court's vetoes and likings read in the world as this court believes it.
        let world = grounds.world(game);
        if level >= 2 {
            draft.extend(sweeteners(game, world, side, other, &draft));
        }
        if level >= 4 {
            draft.retain(|t| vetoes_by(s, world, other, t).next().is_none());
        }
        if level >= 6 {
            prefer_sides(s, world, other, (side, other), &mut draft);
        }
        if draft.is_empty() || !accepts(game, side, other, &draft, None) {
            continue;
        }
        // What the other court would make of it, as far as this envoy lets it be foreseen.
        let Some(total) = foreseen_judgement(game, &grounds, &draft, Some(envoy)) else { continue };
        if total >= spread / 2 {
            return Some(draft);
        }
        if total >= -20 {
            fallback = Some(draft);
        }
    }
    fallback
}

/// Clauses that cost this court nothing and please the other: offered to smooth a draft.
/// `believed`: the world as this court believes it, where the other court's liking is read.
fn sweeteners(
    game: &Game,
    believed: &crate::rules::state::State,
    side: CourtId,
    other: CourtId,
    draft: &[Term],
) -> Vec<Term> {
    let s = &*game.scenario;
    let st = &game.state;
    (0..s.clauses.len())
        .map(|i| s.default_term_between(ClauseId(i as u16), (side, other)))
        .filter(|t| !draft.iter().any(|d| d.clause == t.clause))
        .filter(|t| s.clause(t.clause).vetoes.is_empty() && s.clause(t.clause).allowed_between(side, other))
        .filter(|t| term_worth(s, st, side, t) >= 0 && term_worth(s, believed, other, t) > 0)
        .collect()
}
