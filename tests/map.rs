//! The map's labels at three zooms of the 1004 and 1042 maps: no name hides another, a
//! place's disc or an army's banner, and the capitals are always named.

use crate::common::*;
use chanyuan::map::labels::{Placement, Rect};
use chanyuan::map::layout::place_radius;
use chanyuan::map::model::{MapModel, ModelKey};
use chanyuan::rules::game::Game;
use chanyuan::rules::scenario::load::load_scenario;
use std::sync::Arc;

/// Text measured as the window's 12-point font roughly sets it: Latin letters about 6.6
/// pixels wide, Chinese characters 12.
fn measure(text: &str) -> (f32, f32) {
    let width: f32 = text.chars().map(|c| if (c as u32) > 0x2e80 { 12.0 } else { 6.6 }).sum();
    (width, 15.0)
}

fn check(path: &str) {
    let s = Arc::new(load_scenario(&root().join(path)).scenario.expect("the scenario validates"));
    let g = Game::new(s.clone(), 1);
    // The map's panel as the window lays it out, centred on its middle as the model is.
    let panel = Rect::new((-640.0, -360.0), (640.0, 360.0));
    // Each court's own map, with the armies it sees.
    for (viewer, zoom) in s.court_ids().flat_map(|c| [(c, 0.6), (c, 1.0), (c, 2.5)]) {
        let key = ModelKey {
            game: 1,
            version: g.version(),
            viewer,
            selected: None,
            zoom,
            panel: (1280.0, 720.0),
            lang: chanyuan::locale::Lang::En,
        };
        let model = MapModel::build(&g, key, &mut |t| measure(t));
        let (projection, banners, labels, others, rest) =
            (model.projection, model.banners, model.labels, model.others, model.other_placements);
        let mut names: Vec<&str> = labels.iter().map(|l| l.text.as_str()).collect();
        names.extend(others.iter().map(|o| o.text.as_str()));
        let placements: Vec<&Placement> = labels.iter().map(|l| &l.placement).chain(&rest).collect();
        let placed: Vec<(usize, Rect)> =
            placements.iter().enumerate().filter_map(|(i, p)| p.rect().map(|r| (i, r))).collect();
        for (i, (a, ra)) in placed.iter().enumerate() {
            for (b, rb) in &placed[i + 1..] {
                assert!(!ra.overlaps(rb), "{path} at zoom {zoom}: {} overlaps {}", names[*a], names[*b]);
            }
            for r in &banners {
                assert!(!ra.overlaps(r), "{path} at zoom {zoom}: {} covers an army's banner", names[*a]);
            }
            for (k, p) in s.places.iter().enumerate() {
                let disc = Rect::around(projection.to_screen(p.pos), place_radius(g.state().places[k].fort));
                assert!(!ra.overlaps(&disc), "{path} at zoom {zoom}: {} covers {}", names[*a], p.name);
            }
        }
        for c in &s.courts.0 {
            let at = projection.to_screen(s.place(c.capital).pos);
            let on_screen = at.0 > panel.min.0 + 80.0
                && at.0 < panel.max.0 - 80.0
                && at.1 > panel.min.1 + 30.0
                && at.1 < panel.max.1 - 30.0;
            if on_screen {
                assert_ne!(
                    labels[c.capital.index()].placement,
                    Placement::Hidden,
                    "{path} at zoom {zoom}: {} unnamed",
                    s.place(c.capital).name
                );
            }
        }
        let hidden = labels.iter().filter(|l| l.placement == Placement::Hidden).count();
        println!("{path} at zoom {zoom}: {} labels placed, {hidden} hidden", placed.len());
    }
}

#[test]
fn no_label_on_the_map_of_1004_hides_another_at_three_zooms() {
    check("levels/chanyuan_1004.ron");
}

#[test]
fn no_label_on_the_map_of_1042_hides_another_at_three_zooms() {
    check("levels/renegotiation_1042.ron");
}

/// The diagnostics of the 1004 scenario with one feature of the land added.
fn with_feature(feature: chanyuan::rules::scenario::raw::RawFeature) -> Vec<String> {
    let loaded = chanyuan::rules::scenario::load::load_edited(&root().join("levels/chanyuan_1004.ron"), move |raw| {
        raw.geography.push(feature)
    });
    loaded.diagnostics.iter().map(|d| format!("{} ({})", d.message, d.suggestion.clone().unwrap_or_default())).collect()
}

#[test]
fn a_mountain_range_left_open_or_drawn_far_off_the_map_is_refused_with_a_way_to_mend_it() {
    use chanyuan::rules::scenario::raw::{FeatureKind, RawFeature};
    let feature = |kind, points: Vec<(f32, f32)>| RawFeature {
        kind,
        name: "Wutai mountains".into(),
        zh: String::new(),
        points,
        source: "drawn by hand".into(),
        approximate: true,
        note: Default::default(),
    };
    let open = with_feature(feature(FeatureKind::Mountains, vec![(300.0, 120.0), (380.0, 200.0), (300.0, 270.0)]));
    assert!(
        open.iter().any(|d| d.contains("is not a closed ring")
            && d.contains("end its `points` with its first point again, (300, 120)")),
        "{open:?}"
    );
    let far = with_feature(feature(FeatureKind::River, vec![(300.0, 120.0), (38000.0, 200.0)]));
    assert!(far.iter().any(|d| d.contains("(38000, 200)") && d.contains("far outside the map")), "{far:?}");
    let unsourced = with_feature(RawFeature {
        source: String::new(),
        ..feature(FeatureKind::Coast, vec![(300.0, 120.0), (380.0, 200.0)])
    });
    assert!(unsourced.iter().any(|d| d.contains("does not say where it was drawn from")), "{unsourced:?}");
    // The shipped geography is clean.
    let clean = chanyuan::rules::scenario::load::load_scenario(&root().join("levels/chanyuan_1004.ron"));
    assert!(clean.diagnostics.is_empty(), "{:?}", clean.diagnostics.iter().map(|d| &d.message).collect::<Vec<_>>());
    assert!(clean.scenario.expect("it validates").geography.len() >= 7);
}

#[test]
fn the_border_is_drawn_in_dashes_with_gaps_between() {
    use chanyuan::map::shapes::Ink;
    let mut ink = Ink::default();
    // 100 units of line, dashes of 10 with gaps of 5, across a bend at 50.
    ink.dashed(&[(0.0, 0.0), (50.0, 0.0), (50.0, 50.0)], 2.0, 10.0, 5.0, [0, 0, 0, 255]);
    let dashes = ink.triangles.len() / 6;
    // Seven dashes begin within the line; the one across the bend is drawn as two strokes.
    assert_eq!(dashes, 8, "{dashes} strokes");
    let ink_on_gap = ink.points.iter().any(|p| p[1].abs() <= 1.0 && p[0] > 10.5 && p[0] < 14.5);
    assert!(!ink_on_gap, "the gap from 10 to 15 is left bare");
}

#[test]
fn a_mountain_range_that_is_not_convex_is_filled_inside_its_outline_only() {
    use chanyuan::map::shapes::{Ink, inside};
    // A range drawn as a U: the valley in its notch stays bare.
    let u = [
        (0.0, 0.0),
        (30.0, 0.0),
        (30.0, 30.0),
        (20.0, 30.0),
        (20.0, 10.0),
        (10.0, 10.0),
        (10.0, 30.0),
        (0.0, 30.0),
        (0.0, 0.0),
    ];
    assert!(inside(&u, (5.0, 20.0)) && !inside(&u, (15.0, 20.0)));
    let mut ink = Ink::default();
    ink.fill_ring(&u, 2.0, [0, 0, 0, 255]);
    assert!(!ink.is_empty());
    let valley_covered = ink.triangles.chunks(6).any(|q| {
        let (left, right, y) =
            (ink.points[q[0] as usize][0], ink.points[q[1] as usize][0], ink.points[q[0] as usize][1]);
        y > 12.0 && left < 15.0 && right > 15.0
    });
    assert!(!valley_covered, "a strip crosses the valley");
    let mut peaks = Ink::default();
    peaks.relief(&u, 4.0, [0, 0, 0, 255]);
    assert!(peaks.points.iter().all(|p| p[0] < 11.0 || p[0] > 19.0 || p[1] < 11.0), "no peak in the valley");
}

/// Where each army stands, as one court's map shows it.
fn seen_by(g: &Game, court: chanyuan::rules::ids::CourtId) -> Vec<Option<chanyuan::rules::ids::PlaceId>> {
    let mut seen = vec![None; g.state().armies.len()];
    for a in chanyuan::rules::view::court_view(g, court).armies {
        seen[a.id.index()] = Some(a.at);
    }
    seen
}

#[test]
fn in_hot_seat_each_courts_march_starts_from_what_that_court_saw_not_from_the_other_screen() {
    use chanyuan::map::motion::Motion;
    use chanyuan::rules::game::Action;
    let mut g = Game::new(scenario(), 1);
    let (song, liao) = (song(&g), liao(&g));
    let held = |g: &Game| g.state().places.iter().map(|p| p.controller).collect::<Vec<_>>();
    let mut motion = Motion::default();
    // Turn 0: the Liao player looks at the map, then the Song player.
    motion.observe(liao, 0, seen_by(&g, liao), held(&g), 0.0);
    motion.observe(song, 0, seen_by(&g, song), held(&g), 1.0);
    // The Song guard marches out of Kaifeng: the Song see it go; the Liao never saw it there.
    let guard = army(&g, "song_guard");
    let to = g.scenario.neighbours[g.state().army(guard).at.index()][0].0;
    g.act(song, Action::Move { army: guard, to }).unwrap();
    pass(&mut g);
    // The turn resolved; the screen goes to the Liao first.
    motion.observe(liao, g.state().turn, seen_by(&g, liao), held(&g), 2.0);
    assert!(motion.showing(), "the Liao see the last turn's march");
    assert_eq!(motion.from(guard), None, "the Liao's march draws the Song guard from where only the Song saw it");
    motion.skip_at(3.0);
    motion.observe(song, g.state().turn, seen_by(&g, song), held(&g), 4.0);
    assert!(motion.showing(), "the Song see their own march when their turn on the screen comes");
    assert_eq!(motion.from(guard), Some(place(&g, "kaifeng")), "the Song guard sets out from Kaifeng on the Song map");
}
