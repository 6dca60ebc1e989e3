//! Shared helpers: the main scenario, loaded once, a game at its first turn, situations
//! set up through scenario data, and treaties sworn through envoys.

use chanyuan::rules::game::{Action, Answer, Game};
use chanyuan::rules::ids::*;
use chanyuan::rules::scenario::load::{load_edited, load_scenario};
use chanyuan::rules::scenario::raw::RawScenario;
use chanyuan::rules::scenario::{Scenario, Term};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn scenario() -> Arc<Scenario> {
    static S: OnceLock<Arc<Scenario>> = OnceLock::new();
    S.get_or_init(|| {
        let loaded = load_scenario(&root().join("levels/chanyuan_1004.ron"));
        Arc::new(loaded.scenario.expect("the main scenario validates"))
    })
    .clone()
}

pub fn game(seed: u64) -> Game {
    Game::new(scenario(), seed)
}

/// A scenario file changed through its data before the game begins: an army placed
/// elsewhere, a place in other hands, a wearier court. Tests set up their situations so,
/// never by writing into a game in progress.
pub struct Situation {
    path: PathBuf,
    edits: Vec<Edit>,
}

/// One change to a scenario's data.
type Edit = Box<dyn FnOnce(&mut RawScenario)>;

/// The 1004 scenario, to be changed.
pub fn situation() -> Situation {
    situation_of("levels/chanyuan_1004.ron")
}

/// Any scenario of the repository, to be changed.
pub fn situation_of(path: &str) -> Situation {
    Situation { path: root().join(path), edits: Vec::new() }
}

impl Situation {
    pub fn edit(mut self, f: impl FnOnce(&mut RawScenario) + 'static) -> Situation {
        self.edits.push(Box::new(f));
        self
    }

    /// An army starts at another place.
    pub fn army_at(self, army: &'static str, place: &'static str) -> Situation {
        self.edit(move |raw| raw.armies.iter_mut().find(|a| a.id == army).expect("army").at = place.into())
    }

    /// A court's resolve shifted, and fixed: no die is cast for its temper.
    pub fn resolve(self, court: &'static str, shift: i32) -> Situation {
        self.edit(move |raw| {
            let c = raw.courts.iter_mut().find(|c| c.id == court).expect("court");
            c.personality.resolve += shift;
            c.personality.temper = 0;
        })
    }

    /// A court as weary of the war as this from the start.
    pub fn weariness(self, court: &'static str, war_weariness: i32) -> Situation {
        self.edit(move |raw| {
            raw.courts.iter_mut().find(|c| c.id == court).expect("court").war_weariness = war_weariness
        })
    }

    pub fn scenario(self) -> Arc<Scenario> {
        let edits = self.edits;
        let loaded = load_edited(&self.path, move |raw| {
            for e in edits {
                e(raw);
            }
        });
        let d = chanyuan::rules::scenario::diagnostic::render(&loaded.diagnostics, &loaded.sources);
        Arc::new(loaded.scenario.unwrap_or_else(|| panic!("the situation validates:\n{d}")))
    }

    pub fn game(self, seed: u64) -> Game {
        Game::new(self.scenario(), seed)
    }
}

/// A court by its id.
pub fn court(g: &Game, id: &str) -> CourtId {
    g.scenario.court_id(id).expect("court")
}

pub fn song(g: &Game) -> CourtId {
    court(g, "song")
}

pub fn liao(g: &Game) -> CourtId {
    court(g, "liao")
}

pub fn army(g: &Game, id: &str) -> ArmyId {
    g.scenario.army_id(id).expect("army")
}

pub fn place(g: &Game, id: &str) -> PlaceId {
    g.scenario.place_id(id).expect("place")
}

pub fn policy(g: &Game, id: &str) -> PolicyId {
    g.scenario.policy_id(id).expect("policy")
}

/// The treaty of 1005 as the scenario records it.
pub fn historical_treaty(g: &Game) -> Vec<Term> {
    g.scenario.history.clone()
}

/// A term with every parameter at its default.
pub fn term(g: &Game, clause: &str) -> Term {
    g.scenario.default_term(g.scenario.clause_id(clause).expect("clause"))
}

/// Ends the turn for every court with no other orders.
pub fn pass(g: &mut Game) {
    for c in g.scenario.court_ids() {
        g.act(c, Action::EndTurn).expect("the court ends its turn");
    }
}

/// A treaty sworn as a player would swear it: `from` sends its envoy with the draft, the
/// turns pass while he travels, and `to` accepts.
pub fn swear_by_envoys(g: &mut Game, from: CourtId, to: CourtId, terms: Vec<Term>) {
    g.act(from, Action::SendEnvoy { to, terms }).expect("the envoy sets out");
    for _ in 0..12 {
        let waiting = g.waiting_for(to).map(|p| p.id).next();
        if let Some(id) = waiting {
            g.act(to, Action::Answer { proposal: id, answer: Answer::Accept }).expect("accepted");
            return;
        }
        pass(g);
    }
    panic!("the envoy never arrived");
}

/// Copies the main scenario, its file and every part file it includes, into `dir`, to be
/// edited there.
pub fn copy_main_scenario(dir: &std::path::Path) {
    let levels = root().join("levels");
    std::fs::create_dir_all(dir.join("chanyuan_1004")).unwrap();
    std::fs::copy(levels.join("chanyuan_1004.ron"), dir.join("chanyuan_1004.ron")).unwrap();
    for f in std::fs::read_dir(levels.join("chanyuan_1004")).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, dir.join("chanyuan_1004").join(f.file_name().unwrap())).unwrap();
    }
}

/// The chronicle as sentences.
pub fn chronicle(g: &Game) -> Vec<String> {
    g.state().chronicle.iter().map(|l| l.text(&g.scenario)).collect()
}

/// Runs the command line with these arguments; returns its exit code.
pub fn cli(args: &[&str]) -> i32 {
    chanyuan::cli::run(args.iter().map(std::ffi::OsString::from).collect::<Vec<_>>())
}

/// `chanyuan play --side song --seed 1` with these orders, saving to `save`; its exit code.
pub fn play_as_song(actions: &std::path::Path, save: &std::path::Path) -> i32 {
    let (actions, save) = (actions.to_string_lossy(), save.to_string_lossy());
    cli(&["play", "--side", "song", "--seed", "1", "--actions", &actions, "--save", &save])
}

/// Every kebab-case string literal ("title-new-game") in the Rust sources under these folders
/// of the repository: the message ids handed to `tr` and `tr_args`, directly or through a
/// table or a `match`. The locale tests check them against the Fluent files.
pub fn message_ids_in_sources(folders: &[&str]) -> std::collections::BTreeSet<String> {
    let mut found = std::collections::BTreeSet::new();
    let mut dirs: Vec<PathBuf> = folders.iter().map(|f| root().join(f)).collect();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                for literal in text.split('"').skip(1).step_by(2) {
                    let kebab = literal.contains('-')
                        && literal.starts_with(|c: char| c.is_ascii_lowercase())
                        && !literal.ends_with('-')
                        && literal.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    if kebab {
                        found.insert(literal.to_string());
                    }
                }
            }
        }
    }
    found
}
