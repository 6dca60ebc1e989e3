//! How a court judges a draft treaty: every clause priced on one scale, weighed against
//! what going on with the war is worth to it, with every reason itemised; and how it
//! answers with a counter-offer it would itself accept.

use crate::locale::{Arg, tr, tr_args};
use crate::rules::chronicle::count;
use crate::rules::effects::{self, Scope, region_places};
use crate::rules::game::Game;
use crate::rules::ids::*;
use crate::rules::scenario::{ParamKind, Scenario, Term, Value, Veto};
use crate::rules::state::State;
use crate::rules::vocab::{RegionRef, WorthTerm};

/// One line of a court's reasoning: points for (+) or against (-) the treaty, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub points: i32,
    pub text: String,
}

/// A court's judgement of a draft.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub by: CourtId,
    /// The other party to the draft.
    pub with: CourtId,
    /// One line per article of the draft, in order.
    pub clauses: Vec<Reason>,
    /// What the court's situation adds or takes away: each line is the war's pull (-) or
    /// peace's pull (+).
    pub situation: Vec<Reason>,
    /// Hard refusals, whatever the numbers.
    pub vetoes: Vec<String>,
}

impl Evaluation {
    pub fn total(&self) -> i32 {
        self.clauses.iter().chain(&self.situation).map(|r| r.points).sum()
    }

    pub fn treaty_worth(&self) -> i32 {
        self.clauses.iter().map(|r| r.points).sum()
    }

    /// The treaty is sworn only when nothing vetoes it and it beats the war by the margin.
    pub fn acceptable(&self) -> bool {
        self.vetoes.is_empty() && self.total() >= 0
    }

    /// Every reason as "+12  Yearly silver ...", vetoes first.
    pub fn lines(&self) -> Vec<String> {
        let mut out: Vec<String> =
            self.vetoes.iter().map(|v| tr_args("table-veto-line", &[("veto", v.as_str().into())])).collect();
        for r in self.clauses.iter().chain(&self.situation) {
            out.push(format!("{:+4}  {}", r.points, r.text));
        }
        let yes_no = if self.acceptable() { "yes" } else { "no" };
        out.push(format!("{:+4}  {}", self.total(), tr_args("table-total", &[("acceptable", yes_no.into())])));
        out
    }
}

fn value_f(v: &Value) -> f64 {
    match v {
        Value::Amount(n) => *n as f64,
        _ => 0.0,
    }
}

/// The vetoes a court holds against an article now: those of its side whose `unless` fails.
pub fn vetoes_by<'a>(s: &'a Scenario, st: &'a State, side: CourtId, term: &Term) -> impl Iterator<Item = &'a Veto> {
    s.clause(term.clause).vetoes.iter().filter(move |v| v.side == side && !effects::holds(s, st, &v.unless))
}

/// What one article is worth to a court, in points.
pub fn term_worth(s: &Scenario, st: &State, side: CourtId, term: &Term) -> i32 {
    let clause = s.clause(term.clause);
    let mut pts = 0.0f64;
    for w in &clause.worth[side] {
        pts += match w {
            WorthTerm::Base(v) => *v as f64,
            WorthTerm::Per(p, unit, v) => term.values.get(*p as usize).map_or(0.0, value_f) / *unit as f64 * *v as f64,
            WorthTerm::IfSide(p, who, v) => {
                if term.values.get(*p as usize) == Some(&Value::Side(*who)) {
                    *v as f64
                } else {
                    0.0
                }
            }
            WorthTerm::When(c, v) => {
                if effects::holds(s, st, c) {
                    *v as f64
                } else {
                    0.0
                }
            }
            WorthTerm::PerPlace(p, v) => {
                let scope = Scope { values: &term.values, ..Scope::default() };
                region_places(s, RegionRef::Param(*p), &scope).len() as f64 * *v as f64
            }
        };
    }
    pts.round().clamp(-1.0e6, 1.0e6) as i32
}

/// What a court thinks of a draft between it and the court `with`, brought by an envoy (or
/// written by itself, `envoy: None`).
pub fn evaluate(game: &Game, by: CourtId, with: CourtId, terms: &[Term], envoy: Option<CharId>) -> Evaluation {
    foreseen_evaluation(game, &Grounds::truth(game, by, with), terms, envoy)
}

/// Whether a court would swear a draft with the court `with`: the same judgement as
/// [`evaluate`], without writing a word of it (the computer's courts ask this many times a turn).
pub fn accepts(game: &Game, by: CourtId, with: CourtId, terms: &[Term], envoy: Option<CharId>) -> bool {
    judgement(game, by, with, terms, envoy).is_some_and(|total| total >= 0)
}

/// The total of a court's judgement of a draft, or `None` when it vetoes a clause:
/// [`Evaluation::total`] without the sentences.
pub fn judgement(game: &Game, by: CourtId, with: CourtId, terms: &[Term], envoy: Option<CharId>) -> Option<i32> {
    foreseen_judgement(game, &Grounds::truth(game, by, with), terms, envoy)
}

/// The total a court foresees another court giving a draft, from its own beliefs (the
/// computer's drafts ask this): `None` when a clause is vetoed, which the scenario makes known.
pub fn foreseen_judgement(game: &Game, grounds: &Grounds, terms: &[Term], envoy: Option<CharId>) -> Option<i32> {
    let s = &*game.scenario;
    let st = grounds.world(game);
    if terms.iter().any(|t| vetoes_by(s, st, grounds.by, t).next().is_some()) {
        return None;
    }
    let mut total: i32 = terms.iter().map(|t| term_worth(s, st, grounds.by, t)).sum();
    weigh(game, grounds, envoy, &mut |points, _| total += points);
    Some(total)
}

/// Whether an envoy knows the mind of the court `of`: one with inside knowledge knows his own
/// court's (Wang Jizhong, a Liao official, wrote to the Song what the Liao would accept).
pub fn knows_their_mind(s: &Scenario, envoy: Option<CharId>, of: CourtId) -> bool {
    envoy.map(|e| s.character(e)).is_some_and(|c| c.side == of && c.envoy.as_ref().is_some_and(|t| t.inside_knowledge))
}

/// How a court foresees another's answer: from the true figures when its envoy knows the
/// other court's mind, else from its beliefs.
pub fn foresight(game: &Game, seer: CourtId, by: CourtId, envoy: Option<CharId>) -> Grounds {
    if knows_their_mind(&game.scenario, envoy, by) {
        Grounds::truth(game, by, seer)
    } else {
        Grounds::believed_by(game, seer, by, seer)
    }
}

/// How many points either way `seer` may be wrong about `by`'s total: none with inside
/// knowledge; else the spread of each belief, weighed as the judgement weighs its figure.
pub fn uncertainty(game: &Game, seer: CourtId, by: CourtId, envoy: Option<CharId>) -> i32 {
    if knows_their_mind(&game.scenario, envoy, by) {
        return 0;
    }
    // However well a court knows the other's figures, how the other weighs them on the day
    // is read through the envoy: the more eloquent, the better.
    let eloquence = envoy.and_then(|e| game.scenario.character(e).envoy.as_ref()).map_or(0, |t| t.eloquence);
    let reading = (12 - 2 * eloquence).max(1) as i64;
    let b = &game.state.courts[seer].beliefs[by];
    // Not at war, the judgement weighs no hidden figure but trust: the treaty in force and
    // the court's pride are known to all.
    if !game.state.at_war_with(seer, by) {
        // ...and its mood, which moves with its hidden resolve.
        return (reading + b.trust.spread / 5 + b.resolve.spread / 2) as i32;
    }
    let enemy = game.state.strength(seer).max(1);
    let balance = (10 * b.strength.spread / enemy).min(15);
    (reading + b.resolve.spread + balance + b.morale.spread / 3 + b.war_weariness.spread / 3 + b.trust.spread / 5)
        as i32
}

/// Where the situation's lines go: (points, the sentence when wanted).
type LineSink<'a> = dyn FnMut(i32, &dyn Fn() -> String) + 'a;

/// What a court's judgement of a draft rests on besides the draft itself. When a court
/// judges for itself every figure is true; when another court foresees its answer the
/// figures it cannot see (resolve, strength, morale, war-weariness, granaries, trust) are
/// that court's beliefs, and the lines say "about".
#[derive(Clone, Debug, PartialEq)]
pub struct Grounds {
    pub by: CourtId,
    pub with: CourtId,
    /// Figures believed, not known.
    pub believed: bool,
    /// The worth to `by` of the treaty in force between the two, if one binds them.
    pub treaty_now: Option<i32>,
    pub cause_for_war: bool,
    pub at_war: bool,
    pub resolve: i32,
    pub own: i64,
    pub enemy: i64,
    pub morale: i32,
    pub war_weariness: i32,
    /// How close the enemy's armies inside `by`'s land stand to its capital, in steps.
    pub capital_near: Option<u16>,
    pub lost: i32,
    pub taken: i32,
    pub raiders: i32,
    pub deep: i32,
    pub hungry_soon: bool,
    pub trust: i32,
    /// How far the court's resolve has moved from its nature: known to itself only, taken as
    /// nothing when another court foresees its answer.
    pub mood: i32,
    /// The world as the foreseeing court believes it, for the clauses' `When` worths and
    /// vetoes' `unless` conditions (the true state when a court judges for itself).
    pub world: Option<std::sync::Arc<State>>,
}

impl Grounds {
    /// The state the conditions of the judgement are read in.
    pub fn world<'a>(&'a self, game: &'a Game) -> &'a State {
        self.world.as_deref().unwrap_or(&game.state)
    }

    /// A court judging for itself: its own figures true, the other court's strength as it
    /// believes it (its own eyes see what stands in its land).
    pub fn truth(game: &Game, by: CourtId, with: CourtId) -> Grounds {
        let s = &*game.scenario;
        let st = &game.state;
        let court = &st.courts[by];
        let def = &s.courts[by];
        let treaty_now =
            st.treaty_between(by, with).map(|t| t.in_force_terms().map(|term| term_worth(s, st, by, term)).sum());
        let upkeep = st.strength(by) / 10_000 * def.grain_per_10k;
        let mut g = Grounds::public(game, by, with, treaty_now);
        g.resolve = def.personality.resolve + court.resolve_shift;
        g.mood = court.resolve_shift;
        g.own = st.strength(by);
        g.morale = st.morale(by);
        g.war_weariness = court.war_weariness;
        g.deep = st.armies_of(by).filter(|(_, a)| st.places[a.at.index()].controller != by).count() as i32;
        g.hungry_soon = upkeep > 0 && court.treasury.grain < upkeep * 3;
        g.trust = court.trust[with];
        g.enemy = court.beliefs[with].strength.value;
        g
    }

    /// The figures as the court `seer` believes them: its foresight of `by`'s answer.
    pub fn believed_by(game: &Game, seer: CourtId, by: CourtId, with: CourtId) -> Grounds {
        let s = &*game.scenario;
        let st = &game.state;
        let b = &st.courts[seer].beliefs[by];
        let world = crate::rules::belief::believed_state(game, seer, by);
        // Clause worths are the scenario's, known to all, read in the world as believed.
        let treaty_now = world.treaty_between(by, with).map(|t| {
            let w = &world;
            t.in_force_terms().map(|term| term_worth(s, w, by, term)).sum()
        });
        let mut g = Grounds::public(game, by, with, treaty_now);
        g.world = Some(std::sync::Arc::new(world));
        g.believed = true;
        g.resolve = b.resolve.value as i32;
        g.own = b.strength.value;
        g.morale = b.morale.value as i32;
        g.war_weariness = b.war_weariness.value as i32;
        // Only the armies of `by` that `seer` can see are known to stand in foreign land.
        g.deep = st
            .armies_of(by)
            .filter(|(_, a)| st.places[a.at.index()].controller != by)
            .filter(|(_, a)| crate::rules::view::sees_place(s, st, seer, a.at))
            .count() as i32;
        g.hungry_soon = false;
        g.trust = b.trust.value as i32;
        g
    }

    /// What every court can see: the map, the treaty, breaches, the other court's armies
    /// in `by`'s land as `with` knows them; the hidden figures left at zero.
    fn public(game: &Game, by: CourtId, with: CourtId, treaty_now: Option<i32>) -> Grounds {
        let s = &*game.scenario;
        let st = &game.state;
        let capital = s.courts[by].capital;
        let capital_near = (!st.courts[by].fled)
            .then(|| {
                st.armies_of(with)
                    .filter(|(_, a)| st.places[a.at.index()].controller == by)
                    .map(|(_, a)| s.distance(a.at, capital))
                    .min()
            })
            .flatten();
        let lost =
            s.places.iter().enumerate().filter(|(i, p)| p.controller == by && st.places[*i].controller != by).count();
        let taken =
            s.places.iter().enumerate().filter(|(i, p)| p.controller != by && st.places[*i].controller == by).count();
        Grounds {
            by,
            with,
            believed: false,
            treaty_now,
            cause_for_war: st.courts[by].cause_for_war[with],
            at_war: st.at_war_with(by, with),
            resolve: 0,
            own: 0,
            enemy: st.strength(with),
            morale: 0,
            war_weariness: 0,
            capital_near,
            lost: lost as i32,
            taken: taken as i32,
            raiders: st.armies_of(with).filter(|(_, a)| st.places[a.at.index()].controller == by).count() as i32,
            deep: 0,
            hungry_soon: false,
            trust: 0,
            mood: 0,
            world: None,
        }
    }
}

/// The situation's lines handed to `line` as (points, the sentence when wanted): the
/// computer's own judgements only add the points and never write the sentences.
fn weigh(game: &Game, g: &Grounds, envoy: Option<CharId>, line: &mut LineSink) {
    let s = &*game.scenario;
    let def = &s.courts[g.by];
    let mut push = |points: i32, text: &dyn Fn() -> String| {
        if points != 0 {
            line(points, text);
        }
    };
    // Believed figures are said to be so ("about"), and of the other court ("their").
    let believed: Arg<'static> = if g.believed { "yes" } else { "no" }.into();
    let say = |key: &str, args: &[(&'static str, Arg<'static>)]| {
        let mut all = vec![("believed", believed.clone())];
        all.extend_from_slice(args);
        tr_args(key, &all)
    };
    let n = |v: i64| -> Arg<'static> { count(v).into() };
    if let Some(now) = g.treaty_now {
        // Bound by a treaty, the alternative is the treaty in force, not the war.
        push(-now, &|| say("table-treaty-now", &[]));
        if g.cause_for_war {
            push(-10, &|| say("table-cause-for-war", &[]));
        }
        // At peace the court's will to fight counts only as its mood: how far the die and
        // the years have moved it from its nature (another court cannot see it).
        let mood = g.mood / 2;
        let key = if mood >= 0 { "table-mood-bolder" } else { "table-mood-yielding" };
        push(-mood, &|| say(key, &[]));
    } else if g.at_war {
        let resolve = g.resolve;
        let key = if resolve >= 0 { "table-resolve" } else { "table-wish-for-peace" };
        push(-resolve, &|| say(key, &[]));
        let (own, enemy) = (g.own.max(1) as f64, g.enemy.max(1) as f64);
        let balance = ((own / enemy - 1.0) * 10.0).clamp(-15.0, 15.0) as i32;
        push(-balance, &|| say("table-armies", &[("own", n(own as i64)), ("enemy", n(enemy as i64))]));
        let morale = g.morale;
        push(-(morale - 50) / 3, &|| say("table-morale", &[("morale", morale.to_string().into())]));
        let ww = g.war_weariness;
        push(ww / 3, &|| say("table-war-weariness", &[("weariness", ww.to_string().into())]));
        let capital = &s.place(def.capital).name;
        let at_capital = |key: &str| say(key, &[("capital", capital.clone().into())]);
        match g.capital_near {
            Some(0 | 1) => push(25, &|| at_capital("table-capital-gates")),
            Some(2) => push(15, &|| at_capital("table-capital-near")),
            Some(3) => push(8, &|| at_capital("table-capital-reach")),
            _ => {}
        }
        let (lost, taken, raiders, deep) = (g.lost, g.taken, g.raiders, g.deep);
        push(3 * lost, &|| say("table-lost", &[("lost", n(lost as i64))]));
        push(-3 * taken, &|| say("table-taken", &[("taken", n(taken as i64))]));
        push(3 * raiders, &|| say("table-raiders", &[("raiders", n(raiders as i64))]));
        // Deep in enemy land, far from home, an army's position is fragile.
        push(2 * deep, &|| say("table-deep", &[("deep", n(deep as i64))]));
        if g.hungry_soon {
            push(10, &|| say("table-hungry-soon", &[]));
        }
        if g.trust < 0 {
            let trust = g.trust;
            push(trust / 5, &|| say("table-distrust", &[("trust", trust.to_string().into())]));
        }
    }
    // At peace without a treaty, the alternative is that peace: only pride asks for more.
    let margin = def.personality.margin.max(0);
    let envoy = envoy.and_then(|e| s.character(e).envoy.as_ref().map(|t| (e, t)));
    // The envoy can talk the court out of its pride, never into a treaty worse than the war.
    let plea = envoy.map_or(0, |(_, t)| t.eloquence + t.standing[g.by]).min(margin);
    push(-margin, &|| say("table-pride", &[]));
    if let Some((e, t)) = envoy.filter(|_| plea > 0) {
        push(plea, &|| {
            say(
                "table-envoy-argues",
                &[
                    ("envoy", s.character(e).label().into()),
                    ("eloquence", t.eloquence.to_string().into()),
                    ("standing", t.standing[g.by].to_string().into()),
                ],
            )
        });
    }
}

/// Which way an amount parameter helps a court: +1 if more is better, -1 if less, 0 if neither.
fn amount_direction(s: &Scenario, side: CourtId, term: &Term, param: usize) -> i32 {
    let mut slope = 0.0f32;
    for w in &s.clause(term.clause).worth[side] {
        if let WorthTerm::Per(p, _, v) = w
            && *p as usize == param
        {
            slope += v;
        }
    }
    if slope > 0.0 {
        1
    } else if slope < 0.0 {
        -1
    } else {
        0
    }
}

/// Moves every amount in a draft a fraction `t` of the way toward what `side` likes best. The
/// amounts it wants more of grow by one factor and those it wants less of shrink by another,
/// so an article keeps its shape as it moves (one part silver to two of silk stays so), and
/// none passes its bounds. `base`: the articles of the treaty in force between the two
/// courts, from which amounts move (in 1042 the Liao asked for more on top of 1005's sums).
pub fn lean(s: &Scenario, side: CourtId, terms: &[Term], t: f64, base: &[Term]) -> Vec<Term> {
    terms
        .iter()
        .map(|term| {
            let clause = s.clause(term.clause);
            let held = base.iter().find(|b| b.clause == term.clause);
            let amounts = || {
                term.values.iter().enumerate().filter_map(|(i, v)| match (v, &clause.params[i].kind) {
                    (Value::Amount(n), ParamKind::Amount { min, max, .. }) => {
                        let from = match held.and_then(|b| b.values.get(i)) {
                            Some(Value::Amount(b)) => (*b).clamp(*min, *max),
                            _ => *min,
                        };
                        Some((i, *n, *min, *max, from))
                    }
                    _ => None,
                })
            };
            // How far the wanted amounts can grow together before the first reaches its bound.
            let room = amounts()
                .filter(|(i, n, _, _, from)| *n > *from && amount_direction(s, side, term, *i) > 0)
                .map(|(_, n, _, max, from)| (max - from) as f64 / (n - from) as f64)
                .fold(f64::INFINITY, f64::min);
            let mut values = term.values.clone();
            for (i, n, min, max, from) in amounts() {
                let moved = match amount_direction(s, side, term, i) {
                    1 if n > from && room.is_finite() => from as f64 + (n - from) as f64 * (1.0 + t * (room - 1.0)),
                    1 => n as f64 + (max - n) as f64 * t,
                    -1 => {
                        let floor = if from < n { from } else { min };
                        n as f64 - (n - floor) as f64 * t
                    }
                    _ => n as f64,
                };
                values[i] = Value::Amount(round_amount(moved as i64, min, max));
            }
            Term { clause: term.clause, values }
        })
        .collect()
}

/// The articles in force between two courts, from which a new draft's amounts move.
pub fn in_force_between(st: &State, a: CourtId, b: CourtId) -> Vec<Term> {
    st.treaty_between(a, b).map(|t| t.in_force_terms().cloned().collect()).unwrap_or_default()
}

/// Round figures, as a court would write them: to 10,000 above 100,000.
fn round_amount(n: i64, min: i64, max: i64) -> i64 {
    let step = if n >= 100_000 {
        10_000
    } else if n >= 10_000 {
        1_000
    } else {
        1
    };
    ((n + step / 2) / step * step).clamp(min, max)
}

/// Sets each side parameter to what `side` prefers of the two parties, where it has a preference.
pub fn prefer_sides(s: &Scenario, st: &State, side: CourtId, parties: (CourtId, CourtId), terms: &mut [Term]) {
    for term in terms.iter_mut() {
        for i in 0..term.values.len() {
            if let Value::Side(current) = term.values[i] {
                let other = Value::Side(if current == parties.0 { parties.1 } else { parties.0 });
                let mut flipped = term.clone();
                flipped.values[i] = other;
                if term_worth(s, st, side, &flipped) > term_worth(s, st, side, term) {
                    *term = flipped;
                }
            }
        }
    }
}

/// How much nearer its own limit each earlier draft brings a court's counter-offer.
const COUNTER_STEP: f64 = 0.2;

/// The answer a court would give to the court `with`: a counter-offer close to the draft that
/// it would itself accept, or `None` if no such treaty can be made from the draft and its own
/// demands.
pub fn counter_offer(
    game: &Game,
    by: CourtId,
    with: CourtId,
    terms: &[Term],
    envoy: Option<CharId>,
) -> Option<Vec<Term>> {
    // The court's own grounds, gathered once for every draft the search weighs.
    let own = Grounds::truth(game, by, with);
    let judge = |draft: &[Term]| foreseen_judgement(game, &own, draft, envoy).is_some_and(|t| t >= 0);
    // Then it asks for as much more as it foresees the other court swearing, from its own
    // beliefs: the two courts' limits meet where the war has brought them.
    let theirs = foresight(game, by, with, None);
    let swears = |draft: &[Term]| foreseen_judgement(game, &theirs, draft, None).is_some_and(|t| t >= 0);
    let least = counter_offer_judged(game, &game.state, by, with, terms, &judge, true)?;
    if !swears(&least) {
        // Where insisting on its side of an article (who is the elder brother) would sink
        // the treaty, it leaves the other court's choice standing.
        return Some(
            counter_offer_judged(game, &game.state, by, with, terms, &judge, false)
                .filter(|d| swears(d))
                .unwrap_or(least),
        );
    }
    let s = &*game.scenario;
    let base = in_force_between(&game.state, by, with);
    // Each draft it has sent that court already brings it a step nearer its own limit: offers
    // converge, as Cao Liyong's and Han Qi's did, rather than crossing back and forth.
    let sent = game.state.proposals.iter().filter(|p| p.from == by && p.to == with).count();
    let bold = (1.0 - COUNTER_STEP * sent as f64).max(0.0);
    let (mut lo, mut hi) = (0.0, bold);
    if swears(&lean(s, by, &least, hi, &base)) {
        return Some(lean(s, by, &least, hi, &base));
    }
    for _ in 0..10 {
        let mid = (lo + hi) / 2.0;
        if swears(&lean(s, by, &least, mid, &base)) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Some(lean(s, by, &least, lo, &base))
}

/// The nearest draft `by` would swear as another court foresees it: "What would it take?",
/// from that court's beliefs (exact only with inside knowledge).
pub fn foreseen_counter_offer(
    game: &Game,
    grounds: &Grounds,
    terms: &[Term],
    envoy: Option<CharId>,
) -> Option<Vec<Term>> {
    let judge = |draft: &[Term]| foreseen_judgement(game, grounds, draft, envoy).is_some_and(|t| t >= 0);
    counter_offer_judged(game, grounds.world(game), grounds.by, grounds.with, terms, &judge, true)
}

/// A counter-offer close to the draft that `judge` finds acceptable to `by`.
/// `world`: where `by`'s vetoes and likings are read (the truth for its own mind, the
/// foreseeing court's beliefs otherwise). `own_sides`: whether `by` sets each side
/// parameter (the elder brother) its own way.
fn counter_offer_judged(
    game: &Game,
    world: &State,
    by: CourtId,
    with: CourtId,
    terms: &[Term],
    judge: &dyn Fn(&[Term]) -> bool,
    own_sides: bool,
) -> Option<Vec<Term>> {
    let s = &*game.scenario;
    let st = world;
    let mut kept: Vec<Term> = terms.iter().filter(|t| vetoes_by(s, st, by, t).next().is_none()).cloned().collect();
    let held = in_force_between(st, by, with);
    // What the oath in force settled (who is the elder brother) is not reopened.
    if own_sides {
        let settled = |t: &Term| held.iter().any(|h| h.clause == t.clause && h.values == t.values);
        let mut open: Vec<Term> = kept.iter().filter(|t| !settled(t)).cloned().collect();
        prefer_sides(s, st, by, (by, with), &mut open);
        for t in kept.iter_mut().filter(|t| !settled(t)) {
            if let Some(i) = open.iter().position(|o| o.clause == t.clause) {
                *t = open.remove(i);
            }
        }
    }
    let mut more = kept.clone();
    for t in &s.courts[by].personality.openings[with] {
        if !more.iter().any(|m| m.clause == t.clause) {
            more.push(t.clone());
        }
    }
    // Last, without the new articles that cost it (Fu Bi struck out the word "present").
    let mut trimmed = more.clone();
    trimmed.retain(|t| term_worth(s, st, by, t) >= 0 || held.iter().any(|h| h.clause == t.clause));
    let drafts = [kept.clone(), more, trimmed];
    for draft in drafts {
        if draft.is_empty() {
            continue;
        }
        if !judge(&lean(s, by, &draft, 1.0, &held)) {
            continue;
        }
        // The smallest change that makes the draft acceptable.
        let (mut lo, mut hi) = (0.0, 1.0);
        if judge(&draft) {
            return Some(draft);
        }
        for _ in 0..12 {
            let mid = (lo + hi) / 2.0;
            if judge(&lean(s, by, &draft, mid, &held)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return Some(lean(s, by, &draft, hi, &held));
    }
    None
}

/// For each amount in a draft, the value at which the other court would just accept it,
/// other articles unchanged, as `grounds` show its mind: exact with Wang Jizhong's inside
/// knowledge, an estimate otherwise.
pub fn limits(
    game: &Game,
    grounds: &Grounds,
    terms: &[Term],
    envoy: Option<CharId>,
) -> Vec<(usize, usize, Option<i64>)> {
    let s = &*game.scenario;
    let receiver = grounds.by;
    let mut out = Vec::new();
    for (ti, term) in terms.iter().enumerate() {
        let clause = s.clause(term.clause);
        for (pi, p) in clause.params.iter().enumerate() {
            let ParamKind::Amount { min, max, .. } = p.kind else { continue };
            let dir = amount_direction(s, receiver, term, pi);
            if dir == 0 {
                continue;
            }
            let with = |n: i64| {
                let mut draft = terms.to_vec();
                draft[ti].values[pi] = Value::Amount(n);
                foreseen_judgement(game, grounds, &draft, envoy).is_some_and(|t| t >= 0)
            };
            // Search the threshold between the worst and best value for the receiver.
            let (mut bad, mut good) = if dir > 0 { (min, max) } else { (max, min) };
            if !with(good) {
                out.push((ti, pi, None));
                continue;
            }
            if with(bad) {
                out.push((ti, pi, Some(bad)));
                continue;
            }
            for _ in 0..40 {
                if (good - bad).abs() <= 1 {
                    break;
                }
                let mid = bad + (good - bad) / 2;
                if with(mid) { good = mid } else { bad = mid }
            }
            out.push((ti, pi, Some(good)));
        }
    }
    out
}

/// What the sending court can foresee of the answer before the envoy leaves: from its
/// beliefs, with their uncertainty, or exactly when its envoy knows the other court's mind.
#[derive(Clone, Debug)]
pub struct Estimate {
    /// The other court's judgement as foreseen: its reasons, with believed figures.
    pub evaluation: Evaluation,
    /// True when the envoy knows the other court's mind (Wang Jizhong): the numbers are exact.
    pub exact: bool,
    /// Without inside knowledge, the answer may lie this many points either way.
    pub uncertainty: i32,
    /// Each amount's threshold (term, parameter): exact with inside knowledge; else the
    /// range from the most to the least yielding court the beliefs allow, each `None` where
    /// no amount alone would do.
    pub limits: Vec<(usize, usize, Option<i64>, Option<i64>)>,
}

impl Estimate {
    /// The chance, as the sending court reckons it, that the draft is sworn: the foreseen
    /// total spread evenly over its uncertainty.
    pub fn chance(&self) -> f64 {
        if !self.evaluation.vetoes.is_empty() {
            return 0.0;
        }
        let total = self.evaluation.total() as f64;
        let u = self.uncertainty as f64;
        if u <= 0.0 { if total >= 0.0 { 1.0 } else { 0.0 } } else { ((total + u) / (2.0 * u)).clamp(0.0, 1.0) }
    }

    /// "They will probably refuse: 30% by our estimate."
    pub fn verdict(&self) -> String {
        if !self.evaluation.vetoes.is_empty() {
            return tr("table-verdict-veto");
        }
        let p = self.chance();
        let word = tr(match p {
            p if p >= 1.0 => "table-verdict-accept",
            p if p >= 0.67 => "table-verdict-probably-accept",
            p if p > 0.33 => "table-verdict-close",
            p if p > 0.0 => "table-verdict-probably-refuse",
            _ => "table-verdict-refuse",
        });
        if self.exact {
            word
        } else {
            let percent = format!("{:.0}", 100.0 * p);
            tr_args("table-verdict-estimate", &[("verdict", word.into()), ("percent", percent.into())])
        }
    }
}

/// What `from` foresees of `to`'s answer to a draft carried by `envoy`.
pub fn estimate(game: &Game, from: CourtId, to: CourtId, terms: &[Term], envoy: Option<CharId>) -> Estimate {
    let grounds = foresight(game, from, to, envoy);
    let evaluation = foreseen_evaluation(game, &grounds, terms, envoy);
    let uncertainty = uncertainty(game, from, to, envoy);
    let exact = uncertainty == 0;
    let limits = if exact {
        limits(game, &grounds, terms, envoy).into_iter().map(|(t, p, l)| (t, p, l, l)).collect()
    } else {
        // The most yielding and the most stubborn court the beliefs allow.
        let mut soft = grounds.clone();
        soft.resolve -= uncertainty;
        let mut hard = grounds.clone();
        hard.resolve += uncertainty;
        // An estimate is said in round figures, as a court would write them.
        let round = |n: Option<i64>| n.map(|n| round_amount(n, i64::MIN, i64::MAX));
        limits(game, &soft, terms, envoy)
            .into_iter()
            .zip(limits(game, &hard, terms, envoy))
            .map(|((t, p, a), (_, _, b))| (t, p, round(a), round(b)))
            .collect()
    };
    Estimate { evaluation, exact, uncertainty, limits }
}

/// The other court's judgement of a draft, itemised, as `grounds` show it.
pub fn foreseen_evaluation(game: &Game, grounds: &Grounds, terms: &[Term], envoy: Option<CharId>) -> Evaluation {
    let s = &*game.scenario;
    let st = grounds.world(game);
    let by = grounds.by;
    let mut clauses = Vec::with_capacity(terms.len());
    let mut vetoes = Vec::new();
    for term in terms {
        let clause = s.clause(term.clause);
        clauses.push(Reason { points: term_worth(s, st, by, term), text: s.term_text(term) });
        for v in vetoes_by(s, st, by, term) {
            vetoes.push(format!("{}: {}", clause.name, v.because));
        }
    }
    let mut situation = Vec::new();
    weigh(game, grounds, envoy, &mut |points, text| situation.push(Reason { points, text: text() }));
    Evaluation { by, with: grounds.with, clauses, situation, vetoes }
}
