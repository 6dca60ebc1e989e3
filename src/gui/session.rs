//! The window's hold on a game: the rules core's [`Game`], whose screen is shown, and what
//! the player is doing (a selected army, a draft on the table). Clicks become [`Intent`]s;
//! [`Session::apply`] turns them into the same actions the command line sends.

use super::paths::{self, ScenarioEntry};
use crate::rules::ai;
use crate::rules::game::{Action, Answer, Game};
use crate::rules::ids::*;
use crate::rules::save::{Save, write_atomic};
use crate::rules::scenario::load::load_scenario;
use crate::rules::scenario::{Term, Value};
use bevy::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Title,
    NewGame,
    Playing,
    /// Hot-seat: the screen is passed to the other court; its secrets stay hidden till then.
    Handover,
    End,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Map,
    Court,
    Table,
    Ledger,
    Chronicle,
}

impl Tab {
    pub const ALL: [Tab; 5] = [Tab::Map, Tab::Court, Tab::Table, Tab::Ledger, Tab::Chronicle];

    pub fn label(self) -> &'static str {
        match self {
            Tab::Map => "Map [1]",
            Tab::Court => "Court [2]",
            Tab::Table => "Negotiating table [3]",
            Tab::Ledger => "Treaty ledger [4]",
            Tab::Chronicle => "Chronicle [5]",
        }
    }
}

/// Something the player asked for with a click or a key.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum Intent {
    ToTitle,
    NewGameScreen,
    StartGame,
    ContinueLatest,
    Load(PathBuf),
    Save,
    Quit,
    /// An order; one that would break a sworn clause asks for confirmation first.
    Act(Action),
    ConfirmPending,
    Cancel,
    EndTurn,
    SelectArmy(Option<ArmyId>),
    ClickPlace(PlaceId),
    Tab(Tab),
    AddClause(ClauseId),
    RemoveTerm(usize),
    SetValue {
        term: usize,
        param: usize,
        value: Value,
    },
    SendDraft,
    /// Put an incoming draft on the table to answer it with a counter-offer.
    CounterFrom(u32),
    /// "What would it take?": the nearest draft the other court would swear replaces yours.
    WhatWouldItTake,
    HandedOver,
    /// The computer plays the rest of the game for every side (the automatic check).
    FinishByComputer,
}

/// New-game choices.
#[derive(Clone, Debug)]
pub struct Setup {
    pub scenario: usize,
    pub side: CourtId,
    /// -1 easy, 0 normal, 1 hard: how far the computer court leans to war.
    pub difficulty: i32,
    pub seed: u64,
    pub hotseat: bool,
}

#[derive(Clone, Copy, Debug)]
pub struct MapView {
    pub zoom: f32,
    pub offset: (f32, f32),
}

#[derive(Resource)]
pub struct Session {
    pub scenarios: Vec<ScenarioEntry>,
    pub extra_mods: Vec<PathBuf>,
    pub setup: Setup,
    pub game: Option<Game>,
    pub scenario_path: PathBuf,
    pub players: Vec<CourtId>,
    /// The court whose screen is shown.
    pub viewer: CourtId,
    pub tab: Tab,
    pub selected_army: Option<ArmyId>,
    pub selected_place: Option<PlaceId>,
    pub draft: Vec<Term>,
    pub countering: Option<u32>,
    /// An order waiting for "break the clause anyway?".
    pub pending: Option<(Action, Vec<String>)>,
    /// The last message for the player, and whether it is an error.
    pub message: Option<(String, bool)>,
    pub chronicle_filter: Option<&'static str>,
    pub chronicle_search: String,
    pub map: MapView,
    pub saves_dir: PathBuf,
    /// Errors of a scenario edit that did not load; the last good version stays in use.
    pub reload_errors: Option<String>,
    pub ui_scale: f32,
    pub last_save: Option<PathBuf>,
    /// The saves in `saves_dir`, newest first: read when the title is shown or a game saved,
    /// not every frame.
    pub saves: Vec<PathBuf>,
}

impl Session {
    pub fn new(extra_mods: Vec<PathBuf>) -> Session {
        let scenarios = paths::find_scenarios(&extra_mods);
        let saves_dir = paths::saves_dir();
        let first_ok = scenarios.iter().position(|s| s.errors == 0).unwrap_or(0);
        Session {
            scenarios,
            extra_mods,
            setup: Setup { scenario: first_ok, side: CourtId::Song, difficulty: 0, seed: 1005, hotseat: false },
            game: None,
            scenario_path: PathBuf::new(),
            players: vec![CourtId::Song],
            viewer: CourtId::Song,
            tab: Tab::Map,
            selected_army: None,
            selected_place: None,
            draft: Vec::new(),
            countering: None,
            pending: None,
            message: None,
            chronicle_filter: None,
            chronicle_search: String::new(),
            map: MapView { zoom: 1.0, offset: (0.0, 0.0) },
            saves: paths::list_saves_in(&saves_dir),
            saves_dir,
            reload_errors: None,
            ui_scale: 1.0,
            last_save: None,
        }
    }

    /// Reads the scenarios and saves on disk again.
    pub fn rescan(&mut self) {
        self.scenarios = paths::find_scenarios(&self.extra_mods);
        self.saves = paths::list_saves_in(&self.saves_dir);
    }

    fn say(&mut self, text: impl Into<String>, error: bool) {
        self.message = Some((text.into(), error));
    }

    /// Starts a game; the computer plays every side not in `players`.
    pub fn start(&mut self, path: PathBuf, seed: u64, players: Vec<CourtId>, difficulty: i32) -> Result<(), String> {
        let loaded = load_scenario(&path);
        let Some(scenario) = loaded.scenario else {
            return Err(format!("{} cannot be played: it has {} error(s)", path.display(), loaded.errors()));
        };
        let mut handicap = PerCourt::new(0, 0);
        for side in CourtId::BOTH {
            if !players.contains(&side) {
                handicap[side] = difficulty * 10;
            }
        }
        self.game = Some(Game::with_handicap(Arc::new(scenario), seed, handicap));
        // Saves name the scenario by its full path, so they load from any working directory.
        self.scenario_path = std::fs::canonicalize(&path).unwrap_or(path);
        self.viewer = players.first().copied().unwrap_or(CourtId::Song);
        self.players = players;
        self.after_new_game();
        Ok(())
    }

    /// Forgets what the player was doing (selections, a draft, a pending order): after a new
    /// game, a load or a reload, old ids may no longer mean the same things.
    pub fn after_new_game(&mut self) {
        self.tab = Tab::Map;
        self.selected_army = None;
        self.selected_place = None;
        self.draft.clear();
        self.countering = None;
        self.pending = None;
        self.reload_errors = None;
        if let Some(g) = &self.game {
            self.draft = g.scenario.courts[self.viewer].personality.opening.clone();
        }
    }

    pub fn save_to(&mut self, path: PathBuf) -> Result<(), String> {
        let Some(game) = &self.game else { return Err("there is no game to save".into()) };
        let save = Save::of(game, &self.scenario_path.to_string_lossy(), self.players.clone());
        write_atomic(&path, &save.to_ron()).map_err(|e| format!("could not save to {}: {e}", path.display()))?;
        self.last_save = Some(path);
        self.saves = paths::list_saves_in(&self.saves_dir);
        Ok(())
    }

    pub fn load(&mut self, path: PathBuf) -> Result<(), String> {
        let save = Save::read(&path)?;
        let loaded = load_scenario(std::path::Path::new(&save.scenario));
        let Some(scenario) = loaded.scenario else {
            return Err(format!("the scenario {} of this save cannot be loaded", save.scenario));
        };
        let game = save.replay(Arc::new(scenario))?;
        if crate::rules::save::fingerprint(&game) != save.fingerprint || game.state.turn != save.turn {
            return Err("replaying its actions does not reach the saved state (was the scenario changed?)".into());
        }
        self.players = if save.players.is_empty() { vec![CourtId::Song] } else { save.players.clone() };
        // In hot-seat the turn may be half played: show the court that has yet to end it.
        self.viewer = self.players.iter().copied().find(|s| !game.state.courts[*s].done).unwrap_or(self.players[0]);
        self.game = Some(game);
        self.scenario_path = PathBuf::from(&save.scenario);
        self.after_new_game();
        Ok(())
    }

    /// Carries out an intent; returns the screen to show next, if it changes.
    pub fn apply(&mut self, intent: Intent) -> Option<Screen> {
        match intent {
            Intent::ToTitle => {
                self.rescan();
                return Some(Screen::Title);
            }
            Intent::NewGameScreen => return Some(Screen::NewGame),
            Intent::StartGame => {
                let Some(entry) = self.scenarios.get(self.setup.scenario).cloned() else {
                    self.say("choose a scenario", true);
                    return None;
                };
                let players = if self.setup.hotseat { vec![CourtId::Song, CourtId::Liao] } else { vec![self.setup.side] };
                match self.start(entry.path, self.setup.seed, players, self.setup.difficulty) {
                    Ok(()) => {
                        self.say(format!("A new game begins. You hold the {} court.", self.viewer), false);
                        return Some(if self.setup.hotseat { Screen::Handover } else { Screen::Playing });
                    }
                    Err(e) => self.say(e, true),
                }
            }
            Intent::ContinueLatest => match self.saves.first().cloned() {
                Some(p) => return self.apply(Intent::Load(p)),
                None => self.say("there is no save yet", true),
            },
            Intent::Load(path) => match self.load(path.clone()) {
                Ok(()) => {
                    self.say(format!("Loaded {}", path.display()), false);
                    return Some(self.screen_for_game());
                }
                Err(e) => self.say(format!("The save was refused: {e}"), true),
            },
            Intent::Save => {
                let turn = self.game.as_ref().map_or(0, |g| g.state.turn);
                let path = self.saves_dir.join(format!("turn-{turn:03}.ron"));
                match self.save_to(path.clone()) {
                    Ok(()) => self.say(format!("Saved to {}", path.display()), false),
                    Err(e) => self.say(e, true),
                }
            }
            Intent::Quit => {}
            Intent::Act(action) => {
                self.order(action);
            }
            Intent::ConfirmPending => {
                if let Some((action, _)) = self.pending.take() {
                    let answer = matches!(action, Action::Answer { .. });
                    if self.commit(action) && answer {
                        self.countering = None;
                    }
                }
            }
            Intent::Cancel => {
                if self.pending.take().is_none() {
                    self.selected_army = None;
                    self.selected_place = None;
                }
            }
            Intent::EndTurn => return self.end_turn(),
            Intent::SelectArmy(a) => {
                self.selected_army = a;
                self.tab = Tab::Map;
            }
            Intent::ClickPlace(p) => {
                let game = self.game.as_ref()?;
                match self.selected_army {
                    Some(a) if game.scenario.adjacent(game.state.army(a).at, p) => {
                        self.order(Action::Move { army: a, to: p });
                    }
                    _ => {
                        self.selected_place = Some(p);
                        let viewer = self.viewer;
                        self.selected_army = game.state.armies_of(viewer).find(|(_, a)| a.at == p).map(|(i, _)| i);
                    }
                }
            }
            Intent::Tab(t) => self.tab = t,
            Intent::AddClause(c) => {
                if let Some(g) = &self.game {
                    if !self.draft.iter().any(|t| t.clause == c) && c.index() < g.scenario.clauses.len() {
                        self.draft.push(g.scenario.default_term(c));
                    }
                }
            }
            Intent::RemoveTerm(i) => {
                if i < self.draft.len() {
                    self.draft.remove(i);
                }
            }
            Intent::SetValue { term, param, value } => {
                if let Some(v) = self.draft.get_mut(term).and_then(|t| t.values.get_mut(param)) {
                    *v = value;
                }
            }
            Intent::SendDraft => {
                let terms = self.draft.clone();
                let action = match self.countering {
                    Some(id) => Action::Answer { proposal: id, answer: Answer::Counter(terms) },
                    None => Action::SendEnvoy { terms },
                };
                if self.order(action) {
                    self.countering = None;
                }
            }
            Intent::CounterFrom(id) => {
                if let Some(p) = self.game.as_ref().and_then(|g| g.state.proposals.iter().find(|p| p.id == id)) {
                    self.draft = p.terms.clone();
                    self.countering = Some(id);
                    self.tab = Tab::Table;
                }
            }
            Intent::WhatWouldItTake => {
                let Some(game) = &self.game else { return None };
                let envoy = game.state.courts[self.viewer].envoy;
                match crate::rules::negotiation::counter_offer(game, self.viewer.other(), &self.draft, envoy) {
                    Some(terms) => {
                        self.draft = terms;
                        self.say("This is the nearest draft their court would swear as things stand.", false);
                    }
                    None => self.say("As things stand their court would swear no treaty made from this draft.", true),
                }
            }
            Intent::HandedOver => return Some(Screen::Playing),
            Intent::FinishByComputer => {
                if let Some(g) = &mut self.game {
                    while !g.is_over() {
                        for side in CourtId::BOTH {
                            if !g.state.courts[side].done {
                                ai::take_turn(g, side);
                            }
                        }
                    }
                    return Some(Screen::End);
                }
            }
        }
        None
    }

    fn screen_for_game(&self) -> Screen {
        match &self.game {
            Some(g) if g.is_over() => Screen::End,
            Some(_) => Screen::Playing,
            None => Screen::Title,
        }
    }

    /// An order from the player: checked, warned about if it breaks a clause, then sent.
    /// Returns whether it was carried out.
    fn order(&mut self, action: Action) -> bool {
        let Some(game) = &self.game else { return false };
        if let Err(e) = game.check(self.viewer, &action) {
            self.say(format!("Refused: {e}"), true);
            return false;
        }
        let warnings: Vec<String> = game.breaches(self.viewer, &action).into_iter().map(|w| w.text).collect();
        if !warnings.is_empty() {
            self.pending = Some((action, warnings));
            return false;
        }
        self.commit(action)
    }

    fn commit(&mut self, action: Action) -> bool {
        let Some(game) = &mut self.game else { return false };
        let moved = matches!(action, Action::Move { .. });
        match game.act(self.viewer, action) {
            Ok(()) => {
                self.message = None;
                if moved {
                    // A marched army is done for the turn; keep it selected to show where it stands.
                    self.selected_place = None;
                }
                true
            }
            Err(e) => {
                self.say(format!("Refused: {e}"), true);
                false
            }
        }
    }

    /// Ends the viewer's turn; the computer plays its courts; in hot-seat, the screen passes.
    fn end_turn(&mut self) -> Option<Screen> {
        let viewer = self.viewer;
        let players = self.players.clone();
        let game = self.game.as_mut()?;
        let turn = game.state.turn;
        if let Err(e) = game.act(viewer, Action::EndTurn) {
            self.say(format!("Refused: {e}"), true);
            return None;
        }
        let other = viewer.other();
        if !players.contains(&other) && !game.state.courts[other].done && game.state.turn == turn {
            ai::take_turn(game, other);
        }
        let resolved = game.state.turn != turn;
        let over = game.is_over();
        self.selected_army = None;
        self.pending = None;
        if resolved {
            let autosave = self.saves_dir.join("autosave.ron");
            if let Err(e) = self.save_to(autosave) {
                self.say(e, true);
            }
        }
        if over {
            return Some(Screen::End);
        }
        if players.contains(&other) {
            // Hot-seat: the other player now plays this turn or the next.
            self.viewer = other;
            self.countering = None;
            if let Some(g) = &self.game {
                self.draft = g.scenario.courts[other].personality.opening.clone();
            }
            return Some(Screen::Handover);
        }
        None
    }
}

/// Applies the intents sent this frame and switches screens.
pub fn apply_intents(
    mut intents: MessageReader<Intent>,
    mut session: ResMut<Session>,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    for intent in intents.read() {
        // The game or the screen changes: draw the next frames even if no input comes, since
        // a new screen takes effect a frame later and the window otherwise sleeps.
        redraw.write(bevy::window::RequestRedraw);
        if *intent == Intent::Quit {
            exit.write(AppExit::Success);
            continue;
        }
        if let Some(screen) = session.apply(intent.clone()) {
            next.set(screen);
        }
    }
}
