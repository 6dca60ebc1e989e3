//! What each court believes of the others: figures it cannot see, each a value with a
//! spread. Beliefs start from the scenario's priors and move only with what the court
//! learns: armies sighted, battles fought, envoys' answers, captured letters. No court reads
//! another's hidden state to make up its mind; only Wang Jizhong's letters show it exactly.

use crate::rules::game::Game;
use crate::rules::ids::*;
use crate::rules::negotiation::{Grounds, foreseen_judgement};
use crate::rules::scenario::{Scenario, Term};
use crate::rules::state::State;

/// A figure one court cannot see: its best guess and how far it may be off either way.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Estimate {
    pub value: i64,
    pub spread: i64,
}

impl Estimate {
    pub fn new(value: i64, spread: i64) -> Estimate {
        Estimate { value, spread: spread.max(0) }
    }

    pub fn low(&self) -> i64 {
        self.value - self.spread
    }

    pub fn high(&self) -> i64 {
        self.value + self.spread
    }

    /// Narrows the estimate to what lies at or above `bound` (and within its old range if
    /// they meet; else the old range was wrong, and the bound is the new guess).
    pub fn at_least(&mut self, bound: i64) {
        let (lo, hi) = (self.low().max(bound), self.high());
        // Outside the old range the old guess was wrong: as unsure as before, from the bound up.
        let spread = self.spread.max(MIN_SPREAD);
        *self = if lo <= hi { Estimate::from_range(lo, hi) } else { Estimate::new(bound + spread, spread) };
    }

    /// Narrows the estimate to what lies at or below `bound`.
    pub fn at_most(&mut self, bound: i64) {
        let (lo, hi) = (self.low(), self.high().min(bound));
        let spread = self.spread.max(MIN_SPREAD);
        *self = if lo <= hi { Estimate::from_range(lo, hi) } else { Estimate::new(bound - spread, spread) };
    }

    fn from_range(lo: i64, hi: i64) -> Estimate {
        Estimate::new(lo + (hi - lo) / 2, ((hi - lo) / 2).max(MIN_SPREAD))
    }

    /// Known exactly.
    pub fn exact(value: i64) -> Estimate {
        Estimate::new(value, 0)
    }
}

/// A court's mind is never read to the last point from the outside: the narrowest an
/// answer leaves a belief.
const MIN_SPREAD: i64 = 2;

/// What a court believes of another court.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Belief {
    /// The other court's resolve to fight on (its personality's resolve and the mood of the day).
    pub resolve: Estimate,
    /// Men under arms, all its armies together.
    pub strength: Estimate,
    /// Morale of its armies, weighted by their men.
    pub morale: Estimate,
    pub war_weariness: Estimate,
    pub silver: Estimate,
    /// How far it trusts this court.
    pub trust: Estimate,
}

/// The beliefs each court starts with about the others: its priors from the scenario, or,
/// where the scenario gives none, a wide guess built from what the scenario makes public
/// (the armies on the map at the start) and never from the other court's mind or treasury.
pub fn priors(s: &Scenario, seer: CourtId) -> PerCourt<Belief> {
    PerCourt::from_fn(s.courts.len(), |other| {
        if other == seer {
            return Belief::default();
        }
        let strength: i64 = s.armies.iter().filter(|a| a.side == other).map(|a| a.strength).sum();
        let men: i64 = strength.max(1);
        let morale =
            s.armies.iter().filter(|a| a.side == other).map(|a| a.strength * a.morale as i64).sum::<i64>() / men;
        let own_silver = s.courts[seer].treasury.silver;
        let guess = Belief {
            resolve: Estimate::new(0, 40),
            strength: Estimate::new(strength, strength / 5),
            morale: Estimate::new(morale, 10),
            war_weariness: Estimate::new(20, 20),
            silver: Estimate::new(own_silver, own_silver),
            trust: Estimate::new(0, 20),
        };
        match s.courts[seer].priors.get(other) {
            Some(Some(p)) => p.over(guess),
            _ => guess,
        }
    })
}

/// A scenario's prior for one court about another: any figure it leaves out keeps the guess.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Prior {
    pub resolve: Option<Estimate>,
    pub strength: Option<Estimate>,
    pub morale: Option<Estimate>,
    pub war_weariness: Option<Estimate>,
    pub silver: Option<Estimate>,
    pub trust: Option<Estimate>,
}

impl Prior {
    fn over(&self, guess: Belief) -> Belief {
        Belief {
            resolve: self.resolve.unwrap_or(guess.resolve),
            strength: self.strength.unwrap_or(guess.strength),
            morale: self.morale.unwrap_or(guess.morale),
            war_weariness: self.war_weariness.unwrap_or(guess.war_weariness),
            silver: self.silver.unwrap_or(guess.silver),
            trust: self.trust.unwrap_or(guess.trust),
        }
    }
}

/// The truth of one court, as a belief held exactly: what captured letters show.
pub fn truth_of(s: &Scenario, st: &State, of: CourtId, about: CourtId) -> Belief {
    let c = &st.courts[of];
    Belief {
        resolve: Estimate::exact((s.courts[of].personality.resolve + c.resolve_shift) as i64),
        strength: Estimate::exact(st.strength(of)),
        morale: Estimate::exact(st.morale(of) as i64),
        war_weariness: Estimate::exact(c.war_weariness as i64),
        silver: Estimate::exact(c.treasury.silver),
        trust: Estimate::exact(c.trust[about] as i64),
    }
}

/// The world as `seer` believes it of `by`: the true state, but with `by`'s hidden figures
/// (resolve, war-weariness, trust in `seer`, silver, its armies' men and morale) replaced by
/// `seer`'s beliefs, and `by`'s armies that `seer` cannot see placed at `by`'s capital, where
/// a court without news presumes them. Conditions read in it (clauses' `When` worths,
/// vetoes) tell `seer` only what it believes. Silk and grain, which no belief covers, are
/// those `by` began the scenario with.
pub fn believed_state(game: &Game, seer: CourtId, by: CourtId) -> State {
    let mut st = bare_copy(&game.state);
    believe(game, &mut st, seer, by, &seen_armies(game, seer));
    st
}

/// The whole world as `seer` believes it: [`believed_state`] for every other court at once.
/// A computer court's policies (`ai_when`) and the memorials its ministers write are read
/// in it, so neither tells of what the court has not learned.
pub fn believed_world(game: &Game, seer: CourtId) -> State {
    let mut st = bare_copy(&game.state);
    let seen = seen_armies(game, seer);
    for by in game.scenario.court_ids().filter(|c| *c != seer) {
        believe(game, &mut st, seer, by, &seen);
    }
    st
}

/// For each army, whether `seer` sees where it stands: its own places and armies watch.
fn seen_armies(game: &Game, seer: CourtId) -> Vec<bool> {
    game.state.armies.iter().map(|a| crate::rules::view::sees_place(&game.scenario, &game.state, seer, a.at)).collect()
}

/// Everything conditions read, without the chronicle and the charts, which grow all game.
fn bare_copy(now: &State) -> State {
    State {
        turn: now.turn,
        courts: now.courts.clone(),
        armies: now.armies.clone(),
        places: now.places.clone(),
        people: now.people.clone(),
        proposals: Vec::new(),
        treaties: now.treaties.clone(),
        peace: now.peace.clone(),
        fired: now.fired.clone(),
        chronicle: Vec::new(),
        history: Vec::new(),
        over: now.over,
    }
}

/// Replaces `by`'s hidden figures in `st` with `seer`'s beliefs of them; `seen` says which
/// armies `seer` sees.
fn believe(game: &Game, st: &mut State, seer: CourtId, by: CourtId, seen: &[bool]) {
    let s = &game.scenario;
    let b = st.courts[seer].beliefs[by].clone();
    let start = &s.courts[by];
    let c = &mut st.courts[by];
    c.war_weariness = b.war_weariness.value as i32;
    c.resolve_shift = b.resolve.value as i32 - start.personality.resolve;
    c.trust[seer] = b.trust.value as i32;
    c.treasury.silver = b.silver.value;
    c.treasury.silk = start.treasury.silk;
    c.treasury.grain = start.treasury.grain;
    let total = st.strength(by).max(1);
    for (a, seen) in st.armies.iter_mut().zip(seen).filter(|(a, _)| a.side == by && a.alive()) {
        a.morale = b.morale.value as i32;
        a.strength = (a.strength as i128 * b.strength.value as i128 / total as i128) as i64;
        if !*seen {
            a.at = start.capital;
        }
    }
}

/// What an envoy's answer teaches the court that sent the draft: a refusal says the draft
/// fell short of what the other court would swear, a counter-offer says where it stands.
/// The lesson is read off the sender's own foresight of the answer, moved onto the one
/// figure it is least sure of, the other court's resolve.
pub fn learn_from_answer(
    game: &mut Game,
    learner: CourtId,
    from: CourtId,
    refused: &[Term],
    countered: Option<&[Term]>,
    envoy: CharId,
) {
    // Resolve weighs only at war: at peace an answer says nothing of it.
    if !game.state.at_war_with(learner, from) {
        return;
    }
    let grounds = Grounds::believed_by(game, learner, from, learner);
    let resolve = game.state.courts[learner].beliefs[from].resolve.value;
    // Raising the believed resolve by one point lowers the foreseen total by one.
    if let Some(total) = foreseen_judgement(game, &grounds, refused, Some(envoy)) {
        game.state.courts[learner].beliefs[from].resolve.at_least(resolve + total as i64 + 1);
    }
    if let Some(counter) = countered
        && let Some(total) = foreseen_judgement(game, &grounds, counter, Some(envoy))
    {
        game.state.courts[learner].beliefs[from].resolve.at_most(resolve + total as i64);
    }
}

/// What every court learns at the end of a turn: the armies it sees, and the rules it knows
/// (war wears a court down by a point a turn, peace heals it by two).
pub fn observe(game: &mut Game) {
    let s = game.scenario.clone();
    let ids: Vec<CourtId> = s.court_ids().collect();
    for &seer in &ids {
        let view = crate::rules::view::court_view(game, seer);
        for &other in ids.iter().filter(|c| **c != seer) {
            let seen: i64 = view.armies.iter().filter(|a| a.side == other).map(|a| a.strength).sum();
            let all_seen = !s.courts[seer].fog;
            let at_war = game.state.enemies_of(other).next().is_some();
            let strength = game.state.strength(other);
            let b = &mut game.state.courts[seer].beliefs[other];
            if all_seen {
                b.strength = Estimate::exact(strength);
            } else if seen > b.strength.value {
                // More men in sight than were thought to exist: at least these.
                b.strength = Estimate::new(seen, (seen / 10).max(b.strength.spread / 2));
            }
            let ww = &mut b.war_weariness;
            ww.value = if at_war { (ww.value + 1).min(100) } else { (ww.value - 2).max(0) };
        }
    }
}

/// What every court learns from a battle, told in the chronicle: each side's losses, and
/// the morale a victory gives and a defeat takes (the rules all know).
pub fn learn_from_battle(st: &mut State, winner: CourtId, loser: CourtId, winner_lost: i64, loser_lost: i64) {
    for seer in st.courts.ids().collect::<Vec<_>>() {
        for (side, lost, morale) in [(winner, winner_lost, 8), (loser, loser_lost, -18)] {
            if side == seer {
                continue;
            }
            let b = &mut st.courts[seer].beliefs[side];
            b.strength.value = (b.strength.value - lost).max(0);
            b.morale.value = (b.morale.value + morale).clamp(0, 100);
            b.war_weariness.value = (b.war_weariness.value + lost / 5_000).min(100);
        }
    }
}
