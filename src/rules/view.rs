//! What one court may see: its own armies and treasury in full, the enemy's armies only
//! near its own places and armies (where the scenario has fog), its secrets kept from the
//! other side at a hot-seat screen.

use crate::rules::effects;
use crate::rules::game::Game;
use crate::rules::ids::*;
use crate::rules::scenario::Scenario;
use crate::rules::state::State;

/// Whether a court sees what stands at a place: its own place, or next to its place or army.
pub fn sees_place(s: &Scenario, st: &State, side: CourtId, p: PlaceId) -> bool {
    if !s.courts[side].fog {
        return true;
    }
    let watched = |q: PlaceId| st.places[q.index()].controller == side || st.armies_of(side).any(|(_, a)| a.at == q);
    watched(p) || s.neighbours[p.index()].iter().any(|(n, _)| watched(*n))
}

/// The garrison of a place as a court knows it: its own places', and another's only where one
/// of its armies stands before the walls. The window's place panel and the computer's choice
/// to storm, besiege or pass by both read it here.
pub fn garrison_seen(st: &State, side: CourtId, p: PlaceId) -> Option<i64> {
    let place = &st.places[p.index()];
    (place.controller == side || st.armies_of(side).any(|(_, a)| a.at == p)).then_some(place.garrison)
}

/// Men of courts at war with this one that it can see at a place.
pub fn visible_strength_at(game: &Game, side: CourtId, p: PlaceId) -> i64 {
    if !sees_place(&game.scenario, &game.state, side, p) {
        return 0;
    }
    let st = &game.state;
    st.armies.iter().filter(|a| a.alive() && a.at == p && st.at_war_with(side, a.side)).map(|a| a.strength).sum()
}

/// An army as one court sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct ArmyView {
    pub id: ArmyId,
    pub side: CourtId,
    pub at: PlaceId,
    /// Exact for one's own armies; rounded to thousands for the enemy's.
    pub strength: i64,
    pub morale: Option<i32>,
    pub commander: Option<CharId>,
    pub own: bool,
}

/// A minister's advice this turn.
#[derive(Clone, Debug, PartialEq)]
pub struct MemorialView {
    pub by: CharId,
    pub text: String,
    pub urges: Option<PolicyId>,
}

/// Everything a court's screen may show.
#[derive(Clone, Debug)]
pub struct CourtView {
    pub side: CourtId,
    pub armies: Vec<ArmyView>,
}

pub fn court_view(game: &Game, side: CourtId) -> CourtView {
    let s = &*game.scenario;
    let st = &game.state;
    let mut armies = Vec::new();
    for (i, a) in st.armies.iter().enumerate() {
        if !a.alive() {
            continue;
        }
        let own = a.side == side;
        if !own && !sees_place(s, st, side, a.at) {
            continue;
        }
        armies.push(ArmyView {
            id: ArmyId(i as u16),
            side: a.side,
            at: a.at,
            strength: if own { a.strength } else { (a.strength + 500) / 1000 * 1000 },
            morale: own.then_some(a.morale),
            commander: a.commander,
            own,
        });
    }
    CourtView { side, armies }
}

/// The memorials a court's ministers lay before the throne now. They write from what their
/// court knows, so their conditions are read in the world as it believes it; only the court
/// screen asks, not every frame of the map.
pub fn memorials(game: &Game, side: CourtId) -> Vec<MemorialView> {
    let s = &*game.scenario;
    let st = &game.state;
    let world = crate::rules::belief::believed_world(game, side);
    s.memorials
        .iter()
        .filter(|m| {
            s.character(m.by).side == side && st.people[m.by.index()].alive && effects::holds(s, &world, &m.when)
        })
        .map(|m| MemorialView { by: m.by, text: m.text.clone(), urges: m.urges })
        .collect()
}
