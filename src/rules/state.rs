//! The game's changing state: courts, armies, places, people, envoys on the road, the
//! treaties in force and so who is at war with whom.

use crate::rules::chronicle::Line;
use crate::rules::ids::*;
use crate::rules::scenario::{Scenario, Term};

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Court {
    pub treasury: Treasury,
    pub honour: i32,
    pub war_weariness: i32,
    /// How far this court trusts each court (-100 to 100); its own entry is unused.
    pub trust: PerCourt<i32>,
    /// Added to the personality's resolve by events ("the Dowager tires of war").
    pub resolve_shift: i32,
    /// A just cause for war against each court that broke a sworn clause.
    pub cause_for_war: PerCourt<bool>,
    pub fled: bool,
    pub emperor_with: Option<ArmyId>,
    /// Policies chosen once and for good.
    pub taken: Vec<bool>,
    /// Ongoing policies now kept up.
    pub active: Vec<bool>,
    pub envoy: Option<CharId>,
    /// This court has ended its part of the current turn.
    pub done: bool,
    /// What it believes of each other court (its own entry is unused).
    pub beliefs: PerCourt<crate::rules::belief::Belief>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Order {
    Hold,
    /// Holding a friendly place behind its walls.
    Garrison,
    Besiege,
    Assault,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Army {
    pub side: CourtId,
    pub at: PlaceId,
    pub strength: i64,
    pub morale: i32,
    pub commander: Option<CharId>,
    pub order: Order,
    /// Percent of the walls worn down by a siege.
    pub siege: i32,
    pub moved: bool,
    /// Where the army ended its last turn, and for how many turns running it has ended them
    /// there (0 on arrival): how long a siege has lasted, read by the computer's patience.
    pub camp: PlaceId,
    pub camped: u32,
}

impl Army {
    pub fn alive(&self) -> bool {
        self.strength > 0
    }
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PlaceState {
    pub controller: CourtId,
    pub fort: i32,
    pub garrison: i64,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Person {
    pub alive: bool,
    /// The envoy is away or detained until this turn.
    pub away_until: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum ProposalStatus {
    /// The envoy is on the road.
    Travelling,
    /// Arrived; the receiving court has yet to answer (a human court).
    Waiting,
    Accepted,
    Rejected,
    Countered,
    /// The envoy was detained and the draft lost.
    Lost,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Proposal {
    pub id: u32,
    pub from: CourtId,
    pub to: CourtId,
    pub envoy: CharId,
    pub terms: Vec<Term>,
    pub arrives: u32,
    pub status: ProposalStatus,
    /// The draft this one answers, for counter-offers.
    pub answers: Option<u32>,
}

/// A delivery made under a clause, for the ledger.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Delivery {
    pub turn: u32,
    pub term: usize,
    pub from: CourtId,
    pub resource: Resource,
    pub amount: i64,
    pub at: Option<PlaceId>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Breach {
    pub turn: u32,
    pub side: CourtId,
    pub term: usize,
    /// The order that broke it, kept as an order so that the state holds no words: the
    /// record reads in the language of whoever reads it ([`Breach::what`]).
    pub order: crate::rules::game::Action,
}

impl Breach {
    /// What was done: "the Song army crossed to Youzhou".
    pub fn what(&self, s: &crate::rules::scenario::Scenario) -> String {
        crate::rules::game::describe(s, &self.order)
    }
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Treaty {
    /// The two courts it binds, the lower id first.
    pub parties: (CourtId, CourtId),
    pub terms: Vec<Term>,
    pub sworn: u32,
    /// In force from the scenario's start rather than sworn in play.
    pub inherited: bool,
    /// Whether each term is still in force.
    pub in_force: Vec<bool>,
    pub deliveries: Vec<Delivery>,
    pub breaches: Vec<Breach>,
}

/// Figures recorded at the end of every turn, for the teacher's charts.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Snapshot {
    pub turn: u32,
    pub silver: PerCourt<i64>,
    pub morale: PerCourt<i32>,
    pub strength: PerCourt<i64>,
    pub places: PerCourt<i32>,
    pub war_weariness: PerCourt<i32>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct State {
    pub turn: u32,
    pub courts: PerCourt<Court>,
    pub armies: Vec<Army>,
    pub places: Vec<PlaceState>,
    pub people: Vec<Person>,
    pub proposals: Vec<Proposal>,
    /// The treaties in force, at most one between any two courts.
    pub treaties: Vec<Treaty>,
    /// Pairs at peace without a treaty, from the scenario.
    pub peace: Vec<(CourtId, CourtId)>,
    pub fired: Vec<bool>,
    pub chronicle: Vec<Line>,
    pub history: Vec<Snapshot>,
    pub over: Option<crate::rules::chronicle::End>,
}

impl State {
    pub fn new(s: &Scenario) -> State {
        let court = |side: CourtId| {
            let d = &s.courts[side];
            Court {
                treasury: d.treasury,
                honour: d.honour,
                war_weariness: d.war_weariness,
                trust: PerCourt::from_fn(s.courts.len(), |_| 0),
                resolve_shift: 0,
                cause_for_war: PerCourt::from_fn(s.courts.len(), |_| false),
                fled: false,
                emperor_with: None,
                taken: vec![false; s.policies.len()],
                active: vec![false; s.policies.len()],
                envoy: s.envoys(side).find(|c| s.character(*c).side == side).or(s.envoys(side).next()),
                done: false,
                beliefs: crate::rules::belief::priors(s, side),
            }
        };
        State {
            turn: 0,
            courts: PerCourt::from_fn(s.courts.len(), court),
            armies: s
                .armies
                .iter()
                .map(|a| Army {
                    side: a.side,
                    at: a.at,
                    strength: a.strength,
                    morale: a.morale,
                    commander: a.commander,
                    order: Order::Hold,
                    siege: 0,
                    moved: false,
                    camp: a.at,
                    camped: 0,
                })
                .collect(),
            places: s
                .places
                .iter()
                .map(|p| PlaceState { controller: p.controller, fort: p.fort, garrison: p.garrison })
                .collect(),
            people: s.characters.iter().map(|_| Person { alive: true, away_until: 0 }).collect(),
            proposals: Vec::new(),
            // A treaty in force from the start is already sworn: its on-sworn effects are history.
            treaties: s.treaties.iter().map(|(parties, terms)| Treaty::inherited(*parties, terms.clone())).collect(),
            peace: s.peace.clone(),
            fired: vec![false; s.events.len()],
            chronicle: Vec::new(),
            history: Vec::new(),
            over: None,
        }
    }

    /// Whether any two courts are at war.
    pub fn at_war(&self) -> bool {
        let n = self.courts.len();
        (0..n).any(|a| (a + 1..n).any(|b| self.at_war_with(CourtId(a as u8), CourtId(b as u8))))
    }

    /// Whether two courts are at war: no treaty binds them and the scenario does not set
    /// them at peace.
    pub fn at_war_with(&self, a: CourtId, b: CourtId) -> bool {
        a != b && !self.peace.contains(&pair(a, b)) && self.treaty_between(a, b).is_none()
    }

    /// The courts at war with a court, in the scenario's order.
    pub fn enemies_of(&self, court: CourtId) -> impl Iterator<Item = CourtId> + '_ {
        self.courts.ids().filter(move |c| self.at_war_with(court, *c))
    }

    /// The treaty in force between two courts.
    pub fn treaty_between(&self, a: CourtId, b: CourtId) -> Option<&Treaty> {
        let parties = pair(a, b);
        self.treaties.iter().find(|t| t.parties == parties)
    }

    /// The treaties a court is bound by.
    pub fn treaties_of(&self, court: CourtId) -> impl Iterator<Item = &Treaty> {
        self.treaties.iter().filter(move |t| t.binds(court))
    }

    pub fn army(&self, id: ArmyId) -> &Army {
        &self.armies[id.index()]
    }

    /// Living armies of a side with their ids.
    pub fn armies_of(&self, side: CourtId) -> impl Iterator<Item = (ArmyId, &Army)> {
        self.armies
            .iter()
            .enumerate()
            .filter(move |(_, a)| a.side == side && a.alive())
            .map(|(i, a)| (ArmyId(i as u16), a))
    }

    pub fn strength(&self, side: CourtId) -> i64 {
        self.armies_of(side).map(|(_, a)| a.strength).sum()
    }

    /// Morale of a side's armies, weighted by their men.
    pub fn morale(&self, side: CourtId) -> i32 {
        let (mut men, mut sum) = (0i64, 0i64);
        for (_, a) in self.armies_of(side) {
            men += a.strength;
            sum += a.strength * a.morale as i64;
        }
        if men == 0 { 0 } else { (sum / men) as i32 }
    }

    pub fn places_held(&self, side: CourtId) -> i32 {
        self.places.iter().filter(|p| p.controller == side).count() as i32
    }

    /// The yearly amount of a resource the treaties in force move (all directions added).
    pub fn treaty_yearly(&self, s: &Scenario, resource: Resource) -> i64 {
        self.treaties.iter().fold(0i64, |sum, t| sum.saturating_add(t.yearly(s, resource)))
    }

    pub fn say(&mut self, to: Option<CourtId>, entry: crate::rules::chronicle::Entry) {
        self.chronicle.push(Line { turn: self.turn, to, also: None, entry });
    }

    /// A line only the two courts concerned know: an envoy's errand between them.
    pub fn say_between(&mut self, a: CourtId, b: CourtId, entry: crate::rules::chronicle::Entry) {
        self.chronicle.push(Line { turn: self.turn, to: Some(a), also: Some(b), entry });
    }
}

impl Treaty {
    /// A treaty in force when the game begins: its on-sworn effects are history.
    pub fn inherited(parties: (CourtId, CourtId), terms: Vec<Term>) -> Treaty {
        Treaty {
            parties: pair(parties.0, parties.1),
            in_force: vec![true; terms.len()],
            terms,
            sworn: 0,
            inherited: true,
            deliveries: Vec::new(),
            breaches: Vec::new(),
        }
    }

    pub fn binds(&self, court: CourtId) -> bool {
        self.parties.0 == court || self.parties.1 == court
    }

    /// The party other than `court`.
    pub fn other_party(&self, court: CourtId) -> CourtId {
        if self.parties.0 == court { self.parties.1 } else { self.parties.0 }
    }

    /// The articles still in force (a clause can lapse while the rest of the treaty holds).
    pub fn in_force_terms(&self) -> impl Iterator<Item = &Term> {
        self.terms.iter().zip(&self.in_force).filter(|(_, on)| **on).map(|(term, _)| term)
    }

    /// Whether a clause is in force in this treaty.
    pub fn has(&self, clause: ClauseId) -> bool {
        self.in_force_terms().any(|term| term.clause == clause)
    }

    /// The yearly amount of a resource this treaty moves (all directions added).
    pub fn yearly(&self, s: &Scenario, resource: Resource) -> i64 {
        use crate::rules::effects::{Scope, amount_of};
        use crate::rules::vocab::Effect;
        let t = self;
        let per_year = s.calendar.turns_per_year();
        let mut total = 0;
        for (i, term) in t.terms.iter().enumerate() {
            if !t.in_force[i] {
                continue;
            }
            for (every, effects) in &s.clause(term.clause).recurring {
                let times = (per_year / every.period(per_year)) as i64;
                let scope = Scope { values: &term.values, parties: Some(t.parties), ..Scope::default() };
                for e in effects {
                    if let Effect::Transfer { resource: r, amount, .. } = e
                        && *r == resource
                    {
                        total = amount_of(*amount, &scope).saturating_mul(times).saturating_add(total);
                    }
                }
            }
        }
        total
    }
}
