//! The map of the Hebei plain, drawn from the scenario's data: places by controller and walls,
//! routes, rivers, the border, regions, and the armies a court can see. Drag to pan, scroll
//! to zoom, click an army to select it and a highlighted place to march there.

use crate::gui::motion::{Mark, deliveries, marks};
use crate::gui::session::{Intent, Session};
use crate::gui::theme::{self, INK, INK_SOFT, RIVER, SEAL};
use crate::locale::{tr, tr_args};
use crate::map::labels::{Placement, Rect};
use crate::map::layout::{OtherKind, Projection, banners, other_labels, place_labels};
use crate::rules::game::Game;
use crate::rules::ids::*;
use crate::rules::scenario::group_thousands;
use crate::rules::view::court_view;
use bevy_egui::egui::{self, Align2, Color32, FontId, Pos2, Sense, Shape, Stroke, Vec2};

/// A court's mark on the map: a disc for the first court, a square for the second, a diamond
/// for the third, then a triangle and a hexagon, so that the courts are told apart by shape
/// as well as by colour (for players who do not see the colours apart).
fn court_mark(painter: &egui::Painter, at: Pos2, r: f32, court: CourtId, fill: Color32, stroke: Stroke) {
    let ring = |n: usize, turn: f32| -> Vec<Pos2> {
        (0..n).map(|k| at + Vec2::angled(turn + k as f32 / n as f32 * std::f32::consts::TAU) * r * 1.15).collect()
    };
    use std::f32::consts::FRAC_PI_2;
    match court.index() % 5 {
        0 => {
            painter.circle_filled(at, r, fill);
            painter.circle_stroke(at, r, stroke);
        }
        1 => {
            let square = egui::Rect::from_center_size(at, Vec2::splat(r * 1.8));
            painter.rect_filled(square, 0.0, fill);
            painter.rect_stroke(square, 0.0, stroke, egui::StrokeKind::Middle);
        }
        2 => {
            painter.add(Shape::convex_polygon(ring(4, 0.0), fill, stroke));
        }
        3 => {
            painter.add(Shape::convex_polygon(ring(3, -FRAC_PI_2), fill, stroke));
        }
        _ => {
            painter.add(Shape::convex_polygon(ring(6, 0.0), fill, stroke));
        }
    }
}

/// How far an arrow key moves the map, in pixels, and how much + or - zooms it.
const PAN_STEP: f32 = 90.0;
const ZOOM_STEP: f32 = 1.25;

/// The keys of the map: the arrows pan, + and - zoom about the centre, Home shows the whole
/// map again; the view glides to where the keys send it over a few frames.
fn glide(ui: &egui::Ui, s: &mut Session) {
    use egui::Key;
    if !ui.ctx().egui_wants_keyboard_input() {
        let pressed = |k: Key| ui.input(|i| i.key_pressed(k));
        let (mut zoom, mut offset) = s.map.goal.unwrap_or((s.map.zoom, s.map.offset));
        let mut moved = false;
        for (key, dx, dy) in [
            (Key::ArrowLeft, PAN_STEP, 0.0),
            (Key::ArrowRight, -PAN_STEP, 0.0),
            (Key::ArrowUp, 0.0, PAN_STEP),
            (Key::ArrowDown, 0.0, -PAN_STEP),
        ] {
            if pressed(key) {
                (offset.0, offset.1, moved) = (offset.0 + dx, offset.1 + dy, true);
            }
        }
        for (key, factor) in [(Key::Plus, ZOOM_STEP), (Key::Equals, ZOOM_STEP), (Key::Minus, 1.0 / ZOOM_STEP)] {
            if pressed(key) {
                let to = (zoom * factor).clamp(0.6, 5.0);
                let f = to / zoom;
                (zoom, offset, moved) = (to, (offset.0 * f, offset.1 * f), true);
            }
        }
        if pressed(Key::Home) {
            (zoom, offset, moved) = (1.0, (0.0, 0.0), true);
        }
        if moved {
            s.map.goal = Some((zoom, offset));
        }
    }
    if let Some((zoom, offset)) = s.map.goal {
        // A third of the way each frame: smooth, and there within a quarter of a second.
        let near =
            (zoom - s.map.zoom).abs() < 0.002 && (offset.0 - s.map.offset.0).hypot(offset.1 - s.map.offset.1) < 0.5;
        if near {
            (s.map.zoom, s.map.offset, s.map.goal) = (zoom, offset, None);
        } else {
            s.map.zoom += (zoom - s.map.zoom) / 3.0;
            s.map.offset.0 += (offset.0 - s.map.offset.0) / 3.0;
            s.map.offset.1 += (offset.1 - s.map.offset.1) / 3.0;
            ui.ctx().request_repaint();
        }
    }
}

/// A box of the screen in the layout's terms.
fn boxed(r: egui::Rect) -> Rect {
    Rect::new((r.min.x, r.min.y), (r.max.x, r.max.y))
}

/// A box of the layout in egui's terms.
fn unboxed(r: Rect) -> egui::Rect {
    egui::Rect::from_min_max(Pos2::new(r.min.0, r.min.1), Pos2::new(r.max.0, r.max.1))
}

/// The land under the places: the sea and lakes washed blue, marshes green, mountains as
/// hatched brown relief, then coasts, rivers, canals and the ponds of the frontier.
fn geography(painter: &egui::Painter, sc: &crate::rules::scenario::Scenario, to_screen: &dyn Fn((f32, f32)) -> Pos2) {
    use crate::rules::scenario::raw::FeatureKind::*;
    for f in &sc.geography {
        let points: Vec<Pos2> = f.points.iter().map(|p| to_screen(*p)).collect();
        let fill = match f.kind {
            Sea => Some(Color32::from_rgba_unmultiplied(120, 160, 190, 90)),
            Lake => Some(Color32::from_rgba_unmultiplied(90, 140, 190, 120)),
            Marsh => Some(Color32::from_rgba_unmultiplied(110, 140, 90, 70)),
            Mountains => Some(Color32::from_rgba_unmultiplied(150, 110, 70, 45)),
            _ => None,
        };
        if let Some(fill) = fill {
            fill_ring(painter, &points, fill);
            painter.add(Shape::line(points.clone(), Stroke::new(1.0, fill.gamma_multiply(1.6))));
            if f.kind == Mountains {
                relief(painter, &points);
            }
            continue;
        }
        let stroke = match f.kind {
            Coast => {
                // A wash of sea along the shore, then the shore itself.
                let wash = Color32::from_rgba_unmultiplied(120, 160, 190, 70);
                painter.add(Shape::line(points.clone(), Stroke::new(16.0, wash)));
                Stroke::new(2.0, Color32::from_rgb(70, 100, 130))
            }
            River => Stroke::new(4.0, RIVER),
            Canal => Stroke::new(2.0, RIVER),
            _ => Stroke::new(2.0, Color32::from_rgb(80, 120, 150)),
        };
        match f.kind {
            Canal => painter.extend(Shape::dashed_line(&points, stroke, 8.0, 4.0)),
            WaterDefence => painter.extend(Shape::dotted_line(&points, stroke.color, 7.0, 2.2)),
            _ => {
                painter.add(Shape::line(points.clone(), stroke));
            }
        }
    }
}

/// Fills a closed ring by horizontal strokes, so that rings that are not convex (mountain
/// ranges, coasts) fill true: each scanline joins the ring's crossings in pairs.
fn fill_ring(painter: &egui::Painter, ring: &[Pos2], colour: Color32) {
    let (top, bottom) = ring.iter().fold((f32::MAX, f32::MIN), |(t, b), p| (t.min(p.y), b.max(p.y)));
    let clip = painter.clip_rect();
    let (top, bottom) = (top.max(clip.top()), bottom.min(clip.bottom()));
    let mut mesh = egui::Mesh::default();
    let mut y = top;
    while y <= bottom {
        let mut xs: Vec<f32> = ring
            .windows(2)
            .filter_map(|w| {
                let (a, b) = (w[0], w[1]);
                ((a.y <= y) != (b.y <= y)).then(|| a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x))
            })
            .collect();
        xs.sort_by(f32::total_cmp);
        for pair in xs.chunks_exact(2) {
            quad(
                &mut mesh,
                [
                    Pos2::new(pair[0], y),
                    Pos2::new(pair[1], y),
                    Pos2::new(pair[1], y + 3.0),
                    Pos2::new(pair[0], y + 3.0),
                ],
                colour,
            );
        }
        y += 3.0;
    }
    // One mesh for the whole area: far cheaper to draw than a stroke per line.
    painter.add(Shape::mesh(mesh));
}

/// Adds a four-cornered patch to a mesh.
fn quad(mesh: &mut egui::Mesh, corners: [Pos2; 4], colour: Color32) {
    let i = mesh.vertices.len() as u32;
    for c in corners {
        mesh.colored_vertex(c, colour);
    }
    mesh.add_triangle(i, i + 1, i + 2);
    mesh.add_triangle(i, i + 2, i + 3);
}

/// Little peaks along a mountain range, as an old map draws relief.
fn relief(painter: &egui::Painter, ring: &[Pos2]) {
    let (lo, hi) = ring
        .iter()
        .fold((Pos2::new(f32::MAX, f32::MAX), Pos2::new(f32::MIN, f32::MIN)), |(lo, hi), p| (lo.min(*p), hi.max(*p)));
    let inside = |p: Pos2| {
        ring.windows(2)
            .filter(|w| {
                (w[0].y <= p.y) != (w[1].y <= p.y)
                    && p.x < w[0].x + (p.y - w[0].y) / (w[1].y - w[0].y) * (w[1].x - w[0].x)
            })
            .count()
            % 2
            == 1
    };
    let ink = Color32::from_rgba_unmultiplied(110, 80, 50, 110);
    let mut mesh = egui::Mesh::default();
    let mut y = lo.y + 14.0;
    let mut row = 0;
    while y < hi.y {
        let mut x = lo.x + if row % 2 == 0 { 8.0 } else { 20.0 };
        while x < hi.x {
            let p = Pos2::new(x, y);
            if inside(p) && painter.clip_rect().contains(p) {
                // A small peak: a thin chevron, drawn as two slim triangles of one mesh.
                let (left, top, right) = (p + Vec2::new(-6.0, 4.0), p + Vec2::new(0.0, -5.0), p + Vec2::new(6.0, 4.0));
                let i = mesh.vertices.len() as u32;
                for v in [left, top, right, top + Vec2::new(0.0, 2.2)] {
                    mesh.colored_vertex(v, ink);
                }
                mesh.add_triangle(i, i + 1, i + 3);
                mesh.add_triangle(i + 1, i + 2, i + 3);
            }
            x += 24.0;
        }
        y += 22.0;
        row += 1;
    }
    painter.add(Shape::mesh(mesh));
}

pub fn map(ui: &mut egui::Ui, game: &Game, s: &mut Session, out: &mut Vec<Intent>) {
    let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
    let rect = response.rect;
    painter.rect_filled(rect, 0.0, Color32::from_rgb(232, 220, 190));
    if response.dragged() {
        let d = response.drag_delta();
        s.map.offset.0 += d.x;
        s.map.offset.1 += d.y;
        s.map.goal = None;
    }
    glide(ui, s);
    if response.hovered() {
        let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
        let new_zoom = (s.map.zoom * zoom * (1.0 + scroll * 0.0015)).clamp(0.6, 5.0);
        let factor = new_zoom / s.map.zoom;
        if (factor - 1.0).abs() > f32::EPSILON {
            if let Some(p) = response.hover_pos() {
                let rel = p - rect.center();
                s.map.offset.0 = rel.x * (1.0 - factor) + s.map.offset.0 * factor;
                s.map.offset.1 = rel.y * (1.0 - factor) + s.map.offset.1 * factor;
            }
            s.map.zoom = new_zoom;
            s.map.goal = None;
        }
    }
    // Fit the places to the panel (the layout stretches one axis up to 1.6 times the other).
    let projection = Projection::fit(&game.scenario, boxed(rect), s.map.zoom, s.map.offset);
    let to_screen = |p: (f32, f32)| -> Pos2 {
        let (x, y) = projection.to_screen(p);
        Pos2::new(x, y)
    };
    let painter = painter.with_clip_rect(rect);
    let sc = &game.scenario;
    let st = &game.state;
    let side = s.viewer;
    geography(&painter, sc, &to_screen);

    // Regions: a wash around their places (their names are set with the others below).
    for (i, region) in sc.regions.iter().enumerate() {
        let colour =
            [Color32::from_rgba_unmultiplied(190, 140, 40, 40), Color32::from_rgba_unmultiplied(40, 66, 112, 30)]
                [i % 2];
        for p in &region.places {
            painter.circle_filled(to_screen(sc.place(*p).pos), 26.0, colour);
        }
    }
    // Rivers and the border.
    for line in &sc.lines {
        let points: Vec<Pos2> = line.points.iter().map(|p| to_screen(*p)).collect();
        if line.border {
            painter.extend(Shape::dashed_line(&points, Stroke::new(2.0, Color32::from_rgb(150, 60, 40)), 10.0, 6.0));
        } else {
            painter.add(Shape::line(points, Stroke::new(4.0, RIVER)));
        }
    }
    // Routes.
    for (a, b, river, _) in &sc.routes {
        let (pa, pb) = (to_screen(sc.place(*a).pos), to_screen(sc.place(*b).pos));
        if *river {
            painter.extend(Shape::dashed_line(&[pa, pb], Stroke::new(2.0, RIVER), 5.0, 4.0));
        } else {
            painter.line_segment([pa, pb], Stroke::new(1.5, Color32::from_rgb(150, 128, 96)));
        }
    }
    // Where the selected army may march.
    let selected = s.selected_army.filter(|a| st.army(*a).alive() && st.army(*a).side == side && !st.army(*a).moved);
    let targets: Vec<PlaceId> =
        selected.map(|a| sc.neighbours[st.army(a).at.index()].iter().map(|(n, _)| *n).collect()).unwrap_or_default();
    // Armies, as this court sees them, stacked in banners beside their places; the places'
    // names are set among the discs and banners so that none hides another.
    let view = court_view(game, side);
    let banners = banners(sc, &projection, view.armies.iter().map(|a| a.at));
    // The march of the last turn, shown once, skipped by any click or key.
    let now = ui.input(|i| i.time);
    let mut seen = vec![None; st.armies.len()];
    for a in &view.armies {
        seen[a.id.index()] = Some(a.at);
    }
    s.motion.observe(st.turn, seen, now);
    if ui.input(|i| i.pointer.any_click() || !i.keys_down.is_empty()) {
        s.motion.skip();
    }
    let march = s.motion.progress(now);
    if march.is_some() {
        ui.ctx().request_repaint();
    }
    let font = FontId::proportional(12.0);
    let others = other_labels(sc, &projection);
    let (labels, other_placements) = place_labels(sc, st, &projection, &banners, &others, boxed(rect), &mut |text| {
        let size = painter.layout_no_wrap(text.to_string(), font.clone(), INK).size();
        (size.x, size.y)
    });
    for (o, placement) in others.iter().zip(&other_placements) {
        let ink = match o.kind {
            OtherKind::Region => Color32::from_rgb(130, 96, 30),
            OtherKind::Border => Color32::from_rgb(150, 60, 40),
            OtherKind::River | OtherKind::Feature => RIVER,
        };
        if let Some(r) = placement.rect() {
            painter.text(unboxed(r).left_top(), Align2::LEFT_TOP, &o.text, font.clone(), ink);
        }
    }
    // Places.
    let hover = response.hover_pos();
    let mut hovered_place = None;
    for (i, place) in sc.places.iter().enumerate() {
        let id = PlaceId(i as u16);
        let ps = &st.places[i];
        let at = to_screen(place.pos);
        let r = 5.0 + ps.fort as f32 * 1.2;
        if targets.contains(&id) {
            painter.circle_stroke(at, r + 7.0, Stroke::new(3.0, theme::GOLD));
        }
        court_mark(&painter, at, r, ps.controller, theme::court_colour(sc, ps.controller), Stroke::new(1.5, INK));
        let capital = sc.courts.0.iter().any(|c| c.capital == id);
        if capital {
            painter.circle_stroke(at, r + 3.0, Stroke::new(1.5, INK));
        }
        // One notch per level of walls.
        for k in 0..ps.fort {
            let x = at.x - (ps.fort as f32 - 1.0) * 3.0 + k as f32 * 6.0;
            painter.rect_filled(egui::Rect::from_center_size(Pos2::new(x, at.y - r - 5.0), Vec2::splat(4.0)), 0.0, INK);
        }
        let label = &labels[i];
        if let Placement::Led { from, to, .. } = label.placement {
            painter.line_segment([Pos2::new(from.0, from.1), Pos2::new(to.0, to.1)], Stroke::new(1.0, INK_SOFT));
        }
        if let Some(r) = label.placement.rect() {
            painter.text(unboxed(r).left_top(), Align2::LEFT_TOP, &label.text, font.clone(), INK);
        }
        // The place's dot or its name.
        let on_label = |h: Pos2| label.placement.rect().is_some_and(|b| unboxed(b).contains(h));
        if hover.is_some_and(|h| h.distance(at) <= r + 6.0 || on_label(h)) {
            hovered_place = Some(id);
        }
    }
    // Where the last turn's battles, sieges and assaults were fought and places fell.
    let marks = marks(game, side);
    for (p, mark) in &marks {
        let at = to_screen(sc.place(*p).pos);
        let r = 14.0 + st.places[p.index()].fort as f32;
        match mark {
            Mark::Battle | Mark::Assault => {
                // Crossed strokes in ink beside the place, over a seal-red ring.
                let d = r * 0.75;
                let stroke = Stroke::new(if *mark == Mark::Assault { 3.5 } else { 2.5 }, INK);
                painter.circle_stroke(at, r, Stroke::new(2.0, SEAL));
                painter.line_segment([at + Vec2::new(-d, -d), at + Vec2::new(d, d)], stroke);
                painter.line_segment([at + Vec2::new(-d, d), at + Vec2::new(d, -d)], stroke);
            }
            Mark::Siege => {
                let ring: Vec<Pos2> =
                    (0..=24).map(|k| at + Vec2::angled(k as f32 / 24.0 * std::f32::consts::TAU) * r).collect();
                painter.extend(Shape::dashed_line(&ring, Stroke::new(2.0, SEAL), 5.0, 4.0));
            }
            Mark::Fell => {
                painter.circle_stroke(
                    at,
                    r + 3.0,
                    Stroke::new(3.0, theme::court_colour(sc, st.places[p.index()].controller)),
                );
            }
        }
    }
    // Silver and silk on their way to the place of delivery.
    if let Some(t) = march {
        for (from, to) in deliveries(game, side) {
            let (a, b) = (to_screen(sc.place(from).pos), to_screen(sc.place(to).pos));
            let at = a + (b - a) * t;
            painter.circle_filled(at, 6.0, theme::GOLD);
            painter.text(
                at + Vec2::new(8.0, 0.0),
                Align2::LEFT_CENTER,
                tr("map-delivery"),
                FontId::proportional(11.0),
                theme::GOLD,
            );
        }
    }
    let mut hovered_army = None;
    for (a, drawn) in view.armies.iter().zip(&banners) {
        // The banner proper; its last three pixels hold the morale bar. While the last turn's
        // march is shown, it travels from where the army stood along the route it took.
        let mut corner = unboxed(*drawn).min;
        if let (Some(t), Some(from)) = (march, s.motion.from(a.id).filter(|f| *f != a.at)) {
            let (a_at, from_at) = (to_screen(sc.place(a.at).pos), to_screen(sc.place(from).pos));
            painter
                .line_segment([from_at, a_at], Stroke::new(2.0, theme::court_colour(sc, a.side).gamma_multiply(0.5)));
            corner += (from_at - a_at) * (1.0 - t);
        }
        let banner = egui::Rect::from_min_size(corner, Vec2::new(46.0, 16.0));
        let colour = theme::court_colour(sc, a.side);
        painter.rect_filled(banner, 2.0, colour);
        if s.selected_army == Some(a.id) {
            painter.rect_stroke(banner.expand(2.0), 2.0, Stroke::new(2.5, theme::GOLD), egui::StrokeKind::Outside);
        }
        let strength =
            if a.own { format!("{}k", (a.strength + 500) / 1000) } else { format!("~{}k", a.strength / 1000) };
        // The court's shape in the banner, so that armies are told apart without colour.
        court_mark(&painter, banner.left_center() + Vec2::new(6.0, 0.0), 3.5, a.side, Color32::WHITE, Stroke::NONE);
        painter.text(
            banner.left_center() + Vec2::new(12.0, 0.0),
            Align2::LEFT_CENTER,
            strength,
            FontId::proportional(12.0),
            Color32::WHITE,
        );
        if let Some(m) = a.morale {
            // A morale bar under the banner: full is 100.
            let bar = egui::Rect::from_min_size(banner.left_bottom(), Vec2::new(46.0 * m as f32 / 100.0, 3.0));
            painter.rect_filled(bar, 0.0, if m >= 50 { theme::GOOD } else { SEAL });
        }
        if st.courts[a.side].emperor_with == Some(a.id) {
            painter.text(
                banner.right_center() + Vec2::new(-4.0, 0.0),
                Align2::RIGHT_CENTER,
                "帝",
                FontId::proportional(13.0),
                theme::GOLD,
            );
        }
        if hover.is_some_and(|h| banner.contains(h)) {
            hovered_army = Some(a.clone());
        }
    }
    // Tooltips and clicks.
    if let Some(a) = &hovered_army {
        let def = &sc.armies[a.id.index()];
        let commander = a.commander.map(|c| sc.character(c).label()).unwrap_or_else(|| tr("map-no-commander"));
        let men = group_thousands(a.strength);
        let text = if a.own {
            let morale = a.morale.unwrap_or(0);
            tr_args(
                "map-own-army",
                &[
                    ("name", (&def.name).into()),
                    ("men", men.into()),
                    ("morale", morale.into()),
                    ("commander", commander.into()),
                ],
            )
        } else {
            tr_args(
                "map-enemy-army",
                &[("name", (&def.name).into()), ("men", men.into()), ("commander", commander.into())],
            )
        };
        response.clone().on_hover_text_at_pointer(text);
    } else if let Some(p) = hovered_place {
        let place = sc.place(p);
        let ps = &st.places[p.index()];
        let mut text = tr_args(
            "map-place",
            &[
                ("name", format!("{} {}", place.name, place.zh).into()),
                ("court", sc.court_name(ps.controller).into()),
                ("walls", ps.fort.into()),
                ("supply", place.supply.into()),
            ],
        );
        // What the rules would say of marching the selected army here: refused and why, or
        // the sworn clauses it would break.
        if let Some(army) = selected.filter(|_| targets.contains(&p)) {
            let order = crate::rules::game::Action::Move { army, to: p };
            match game.check(side, &order) {
                Err(why) => {
                    text.push_str(&format!("\n{}", tr_args("map-cannot-march", &[("why", why.to_string().into())])))
                }
                Ok(()) => {
                    text.push_str(&format!("\n{}", tr("map-click-to-march")));
                    for w in game.breaches(side, &order) {
                        text.push_str(&format!("\n{}", w.text));
                    }
                }
            }
        }
        for (_, mark) in marks.iter().filter(|(q, _)| *q == p) {
            let key = match mark {
                Mark::Battle => "map-last-turn-battle",
                Mark::Siege => "map-last-turn-siege",
                Mark::Assault => "map-last-turn-assault",
                Mark::Fell => "map-last-turn-fell",
            };
            text.push_str(&format!("\n{}", tr(key)));
        }
        if place.disputed {
            text.push_str(&format!("\n{}", tr("map-disputed")));
        }
        text.push_str(&format!("\n{}", tr("map-encyclopedia-hint")));
        response.clone().on_hover_text_at_pointer(text);
    }
    if response.clicked() {
        if let Some(a) = hovered_army.filter(|a| a.own) {
            out.push(Intent::SelectArmy(Some(a.id)));
        } else if let Some(p) = hovered_place {
            out.push(Intent::ClickPlace(p));
        }
    }
    // A double-click or a right-click on a place or its name opens its encyclopedia entry.
    if (response.double_clicked() || response.secondary_clicked())
        && let Some(p) = hovered_place
    {
        let key = crate::rules::encyclopedia::key(crate::rules::encyclopedia::Kind::Place, &sc.place(p).id);
        super::encyclopedia::open(ui.ctx(), &key);
    }
    // The legend.
    let mut at = rect.left_bottom() + Vec2::new(16.0, -16.0);
    let legend: Vec<(Option<(CourtId, egui::Color32)>, String)> = sc
        .courts
        .iter()
        .map(|(id, c)| (Some((id, theme::court_colour(sc, id))), c.name.clone()))
        .chain([(None, tr("map-legend"))])
        .collect();
    for (court, text) in legend {
        if let Some((id, c)) = court {
            court_mark(&painter, at, 5.0, id, c, Stroke::new(1.0, INK));
            at.x += 9.0;
        }
        let r = painter.text(at, Align2::LEFT_CENTER, text, FontId::proportional(12.0), INK_SOFT);
        at.x = r.right() + 14.0;
    }
    // The march of each turn is shown unless the player would rather not see things move.
    let toggle = egui::Rect::from_min_size(rect.left_top() + Vec2::new(8.0, 6.0), Vec2::new(150.0, 20.0));
    if ui.put(toggle, egui::Checkbox::new(&mut s.motion.reduce, tr("map-reduce-motion"))).changed() {
        // Remembered for the next run; a settings file that cannot be written is only said.
        let path = crate::folders::settings_file();
        let mut settings = crate::settings::Settings::read(&path);
        settings.reduce_motion = s.motion.reduce;
        if let Err(e) = settings.write(&path) {
            s.message = Some((e, true));
        }
    }
}
