//! Evaluating conditions and quantities, and carrying out effects, for clauses, events,
//! policies and objectives alike.

use crate::rules::chronicle::Entry;
use crate::rules::ids::*;
use crate::rules::scenario::{Scenario, Value};
use crate::rules::state::{Order, State};
use crate::rules::vocab::*;

/// No treasury holds more than this: a runaway scenario saturates instead of overflowing.
pub const MAX_TREASURY: i64 = 1_000_000_000_000_000;
/// No army grows beyond this.
pub const MAX_MEN: i64 = 100_000_000;

/// What an effect's `Param`, `OtherParty`, `Breaker` and `Wronged` refer to.
#[derive(Clone, Copy, Default)]
pub struct Scope<'a> {
    pub values: &'a [Value],
    pub breaker: Option<CourtId>,
    pub clause: Option<(ClauseId, usize)>,
    /// The parties of the treaty or draft the clause belongs to.
    pub parties: Option<(CourtId, CourtId)>,
}

impl Scope<'_> {
    /// The party other than `court`, in a clause's scope (else the court itself).
    fn other_party(&self, court: CourtId) -> CourtId {
        match self.parties {
            Some((a, b)) if a == court => b,
            Some((a, _)) => a,
            None => court,
        }
    }
}

pub fn quantity(s: &Scenario, st: &State, q: &Quantity) -> i64 {
    match q {
        Quantity::Turn => st.turn as i64,
        Quantity::Treasury(side, r) => st.courts[*side].treasury.get(*r),
        Quantity::Morale(side) => st.morale(*side) as i64,
        Quantity::Strength(side) => st.strength(*side),
        Quantity::WarWeariness(side) => st.courts[*side].war_weariness as i64,
        Quantity::Honour(side) => st.courts[*side].honour as i64,
        // Hidden from other courts: in a court's believed world it reads that court's belief.
        Quantity::Resolve(side) => (s.courts[*side].personality.resolve + st.courts[*side].resolve_shift) as i64,
        Quantity::Places(side) => st.places_held(*side) as i64,
        Quantity::TreatyYearly(r) => st.treaty_yearly(s, *r),
    }
}

pub fn holds(s: &Scenario, st: &State, c: &Condition) -> bool {
    match c {
        Condition::Always => true,
        Condition::Never => false,
        Condition::All(v) => v.iter().all(|c| holds(s, st, c)),
        Condition::Any(v) => v.iter().any(|c| holds(s, st, c)),
        Condition::Not(c) => !holds(s, st, c),
        Condition::AtLeast(q, n) => quantity(s, st, q) >= *n,
        Condition::AtMost(q, n) => quantity(s, st, q) <= *n,
        Condition::Controls(side, p) => st.places[p.index()].controller == *side,
        Condition::ControlsRegion(side, r) => {
            s.regions[r.index()].places.iter().all(|p| st.places[p.index()].controller == *side)
        }
        Condition::ArmyAt(side, p) => st.armies_of(*side).any(|(_, a)| a.at == *p),
        Condition::ArmyNear(a, p) => {
            let army = &st.armies[a.index()];
            army.alive() && (army.at == *p || s.adjacent(army.at, *p))
        }
        Condition::Commands(c) => st.armies.iter().any(|a| a.alive() && a.commander == Some(*c)),
        Condition::Alive(c) => st.people[c.index()].alive,
        Condition::AtWar => st.at_war(),
        Condition::AtWarWith(a, b) => st.at_war_with(*a, *b),
        Condition::TreatySworn => !st.treaties.is_empty(),
        Condition::TreatyBetween(a, b) => st.treaty_between(*a, *b).is_some(),
        Condition::TreatyHas(c) => st.treaties.iter().any(|t| t.has(*c)),
        Condition::EventFired(e) => st.fired[e.index()],
        Condition::PolicyTaken(p) => {
            let side = s.policies[p.index()].side;
            st.courts[side].taken[p.index()] || st.courts[side].active[p.index()]
        }
        Condition::EmperorInField(side) => st.courts[*side].emperor_with.is_some(),
        Condition::BreachedBy(side) => st.treaties.iter().any(|t| t.breaches.iter().any(|b| b.side == *side)),
    }
}

fn side_of(r: SideRef, scope: &Scope) -> CourtId {
    let first = scope.parties.map_or(CourtId(0), |p| p.0);
    let param = |i: u8| match scope.values.get(i as usize) {
        Some(Value::Side(s)) => *s,
        _ => first,
    };
    match r {
        SideRef::Is(s) => s,
        SideRef::Breaker => scope.breaker.unwrap_or(first),
        SideRef::Wronged => scope.other_party(scope.breaker.unwrap_or(first)),
        SideRef::Param(i) => param(i),
        SideRef::OtherParty(i) => scope.other_party(param(i)),
    }
}

/// The amount an effect names, reading a clause's parameter if it names one.
pub fn amount_of(a: Amount, scope: &Scope) -> i64 {
    match a {
        Amount::Fixed(n) => n,
        Amount::Param(i) => match scope.values.get(i as usize) {
            Some(Value::Amount(n)) => *n,
            _ => 0,
        },
    }
}

fn place_of(p: PlaceRef, scope: &Scope) -> Option<PlaceId> {
    match p {
        PlaceRef::Is(p) => Some(p),
        PlaceRef::Param(i) => match scope.values.get(i as usize) {
            Some(Value::Place(p)) => Some(*p),
            _ => None,
        },
    }
}

/// The places named by a region or place reference.
pub fn region_places(s: &Scenario, r: RegionRef, scope: &Scope) -> Vec<PlaceId> {
    match r {
        RegionRef::Is(r) => s.regions[r.index()].places.clone(),
        RegionRef::Param(i) => match scope.values.get(i as usize) {
            Some(Value::Region(r)) => s.regions[r.index()].places.clone(),
            Some(Value::Place(p)) => vec![*p],
            _ => Vec::new(),
        },
    }
}

pub fn apply_all(s: &Scenario, st: &mut State, effects: &[Effect], scope: &Scope) {
    for e in effects {
        apply(s, st, e, scope);
    }
}

pub fn apply(s: &Scenario, st: &mut State, e: &Effect, scope: &Scope) {
    match e {
        Effect::Transfer { from, to, resource, amount, at } => {
            let (from, to) = (side_of(*from, scope), side_of(*to, scope));
            let want = amount_of(*amount, scope);
            let have = st.courts[from].treasury.get(*resource).max(0);
            let paid = want.min(have);
            *st.courts[from].treasury.get_mut(*resource) -= paid;
            let t = st.courts[to].treasury.get_mut(*resource);
            *t = t.saturating_add(paid).min(MAX_TREASURY);
            let at = at.and_then(|p| place_of(p, scope));
            if let Some((clause, term)) = scope.clause {
                if paid > 0 {
                    st.say(None, Entry::Payment { clause, from, resource: *resource, amount: paid, at });
                }
                if paid < want {
                    st.say(None, Entry::Unpaid { clause, from, resource: *resource, amount: want - paid });
                }
                let turn = st.turn;
                let parties = scope.parties;
                if let Some(t) = st.treaties.iter_mut().find(|t| Some(t.parties) == parties) {
                    t.deliveries.push(crate::rules::state::Delivery {
                        turn,
                        term,
                        from,
                        resource: *resource,
                        amount: paid,
                        at,
                    });
                }
            }
        }
        Effect::AddTreasury(side, r, n) => {
            let t = st.courts[side_of(*side, scope)].treasury.get_mut(*r);
            *t = t.saturating_add(*n).clamp(0, MAX_TREASURY);
        }
        Effect::AddMorale(side, n) => {
            let side = side_of(*side, scope);
            for a in st.armies.iter_mut().filter(|a| a.side == side) {
                a.morale = (a.morale + n).clamp(0, 100);
            }
        }
        Effect::AddWarWeariness(side, n) => {
            let c = &mut st.courts[side_of(*side, scope)];
            c.war_weariness = (c.war_weariness + n).clamp(0, 100);
        }
        Effect::AddHonour(side, n) => {
            let c = &mut st.courts[side_of(*side, scope)];
            c.honour = (c.honour + n).clamp(0, 100);
        }
        Effect::AddTrust(side, n) => {
            // In a clause, trust in the other party; elsewhere, in every other court.
            let side = side_of(*side, scope);
            let toward: Vec<CourtId> = match scope.parties {
                Some((a, b)) if a == side || b == side => vec![scope.other_party(side)],
                _ => st.courts.ids().filter(|c| *c != side).collect(),
            };
            for other in toward {
                let t = &mut st.courts[side].trust[other];
                *t = (*t + n).clamp(-100, 100);
            }
        }
        Effect::AddResolve(side, n) => {
            let c = &mut st.courts[side_of(*side, scope)];
            c.resolve_shift = (c.resolve_shift + n).clamp(-1000, 1000);
        }
        Effect::CauseForWar(side) => {
            // In a clause, against the other party; elsewhere, against every other court.
            let side = side_of(*side, scope);
            let against: Vec<CourtId> = match scope.parties {
                Some((a, b)) if a == side || b == side => vec![scope.other_party(side)],
                _ => st.courts.ids().filter(|c| *c != side).collect(),
            };
            for other in against {
                if !st.courts[side].cause_for_war[other] {
                    st.courts[side].cause_for_war[other] = true;
                    st.say(None, Entry::CauseForWar { side, against: other });
                }
            }
        }
        Effect::CedeRegion(r, side) => {
            let side = side_of(*side, scope);
            for p in region_places(s, *r, scope) {
                cede(st, p, side);
            }
        }
        Effect::CedePlace(p, side) => {
            let side = side_of(*side, scope);
            if let Some(p) = place_of(*p, scope) {
                cede(st, p, side);
            }
        }
        Effect::Kill(c) => {
            if st.people[c.index()].alive {
                st.people[c.index()].alive = false;
                for a in st.armies.iter_mut().filter(|a| a.commander == Some(*c)) {
                    a.commander = None;
                }
                for court in &mut st.courts.0 {
                    if court.envoy == Some(*c) {
                        court.envoy = None;
                    }
                }
                st.say(None, Entry::CharacterDied { character: *c });
            }
        }
        Effect::Casualties(a, pct) => {
            let army = &mut st.armies[a.index()];
            army.strength -= army.strength * *pct as i64 / 100;
        }
        Effect::EmperorTakesField(side, a) => {
            let side = side_of(*side, scope);
            let army = &st.armies[a.index()];
            if army.alive() && army.side == side {
                st.courts[side].emperor_with = Some(*a);
                st.say(None, Entry::EmperorInField { side, army: *a });
            }
        }
        Effect::CourtFlees(side) => {
            let side = side_of(*side, scope);
            st.courts[side].fled = true;
            st.say(None, Entry::CourtFled { side });
        }
        Effect::WithdrawArmies(side) => {
            let side = side_of(*side, scope);
            let capital = s.courts[side].capital;
            // In a clause, out of the other party's land only.
            let other = scope.parties.map(|_| scope.other_party(side));
            for i in 0..st.armies.len() {
                let a = &st.armies[i];
                let holder = st.places[a.at.index()].controller;
                if a.side == side && a.alive() && holder != side && other.is_none_or(|o| o == holder) {
                    let home = nearest_held(s, st, a.at, side).unwrap_or(capital);
                    let army = &mut st.armies[i];
                    army.at = home;
                    army.order = Order::Hold;
                    army.siege = 0;
                }
            }
        }
        Effect::Reinforce(a, n) => {
            let army = &mut st.armies[a.index()];
            if army.alive() {
                army.strength = army.strength.saturating_add(*n).clamp(0, MAX_MEN);
            }
        }
        Effect::RestoreBorders => {
            // In a clause, only between its two parties: a treaty does not settle others' land.
            let between = |c: CourtId| scope.parties.is_none_or(|(a, b)| c == a || c == b);
            for (i, p) in s.places.iter().enumerate() {
                let now = st.places[i].controller;
                if between(now) && between(p.controller) {
                    cede(st, PlaceId(i as u16), p.controller);
                }
            }
        }
        Effect::EndTreaty => match scope.parties.filter(|_| scope.clause.is_some()) {
            // A clause ends its own treaty; an event, every treaty in force.
            Some((a, b)) => end_treaty(st, a, b),
            None => {
                for parties in st.treaties.iter().map(|t| t.parties).collect::<Vec<_>>() {
                    end_treaty(st, parties.0, parties.1);
                }
            }
        },
        Effect::EndTreatyBetween(a, b) => end_treaty(st, *a, *b),
        Effect::RevealMind(learner, of) => {
            let (learner, of) = (side_of(*learner, scope), side_of(*of, scope));
            if learner != of {
                st.courts[learner].beliefs[of] = crate::rules::belief::truth_of(s, st, of, learner);
                st.say(Some(learner), Entry::MindRevealed { learner, of });
            }
        }
        Effect::Say(text) => st.say(None, Entry::Said { text: text.clone() }),
    }
}

/// Tears up the treaty between two courts: unless the scenario sets them at peace, they are
/// at war again.
pub fn end_treaty(st: &mut State, a: CourtId, b: CourtId) {
    let parties = pair(a, b);
    let before = st.treaties.len();
    st.treaties.retain(|t| t.parties != parties);
    if st.treaties.len() < before {
        if st.at_war_with(a, b) {
            st.say(None, Entry::WarResumes { between: parties });
        } else {
            st.say(None, Entry::TreatyLapsed { between: parties });
        }
    }
}

fn cede(st: &mut State, p: PlaceId, side: CourtId) {
    let place = &mut st.places[p.index()];
    if place.controller != side {
        place.controller = side;
        place.garrison /= 2;
        st.say(None, Entry::PlaceCeded { place: p, to: side });
    }
}

/// The nearest place a side holds, by breadth-first search along routes.
pub fn nearest_held(s: &Scenario, st: &State, from: PlaceId, side: CourtId) -> Option<PlaceId> {
    let mut seen = vec![false; s.places.len()];
    let mut queue = std::collections::VecDeque::from([from]);
    seen[from.index()] = true;
    while let Some(p) = queue.pop_front() {
        if st.places[p.index()].controller == side {
            return Some(p);
        }
        for (n, _) in &s.neighbours[p.index()] {
            if !seen[n.index()] {
                seen[n.index()] = true;
                queue.push_back(*n);
            }
        }
    }
    None
}
