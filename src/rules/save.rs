//! Saves: the scenario, the seed, what a campaign chapter started from and every action, in
//! RON with a format version, written atomically; loading replays the actions and checks the
//! state's fingerprint. Courts are named by their ids.

use crate::rules::campaign::Carried;
use crate::rules::game::Game;
use crate::rules::ids::{CourtId, PerCourt};
use crate::rules::scenario::Scenario;
use crate::rules::spec::{ActionSpec, court};
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::sync::Arc;

/// What looks on as a save is replayed: the game before an action, the court and the action.
pub type Watch<'a> = dyn FnMut(&Game, CourtId, &crate::rules::game::Action) + 'a;

/// Format 4: the state holds no words, so a game saved in one language replays in another to
/// the same fingerprint (the end of a game is kept as a fact, a breach as the order that broke
/// it). Format 3 took the fingerprint over the state's serde encoding with those words in it
/// (a format-3 save replays unchecked); format 2 over the `Debug` text.
pub const SAVE_FORMAT: u32 = 4;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Save {
    pub format: u32,
    /// The scenario file: relative to `levels/` or the mods folder where it lies in one
    /// (`chanyuan_1004.ron`), else its full path.
    pub scenario: String,
    pub scenario_id: String,
    pub seed: u64,
    /// The courts played by people, by id; the others by the computer.
    pub players: Vec<String>,
    /// The resolve shift given to each court at the start (difficulty), by court id.
    #[serde(default)]
    pub handicaps: Vec<(String, i32)>,
    /// What a campaign chapter began from: the chapter before's treasuries, land, treaties.
    #[serde(default)]
    pub carried_in: Option<Carried>,
    /// The lesson the game was begun from, named as the scenario is (`lessons/chanzhou_11th_month.ron`):
    /// its turn limit and events switched off are part of the game a replay must play.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lesson: Option<String>,
    pub turn: u32,
    pub actions: Vec<(String, ActionSpec)>,
    /// A checksum of the whole state and the players, to confirm a replay reaches the same
    /// game ([`sealed`]); 0 in a save migrated from format 1.
    pub fingerprint: u64,
    /// A digest of the scenario's files when the game was saved: a save replayed against an
    /// edited scenario is told so (0: not recorded).
    #[serde(default)]
    pub scenario_digest: u64,
    /// Read from format 1, 2 or 3, whose fingerprints this build cannot reproduce.
    #[serde(skip)]
    pub legacy: bool,
}

/// FNV-1a over the state's serde encoding in postcard, whose wire format is fixed (version
/// 1): the same on every machine, and not changed by renaming a field in the code, since
/// postcard writes values in order without names. Adding, removing or reordering a field
/// does change it, as it changes what a save replays to.
pub fn fingerprint(game: &Game) -> u64 {
    let bytes = postcard::to_allocvec(&game.state).unwrap_or_default();
    fnv(&bytes, 0xcbf2_9ce4_8422_2325)
}

/// The fingerprint of a game and who plays it: a save edited to other players no longer
/// matches its game.
pub fn sealed(game: &Game, players: &[String]) -> u64 {
    fnv(players.join(",").as_bytes(), fingerprint(game))
}

/// FNV-1a, the same on every machine.
pub fn fnv(bytes: &[u8], start: u64) -> u64 {
    let mut h = start;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl Save {
    pub fn of(game: &Game, scenario_path: &str, players: &[CourtId], carried_in: Option<&Carried>) -> Save {
        let s = &game.scenario;
        let id = |c: CourtId| s.courts[c].id.clone();
        Save {
            format: SAVE_FORMAT,
            scenario: crate::folders::scenario_ref(Path::new(scenario_path)),
            scenario_id: s.id.clone(),
            seed: game.seed,
            players: players.iter().map(|c| id(*c)).collect(),
            handicaps: game.handicap.iter().filter(|(_, h)| **h != 0).map(|(c, h)| (id(c), *h)).collect(),
            carried_in: carried_in.cloned(),
            lesson: None,
            turn: game.state.turn,
            actions: game.log.iter().map(|(side, a)| (id(*side), ActionSpec::from_action(s, a))).collect(),
            fingerprint: sealed(game, &players.iter().map(|c| id(*c)).collect::<Vec<_>>()),
            scenario_digest: s.digest,
            legacy: false,
        }
    }

    /// The same save, of a game begun from the lesson at `lesson_path`.
    pub fn with_lesson(mut self, lesson_path: &Path) -> Save {
        self.lesson = Some(crate::folders::scenario_ref(lesson_path));
        self
    }

    /// The scenario file this save, read from `save_path`, was played on.
    pub fn scenario_file(&self, save_path: &Path) -> Result<std::path::PathBuf, String> {
        crate::folders::find_scenario(&self.scenario, save_path.parent())
    }

    /// The courts played by people, resolved against the scenario.
    pub fn player_courts(&self, s: &Scenario) -> Result<Vec<CourtId>, String> {
        self.players.iter().map(|p| court(s, p)).collect()
    }

    pub fn to_ron(&self) -> String {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).unwrap_or_default()
    }

    /// Parses a save, refusing a broken or foreign one with a reason.
    pub fn parse(text: &str) -> Result<Save, String> {
        use crate::rules::scenario::migrate::{format_of, migrate};
        let version = format_of(text);
        if let Some(v) = version.filter(|v| *v > SAVE_FORMAT) {
            return Err(format!(
                "this save was written by a newer version of the game (save format {v}; this build reads 1 to {SAVE_FORMAT})"
            ));
        }
        // A format-1 save names the courts `Song` and `Liao`: read as format 2 with their ids.
        let text = if version == Some(1) { migrate(text) } else { text.to_string() };
        let mut save: Save = crate::rules::scenario::load::ron_options()
            .from_str(&text)
            .map_err(|e| format!("not a readable save: {}:{}: {}", e.span.start.line, e.span.start.col, e.code))?;
        if !(2..=SAVE_FORMAT).contains(&save.format) {
            return Err(format!("save format {} is not read by this build (it reads 1 to {SAVE_FORMAT})", save.format));
        }
        // Formats 1 and 2 took their fingerprints otherwise: such a save replays unchecked.
        save.legacy = save.format < SAVE_FORMAT || save.fingerprint == 0;
        Ok(save)
    }

    pub fn read(path: &Path) -> Result<Save, String> {
        let text = crate::rules::scenario::load::read_limited(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Save::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Replays the save and confirms it reaches the saved game, played by the saved players,
    /// on the scenario's files as they were: the checks of `chanyuan replay` and of loading.
    pub fn replay_checked(&self, scenario: Arc<Scenario>) -> Result<Game, String> {
        self.replay_checked_watching(scenario, &mut |_, _, _| {})
    }

    /// [`Save::replay_checked`], showing `watch` the game just before each action is taken,
    /// with the court that takes it: the debrief report reads there what each court knew
    /// when it decided.
    pub fn replay_checked_watching(&self, scenario: Arc<Scenario>, watch: &mut Watch) -> Result<Game, String> {
        if self.scenario_digest != 0 && self.scenario_digest != scenario.digest {
            return Err(format!(
                "the files of scenario `{}` have changed since this game was saved; the save cannot be trusted on them",
                scenario.id
            ));
        }
        let game = self.replay_watching(scenario, watch)?;
        if self.legacy {
            return Ok(game);
        }
        let got = sealed(&game, &self.players);
        if got != self.fingerprint || game.state.turn != self.turn {
            return Err(format!(
                "the replay does not reach the saved game (turn {} against {}, fingerprint {got:016x} against {:016x}): the save or its players were changed",
                game.state.turn, self.turn, self.fingerprint
            ));
        }
        Ok(game)
    }

    /// Rebuilds the game by replaying every action from the seed.
    pub fn replay(&self, scenario: Arc<Scenario>) -> Result<Game, String> {
        self.replay_watching(scenario, &mut |_, _, _| {})
    }

    /// [`Save::replay`], showing `watch` the game before each action.
    fn replay_watching(&self, scenario: Arc<Scenario>, watch: &mut Watch) -> Result<Game, String> {
        if scenario.id != self.scenario_id {
            return Err(format!("this save belongs to scenario `{}`, not `{}`", self.scenario_id, scenario.id));
        }
        let mut handicap = PerCourt::from_fn(scenario.courts.len(), |_| 0);
        for (name, shift) in &self.handicaps {
            handicap[court(&scenario, name)?] = *shift;
        }
        let mut game = Game::with_handicap(scenario, self.seed, handicap);
        if let Some(carried) = &self.carried_in {
            crate::rules::campaign::apply(&mut game, carried);
        }
        for (i, (name, spec)) in self.actions.iter().enumerate() {
            let side = court(&game.scenario, name).map_err(|e| format!("action {}: {e}", i + 1))?;
            let action = spec.resolve(&game.scenario, side).map_err(|e| format!("action {}: {e}", i + 1))?;
            watch(&game, side, &action);
            game.act(side, action).map_err(|e| format!("action {} ({spec:?}) is refused: {e}", i + 1))?;
        }
        Ok(game)
    }
}

/// Writes a file so that a crash leaves either the old file or the new one, never half of
/// one: a temporary file of a unique name is created (exclusively, so no planted link is
/// followed) in the same folder, written and synced, then renamed over the target, and the
/// folder synced so the rename itself survives a crash. A failed write leaves nothing behind.
pub fn write_atomic(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let dir = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(d) => d.to_path_buf(),
        None => std::path::PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir)?;
    let mut tmp = tempfile::Builder::new().prefix(".chanyuan-").suffix(".tmp").tempfile_in(&dir)?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Whether a file may be written over by a save: it does not exist, or it is a save of this
/// game (of any format). A scenario, a text or anything else is never overwritten silently.
pub fn may_overwrite(path: &Path) -> bool {
    match std::fs::symlink_metadata(path) {
        Err(_) => true,
        Ok(m) if !m.is_file() => false,
        Ok(_) => crate::rules::scenario::load::read_limited(path).is_ok_and(|t| {
            crate::rules::scenario::migrate::format_of(&t).is_some()
                && t.contains("scenario_id")
                && t.contains("fingerprint")
        }),
    }
}
