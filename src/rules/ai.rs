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
    accepts, counter_offer, foreseen_judgement, foresight, in_force_between, lean, prefer_sides, term_worth,
    uncertainty, vetoes_by,
};
use crate::rules::scenario::Term;
use crate::rules::state::{Order, ProposalStatus};
use crate::rules::{battle, effects, view};

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
        if willing(game, side, &action) && game.act(side, action).is_ok() {
            // A policy taken changes the court's own figures, which the next one may read.
            world = crate::rules::belief::believed_world(game, side);
        }
    }
}

fn move_armies(game: &mut Game, side: CourtId) {
    let ids: Vec<ArmyId> = game.state.armies_of(side).map(|(i, _)| i).collect();
    for id in ids {
        if let Some(action) = army_order(game, side, id)
            && willing(game, side, &action)
        {
            let _ = game.act(side, action);
        }
    }
}

/// What one army does this turn, from what its court knows: march on its goal, take or pass
/// by the walls in its way, relieve a town or strike an enemy it can beat, or hold its post.
pub fn army_order(game: &Game, side: CourtId, id: ArmyId) -> Option<Action> {
    let s = &*game.scenario;
    let st = &game.state;
    let a = st.army(id);
    let here = &st.places[a.at.index()];
    let target = s.courts[side].personality.target;
    // The emperor's army goes where the court's war is decided; another keeps its post.
    let post =
        if st.courts[side].emperor_with == Some(id) { target } else { s.armies[id.index()].post.unwrap_or(target) };
    if st.enemies_of(side).next().is_none() {
        return if here.controller != side { step_toward(game, id, s.courts[side].capital) } else { None };
    }
    // A court that has lost the will to fight (its resolve spent), or a host worn out far
    // from its granaries, goes home: with nothing left to win, the horsemen turn north.
    let spent = s.courts[side].personality.resolve + st.courts[side].resolve_shift < 0 || a.morale < WORN_OUT;
    if spent && here.controller != side {
        return step_toward(game, id, s.courts[side].capital);
    }
    if here.controller != side {
        return if st.at_war_with(side, here.controller) {
            before_walls(game, side, id, post)
        } else {
            // Passing through the land of a court at peace with this one.
            step_toward(game, id, post)
        };
    }
    if let Some(to) = sally(game, side, id) {
        return Some(Action::Move { army: id, to });
    }
    // A shaken army rests behind walls; one at its post holds it.
    if a.morale < WORN_OUT || a.at == post {
        return (a.order != Order::Garrison).then_some(Action::Garrison { army: id });
    }
    step_toward(game, id, post)
}

/// Before enemy walls: storm them when the odds look good enough, sit down to a siege while
/// patience lasts, else mask them and ride on. The Liao of 1004 stormed what was weak,
/// failed at Yingzhou, and passed Daming by.
fn before_walls(game: &Game, side: CourtId, id: ArmyId, goal: PlaceId) -> Option<Action> {
    let s = &*game.scenario;
    let st = &game.state;
    let a = st.army(id);
    let place = &st.places[a.at.index()];
    // Standing before the walls, the army sees their garrison (and only then).
    let garrison = view::garrison_seen(st, side, a.at).unwrap_or(i64::MAX);
    if place.fort == 0 && garrison == 0 {
        // An open town opens its gates; the army rides on next turn.
        return step_toward(game, id, goal);
    }
    let aggression = s.courts[side].personality.aggression as f64;
    // The odds as the court reckons them: its own army's power against the walls it sees.
    let odds = battle::assault_power(game, id) / battle::walls_defence(game, a.at, a.siege);
    let waited = a.camped as f64;
    // The longer an army sits before walls, the readier it is to storm them, or to leave.
    let dare = 1.25 - aggression / 200.0 - 0.05 * waited;
    let failed = failed_here(st, id);
    if odds >= dare + if failed { 0.3 } else { 0.0 } {
        return Some(Action::Assault { army: id });
    }
    // How long it will sit before walls: bolder courts longer, and a court that has lost
    // heart (its resolve shaken by the war) less.
    let patience = (aggression + 2.0 * st.courts[side].resolve_shift as f64) / 15.0;
    if !failed && waited < patience && a.strength > garrison.saturating_mul(2) {
        // Patience running out, a bold court tries the walls once before it leaves: the
        // Liao stormed Yingzhou for days before they gave it up.
        if waited + 1.0 >= patience && odds >= LAST_THROW {
            return Some(Action::Assault { army: id });
        }
        return (a.order != Order::Besiege).then_some(Action::Besiege { army: id });
    }
    step_toward(game, id, goal)
}

/// Morale below which an army in enemy land turns for home, and one at home rests.
const WORN_OUT: i32 = 30;

/// The least odds at which an army whose patience is spent storms the walls before leaving.
const LAST_THROW: f64 = 0.6;

/// Whether this army has already failed in an assault on the walls it stands before.
fn failed_here(st: &crate::rules::state::State, id: ArmyId) -> bool {
    let a = st.army(id);
    let since = st.turn.saturating_sub(a.camped + 1);
    st.chronicle.iter().rev().take_while(|l| l.turn >= since).any(
        |l| matches!(l.entry, crate::rules::chronicle::Entry::AssaultFailed { army, at, .. } if army == id && at == a.at),
    )
}

/// An enemy army next door, in this court's land, that this army can beat by the margin its
/// court's boldness asks: a siege to relieve or raiders to drive off. Judged on what the court
/// sees of the enemy and believes of its morale.
fn sally(game: &Game, side: CourtId, id: ArmyId) -> Option<PlaceId> {
    let s = &*game.scenario;
    let st = &game.state;
    let a = st.army(id);
    if a.moved || a.morale < 40 {
        return None;
    }
    let ours = a.strength as f64 * (0.5 + a.morale as f64 / 100.0);
    let need = 1.6 - s.courts[side].personality.aggression as f64 / 100.0;
    s.neighbours[a.at.index()]
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| st.places[n.index()].controller == side)
        .filter_map(|n| {
            let men = view::visible_strength_at(game, side, n);
            let foes = st.armies.iter().filter(|e| e.alive() && e.at == n && st.at_war_with(side, e.side));
            let morale = foes.map(|e| st.courts[side].beliefs[e.side].morale.value).max().unwrap_or(50);
            let theirs = men as f64 * (0.5 + morale as f64 / 100.0);
            (men > 0 && ours >= need * theirs).then_some((n, theirs))
        })
        .max_by(|x, y| x.1.total_cmp(&y.1))
        .map(|(n, _)| n)
}

/// Whether the computer gives an order: a court keeps its word, breaking no sworn clause on
/// purpose, except the breakable clauses its personality names (`breaks`).
pub fn willing(game: &Game, side: CourtId, action: &Action) -> bool {
    let breaks = &game.scenario.courts[side].personality.breaks;
    game.breaches(side, action).iter().all(|w| w.breakable && breaks.contains(&w.clause))
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
        // Bound by a treaty, a court asks again only for more than it has: its mood may make
        // it yield to a demand, never offer more unasked.
        let worth = |terms: &[Term]| terms.iter().map(|t| term_worth(&s, &game.state, side, t)).sum::<i32>();
        if !at_war && worth(&draft) <= worth(&in_force_between(&game.state, side, to)) {
            return;
        }
        let action = Action::SendEnvoy { to, terms: draft };
        if willing(game, side, &action) {
            let _ = game.act(side, action);
        }
    }
}

/// How finely a court's drafts move from its opening toward the other court's wishes.
const STEPS: usize = 20;
/// How far along them its first draft may go, and each later one further.
const STEPS_AT_FIRST: usize = 2;
const STEPS_PER_DRAFT: usize = 2;

/// The draft most favourable to `side` that it would swear and expects the court `other` to
/// accept, no further along than its drafts so far allow.
pub fn best_draft(game: &Game, side: CourtId, other: CourtId, envoy: CharId) -> Option<Vec<Term>> {
    let s = &*game.scenario;
    let opening = &s.courts[side].personality.openings[other];
    // The other court's answer foreseen from this court's beliefs: its true mind is read
    // only through an envoy who carries inside knowledge.
    let grounds = foresight(game, side, other, Some(envoy));
    let spread = uncertainty(game, side, other, Some(envoy));
    // A court concedes in steps, as Cao Liyong did: each draft it sends may go a little
    // further toward the other court than the last, not all the way at once.
    let sent = game.state.proposals.iter().filter(|p| p.from == side && p.to == other).count();
    let furthest = (STEPS_AT_FIRST + STEPS_PER_DRAFT * sent).min(STEPS);
    let held = in_force_between(&game.state, side, other);
    let mut fallback = None;
    // Bound by a treaty, a court presses its demand in steps even when it foresees a refusal
    // (the Liao envoys of 1042 came back until the Song paid): its furthest new draft.
    let pressing = !game.state.at_war_with(side, other) && sent > 0;
    let mut furthest_new = None;
    for level in 0..=furthest {
        let t = level as f64 / STEPS as f64;
        let mut draft: Vec<Term> = lean(s, other, opening, t, &held);
        // The other court's vetoes and likings read in the world as this court believes it.
        let world = grounds.world(game);
        if t >= 0.2 {
            draft.extend(sweeteners(game, world, side, other, &draft));
        }
        // What the other court will not hear of is dropped after the first refusal (the
        // Liao asked for Guannan once; Cao Liyong refused and the demand was dropped).
        if t >= 0.4 || sent > 0 {
            draft.retain(|t| vetoes_by(s, world, other, t).next().is_none());
        }
        if t >= 0.6 {
            prefer_sides(s, world, other, (side, other), &mut draft);
        }
        if draft.is_empty() || !accepts(game, side, other, &draft, None) {
            continue;
        }
        if pressing && !game.state.proposals.iter().any(|p| p.from == side && p.to == other && p.terms == draft) {
            furthest_new = Some(draft.clone());
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
    // A court's first word is its opening demand, whatever it foresees of the answer.
    fallback
        .or(furthest_new)
        .or_else(|| (sent == 0 && accepts(game, side, other, opening, None)).then(|| opening.clone()))
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
