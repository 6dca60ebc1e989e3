//! Whole games with every court played by the computer, one at a time or in batches
//! across threads, for balance checks and the `simulate` command.

use crate::rules::game::Game;
use crate::rules::ids::*;
use crate::rules::play::Match;
use crate::rules::scenario::Scenario;
use crate::rules::score;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Plays a game to its end with the computer on every court.
pub fn play_out(scenario: Arc<Scenario>, seed: u64) -> Game {
    Match::computer_only(Game::new(scenario, seed)).into_game()
}

/// What one game came to, in numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// A treaty was sworn in play (not merely inherited from the scenario's start).
    pub treaty: bool,
    /// Yearly payments under the treaties sworn in play and in force at the end.
    pub silver: i64,
    pub silk: i64,
    /// Places that changed hands between the courts of history's treaty, from the first of
    /// the two to the second (in 1004, Song land in Liao hands).
    pub land_ceded: i32,
    /// The first court whose capital fell or whose armies were destroyed, if any.
    pub war_lost: Option<CourtId>,
    /// Each pair of courts at war when the game ended.
    pub wars: Vec<(CourtId, CourtId)>,
    /// Each treaty sworn in play and in force at the end: its two courts and what it moves
    /// in a year (silver, silk).
    pub sworn: Vec<((CourtId, CourtId), i64, i64)>,
    pub turns: u32,
    pub scores: PerCourt<i32>,
}

pub fn outcome(game: &Game) -> Outcome {
    let s = &*game.scenario;
    let st = &game.state;
    let (first, second) = s.history_between;
    let land_ceded = s
        .places
        .iter()
        .enumerate()
        .filter(|(i, p)| p.controller == first && st.places[*i].controller == second)
        .count() as i32;
    let war_lost = s.court_ids().find(|side| crate::rules::turn::defeated(s, st, *side).is_some());
    let ids: Vec<CourtId> = s.court_ids().collect();
    let wars = ids
        .iter()
        .enumerate()
        .flat_map(|(i, a)| ids[i + 1..].iter().map(move |b| (*a, *b)))
        .filter(|(a, b)| st.at_war_with(*a, *b))
        .collect();
    let sworn: Vec<((CourtId, CourtId), i64, i64)> = st
        .treaties
        .iter()
        .filter(|t| !t.inherited)
        .map(|t| (t.parties, t.yearly(s, Resource::Silver), t.yearly(s, Resource::Silk)))
        .collect();
    Outcome {
        treaty: st.treaties.iter().any(|t| !t.inherited),
        silver: sworn.iter().map(|(_, silver, _)| silver).sum(),
        silk: sworn.iter().map(|(_, _, silk)| silk).sum(),
        sworn,
        land_ceded,
        war_lost,
        wars,
        turns: st.turn,
        scores: score::scores(game).total,
    }
}

/// The spread of many games.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub games: u64,
    pub treaties: u64,
    pub median_silver: i64,
    pub median_silk: i64,
    pub games_with_land_ceded: u64,
    pub wars_lost: PerCourt<u64>,
    /// For each pair of courts, the games that ended with them still at war.
    pub wars_at_end: Vec<((CourtId, CourtId), u64)>,
    /// For each pair of courts, the games in which they swore a treaty, and its median
    /// yearly silver and silk.
    pub treaties_by_pair: Vec<PairTreaties>,
    pub mean_turns: f64,
    pub mean_scores: PerCourt<f64>,
}

/// How often two courts swore a treaty over many games, and what it moved.
#[derive(Clone, Debug, PartialEq)]
pub struct PairTreaties {
    pub between: (CourtId, CourtId),
    pub games: u64,
    pub median_silver: i64,
    pub median_silk: i64,
}

/// Plays `games` games with seeds `seed..seed+games` on `threads` threads.
pub fn batch(scenario: Arc<Scenario>, seed: u64, games: u64, threads: usize) -> Result<Summary, String> {
    let threads = threads.clamp(1, 256) as u64;
    let courts = scenario.courts.len();
    // Each game is counted as it finishes: the memory a batch needs does not grow with it.
    let tallies: Result<Vec<Tally>, String> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let scenario = scenario.clone();
                scope.spawn(move || {
                    let mut tally = Tally::new(courts);
                    for g in (0..games).filter(|g| g % threads == t) {
                        tally.add(&outcome(&play_out(scenario.clone(), seed.wrapping_add(g))));
                    }
                    tally
                })
            })
            .collect();
        // A worker that failed must not vanish from the count.
        handles
            .into_iter()
            .map(|h| h.join().map_err(|_| "a simulation thread failed; run its seeds alone to see why".to_string()))
            .collect()
    });
    let mut all = Tally::new(courts);
    for t in tallies? {
        all.merge(t);
    }
    Ok(all.summary())
}

/// How many games came to each value.
type Counts = BTreeMap<i64, u64>;

/// The treaties of one pair of courts over many games.
#[derive(Clone, Debug, Default)]
struct PairTally {
    games: u64,
    silver: Counts,
    silk: Counts,
}

fn add_counts(into: &mut Counts, from: Counts) {
    for (k, v) in from {
        *into.entry(k).or_default() += v;
    }
}

/// Many games counted as they finish: counts, sums and, for the medians, how many games
/// came to each yearly amount (treaties name round figures, so these stay small). Whole
/// numbers only, so the same games give the same summary on any number of threads.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    games: u64,
    treaties: u64,
    silver: Counts,
    silk: Counts,
    land_ceded: u64,
    wars_lost: Vec<u64>,
    wars_at_end: BTreeMap<(CourtId, CourtId), u64>,
    pairs: BTreeMap<(CourtId, CourtId), PairTally>,
    turns: u64,
    scores: Vec<i64>,
}

impl Tally {
    pub fn new(courts: usize) -> Tally {
        Tally { wars_lost: vec![0; courts], scores: vec![0; courts], ..Tally::default() }
    }

    pub fn add(&mut self, o: &Outcome) {
        self.games += 1;
        if o.treaty {
            self.treaties += 1;
            *self.silver.entry(o.silver).or_default() += 1;
            *self.silk.entry(o.silk).or_default() += 1;
        }
        self.land_ceded += (o.land_ceded > 0) as u64;
        if let Some(c) = o.war_lost.and_then(|c| self.wars_lost.get_mut(c.index())) {
            *c += 1;
        }
        for w in &o.wars {
            *self.wars_at_end.entry(*w).or_default() += 1;
        }
        for (between, silver, silk) in &o.sworn {
            let p = self.pairs.entry(*between).or_default();
            p.games += 1;
            *p.silver.entry(*silver).or_default() += 1;
            *p.silk.entry(*silk).or_default() += 1;
        }
        self.turns += o.turns as u64;
        for (c, score) in o.scores.iter() {
            if let Some(s) = self.scores.get_mut(c.index()) {
                *s += *score as i64;
            }
        }
    }

    pub fn merge(&mut self, other: Tally) {
        self.games += other.games;
        self.treaties += other.treaties;
        add_counts(&mut self.silver, other.silver);
        add_counts(&mut self.silk, other.silk);
        self.land_ceded += other.land_ceded;
        for (a, b) in self.wars_lost.iter_mut().zip(other.wars_lost) {
            *a += b;
        }
        for (k, v) in other.wars_at_end {
            *self.wars_at_end.entry(k).or_default() += v;
        }
        for (k, pair) in other.pairs {
            let p = self.pairs.entry(k).or_default();
            p.games += pair.games;
            add_counts(&mut p.silver, pair.silver);
            add_counts(&mut p.silk, pair.silk);
        }
        self.turns += other.turns;
        for (a, b) in self.scores.iter_mut().zip(other.scores) {
            *a += b;
        }
    }

    pub fn summary(&self) -> Summary {
        let n = self.games.max(1) as f64;
        let courts = self.scores.len();
        Summary {
            games: self.games,
            treaties: self.treaties,
            median_silver: median_of_counts(&self.silver),
            median_silk: median_of_counts(&self.silk),
            games_with_land_ceded: self.land_ceded,
            wars_lost: PerCourt::from_fn(courts, |c| self.wars_lost[c.index()]),
            wars_at_end: self.wars_at_end.iter().map(|(k, v)| (*k, *v)).collect(),
            treaties_by_pair: self
                .pairs
                .iter()
                .map(|(between, p)| PairTreaties {
                    between: *between,
                    games: p.games,
                    median_silver: median_of_counts(&p.silver),
                    median_silk: median_of_counts(&p.silk),
                })
                .collect(),
            mean_turns: self.turns as f64 / n,
            mean_scores: PerCourt::from_fn(courts, |c| self.scores[c.index()] as f64 / n),
        }
    }
}

/// The middle value of counted values (the upper middle for an even count), or 0 for none.
fn median_of_counts(counts: &Counts) -> i64 {
    let total: u64 = counts.values().sum();
    let mut seen = 0;
    for (value, n) in counts {
        seen += n;
        if seen > total / 2 {
            return *value;
        }
    }
    0
}

/// The columns of `simulate --csv`, named: one row a game, for calibration by script.
pub fn csv_header(s: &Scenario) -> String {
    let mut cols: Vec<String> = [
        "seed",
        "end_turn",
        "end_year",
        "end_month",
        "end_intercalary",
        "treaty",
        "yearly_silver",
        "yearly_silk",
        "land_ceded",
        "battles",
        "sieges",
        "assaults",
        "sieges_at",
        "treaty_turn",
    ]
    .iter()
    .map(|c| c.to_string())
    .collect();
    // The two courts of history's treaty (the Song and the Liao), apart from any third court.
    cols.extend(
        ["history_pair_treaty", "history_pair_silver", "history_pair_silk", "history_pair_turn", "history_pair_at_war"]
            .iter()
            .map(|c| c.to_string()),
    );
    cols.extend(s.courts.0.iter().map(|c| format!("capital_{}_held_by", c.id)));
    cols.extend(s.courts.0.iter().map(|c| format!("armies_destroyed_{}", c.id)));
    cols.extend(s.courts.0.iter().map(|c| format!("armies_abroad_{}", c.id)));
    cols.extend(s.events.iter().map(|e| format!("event_{}", e.id)));
    cols.extend(s.policies.iter().map(|p| format!("policy_{}", p.id)));
    cols.push("clauses".into());
    cols.join(",")
}

/// One game as a row of `simulate --csv`: when it ended, what was sworn and paid, what was
/// fought, who held each capital, when each event fired and each policy was first taken
/// (empty if never), and the ids of the clauses sworn in play.
pub fn csv_row(game: &Game) -> String {
    use crate::rules::chronicle::Entry;
    let s = &*game.scenario;
    let st = &game.state;
    let last = st.turn.saturating_sub(1);
    let (year, month, leap) = s.calendar.month_of(last);
    let o = outcome(game);
    let (first, second) = s.history_between;
    let land: Vec<&str> = s
        .places
        .iter()
        .enumerate()
        .filter(|(i, p)| p.controller == first && st.places[*i].controller == second)
        .map(|(_, p)| p.id.as_str())
        .collect();
    let count = |f: &dyn Fn(&Entry) -> bool| st.chronicle.iter().filter(|l| f(&l.entry)).count();
    let mut cols = vec![
        game.seed.to_string(),
        st.turn.to_string(),
        year.to_string(),
        month.to_string(),
        (leap as u8).to_string(),
        (o.treaty as u8).to_string(),
        o.silver.to_string(),
        o.silk.to_string(),
        land.join(";"),
        count(&|e| matches!(e, Entry::Battle { .. })).to_string(),
        count(&|e| matches!(e, Entry::SiegeBegun { .. })).to_string(),
        count(&|e| matches!(e, Entry::AssaultFailed { .. } | Entry::Stormed { .. })).to_string(),
    ];
    let mut besieged: Vec<&str> = st
        .chronicle
        .iter()
        .filter_map(|l| match &l.entry {
            Entry::SiegeBegun { at, .. } => Some(s.place(*at).id.as_str()),
            _ => None,
        })
        .collect();
    besieged.sort_unstable();
    besieged.dedup();
    cols.push(besieged.join(";"));
    cols.push(
        st.treaties.iter().filter(|t| !t.inherited).map(|t| t.sworn).min().map(|t| t.to_string()).unwrap_or_default(),
    );
    let pair = crate::rules::ids::pair(first, second);
    let between = st.treaties.iter().find(|t| !t.inherited && t.parties == pair);
    let (silver, silk) = o.sworn.iter().find(|(p, _, _)| *p == pair).map_or((0, 0), |(_, a, b)| (*a, *b));
    cols.push((between.is_some() as u8).to_string());
    cols.push(if between.is_some() { silver.to_string() } else { String::new() });
    cols.push(if between.is_some() { silk.to_string() } else { String::new() });
    cols.push(between.map(|t| t.sworn.to_string()).unwrap_or_default());
    cols.push((st.at_war_with(first, second) as u8).to_string());
    cols.extend(s.courts.0.iter().map(|c| s.courts[st.places[c.capital.index()].controller].id.clone()));
    for court in s.court_ids() {
        let destroyed = count(&|e| matches!(e, Entry::Destroyed { army } if s.armies[army.index()].side == court));
        cols.push(destroyed.to_string());
    }
    // Armies standing in land another court holds when the game ended.
    for court in s.court_ids() {
        let abroad = st.armies_of(court).filter(|(_, a)| st.places[a.at.index()].controller != court).count();
        cols.push(abroad.to_string());
    }
    let first_turn = |f: &dyn Fn(&Entry) -> bool| {
        st.chronicle.iter().find(|l| f(&l.entry)).map(|l| l.turn.to_string()).unwrap_or_default()
    };
    for i in 0..s.events.len() {
        cols.push(first_turn(&|e| matches!(e, Entry::Event { event } if event.index() == i)));
    }
    for i in 0..s.policies.len() {
        cols.push(first_turn(&|e| matches!(e, Entry::PolicyTaken { policy, on: true, .. } if policy.index() == i)));
    }
    let clauses: Vec<&str> = st
        .treaties
        .iter()
        .filter(|t| !t.inherited)
        .flat_map(|t| t.terms.iter().map(|term| s.clause(term.clause).id.as_str()))
        .collect();
    cols.push(clauses.join(";"));
    cols.join(",")
}

/// A game's number, its CSV row and its outcome.
type Row = (u64, String, Outcome);

/// Plays `games` games from `seed` on `threads` threads and writes a row for each, in seed
/// order, a thousand at a time (so memory does not grow with the count); returns the summary.
pub fn csv(
    scenario: Arc<Scenario>,
    seed: u64,
    games: u64,
    threads: usize,
    out: &mut dyn std::io::Write,
) -> Result<Summary, String> {
    let threads = threads.clamp(1, 256) as u64;
    let mut all = Tally::new(scenario.courts.len());
    let fail = |e: std::io::Error| format!("cannot write the rows: {e}");
    writeln!(out, "{}", csv_header(&scenario)).map_err(fail)?;
    let mut start = 0;
    while start < games {
        let end = (start + 1_000).min(games);
        let rows: Result<Vec<Vec<Row>>, String> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads)
                .map(|t| {
                    let scenario = scenario.clone();
                    scope.spawn(move || {
                        (start..end)
                            .filter(|g| g % threads == t)
                            .map(|g| {
                                let game = play_out(scenario.clone(), seed.wrapping_add(g));
                                (g, csv_row(&game), outcome(&game))
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().map_err(|_| "a simulation thread failed".to_string())).collect()
        });
        let mut rows: Vec<Row> = rows?.into_iter().flatten().collect();
        rows.sort_by_key(|r| r.0);
        for (_, row, o) in rows {
            writeln!(out, "{row}").map_err(fail)?;
            all.add(&o);
        }
        start = end;
    }
    Ok(all.summary())
}
