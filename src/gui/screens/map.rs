//! The map of the Hebei plain, drawn from the scenario's data: places by controller and walls,
//! routes, rivers, the border, regions, and the armies a court can see. Drag to pan, scroll
//! to zoom, click an army to select it and a highlighted place to march there.

use crate::gui::session::{Intent, Session};
use crate::gui::theme::{self, INK, INK_SOFT};
use crate::gui::world::{MapScreen, MapView};
use crate::locale::{tr, tr_args};
use crate::map::labels::Rect;
use crate::map::layout::place_radius;
use crate::map::model::{MapModel, Mark, ModelKey};
use crate::rules::game::Game;
use crate::rules::ids::*;
use crate::rules::scenario::group_thousands;
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
fn glide(ui: &egui::Ui, view: &mut MapView) {
    use egui::Key;
    if !ui.ctx().egui_wants_keyboard_input() {
        let pressed = |k: Key| ui.input(|i| i.key_pressed(k));
        let (mut zoom, mut offset) = view.goal.unwrap_or((view.zoom, view.offset));
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
            view.goal = Some((zoom, offset));
        }
    }
    if let Some((zoom, offset)) = view.goal {
        // A third of the way each frame: smooth, and there within a quarter of a second.
        let near = (zoom - view.zoom).abs() < 0.002 && (offset.0 - view.offset.0).hypot(offset.1 - view.offset.1) < 0.5;
        if near {
            (view.zoom, view.offset, view.goal) = (zoom, offset, None);
        } else {
            view.zoom += (zoom - view.zoom) / 3.0;
            view.offset.0 += (offset.0 - view.offset.0) / 3.0;
            view.offset.1 += (offset.1 - view.offset.1) / 3.0;
            ui.ctx().request_repaint();
        }
    }
}

/// A box of the layout in egui's terms.
fn unboxed(r: Rect) -> egui::Rect {
    egui::Rect::from_min_max(Pos2::new(r.min.0, r.min.1), Pos2::new(r.max.0, r.max.1))
}

pub fn map(ui: &mut egui::Ui, game: &Game, s: &mut Session, screen: &mut MapScreen, out: &mut Vec<Intent>) {
    // Not a focus stop: Enter on a focused map would "click" whatever lies under the pointer.
    let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag() - Sense::FOCUSABLE);
    let rect = response.rect;
    if response.dragged() {
        let d = response.drag_delta();
        screen.view.offset.0 += d.x;
        screen.view.offset.1 += d.y;
        screen.view.goal = None;
    }
    glide(ui, &mut screen.view);
    if response.hovered() {
        let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
        let new_zoom = (screen.view.zoom * zoom * (1.0 + scroll * 0.0015)).clamp(0.6, 5.0);
        let factor = new_zoom / screen.view.zoom;
        if (factor - 1.0).abs() > f32::EPSILON {
            if let Some(p) = response.hover_pos() {
                let rel = p - rect.center();
                screen.view.offset.0 = rel.x * (1.0 - factor) + screen.view.offset.0 * factor;
                screen.view.offset.1 = rel.y * (1.0 - factor) + screen.view.offset.1 * factor;
            }
            screen.view.zoom = new_zoom;
            screen.view.goal = None;
        }
    }
    let sc = &game.scenario;
    let st = &game.state;
    let side = s.viewer;
    // The view model, made again only when the game, the viewer, the selection, the zoom,
    // the panel's size or the language has changed: a pan only moves the Bevy camera.
    let font = FontId::proportional(12.0);
    // Which game: its scenario (held by the screen while shown, so no other game can take its
    // address) and its seed.
    let game_id = std::sync::Arc::as_ptr(sc) as u64 ^ game.seed.rotate_left(32);
    if screen.model.as_ref().is_some_and(|m| m.key.game != game_id) {
        // Another game (or the same one rebuilt): no march is carried over from the last.
        screen.motion = crate::map::motion::Motion::reduced(screen.motion.reduce);
    }
    let key = ModelKey {
        game: game_id,
        version: game.version(),
        viewer: side,
        selected: s.selected_army,
        zoom: screen.view.zoom,
        panel: (rect.width(), rect.height()),
        lang: crate::locale::language(),
    };
    // Makes the model again if `key` has changed, and says whether it did.
    let remake = |key: &ModelKey, screen: &mut MapScreen| -> bool {
        if screen.model.as_ref().is_some_and(|m| m.key == *key) {
            return false;
        }
        screen.model = Some(MapModel::build(game, key.clone(), &mut |text| {
            let size = painter.layout_no_wrap(text.to_string(), font.clone(), INK).size();
            (size.x, size.y)
        }));
        screen.scenario = Some(sc.clone());
        screen.places = st.places.iter().map(|p| (p.controller, p.fort)).collect();
        screen.made += 1;
        true
    };
    let remade = remake(&key, screen);
    // The march of the last turn, shown once, skipped by any click or key. What the viewer
    // sees is noted when the model is made again (a new turn is a new version), not every frame.
    let now = ui.input(|i| i.time);
    if remade {
        let mut seen = vec![None; st.armies.len()];
        for a in screen.model.iter().flat_map(|m| &m.armies) {
            seen[a.id.index()] = Some(a.at);
        }
        let held = st.places.iter().map(|p| p.controller).collect();
        screen.motion.observe(side, st.turn, seen, held, now);
    }
    // A click or a key pressed after it began skips it; not the press that ended the turn
    // (Enter, seen in the very frame the turn resolved), which would skip every march.
    let pressed = |i: &egui::InputState| {
        i.pointer.any_click()
            || i.events.iter().any(|e| matches!(e, egui::Event::Key { pressed: true, repeat: false, .. }))
    };
    if ui.input(pressed) {
        screen.motion.skip_at(now);
    }
    let march = screen.motion.progress(now);
    if march.is_some() {
        ui.ctx().request_repaint();
    }
    if remade || march.is_some() != screen.march.is_some() {
        // Where the march sets out from, for the world: it changes only with the model, or as
        // a march begins or ends (the world then draws its trails; the model stays).
        screen.from = (0..st.armies.len()).map(|i| screen.motion.from(ArmyId(i as u16))).collect();
        screen.held_before = (0..st.places.len()).map(|i| screen.motion.held_before(PlaceId(i as u16))).collect();
    }
    screen.march = march;
    screen.panel = Some((rect, screen.view.offset));
    screen.points = ui.ctx().zoom_factor();
    screen.shown = true;
    let Some(model) = screen.model.as_ref() else { return };
    // From the model's pixels to the screen's.
    let shift = rect.center().to_vec2() + Vec2::new(screen.view.offset.0, screen.view.offset.1);
    let to_screen = |p: (f32, f32)| -> Pos2 {
        let (x, y) = model.at(p);
        Pos2::new(x, y) + shift
    };
    let targets = &model.targets;
    let selected = model.selected;
    let marks = &model.marks;
    let hover = response.hover_pos();
    let mut hovered_place = None;
    for (i, place) in sc.places.iter().enumerate() {
        let at = to_screen(place.pos);
        let r = place_radius(st.places[i].fort);
        let label = &model.labels[i];
        // The place's dot or its name.
        let on_label = |h: Pos2| label.placement.rect().is_some_and(|b| unboxed(b).translate(shift).contains(h));
        if hover.is_some_and(|h| h.distance(at) <= r + 6.0 || on_label(h)) {
            hovered_place = Some(PlaceId(i as u16));
        }
    }
    let mut hovered_army = None;
    for (a, drawn) in model.armies.iter().zip(&model.banners) {
        let banner = unboxed(*drawn).translate(shift);
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
                ("name", crate::rules::scenario::named(&place.name, &place.zh).into()),
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
    if ui.put(toggle, egui::Checkbox::new(&mut screen.motion.reduce, tr("map-reduce-motion"))).changed() {
        // Remembered for the next run; a settings file that cannot be written is only said.
        let path = crate::folders::settings_file();
        let mut settings = crate::settings::Settings::read(&path);
        settings.reduce_motion = screen.motion.reduce;
        if let Err(e) = settings.write(&path) {
            s.message = Some((e, true));
        }
    }
}
