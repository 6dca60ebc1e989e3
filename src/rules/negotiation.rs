//! How a court judges a draft treaty: every clause priced on one scale, weighed against
//! what going on with the war is worth to it, with every reason itemised; and how it
//! answers with a counter-offer it would itself accept.

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
    /// Whether the other court can see this line without inside knowledge.
    pub open: bool,
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
        let mut out: Vec<String> = self.vetoes.iter().map(|v| format!("VETO  {v}")).collect();
        for r in self.clauses.iter().chain(&self.situation) {
            out.push(format!("{:+4}  {}", r.points, r.text));
        }
        out.push(format!(
            "{:+4}  in all: {}",
            self.total(),
            if self.acceptable() { "acceptable" } else { "not enough" }
        ));
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
    let s = &*game.scenario;
    let st = &game.state;
    let mut clauses = Vec::with_capacity(terms.len());
    let mut vetoes = Vec::new();
    for term in terms {
        let clause = s.clause(term.clause);
        clauses.push(Reason { points: term_worth(s, st, by, term), text: s.term_text(term), open: true });
        for v in vetoes_by(s, st, by, term) {
            vetoes.push(format!("{}: {}", clause.name, v.because));
        }
    }
    let situation = situation(game, by, with, envoy);
    Evaluation { by, with, clauses, situation, vetoes }
}

/// Whether a court would swear a draft with the court `with`: the same judgement as
/// [`evaluate`], without writing a word of it (the computer's courts ask this many times a turn).
pub fn accepts(game: &Game, by: CourtId, with: CourtId, terms: &[Term], envoy: Option<CharId>) -> bool {
    judgement(game, by, with, terms, envoy).is_some_and(|total| total >= 0)
}

/// The total of a court's judgement of a draft, or `None` when it vetoes a clause:
/// [`Evaluation::total`] without the sentences.
pub fn judgement(game: &Game, by: CourtId, with: CourtId, terms: &[Term], envoy: Option<CharId>) -> Option<i32> {
    let s = &*game.scenario;
    let st = &game.state;
    if terms.iter().any(|t| vetoes_by(s, st, by, t).next().is_some()) {
        return None;
    }
    let mut total: i32 = terms.iter().map(|t| term_worth(s, st, by, t)).sum();
    weigh_situation(game, by, with, envoy, &mut |points, _, _| total += points);
    Some(total)
}

/// How many points either way the sending court may be wrong about the answer: none with
/// inside knowledge, fewer the more eloquent the envoy.
pub fn uncertainty(s: &Scenario, envoy: Option<CharId>) -> i32 {
    let traits = envoy.and_then(|e| s.character(e).envoy.as_ref());
    if traits.is_some_and(|t| t.inside_knowledge) { 0 } else { 12 - 2 * traits.map_or(0, |t| t.eloquence) }
}

/// The pull of the war with `with` against a treaty, line by line, from the court's own position.
pub fn situation(game: &Game, by: CourtId, with: CourtId, envoy: Option<CharId>) -> Vec<Reason> {
    let mut out = Vec::new();
    weigh_situation(game, by, with, envoy, &mut |points, open, text| out.push(Reason { points, text: text(), open }));
    out
}

/// Where the situation's lines go: (points, open, the sentence when wanted).
type LineSink<'a> = dyn FnMut(i32, bool, &dyn Fn() -> String) + 'a;

/// The situation's lines handed to `line` as (points, open, the sentence when wanted): the
/// computer's own judgements only add the points and never write the sentences.
fn weigh_situation(game: &Game, by: CourtId, with: CourtId, envoy: Option<CharId>, line: &mut LineSink) {
    let s = &*game.scenario;
    let st = &game.state;
    let court = &st.courts[by];
    let def = &s.courts[by];
    let mut push = |points: i32, open: bool, text: &dyn Fn() -> String| {
        if points != 0 {
            line(points, open, text);
        }
    };
    if let Some(t) = st.treaty_between(by, with) {
        // Bound by a treaty, the alternative is the treaty in force, not the war.
        let now: i32 =
            t.terms.iter().zip(&t.in_force).filter(|(_, on)| **on).map(|(term, _)| term_worth(s, st, by, term)).sum();
        push(-now, true, &|| "what the treaty now in force is worth to us".into());
        if court.cause_for_war {
            push(-10, true, &|| "they broke the treaty: we hold a cause for war".into());
        }
    } else if st.at_war_with(by, with) {
        let resolve = def.personality.resolve + court.resolve_shift;
        let mood = if resolve >= 0 { "the resolve of the court to fight on" } else { "the court's wish for peace" };
        push(-resolve, false, &|| mood.to_string());
        let own = st.strength(by).max(1) as f64;
        let enemy = st.strength(with).max(1) as f64;
        let balance = ((own / enemy - 1.0) * 10.0).clamp(-15.0, 15.0) as i32;
        push(-balance, true, &|| {
            format!(
                "our armies number {} against their {}",
                crate::rules::scenario::group_thousands(own as i64),
                crate::rules::scenario::group_thousands(enemy as i64)
            )
        });
        let morale = st.morale(by);
        push(-(morale - 50) / 3, true, &|| format!("the army's morale stands at {morale}"));
        push(court.war_weariness / 3, true, &|| format!("war-weariness at {} wears on the court", court.war_weariness));
        let capital = def.capital;
        if !court.fled {
            // Only an enemy inside our own land threatens the capital.
            let near = st
                .armies_of(with)
                .filter(|(_, a)| st.places[a.at.index()].controller == by)
                .map(|(_, a)| s.distance(a.at, capital))
                .min()
                .unwrap_or(u16::MAX);
            match near {
                0 | 1 => push(25, true, &|| format!("enemy armies stand at the gates of {}", s.place(capital).name)),
                2 => push(15, true, &|| format!("enemy armies are a few days' march from {}", s.place(capital).name)),
                3 => push(8, true, &|| format!("enemy horsemen roam within reach of {}", s.place(capital).name)),
                _ => {}
            }
        }
        let lost =
            s.places.iter().enumerate().filter(|(i, p)| p.controller == by && st.places[*i].controller != by).count()
                as i32;
        push(3 * lost, true, &|| format!("{lost} of our places are in enemy hands"));
        let taken =
            s.places.iter().enumerate().filter(|(i, p)| p.controller != by && st.places[*i].controller == by).count()
                as i32;
        push(-3 * taken, true, &|| format!("we hold {taken} of their places"));
        let raiders = st.armies_of(with).filter(|(_, a)| st.places[a.at.index()].controller == by).count() as i32;
        push(3 * raiders, true, &|| format!("{raiders} enemy armies plunder our land"));
        // Deep in enemy land, far from home, an army's position is fragile.
        let deep = st.armies_of(by).filter(|(_, a)| st.places[a.at.index()].controller != by).count() as i32;
        push(2 * deep, true, &|| format!("{deep} of our armies are in enemy land, far from their granaries"));
        let upkeep = st.strength(by) / 10_000 * def.grain_per_10k;
        if upkeep > 0 && court.treasury.grain < upkeep * 3 {
            push(10, true, &|| "the granaries will be empty within three turns".into());
        }
        let trust = court.trust[with];
        if trust < 0 {
            push(trust / 5, true, &|| "we do not trust their word".into());
        }
    }
    // At peace without a treaty, the alternative is that peace: only pride asks for more.
    let margin = def.personality.margin.max(0);
    let envoy = envoy.and_then(|e| s.character(e).envoy.as_ref().map(|t| (e, t)));
    // The envoy can talk the court out of its pride, never into a treaty worse than the war.
    let plea = envoy.map_or(0, |(_, t)| t.eloquence + t.standing[by]).min(margin);
    push(-margin, false, &|| "the court's pride asks for a peace clearly better than the war".into());
    if let Some((e, t)) = envoy.filter(|_| plea > 0) {
        push(plea, true, &|| {
            format!(
                "{} argues the case (eloquence {}, standing here {})",
                s.character(e).label(),
                t.eloquence,
                t.standing[by]
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

/// Moves every amount in a draft a fraction `t` of the way toward what `side` likes best.
pub fn lean(s: &Scenario, side: CourtId, terms: &[Term], t: f64) -> Vec<Term> {
    terms
        .iter()
        .map(|term| {
            let clause = s.clause(term.clause);
            let values = term
                .values
                .iter()
                .enumerate()
                .map(|(i, v)| match (v, &clause.params[i].kind) {
                    (Value::Amount(n), ParamKind::Amount { min, max, .. }) => {
                        let goal = match amount_direction(s, side, term, i) {
                            1 => *max,
                            -1 => *min,
                            _ => *n,
                        };
                        let moved = *n as f64 + (goal - *n) as f64 * t;
                        Value::Amount(round_amount(moved as i64, *min, *max))
                    }
                    _ => *v,
                })
                .collect();
            Term { clause: term.clause, values }
        })
        .collect()
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
    let s = &*game.scenario;
    let st = &game.state;
    let mut base: Vec<Term> = terms.iter().filter(|t| vetoes_by(s, st, by, t).next().is_none()).cloned().collect();
    prefer_sides(s, st, by, (by, with), &mut base);
    let drafts = [base.clone(), {
        let mut more = base.clone();
        for t in &s.courts[by].personality.openings[with] {
            if !more.iter().any(|m| m.clause == t.clause) {
                more.push(t.clone());
            }
        }
        more
    }];
    for draft in drafts {
        if draft.is_empty() {
            continue;
        }
        if !accepts(game, by, with, &lean(s, by, &draft, 1.0), envoy) {
            continue;
        }
        // The smallest change that makes the draft acceptable.
        let (mut lo, mut hi) = (0.0, 1.0);
        if accepts(game, by, with, &draft, envoy) {
            return Some(draft);
        }
        for _ in 0..12 {
            let mid = (lo + hi) / 2.0;
            if accepts(game, by, with, &lean(s, by, &draft, mid), envoy) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return Some(lean(s, by, &draft, hi));
    }
    None
}

/// For each amount in a draft, the value at which the other court would just accept it,
/// other articles unchanged: what Wang Jizhong's inside knowledge reveals.
pub fn limits(
    game: &Game,
    receiver: CourtId,
    sender: CourtId,
    terms: &[Term],
    envoy: Option<CharId>,
) -> Vec<(usize, usize, Option<i64>)> {
    let s = &*game.scenario;
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
                accepts(game, receiver, sender, &draft, envoy)
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

/// What the sending court can foresee of the answer before the envoy leaves.
#[derive(Clone, Debug)]
pub struct Estimate {
    pub evaluation: Evaluation,
    /// True when the envoy knows the other court's mind (Wang Jizhong): the numbers are exact.
    pub exact: bool,
    /// Without inside knowledge, the answer may lie this many points either way.
    pub uncertainty: i32,
    /// Each amount's threshold, known only with inside knowledge.
    pub limits: Vec<(usize, usize, Option<i64>)>,
}

impl Estimate {
    /// "They will accept", "they may accept", "they will refuse".
    pub fn verdict(&self) -> &'static str {
        let total = self.evaluation.total();
        if !self.evaluation.vetoes.is_empty() {
            "they will refuse: a clause is beyond what they can accept"
        } else if total >= self.uncertainty {
            "they will accept"
        } else if total + self.uncertainty >= 0 {
            "they may accept; it is close"
        } else {
            "they will refuse as it stands"
        }
    }
}

pub fn estimate(game: &Game, from: CourtId, to: CourtId, terms: &[Term], envoy: Option<CharId>) -> Estimate {
    let s = &*game.scenario;
    let receiver = to;
    let evaluation = evaluate(game, receiver, from, terms, envoy);
    let uncertainty = uncertainty(s, envoy);
    let exact = uncertainty == 0;
    let limits = if exact { limits(game, receiver, from, terms, envoy) } else { Vec::new() };
    Estimate { evaluation, exact, uncertainty, limits }
}
