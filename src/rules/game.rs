//! A game in progress: the scenario, the state, the seeded dice and the log of actions.
//! Every change to a game goes through [`Game::act`], from the window, the command line,
//! the computer's courts and the tests alike.

use crate::locale::{tr, tr_args};
use crate::rules::chronicle::{Entry, Verdict, resource_word};
use crate::rules::ids::*;
use crate::rules::scenario::{Scenario, Term};
use crate::rules::state::{Order, Proposal, ProposalStatus, State};
use crate::rules::vocab::ActionKind;
use crate::rules::{chronicle, effects, treaty, turn};
use rand::SeedableRng;
use rand_pcg::Pcg64Mcg;
use std::sync::Arc;

/// The portable seeded generator behind every die roll: same seed, same game, on any machine.
pub type Dice = Pcg64Mcg;

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub enum Answer {
    Accept,
    Reject,
    Counter(Vec<Term>),
}

/// Everything a court can do.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub enum Action {
    /// March one step along a route.
    Move {
        army: ArmyId,
        to: PlaceId,
    },
    Besiege {
        army: ArmyId,
    },
    Assault {
        army: ArmyId,
    },
    Garrison {
        army: ArmyId,
    },
    /// Raise the walls of a place the court holds.
    Fortify {
        place: PlaceId,
    },
    Appoint {
        character: CharId,
        army: ArmyId,
    },
    AppointEnvoy {
        character: CharId,
    },
    /// Choose a policy, or give up an ongoing one.
    Policy {
        policy: PolicyId,
    },
    /// Send the appointed envoy with a draft treaty to another court.
    SendEnvoy {
        to: CourtId,
        terms: Vec<Term>,
    },
    Answer {
        proposal: u32,
        answer: Answer,
    },
    EndTurn,
}

/// Why an action was refused; the game is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionError(pub String);

impl std::fmt::Display for ActionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ActionError {}

fn refuse<T>(msg: impl Into<String>) -> Result<T, ActionError> {
    Err(ActionError(msg.into()))
}

/// A clause an action would break, for the warning before the order.
#[derive(Clone, Debug, PartialEq)]
pub struct BreachWarning {
    /// The treaty the clause belongs to, by its parties.
    pub parties: (CourtId, CourtId),
    pub term: usize,
    pub clause: ClauseId,
    pub breakable: bool,
    pub text: String,
}

/// A game: its state changes only through [`Game::act`] (and the rules the turn runs), so
/// the state is read from outside the rules core and never written.
#[derive(Clone, Debug)]
pub struct Game {
    pub scenario: Arc<Scenario>,
    pub seed: u64,
    pub(crate) state: State,
    pub(crate) dice: Dice,
    /// Every accepted action, in order, for saves and replays.
    pub(crate) log: Vec<(CourtId, Action)>,
    pub(crate) handicap: PerCourt<i32>,
    /// Counts every change: each accepted action (the turn's resolution is one) adds one, so
    /// a screen works out what it shows again only when this has moved.
    version: u64,
}

impl Game {
    /// The number of changes made to the game so far: equal numbers, the same game.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// The state of the game, to read.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// Every accepted action so far, with the court that took it.
    pub fn log(&self) -> &[(CourtId, Action)] {
        &self.log
    }

    /// The resolve shift each court was given at the start (difficulty).
    pub fn handicap(&self) -> &PerCourt<i32> {
        &self.handicap
    }

    pub fn new(scenario: Arc<Scenario>, seed: u64) -> Game {
        let none = PerCourt::from_fn(scenario.courts.len(), |_| 0);
        Game::with_handicap(scenario, seed, none)
    }

    /// A game in which each court's resolve is shifted: the teacher's "how much the AI helps"
    /// (a negative shift makes a computer court readier for peace).
    pub fn with_handicap(scenario: Arc<Scenario>, seed: u64, handicap: PerCourt<i32>) -> Game {
        use rand::Rng;
        let mut state = State::new(&scenario);
        let mut dice = Dice::seed_from_u64(seed);
        // Each game's courts wake in a different mood: the seed decides how hawkish.
        for side in scenario.court_ids() {
            let temper = scenario.courts[side].personality.temper;
            if temper > 0 {
                state.courts[side].resolve_shift = dice.random_range(-temper..=temper);
            }
            state.courts[side].resolve_shift += handicap.get(side).copied().unwrap_or(0).clamp(-100, 100);
        }
        Game { scenario, seed, state, dice, log: Vec::new(), handicap, version: 0 }
    }

    pub fn is_over(&self) -> bool {
        self.state.over.is_some()
    }

    /// Checks an action and, if it is legal, carries it out and logs it.
    pub fn act(&mut self, side: CourtId, action: Action) -> Result<(), ActionError> {
        self.check(side, &action)?;
        let warnings = self.breaches(side, &action);
        // An answer other than an oath teaches the court that sent the draft.
        let lesson = match &action {
            Action::Answer { proposal, answer } if *answer != Answer::Accept => {
                self.state.proposals.iter().find(|p| p.id == *proposal).map(|p| (p.from, p.terms.clone(), p.envoy))
            }
            _ => None,
        };
        if let Some((from, refused, envoy)) = &lesson {
            let countered = match &action {
                Action::Answer { answer: Answer::Counter(c), .. } => Some(c.as_slice()),
                _ => None,
            };
            crate::rules::belief::learn_from_answer(self, *from, side, refused, countered, *envoy);
        }
        self.apply(side, &action);
        for w in warnings {
            treaty::record_breach(self, side, &w, action.clone());
        }
        self.log.push((side, action));
        self.version += 1;
        Ok(())
    }

    /// The clauses of the treaties in force that an action would break.
    pub fn breaches(&self, side: CourtId, action: &Action) -> Vec<BreachWarning> {
        if side.index() >= self.state.courts.len() {
            return Vec::new();
        }
        let Some((kind, against)) = self.kind_of(side, action) else { return Vec::new() };
        let mut out = treaty::forbidding(self, side, kind, against);
        // A draft that asks more than the treaty in force is also a demand outside it.
        if let Action::SendEnvoy { to, terms } = action
            && kind == ActionKind::SendEnvoy
            && treaty::is_demand(self, side, *to, terms)
        {
            out.extend(treaty::forbidding(self, side, ActionKind::Demand, against));
        }
        out
    }

    /// What kind of forbiddable order an action is, if any, and the court it touches when it
    /// touches one (only that court's treaty can forbid it).
    fn kind_of(&self, side: CourtId, action: &Action) -> Option<(ActionKind, Option<CourtId>)> {
        let st = &self.state;
        let holder_of_army = |army: &ArmyId| st.armies.get(army.index()).map(|a| st.places[a.at.index()].controller);
        match action {
            Action::Move { to, .. } => match st.places.get(to.index()) {
                Some(p) if p.controller != side => Some((ActionKind::CrossBorder, Some(p.controller))),
                _ => None,
            },
            Action::Besiege { army } => Some((ActionKind::Besiege, holder_of_army(army))),
            Action::Assault { army } => Some((ActionKind::Assault, holder_of_army(army))),
            Action::Fortify { .. } => Some((ActionKind::Fortify, None)),
            // Giving up a kept-up policy is never a breach; only choosing it is.
            Action::Policy { policy }
                if policy.index() < self.scenario.policies.len() && !st.courts[side].active[policy.index()] =>
            {
                Some((ActionKind::Policy(*policy), None))
            }
            Action::SendEnvoy { to, .. } if st.treaty_between(side, *to).is_some() => {
                Some((ActionKind::SendEnvoy, Some(*to)))
            }
            _ => None,
        }
    }

    fn own_army(&self, side: CourtId, army: ArmyId) -> Result<&crate::rules::state::Army, ActionError> {
        let Some(a) = self.state.armies.get(army.index()) else { return refuse(tr("refuse-no-army")) };
        let name = &self.scenario.armies[army.index()].name;
        if a.side != side {
            return refuse(tr_args("refuse-not-yours", &[("army", name.as_str().into())]));
        }
        if !a.alive() {
            return refuse(tr_args("refuse-army-gone", &[("army", name.as_str().into())]));
        }
        Ok(a)
    }

    /// Every rule an action must meet. Returns why not, without changing anything.
    pub fn check(&self, side: CourtId, action: &Action) -> Result<(), ActionError> {
        let s = &*self.scenario;
        let st = &self.state;
        if let Some(why) = &st.over {
            return refuse(tr_args("refuse-game-over", &[("reason", why.text(s).into())]));
        }
        if side.index() >= st.courts.len() {
            return refuse(tr("refuse-no-court"));
        }
        let court = s.court_name(side);
        if st.courts[side].done {
            return refuse(tr_args("refuse-turn-ended", &[("court", court.into())]));
        }
        for w in self.breaches(side, action) {
            if !w.breakable {
                return refuse(tr_args("refuse-forbidden", &[("clause", s.clause(w.clause).name.as_str().into())]));
            }
        }
        match action {
            Action::Move { army, to } => {
                let a = self.own_army(side, *army)?;
                let name = &s.armies[army.index()].name;
                if to.index() >= s.places.len() {
                    return refuse(tr("refuse-no-place"));
                }
                if a.moved {
                    return refuse(tr_args("refuse-marched", &[("army", name.as_str().into())]));
                }
                if !s.adjacent(a.at, *to) {
                    return refuse(tr_args(
                        "refuse-no-route",
                        &[("from", s.place(a.at).name.as_str().into()), ("to", s.place(*to).name.as_str().into())],
                    ));
                }
            }
            Action::Besiege { army } | Action::Assault { army } => {
                let a = self.own_army(side, *army)?;
                let place = &s.place(a.at).name;
                let holder = st.places[a.at.index()].controller;
                if holder == side {
                    return refuse(tr_args(
                        "refuse-held-already",
                        &[("place", place.as_str().into()), ("court", court.into())],
                    ));
                }
                if !st.at_war_with(side, holder) {
                    return refuse(tr_args(
                        "refuse-at-peace",
                        &[("court", court.into()), ("other", s.court_name(holder).into())],
                    ));
                }
                if st.armies.iter().any(|e| e.alive() && e.at == a.at && st.at_war_with(side, e.side)) {
                    return refuse(tr_args("refuse-enemy-stands", &[("place", place.as_str().into())]));
                }
            }
            Action::Garrison { army } => {
                let a = self.own_army(side, *army)?;
                if st.places[a.at.index()].controller != side {
                    return refuse(tr_args(
                        "refuse-not-held",
                        &[("place", s.place(a.at).name.as_str().into()), ("court", court.into())],
                    ));
                }
            }
            Action::Fortify { place } => {
                let Some(p) = st.places.get(place.index()) else { return refuse(tr("refuse-no-place")) };
                let name = &s.place(*place).name;
                if p.controller != side {
                    return refuse(tr_args(
                        "refuse-not-held",
                        &[("place", name.as_str().into()), ("court", court.into())],
                    ));
                }
                if p.fort >= s.rules.walls_max {
                    return refuse(tr_args("refuse-walls-max", &[("place", name.as_str().into())]));
                }
                let cost = s.rules.fortify_cost;
                if st.courts[side].treasury.silver < cost {
                    return refuse(tr_args(
                        "refuse-fortify-cost",
                        &[("sum", chronicle::resource_sum(Resource::Silver, cost).into())],
                    ));
                }
            }
            Action::Appoint { character, army } => {
                self.own_army(side, *army)?;
                let Some(c) = s.characters.get(character.index()) else { return refuse(tr("refuse-no-person")) };
                if c.side != side {
                    return refuse(tr_args(
                        "refuse-not-serving",
                        &[("person", c.name.as_str().into()), ("court", court.into())],
                    ));
                }
                if c.command.is_none() {
                    return refuse(tr_args("refuse-no-commander", &[("person", c.name.as_str().into())]));
                }
                if !st.people[character.index()].alive {
                    return refuse(tr_args("refuse-dead", &[("person", c.name.as_str().into())]));
                }
            }
            Action::AppointEnvoy { character } => {
                let Some(c) = s.characters.get(character.index()) else { return refuse(tr("refuse-no-person")) };
                if !c.envoy.as_ref().is_some_and(|e| c.side == side || e.go_between) {
                    return refuse(tr_args(
                        "refuse-not-envoy",
                        &[("person", c.name.as_str().into()), ("court", court.into())],
                    ));
                }
                if !st.people[character.index()].alive {
                    return refuse(tr_args("refuse-dead", &[("person", c.name.as_str().into())]));
                }
            }
            Action::Policy { policy } => {
                let Some(p) = s.policies.get(policy.index()) else { return refuse(tr("refuse-no-policy")) };
                if p.side != side {
                    return refuse(tr_args(
                        "refuse-policy-of",
                        &[("policy", p.name.as_str().into()), ("court", s.court_name(p.side).into())],
                    ));
                }
                let court = &st.courts[side];
                if p.once && court.taken[policy.index()] {
                    return refuse(tr_args("refuse-policy-decided", &[("policy", p.name.as_str().into())]));
                }
                let turning_off = !p.once && court.active[policy.index()];
                if !turning_off {
                    if !effects::holds(s, st, &p.requires) {
                        return refuse(tr_args("refuse-policy-not-now", &[("policy", p.name.as_str().into())]));
                    }
                    for r in Resource::ALL {
                        if court.treasury.get(r) < p.cost.get(r) {
                            return refuse(tr_args(
                                "refuse-policy-cost",
                                &[("policy", p.name.as_str().into()), ("resource", resource_word(r).into())],
                            ));
                        }
                    }
                }
            }
            Action::SendEnvoy { to, terms } => {
                if *to == side || to.index() >= st.courts.len() {
                    return refuse(tr("refuse-draft-to-self"));
                }
                let Some(envoy) = st.courts[side].envoy else { return refuse(tr("refuse-no-envoy")) };
                let person = &st.people[envoy.index()];
                let name = &s.character(envoy).name;
                if !person.alive {
                    return refuse(tr_args("refuse-dead", &[("person", name.as_str().into())]));
                }
                if person.away_until > st.turn {
                    return refuse(tr_args(
                        "refuse-away",
                        &[("person", name.as_str().into()), ("date", s.calendar.date(person.away_until).into())],
                    ));
                }
                check_draft(s, (side, *to), terms)?;
            }
            Action::Answer { proposal, answer } => {
                let Some(p) = st.proposals.iter().find(|p| p.id == *proposal) else {
                    return refuse(tr_args("refuse-no-draft", &[("proposal", proposal.to_string().into())]));
                };
                if p.to != side || p.status != ProposalStatus::Waiting {
                    return refuse(tr_args(
                        "refuse-draft-not-waiting",
                        &[("proposal", proposal.to_string().into()), ("court", court.into())],
                    ));
                }
                if let Answer::Counter(terms) = answer {
                    check_draft(s, (p.from, p.to), terms)?;
                }
            }
            Action::EndTurn => {}
        }
        Ok(())
    }

    fn apply(&mut self, side: CourtId, action: &Action) {
        let s = self.scenario.clone();
        let st = &mut self.state;
        match action {
            Action::Move { army, to } => {
                let from = st.armies[army.index()].at;
                let river = s.neighbours[from.index()].iter().any(|(n, r)| n == to && *r);
                let a = &mut st.armies[army.index()];
                if river {
                    // Boats, ice and a cold camp on the far bank.
                    a.morale = (a.morale - s.rules.river_crossing_morale).max(0);
                }
                a.at = *to;
                a.moved = true;
                a.order = Order::Hold;
                a.siege = 0;
                st.say(Some(side), Entry::Moved { army: *army, to: *to });
            }
            Action::Besiege { army } => {
                let a = &mut st.armies[army.index()];
                if a.order != Order::Besiege {
                    a.order = Order::Besiege;
                    let at = a.at;
                    st.say(None, Entry::SiegeBegun { army: *army, at });
                }
            }
            Action::Assault { army } => st.armies[army.index()].order = Order::Assault,
            Action::Garrison { army } => st.armies[army.index()].order = Order::Garrison,
            Action::Fortify { place } => {
                st.courts[side].treasury.silver -= s.rules.fortify_cost;
                let p = &mut st.places[place.index()];
                p.fort += 1;
                let level = p.fort;
                st.say(None, Entry::Fortified { place: *place, level });
            }
            Action::Appoint { character, army } => {
                for a in st.armies.iter_mut().filter(|a| a.commander == Some(*character)) {
                    a.commander = None;
                }
                st.armies[army.index()].commander = Some(*character);
                st.say(Some(side), Entry::Appointed { character: *character, army: Some(*army) });
            }
            Action::AppointEnvoy { character } => {
                st.courts[side].envoy = Some(*character);
                st.say(Some(side), Entry::Appointed { character: *character, army: None });
            }
            Action::Policy { policy } => {
                let p = &s.policies[policy.index()];
                let court = &mut st.courts[side];
                if !p.once && court.active[policy.index()] {
                    court.active[policy.index()] = false;
                    st.say(None, Entry::PolicyTaken { side, policy: *policy, on: false });
                } else {
                    for r in Resource::ALL {
                        *court.treasury.get_mut(r) -= p.cost.get(r);
                    }
                    if p.once {
                        court.taken[policy.index()] = true;
                    } else {
                        court.active[policy.index()] = true;
                    }
                    st.say(None, Entry::PolicyTaken { side, policy: *policy, on: true });
                    effects::apply_all(&s, st, &p.effects, &effects::Scope::default());
                }
            }
            Action::SendEnvoy { to, terms } => {
                let envoy = st.courts[side].envoy.expect("checked");
                send(st, &s, (side, *to), envoy, terms.clone(), None);
            }
            Action::Answer { proposal, answer } => {
                let idx = st.proposals.iter().position(|p| p.id == *proposal).expect("checked");
                let p = &st.proposals[idx];
                let (envoy, terms, from) = (p.envoy, p.terms.clone(), p.from);
                // The reason both courts read, from public things alone.
                let said = |verdict: Verdict, counter: &[Term]| Entry::Answered {
                    proposal: *proposal,
                    by: side,
                    verdict,
                    why: chronicle::why(&s, side, verdict, &terms, counter),
                };
                match answer {
                    Answer::Accept => {
                        st.proposals[idx].status = ProposalStatus::Accepted;
                        st.say_between(from, side, said(Verdict::Accept, &[]));
                        treaty::swear(&s, st, (from, side), terms);
                    }
                    Answer::Reject => {
                        st.proposals[idx].status = ProposalStatus::Rejected;
                        st.people[envoy.index()].away_until = st.turn + travel(&s, envoy);
                        st.say_between(from, side, said(Verdict::Reject, &[]));
                    }
                    Answer::Counter(counter) => {
                        st.proposals[idx].status = ProposalStatus::Countered;
                        st.say_between(from, side, said(Verdict::Counter, counter));
                        // The counter-offer goes back with the envoy who brought the draft.
                        send(st, &s, (side, from), envoy, counter.clone(), Some(*proposal));
                    }
                }
            }
            Action::EndTurn => {
                st.courts[side].done = true;
                if st.courts.0.iter().all(|c| c.done) {
                    turn::resolve(self);
                }
            }
        }
    }

    /// Drafts waiting for this side's answer.
    pub fn waiting_for(&self, side: CourtId) -> impl Iterator<Item = &Proposal> {
        self.state.proposals.iter().filter(move |p| p.to == side && p.status == ProposalStatus::Waiting)
    }
}

fn travel(s: &Scenario, envoy: CharId) -> u32 {
    s.character(envoy).envoy.as_ref().map_or(1, |e| e.travel.max(1))
}

fn send(
    st: &mut State,
    s: &Scenario,
    (from, to): (CourtId, CourtId),
    envoy: CharId,
    terms: Vec<Term>,
    answers: Option<u32>,
) {
    let id = st.proposals.len() as u32 + 1;
    let arrives = st.turn + travel(s, envoy);
    st.people[envoy.index()].away_until = arrives;
    st.say_between(from, to, Entry::EnvoySent { from, to, envoy, arrives, proposal: id, terms: terms.clone() });
    st.proposals.push(Proposal { id, from, to, envoy, terms, arrives, status: ProposalStatus::Travelling, answers });
}

/// A draft between two courts must name each clause once, each clause one these two courts
/// may swear, with values of the right kinds in range.
pub fn check_draft(s: &Scenario, (a, b): (CourtId, CourtId), terms: &[Term]) -> Result<(), ActionError> {
    use crate::rules::scenario::{ParamKind, Value};
    if terms.is_empty() {
        return refuse(tr("refuse-draft-empty"));
    }
    for (i, t) in terms.iter().enumerate() {
        let Some(c) = s.clauses.get(t.clause.index()) else { return refuse(tr("refuse-unknown-clause")) };
        if terms[..i].iter().any(|o| o.clause == t.clause) {
            return refuse(tr_args("refuse-clause-twice", &[("clause", c.name.as_str().into())]));
        }
        if !c.allowed_between(a, b) {
            return refuse(tr_args(
                "refuse-clause-not-between",
                &[("clause", c.name.as_str().into()), ("a", s.court_name(a).into()), ("b", s.court_name(b).into())],
            ));
        }
        if t.values.len() != c.params.len() {
            return refuse(tr_args(
                "refuse-clause-values",
                &[("clause", c.name.as_str().into()), ("n", c.params.len().to_string().into())],
            ));
        }
        for (p, v) in c.params.iter().zip(&t.values) {
            let ok = match (&p.kind, v) {
                (ParamKind::Amount { min, max, .. }, Value::Amount(n)) => (*min..=*max).contains(n),
                // A treaty binds its two parties only: no third court pays or yields.
                (ParamKind::Side { .. }, Value::Side(c)) => *c == a || *c == b,
                (ParamKind::Place { .. }, Value::Place(pl)) => pl.index() < s.places.len(),
                (ParamKind::Region { .. }, Value::Region(r)) => r.index() < s.regions.len(),
                _ => false,
            };
            if !ok {
                return refuse(tr_args(
                    "refuse-value-out-of-range",
                    &[("param", p.name.as_str().into()), ("clause", c.name.as_str().into())],
                ));
            }
        }
    }
    Ok(())
}

/// A short description of an action for the breach record.
pub fn describe(s: &Scenario, action: &Action) -> String {
    let army = |a: &ArmyId| s.armies[a.index()].name.as_str().into();
    match action {
        Action::Move { army: a, to } => {
            tr_args("breach-crossed", &[("army", army(a)), ("place", s.place(*to).name.as_str().into())])
        }
        Action::Besiege { army: a } => tr_args("breach-besieged", &[("army", army(a))]),
        Action::Assault { army: a } => tr_args("breach-stormed", &[("army", army(a))]),
        Action::Fortify { place } => tr_args("breach-fortified", &[("place", s.place(*place).name.as_str().into())]),
        Action::Policy { policy } => {
            tr_args("breach-policy", &[("policy", s.policies[policy.index()].name.as_str().into())])
        }
        Action::SendEnvoy { .. } => tr("breach-envoy"),
        _ => tr("breach-order"),
    }
}
