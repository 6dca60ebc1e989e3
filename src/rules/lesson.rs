//! Lessons: a teacher's game set up in a file under `levels/lessons/`. A lesson names its
//! scenario, seed, the courts played by people, the difficulty, a turn limit, a clock for each
//! turn, whether the advisers speak and which events are switched off; it is checked like a
//! scenario, each mistake with its file, line, column and a suggestion. Every group given the
//! same lesson starts the same game.

use crate::rules::game::Game;
use crate::rules::ids::*;
use crate::rules::play::Match;
use crate::rules::scenario::Scenario;
use crate::rules::scenario::compile::Compiler;
use crate::rules::scenario::diagnostic::{Diagnostic, Severity, Source, did_you_mean};
use crate::rules::scenario::load::{begins_like_ron, load_scenario, read_limited, ron_options, syntax_diagnostic};
use crate::rules::scenario::text::Text;
use crate::rules::vocab::Condition;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The lesson file format this build reads.
pub const LESSON_FORMAT: u32 = 1;
/// The shortest and longest clock a turn may have, in seconds.
pub const SECONDS: std::ops::RangeInclusive<u32> = 10..=3600;

/// A lesson file exactly as written.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Lesson")]
pub struct RawLesson {
    pub format: u32,
    pub id: String,
    /// A text in English or in both languages, as a scenario's (`(en: "...", zh: "...")`).
    pub title: Text,
    /// What the class reads before it begins.
    #[serde(default)]
    pub summary: Text,
    /// The scenario file, relative to `levels/` as a save names it (`chanyuan_1004.ron`), or
    /// after `mods:` to the per-user mods folder; else beside the lesson.
    pub scenario: String,
    pub seed: u64,
    /// The courts played by people, by court id; the computer plays the others.
    pub people: Vec<String>,
    /// How far the computer's courts lean to war.
    #[serde(default)]
    pub difficulty: Difficulty,
    /// The game ends after this many turns at most (the scenario's own length if left out).
    #[serde(default)]
    pub turns: Option<u32>,
    /// Seconds each person's court has for a turn, shown as a clock in the window's top bar;
    /// when it runs out, that court's turn is ended with the orders already given.
    #[serde(default)]
    pub seconds_per_turn: Option<u32>,
    /// Whether each person's court hears its ministers' advice (on by default).
    #[serde(default = "on")]
    pub advisers: bool,
    /// Events of the scenario that never happen in this lesson, by event id.
    #[serde(default)]
    pub events_off: Vec<String>,
}

fn on() -> bool {
    true
}

/// The difficulty of the window's new-game screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
pub enum Difficulty {
    /// The computer's courts are readier for peace.
    Gentle,
    #[default]
    AsInHistory,
    /// The computer's courts hold out longer.
    Stubborn,
}

impl Difficulty {
    /// -1, 0 or 1, as the new-game screen's choice.
    pub fn level(self) -> i32 {
        match self {
            Difficulty::Gentle => -1,
            Difficulty::AsInHistory => 0,
            Difficulty::Stubborn => 1,
        }
    }
}

/// The resolve shift of each court at a difficulty: none for the courts people play, ten
/// points a level for the computer's (the new-game screen's rule).
pub fn handicap(courts: usize, people: &[CourtId], level: i32) -> PerCourt<i32> {
    PerCourt::from_fn(courts, |c| if people.contains(&c) { 0 } else { level * 10 })
}

/// A checked lesson, with its scenario loaded and changed as the lesson says.
#[derive(Clone, Debug)]
pub struct Lesson {
    pub path: PathBuf,
    pub id: String,
    pub title: String,
    pub summary: String,
    /// The scenario as the lesson names it, and the file found.
    pub scenario_name: String,
    pub scenario_path: PathBuf,
    /// The scenario with the lesson's turn limit and its events switched off.
    pub scenario: Arc<Scenario>,
    pub seed: u64,
    pub people: Vec<CourtId>,
    pub difficulty: Difficulty,
    pub seconds_per_turn: Option<u32>,
    pub advisers: bool,
    pub turns: Option<u32>,
    pub events_off: Vec<String>,
}

impl Lesson {
    /// The lesson's game at its first turn.
    pub fn new_game(&self) -> Game {
        let handicap = handicap(self.scenario.courts.len(), &self.people, self.difficulty.level());
        Game::with_handicap(self.scenario.clone(), self.seed, handicap)
    }

    /// The lesson's match: its people on their courts, the computer on the others.
    pub fn new_match(&self) -> Match {
        Match::new(self.new_game(), &self.people)
    }
}

/// A scenario as a lesson plays it: no longer than `turns`, and the events named switched
/// off (they never hold, so they never fire nor cast a die). `None` for an unknown event.
pub fn adapt(scenario: &Scenario, turns: Option<u32>, events_off: &[String]) -> Result<Scenario, String> {
    let mut s = scenario.clone();
    if let Some(t) = turns {
        s.calendar.turns = s.calendar.turns.min(t.max(1));
    }
    for id in events_off {
        let e = s.events.iter_mut().find(|e| e.id == *id).ok_or_else(|| format!("no event `{id}` in {}", s.id))?;
        e.when = Condition::Never;
    }
    Ok(s)
}

/// The outcome of loading a lesson: the lesson if it has no errors, and every problem found
/// in it and in its scenario.
#[derive(Debug)]
pub struct LoadedLesson {
    pub lesson: Option<Lesson>,
    pub diagnostics: Vec<Diagnostic>,
    pub sources: Vec<Source>,
}

impl LoadedLesson {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error).count()
    }

    /// The validator's report, or the lesson.
    pub fn into_result(self) -> Result<Lesson, String> {
        match self.lesson {
            Some(l) => Ok(l),
            None => Err(crate::rules::scenario::diagnostic::render(&self.diagnostics, &self.sources)),
        }
    }
}

/// Whether a text is a lesson: a RON structure with `people` and `scenario` at its top level.
pub fn is_lesson_text(text: &str) -> bool {
    #[derive(Deserialize)]
    struct Probe {
        #[serde(default)]
        people: Option<ron::Value>,
        #[serde(default)]
        scenario: Option<ron::Value>,
    }
    #[derive(Deserialize)]
    #[serde(rename = "Lesson")]
    struct Named {
        #[serde(default)]
        people: Option<ron::Value>,
    }
    let plain = ron_options().from_str::<Probe>(text).is_ok_and(|p| p.people.is_some() && p.scenario.is_some());
    plain || ron_options().from_str::<Named>(text).is_ok_and(|p| p.people.is_some())
}

/// Loads and checks a lesson file and its scenario.
pub fn load_lesson(path: &Path) -> LoadedLesson {
    let label = path.display().to_string();
    let text = match read_limited(path) {
        Ok(t) => t,
        Err(e) => return failed(&label, String::new(), e),
    };
    check(path, &label, text)
}

fn failed(label: &str, text: String, message: String) -> LoadedLesson {
    let d = Diagnostic {
        severity: Severity::Error,
        path: label.to_string(),
        line: 0,
        col: 0,
        span: 0..0,
        message,
        suggestion: None,
    };
    LoadedLesson { lesson: None, diagnostics: vec![d], sources: vec![Source { path: label.to_string(), text }] }
}

fn check(path: &Path, label: &str, text: String) -> LoadedLesson {
    if !begins_like_ron(&text) {
        return failed(
            label,
            String::new(),
            "this is not a lesson file: a lesson is written in RON and begins with `(` (after any comments)".into(),
        );
    }
    let source = Source { path: label.to_string(), text };
    let raw = match ron_options().from_str::<RawLesson>(&source.text) {
        Ok(raw) => raw,
        Err(e) => {
            let d = syntax_diagnostic(&source, &e);
            return LoadedLesson { lesson: None, diagnostics: vec![d], sources: vec![source] };
        }
    };
    let mut sources = vec![source];
    let mut found: Vec<Diagnostic> = Vec::new();
    let mut extra_sources = Vec::new();
    let mut lesson = None;
    {
        let mut c = Compiler::new(&sources);
        let err = |c: &mut Compiler, needle: &str, message: String, suggestion: Option<String>| {
            c.report(Severity::Error, needle, message, suggestion);
        };
        if raw.format != LESSON_FORMAT {
            err(
                &mut c,
                "format:",
                format!("lesson format {} is not read by this build", raw.format),
                Some(format!("write `format: {LESSON_FORMAT}`")),
            );
        }
        if raw.id.trim().is_empty() {
            err(
                &mut c,
                "id:",
                "the lesson has no `id`".into(),
                Some("give it a short name such as \"chanzhou\"".into()),
            );
        }
        if raw.title.trim_is_empty() {
            err(&mut c, "title:", "the lesson has no `title`".into(), Some("name it for the class".into()));
        }
        if let Some(s) = raw.seconds_per_turn.filter(|s| !SECONDS.contains(s)) {
            err(
                &mut c,
                "seconds_per_turn",
                format!("a turn's clock of {s} seconds is out of range"),
                Some(format!(
                    "give {} to {} seconds, or leave the field out for no clock",
                    SECONDS.start(),
                    SECONDS.end()
                )),
            );
        }
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let quoted = format!("{:?}", raw.scenario);
        let scenario = match crate::folders::find_scenario(&raw.scenario, Some(dir)) {
            Err(e) => {
                err(
                    &mut c,
                    &quoted,
                    format!(
                        "the lesson's scenario cannot be found: {}",
                        e.replace("the save's scenario", "the scenario")
                    ),
                    Some("name it relative to the game's levels/ folder, as \"chanyuan_1004.ron\"".into()),
                );
                None
            }
            Ok(p) => {
                let loaded = load_scenario(&p);
                match loaded.scenario {
                    Some(s) => Some((p, s)),
                    None => {
                        err(
                            &mut c,
                            &quoted,
                            format!("the lesson's scenario has {} error(s), listed below", loaded.errors()),
                            Some(format!("run `chanyuan validate {}`", p.display())),
                        );
                        found.extend(loaded.diagnostics);
                        extra_sources = loaded.sources;
                        None
                    }
                }
            }
        };
        let mut people = Vec::new();
        if let Some((_, s)) = &scenario {
            if raw.people.is_empty() {
                err(
                    &mut c,
                    "people:",
                    "no court is played by people".into(),
                    Some("name one court or more by id, such as [\"song\"]".into()),
                );
            }
            let ids: Vec<&str> = s.courts.iter().map(|(_, d)| d.id.as_str()).collect();
            for name in &raw.people {
                let needle = format!("{name:?}");
                match s.court_id(name) {
                    None => {
                        let hint = did_you_mean(name, ids.iter().copied())
                            .unwrap_or_else(|| format!("the courts are: {}", ids.join(", ")));
                        err(&mut c, &needle, format!("no court `{name}` in the scenario `{}`", s.id), Some(hint));
                    }
                    Some(id) if !s.courts[id].playable => {
                        err(
                            &mut c,
                            &needle,
                            format!("the {} court is played by the computer only", s.court_name(id)),
                            Some("name a court a person may play".into()),
                        );
                    }
                    Some(id) if people.contains(&id) => {
                        err(&mut c, &needle, format!("the court `{name}` is named twice"), Some("name it once".into()))
                    }
                    Some(id) => people.push(id),
                }
            }
            if let Some(t) = raw.turns
                && (t == 0 || t > s.calendar.turns)
            {
                err(
                    &mut c,
                    "turns:",
                    format!("a turn limit of {t}; the scenario `{}` has {} turns", s.id, s.calendar.turns),
                    Some(format!("give 1 to {}, or leave `turns` out to play the whole scenario", s.calendar.turns)),
                );
            }
            let events: Vec<&str> = s.events.iter().map(|e| e.id.as_str()).collect();
            for id in &raw.events_off {
                if !events.contains(&id.as_str()) {
                    let hint = did_you_mean(id, events.iter().copied())
                        .unwrap_or_else(|| format!("the events are: {}", events.join(", ")));
                    err(&mut c, &format!("{id:?}"), format!("no event `{id}` in the scenario `{}`", s.id), Some(hint));
                }
            }
        }
        let mine = std::mem::take(&mut c.diagnostics);
        let ok = !mine.iter().any(|d| d.severity == Severity::Error);
        found.splice(0..0, mine);
        if ok && let Some((p, s)) = scenario {
            match adapt(&s, raw.turns, &raw.events_off) {
                Ok(adapted) => {
                    lesson = Some(Lesson {
                        path: path.to_path_buf(),
                        id: raw.id.clone(),
                        title: raw.title.to(crate::locale::language()),
                        summary: raw.summary.to(crate::locale::language()),
                        scenario_name: raw.scenario.clone(),
                        scenario_path: p,
                        scenario: Arc::new(adapted),
                        seed: raw.seed,
                        people,
                        difficulty: raw.difficulty,
                        seconds_per_turn: raw.seconds_per_turn,
                        advisers: raw.advisers,
                        turns: raw.turns,
                        events_off: raw.events_off.clone(),
                    })
                }
                Err(e) => found.push(Diagnostic {
                    severity: Severity::Error,
                    path: label.to_string(),
                    line: 0,
                    col: 0,
                    span: 0..0,
                    message: e,
                    suggestion: None,
                }),
            }
        }
    }
    sources.extend(extra_sources);
    LoadedLesson { lesson, diagnostics: found, sources }
}

/// Every lesson file in a folder (`levels/lessons/`), in order of name.
pub fn lesson_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut out: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "ron"))
        .collect();
    out.sort();
    out
}

/// The scenario a save was played on, as it was played: with its lesson's turn limit and
/// events switched off when the save names a lesson.
pub fn scenario_of_save(save: &crate::rules::save::Save, save_path: &Path) -> Result<Arc<Scenario>, String> {
    let shown = save_path.display();
    if let Some(name) = &save.lesson {
        let path = crate::folders::find_scenario(name, save_path.parent())
            .map_err(|e| format!("{shown}: the save's lesson: {e}"))?;
        let lesson =
            load_lesson(&path).into_result().map_err(|e| format!("{shown}: the save's lesson has errors:\n{e}"))?;
        return Ok(lesson.scenario);
    }
    let path = save.scenario_file(save_path).map_err(|e| format!("{shown}: {e}"))?;
    let loaded = load_scenario(&path);
    loaded.scenario.map(Arc::new).ok_or_else(|| {
        format!(
            "the scenario {} has errors:\n{}",
            path.display(),
            crate::rules::scenario::diagnostic::render(&loaded.diagnostics, &loaded.sources)
        )
    })
}
