//! Where things stand on the screen: the projection from map units to pixels, the symbols of
//! places and the banners of armies, and the labels placed among them. The map screen draws
//! from this, and the tests check from it that no label hides another at any zoom.

use crate::map::labels::{Label, Placement, Rect, place};
use crate::rules::ids::*;
use crate::rules::scenario::Scenario;
use crate::rules::state::State;

/// From map units to pixels: the places fitted to the panel, one axis stretched up to 1.6
/// times the other (the Hebei plain is crowded and the panel wide), then zoomed and panned.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    centre: (f32, f32),
    offset: (f32, f32),
    scale: (f32, f32),
    mid: (f32, f32),
    /// Pixels per map unit before the stretch: how near the map is.
    pub base: f32,
}

impl Projection {
    pub fn fit(s: &Scenario, panel: Rect, zoom: f32, offset: (f32, f32)) -> Projection {
        let (lo, hi) = bounds(s);
        let size = ((hi.0 - lo.0).max(1.0), (hi.1 - lo.1).max(1.0));
        let (w, h) = (panel.max.0 - panel.min.0, panel.max.1 - panel.min.1);
        let (fx, fy) = (w * 0.9 / size.0, h * 0.88 / size.1);
        Projection {
            centre: ((panel.min.0 + panel.max.0) / 2.0, (panel.min.1 + panel.max.1) / 2.0),
            offset,
            scale: (fx.min(fy * 1.6) * zoom, fy.min(fx * 1.6) * zoom),
            mid: ((lo.0 + hi.0) / 2.0, (lo.1 + hi.1) / 2.0),
            base: fx.min(fy) * zoom,
        }
    }

    pub fn to_screen(&self, (x, y): (f32, f32)) -> (f32, f32) {
        (
            self.centre.0 + self.offset.0 + (x - self.mid.0) * self.scale.0,
            self.centre.1 + self.offset.1 + (y - self.mid.1) * self.scale.1,
        )
    }
}

/// The corners of the box around every place.
pub fn bounds(s: &Scenario) -> ((f32, f32), (f32, f32)) {
    let mut lo = (f32::MAX, f32::MAX);
    let mut hi = (f32::MIN, f32::MIN);
    for p in &s.places {
        lo = (lo.0.min(p.pos.0), lo.1.min(p.pos.1));
        hi = (hi.0.max(p.pos.0), hi.1.max(p.pos.1));
    }
    if lo.0 > hi.0 { ((0.0, 0.0), (1000.0, 900.0)) } else { (lo, hi) }
}

/// The radius of a place's disc: larger behind higher walls.
pub fn place_radius(fort: i32) -> f32 {
    5.0 + fort as f32 * 1.2
}

/// The notches above a place's disc, one per level of walls.
pub fn notches(at: (f32, f32), fort: i32) -> Rect {
    let r = place_radius(fort);
    let half = (fort.max(1) as f32) * 3.0;
    Rect::new((at.0 - half, at.1 - r - 7.0), (at.0 + half, at.1 - r - 3.0))
}

/// The size of an army's banner (its morale bar under it included).
pub const BANNER: (f32, f32) = (46.0, 19.0);

/// The banner of the `n`-th army seen at a place, stacked upward to the right of it.
pub fn banner(at: (f32, f32), n: usize) -> Rect {
    let corner = (at.0 + 10.0, at.1 - 24.0 - n as f32 * BANNER.1);
    Rect::new(corner, (corner.0 + BANNER.0, corner.1 + BANNER.1))
}

/// The banners of armies standing at these places, in order, each stacked above the ones
/// before it at the same place.
pub fn banners(s: &Scenario, projection: &Projection, at: impl Iterator<Item = PlaceId>) -> Vec<Rect> {
    let mut stack = vec![0; s.places.len()];
    at.map(|p| {
        let n = stack[p.index()];
        stack[p.index()] += 1;
        banner(projection.to_screen(s.place(p).pos), n)
    })
    .collect()
}

/// A place's label, where it goes, and whether the court's capital or target makes it matter.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceLabel {
    pub place: PlaceId,
    pub text: String,
    pub placement: Placement,
}

/// How much a place's name matters on the map: capitals first, then the places the courts
/// march on, then the great walls, then the rest.
fn priority(s: &Scenario, st: &State, p: PlaceId) -> i32 {
    let capital = s.courts.0.iter().any(|c| c.capital == p);
    let target = s.courts.0.iter().any(|c| c.personality.target == p);
    let in_region = s.regions.iter().any(|r| r.places.contains(&p));
    100 * capital as i32 + 50 * target as i32 + 10 * st.places[p.index()].fort + 5 * in_region as i32
}

/// Another name on the map, placed with the places' but after them: a region's, a river's.
#[derive(Clone, Debug, PartialEq)]
pub struct OtherLabel {
    pub text: String,
    /// Where it names, on the screen, and how far around that point to keep clear.
    pub at: (f32, f32),
    pub clear: f32,
    pub priority: i32,
    pub kind: OtherKind,
}

/// What an other name names, for its ink.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherKind {
    Region,
    Border,
    River,
    Feature,
}

/// Every place's label placed among the discs, wall notches and army banners (`banners`, as
/// drawn), none overlapping another; then the `others` (regions, rivers), which give way to
/// every place. `measure` gives the size of a text in pixels; `view` the panel, which labels
/// must not leave. Near enough (`base` above 1.2) names carry their characters too.
pub fn place_labels(
    s: &Scenario,
    st: &State,
    projection: &Projection,
    banners: &[Rect],
    others: &[OtherLabel],
    view: Rect,
    measure: &mut dyn FnMut(&str) -> (f32, f32),
) -> (Vec<PlaceLabel>, Vec<Placement>) {
    let mut texts = Vec::with_capacity(s.places.len());
    let mut labels = Vec::with_capacity(s.places.len());
    let mut obstacles: Vec<Rect> = banners.to_vec();
    for (i, place) in s.places.iter().enumerate() {
        let at = projection.to_screen(place.pos);
        let fort = st.places[i].fort;
        let text = if projection.base > 1.2 && !place.zh.is_empty() {
            crate::rules::scenario::named(&place.name, &place.zh)
        } else {
            place.name.clone()
        };
        labels.push(Label {
            at,
            size: measure(&text),
            symbol: place_radius(fort) + 3.0,
            priority: priority(s, st, PlaceId(i as u16)),
        });
        if fort > 0 {
            obstacles.push(notches(at, fort));
        }
        texts.push(text);
    }
    // The other names rank below every place's (place priorities are 0 or more).
    for o in others {
        labels.push(Label { at: o.at, size: measure(&o.text), symbol: o.clear, priority: o.priority - 1_000 });
    }
    let mut placed = place(&labels, &obstacles, Some(view));
    let rest = placed.split_off(s.places.len());
    let places = placed
        .into_iter()
        .zip(texts)
        .enumerate()
        .map(|(i, (placement, text))| PlaceLabel { place: PlaceId(i as u16), text, placement })
        .collect();
    (places, rest)
}

/// The names of regions (beside the wash around their places), of the border and rivers
/// drawn as lines (a third of the way along), and, near enough, of the geography's features.
pub fn other_labels(s: &Scenario, projection: &Projection) -> Vec<OtherLabel> {
    let mut out = Vec::new();
    for r in &s.regions {
        if r.places.is_empty() {
            continue;
        }
        let n = r.places.len() as f32;
        let (x, y) = r
            .places
            .iter()
            .map(|p| projection.to_screen(s.place(*p).pos))
            .fold((0.0, 0.0), |a, b| (a.0 + b.0, a.1 + b.1));
        let text = crate::rules::scenario::named(&r.name, &r.zh);
        out.push(OtherLabel { text, at: (x / n, y / n), clear: 26.0, priority: 20, kind: OtherKind::Region });
    }
    for l in &s.lines {
        if let Some(p) = l.points.get(l.points.len() / 3) {
            let kind = if l.border { OtherKind::Border } else { OtherKind::River };
            out.push(OtherLabel { text: l.name.clone(), at: projection.to_screen(*p), clear: 4.0, priority: 10, kind });
        }
    }
    if projection.base > 0.9 {
        for f in &s.geography {
            if let Some(p) = f.points.get(f.points.len() / 2) {
                let text = if f.approximate {
                    crate::locale::tr_args("map-approximate", &[("name", f.name.as_str().into())])
                } else {
                    f.name.clone()
                };
                out.push(OtherLabel {
                    text,
                    at: projection.to_screen(*p),
                    clear: 4.0,
                    priority: 0,
                    kind: OtherKind::Feature,
                });
            }
        }
    }
    out
}
