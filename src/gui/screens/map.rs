//! The map of the Hebei plain, drawn from the scenario's data: places by controller and walls,
//! routes, rivers, the border, regions, and the armies a court can see. Drag to pan, scroll
//! to zoom, click an army to select it and a highlighted place to march there.

use crate::gui::session::{Intent, Session};
use crate::gui::theme::{self, INK, INK_SOFT, RIVER, SEAL};
use crate::rules::game::Game;
use crate::rules::ids::*;
use crate::rules::scenario::group_thousands;
use crate::rules::view::court_view;
use bevy_egui::egui::{self, Align2, Color32, FontId, Pos2, Sense, Shape, Stroke, Vec2};

/// The corners of the box around every place.
fn bounds(game: &Game) -> ((f32, f32), (f32, f32)) {
    let mut lo = (f32::MAX, f32::MAX);
    let mut hi = (f32::MIN, f32::MIN);
    for p in &game.scenario.places {
        lo = (lo.0.min(p.pos.0), lo.1.min(p.pos.1));
        hi = (hi.0.max(p.pos.0), hi.1.max(p.pos.1));
    }
    if lo.0 > hi.0 { ((0.0, 0.0), (1000.0, 900.0)) } else { (lo, hi) }
}

pub fn map(ui: &mut egui::Ui, game: &Game, s: &mut Session, out: &mut Vec<Intent>) {
    let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
    let rect = response.rect;
    painter.rect_filled(rect, 0.0, Color32::from_rgb(232, 220, 190));
    if response.dragged() {
        let d = response.drag_delta();
        s.map.offset.0 += d.x;
        s.map.offset.1 += d.y;
    }
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
        }
    }
    // Fit the places to the panel; stretch one axis up to 1.6 times the other, since the
    // Hebei plain is crowded and the panel is wide.
    let (lo, hi) = bounds(game);
    let size = Vec2::new((hi.0 - lo.0).max(1.0), (hi.1 - lo.1).max(1.0));
    let (fx, fy) = (rect.width() * 0.9 / size.x, rect.height() * 0.88 / size.y);
    let base = fx.min(fy) * s.map.zoom;
    let (sx, sy) = ((fx.min(fy * 1.6)) * s.map.zoom, (fy.min(fx * 1.6)) * s.map.zoom);
    let mid = ((lo.0 + hi.0) / 2.0, (lo.1 + hi.1) / 2.0);
    let offset = Vec2::new(s.map.offset.0, s.map.offset.1);
    let to_screen =
        |(x, y): (f32, f32)| -> Pos2 { rect.center() + offset + Vec2::new((x - mid.0) * sx, (y - mid.1) * sy) };
    let painter = painter.with_clip_rect(rect);
    let sc = &game.scenario;
    let st = &game.state;
    let side = s.viewer;

    // Regions: a wash around their places, with the name.
    for (i, region) in sc.regions.iter().enumerate() {
        let colour =
            [Color32::from_rgba_unmultiplied(190, 140, 40, 40), Color32::from_rgba_unmultiplied(40, 66, 112, 30)]
                [i % 2];
        let (mut left, mut right) = (f32::MAX, f32::MIN);
        let mut sum_y = 0.0;
        for p in &region.places {
            let at = to_screen(sc.place(*p).pos);
            painter.circle_filled(at, 26.0, colour);
            left = left.min(at.x);
            right = right.max(at.x);
            sum_y += at.y;
        }
        if !region.places.is_empty() {
            // Beside the region, on whichever side has room.
            let y = sum_y / region.places.len() as f32;
            let label = format!("{} {}", region.name, region.zh);
            let (at, align) = if right + 200.0 < rect.right() {
                (Pos2::new(right + 30.0, y), Align2::LEFT_CENTER)
            } else {
                (Pos2::new(left - 30.0, y + 34.0), Align2::RIGHT_CENTER)
            };
            painter.text(at, align, label, FontId::proportional(12.0), Color32::from_rgb(130, 96, 30));
        }
    }
    // Rivers and the border.
    for line in &sc.lines {
        let points: Vec<Pos2> = line.points.iter().map(|p| to_screen(*p)).collect();
        if line.border {
            painter.extend(Shape::dashed_line(&points, Stroke::new(2.0, Color32::from_rgb(150, 60, 40)), 10.0, 6.0));
        } else {
            painter.add(Shape::line(points.clone(), Stroke::new(4.0, RIVER)));
        }
        if let Some(p) = points.get(points.len() / 3) {
            painter.text(
                *p + Vec2::new(0.0, 12.0),
                Align2::CENTER_TOP,
                &line.name,
                FontId::proportional(12.0),
                if line.border { Color32::from_rgb(150, 60, 40) } else { RIVER },
            );
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
        painter.circle_filled(at, r, theme::court_colour(sc, ps.controller));
        painter.circle_stroke(at, r, Stroke::new(1.5, INK));
        let capital = sc.courts.0.iter().any(|c| c.capital == id);
        if capital {
            painter.circle_stroke(at, r + 3.0, Stroke::new(1.5, INK));
        }
        // One notch per level of walls.
        for k in 0..ps.fort {
            let x = at.x - (ps.fort as f32 - 1.0) * 3.0 + k as f32 * 6.0;
            painter.rect_filled(egui::Rect::from_center_size(Pos2::new(x, at.y - r - 5.0), Vec2::splat(4.0)), 0.0, INK);
        }
        let name = if base > 1.2 { format!("{} {}", place.name, place.zh) } else { place.name.clone() };
        painter.text(at + Vec2::new(0.0, r + 2.0), Align2::CENTER_TOP, name, FontId::proportional(12.0), INK);
        if hover.is_some_and(|h| h.distance(at) <= r + 6.0) {
            hovered_place = Some(id);
        }
    }
    // Armies, as this court sees them.
    let view = court_view(game, side);
    let mut stack = vec![0; sc.places.len()];
    let mut hovered_army = None;
    for a in &view.armies {
        let at = to_screen(sc.place(a.at).pos);
        let n = stack[a.at.index()];
        stack[a.at.index()] += 1;
        let corner = at + Vec2::new(10.0, -24.0 - n as f32 * 19.0);
        let banner = egui::Rect::from_min_size(corner, Vec2::new(46.0, 16.0));
        let colour = theme::court_colour(sc, a.side);
        painter.rect_filled(banner, 2.0, colour);
        if s.selected_army == Some(a.id) {
            painter.rect_stroke(banner.expand(2.0), 2.0, Stroke::new(2.5, theme::GOLD), egui::StrokeKind::Outside);
        }
        let strength =
            if a.own { format!("{}k", (a.strength + 500) / 1000) } else { format!("~{}k", a.strength / 1000) };
        painter.text(
            banner.left_center() + Vec2::new(4.0, 0.0),
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
        let commander = a.commander.map(|c| sc.character(c).label()).unwrap_or_else(|| "no commander".into());
        let text = if a.own {
            format!(
                "{}\n{} men, morale {}\n{}\nClick to select",
                def.name,
                group_thousands(a.strength),
                a.morale.unwrap_or(0),
                commander
            )
        } else {
            format!(
                "{} (enemy)\nabout {} men seen by your scouts\n{}",
                def.name,
                group_thousands(a.strength),
                commander
            )
        };
        response.clone().on_hover_text_at_pointer(text);
    } else if let Some(p) = hovered_place {
        let place = sc.place(p);
        let ps = &st.places[p.index()];
        let mut text = format!(
            "{} {}\nHeld by the {}\nWalls {} of 5, supply {}",
            place.name,
            place.zh,
            sc.court_name(ps.controller),
            ps.fort,
            place.supply
        );
        if targets.contains(&p) {
            text.push_str("\nClick to march here");
        }
        if place.disputed {
            text.push_str("\n(disputed in the sources)");
        }
        response.clone().on_hover_text_at_pointer(text);
    }
    if response.clicked() {
        if let Some(a) = hovered_army.filter(|a| a.own) {
            out.push(Intent::SelectArmy(Some(a.id)));
        } else if let Some(p) = hovered_place {
            out.push(Intent::ClickPlace(p));
        }
    }
    // The legend.
    let mut at = rect.left_bottom() + Vec2::new(16.0, -16.0);
    let legend: Vec<(Option<egui::Color32>, String)> = sc
        .courts
        .iter()
        .map(|(id, c)| (Some(theme::court_colour(sc, id)), c.name.clone()))
        .chain([(None, "▪ a level of walls · drag to pan, scroll to zoom".to_string())])
        .collect();
    for (colour, text) in legend {
        if let Some(c) = colour {
            painter.circle_filled(at, 5.0, c);
            at.x += 9.0;
        }
        let r = painter.text(at, Align2::LEFT_CENTER, text, FontId::proportional(12.0), INK_SOFT);
        at.x = r.right() + 14.0;
    }
}
