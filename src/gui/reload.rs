//! Hot reload: when a file of the scenario being played changes on disk, the game is rebuilt
//! from its seed and actions on the new version; a broken edit shows its errors and the last
//! good version stays in use.

use super::session::Session;
use crate::rules::play::Match;
use crate::rules::save::Save;
use crate::rules::scenario::diagnostic::render;
use crate::rules::scenario::load::load_scenario;
use bevy::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

/// What was last seen on disk.
#[derive(Default)]
pub struct Watched {
    checked: Option<Instant>,
    stamps: Vec<(PathBuf, Option<SystemTime>)>,
    scenario: PathBuf,
}

fn stamp(p: &PathBuf) -> Option<SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

pub fn watch(
    mut session: ResMut<Session>,
    mut seen: Local<Watched>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    if session.game.is_none() {
        return;
    }
    if seen.checked.is_some_and(|t| t.elapsed() < Duration::from_millis(250)) {
        return;
    }
    seen.checked = Some(Instant::now());
    if seen.scenario != session.scenario_path {
        // A new game: note the files it is made of.
        seen.scenario = session.scenario_path.clone();
        let loaded = load_scenario(&session.scenario_path);
        seen.stamps = loaded.sources.iter().map(|s| PathBuf::from(&s.path)).map(|p| (p.clone(), stamp(&p))).collect();
        return;
    }
    let changed = seen.stamps.iter().any(|(p, t)| stamp(p) != *t);
    if !changed {
        return;
    }
    for (p, t) in seen.stamps.iter_mut() {
        *t = stamp(p);
    }
    reload(&mut session);
    redraw.write(bevy::window::RequestRedraw);
}

/// Rebuilds the running game on the scenario as it now is on disk.
pub fn reload(session: &mut Session) {
    let loaded = load_scenario(&session.scenario_path);
    let Some(scenario) = loaded.scenario else {
        session.reload_errors = Some(render(&loaded.diagnostics, &loaded.sources));
        return;
    };
    // A lesson's game goes on with the lesson's turn limit and its events switched off.
    let scenario = match &session.lesson {
        Some(l) => match crate::rules::lesson::adapt(&scenario, l.turns, &l.events_off) {
            Ok(s) => s,
            Err(e) => {
                session.reload_errors =
                    Some(crate::locale::tr_args("msg-reload-lesson", &[("why", e.to_string().into())]));
                return;
            }
        },
        None => scenario,
    };
    let players = session.players();
    let Some(game) = session.game() else { return };
    let save = Save::of(game, &session.scenario_path.to_string_lossy(), &players, None);
    match save.replay(Arc::new(scenario)) {
        Ok(new_game) => {
            session.game = Some(Match::new(new_game, &players));
            let tab = session.tab;
            session.after_new_game();
            session.tab = tab;
            session.message = Some((crate::locale::tr("msg-reloaded"), false));
        }
        Err(e) => {
            session.reload_errors = Some(crate::locale::tr_args("msg-reload-replay", &[("why", e.to_string().into())]));
        }
    }
}
