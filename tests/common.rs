//! Shared helpers: the main scenario, loaded once, and a game at its first turn.

use chanyuan::rules::game::Game;
use chanyuan::rules::ids::*;
use chanyuan::rules::scenario::load::load_scenario;
use chanyuan::rules::scenario::{Scenario, Term};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn scenario() -> Arc<Scenario> {
    static S: OnceLock<Arc<Scenario>> = OnceLock::new();
    S.get_or_init(|| {
        let loaded = load_scenario(&root().join("levels/chanyuan_1004.ron"));
        Arc::new(loaded.scenario.expect("the main scenario validates"))
    })
    .clone()
}

pub fn game(seed: u64) -> Game {
    Game::new(scenario(), seed)
}

pub fn army(g: &Game, id: &str) -> ArmyId {
    g.scenario.army_id(id).expect("army")
}

pub fn place(g: &Game, id: &str) -> PlaceId {
    g.scenario.place_id(id).expect("place")
}

pub fn policy(g: &Game, id: &str) -> PolicyId {
    g.scenario.policy_id(id).expect("policy")
}

/// The treaty of 1005 as the scenario records it.
pub fn historical_treaty(g: &Game) -> Vec<Term> {
    g.scenario.history.clone()
}

/// A term with every parameter at its default.
pub fn term(g: &Game, clause: &str) -> Term {
    g.scenario.default_term(g.scenario.clause_id(clause).expect("clause"))
}

/// Ends the turn for both courts with no other orders.
pub fn pass(g: &mut Game) {
    use chanyuan::rules::game::Action;
    g.act(Side::Song, Action::EndTurn).expect("song ends turn");
    g.act(Side::Liao, Action::EndTurn).expect("liao ends turn");
}

/// The chronicle as sentences.
pub fn chronicle(g: &Game) -> Vec<String> {
    g.state.chronicle.iter().map(|l| l.text(&g.scenario)).collect()
}
