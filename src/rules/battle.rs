//! Battles, sieges and assaults, decided by strength, morale, walls, commanders, the
//! emperor's presence and seeded dice.

use crate::rules::chronicle::Entry;
use crate::rules::effects::nearest_held;
use crate::rules::game::Game;
use crate::rules::ids::*;
use crate::rules::state::{Order, State};
use rand::Rng;

/// Men below which a beaten army breaks up.
const BROKEN: i64 = 1_000;

/// Fighting power of one army at its place.
pub fn power(game: &Game, id: ArmyId) -> f64 {
    let s = &game.scenario;
    let st = &game.state;
    let rules = &s.rules;
    let a = st.army(id);
    let mut p = a.strength as f64 * (0.5 + a.morale as f64 / 100.0);
    if let Some(c) = a.commander {
        p *= 1.0 + rules.commander_bonus as f64 * s.character(c).command.unwrap_or(0) as f64;
    }
    if st.courts[a.side].emperor_with == Some(id) {
        // The emperor's banner in the line: Zhenzong at Chanzhou.
        p *= rules.emperor_bonus as f64;
    }
    let place = &st.places[a.at.index()];
    if place.controller == a.side {
        p *= 1.0 + rules.walls_bonus as f64 * place.fort as f64;
    }
    p
}

pub fn resolve_battles(game: &mut Game) {
    if !game.state.at_war() {
        return;
    }
    let places = game.scenario.places.len();
    for at in 0..places {
        let at = PlaceId(at as u16);
        // Where several courts meet, each pair at war fights in turn, in the scenario's
        // order; a beaten army leaves the field, so the list shrinks.
        for _ in 0..MAX_COURTS {
            let Some((a, b)) = foes_at(&game.state, at) else { break };
            battle(game, at, a, b);
        }
    }
}

/// The first two courts at war with each other whose armies stand at a place.
fn foes_at(st: &State, at: PlaceId) -> Option<(CourtId, CourtId)> {
    let mut here: Vec<CourtId> = st.armies.iter().filter(|a| a.alive() && a.at == at).map(|a| a.side).collect();
    here.sort_unstable();
    here.dedup();
    here.iter().enumerate().find_map(|(i, a)| here[i + 1..].iter().find(|b| st.at_war_with(*a, **b)).map(|b| (*a, *b)))
}

fn battle(game: &mut Game, at: PlaceId, first: CourtId, second: CourtId) {
    let ids = |st: &State, side: CourtId| -> Vec<ArmyId> {
        st.armies_of(side).filter(|(_, a)| a.at == at).map(|(i, _)| i).collect()
    };
    let (ones, twos) = (ids(&game.state, first), ids(&game.state, second));
    let p1: f64 = ones.iter().map(|a| power(game, *a)).sum::<f64>() * game.dice.random_range(0.8..1.2);
    let p2: f64 = twos.iter().map(|a| power(game, *a)).sum::<f64>() * game.dice.random_range(0.8..1.2);
    let (winner, loser, ratio) =
        if p1 >= p2 { (first, second, p1 / p2.max(1.0)) } else { (second, first, p2 / p1.max(1.0)) };
    // A crushing win costs the loser more.
    let loser_pct = (12.0 + 8.0 * ratio.min(2.5)) as i64 + game.dice.random_range(0..6);
    let winner_pct = (9.0 / ratio.max(1.0)) as i64 + game.dice.random_range(2..5);
    let (mut winner_lost, mut loser_lost) = (0, 0);
    for (side, list) in [(first, &ones), (second, &twos)] {
        let won = side == winner;
        for id in list {
            let a = &mut game.state.armies[id.index()];
            let lost = a.strength * if won { winner_pct } else { loser_pct } / 100;
            a.strength -= lost;
            if won {
                winner_lost += lost;
            } else {
                loser_lost += lost;
            }
            a.morale = (a.morale + if won { 8 } else { -18 }).clamp(0, 100);
            a.order = Order::Hold;
            a.siege = 0;
        }
    }
    for (side, lost) in [
        (first, if first == winner { winner_lost } else { loser_lost }),
        (second, if second == winner { winner_lost } else { loser_lost }),
    ] {
        let c = &mut game.state.courts[side];
        c.war_weariness = (c.war_weariness + (lost / 5_000) as i32).min(100);
    }
    // A lost battle shakes a court's will to fight on; one lost under the emperor's own banner
    // shakes it twice over, and costs him face: the risk Kou Zhun asked Zhenzong to run.
    let beaten_ids = if winner == first { &twos } else { &ones };
    let emperor_beaten = beaten_ids.iter().any(|id| game.state.courts[loser].emperor_with == Some(*id));
    let shaken = game.scenario.rules.resolve_on_lost_battle * if emperor_beaten { 3 } else { 1 };
    shift_resolve(&mut game.state, loser, -shaken);
    if emperor_beaten {
        let c = &mut game.state.courts[loser];
        c.honour = (c.honour - 10).max(0);
    }
    game.state.say(None, Entry::Battle { at, winner, loser, winner_lost, loser_lost });
    crate::rules::belief::learn_from_battle(&mut game.state, winner, loser, winner_lost, loser_lost);
    let beaten = if winner == first { twos } else { ones };
    for id in beaten {
        retreat(game, id);
    }
}

/// A beaten army falls back to a neighbouring place its side holds (or, cut off, to the
/// nearest one anywhere); if none is left, or it is too weak, it breaks up.
fn retreat(game: &mut Game, id: ArmyId) {
    let s = game.scenario.clone();
    let st = &mut game.state;
    let a = &st.armies[id.index()];
    let side = a.side;
    let from = a.at;
    let enemy_at =
        |st: &State, p: PlaceId| st.armies.iter().any(|e| e.alive() && e.at == p && st.at_war_with(side, e.side));
    let to = s.neighbours[from.index()]
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| st.places[n.index()].controller == side && !enemy_at(st, *n))
        .min_by_key(|n| s.distance(*n, s.courts[side].capital))
        .or_else(|| nearest_held(&s, st, from, side).filter(|p| *p != from && !enemy_at(st, *p)));
    match to {
        Some(to) if st.armies[id.index()].strength >= BROKEN => {
            st.armies[id.index()].at = to;
            st.say(None, Entry::Retreat { army: id, to });
        }
        _ => {
            st.armies[id.index()].strength = 0;
            shift_resolve(st, side, -2 * s.rules.resolve_on_lost_battle);
            if st.courts[side].emperor_with == Some(id) {
                st.courts[side].emperor_with = None;
                st.courts[side].honour = (st.courts[side].honour - 30).max(0);
            }
            st.say(None, Entry::Destroyed { army: id });
        }
    }
}

pub fn resolve_sieges(game: &mut Game) {
    if !game.state.at_war() {
        return;
    }
    for i in 0..game.state.armies.len() {
        let id = ArmyId(i as u16);
        let a = game.state.army(id).clone();
        if !a.alive() {
            continue;
        }
        let at = a.at;
        let place = game.state.places[at.index()].clone();
        if place.controller == a.side || !game.state.at_war_with(a.side, place.controller) {
            continue;
        }
        // An open town with no garrison opens its gates to any army.
        if place.fort == 0 && place.garrison == 0 {
            capture(game, at, a.side);
            continue;
        }
        match a.order {
            Order::Besiege => {
                let gain = siege_gain(game, id) * game.dice.random_range(0.5..1.5);
                let army = &mut game.state.armies[i];
                army.siege = (army.siege + gain.clamp(1.0, 60.0) as i32).min(100);
                // Camp fever and sallies.
                army.strength -= army.strength / 100;
                let progress = army.siege;
                if progress >= 100 {
                    capture(game, at, a.side);
                } else {
                    game.state.say(None, Entry::SiegeProgress { at, progress });
                }
            }
            Order::Assault => {
                let defence = walls_defence(game, at, a.siege) * game.dice.random_range(0.8..1.2);
                let attack = assault_power(game, id) * game.dice.random_range(0.8..1.2);
                let army = &mut game.state.armies[i];
                army.order = Order::Hold;
                if attack > defence {
                    let lost = army.strength * game.dice.random_range(8..16) / 100;
                    army.strength -= lost;
                    game.state.say(None, Entry::Stormed { army: id, at });
                    capture(game, at, a.side);
                } else {
                    // Failure at the walls: Yingzhou in 1004 cost the Liao dearly.
                    let lost = army.strength * game.dice.random_range(15..28) / 100;
                    army.strength -= lost;
                    army.morale = (army.morale - 15).max(0);
                    let g = &mut game.state.places[at.index()].garrison;
                    *g -= *g / 5;
                    game.state.say(None, Entry::AssaultFailed { army: id, at, losses: lost });
                    let rules = &game.scenario.rules;
                    let (shaken, heartened) = (rules.resolve_on_failed_assault, rules.resolve_on_failed_assault / 2);
                    shift_resolve(&mut game.state, a.side, -shaken);
                    shift_resolve(&mut game.state, place.controller, heartened);
                }
            }
            _ => {}
        }
    }
}

/// How far one turn of siege wears the walls down, before the dice: more men against fewer,
/// lower walls and better siegecraft go faster.
pub fn siege_gain(game: &Game, id: ArmyId) -> f64 {
    let a = game.state.army(id);
    let place = &game.state.places[a.at.index()];
    let weight = a.strength as f64 / place.garrison.max(1_000) as f64;
    let craft = game.scenario.courts[a.side].siegecraft as f64 / 100.0;
    weight * 12.0 / (place.fort as f64 + 1.0) * craft
}

/// What a place's walls and garrison stand against an assault, before the dice: the garrison
/// multiplied by its walls, less what a siege has broken.
pub fn walls_defence(game: &Game, at: PlaceId, siege: i32) -> f64 {
    let place = &game.state.places[at.index()];
    let walls = 1.0 + game.scenario.rules.walls_defence as f64 * place.fort as f64 * (1.0 - siege as f64 / 100.0);
    place.garrison.max(500) as f64 * walls
}

/// An army's power against walls: its fighting power times its court's siegecraft.
pub fn assault_power(game: &Game, id: ArmyId) -> f64 {
    let side = game.state.army(id).side;
    power(game, id) * game.scenario.courts[side].siegecraft as f64 / 100.0
}

/// Moves a court's hidden will to fight on: what happens in the war, not only the die drawn
/// at the start, decides when it will settle.
pub fn shift_resolve(st: &mut State, side: CourtId, by: i32) {
    let c = &mut st.courts[side];
    c.resolve_shift = (c.resolve_shift + by).clamp(-1000, 1000);
}

fn capture(game: &mut Game, at: PlaceId, side: CourtId) {
    let garrison = game.scenario.rules.garrison_on_capture;
    let st = &mut game.state;
    let place = &mut st.places[at.index()];
    let loser = place.controller;
    place.controller = side;
    place.garrison = garrison;
    for a in st.armies.iter_mut().filter(|a| a.at == at) {
        a.siege = 0;
        if a.order == Order::Besiege || a.order == Order::Assault {
            a.order = Order::Hold;
        }
    }
    st.courts[loser].war_weariness = (st.courts[loser].war_weariness + 3).min(100);
    shift_resolve(st, loser, -game.scenario.rules.resolve_on_lost_place);
    for a in st.armies.iter_mut().filter(|a| a.side == side) {
        a.morale = (a.morale + 3).min(100);
    }
    st.say(None, Entry::PlaceFell { place: at, to: side });
}
