//! Same scenario, seed and actions: the same game.

use crate::common::*;
use chanyuan::rules::save::fingerprint;
use chanyuan::rules::simulate::{batch, play_out};

#[test]
fn the_same_seed_gives_the_same_chronicle() {
    let a = play_out(scenario(), 42);
    let b = play_out(scenario(), 42);
    assert_eq!(chronicle(&a), chronicle(&b));
    assert_eq!(fingerprint(&a), fingerprint(&b));
    assert_eq!(chanyuan::cli::report(&a, None, true), chanyuan::cli::report(&b, None, true));
}

#[test]
fn different_seeds_give_different_wars() {
    let prints: std::collections::HashSet<u64> = (0..10).map(|s| fingerprint(&play_out(scenario(), s))).collect();
    assert!(prints.len() > 5, "only {} distinct games in 10", prints.len());
}

#[test]
fn treaties_are_common_but_not_certain_across_many_games() {
    let sum = batch(scenario(), 1, 200, 2).unwrap();
    assert_eq!(sum.games, 200);
    assert!(sum.treaties > 40, "{sum:?}");
    assert!(sum.treaties < 200, "{sum:?}");
    // The same batch on one thread gives the same numbers.
    assert_eq!(batch(scenario(), 1, 200, 1).unwrap(), sum);
}
