//! The map as a Bevy world: the land, its waters and mountains, routes, places, marks, names
//! (`Text2d`) and army banners as 2D meshes under one camera that pans and zooms. egui keeps
//! the panels around it, reads the clicks and shows the tooltips; it tells this plugin where
//! its map panel is and what the view model ([`MapModel`]) says, and the world is made again
//! only when the model changes. Panning moves the camera alone, and the last turn's march
//! moves the banners' transforms alone.

use crate::gui::theme;
use crate::map::layout::{OtherKind, notches, place_radius};
use crate::map::model::{MapModel, Mark};
use crate::map::shapes::{Ink, Rgba};
use crate::rules::ids::*;
use crate::rules::scenario::Scenario;
use bevy::asset::RenderAssetUsages;
use bevy::mesh::{Indices, PrimitiveTopology};
use bevy::prelude::*;
use bevy::sprite::Anchor;
use bevy::text::{Font, FontSize};
use std::sync::Arc;

/// The font the names are set in: the game's serif face, as egui's panels use.
const FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSerifCJK-Chanyuan.otf");

/// The size of a name on the map, in egui's points.
const NAME_SIZE: f32 = 12.0;

/// The map's view: how near and where, in the panel's pixels.
#[derive(Clone, Copy, Debug)]
pub struct MapView {
    pub zoom: f32,
    pub offset: (f32, f32),
    /// Where the keys send the view (zoom, offset); it glides there over a few frames.
    pub goal: Option<(f32, (f32, f32))>,
}

/// The map screen's own state (its view, the last turn's march) and what it tells the world
/// each frame it is shown.
#[derive(Resource)]
pub struct MapScreen {
    pub view: MapView,
    /// What moved when the last turn resolved, for the map to show.
    pub motion: crate::map::motion::Motion,
    /// The view model of the map, made again when what it shows changes.
    pub model: Option<MapModel>,
    /// The scenario the model was made from, and each place's holder and walls then.
    pub scenario: Option<Arc<Scenario>>,
    pub places: Vec<(CourtId, i32)>,
    /// Where the panel is on the screen (egui's points), and the view's pan within it.
    pub panel: Option<(bevy_egui::egui::Rect, (f32, f32))>,
    /// egui's points to the window's logical pixels (the interface's size).
    pub points: f32,
    /// How far the last turn's march has gone (0 to 1) while it is shown.
    pub march: Option<f32>,
    /// Where each army stood before the march, while it is shown.
    pub from: Vec<Option<PlaceId>>,
    /// Who held each place before the march, while it is shown.
    pub held_before: Vec<Option<CourtId>>,
    /// Whether the map was drawn this frame; the world hides when it was not.
    pub shown: bool,
    /// A count of the models made, so the world knows when to make itself again.
    pub made: u64,
    /// What the world holds now, for the window check.
    pub drawn: Drawn,
}

impl Default for MapScreen {
    fn default() -> MapScreen {
        MapScreen {
            view: MapView { zoom: 1.0, offset: (0.0, 0.0), goal: None },
            // "Reduce motion" as the player left it last time.
            motion: crate::map::motion::Motion::reduced(
                crate::settings::Settings::read(&crate::folders::settings_file()).reduce_motion,
            ),
            model: None,
            scenario: None,
            places: Vec::new(),
            panel: None,
            points: 1.0,
            march: None,
            from: Vec::new(),
            held_before: Vec::new(),
            shown: false,
            made: 0,
            drawn: Drawn::default(),
        }
    }
}

/// What the map's world holds, counted as it is made and moved.
#[derive(Clone, Copy, Debug, Default)]
pub struct Drawn {
    /// The land is made.
    pub ground: bool,
    /// Names set on the map.
    pub names: usize,
    /// Banners and deliveries away from where they stand, on their way there.
    pub travelling: usize,
}

/// The ink and banners the world spawned for one model and march (made again with either).
#[derive(Component)]
struct Piece;

/// A name set on the map: made again only with the model, not when a march begins or ends,
/// since laying out text is the dearest part of the world to make.
#[derive(Component)]
struct Name;

/// The land and water, made again only with the scenario or the panel's size.
#[derive(Component)]
struct Ground;

/// An army's banner, moved along its march.
#[derive(Component)]
struct Banner {
    /// Where it stands, and where it set out from, in the world.
    at: Vec3,
    from: Option<Vec3>,
}

/// A mark that fades in as the march goes: its material's alpha follows the march.
#[derive(Component)]
struct FadeIn(Handle<ColorMaterial>);

/// The root every part of the map hangs from: hidden when the map is not on the screen.
#[derive(Component)]
struct MapRoot;

#[derive(Resource)]
struct MapFont(Handle<Font>);

/// What the world was last made from.
#[derive(Resource, Default)]
struct Built {
    /// The model the names were set for, and the model and march the rest was drawn for.
    names: Option<u64>,
    model: Option<(u64, bool)>,
    ground: Option<(usize, u32, u32, u32, u32)>,
}

pub fn plugin(app: &mut App) {
    app.init_resource::<MapScreen>().init_resource::<Built>().add_systems(Startup, setup).add_systems(
        PostUpdate,
        (show, ground, pieces, follow, march)
            .chain()
            .after(bevy_egui::EguiPostUpdateSet::EndPass)
            .before(bevy::camera::CameraUpdateSystems)
            .before(bevy::transform::TransformSystems::Propagate),
    );
}

fn setup(mut commands: Commands, mut fonts: ResMut<Assets<Font>>) {
    commands.insert_resource(MapFont(fonts.add(Font::from_bytes(FONT.to_vec()))));
    commands.spawn((MapRoot, Transform::default(), Visibility::Hidden));
}

/// The map's world is seen only while the map is on the screen.
fn show(mut screen: ResMut<MapScreen>, mut root: Query<&mut Visibility, With<MapRoot>>) {
    let shown = std::mem::take(&mut screen.shown);
    for mut v in &mut root {
        let want = if shown { Visibility::Inherited } else { Visibility::Hidden };
        if *v != want {
            *v = want;
        }
    }
}

/// An sRGB colour of egui's as the world's.
fn colour(c: bevy_egui::egui::Color32) -> Rgba {
    c.to_srgba_unmultiplied()
}

/// One mesh from a layer of ink, its points scaled by `k` and turned the world's way up.
fn mesh(ink: &Ink, k: f32) -> Mesh {
    let points: Vec<[f32; 3]> = ink.points.iter().map(|p| [p[0] * k, -p[1] * k, 0.0]).collect();
    let colours: Vec<[f32; 4]> =
        ink.colours.iter().map(|c| Color::srgba_u8(c[0], c[1], c[2], c[3]).to_linear().to_f32_array()).collect();
    Mesh::new(PrimitiveTopology::TriangleList, RenderAssetUsages::RENDER_WORLD)
        .with_inserted_attribute(Mesh::ATTRIBUTE_POSITION, points)
        .with_inserted_attribute(Mesh::ATTRIBUTE_COLOR, colours)
        .with_inserted_indices(Indices::U32(ink.triangles.clone()))
}

/// Spawns a layer of ink, its points scaled by `k`, with `place` (its depth, its parent and
/// what it belongs to).
fn spawn_ink(
    commands: &mut Commands,
    meshes: &mut Assets<Mesh>,
    material: &Handle<ColorMaterial>,
    ink: &Ink,
    k: f32,
    place: impl Bundle,
) {
    if !ink.is_empty() {
        commands.spawn((Mesh2d(meshes.add(mesh(ink, k))), MeshMaterial2d(material.clone()), place));
    }
}

/// The land: paper, seas, lakes and marshes washed, mountains with their relief, the coast,
/// rivers, canals and the ponds of the frontier; then the regions' wash, the rivers and the
/// border of the scenario's lines, and the routes. Placed at zoom 1 (the camera zooms it),
/// its strokes, washes, dashes and peaks sized for the zoom step `step`, so that they keep
/// about their size on the screen while the map is zoomed (`px` turns screen pixels into
/// the world's at that step).
fn ground_ink(sc: &Scenario, model: &MapModel, step: f32) -> Ink {
    let px = 1.0 / step;
    use crate::rules::scenario::raw::FeatureKind::*;
    let zoom = model.key.zoom;
    // The model's points at zoom 1: the model is linear in the zoom about the panel's middle.
    let at = |p: (f32, f32)| {
        let (x, y) = model.at(p);
        (x / zoom, y / zoom)
    };
    // The paper is the window's clear colour: no pan or zoom shows an edge, and no pass is spent on it.
    let mut ink = Ink::default();
    for f in &sc.geography {
        let points: Vec<(f32, f32)> = f.points.iter().map(|p| at(*p)).collect();
        let fill = match f.kind {
            Sea => Some([120, 160, 190, 90]),
            Lake => Some([90, 140, 190, 120]),
            Marsh => Some([110, 140, 90, 70]),
            Mountains => Some([150, 110, 70, 45]),
            _ => None,
        };
        if let Some(fill) = fill {
            ink.fill_ring(&points, px, fill);
            ink.line(&points, px, [fill[0], fill[1], fill[2], (fill[3] as f32 * 1.6).min(255.0) as u8]);
            if f.kind == Mountains {
                ink.relief(&points, 12.0 * px, [110, 80, 50, 110]);
            }
            continue;
        }
        match f.kind {
            Coast => {
                // A wash of sea along the shore, then the shore itself.
                ink.line(&points, 16.0 * px, [120, 160, 190, 70]);
                ink.line(&points, 2.0 * px, [70, 100, 130, 255]);
            }
            River => ink.line(&points, 4.0 * px, colour(theme::RIVER)),
            Canal => ink.dashed(&points, 2.0 * px, 8.0 * px, 4.0 * px, colour(theme::RIVER)),
            WaterDefence => ink.dotted(&points, 7.0 * px, 1.1 * px, [80, 120, 150, 255]),
            _ => ink.line(&points, 2.0 * px, [80, 120, 150, 255]),
        }
    }
    // Regions: a wash around their places.
    for (i, region) in sc.regions.iter().enumerate() {
        let wash = [[190, 140, 40, 40], [40, 66, 112, 30]][i % 2];
        for p in &region.places {
            ink.disc(at(sc.place(*p).pos), 26.0 * px, wash);
        }
    }
    for line in &sc.lines {
        let points: Vec<(f32, f32)> = line.points.iter().map(|p| at(*p)).collect();
        if line.border {
            ink.dashed(&points, 2.0 * px, 10.0 * px, 6.0 * px, [150, 60, 40, 255]);
        } else {
            ink.line(&points, 4.0 * px, colour(theme::RIVER));
        }
    }
    for (a, b, river, _) in &sc.routes {
        let (pa, pb) = (at(sc.place(*a).pos), at(sc.place(*b).pos));
        if *river {
            ink.dashed(&[pa, pb], 2.0 * px, 5.0 * px, 4.0 * px, colour(theme::RIVER));
        } else {
            ink.segment(pa, pb, 1.5 * px, [150, 128, 96, 255]);
        }
    }
    ink
}

/// Makes the land again when the scenario or the panel's size has changed.
#[allow(clippy::too_many_arguments)]
fn ground(
    mut commands: Commands,
    mut screen: ResMut<MapScreen>,
    mut built: ResMut<Built>,
    old: Query<Entity, With<Ground>>,
    root: Query<Entity, With<MapRoot>>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<ColorMaterial>>,
) {
    let (Some(model), Some(sc), Ok(root)) = (&screen.model, &screen.scenario, root.single()) else { return };
    // The zoom in steps of a half: the land is made again when the zoom crosses into another.
    let step = 1.5_f32.powi((model.key.zoom.max(0.01).ln() / 1.5_f32.ln()).round() as i32);
    let key = (
        std::sync::Arc::as_ptr(sc) as usize,
        model.key.panel.0.to_bits(),
        model.key.panel.1.to_bits(),
        screen.points.to_bits(),
        step.to_bits(),
    );
    if built.ground == Some(key) {
        return;
    }
    built.ground = Some(key);
    for e in &old {
        commands.entity(e).despawn();
    }
    let material = materials.add(ColorMaterial::default());
    let place = (Transform::default(), ChildOf(root), Ground);
    spawn_ink(&mut commands, &mut meshes, &material, &ground_ink(sc, model, step), screen.points, place);
    screen.drawn.ground = true;
}

/// The pieces of one model: where the selected army may march, places with their walls,
/// the last turn's marks, the names and their leader lines, and the armies' banners.
#[allow(clippy::too_many_arguments)]
fn pieces(
    mut commands: Commands,
    mut screen: ResMut<MapScreen>,
    mut built: ResMut<Built>,
    old: Query<Entity, With<Piece>>,
    old_names: Query<Entity, With<Name>>,
    root: Query<Entity, With<MapRoot>>,
    font: Res<MapFont>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<ColorMaterial>>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    let marching = screen.march.is_some();
    if built.model == Some((screen.made, marching)) {
        return;
    }
    let names = screen.model.as_ref().map_or(0, |m| {
        m.labels.iter().filter(|l| l.placement.rect().is_some()).count()
            + m.other_placements.iter().filter(|p| p.rect().is_some()).count()
    });
    screen.drawn.names = names;
    let screen = &*screen;
    let (Some(model), Some(sc), Ok(root)) = (&screen.model, &screen.scenario, root.single()) else { return };
    built.model = Some((screen.made, marching));
    for e in &old {
        commands.entity(e).despawn();
    }
    let set_names = built.names != Some(screen.made);
    if set_names {
        built.names = Some(screen.made);
        for e in &old_names {
            commands.entity(e).despawn();
        }
        // The names' glyphs are laid out in the frame after they are spawned: draw that one too.
        redraw.write(bevy::window::RequestRedraw);
    }
    let places = &screen.places;
    // The model's pixels to the world's: the camera zooms by the model's zoom.
    let k = screen.points / model.key.zoom;
    let material = materials.add(ColorMaterial::default());
    let ink_colour = colour(theme::INK);
    let mut ink = Ink::default();
    let mut turned = Vec::new();
    for p in &model.targets {
        let r = place_radius(places[p.index()].1);
        ink.ring(model.at(sc.place(*p).pos), r + 7.0, 3.0, colour(theme::GOLD));
    }
    for (i, place) in sc.places.iter().enumerate() {
        let id = PlaceId(i as u16);
        let (holder, fort) = places[i];
        let at = model.at(place.pos);
        let r = place_radius(fort);
        // A place that changed hands shows its old holder's mark while the march is shown,
        // and the new one fades in over it (below).
        let before = screen.held_before.get(i).copied().flatten().filter(|b| *b != holder && marching);
        let shown = before.unwrap_or(holder);
        let fill = colour(theme::court_colour(sc, shown));
        ink.court_mark(at, r, shown.index(), fill, Some((1.5, ink_colour)));
        if before.is_some() {
            turned.push((at, r, holder));
        }
        if sc.courts.0.iter().any(|c| c.capital == id) {
            ink.ring(at, r + 3.0, 1.5, ink_colour);
        }
        // One notch per level of walls.
        let n = notches(at, fort);
        for k in 0..fort {
            let x = n.min.0 + k as f32 * 6.0;
            ink.rect((x + 1.0, n.min.1), (x + 5.0, n.max.1), ink_colour);
        }
    }
    for (p, mark) in &model.marks {
        let at = model.at(sc.place(*p).pos);
        let r = 14.0 + places[p.index()].1 as f32;
        match mark {
            Mark::Battle | Mark::Assault => {
                // Crossed strokes in ink over a seal-red ring.
                let d = r * 0.75;
                let w = if *mark == Mark::Assault { 3.5 } else { 2.5 };
                ink.ring(at, r, 2.0, colour(theme::SEAL));
                ink.segment((at.0 - d, at.1 - d), (at.0 + d, at.1 + d), w, ink_colour);
                ink.segment((at.0 - d, at.1 + d), (at.0 + d, at.1 - d), w, ink_colour);
            }
            Mark::Siege => {
                let ring: Vec<(f32, f32)> = (0..=32)
                    .map(|i| {
                        let a = i as f32 / 32.0 * std::f32::consts::TAU;
                        (at.0 + a.cos() * r, at.1 + a.sin() * r)
                    })
                    .collect();
                ink.dashed(&ring, 2.0, 5.0, 4.0, colour(theme::SEAL));
            }
            Mark::Fell => {
                let holder = theme::court_colour(sc, places[p.index()].0);
                ink.ring(at, r + 3.0, 3.0, colour(holder));
            }
        }
    }
    // The march's trails, faint in each court's colour, while it is shown.
    if marching {
        for a in &model.armies {
            if let Some(from) = marched_from(sc, &screen.from, a) {
                let c = theme::court_colour(sc, a.side).gamma_multiply(0.5);
                ink.segment(model.at(from), model.at(sc.place(a.at).pos), 2.0, colour(c));
            }
        }
    }
    let names = &font.0;
    let text = |commands: &mut Commands, s: &str, at: (f32, f32), ink: bevy_egui::egui::Color32| {
        commands.spawn((
            Text2d::new(s),
            TextFont { font: names.clone().into(), font_size: FontSize::Px(NAME_SIZE * screen.points), ..default() },
            TextColor(Color::srgba_u8(ink.r(), ink.g(), ink.b(), 255)),
            Anchor::TOP_LEFT,
            Transform::from_xyz(at.0 * k, -at.1 * k, 5.0).with_scale(Vec3::splat(1.0 / model.key.zoom)),
            ChildOf(root),
            Name,
        ));
    };
    for label in &model.labels {
        if let crate::map::labels::Placement::Led { from, to, .. } = label.placement {
            ink.segment(from, to, 1.0, colour(theme::INK_SOFT));
        }
        if let Some(r) = label.placement.rect().filter(|_| set_names) {
            text(&mut commands, &label.text, r.min, theme::INK);
        }
    }
    for (o, placement) in model.others.iter().zip(&model.other_placements) {
        let c = match o.kind {
            OtherKind::Region => bevy_egui::egui::Color32::from_rgb(130, 96, 30),
            OtherKind::Border => bevy_egui::egui::Color32::from_rgb(150, 60, 40),
            OtherKind::River | OtherKind::Feature => theme::RIVER,
        };
        if let Some(r) = placement.rect().filter(|_| set_names) {
            text(&mut commands, &o.text, r.min, c);
        }
    }
    spawn_ink(
        &mut commands,
        &mut meshes,
        &material,
        &ink,
        k,
        (Transform::from_xyz(0.0, 0.0, 2.0), ChildOf(root), Piece),
    );
    // The new holders' marks, each with a material of its own whose colour fades in as the
    // march goes.
    for (at, r, holder) in turned {
        let mut mark = Ink::default();
        let fill = colour(theme::court_colour(sc, holder));
        mark.court_mark(at, r, holder.index(), fill, Some((1.5, ink_colour)));
        let fade = materials.add(ColorMaterial::from_color(Color::srgba(1.0, 1.0, 1.0, 0.0)));
        let place = (Transform::from_xyz(0.0, 0.0, 2.5), ChildOf(root), Piece, FadeIn(fade.clone()));
        spawn_ink(&mut commands, &mut meshes, &fade, &mark, k, place);
    }
    // The banners: each its own entity, so that the march moves it without making it again.
    for (a, drawn) in model.armies.iter().zip(&model.banners) {
        let mut b = Ink::default();
        let c = colour(theme::court_colour(sc, a.side));
        b.rect((0.0, 0.0), (46.0, 16.0), c);
        if model.selected == Some(a.id) {
            let gold = colour(theme::GOLD);
            for (p, q) in [
                ((-3.0, -3.0), (49.0, -1.0)),
                ((-3.0, 17.0), (49.0, 19.0)),
                ((-3.0, -3.0), (-1.0, 19.0)),
                ((47.0, -3.0), (49.0, 19.0)),
            ] {
                b.rect(p, q, gold);
            }
        }
        // The court's shape in the banner, so that armies are told apart without colour.
        b.court_mark((6.0, 8.0), 3.5, a.side.index(), [255, 255, 255, 255], None);
        if let Some(m) = a.morale {
            // A morale bar under the banner: full is 100.
            let bar = if m >= 50 { theme::GOOD } else { theme::SEAL };
            b.rect((0.0, 16.0), (46.0 * m.clamp(0, 100) as f32 / 100.0, 19.0), colour(bar));
        }
        let at = Vec3::new(drawn.min.0 * k, -drawn.min.1 * k, 3.0);
        let from = marched_from(sc, &screen.from, a).filter(|_| marching).map(|f| {
            let (p, q) = (model.at(f), model.at(sc.place(a.at).pos));
            at + Vec3::new((p.0 - q.0) * k, -(p.1 - q.1) * k, 0.0)
        });
        let strength =
            if a.own { format!("{}k", (a.strength + 500) / 1000) } else { format!("~{}k", a.strength / 1000) };
        let small =
            |s: f32| TextFont { font: names.clone().into(), font_size: FontSize::Px(s * screen.points), ..default() };
        let unzoom = Vec3::splat(1.0 / model.key.zoom);
        let mut banner = commands.spawn((
            Mesh2d(meshes.add(mesh(&b, k))),
            MeshMaterial2d(material.clone()),
            Transform::from_translation(from.unwrap_or(at)),
            Banner { at, from },
            ChildOf(root),
            Piece,
        ));
        banner.with_children(|c| {
            c.spawn((
                Text2d::new(strength),
                small(NAME_SIZE),
                TextColor(Color::WHITE),
                Anchor::CENTER_LEFT,
                Transform::from_xyz(12.0 * k, -8.0 * k, 0.5).with_scale(unzoom),
            ));
            if model.emperor_with.get(a.side.index()).copied().flatten() == Some(a.id) {
                // In seal red on the paper, as an emperor's seal.
                let seal = theme::SEAL;
                c.spawn((
                    Text2d::new("帝"),
                    small(14.0),
                    TextColor(Color::srgb_u8(seal.r(), seal.g(), seal.b())),
                    // Just past the banner's end, clear of its figure ("~73k").
                    Anchor::CENTER_LEFT,
                    Transform::from_xyz(48.0 * k, -8.0 * k, 0.5).with_scale(unzoom),
                ));
            }
        });
    }
    // Silver and silk on their way to the place of delivery, while the march is shown.
    if marching {
        for (from, to) in &model.deliveries {
            let (p, q) = (model.at(sc.place(*from).pos), model.at(sc.place(*to).pos));
            let mut d = Ink::default();
            d.disc((0.0, 0.0), 6.0, colour(theme::GOLD));
            let (at, start) = (Vec3::new(q.0 * k, -q.1 * k, 4.0), Vec3::new(p.0 * k, -p.1 * k, 4.0));
            commands
                .spawn((
                    Mesh2d(meshes.add(mesh(&d, k))),
                    MeshMaterial2d(material.clone()),
                    Transform::from_translation(start),
                    Banner { at, from: Some(start) },
                    ChildOf(root),
                    Piece,
                ))
                .with_children(|c| {
                    let gold = theme::GOLD;
                    c.spawn((
                        Text2d::new(crate::locale::tr("map-delivery")),
                        small_font(names, 11.0 * screen.points),
                        TextColor(Color::srgb_u8(gold.r(), gold.g(), gold.b())),
                        Anchor::CENTER_LEFT,
                        Transform::from_xyz(8.0 * k, 0.0, 0.5).with_scale(Vec3::splat(1.0 / model.key.zoom)),
                    ));
                });
        }
    }
}

/// Where an army set out from on the last turn's march, if it moved and the place is one of
/// this scenario's (a save of another scenario loaded mid-march has other places).
fn marched_from(sc: &Scenario, from: &[Option<PlaceId>], army: &crate::rules::view::ArmyView) -> Option<(f32, f32)> {
    let f = from.get(army.id.index()).copied().flatten().filter(|f| *f != army.at)?;
    sc.places.get(f.index()).map(|p| p.pos)
}

fn small_font(font: &Handle<Font>, px: f32) -> TextFont {
    TextFont { font: font.clone().into(), font_size: FontSize::Px(px), ..default() }
}

/// The camera follows the map panel's pan and zoom: the world's point under the panel's
/// middle (plus the pan) is where egui would have drawn it.
fn follow(screen: Res<MapScreen>, windows: Query<&Window>, mut cameras: Query<&mut Transform, With<Camera2d>>) {
    let (Some(model), Some((panel, offset)), Ok(window)) = (&screen.model, screen.panel, windows.single()) else {
        return;
    };
    let zoom = model.key.zoom;
    let (wc, pc, zf) = (window.size() / 2.0, panel.center(), screen.points);
    // The world is the model at zoom 1 in logical pixels, y up; the camera zooms by 1/scale.
    let x = (wc.x - (pc.x + offset.0) * zf) / zoom;
    let y = ((pc.y + offset.1) * zf - wc.y) / zoom;
    let want = Transform::from_xyz(x, y, 0.0).with_scale(Vec3::new(1.0 / zoom, 1.0 / zoom, 1.0));
    for mut t in &mut cameras {
        if *t != want {
            *t = want;
        }
    }
}

/// The last turn's march: each banner slides from where it stood to where it stands.
fn march(
    mut screen: ResMut<MapScreen>,
    mut banners: Query<(&Banner, &mut Transform)>,
    fading: Query<&FadeIn>,
    mut materials: ResMut<Assets<ColorMaterial>>,
) {
    let t = screen.march.unwrap_or(1.0);
    for f in &fading {
        if let Some(mut m) = materials.get_mut(&f.0)
            && (m.color.alpha() - t).abs() > 0.01
        {
            m.color.set_alpha(t);
        }
    }
    let mut travelling = 0;
    for (b, mut transform) in &mut banners {
        let at = match b.from {
            Some(from) => from.lerp(b.at, t),
            None => b.at,
        };
        if transform.translation != at {
            transform.translation = at;
        }
        travelling += usize::from(at.distance(b.at) > 0.5);
    }
    if screen.drawn.travelling != travelling {
        screen.drawn.travelling = travelling;
    }
}
