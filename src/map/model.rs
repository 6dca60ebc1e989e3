//! The map's view model: everything one court's map shows (the armies it sees, their banners,
//! the names placed among them, the last turn's marks and deliveries, where the selected army
//! may march), worked out once when the game, the viewer, the selection or the zoom changes,
//! not on every frame. The window draws it as a Bevy world and hit-tests clicks against it.
//!
//! Coordinates are the panel's pixels at the model's zoom, centred on the panel's middle and
//! before any pan: panning moves the camera, never the model.

use crate::map::labels::{Placement, Rect};
use crate::map::layout::{OtherLabel, PlaceLabel, Projection, banners, other_labels, place_labels};
use crate::rules::game::Game;
use crate::rules::ids::*;
use crate::rules::view::{ArmyView, court_view};

/// What the model was made from: when any of these changes, it is made again.
#[derive(Clone, Debug, PartialEq)]
pub struct ModelKey {
    /// Which game (a new game, a loaded save or a reloaded scenario is another) and how far played.
    pub game: u64,
    pub version: u64,
    pub viewer: CourtId,
    pub selected: Option<ArmyId>,
    pub zoom: f32,
    /// The panel's width and height.
    pub panel: (f32, f32),
    /// The language of the names.
    pub lang: crate::locale::Lang,
}

/// One court's map, ready to draw.
#[derive(Clone, Debug)]
pub struct MapModel {
    pub key: ModelKey,
    pub projection: Projection,
    pub armies: Vec<ArmyView>,
    /// Each seen army's banner, in the order of `armies`.
    pub banners: Vec<Rect>,
    pub labels: Vec<PlaceLabel>,
    pub others: Vec<OtherLabel>,
    pub other_placements: Vec<Placement>,
    /// Where the last turn's battles, sieges and assaults were, and places fell.
    pub marks: Vec<(PlaceId, crate::map::model::Mark)>,
    /// Silver and silk delivered in the last turn: from where, to where.
    pub deliveries: Vec<(PlaceId, PlaceId)>,
    /// Where the selected army may march this turn.
    pub targets: Vec<PlaceId>,
    pub selected: Option<ArmyId>,
    /// Who rides with which army: the emperor's 帝 on its banner.
    pub emperor_with: Vec<Option<ArmyId>>,
}

pub use crate::map::marks::Mark;

impl MapModel {
    /// The model of `key.viewer`'s map. `measure` gives a text's size in pixels, as the
    /// window's font sets it.
    pub fn build(game: &Game, key: ModelKey, measure: &mut dyn FnMut(&str) -> (f32, f32)) -> MapModel {
        let sc = &game.scenario;
        let st = game.state();
        let (w, h) = key.panel;
        let panel = Rect::new((-w / 2.0, -h / 2.0), (w / 2.0, h / 2.0));
        let projection = Projection::fit(sc, panel, key.zoom, (0.0, 0.0));
        let view = court_view(game, key.viewer);
        let banners = banners(sc, &projection, view.armies.iter().map(|a| a.at));
        let others = other_labels(sc, &projection);
        // Names are kept clear of each other over the whole map, not only the part in view, so
        // that panning (which moves the camera only) never uncovers an overlap; and within the
        // panel as the whole map fills it at this zoom, so that the names of the places at its
        // edges turn inward rather than off the map.
        let z = key.zoom.max(1.0);
        let whole = Rect::new((-w / 2.0 * z, -h / 2.0 * z), (w / 2.0 * z, h / 2.0 * z));
        let (labels, other_placements) = place_labels(sc, st, &projection, &banners, &others, whole, measure);
        let selected = key.selected.filter(|a| {
            let army = st.army(*a);
            army.alive() && army.side == key.viewer && !army.moved
        });
        let targets = selected
            .map(|a| sc.neighbours[st.army(a).at.index()].iter().map(|(n, _)| *n).collect())
            .unwrap_or_default();
        MapModel {
            projection,
            armies: view.armies,
            banners,
            labels,
            others,
            other_placements,
            marks: crate::map::marks::marks(game, key.viewer),
            deliveries: crate::map::marks::deliveries(game, key.viewer),
            targets,
            selected,
            emperor_with: st.courts.iter().map(|(_, c)| c.emperor_with).collect(),
            key,
        }
    }

    /// Where a point of the map stands in the model.
    pub fn at(&self, p: (f32, f32)) -> (f32, f32) {
        self.projection.to_screen(p)
    }
}
