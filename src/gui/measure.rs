//! Frame times for `scripts/frame-time.sh` (`chanyuan --measure MODE --frame-log FILE`): the
//! window opens a new game of the chosen scenario on the map and, for some seconds, does one
//! thing while every frame's time is written down: nothing (`map`), pan the camera (`pan`),
//! replay the last turn's march over and over (`animate`), or sit idle as a player would
//! (`idle` on the map, `idle-table`, `idle-end`: drawing only when asked). `empty` is the yardstick: a Bevy window with one egui
//! panel of text and no game.

use super::session::{Intent, Session};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use std::path::PathBuf;

/// What the window does while it is measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Measure {
    Empty,
    Map,
    Pan,
    Animate,
    Idle,
    /// Idle on the negotiating table.
    IdleTable,
    /// Idle on the end screen, the game played out by the computer.
    IdleEnd,
}

impl Measure {
    /// Whether the window is left alone, drawing only when asked, as a player leaves it.
    pub fn idle(self) -> bool {
        matches!(self, Measure::Idle | Measure::IdleTable | Measure::IdleEnd)
    }
}

#[derive(Resource)]
struct Log {
    mode: Measure,
    file: PathBuf,
    seconds: f32,
    /// Seconds since the game was on the map, and each frame's time (ms) since then.
    since: Option<f32>,
    frames: Vec<f32>,
    frame: u32,
}

/// Frames before the game is started, so that the window and its fonts are up.
const WARM_UP: u32 = 30;

/// Sets the app up to be measured; the game plugin is added by the caller except for `empty`.
pub fn plugin(app: &mut App, mode: Measure, file: PathBuf, seconds: f32) {
    app.insert_resource(Log { mode, file, seconds, since: None, frames: Vec::new(), frame: 0 });
    if mode == Measure::Empty {
        // No game: the intents the recorder may send go nowhere.
        app.add_message::<Intent>().add_systems(EguiPrimaryContextPass, empty_panel);
    }
    app.add_systems(Last, record);
}

/// The yardstick: one panel of text, as a minimal egui window would draw.
fn empty_panel(mut contexts: EguiContexts) {
    let Ok(ctx) = contexts.ctx_mut() else { return };
    let ctx = ctx.clone();
    // A root `Ui` over the whole window, as the game's screens get theirs.
    let builder = egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect());
    let mut root = egui::Ui::new(ctx, egui::Id::new("measure_root"), builder);
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.heading("An empty window");
        for i in 0..20 {
            ui.label(format!("A line of text, number {i}, to draw as a panel of the game would."));
        }
    });
}

fn record(
    mut log: ResMut<Log>,
    time: Res<Time<Real>>,
    session: Option<Res<Session>>,
    map: Option<ResMut<super::world::MapScreen>>,
    mut intents: MessageWriter<Intent>,
    mut exit: MessageWriter<AppExit>,
) {
    log.frame += 1;
    let dt = time.delta_secs();
    let playing = log.mode == Measure::Empty || session.as_ref().is_some_and(|s| s.game.is_some());
    if !playing {
        if log.frame == WARM_UP {
            intents.write(Intent::StartGame);
        }
        return;
    }
    let Some(since) = log.since else {
        log.since = Some(0.0);
        match log.mode {
            // The animation needs a turn behind it: the first one ends, the computer plays the other court.
            Measure::Animate => {
                intents.write(Intent::EndTurn);
            }
            Measure::IdleTable => {
                intents.write(Intent::Tab(super::session::Tab::Table));
            }
            Measure::IdleEnd => {
                intents.write(Intent::FinishByComputer);
            }
            _ => {}
        }
        return;
    };
    log.since = Some(since + dt);
    log.frames.push(dt * 1000.0);
    if let Some(mut map) = map {
        match log.mode {
            // A slow circle of the camera, as a hand dragging the map would.
            Measure::Pan => {
                let t = since + dt;
                map.view.offset = (120.0 * (t * 1.3).cos(), 80.0 * (t * 1.3).sin());
            }
            Measure::Animate => map.motion.replay(),
            _ => {}
        }
    }
    if since + dt >= log.seconds {
        let text: String = log.frames.iter().map(|ms| format!("{ms:.3}\n")).collect();
        let code = match std::fs::write(&log.file, text) {
            Ok(()) => AppExit::Success,
            Err(e) => {
                crate::warn!("chanyuan: cannot write {}: {e}", log.file.display());
                AppExit::error()
            }
        };
        exit.write(code);
    }
}
