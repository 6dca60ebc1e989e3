//! Whole games with both courts played by the computer, one at a time or in batches
//! across threads, for balance checks and the `simulate` command.

use crate::rules::ai;
use crate::rules::game::Game;
use crate::rules::ids::*;
use crate::rules::scenario::Scenario;
use crate::rules::score;
use std::sync::Arc;

/// Plays a game to its end with the computer on both sides.
pub fn play_out(scenario: Arc<Scenario>, seed: u64) -> Game {
    let mut game = Game::new(scenario, seed);
    // A hard stop even if a scenario's end conditions were never met.
    let limit = game.scenario.calendar.turns + 1;
    while !game.is_over() && game.state.turn <= limit {
        ai::take_turn(&mut game, Side::Song);
        ai::take_turn(&mut game, Side::Liao);
    }
    game
}

/// What one game came to, in numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub treaty: bool,
    pub silver: i64,
    pub silk: i64,
    /// Song places in Liao hands at the end.
    pub land_ceded: i32,
    /// The side whose capital fell or whose armies were destroyed, if any.
    pub war_lost: Option<Side>,
    pub turns: u32,
    pub scores: PerSide<i32>,
}

pub fn outcome(game: &Game) -> Outcome {
    let s = &*game.scenario;
    let st = &game.state;
    let land_ceded = s
        .places
        .iter()
        .enumerate()
        .filter(|(i, p)| p.controller == Side::Song && st.places[*i].controller == Side::Liao)
        .count() as i32;
    let war_lost = Side::BOTH.into_iter().find(|side| {
        let capital = s.courts[*side].capital;
        (st.places[capital.index()].controller != *side && !st.courts[*side].fled)
            || (st.at_war() && st.strength(*side) == 0)
    });
    Outcome {
        treaty: st.treaty.is_some(),
        silver: st.treaty_yearly(s, Resource::Silver),
        silk: st.treaty_yearly(s, Resource::Silk),
        land_ceded,
        war_lost,
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
    pub wars_lost: PerSide<u64>,
    pub mean_turns: f64,
    pub mean_scores: PerSide<f64>,
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
    Ok(summarise(&outcomes?.into_iter().flatten().collect::<Vec<_>>()))
}

pub fn summarise(outcomes: &[Outcome]) -> Summary {
    let n = outcomes.len().max(1) as f64;
    let median = |mut v: Vec<i64>| {
        v.sort_unstable();
        v.get(v.len() / 2).copied().unwrap_or(0)
    };
    let sworn: Vec<&Outcome> = outcomes.iter().filter(|o| o.treaty).collect();
    Summary {
        games: outcomes.len() as u64,
        treaties: sworn.len() as u64,
        median_silver: median(sworn.iter().map(|o| o.silver).collect()),
        median_silk: median(sworn.iter().map(|o| o.silk).collect()),
        games_with_land_ceded: outcomes.iter().filter(|o| o.land_ceded > 0).count() as u64,
        wars_lost: PerSide::new(
            outcomes.iter().filter(|o| o.war_lost == Some(Side::Song)).count() as u64,
            outcomes.iter().filter(|o| o.war_lost == Some(Side::Liao)).count() as u64,
        ),
        mean_turns: outcomes.iter().map(|o| o.turns as f64).sum::<f64>() / n,
        mean_scores: PerSide::new(
            outcomes.iter().map(|o| o.scores.song as f64).sum::<f64>() / n,
            outcomes.iter().map(|o| o.scores.liao as f64).sum::<f64>() / n,
        ),
    }
}
