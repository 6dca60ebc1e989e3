//! The window's hold on a game: the rules core's [`Match`] (the game and who plays each
//! court), whose screen is shown, and what the player is doing (a selected army, a draft on
//! the table). Clicks become [`Intent`]s; [`Session::apply`] turns them into the same
//! actions the command line sends.

use super::paths::{self, ScenarioEntry};
use crate::locale::{tr, tr_args};
use crate::rules::game::{Action, Answer, Game};
use crate::rules::ids::*;
use crate::rules::play::Match;
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
    /// Hot-seat: the screen is passed to the next person's court; its secrets stay hidden till then.
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

    /// Its name on the tab, with its key, in the window's language.
    pub fn label(self) -> String {
        crate::locale::tr(match self {
            Tab::Map => "tab-map",
            Tab::Court => "tab-court",
            Tab::Table => "tab-table",
            Tab::Ledger => "tab-ledger",
            Tab::Chronicle => "tab-chronicle",
        })
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
    /// "What would it take?": the nearest draft the counterpart would swear, as far as your
    /// court can foresee it, replaces yours.
    WhatWouldItTake,
    /// The court the draft on the table is meant for.
    Counterpart(CourtId),
    HandedOver,
    /// Begin the lesson of this file (the title screen's Lessons, or `--lesson`).
    StartLesson(PathBuf),
    /// The lesson's clock for this turn has run out: the viewer's turn is ended.
    TimeUp,
    /// The computer plays the rest of the game for every side (the automatic check).
    FinishByComputer,
    /// The window's language, chosen on the title screen and remembered.
    Language(crate::locale::Lang),
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
    /// In hot-seat, which courts people play (by position in the scenario's courts).
    pub people: Vec<bool>,
}

/// How many turns' autosaves are kept.
pub const AUTOSAVES_KEPT: usize = 5;

/// What the table's estimate of a draft was worked out from: the scenario (a reloaded file is
/// another), the game as far as it has been played (turn and actions), who sends what to
/// whom, and by which envoy.
type EstimateKey = (usize, u32, usize, CourtId, CourtId, Option<CharId>, Vec<Term>);

#[derive(Resource)]
pub struct Session {
    /// The table's last estimate and what it was made from: foresight weighs the draft over
    /// and over, too much for every frame.
    estimate: Option<(EstimateKey, crate::rules::negotiation::Estimate)>,
    pub scenarios: Vec<ScenarioEntry>,
    pub extra_mods: Vec<PathBuf>,
    pub setup: Setup,
    pub game: Option<Match>,
    pub scenario_path: PathBuf,
    /// The court whose screen is shown.
    pub viewer: CourtId,
    /// The court the draft on the table is meant for.
    pub counterpart: CourtId,
    pub tab: Tab,
    pub selected_army: Option<ArmyId>,
    pub selected_place: Option<PlaceId>,
    pub draft: Vec<Term>,
    pub countering: Option<u32>,
    /// An order waiting for "break the clause anyway?".
    pub pending: Option<(Action, Vec<String>)>,
    /// The last message for the player, and whether it is an error.
    pub message: Option<(String, bool)>,
    pub saves_dir: PathBuf,
    /// Errors of a scenario edit that did not load; the last good version stays in use.
    pub reload_errors: Option<String>,
    pub ui_scale: f32,
    pub last_save: Option<PathBuf>,
    /// The saves in `saves_dir`, newest first: read when the title is shown or a game saved,
    /// not every frame.
    pub saves: Vec<PathBuf>,
    /// The lessons in `levels/lessons/`, checked, for the title screen.
    pub lessons: Vec<paths::LessonEntry>,
    /// The lesson the game in progress was begun from: its clock and whether advisers speak.
    pub lesson: Option<crate::rules::lesson::Lesson>,
    /// When the viewer's turn began on screen, while the lesson has a clock.
    pub turn_clock: Option<std::time::Instant>,
}

impl Session {
    pub fn new(extra_mods: Vec<PathBuf>) -> Session {
        let scenarios = paths::find_scenarios(&extra_mods);
        let saves_dir = paths::saves_dir();
        let first_ok = scenarios.iter().position(|s| s.errors == 0).unwrap_or(0);
        Session {
            estimate: None,
            scenarios,
            extra_mods,
            setup: Setup {
                scenario: first_ok,
                side: CourtId(0),
                difficulty: 0,
                seed: 1005,
                hotseat: false,
                people: Vec::new(),
            },
            game: None,
            scenario_path: PathBuf::new(),
            viewer: CourtId(0),
            counterpart: CourtId(1),
            tab: Tab::Map,
            selected_army: None,
            selected_place: None,
            draft: Vec::new(),
            countering: None,
            pending: None,
            message: None,
            saves: paths::list_saves_in(&saves_dir),
            saves_dir,
            reload_errors: None,
            ui_scale: 1.0,
            last_save: None,
            lessons: paths::find_lessons(),
            lesson: None,
            turn_clock: None,
        }
    }

    /// Reads the scenarios and saves on disk again.
    pub fn rescan(&mut self) {
        self.scenarios = paths::find_scenarios(&self.extra_mods);
        self.saves = paths::list_saves_in(&self.saves_dir);
        self.lessons = paths::find_lessons();
    }

    /// Whether the viewer's ministers advise: always, unless the lesson turns them off.
    pub fn advisers_on(&self) -> bool {
        self.lesson.as_ref().is_none_or(|l| l.advisers)
    }

    /// Seconds left of the viewer's turn on the lesson's clock, if it has one and it runs.
    pub fn seconds_left(&self) -> Option<u64> {
        let limit = self.lesson.as_ref()?.seconds_per_turn? as u64;
        let started = self.turn_clock?;
        Some(limit.saturating_sub(started.elapsed().as_secs()))
    }

    /// Starts the clock of the viewer's turn, if the lesson has one.
    fn start_clock(&mut self) {
        let timed = self.lesson.as_ref().is_some_and(|l| l.seconds_per_turn.is_some());
        self.turn_clock = timed.then(std::time::Instant::now);
    }

    /// Begins a lesson's game: its scenario, seed, difficulty and people, as every group that
    /// is given the lesson begins it. Returns the screen to show: the hand-over screen in
    /// hot-seat, else the court.
    pub fn start_lesson(&mut self, path: &std::path::Path) -> Result<Screen, String> {
        let lesson = crate::rules::lesson::load_lesson(path).into_result().map_err(|e| {
            tr_args("msg-lesson-errors", &[("path", path.display().to_string().into()), ("errors", e.into())])
        })?;
        self.game = Some(lesson.new_match());
        self.scenario_path = std::fs::canonicalize(&lesson.scenario_path).unwrap_or(lesson.scenario_path.clone());
        let hot_seat = lesson.people.len() > 1;
        self.lesson = Some(lesson);
        self.viewer = self.next_viewer();
        self.after_new_game();
        self.turn_clock = None;
        if hot_seat {
            return Ok(Screen::Handover);
        }
        self.start_clock();
        Ok(self.screen_for_game())
    }

    /// The estimate of the draft on the table, sent by `side` to `other` by `envoy`; made
    /// again only when the game, the draft, the counterpart or the envoy has changed.
    pub fn draft_estimate(
        &mut self,
        game: &Game,
        side: CourtId,
        other: CourtId,
        envoy: Option<CharId>,
    ) -> crate::rules::negotiation::Estimate {
        let scenario = Arc::as_ptr(&game.scenario) as usize;
        let key = (scenario, game.state().turn, game.log().len(), side, other, envoy, self.draft.clone());
        match &self.estimate {
            Some((k, e)) if *k == key => e.clone(),
            _ => {
                let e = crate::rules::negotiation::estimate(game, side, other, &self.draft, envoy);
                self.estimate = Some((key, e.clone()));
                e
            }
        }
    }

    fn say(&mut self, text: impl Into<String>, error: bool) {
        self.message = Some((text.into(), error));
    }

    /// The game in progress.
    pub fn game(&self) -> Option<&Game> {
        self.game.as_ref().map(Match::game)
    }

    /// The courts people play.
    pub fn players(&self) -> Vec<CourtId> {
        self.game.as_ref().map(Match::people).unwrap_or_default()
    }

    /// The court whose screen should be shown: the person's court that acts next.
    fn next_viewer(&self) -> CourtId {
        let Some(m) = &self.game else { return self.viewer };
        let people = m.people();
        m.to_move().filter(|c| people.contains(c)).or(people.first().copied()).unwrap_or(self.viewer)
    }

    /// Starts a game; the computer plays every court not in `players`.
    pub fn start(&mut self, path: PathBuf, seed: u64, players: Vec<CourtId>, difficulty: i32) -> Result<(), String> {
        let loaded = load_scenario(&path);
        let Some(scenario) = loaded.scenario else {
            return Err(tr_args(
                "msg-scenario-broken",
                &[("path", path.display().to_string().into()), ("n", loaded.errors().into())],
            ));
        };
        if let Some(c) = players.iter().find(|c| scenario.courts.get(**c).is_none_or(|d| !d.playable)) {
            return Err(tr_args(
                "msg-court-not-playable",
                &[("n", (c.index() + 1).into()), ("scenario", scenario.id.clone().into())],
            ));
        }
        let handicap =
            PerCourt::from_fn(scenario.courts.len(), |c| if players.contains(&c) { 0 } else { difficulty * 10 });
        let game = Game::with_handicap(Arc::new(scenario), seed, handicap);
        self.game = Some(Match::new(game, &players));
        self.lesson = None;
        self.turn_clock = None;
        // Its full path: a save names it relative to `levels/` or the mods folder where it lies in one.
        self.scenario_path = std::fs::canonicalize(&path).unwrap_or(path);
        self.viewer = self.next_viewer();
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
        self.counterpart = self.default_counterpart();
        self.reset_draft();
    }

    /// The court a new draft goes to: one at war with the viewer, else one bound to it by
    /// treaty, else any other.
    fn default_counterpart(&self) -> CourtId {
        let Some(g) = self.game() else { return self.counterpart };
        let v = self.viewer;
        let others: Vec<CourtId> = g.scenario.court_ids().filter(|c| *c != v).collect();
        others
            .iter()
            .copied()
            .find(|c| g.state.at_war_with(v, *c))
            .or(others.iter().copied().find(|c| g.state.treaty_between(v, *c).is_some()))
            .or(others.first().copied())
            .unwrap_or(v)
    }

    /// Who carries the draft on the table: the envoy who brought the draft being answered,
    /// or the viewer's own. The table's estimate and "What would it take?" both ask this.
    pub fn draft_envoy(&self, game: &Game) -> Option<CharId> {
        match self.countering {
            Some(id) => game.state.proposals.iter().find(|p| p.id == id).map(|p| p.envoy),
            None => game.state.courts[self.viewer].envoy,
        }
    }

    /// The viewer's opening toward the counterpart, as the draft on the table.
    fn reset_draft(&mut self) {
        let (v, c) = (self.viewer, self.counterpart);
        if let Some(g) = self.game() {
            self.draft = g.scenario.courts[v].personality.openings.get(c).cloned().unwrap_or_default();
        }
    }

    /// Saves the turn just resolved as `autosave-NNN.ron`, keeping the last five turns' so a
    /// bad turn can be taken back without losing the game.
    fn autosave(&mut self) {
        let turn = self.game().map_or(0, |g| g.state.turn);
        if let Err(e) = self.save_to(self.saves_dir.join(format!("autosave-{turn:03}.ron"))) {
            self.say(e, true);
            return;
        }
        let mut autosaves: Vec<PathBuf> =
            std::fs::read_dir(&self.saves_dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
        autosaves.retain(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("autosave-")));
        autosaves.sort();
        let stale: Vec<&PathBuf> = autosaves.iter().rev().skip(AUTOSAVES_KEPT).collect();
        for old in &stale {
            let _ = std::fs::remove_file(old);
        }
        // `save_to` has listed the folder already; again only if an old autosave went.
        if !stale.is_empty() {
            self.saves = paths::list_saves_in(&self.saves_dir);
        }
    }

    pub fn save_to(&mut self, path: PathBuf) -> Result<(), String> {
        let players = self.players();
        let Some(game) = self.game() else { return Err(tr("msg-no-game")) };
        let mut save = Save::of(game, &self.scenario_path.to_string_lossy(), &players, None);
        if let Some(l) = &self.lesson {
            save = save.with_lesson(&l.path);
        }
        write_atomic(&path, &save.to_ron()).map_err(|e| {
            tr_args("msg-save-failed", &[("path", path.display().to_string().into()), ("why", e.to_string().into())])
        })?;
        self.last_save = Some(path);
        self.saves = paths::list_saves_in(&self.saves_dir);
        Ok(())
    }

    pub fn load(&mut self, path: PathBuf) -> Result<(), String> {
        let save = Save::read(&path)?;
        let scenario_path = save.scenario_file(&path)?;
        // A lesson's save is played on as the lesson set it: its turn limit, clock and advisers.
        let lesson = match &save.lesson {
            Some(name) => {
                let file = crate::folders::find_scenario(name, path.parent())?;
                Some(crate::rules::lesson::load_lesson(&file).into_result()?)
            }
            None => None,
        };
        let scenario = match &lesson {
            Some(l) => l.scenario.clone(),
            None => {
                let loaded = load_scenario(&scenario_path);
                let Some(scenario) = loaded.scenario else {
                    return Err(tr_args("msg-save-scenario-broken", &[("scenario", save.scenario.clone().into())]));
                };
                Arc::new(scenario)
            }
        };
        let mut players = save.player_courts(&scenario)?;
        let game = save.replay_checked(scenario)?;
        // A save of the computer alone (a simulation, a campaign) is played on by a person
        // from the first court a person may play.
        if players.is_empty() {
            match game.scenario.courts.iter().find(|(_, c)| c.playable) {
                Some((c, _)) => players.push(c),
                None => return Err(tr("msg-save-no-playable")),
            }
        }
        // In hot-seat the turn may be half played: the match shows the court that has yet to end it.
        self.game = Some(Match::new(game, &players));
        self.viewer = self.next_viewer();
        self.scenario_path = scenario_path;
        self.lesson = lesson;
        self.after_new_game();
        self.start_clock();
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
                    self.say(tr("msg-choose-scenario"), true);
                    return None;
                };
                let players: Vec<CourtId> = if self.setup.hotseat {
                    self.setup.people.iter().enumerate().filter(|(_, on)| **on).map(|(i, _)| CourtId(i as u8)).collect()
                } else {
                    vec![self.setup.side]
                };
                if self.setup.hotseat && players.len() < 2 {
                    self.say(tr("msg-hotseat-two"), true);
                    return None;
                }
                match self.start(entry.path, self.setup.seed, players, self.setup.difficulty) {
                    Ok(()) => {
                        if !self.setup.hotseat {
                            let name =
                                self.game().map(|g| g.scenario.court_name(self.viewer).to_string()).unwrap_or_default();
                            self.say(tr_args("msg-new-game", &[("court", name.into())]), false);
                        }
                        return Some(if self.setup.hotseat { Screen::Handover } else { Screen::Playing });
                    }
                    Err(e) => self.say(e, true),
                }
            }
            Intent::ContinueLatest => match self.saves.first().cloned() {
                Some(p) => return self.apply(Intent::Load(p)),
                None => self.say(tr("msg-no-save-yet"), true),
            },
            Intent::Load(path) => match self.load(path.clone()) {
                Ok(()) => {
                    self.say(tr_args("msg-loaded", &[("path", path.display().to_string().into())]), false);
                    return Some(self.screen_for_game());
                }
                Err(e) => self.say(tr_args("msg-save-refused", &[("why", e.into())]), true),
            },
            Intent::Save => {
                let turn = self.game().map_or(0, |g| g.state.turn);
                let path = self.saves_dir.join(format!("turn-{turn:03}.ron"));
                match self.save_to(path.clone()) {
                    Ok(()) => self.say(tr_args("msg-saved", &[("path", path.display().to_string().into())]), false),
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
                let game = self.game.as_ref()?.game();
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
                let parties = (self.viewer, self.counterpart);
                if let Some(g) = self.game()
                    && !self.draft.iter().any(|t| t.clause == c)
                    && c.index() < g.scenario.clauses.len()
                {
                    let term = g.scenario.default_term_between(c, parties);
                    self.draft.push(term);
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
                    None => Action::SendEnvoy { to: self.counterpart, terms },
                };
                if self.order(action) {
                    self.countering = None;
                }
            }
            Intent::CounterFrom(id) => {
                let found = self.game().and_then(|g| g.state.proposals.iter().find(|p| p.id == id));
                if let Some((terms, from)) = found.map(|p| (p.terms.clone(), p.from)) {
                    self.draft = terms;
                    self.counterpart = from;
                    self.countering = Some(id);
                    self.tab = Tab::Table;
                }
            }
            Intent::WhatWouldItTake => {
                use crate::rules::negotiation::{foreseen_counter_offer, foresight};
                let game = self.game()?;
                let envoy = self.draft_envoy(game);
                // Our court's foresight, not their mind: exact only with an envoy who knows it.
                let grounds = foresight(game, self.viewer, self.counterpart, envoy);
                let exact = !grounds.believed;
                match foreseen_counter_offer(game, &grounds, &self.draft, envoy) {
                    Some(terms) => {
                        self.draft = terms;
                        self.say(tr(if exact { "msg-nearest-exact" } else { "msg-nearest-estimate" }), false);
                    }
                    None => self.say(tr("msg-nearest-none"), true),
                }
            }
            Intent::Counterpart(c) => {
                let valid = self.game().is_some_and(|g| g.scenario.courts.get(c).is_some()) && c != self.viewer;
                if valid && c != self.counterpart {
                    self.counterpart = c;
                    self.countering = None;
                    self.reset_draft();
                }
            }
            Intent::HandedOver => {
                self.start_clock();
                return Some(Screen::Playing);
            }
            Intent::StartLesson(path) => match self.start_lesson(&path) {
                Ok(screen) => {
                    let title = self.lesson.as_ref().map(|l| l.title.clone()).unwrap_or_default();
                    self.say(tr_args("msg-lesson-begins", &[("title", title.into())]), false);
                    return Some(screen);
                }
                Err(e) => self.say(e, true),
            },
            Intent::TimeUp => {
                // Only when the clock has truly run out: a late frame after the turn ended does nothing.
                if self.seconds_left() != Some(0) {
                    return None;
                }
                let name = self.game().map(|g| g.scenario.court_name(self.viewer).to_string()).unwrap_or_default();
                self.pending = None;
                self.turn_clock = None;
                let screen = self.end_turn();
                // Everyone may know that a court's time ran out; what it had not yet sent is lost.
                self.say(tr_args("msg-time-up", &[("court", name.into())]), false);
                return screen;
            }
            Intent::FinishByComputer => {
                if let Some(m) = self.game.take() {
                    self.game = Some(Match::computer_only(m.into_game()));
                    // The game as it ended is saved, for the class report and a later debrief,
                    // and the end screen says where.
                    self.autosave();
                    if let Some(path) = self.last_save.clone().filter(|_| self.message.as_ref().is_none_or(|m| !m.1)) {
                        self.say(tr_args("msg-saved", &[("path", path.display().to_string().into())]), false);
                    }
                    return Some(Screen::End);
                }
            }
            Intent::Language(lang) => {
                // Shown at once; remembered for the next run (a failure to write is only said).
                crate::locale::set_language(lang);
                let path = crate::folders::settings_file();
                let mut settings = crate::settings::Settings::read(&path);
                settings.set_language(lang);
                match settings.write(&path) {
                    Ok(()) => self.message = None,
                    Err(e) => self.say(e, true),
                }
                // The scenarios' names, and a game in hand, are read again in the new language
                // (the game replays to the same state: the state holds no words).
                self.rescan();
                if self.game().is_some_and(|g| g.scenario.lang != lang) {
                    crate::gui::reload::reload(self);
                    self.message = None;
                }
            }
        }
        None
    }

    fn screen_for_game(&self) -> Screen {
        match &self.game {
            Some(m) if m.game().is_over() => Screen::End,
            Some(_) => Screen::Playing,
            None => Screen::Title,
        }
    }

    /// An order from the player: checked, warned about if it breaks a clause, then sent.
    /// Returns whether it was carried out.
    fn order(&mut self, action: Action) -> bool {
        let Some(game) = self.game() else { return false };
        if let Err(e) = game.check(self.viewer, &action) {
            self.say(tr_args("msg-refused", &[("why", e.to_string().into())]), true);
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
        let Some(m) = &mut self.game else { return false };
        let moved = matches!(action, Action::Move { .. });
        match m.act(self.viewer, action) {
            Ok(()) => {
                self.message = None;
                if moved {
                    // A marched army is done for the turn; keep it selected to show where it stands.
                    self.selected_place = None;
                }
                true
            }
            Err(e) => {
                self.say(tr_args("msg-refused", &[("why", e.to_string().into())]), true);
                false
            }
        }
    }

    /// Ends the viewer's turn; the match plays the computer's courts; in hot-seat, the screen
    /// passes to the next person's court.
    fn end_turn(&mut self) -> Option<Screen> {
        let viewer = self.viewer;
        let m = self.game.as_mut()?;
        let turn = m.game().state.turn;
        if let Err(e) = m.act(viewer, Action::EndTurn) {
            self.say(tr_args("msg-refused", &[("why", e.to_string().into())]), true);
            return None;
        }
        let resolved = m.game().state.turn != turn;
        let over = m.game().is_over();
        let next = self.next_viewer();
        self.selected_army = None;
        self.pending = None;
        if resolved {
            self.autosave();
        }
        if over {
            self.turn_clock = None;
            return Some(Screen::End);
        }
        if next == viewer {
            self.start_clock();
        } else {
            self.turn_clock = None;
        }
        if next != viewer {
            // Hot-seat: the next person's court now plays this turn or the next.
            self.viewer = next;
            // The last player's messages are theirs: the next sees none of them.
            self.message = None;
            self.countering = None;
            self.counterpart = self.default_counterpart();
            self.reset_draft();
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
