//! Whole games with every court played by the computer, one at a time or in batches
//! across threads, for balance checks and the `simulate` command.

use crate::rules::game::Game;
use crate::rules::ids::*;
use crate::rules::play::Match;
use crate::rules::scenario::Scenario;
use crate::rules::score;
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
    let threads = threads.clamp(1, 64) as u64;
    let outcomes: Result<Vec<Vec<Outcome>>, String> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let scenario = scenario.clone();
                scope.spawn(move || {
                    (0..games)
                        .filter(|g| g % threads == t)
                        .map(|g| outcome(&play_out(scenario.clone(), seed.wrapping_add(g))))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        // A worker that failed must not vanish from the count.
        handles
            .into_iter()
            .map(|h| h.join().map_err(|_| "a simulation thread failed; run its seeds alone to see why".to_string()))
            .collect()
    });
    Ok(summarise(scenario.courts.len(), &outcomes?.into_iter().flatten().collect::<Vec<_>>()))
}

/// The middle value, or 0 for none.
fn median(mut v: Vec<i64>) -> i64 {
    v.sort_unstable();
    v.get(v.len() / 2).copied().unwrap_or(0)
}

pub fn summarise(courts: usize, outcomes: &[Outcome]) -> Summary {
    let n = outcomes.len().max(1) as f64;
    let mut wars_at_end: Vec<((CourtId, CourtId), u64)> = Vec::new();
    for o in outcomes {
        for w in &o.wars {
            match wars_at_end.iter_mut().find(|(p, _)| p == w) {
                Some((_, count)) => *count += 1,
                None => wars_at_end.push((*w, 1)),
            }
        }
    }
    wars_at_end.sort();
    let mut pairs: Vec<(CourtId, CourtId)> = outcomes.iter().flat_map(|o| o.sworn.iter().map(|(p, _, _)| *p)).collect();
    pairs.sort();
    pairs.dedup();
    let treaties_by_pair = pairs
        .into_iter()
        .map(|between| {
            let of_pair: Vec<(i64, i64)> = outcomes
                .iter()
                .flat_map(|o| o.sworn.iter().filter(|(p, _, _)| *p == between).map(|(_, a, b)| (*a, *b)))
                .collect();
            PairTreaties {
                between,
                games: of_pair.len() as u64,
                median_silver: median(of_pair.iter().map(|x| x.0).collect()),
                median_silk: median(of_pair.iter().map(|x| x.1).collect()),
            }
        })
        .collect();
    let sworn: Vec<&Outcome> = outcomes.iter().filter(|o| o.treaty).collect();
    Summary {
        games: outcomes.len() as u64,
        treaties: sworn.len() as u64,
        median_silver: median(sworn.iter().map(|o| o.silver).collect()),
        median_silk: median(sworn.iter().map(|o| o.silk).collect()),
        games_with_land_ceded: outcomes.iter().filter(|o| o.land_ceded > 0).count() as u64,
        wars_lost: PerCourt::from_fn(courts, |c| outcomes.iter().filter(|o| o.war_lost == Some(c)).count() as u64),
        wars_at_end,
        treaties_by_pair,
        mean_turns: outcomes.iter().map(|o| o.turns as f64).sum::<f64>() / n,
        mean_scores: PerCourt::from_fn(courts, |c| {
            outcomes.iter().map(|o| o.scores.get(c).copied().unwrap_or(0) as f64).sum::<f64>() / n
        }),
    }
}
