//! The debrief of one game, gathered as plain facts from its save: the treaty beside history's,
//! the turning points beside history's, the figures turn by turn, each court's decisions with
//! what its own judgement advised at that moment, the chronicle and the questions. The save is
//! replayed action by action, so every piece of advice is what the deciding court knew then:
//! its own figures and its beliefs of the others, never another court's hidden state.

use super::history::{self, Known, Mark};
use crate::locale::{tr, tr_args};
use crate::rules::chronicle::Entry;
use crate::rules::effects;
use crate::rules::game::{Action, Answer, Game};
use crate::rules::glossary::Glosser;
use crate::rules::ids::*;
use crate::rules::negotiation::{self, Reason};
use crate::rules::save::Save;
use crate::rules::scenario::{Scenario, ordinal};
use crate::rules::score::{self, Comparison};
use crate::rules::state::Treaty;
use std::sync::Arc;

/// A court as the report draws it.
#[derive(Clone, Debug, PartialEq)]
pub struct CourtLine {
    pub name: String,
    pub colour: (u8, u8, u8),
    /// Played by a person in this game (else by the computer).
    pub person: bool,
}

/// One measure over the turns, a line per court.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub title: String,
    /// What the numbers count: "taels of silver".
    pub unit: String,
    pub turns: Vec<u32>,
    /// For each court, in the scenario's order, its value at each of `turns`.
    pub values: Vec<Vec<f64>>,
    /// The turns the x-axis names, with their dates in short ("9/1", "9月上"): a month's
    /// first xun, or every turn in a short game.
    pub ticks: Vec<(u32, String)>,
    /// What the x-axis counts, with the years it spans: "date (month/xun), 1004-1005".
    pub axis: String,
}

/// A turning point of the game set beside history's.
#[derive(Clone, Debug, PartialEq)]
pub struct TurningPoint {
    pub what: String,
    /// What happened in this game, with its date; `None`: it did not happen.
    pub game: Option<String>,
    /// What history records, with its date, from the scenario or the table of known dates.
    pub history: Option<String>,
}

/// What kind of decision a court took: the class report counts them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecisionKind {
    /// A policy chosen or given up, by its index.
    Policy {
        policy: usize,
        on: bool,
    },
    /// A draft sent with an envoy.
    Draft,
    Accept,
    Reject,
    /// A draft answered with another.
    Counter,
}

/// A date history records, beside this game's.
#[derive(Clone, Debug, PartialEq)]
pub struct KnownDate {
    /// What it was: "The Song court: The emperor takes the field".
    pub what: String,
    /// When it happened in history ("never" for a road history did not take).
    pub history: String,
    /// What history records of it, in a sentence.
    pub record: String,
    /// When it happened in this game, if it did.
    pub game: Option<String>,
}

/// One of history's roads (a policy the table of known dates names) and when a game took it.
#[derive(Clone, Debug, PartialEq)]
pub struct Road {
    /// The policy's name: "The emperor takes the field".
    pub name: String,
    /// When this game took it, if it did.
    pub game: Option<String>,
    /// When history's court took it, or "never".
    pub history: String,
}

/// The roads a game took: the class report sets the groups' side by side.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Course {
    /// History's roads: the policies the table of known dates names.
    pub roads: Vec<Road>,
    /// The first draft sent: its date and the court that sent it.
    pub first_envoy: Option<(String, String)>,
    /// Drafts sent, counter-offers among them.
    pub drafts_sent: usize,
    /// Drafts refused, outright or with a counter-offer.
    pub drafts_refused: usize,
    /// The month the oath was sworn: "12th month, 1004".
    pub oath_month: Option<String>,
    /// How many decisions of the people's courts (every court's when the computer played
    /// them all) went with the advice they had, and how many against it.
    pub advice: (usize, usize),
}

/// A decision of a court with the advice its own judgement gave at that moment.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    pub kind: DecisionKind,
    pub turn: u32,
    pub date: String,
    pub court: CourtId,
    pub what: String,
    /// The judgement in a line: "their own reckoning: -12, not enough".
    pub advice: String,
    /// Its weightiest reasons, "+30  ...".
    pub reasons: Vec<String>,
    /// Whether the decision went with the advice, where the advice pointed one way.
    pub followed: Option<bool>,
    /// The total of the court's own reckoning, for an answer to a draft.
    pub reckoning: Option<i32>,
}

/// A question for the debrief, with the kind of fact it comes from (the class report groups
/// the questions of many games by it).
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub kind: &'static str,
    pub text: String,
}

/// Everything the report tells of one game.
#[derive(Clone, Debug, PartialEq)]
pub struct Debrief {
    pub title: String,
    pub scenario_id: String,
    pub seed: u64,
    pub courts: Vec<CourtLine>,
    /// How the game ended, in the rules' words.
    pub over: Option<String>,
    pub last_date: String,
    /// "the treaty of 1005".
    pub treaty_name: String,
    /// The courts of history's treaty, by name.
    pub history_between: (String, String),
    pub comparison: Vec<Comparison>,
    /// The treaty sworn in play between the courts of history, in brief, and its date.
    pub sworn: Option<(String, String)>,
    pub peace_turn: Option<u32>,
    pub silver: i64,
    pub silk: i64,
    pub history_silver: i64,
    pub history_silk: i64,
    /// Places of the first court of history's treaty held by the second at the end, taken by
    /// arms or ceded.
    pub land_lost: i32,
    /// Places the first court handed to the second by treaty.
    pub land_ceded: i32,
    pub at_war_at_end: bool,
    pub turning: Vec<TurningPoint>,
    /// The table of known dates, beside this game's.
    pub known: Vec<KnownDate>,
    pub series: Vec<Series>,
    /// The date of each of the series' turns, in full, for the Markdown copy's table.
    pub dates: Vec<String>,
    pub decisions: Vec<Decision>,
    /// The roads this game took, for the class report.
    pub course: Course,
    /// The chronicle by date, glossed the first time a measure or a date appears.
    pub chronicle: Vec<(String, Vec<String>)>,
    pub scores: Vec<i32>,
    pub questions: Vec<Question>,
}

impl Debrief {
    /// The debrief of a saved game: the save is replayed on its scenario with the same checks
    /// as `chanyuan replay`, and each decision's advice read on the way.
    pub fn of_save(save: &Save, scenario: Arc<Scenario>) -> Result<Debrief, String> {
        let players = save.player_courts(&scenario)?;
        let mut decisions = Vec::new();
        let game = save.replay_checked_watching(scenario, &mut |game, side, action| {
            if let Some(d) = decision(game, side, action) {
                decisions.push(d);
            }
        })?;
        Ok(gather(&game, &players, decisions))
    }
}

/// A decision and the advice of the deciding court's own judgement, read from the game just
/// before it was taken: policies, drafts sent and answers; marches and sieges are told by the
/// chronicle.
fn decision(game: &Game, side: CourtId, action: &Action) -> Option<Decision> {
    let s = &*game.scenario;
    let st = game.state();
    let date = s.calendar.date(st.turn);
    let court = s.court_name(side).to_string();
    let top = |reasons: Vec<&Reason>| -> Vec<String> {
        let mut r = reasons;
        r.sort_by_key(|r| std::cmp::Reverse(r.points.abs()));
        r.iter().filter(|r| r.points != 0).take(3).map(|r| format!("{:+}  {}", r.points, r.text)).collect()
    };
    let made = |kind, what: String, advice: String, reasons: Vec<String>, followed: Option<bool>, reckoning| Decision {
        kind,
        turn: st.turn,
        date: date.clone(),
        court: side,
        what,
        advice,
        reasons,
        followed,
        reckoning,
    };
    match action {
        Action::Policy { policy } => {
            let p = s.policies.get(policy.index())?;
            let giving_up = !p.once && st.courts[side].active[policy.index()];
            // The counsel at court that moment: the memorials of its own people whose time has come.
            let urged: Vec<(String, &str, bool)> = s
                .memorials
                .iter()
                .filter(|m| s.character(m.by).side == side && effects::holds(s, st, &m.when))
                .filter_map(|m| {
                    let u = m.urges?;
                    Some((s.character(m.by).name.clone(), s.policies[u.index()].name.as_str(), u == *policy))
                })
                .collect();
            let args = [("court", court.clone().into()), ("policy", p.name.clone().into())];
            let what = tr_args(if giving_up { "report-decision-gave-up" } else { "report-decision-chose" }, &args);
            let (advice, followed) = if urged.is_empty() {
                (tr("report-advice-no-memorial"), None)
            } else {
                // With the counsel split, the choice went with some and against others.
                let (for_it, against) = (urged.iter().any(|u| u.2), urged.iter().any(|u| !u.2));
                let followed = match (for_it && !giving_up, against || giving_up) {
                    (true, false) => Some(true),
                    (false, true) => Some(false),
                    _ => None,
                };
                let who: Vec<String> = urged
                    .iter()
                    .map(|(by, name, _)| {
                        tr_args(
                            "report-advice-urged",
                            &[("by", by.clone().into()), ("policy", name.to_string().into())],
                        )
                    })
                    .collect();
                (tr_args("report-advice-memorials", &[("urged", who.join(&tr("report-semicolon")).into())]), followed)
            };
            let kind = DecisionKind::Policy { policy: policy.index(), on: !giving_up };
            Some(made(kind, what, advice, Vec::new(), followed, None))
        }
        Action::SendEnvoy { to, terms } => {
            let envoy = st.courts[side].envoy;
            let est = negotiation::estimate(game, side, *to, terms, envoy);
            let own = negotiation::evaluate(game, side, *to, terms, None);
            let reasons = top(est.evaluation.clauses.iter().chain(&est.evaluation.situation).collect());
            let carrier = envoy.map(|e| s.character(e).name.clone()).unwrap_or_else(|| tr("report-an-envoy"));
            let to_name = s.court_name(*to).to_string();
            Some(made(
                DecisionKind::Draft,
                tr_args(
                    "report-decision-sent",
                    &[
                        ("court", court.clone().into()),
                        ("envoy", carrier.into()),
                        ("to", to_name.clone().into()),
                        ("draft", crate::rules::chronicle::draft_brief(s, terms).into()),
                    ],
                ),
                tr_args(
                    "report-advice-foresaw",
                    &[
                        ("court", court.into()),
                        ("to", to_name.into()),
                        ("verdict", est.verdict().into()),
                        ("total", format!("{:+}", own.total()).into()),
                    ],
                ),
                reasons,
                None,
                None,
            ))
        }
        Action::Answer { proposal, answer } => {
            let p = st.proposals.iter().find(|p| p.id == *proposal)?;
            let e = negotiation::evaluate(game, side, p.from, &p.terms, Some(p.envoy));
            let mut args = vec![
                ("court", court.into()),
                ("number", proposal.to_string().into()),
                ("from", s.court_name(p.from).to_string().into()),
                ("draft", crate::rules::chronicle::draft_brief(s, &p.terms).into()),
            ];
            let (kind, key) = match answer {
                Answer::Accept => (DecisionKind::Accept, "report-decision-accepted"),
                Answer::Reject => (DecisionKind::Reject, "report-decision-rejected"),
                Answer::Counter(c) => {
                    args.push(("counter", crate::rules::chronicle::draft_brief(s, c).into()));
                    (DecisionKind::Counter, "report-decision-countered")
                }
            };
            let what = tr_args(key, &args);
            let mut advice = tr_args(
                "report-advice-reckoning",
                &[
                    ("total", format!("{:+}", e.total()).into()),
                    ("verdict", tr(if e.acceptable() { "report-acceptable" } else { "report-not-enough" }).into()),
                ],
            );
            if !e.vetoes.is_empty() {
                advice.push_str(&tr_args(
                    "report-advice-vetoed",
                    &[("vetoes", e.vetoes.join(&tr("report-semicolon")).into())],
                ));
            }
            let accepted = matches!(answer, Answer::Accept);
            Some(made(
                kind,
                what,
                advice,
                top(e.clauses.iter().chain(&e.situation).collect()),
                Some(accepted == e.acceptable()),
                Some(e.total()),
            ))
        }
        _ => None,
    }
}

/// The facts of a finished (or saved) game.
pub fn gather(game: &Game, players: &[CourtId], decisions: Vec<Decision>) -> Debrief {
    let s = &*game.scenario;
    let st = game.state();
    let (a, b) = s.history_between;
    let sworn_treaty = st.treaty_between(a, b).filter(|t| !t.inherited);
    let history_treaty = Treaty::inherited((a, b), s.history.clone());
    let outcome = crate::rules::simulate::outcome(game);
    let courts = s
        .court_ids()
        .map(|c| CourtLine {
            name: s.court_name(c).to_string(),
            colour: s.courts[c].colour,
            person: players.contains(&c),
        })
        .collect();
    let course = course(game, players, &decisions, sworn_treaty.map(|t| t.sworn));
    let mut d = Debrief {
        title: s.title.clone(),
        scenario_id: s.id.clone(),
        seed: game.seed,
        courts,
        over: st.over.map(|e| e.text(s)),
        last_date: s.calendar.date(st.turn),
        treaty_name: history::treaty_name(&s.id),
        history_between: (s.court_name(a).to_string(), s.court_name(b).to_string()),
        comparison: score::compare_with_history(game),
        sworn: sworn_treaty.map(|t| (crate::rules::chronicle::draft_brief(s, &t.terms), s.calendar.date(t.sworn))),
        peace_turn: sworn_treaty.map(|t| t.sworn),
        silver: sworn_treaty.map_or(0, |t| t.yearly(s, Resource::Silver)),
        silk: sworn_treaty.map_or(0, |t| t.yearly(s, Resource::Silk)),
        history_silver: history_treaty.yearly(s, Resource::Silver),
        history_silk: history_treaty.yearly(s, Resource::Silk),
        land_lost: outcome.land_ceded,
        land_ceded: st.chronicle.iter().filter(|l| matches!(l.entry, Entry::PlaceCeded { to, .. } if to == b)).count()
            as i32,
        at_war_at_end: st.at_war_with(a, b),
        turning: turning_points(game),
        known: known_dates(game),
        series: series(game),
        dates: st.history.iter().map(|snap| s.calendar.date(snap.turn)).collect(),
        decisions,
        course,
        chronicle: chronicle(game),
        scores: score::scores(game).total.0.clone(),
        questions: Vec::new(),
    };
    d.questions = super::questions::ask(game, &d);
    d
}

/// The roads a game took, read off its chronicle and its decisions, for the class report.
fn course(game: &Game, players: &[CourtId], decisions: &[Decision], peace: Option<u32>) -> Course {
    let s = &*game.scenario;
    let st = game.state();
    let roads = history::known(&s.id)
        .iter()
        .filter_map(|k| match k.mark {
            Mark::Policy(id) => Some((k, s.policy_id(id)?)),
            _ => None,
        })
        .map(|(k, pid)| {
            let taken = st.chronicle.iter().find_map(|l| match &l.entry {
                Entry::PolicyTaken { policy, on: true, .. } if *policy == pid => Some(l.turn),
                _ => None,
            });
            Road {
                name: s.policies[pid.index()].name.clone(),
                game: taken.map(|t| s.calendar.date(t)),
                history: k.when(),
            }
        })
        .collect();
    let first_envoy = decisions
        .iter()
        .find(|x| x.kind == DecisionKind::Draft)
        .map(|x| (x.date.clone(), s.court_name(x.court).to_string()));
    let count = |kinds: &[DecisionKind]| decisions.iter().filter(|x| kinds.contains(&x.kind)).count();
    // The advice of the people's own courts; with none, the computer's (which follows its own).
    let advised = |x: &&Decision| players.is_empty() || players.contains(&x.court);
    let with = decisions.iter().filter(advised).filter(|x| x.followed == Some(true)).count();
    let against = decisions.iter().filter(advised).filter(|x| x.followed == Some(false)).count();
    Course {
        roads,
        first_envoy,
        drafts_sent: count(&[DecisionKind::Draft, DecisionKind::Counter]),
        drafts_refused: count(&[DecisionKind::Reject, DecisionKind::Counter]),
        oath_month: peace.map(|t| month_words(s, t)),
        advice: (with, against),
    }
}

/// The month a turn falls in, in words: "12th month, 1004", "1004年12月"; a season or a year
/// for a calendar that counts them.
pub fn month_words(s: &Scenario, turn: u32) -> String {
    use crate::rules::scenario::TurnUnit;
    match s.calendar.unit {
        TurnUnit::Xun => {
            let (year, month, leap) = s.calendar.month_of(turn);
            tr_args(
                "report-month",
                &[
                    ("ordinal", ordinal(month).into()),
                    ("month", month.to_string().into()),
                    ("year", year.to_string().into()),
                    ("leap", if leap { "yes" } else { "no" }.into()),
                ],
            )
        }
        TurnUnit::Season => {
            let (year, season) = season_of(s, turn);
            tr_args(
                "report-season-year",
                &[("season", season_word(season, false).into()), ("year", year.to_string().into())],
            )
        }
        TurnUnit::Year => (s.calendar.start_year as i64 + turn as i64).to_string(),
    }
}

/// The year and season (0 spring to 3 winter) of a turn of a calendar of seasons.
fn season_of(s: &Scenario, turn: u32) -> (i64, u32) {
    let n = s.calendar.start_month.saturating_sub(1) + turn;
    (s.calendar.start_year as i64 + (n / 4) as i64, n % 4)
}

fn season_word(season: u32, short: bool) -> String {
    tr(match (season, short) {
        (0, false) => "report-season-spring",
        (1, false) => "report-season-summer",
        (2, false) => "report-season-autumn",
        (_, false) => "report-season-winter",
        (0, true) => "report-season-spring-short",
        (1, true) => "report-season-summer-short",
        (2, true) => "report-season-autumn-short",
        (_, true) => "report-season-winter-short",
    })
}

/// The year and month a turn falls in, as history's dates are compared with it: a season
/// counts as its last month (autumn as the 9th), a year as its 12th.
pub fn year_month(s: &Scenario, turn: u32) -> (i64, u32) {
    use crate::rules::scenario::TurnUnit;
    match s.calendar.unit {
        TurnUnit::Xun => {
            let (y, m, _) = s.calendar.month_of(turn);
            (y, m)
        }
        TurnUnit::Season => {
            let (y, season) = season_of(s, turn);
            (y, 3 * season + 3)
        }
        TurnUnit::Year => (s.calendar.start_year as i64 + turn as i64, 12),
    }
}

/// The turns a chart's x-axis names and their short dates: every turn of a short game, else
/// the first xun of each month (every other month in a long game), so that no more than
/// about nine labels share the axis.
pub fn ticks(s: &Scenario, first: u32, last: u32) -> Vec<(u32, String)> {
    use crate::rules::scenario::TurnUnit;
    const MOST: u32 = 9;
    let n = last.saturating_sub(first) + 1;
    let every = |turns: Vec<u32>| -> Vec<u32> {
        let stride = (turns.len() as u32).div_ceil(MOST).max(1) as usize;
        turns.into_iter().step_by(stride).collect()
    };
    match s.calendar.unit {
        TurnUnit::Xun => {
            let xun = |t: u32| {
                let (_, month, leap) = s.calendar.month_of(t);
                let part = tr(match t % 3 {
                    0 => "report-xun-part-1",
                    1 => "report-xun-part-2",
                    _ => "report-xun-part-3",
                });
                tr_args(
                    "report-tick-xun",
                    &[
                        ("month", month.to_string().into()),
                        ("xun", (t % 3 + 1).to_string().into()),
                        ("part", part.into()),
                        ("leap", if leap { "yes" } else { "no" }.into()),
                    ],
                )
            };
            let month = |t: u32| {
                let (_, month, leap) = s.calendar.month_of(t);
                tr_args(
                    "report-tick-month",
                    &[("month", month.to_string().into()), ("leap", if leap { "yes" } else { "no" }.into())],
                )
            };
            if n <= MOST {
                (first..=last).map(|t| (t, xun(t))).collect()
            } else {
                every((first..=last).filter(|t| t % 3 == 0).collect()).into_iter().map(|t| (t, month(t))).collect()
            }
        }
        TurnUnit::Season => every((first..=last).collect())
            .into_iter()
            .map(|t| {
                let (year, season) = season_of(s, t);
                let word = season_word(season, true);
                // The year at the first label and at each spring.
                let label = if t == first || season == 0 {
                    tr_args("report-tick-season-year", &[("season", word.into()), ("year", year.to_string().into())])
                } else {
                    word
                };
                (t, label)
            })
            .collect(),
        TurnUnit::Year => every((first..=last).collect())
            .into_iter()
            .map(|t| (t, (s.calendar.start_year as i64 + t as i64).to_string()))
            .collect(),
    }
}

/// What a chart's x-axis counts, with the years the game spans.
pub fn axis(s: &Scenario, first: u32, last: u32) -> String {
    use crate::rules::scenario::TurnUnit;
    let (y0, y1) = (year_month(s, first).0, year_month(s, last).0);
    let years = if y0 == y1 { y0.to_string() } else { format!("{y0}–{y1}") };
    let key = match s.calendar.unit {
        TurnUnit::Xun => "report-axis-xun",
        TurnUnit::Season => "report-axis-season",
        TurnUnit::Year => "report-axis-year",
    };
    tr_args(key, &[("years", years.into())])
}

/// The figures of every turn, a chart each: silver, morale, places held, war-weariness (the
/// report's charts, and the end screen's), in the language `tr` speaks.
pub fn series(game: &Game) -> Vec<Series> {
    let s = &*game.scenario;
    let h = &game.state().history;
    let courts: Vec<CourtId> = s.court_ids().collect();
    let turns: Vec<u32> = h.iter().map(|snap| snap.turn).collect();
    let (first, last) = (turns.first().copied().unwrap_or(0), turns.last().copied().unwrap_or(0));
    let ticks = ticks(s, first, last);
    let axis = axis(s, first, last);
    let measure = |title: &str, unit: &str, of: &dyn Fn(&crate::rules::state::Snapshot, CourtId) -> f64| Series {
        title: tr(title),
        unit: tr(unit),
        turns: turns.clone(),
        values: courts.iter().map(|c| h.iter().map(|snap| of(snap, *c)).collect()).collect(),
        ticks: ticks.clone(),
        axis: axis.clone(),
    };
    vec![
        measure("report-chart-treasury", "report-unit-silver", &|snap, c| {
            snap.silver.get(c).copied().unwrap_or(0) as f64
        }),
        measure("report-chart-morale", "report-unit-morale", &|snap, c| {
            snap.morale.get(c).copied().unwrap_or(0) as f64
        }),
        measure("report-chart-territory", "report-unit-places", &|snap, c| {
            snap.places.get(c).copied().unwrap_or(0) as f64
        }),
        measure("report-chart-weariness", "report-unit-weariness", &|snap, c| {
            snap.war_weariness.get(c).copied().unwrap_or(0) as f64
        }),
    ]
}

/// The table of known dates: what history records of this scenario, each with whether and
/// when this game took the same road.
fn known_dates(game: &Game) -> Vec<KnownDate> {
    let s = &*game.scenario;
    let st = game.state();
    let (a, b) = s.history_between;
    history::known(&s.id)
        .iter()
        .filter_map(|k| {
            let (what, turn) = match k.mark {
                Mark::Peace => (
                    tr("report-known-row-peace"),
                    st.chronicle.iter().find_map(|l| match &l.entry {
                        Entry::TreatySworn { between, .. } if pair(between.0, between.1) == pair(a, b) => Some(l.turn),
                        _ => None,
                    }),
                ),
                Mark::Policy(id) => {
                    let pid = s.policy_id(id)?;
                    let p = &s.policies[pid.index()];
                    (
                        tr_args(
                            "report-turning-policy",
                            &[("court", s.court_name(p.side).to_string().into()), ("policy", p.name.clone().into())],
                        ),
                        st.chronicle.iter().find_map(|l| match &l.entry {
                            Entry::PolicyTaken { policy, on: true, .. } if *policy == pid => Some(l.turn),
                            _ => None,
                        }),
                    )
                }
                Mark::Event(id) => {
                    let ei = s.events.iter().position(|e| e.id == id)?;
                    (
                        s.events[ei].name.clone(),
                        st.chronicle.iter().find_map(|l| match &l.entry {
                            Entry::Event { event } if event.index() == ei => Some(l.turn),
                            _ => None,
                        }),
                    )
                }
                Mark::Place(id) => {
                    let pid = s.place_id(id)?;
                    (
                        tr_args("report-place-row", &[("place", s.place(pid).name.clone().into())]),
                        st.chronicle.iter().find_map(|l| match &l.entry {
                            Entry::SiegeBegun { at, .. } | Entry::AssaultFailed { at, .. } if *at == pid => {
                                Some(l.turn)
                            }
                            Entry::PlaceFell { place, .. } if *place == pid => Some(l.turn),
                            _ => None,
                        }),
                    )
                }
            };
            Some(KnownDate { what, history: k.when(), record: k.what(), game: turn.map(|t| s.calendar.date(t)) })
        })
        .collect()
}

/// The whole chronicle by date, every line as a person reads it, glossed once.
fn chronicle(game: &Game) -> Vec<(String, Vec<String>)> {
    let s = &*game.scenario;
    let mut glosser = Glosser::new();
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    let mut last = u32::MAX;
    for line in &game.state().chronicle {
        if line.turn != last {
            out.push((glosser.gloss(&s.calendar.date(line.turn)), Vec::new()));
            last = line.turn;
        }
        if let Some((_, lines)) = out.last_mut() {
            lines.push(glosser.gloss(&line.text(s)));
        }
    }
    out
}

/// What happened to a place in the war, read off the chronicle.
#[derive(Default)]
struct PlaceWar {
    besieged: Option<u32>,
    assaults_failed: u32,
    fell: Option<(u32, CourtId)>,
    ceded: Option<(u32, CourtId)>,
}

/// The game's turning points beside history's: the war's end, the policies chosen, the events
/// that history also tells of, and the places fought over; then what history records that
/// did not happen in this game.
fn turning_points(game: &Game) -> Vec<TurningPoint> {
    let s = &*game.scenario;
    let st = game.state();
    let date = |t: u32| s.calendar.date(t);
    let on = |t: u32| on_date(s, t);
    let mut repeats: Vec<(EventId, usize, u32)> = Vec::new();
    let (a, b) = s.history_between;
    let known = history::known(&s.id);
    let known_of = |mark: Mark| known.iter().find(|k| k.mark == mark);
    let told = |k: &Known| {
        if k.happened { dated(&k.when(), &k.what()) } else { k.what() }
    };
    let mut rows: Vec<(Option<Mark>, u32, TurningPoint)> = Vec::new();
    let mut peace = None;
    let mut places: Vec<(PlaceId, PlaceWar)> = Vec::new();
    let place_war = |places: &mut Vec<(PlaceId, PlaceWar)>, p: PlaceId| -> usize {
        match places.iter().position(|(q, _)| *q == p) {
            Some(i) => i,
            None => {
                places.push((p, PlaceWar::default()));
                places.len() - 1
            }
        }
    };
    for line in &st.chronicle {
        match &line.entry {
            // A treaty renewed in peace (1042) ends no war, but it is the game's settlement.
            Entry::TreatySworn { between, .. } if pair(between.0, between.1) == pair(a, b) => {
                peace.get_or_insert(line.turn);
            }
            Entry::PolicyTaken { side, policy, on: true } => {
                let p = &s.policies[policy.index()];
                let mark = known.iter().map(|k| k.mark).find(|m| matches!(m, Mark::Policy(id) if *id == p.id));
                // A policy kept up turn after turn (foraging, levies) is a course, not a turning point.
                if !p.once && mark.is_none() {
                    continue;
                }
                rows.push((
                    mark,
                    line.turn,
                    TurningPoint {
                        what: tr_args(
                            "report-turning-policy",
                            &[("court", s.court_name(*side).to_string().into()), ("policy", p.name.clone().into())],
                        ),
                        game: Some(dated(&date(line.turn), &line.text(s))),
                        history: mark.and_then(known_of).map(told),
                    },
                ));
            }
            Entry::Event { event } => {
                let e = &s.events[event.index()];
                // An event that comes again and again (a season's war in the west) is told once,
                // with how often it came.
                if let Some(i) = repeats.iter().position(|(ev, _, _)| ev == event) {
                    repeats[i].2 += 1;
                    continue;
                }
                repeats.push((*event, rows.len(), 1));
                let mark = known.iter().map(|k| k.mark).find(|m| matches!(m, Mark::Event(id) if *id == e.id));
                // Events history tells of: those with a `history` note or a known date.
                if e.history.is_empty() && mark.is_none() {
                    continue;
                }
                let history = match (mark.and_then(known_of), e.history.is_empty()) {
                    (Some(k), true) => Some(told(k)),
                    // A road history did not take is told without a date ("never: ...").
                    (Some(k), false) => Some(format!("{} {}", told(k), e.history)),
                    (None, _) => Some(e.history.clone()),
                };
                rows.push((
                    mark,
                    line.turn,
                    TurningPoint { what: e.name.clone(), game: Some(dated(&date(line.turn), &e.text)), history },
                ));
            }
            Entry::SiegeBegun { at, .. } => {
                let i = place_war(&mut places, *at);
                places[i].1.besieged.get_or_insert(line.turn);
            }
            Entry::AssaultFailed { at, .. } => {
                let i = place_war(&mut places, *at);
                places[i].1.assaults_failed += 1;
            }
            Entry::PlaceFell { place, to } => {
                let i = place_war(&mut places, *place);
                places[i].1.fell = Some((line.turn, *to));
            }
            Entry::PlaceCeded { place, to } => {
                let i = place_war(&mut places, *place);
                places[i].1.ceded = Some((line.turn, *to));
            }
            _ => {}
        }
    }
    for (_, row, times) in repeats.iter().filter(|(_, _, times)| *times > 1) {
        if let Some(game) = &mut rows[*row].2.game {
            game.push_str(&tr_args("report-and-more", &[("times", (times - 1).into())]));
        }
    }
    let peace_history = known_of(Mark::Peace).map(told);
    let courts = [("a", s.court_name(a).to_string().into()), ("b", s.court_name(b).to_string().into())];
    let peace_row = TurningPoint {
        what: if s.treaties.iter().any(|(p, _)| pair(p.0, p.1) == pair(a, b)) {
            tr_args("report-turning-new-treaty", &courts)
        } else {
            tr_args("report-turning-war-end", &courts)
        },
        game: Some(match peace {
            Some(t) => tr_args("report-peace-oath", &[("date", date(t).into())]),
            None if st.at_war_with(a, b) => tr_args("report-peace-still-at-war", &[("date", date(st.turn).into())]),
            None => tr("report-peace-none"),
        }),
        history: peace_history,
    };
    let mut fought: Vec<(Option<Mark>, u32, TurningPoint)> = Vec::new();
    for (p, w) in &places {
        let name = &s.place(*p).name;
        let mut told_here = Vec::new();
        if let Some(t) = w.besieged {
            told_here.push(tr_args("report-place-besieged", &[("date", the_date(s, t).into())]));
        }
        if w.assaults_failed > 0 {
            told_here.push(tr_args("report-place-assaults", &[("count", w.assaults_failed.into())]));
        }
        let to_on = |to: CourtId, t: u32| [("court", s.court_name(to).to_string().into()), ("date", on(t).into())];
        match (w.fell, w.ceded) {
            (Some((t, to)), _) => told_here.push(tr_args("report-place-fell", &to_on(to, t))),
            (None, Some((t, to))) => told_here.push(tr_args("report-place-ceded", &to_on(to, t))),
            (None, None) => told_here.push(tr("report-place-held")),
        }
        let mark = known.iter().map(|k| k.mark).find(|m| matches!(m, Mark::Place(id) if *id == s.place(*p).id));
        let first = [w.besieged, w.fell.map(|f| f.0), w.ceded.map(|c| c.0)].into_iter().flatten().min().unwrap_or(0);
        fought.push((
            mark,
            first,
            TurningPoint {
                what: tr_args("report-place-row", &[("place", name.clone().into())]),
                game: Some(told_here.join(&tr("report-semicolon"))),
                history: mark.and_then(known_of).map(told),
            },
        ));
    }
    // The war's end first, then the game's turning points by date, then what history records
    // that did not happen here: the roads this game did not take.
    rows.extend(fought);
    rows.sort_by_key(|(_, turn, _)| *turn);
    rows.insert(0, (Some(Mark::Peace), 0, peace_row));
    for k in known {
        if rows.iter().any(|(m, _, _)| *m == Some(k.mark)) {
            continue;
        }
        let what = match k.mark {
            Mark::Peace => continue,
            Mark::Policy(id) => match s.policy_id(id) {
                Some(p) => {
                    let p = &s.policies[p.index()];
                    tr_args(
                        "report-turning-policy",
                        &[("court", s.court_name(p.side).to_string().into()), ("policy", p.name.clone().into())],
                    )
                }
                None => continue,
            },
            Mark::Event(id) => match s.events.iter().find(|e| e.id == id) {
                Some(e) => e.name.clone(),
                None => continue,
            },
            Mark::Place(id) => match s.place_id(id) {
                Some(p) => tr_args("report-place-row", &[("place", s.place(p).name.clone().into())]),
                None => continue,
            },
        };
        let game_side = tr(match k.mark {
            Mark::Place(_) => "report-not-besieged",
            _ => "report-did-not-happen",
        });
        rows.push((Some(k.mark), u32::MAX, TurningPoint { what, game: Some(game_side), history: Some(told(k)) }));
    }
    rows.into_iter().map(|(_, _, r)| r).collect()
}

/// "date: what happened", as the tables set a date before a deed.
pub fn dated(date: &str, what: &str) -> String {
    tr_args("report-dated", &[("date", date.to_string().into()), ("what", what.to_string().into())])
}

/// A date as a sentence says it: "on the 2nd xun of the 9th month, 1004", "in summer 1042".
pub fn on_date(s: &Scenario, turn: u32) -> String {
    let key = match s.calendar.unit {
        crate::rules::scenario::TurnUnit::Xun => "report-on-xun",
        _ => "report-on-season",
    };
    tr_args(key, &[("date", s.calendar.date(turn).into())])
}

/// A date after "from" or "by": "the 2nd xun of the 9th month, 1004", "summer 1042".
pub fn the_date(s: &Scenario, turn: u32) -> String {
    match s.calendar.unit {
        crate::rules::scenario::TurnUnit::Xun => tr_args("report-the-xun", &[("date", s.calendar.date(turn).into())]),
        _ => s.calendar.date(turn),
    }
}
