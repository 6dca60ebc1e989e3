//! The automatic check of the real window (`chanyuan --autoplay DIR`): it goes from the title
//! through a new game, gives an order, opens every screen, ends a turn, saves, plays to the
//! end, takes a screenshot of each screen, checks that none is blank, and exits 0 if all is
//! well. The README's test command runs it under Xvfb with software Vulkan.

use super::session::{Intent, Session, Tab};
use super::world::MapScreen;
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};
use bevy::window::RequestRedraw;
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

type Plan = fn(&Session) -> Vec<Intent>;

enum Step {
    Wait(u32),
    Do(Plan),
    Shot(&'static str),
    /// Fails the run unless the session passes the check.
    Expect(&'static str, fn(&Session) -> bool),
    /// Fails the run unless the map's Bevy world passes the check.
    ExpectMap(&'static str, fn(&MapScreen) -> bool),
    /// Times this many frames of the screen now shown and reports the mean frame time.
    Time(&'static str, u32),
}

/// A screenshot's name, whether it shows more than a blank screen, and its distinct colours.
type Shots = Arc<Mutex<Vec<(String, bool, usize)>>>;

#[derive(Resource)]
struct Autoplay {
    dir: PathBuf,
    steps: Vec<Step>,
    at: usize,
    waited: u32,
    shots: Shots,
    awaiting: Option<String>,
    failures: Vec<String>,
    frames: u32,
    started: std::time::Instant,
    timing: Option<std::time::Instant>,
}

fn script() -> Vec<Step> {
    use Step::*;
    vec![
        Wait(20),
        Shot("01-title"),
        Do(|_| vec![Intent::NewGameScreen]),
        Wait(10),
        Shot("02-new-game"),
        Do(|_| vec![Intent::StartGame]),
        Wait(10),
        Expect("a game has begun", |s| s.game.is_some()),
        ExpectMap("the map drawn by Bevy: its land, places and names", |m| m.drawn.ground && m.drawn.names > 10),
        Shot("03-map"),
        Time("the map", 60),
        Do(|s| {
            let g = s.game().expect("a game");
            let guard =
                g.scenario.armies.iter().position(|a| a.side == s.viewer).map(|i| crate::rules::ids::ArmyId(i as u16));
            let Some(guard) = guard else { return vec![] };
            let at = g.state.army(guard).at;
            // March to a neighbouring place of one's own, so no treaty is broken.
            let to = g.scenario.neighbours[at.index()]
                .iter()
                .map(|(n, _)| *n)
                .find(|n| g.state.places[n.index()].controller == s.viewer);
            match to {
                Some(to) => vec![Intent::SelectArmy(Some(guard)), Intent::ClickPlace(to)],
                None => vec![Intent::Act(crate::rules::game::Action::Garrison { army: guard })],
            }
        }),
        Wait(8),
        Expect("the order was given", |s| s.game().is_some_and(|g| !g.log.is_empty())),
        Shot("04-order-given"),
        Do(|_| vec![Intent::Tab(Tab::Court)]),
        Wait(8),
        Shot("05-court"),
        Do(|_| vec![Intent::Tab(Tab::Table)]),
        Wait(8),
        Shot("06-negotiating-table"),
        Do(|_| vec![Intent::EndTurn]),
        Wait(8),
        Expect("the turn ended", |s| s.game().is_some_and(|g| g.state.turn == 1)),
        // Back on the map, the turn just resolved is shown: the armies' march and the battles.
        Do(|_| vec![Intent::HandedOver, Intent::Tab(Tab::Map)]),
        Wait(2),
        ExpectMap("the last turn's march was shown on the map", |m| m.motion.marches > 0),
        ExpectMap("armies on their way across the map, mid-march", |m| m.march.is_some() && m.drawn.travelling > 0),
        Shot("07-map-after-the-turn"),
        Wait(60),
        ExpectMap("every army come to rest where it stands", |m| m.march.is_none() && m.drawn.travelling == 0),
        Do(|_| vec![Intent::Tab(Tab::Chronicle)]),
        Wait(8),
        Shot("07-chronicle"),
        Do(|_| vec![Intent::Save]),
        Wait(4),
        Expect("the game was saved", |s| s.last_save.as_ref().is_some_and(|p| p.exists())),
        Do(|_| vec![Intent::FinishByComputer]),
        Wait(10),
        Expect("the game is over", |s| s.game().is_some_and(|g| g.is_over())),
        Expect("the game as it ended was saved", |s| {
            let saved = s.last_save.as_ref().and_then(|p| crate::rules::save::Save::read(p).ok());
            saved.is_some_and(|save| s.game().is_some_and(|g| save.turn == g.state.turn))
        }),
        Shot("08-end"),
        Do(|_| vec![Intent::Tab(Tab::Ledger)]),
        Do(|s| if s.game().is_some_and(|g| !g.state.treaties.is_empty()) { vec![Intent::HandedOver] } else { vec![] }),
        Wait(8),
        Shot("09-ledger"),
    ]
}

pub fn plugin(app: &mut App, dir: PathBuf, started: std::time::Instant) {
    let _ = std::fs::create_dir_all(&dir);
    if let Some(mut session) = app.world_mut().get_resource_mut::<Session>() {
        // The check saves into its own folder, never over a player's saves.
        session.saves_dir = dir.join("saves");
        session.saves = Vec::new();
    }
    app.insert_resource(Autoplay {
        dir,
        steps: script(),
        at: 0,
        waited: 0,
        shots: Arc::new(Mutex::new(Vec::new())),
        awaiting: None,
        failures: Vec::new(),
        frames: 0,
        started,
        timing: None,
    })
    .add_systems(Update, drive);
}

fn drive(
    mut auto: ResMut<Autoplay>,
    session: Res<Session>,
    map: Res<MapScreen>,
    mut intents: MessageWriter<Intent>,
    mut commands: Commands,
    mut redraw: MessageWriter<RequestRedraw>,
    mut exit: MessageWriter<AppExit>,
) {
    redraw.write(RequestRedraw);
    auto.frames += 1;
    if auto.frames == 1 {
        println!("autoplay: the title screen's first frame after {} ms", auto.started.elapsed().as_millis());
    }
    if auto.frames > 20_000 {
        crate::warn!("autoplay: gave up after 20,000 frames at step {}", auto.at);
        exit.write(AppExit::error());
        return;
    }
    if let Some(name) = auto.awaiting.clone() {
        if !auto.shots.lock().map(|s| s.iter().any(|(n, _, _)| *n == name)).unwrap_or(false) {
            return;
        }
        auto.awaiting = None;
    }
    let Some(step) = auto.steps.get(auto.at) else {
        finish(&mut auto, &mut exit);
        return;
    };
    match step {
        Step::Wait(n) => {
            if auto.waited < *n {
                auto.waited += 1;
                return;
            }
            auto.waited = 0;
        }
        Step::Do(plan) => {
            for i in plan(&session) {
                intents.write(i);
            }
        }
        Step::Time(what, n) => {
            let (what, n) = (*what, *n);
            if auto.waited == 0 {
                auto.timing = Some(std::time::Instant::now());
            }
            if auto.waited < n {
                auto.waited += 1;
                return;
            }
            auto.waited = 0;
            if let Some(t) = auto.timing.take() {
                println!(
                    "autoplay: {what}: {:.1} ms a frame over {n} frames",
                    t.elapsed().as_secs_f64() * 1000.0 / n as f64
                );
            }
        }
        Step::ExpectMap(what, check) => {
            if !check(&map) {
                let what = what.to_string();
                crate::warn!("autoplay: expected {what}");
                auto.failures.push(what);
            }
        }
        Step::Expect(what, check) => {
            if !check(&session) {
                let what = what.to_string();
                crate::warn!("autoplay: expected {what}");
                auto.failures.push(what);
            }
        }
        Step::Shot(name) => {
            let name = name.to_string();
            let path = auto.dir.join(format!("{name}.png"));
            let shots = auto.shots.clone();
            let label = name.clone();
            commands.spawn(Screenshot::primary_window()).observe(move |ev: On<ScreenshotCaptured>| {
                let (ok, colours) = inspect(&ev.image, &path);
                if let Ok(mut s) = shots.lock() {
                    s.push((label.clone(), ok, colours));
                }
            });
            auto.awaiting = Some(name);
        }
    }
    auto.at += 1;
}

/// Saves a screenshot and tells whether it shows a real screen: many colours, not one.
fn inspect(image: &Image, path: &PathBuf) -> (bool, usize) {
    let Ok(dynamic) = image.clone().try_into_dynamic() else { return (false, 0) };
    let rgb = dynamic.to_rgb8();
    let mut colours = HashSet::new();
    for (i, p) in rgb.pixels().enumerate() {
        if i % 7 == 0 {
            colours.insert(p.0);
        }
    }
    let saved = rgb.save(path).is_ok();
    (saved && colours.len() >= 32, colours.len())
}

fn finish(auto: &mut Autoplay, exit: &mut MessageWriter<AppExit>) {
    let shots = auto.shots.lock().map(|s| s.clone()).unwrap_or_default();
    for (name, ok, colours) in &shots {
        println!("autoplay: {name}.png: {colours} colours{}", if *ok { "" } else { " — BLANK OR UNSAVED" });
        if !ok {
            auto.failures.push(format!("{name} is blank"));
        }
    }
    if auto.failures.is_empty() {
        println!("autoplay: {} screens checked in {}", shots.len(), auto.dir.display());
        exit.write(AppExit::Success);
    } else {
        println!("autoplay: failed: {}", auto.failures.join("; "));
        exit.write(AppExit::error());
    }
}
