//! What the last turn left on the map, as one court was told it: where battles, sieges and
//! assaults were fought and places fell, and where silver and silk were carried.

use crate::rules::chronicle::Entry;
use crate::rules::game::Game;
use crate::rules::ids::*;

/// What happened at a place in the turn just resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Battle,
    Siege,
    Assault,
    Fell,
}

/// What the viewer was told of the turn just resolved, read from the chronicle's end only
/// (the map asks every frame; the chronicle grows all game).
fn last_turn(game: &Game, viewer: CourtId) -> impl Iterator<Item = &Entry> {
    let last = game.state.turn.checked_sub(1);
    let recent = game.state.chronicle.iter().rev().take_while(move |l| last.is_some_and(|t| l.turn >= t));
    recent.filter(move |l| Some(l.turn) == last && l.visible_to(viewer)).map(|l| &l.entry)
}

/// The places where something was fought or fell in the turn just resolved, as the viewer
/// was told it.
pub fn marks(game: &Game, viewer: CourtId) -> Vec<(PlaceId, Mark)> {
    last_turn(game, viewer)
        .filter_map(|e| match *e {
            Entry::Battle { at, .. } => Some((at, Mark::Battle)),
            Entry::SiegeBegun { at, .. } | Entry::SiegeProgress { at, .. } => Some((at, Mark::Siege)),
            Entry::Stormed { at, .. } | Entry::AssaultFailed { at, .. } => Some((at, Mark::Assault)),
            Entry::PlaceFell { place, .. } => Some((place, Mark::Fell)),
            _ => None,
        })
        .collect()
}

/// Silver and silk delivered in the turn just resolved: from the payer's capital to the
/// place of delivery, as the viewer was told it.
pub fn deliveries(game: &Game, viewer: CourtId) -> Vec<(PlaceId, PlaceId)> {
    last_turn(game, viewer)
        .filter_map(|e| match *e {
            Entry::Payment { from, at: Some(at), .. } => Some((game.scenario.courts[from].capital, at)),
            _ => None,
        })
        .collect()
}
