//! The chronicle: every turn's events, kept as small typed entries and told as sentences
//! only when a person reads them. A draft is told with its terms in brief, and an answer with
//! a one-line reason drawn from public things alone (the clauses' published worths, the draft
//! and the counter-offer), since both courts read it. [`Glosser`](crate::rules::glossary::Glosser)
//! explains the game's measures and dates the first time a reader meets them.

use crate::locale::{Arg, Lang, language, tr, tr_args};
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
        end: End,
    },
}

/// Why a game ended: kept as a fact, told in the language of whoever reads the chronicle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum End {
    /// A court's capital is in enemy hands and the court did not flee.
    CapitalFell { side: CourtId, capital: PlaceId },
    /// A court at war has no army left.
    NoArmy { side: CourtId },
    /// The scenario's last turn has passed.
    LastTurn,
    /// Every war is settled by a sworn treaty, kept for the scenario's turns after it.
    Peace,
}

impl End {
    /// "the Song capital Kaifeng has fallen".
    pub fn text(&self, s: &Scenario) -> String {
        match self {
            End::CapitalFell { side, capital } => tr_args(
                "over-capital-fallen",
                &[("court", s.court_name(*side).into()), ("place", s.place(*capital).name.as_str().into())],
            ),
            End::NoArmy { side } => tr_args("over-no-army", &[("court", s.court_name(*side).into())]),
            End::LastTurn => {
                tr_args("over-last-turn", &[("date", s.calendar.date(s.calendar.turns.saturating_sub(1)).into())])
            }
            End::Peace => tr("over-peace"),
        }
    }
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
        Every::Year => tr("chr-every-year"),
        Every::Turn => tr("chr-every-turn"),
        Every::Turns(n) => tr_args("chr-every-turns", &[("n", n.into())]),
    }
}

/// A count as the reader's language writes it: "100,000" in English, "10万" in Chinese, which
/// counts silver, silk and men by the myriad.
pub fn count(n: i64) -> String {
    match language() {
        Lang::En => group_thousands(n),
        Lang::ZhHans => {
            let a = n.unsigned_abs();
            let sign = if n < 0 { "-" } else { "" };
            // Round myriads and tenths of one (15万, 1.5万); any other sum in plain figures.
            let body = match (a / 10_000, a % 10_000) {
                (0, _) => a.to_string(),
                (wan, 0) => format!("{wan}万"),
                (wan, rest) if rest % 1_000 == 0 => format!("{wan}.{}万", rest / 1_000),
                _ => a.to_string(),
            };
            format!("{sign}{body}")
        }
    }
}

/// A unit the clause library names in English ("taels"), in the reader's language ("两").
/// Units the game does not know are shown as the scenario writes them.
fn unit_word(unit: &str) -> String {
    match unit {
        "taels" => tr("chr-unit-taels"),
        "bolts" => tr("chr-unit-bolts"),
        "shi" => tr("chr-unit-shi"),
        "jin" => tr("chr-unit-jin"),
        "hostages" => tr("chr-unit-hostages"),
        other => other.to_string(),
    }
}

/// A sum of a resource: "100,000 taels of silver", "白银10万两".
pub fn resource_sum(resource: Resource, n: i64) -> String {
    let key = match resource {
        Resource::Silver => "chr-sum-silver",
        Resource::Silk => "chr-sum-silk",
        Resource::Grain => "chr-sum-grain",
    };
    tr_args(key, &[("amount", count(n).into())])
}

/// A resource by its measure: "taels of silver", "白银".
pub fn resource_word(resource: Resource) -> String {
    tr(match resource {
        Resource::Silver => "chr-resource-silver",
        Resource::Silk => "chr-resource-silk",
        Resource::Grain => "chr-resource-grain",
    })
}

fn amount_text(n: i64, kind: &ParamKind) -> String {
    match kind {
        ParamKind::Amount { unit, .. } if !unit.is_empty() => {
            tr_args("chr-amount", &[("amount", count(n).into()), ("unit", unit_word(unit).into())])
        }
        _ => count(n),
    }
}

/// Items joined by "and" each time: the sums of one payment, the places of one article.
fn and_all(items: Vec<String>) -> String {
    items.into_iter().reduce(|a, b| tr_args("chr-and", &[("a", a.into()), ("b", b.into())])).unwrap_or_default()
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
        return tr_args("chr-paid", &[("sums", and_all(shown).into()), ("period", period(every).into())]);
    }
    // Places after "at", the other values in brackets: "\"Border markets\" at Xiongzhou".
    let (mut details, mut places) = (Vec::new(), Vec::new());
    for (p, v) in c.params.iter().zip(&t.values) {
        match (&p.kind, v) {
            (ParamKind::Amount { .. }, Value::Amount(n)) => details.push(amount_text(*n, &p.kind)),
            (ParamKind::Side { .. }, v) => details.push(tr_args(
                "chr-term-side",
                &[("court", s.value_text(v).into()), ("role", crate::rules::scenario::param_label(&p.name).into())],
            )),
            (_, v @ Value::Place(_)) => places.push(s.value_text(v)),
            (_, v) => details.push(s.value_text(v)),
        }
    }
    let mut out = tr_args("chr-term-name", &[("clause", c.name.as_str().into())]);
    if !details.is_empty() {
        out = tr_args("chr-term-details", &[("term", out.into()), ("details", details.join(&tr("chr-comma")).into())]);
    }
    if !places.is_empty() {
        out = tr_args("chr-term-at", &[("term", out.into()), ("places", and_all(places).into())]);
    }
    out
}

/// An article by its clause's name and, in brief, its values: "\"Yearly silver and silk\"
/// (100,000 taels and 200,000 bolts a year)".
pub fn term_named(s: &Scenario, t: &Term) -> String {
    let c = s.clause(t.clause);
    if paid_every(c).is_some() {
        tr_args("chr-term-named", &[("clause", c.name.as_str().into()), ("brief", term_brief(s, t).into())])
    } else {
        term_brief(s, t)
    }
}

/// A whole draft in one line: up to three articles in brief; a longer draft by its two
/// weightiest (by their published worths to every court), in the draft's order, ", and 5
/// more articles".
pub fn draft_brief(s: &Scenario, terms: &[Term]) -> String {
    const NAMED: usize = 2;
    let list = |parts: Vec<String>| match parts.split_last() {
        None => tr("chr-no-articles"),
        Some((last, [])) => last.clone(),
        Some((last, [one])) => {
            tr_args("chr-list-two", &[("first", one.as_str().into()), ("last", last.as_str().into())])
        }
        // A serial comma: the sums of a payment have an "and" of their own.
        Some((last, rest)) => {
            tr_args("chr-list-many", &[("rest", rest.join(&tr("chr-comma")).into()), ("last", last.as_str().into())])
        }
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
    parts.push(tr_args("chr-more-articles", &[("n", count((terms.len() - NAMED) as i64).into())]));
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
                        tr_args("chr-instead", &[("new", amount_text(*y, &p.kind).into()), ("old", count(*x).into())])
                    }
                    (ParamKind::Side { .. }, ..) => tr_args(
                        "chr-instead-side",
                        &[
                            ("new", s.value_text(b).into()),
                            ("role", crate::rules::scenario::param_label(&p.name).into()),
                            ("old", s.value_text(a).into()),
                        ],
                    ),
                    _ => tr_args("chr-instead", &[("new", s.value_text(b).into()), ("old", s.value_text(a).into())]),
                })
                .collect();
            match paid_every(clause) {
                Some(every) => {
                    tr_args("chr-paid", &[("sums", and_all(changed).into()), ("period", period(every).into())])
                }
                None => tr_args(
                    "chr-term-with",
                    &[("clause", clause.name.as_str().into()), ("changes", changed.join(&tr("chr-comma")).into())],
                ),
            }
        }
        (Some(d), None) => tr_args("chr-left-out", &[("term", term_named(s, d).into())]),
        (None, Some(c)) => tr_args("chr-added", &[("term", term_named(s, c).into())]),
        (None, None) => tr("chr-no-change"),
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

    /// The entry as a sentence, in the reader's language.
    pub fn text(&self, s: &Scenario) -> String {
        let army = |a: &ArmyId| -> Arg<'static> { s.armies[a.index()].name.clone().into() };
        let place = |p: &PlaceId| -> Arg<'static> { s.place(*p).name.clone().into() };
        let person = |c: &CharId| -> Arg<'static> { s.character(*c).label().into() };
        let court = |c: &CourtId| -> Arg<'static> { s.court_name(*c).to_string().into() };
        let clause = |c: &ClauseId| -> Arg<'static> { s.clause(*c).name.clone().into() };
        let n = |v: i64| -> Arg<'static> { count(v).into() };
        let say = tr_args;
        match &self.entry {
            Entry::Moved { army: a, to } => say("chr-moved", &[("army", army(a)), ("place", place(to))]),
            Entry::Battle { at, winner, loser, winner_lost, loser_lost } => say(
                "chr-battle",
                &[
                    ("place", place(at)),
                    ("winner", court(winner)),
                    ("loser", court(loser)),
                    ("winner-lost", n(*winner_lost)),
                    ("loser-lost", n(*loser_lost)),
                ],
            ),
            Entry::Retreat { army: a, to } => say("chr-retreat", &[("army", army(a)), ("place", place(to))]),
            Entry::Destroyed { army: a } => say("chr-destroyed", &[("army", army(a))]),
            Entry::SiegeBegun { army: a, at } => say("chr-siege-begun", &[("army", army(a)), ("place", place(at))]),
            Entry::SiegeProgress { at, progress } => {
                say("chr-siege-progress", &[("place", place(at)), ("progress", progress.to_string().into())])
            }
            Entry::AssaultFailed { army: a, at, losses } => {
                say("chr-assault-failed", &[("army", army(a)), ("place", place(at)), ("losses", n(*losses))])
            }
            Entry::PlaceFell { place: p, to } => say("chr-place-fell", &[("place", place(p)), ("court", court(to))]),
            Entry::PlaceCeded { place: p, to } => say("chr-place-ceded", &[("place", place(p)), ("court", court(to))]),
            Entry::Stormed { army: a, at } => say("chr-stormed", &[("army", army(a)), ("place", place(at))]),
            Entry::Fortified { place: p, level } => {
                say("chr-fortified", &[("place", place(p)), ("level", level.to_string().into())])
            }
            Entry::Hungry { side } => say("chr-hungry", &[("court", court(side))]),
            Entry::Event { event } => {
                let e = &s.events[event.index()];
                say("chr-event", &[("name", e.name.as_str().into()), ("text", e.text.as_str().into())])
            }
            Entry::Said { text } => s.said(text).to_string(),
            Entry::CharacterDied { character } => say("chr-died", &[("person", person(character))]),
            Entry::Appointed { character, army: Some(a) } => {
                say("chr-appointed-command", &[("person", person(character)), ("army", army(a))])
            }
            Entry::Appointed { character, army: None } => say("chr-appointed-envoy", &[("person", person(character))]),
            Entry::PolicyTaken { side, policy, on } => {
                let key = if *on { "chr-policy-on" } else { "chr-policy-off" };
                say(key, &[("court", court(side)), ("policy", s.policies[policy.index()].name.as_str().into())])
            }
            Entry::EmperorInField { side, army: a } => {
                let emperor = s.courts[*side]
                    .emperor
                    .map_or_else(|| say("chr-ruler", &[("court", court(side))]), |e| s.character(e).label());
                say("chr-emperor-in-field", &[("emperor", emperor.into()), ("army", army(a))])
            }
            Entry::CourtFled { side } => say("chr-court-fled", &[("court", court(side))]),
            Entry::EnvoySent { from, to, envoy, arrives, proposal, terms } => {
                // A counter-offer goes back with the envoy who brought the draft, a man of the other court.
                let key = if s.character(*envoy).side != *from { "chr-envoy-answer" } else { "chr-envoy-sent" };
                say(
                    key,
                    &[
                        ("from", court(from)),
                        ("envoy", person(envoy)),
                        ("to", court(to)),
                        ("arrives", s.calendar.date(*arrives).into()),
                        ("proposal", proposal.to_string().into()),
                        ("draft", draft_brief(s, terms).into()),
                    ],
                )
            }
            Entry::EnvoyDetained { envoy, by } => {
                say("chr-envoy-detained", &[("court", court(by)), ("envoy", person(envoy))])
            }
            Entry::Answered { proposal, by, verdict, why } => {
                let (by, proposal): (Arg, Arg) = (court(by), proposal.to_string().into());
                let (key, detail) = match (verdict, why) {
                    (Verdict::Accept, Why::Article(t)) => ("chr-accept-article", term_named(s, t)),
                    (Verdict::Accept, _) => ("chr-accept-whole", String::new()),
                    (Verdict::Reject, Why::Article(t)) => ("chr-reject-article", term_named(s, t)),
                    (Verdict::Reject, _) => ("chr-reject-whole", String::new()),
                    (Verdict::Counter, Why::Change { drafted, countered }) => {
                        ("chr-counter-change", change_text(s, drafted.as_ref(), countered.as_ref()))
                    }
                    (Verdict::Counter, _) => ("chr-counter-same", String::new()),
                };
                say(key, &[("court", by), ("proposal", proposal), ("detail", detail.into())])
            }
            Entry::TreatySworn { between: (a, b), terms, renewed } => {
                let key = if *renewed { "chr-sworn-renewed" } else { "chr-sworn" };
                say(key, &[("a", court(a)), ("b", court(b)), ("terms", n(*terms as i64))])
            }
            Entry::TreatyLapsed { between: (a, b) } => say("chr-lapsed", &[("a", court(a)), ("b", court(b))]),
            Entry::WarResumes { between: (a, b) } => say("chr-war-resumes", &[("a", court(a)), ("b", court(b))]),
            Entry::Payment { clause: c, from, resource, amount, at } => {
                let sum = resource_sum(*resource, *amount).into();
                match at {
                    Some(p) => say(
                        "chr-payment-at",
                        &[("clause", clause(c)), ("court", court(from)), ("sum", sum), ("place", place(p))],
                    ),
                    None => say("chr-payment", &[("clause", clause(c)), ("court", court(from)), ("sum", sum)]),
                }
            }
            Entry::Unpaid { clause: c, from, resource, amount } => say(
                "chr-unpaid",
                &[("court", court(from)), ("sum", resource_sum(*resource, *amount).into()), ("clause", clause(c))],
            ),
            Entry::Breach { side, wronged, clause: c } => {
                say("chr-breach", &[("court", court(side)), ("clause", clause(c)), ("wronged", court(wronged))])
            }
            Entry::CauseForWar { side, against } => {
                say("chr-cause-for-war", &[("court", court(side)), ("against", court(against))])
            }
            Entry::Expired { clause: c } => say("chr-expired", &[("clause", clause(c))]),
            Entry::Objective { side, points } => {
                say("chr-objective", &[("court", court(side)), ("points", n(*points as i64))])
            }
            Entry::GameOver { end } => say("chr-game-over", &[("reason", end.text(s).into())]),
            Entry::MindRevealed { learner, of } => {
                say("chr-mind-revealed", &[("court", court(learner)), ("of", court(of))])
            }
            Entry::Impatient { by, with } => say("chr-impatient", &[("court", court(by)), ("with", court(with))]),
        }
    }
}
