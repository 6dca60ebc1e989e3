//! Saves: the scenario, the seed and every action, in RON with a format version, written
//! atomically; loading replays the actions and checks the state's fingerprint.

use crate::rules::game::Game;
use crate::rules::ids::Side;
use crate::rules::scenario::Scenario;
use crate::rules::spec::ActionSpec;
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::sync::Arc;

pub const SAVE_FORMAT: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Save {
    pub format: u32,
    /// Path of the scenario file, as given when the game began.
    pub scenario: String,
    pub scenario_id: String,
    pub seed: u64,
    /// The sides played by people; the others by the computer.
    pub players: Vec<Side>,
    /// The resolve shift given to each court at the start (difficulty).
    #[serde(default)]
    pub handicap: (i32, i32),
    pub turn: u32,
    pub actions: Vec<(Side, ActionSpec)>,
    /// A checksum of the whole state, to confirm a replay reaches the same game.
    pub fingerprint: u64,
}

/// FNV-1a over the state's full description: the same on every machine.
pub fn fingerprint(game: &Game) -> u64 {
    let text = format!("{:?}", game.state);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl Save {
    pub fn of(game: &Game, scenario_path: &str, players: Vec<Side>) -> Save {
        let s = &game.scenario;
        Save {
            format: SAVE_FORMAT,
            scenario: scenario_path.to_string(),
            scenario_id: s.id.clone(),
            seed: game.seed,
            players,
            handicap: (game.handicap.song, game.handicap.liao),
            turn: game.state.turn,
            actions: game.log.iter().map(|(side, a)| (*side, ActionSpec::from_action(s, a))).collect(),
            fingerprint: fingerprint(game),
        }
    }

    pub fn to_ron(&self) -> String {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).unwrap_or_default()
    }

    /// Parses a save, refusing a broken or foreign one with a reason.
    pub fn parse(text: &str) -> Result<Save, String> {
        let save: Save = crate::rules::scenario::load::ron_options()
            .from_str(text)
            .map_err(|e| format!("not a readable save: {}:{}: {}", e.span.start.line, e.span.start.col, e.code))?;
        if save.format != SAVE_FORMAT {
            return Err(format!("save format {} is not read by this build (it reads {SAVE_FORMAT})", save.format));
        }
        Ok(save)
    }

    pub fn read(path: &Path) -> Result<Save, String> {
        let text = crate::rules::scenario::load::read_limited(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Save::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Rebuilds the game by replaying every action from the seed.
    pub fn replay(&self, scenario: Arc<Scenario>) -> Result<Game, String> {
        if scenario.id != self.scenario_id {
            return Err(format!("this save belongs to scenario `{}`, not `{}`", self.scenario_id, scenario.id));
        }
        let handicap = crate::rules::ids::PerSide::new(self.handicap.0, self.handicap.1);
        let mut game = Game::with_handicap(scenario, self.seed, handicap);
        for (i, (side, spec)) in self.actions.iter().enumerate() {
            let action = spec.resolve(&game.scenario).map_err(|e| format!("action {}: {e}", i + 1))?;
            game.act(*side, action).map_err(|e| format!("action {} ({spec:?}) is refused: {e}", i + 1))?;
        }
        Ok(game)
    }
}

/// Writes a file so that a crash leaves either the old file or the new one, never half of one.
pub fn write_atomic(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension("ron.tmp");
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)
}
