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
    let war_lost = s.court_ids().find(|side| {
        let capital = s.courts[*side].capital;
        (st.places[capital.index()].controller != *side && !st.courts[*side].fled)
            || (st.enemies_of(*side).next().is_some() && st.strength(*side) == 0)
    });
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

/// Many games counted as they finish: counts, sums and, for the medians, how many games
/// came to each yearly amount (treaties name round figures, so these stay small). Whole
/// numbers only, so the same games give the same summary on any number of threads.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    games: u64,
    treaties: u64,
    silver: BTreeMap<i64, u64>,
    silk: BTreeMap<i64, u64>,
    land_ceded: u64,
    wars_lost: Vec<u64>,
    wars_at_end: BTreeMap<(CourtId, CourtId), u64>,
    pairs: BTreeMap<(CourtId, CourtId), (u64, BTreeMap<i64, u64>, BTreeMap<i64, u64>)>,
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
            p.0 += 1;
            *p.1.entry(*silver).or_default() += 1;
            *p.2.entry(*silk).or_default() += 1;
        }
        self.turns += o.turns as u64;
        for (c, score) in o.scores.iter() {
            if let Some(s) = self.scores.get_mut(c.index()) {
                *s += *score as i64;
            }
        }
    }

    pub fn merge(&mut self, other: Tally) {
        let add_counts = |into: &mut BTreeMap<i64, u64>, from: BTreeMap<i64, u64>| {
            for (k, v) in from {
                *into.entry(k).or_default() += v;
            }
        };
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
        for (k, (n, silver, silk)) in other.pairs {
            let p = self.pairs.entry(k).or_default();
            p.0 += n;
            add_counts(&mut p.1, silver);
            add_counts(&mut p.2, silk);
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
                .map(|(between, (games, silver, silk))| PairTreaties {
                    between: *between,
                    games: *games,
                    median_silver: median_of_counts(silver),
                    median_silk: median_of_counts(silk),
                })
                .collect(),
            mean_turns: self.turns as f64 / n,
            mean_scores: PerCourt::from_fn(courts, |c| self.scores[c.index()] as f64 / n),
        }
    }
}

/// The middle value of counted values (the upper middle for an even count), or 0 for none.
fn median_of_counts(counts: &BTreeMap<i64, u64>) -> i64 {
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

pub fn summarise(courts: usize, outcomes: &[Outcome]) -> Summary {
    let mut tally = Tally::new(courts);
    for o in outcomes {
        tally.add(o);
    }
    tally.summary()
}
