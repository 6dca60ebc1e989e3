//! The chronicle: every turn's events, kept as small typed entries and told as sentences
//! only when a person reads them. A draft is told with its terms in brief, and an answer with
//! a one-line reason drawn from public things alone (the clauses' published worths, the draft
//! and the counter-offer), since both courts read it. [`Glosser`](crate::rules::glossary::Glosser)
//! explains the game's measures and dates the first time a reader meets them.

use crate::rules::ids::*;
use crate::rules::scenario::{Clause, ParamKind, Scenario, Term, Value, group_thousands};
use crate::rules::vocab::{Amount, Effect, Every, WorthTerm};

/// How a court answered a draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Verdict {
    Accept,
    Reject,
    Counter,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub enum Entry {
    Moved {
        army: ArmyId,
        to: PlaceId,
    },
    Battle {
        at: PlaceId,
        winner: CourtId,
        loser: CourtId,
        winner_lost: i64,
        loser_lost: i64,
    },
    Retreat {
        army: ArmyId,
        to: PlaceId,
    },
    Destroyed {
        army: ArmyId,
    },
    SiegeBegun {
        army: ArmyId,
        at: PlaceId,
    },
    SiegeProgress {
        at: PlaceId,
        progress: i32,
    },
    AssaultFailed {
        army: ArmyId,
        at: PlaceId,
        losses: i64,
    },
    PlaceFell {
        place: PlaceId,
        to: CourtId,
    },
    /// An assault that carries the walls.
    Stormed {
        army: ArmyId,
        at: PlaceId,
    },
    /// A place handed over by a treaty or an event, not taken by arms.
    PlaceCeded {
        place: PlaceId,
        to: CourtId,
    },
    Fortified {
        place: PlaceId,
        level: i32,
    },
    Hungry {
        side: CourtId,
    },
    Event {
        event: EventId,
    },
    Said {
        text: String,
    },
    CharacterDied {
        character: CharId,
    },
    Appointed {
        character: CharId,
        army: Option<ArmyId>,
    },
    PolicyTaken {
        side: CourtId,
        policy: PolicyId,
        on: bool,
    },
    EmperorInField {
        side: CourtId,
        army: ArmyId,
    },
    CourtFled {
        side: CourtId,
    },
    EnvoySent {
        from: CourtId,
        to: CourtId,
        envoy: CharId,
        arrives: u32,
        proposal: u32,
        /// The draft he carries, to be told in brief.
        terms: Vec<Term>,
    },
    EnvoyDetained {
        envoy: CharId,
        by: CourtId,
    },
    Answered {
        proposal: u32,
        by: CourtId,
        verdict: Verdict,
        /// The reason told with the answer, from public things alone: see [`why`].
        why: Why,
    },
    TreatySworn {
        between: (CourtId, CourtId),
        terms: usize,
        renewed: bool,
    },
    WarResumes {
        between: (CourtId, CourtId),
    },
    /// A treaty torn up between courts that stay at peace (the scenario's `peace`).
    TreatyLapsed {
        between: (CourtId, CourtId),
    },
    Payment {
        clause: ClauseId,
        from: CourtId,
        resource: Resource,
        amount: i64,
        at: Option<PlaceId>,
    },
    Unpaid {
        clause: ClauseId,
        from: CourtId,
        resource: Resource,
        amount: i64,
    },
    Breach {
        side: CourtId,
        wronged: CourtId,
        clause: ClauseId,
    },
    CauseForWar {
        side: CourtId,
        against: CourtId,
    },
    Expired {
        clause: ClauseId,
    },
    Objective {
        side: CourtId,
        points: i32,
    },
    /// A court learns another's mind and means exactly (a captured letter).
    MindRevealed {
        learner: CourtId,
        of: CourtId,
    },
    /// A court grows impatient with drafts it has already answered.
    Impatient {
        by: CourtId,
        with: CourtId,
    },
    GameOver {
        reason: String,
    },
}

/// The reason the chronicle gives for an answer. Both courts read it, so it is drawn from
/// public things alone: the draft, the counter-offer and the clauses' published worths (the
/// scenario's tables, without the parts that read the state of the war). It names no figure
/// of the answering court's hidden state (resolve, strength, morale, war-weariness,
/// treasury), which decided the answer as much as the articles did.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub enum Why {
    /// The article worth most to the court that accepts, or least to the court that rejects.
    Article(Term),
    /// No article is worth anything to the court that accepts (costs anything to the court
    /// that rejects): the draft as a whole decided.
    Whole,
    /// A counter-offer's biggest change from the draft: an article as drafted and as
    /// countered, or left out (`countered: None`), or added (`drafted: None`).
    Change { drafted: Option<Term>, countered: Option<Term> },
    /// A counter-offer with the draft's own terms.
    Same,
}

/// What an article is worth to a court by the clause library's published table alone: the
/// parts that read the state of the war (`When`) count nothing, so anyone can work it out
/// from the scenario and the draft.
pub fn published_worth(s: &Scenario, side: CourtId, term: &Term) -> f64 {
    let clause = s.clause(term.clause);
    let Some(worth) = clause.worth.get(side) else { return 0.0 };
    let amount = |p: u8| match term.values.get(p as usize) {
        Some(Value::Amount(n)) => *n as f64,
        _ => 0.0,
    };
    worth
        .iter()
        .map(|w| match w {
            WorthTerm::Base(v) => *v as f64,
            WorthTerm::Per(p, unit, v) => amount(*p) / (*unit).max(1) as f64 * *v as f64,
            WorthTerm::IfSide(p, who, v) if term.values.get(*p as usize) == Some(&Value::Side(*who)) => *v as f64,
            WorthTerm::IfSide(..) | WorthTerm::When(..) => 0.0,
            WorthTerm::PerPlace(p, v) => {
                let places = match term.values.get(*p as usize) {
                    Some(Value::Region(r)) => s.regions[r.index()].places.len(),
                    Some(Value::Place(_)) => 1,
                    _ => 0,
                };
                places as f64 * *v as f64
            }
        })
        .sum()
}

/// The reason for an answer by the court `by` to a draft: for a counter-offer (`counter`), its
/// biggest change from the draft by the published worths to that court; else the article
/// worth most to it (accept) or costing it most (reject). Public things only: see [`Why`].
pub fn why(s: &Scenario, by: CourtId, verdict: Verdict, draft: &[Term], counter: &[Term]) -> Why {
    let worth = |t: &Term| published_worth(s, by, t);
    match verdict {
        Verdict::Accept => {
            first_max(draft.iter().map(|t| (worth(t), t)), 0.0).map_or(Why::Whole, |t| Why::Article(t.clone()))
        }
        Verdict::Reject => {
            first_max(draft.iter().map(|t| (-worth(t), t)), 0.0).map_or(Why::Whole, |t| Why::Article(t.clone()))
        }
        Verdict::Counter => {
            let altered_or_left_out =
                draft.iter().filter_map(|d| match counter.iter().find(|c| c.clause == d.clause) {
                    Some(c) if c.values == d.values => None,
                    Some(c) => Some(((worth(c) - worth(d)).abs(), (Some(d), Some(c)))),
                    None => Some((worth(d).abs(), (Some(d), None))),
                });
            let added = counter
                .iter()
                .filter(|c| !draft.iter().any(|d| d.clause == c.clause))
                .map(|c| (worth(c).abs(), (None, Some(c))));
            first_max(altered_or_left_out.chain(added), -1.0)
                .map_or(Why::Same, |(d, c)| Why::Change { drafted: d.cloned(), countered: c.cloned() })
        }
    }
}

/// The first of the weightiest items above `floor`, so that ties go to the earlier article.
fn first_max<T>(items: impl Iterator<Item = (f64, T)>, floor: f64) -> Option<T> {
    let mut best: Option<(f64, T)> = None;
    for (w, item) in items {
        if w > floor && best.as_ref().is_none_or(|(b, _)| w > *b) {
            best = Some((w, item));
        }
    }
    best.map(|(_, item)| item)
}

/// When a clause whose every parameter is an amount paid over and over pays: "a year".
fn paid_every(c: &Clause) -> Option<Every> {
    let mut every = None;
    for (i, p) in c.params.iter().enumerate() {
        if !matches!(p.kind, ParamKind::Amount { .. }) {
            return None;
        }
        let pays = |e: &Effect| matches!(e, Effect::Transfer { amount: Amount::Param(j), .. } if *j as usize == i);
        let (e, _) = c.recurring.iter().find(|(_, effects)| effects.iter().any(pays))?;
        every = Some(*e);
    }
    every
}

fn period(every: Every) -> String {
    match every {
        Every::Year => "a year".into(),
        Every::Turn => "a turn".into(),
        Every::Turns(n) => format!("every {n} turns"),
    }
}

fn amount_text(n: i64, kind: &ParamKind) -> String {
    match kind {
        ParamKind::Amount { unit, .. } if !unit.is_empty() => format!("{} {unit}", group_thousands(n)),
        _ => group_thousands(n),
    }
}

/// One article in a few words: a payment by its sums ("100,000 taels and 200,000 bolts a
/// year"), any other by its clause's name and values ("\"Border markets\" at Xiongzhou").
pub fn term_brief(s: &Scenario, t: &Term) -> String {
    let c = s.clause(t.clause);
    if let Some(every) = paid_every(c) {
        let sums: Vec<(i64, &ParamKind)> = c
            .params
            .iter()
            .zip(&t.values)
            .filter_map(|(p, v)| match v {
                Value::Amount(n) => Some((*n, &p.kind)),
                _ => None,
            })
            .collect();
        // The sums asked for, or all of them when none is.
        let shown: Vec<String> = if sums.iter().any(|(n, _)| *n != 0) {
            sums.iter().filter(|(n, _)| *n != 0).map(|(n, k)| amount_text(*n, k)).collect()
        } else {
            sums.iter().map(|(n, k)| amount_text(*n, k)).collect()
        };
        return format!("{} {}", shown.join(" and "), period(every));
    }
    // Places after "at", the other values in brackets: "\"Border markets\" at Xiongzhou".
    let (mut details, mut places) = (Vec::new(), Vec::new());
    for (p, v) in c.params.iter().zip(&t.values) {
        match (&p.kind, v) {
            (ParamKind::Amount { .. }, Value::Amount(n)) => details.push(amount_text(*n, &p.kind)),
            (ParamKind::Side { .. }, v) => details.push(format!("the {} as {}", s.value_text(v), p.name)),
            (_, v @ Value::Place(_)) => places.push(s.value_text(v)),
            (_, v) => details.push(s.value_text(v)),
        }
    }
    let mut out = format!("\"{}\"", c.name);
    if !details.is_empty() {
        out.push_str(&format!(" ({})", details.join(", ")));
    }
    if !places.is_empty() {
        out.push_str(&format!(" at {}", places.join(" and ")));
    }
    out
}

/// An article by its clause's name and, in brief, its values: "\"Yearly silver and silk\"
/// (100,000 taels and 200,000 bolts a year)".
pub fn term_named(s: &Scenario, t: &Term) -> String {
    let c = s.clause(t.clause);
    if paid_every(c).is_some() { format!("\"{}\" ({})", c.name, term_brief(s, t)) } else { term_brief(s, t) }
}

/// A whole draft in one line: up to three articles in brief; a longer draft by its two
/// weightiest (by their published worths to every court), in the draft's order, ", and 5
/// more articles".
pub fn draft_brief(s: &Scenario, terms: &[Term]) -> String {
    const NAMED: usize = 2;
    let list = |parts: Vec<String>| match parts.split_last() {
        None => "no articles".to_string(),
        Some((last, [])) => last.clone(),
        Some((last, [one])) => format!("{one} and {last}"),
        // A serial comma: the sums of a payment have an "and" of their own.
        Some((last, rest)) => format!("{}, and {last}", rest.join(", ")),
    };
    if terms.len() <= NAMED + 1 {
        return list(terms.iter().map(|t| term_brief(s, t)).collect());
    }
    let weight = |t: &Term| s.court_ids().map(|c| published_worth(s, c, t).abs()).sum::<f64>();
    let mut order: Vec<usize> = (0..terms.len()).collect();
    order.sort_by(|a, b| weight(&terms[*b]).total_cmp(&weight(&terms[*a])));
    let mut named = order[..NAMED].to_vec();
    named.sort_unstable();
    let mut parts: Vec<String> = named.iter().map(|i| term_brief(s, &terms[*i])).collect();
    parts.push(format!("{} more articles", terms.len() - NAMED));
    list(parts)
}

/// What changed in one article between a draft and a counter-offer: "150,000 taels instead
/// of 100,000 a year", "\"Border markets\" at Bazhou added".
fn change_text(s: &Scenario, drafted: Option<&Term>, countered: Option<&Term>) -> String {
    match (drafted, countered) {
        (Some(d), Some(c)) => {
            let clause = s.clause(d.clause);
            let changed: Vec<String> = clause
                .params
                .iter()
                .zip(d.values.iter().zip(&c.values))
                .filter(|(_, (a, b))| a != b)
                .map(|(p, (a, b))| match (&p.kind, a, b) {
                    (ParamKind::Amount { .. }, Value::Amount(x), Value::Amount(y)) => {
                        format!("{} instead of {}", amount_text(*y, &p.kind), group_thousands(*x))
                    }
                    (ParamKind::Side { .. }, ..) => {
                        format!("the {} as {} instead of the {}", s.value_text(b), p.name, s.value_text(a))
                    }
                    _ => format!("{} instead of {}", s.value_text(b), s.value_text(a)),
                })
                .collect();
            match paid_every(clause) {
                Some(every) => format!("{} {}", changed.join(" and "), period(every)),
                None => format!("\"{}\" with {}", clause.name, changed.join(", ")),
            }
        }
        (Some(d), None) => format!("{} left out", term_named(s, d)),
        (None, Some(c)) => format!("{} added", term_named(s, c)),
        (None, None) => "no change".into(),
    }
}

/// One line of the chronicle: when, who may read it, what happened.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Line {
    pub turn: u32,
    /// `None`: every court knows it. `Some(court)`: a secret of that court (and of `also`).
    pub to: Option<CourtId>,
    /// A second court that knows it: the other party to an envoy's errand.
    pub also: Option<CourtId>,
    pub entry: Entry,
}

impl Line {
    pub fn visible_to(&self, side: CourtId) -> bool {
        self.to.is_none_or(|s| s == side) || self.also == Some(side)
    }

    /// A word for filtering the chronicle on screen.
    pub fn category(&self) -> &'static str {
        match self.entry {
            Entry::Moved { .. } | Entry::Retreat { .. } | Entry::Destroyed { .. } => "armies",
            Entry::Battle { .. }
            | Entry::SiegeBegun { .. }
            | Entry::SiegeProgress { .. }
            | Entry::AssaultFailed { .. }
            | Entry::PlaceFell { .. }
            | Entry::PlaceCeded { .. }
            | Entry::Stormed { .. }
            | Entry::Fortified { .. } => "war",
            Entry::EnvoySent { .. }
            | Entry::EnvoyDetained { .. }
            | Entry::Answered { .. }
            | Entry::TreatySworn { .. }
            | Entry::WarResumes { .. }
            | Entry::TreatyLapsed { .. } => "diplomacy",
            Entry::Payment { .. }
            | Entry::Unpaid { .. }
            | Entry::Breach { .. }
            | Entry::CauseForWar { .. }
            | Entry::Expired { .. } => "treaty",
            _ => "court",
        }
    }

    /// The entry as a sentence.
    pub fn text(&self, s: &Scenario) -> String {
        let army = |a: &ArmyId| s.armies[a.index()].name.clone();
        let place = |p: &PlaceId| s.place(*p).name.clone();
        let person = |c: &CharId| s.character(*c).label();
        let court = |c: &CourtId| s.court_name(*c).to_string();
        match &self.entry {
            Entry::Moved { army: a, to } => format!("{} marches to {}.", army(a), place(to)),
            Entry::Battle { at, winner, loser, winner_lost, loser_lost } => format!(
                "Battle at {}: the {} carry the field. The {} lose {} men, the {} {}.",
                place(at),
                court(winner),
                court(winner),
                group_thousands(*winner_lost),
                court(loser),
                group_thousands(*loser_lost)
            ),
            Entry::Retreat { army: a, to } => format!("{} falls back to {}.", army(a), place(to)),
            Entry::Destroyed { army: a } => format!("{} is scattered and ceases to be an army.", army(a)),
            Entry::SiegeBegun { army: a, at } => format!("{} lays siege to {}.", army(a), place(at)),
            Entry::SiegeProgress { at, progress } => {
                format!("The siege of {} goes on ({progress}% of the walls' strength worn down).", place(at))
            }
            Entry::AssaultFailed { army: a, at, losses } => {
                format!(
                    "{} storms the walls of {} and is thrown back, losing {} men.",
                    army(a),
                    place(at),
                    group_thousands(*losses)
                )
            }
            Entry::PlaceFell { place: p, to } => format!("{} falls to the {}.", place(p), court(to)),
            Entry::PlaceCeded { place: p, to } => format!("{} passes to the {}.", place(p), court(to)),
            Entry::Stormed { army: a, at } => format!("{} storms the walls of {}.", army(a), place(at)),
            Entry::Fortified { place: p, level } => format!("New walls rise at {} (fortification {level}).", place(p)),
            Entry::Hungry { side } => format!("The {} granaries are empty: the armies go hungry.", court(side)),
            Entry::Event { event } => {
                let e = &s.events[event.index()];
                format!("{}: {}", e.name, e.text)
            }
            Entry::Said { text } => text.clone(),
            Entry::CharacterDied { character } => format!("{} is dead.", person(character)),
            Entry::Appointed { character, army: Some(a) } => {
                format!("{} takes command of {}.", person(character), army(a))
            }
            Entry::Appointed { character, army: None } => format!("{} is appointed envoy.", person(character)),
            Entry::PolicyTaken { side, policy, on } => {
                let p = &s.policies[policy.index()];
                if *on {
                    format!("The {} court resolves: {}.", court(side), p.name)
                } else {
                    format!("The {} court abandons: {}.", court(side), p.name)
                }
            }
            Entry::EmperorInField { side, army: a } => {
                let emperor = s.courts[*side]
                    .emperor
                    .map_or_else(|| format!("The {} ruler", court(side)), |e| s.character(e).label());
                format!("{emperor} takes the field in person with {}.", army(a))
            }
            Entry::CourtFled { side } => {
                format!("The {} court flees out of the enemy's reach.", court(side))
            }
            // A counter-offer goes back with the envoy who brought the draft, a man of the other court.
            Entry::EnvoySent { from, to, envoy, arrives, proposal, terms } if s.character(*envoy).side != *from => {
                format!(
                    "The {} give {} their answer, draft #{proposal}, to carry back to the {} camp (arriving {}): {}.",
                    court(from),
                    person(envoy),
                    court(to),
                    s.calendar.date(*arrives),
                    draft_brief(s, terms)
                )
            }
            Entry::EnvoySent { from, to, envoy, arrives, proposal, terms } => format!(
                "The {} send {} to the {} camp with draft #{proposal} (arriving {}): {}.",
                court(from),
                person(envoy),
                court(to),
                s.calendar.date(*arrives),
                draft_brief(s, terms)
            ),
            Entry::EnvoyDetained { envoy, by } => format!("The {} detain the envoy {}.", court(by), person(envoy)),
            Entry::Answered { proposal, by, verdict, why } => {
                let by = court(by);
                match (verdict, why) {
                    (Verdict::Accept, Why::Article(t)) => {
                        format!(
                            "The {by} accept draft #{proposal}; the article worth most to them: {}.",
                            term_named(s, t)
                        )
                    }
                    (Verdict::Accept, _) => {
                        format!(
                            "The {by} accept draft #{proposal}; no article is to their gain, but they take the peace it brings."
                        )
                    }
                    (Verdict::Reject, Why::Article(t)) => format!(
                        "The {by} reject draft #{proposal}; the article that weighs most against them: {}.",
                        term_named(s, t)
                    ),
                    (Verdict::Reject, _) => {
                        format!(
                            "The {by} reject draft #{proposal}; no article is against them, but it gives them too little."
                        )
                    }
                    (Verdict::Counter, Why::Change { drafted, countered }) => format!(
                        "The {by} answer draft #{proposal} with a counter-offer; the chief change: {}.",
                        change_text(s, drafted.as_ref(), countered.as_ref())
                    ),
                    (Verdict::Counter, _) => {
                        format!("The {by} answer draft #{proposal} with a counter-offer of the same terms.")
                    }
                }
            }
            Entry::TreatySworn { between: (a, b), terms, renewed: false } => format!(
                "Oath letters are exchanged: the {} and the {} swear a treaty of {terms} articles.",
                court(a),
                court(b)
            ),
            Entry::TreatySworn { between: (a, b), terms, renewed: true } => format!(
                "New oath letters are exchanged: a treaty of {terms} articles between the {} and the {} replaces the old one.",
                court(a),
                court(b)
            ),
            Entry::TreatyLapsed { between: (a, b) } => {
                format!("The treaty between the {} and the {} is torn up; they remain at peace.", court(a), court(b))
            }
            Entry::WarResumes { between: (a, b) } => {
                format!("The treaty is torn up: the {} and the {} are at war again.", court(a), court(b))
            }
            Entry::Payment { clause, from, resource, amount, at } => format!(
                "Under \"{}\", the {} deliver {} {}{}.",
                s.clause(*clause).name,
                court(from),
                group_thousands(*amount),
                resource.unit(),
                at.map(|p| format!(" at {}", place(&p))).unwrap_or_default()
            ),
            Entry::Unpaid { clause, from, resource, amount } => format!(
                "The {} cannot pay the {} {} owed under \"{}\".",
                court(from),
                group_thousands(*amount),
                resource.unit(),
                s.clause(*clause).name
            ),
            Entry::Breach { side, wronged, clause } => format!(
                "The {} break the clause \"{}\"; the {} are told.",
                court(side),
                s.clause(*clause).name,
                court(wronged)
            ),
            Entry::CauseForWar { side, against } => {
                format!("The {} now hold a just cause for war against the {}.", court(side), court(against))
            }
            Entry::Expired { clause } => format!("The clause \"{}\" has run its course.", s.clause(*clause).name),
            Entry::Objective { side, points } => format!("The {} score {points} points.", court(side)),
            Entry::GameOver { reason } => format!("The game ends: {reason}"),
            Entry::MindRevealed { learner, of } => format!(
                "The {} now know the mind of the {} court: its resolve, its armies and its treasury.",
                court(learner),
                court(of)
            ),
            Entry::Impatient { by, with } => {
                format!("The {} grow impatient: the {} send again terms already answered.", court(by), court(with))
            }
        }
    }
}
