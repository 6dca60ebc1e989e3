//! Where the game finds scenarios, mods and saves on disk.

use crate::rules::ids::CourtId;
use crate::rules::scenario::diagnostic::render;
use crate::rules::scenario::load::load_scenario;
use std::path::{Path, PathBuf};

pub use crate::folders::{data_dir, levels_dir, saves_dir, user_mods_dir};

/// A scenario file found on disk, with the outcome of validating it.
#[derive(Clone, Debug)]
pub struct ScenarioEntry {
    pub path: PathBuf,
    pub title: String,
    pub from_mod: bool,
    pub errors: usize,
    pub warnings: usize,
    /// The validator's report, shown in the game for a broken scenario.
    pub report: String,
    /// The scenario's summary, and each court's name and situation, for the new-game screen.
    pub summary: String,
    pub courts: Vec<EntryCourt>,
}

/// A court of a scenario as the new-game screen shows it.
#[derive(Clone, Debug)]
pub struct EntryCourt {
    pub id: CourtId,
    /// "Great Song 大宋".
    pub name: String,
    pub description: String,
    pub colour: (u8, u8, u8),
    pub playable: bool,
}

impl ScenarioEntry {
    pub fn check(path: &Path, from_mod: bool) -> ScenarioEntry {
        let loaded = load_scenario(path);
        let errors = loaded.errors();
        let title = loaded.scenario.as_ref().map(|s| s.title.clone()).unwrap_or_else(|| file_title(path));
        let (summary, courts) = match &loaded.scenario {
            Some(s) => (
                s.summary.clone(),
                s.courts
                    .iter()
                    .map(|(id, c)| EntryCourt {
                        id,
                        name: crate::rules::scenario::named(&c.long_name, &c.zh),
                        description: c.description.clone(),
                        colour: c.colour,
                        playable: c.playable,
                    })
                    .collect(),
            ),
            None => (String::new(), Vec::new()),
        };
        ScenarioEntry {
            path: path.to_path_buf(),
            title,
            from_mod,
            errors,
            warnings: loaded.diagnostics.len() - errors,
            report: render(&loaded.diagnostics, &loaded.sources),
            summary,
            courts,
        }
    }
}

/// A name for a scenario that cannot be read: its file, or its folder for `*/mod.ron`.
fn file_title(path: &Path) -> String {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    match path.parent().and_then(|p| p.file_name()) {
        Some(dir) if stem == "mod" || stem == "scenario" => dir.to_string_lossy().into_owned(),
        _ => stem,
    }
}

/// Scenario files: `*.ron` directly in a folder, and `*/mod.ron` or `*/scenario.ron` one level down.
/// Files inside a scenario's own folder (its includes) are not listed.
fn scenario_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return out };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_file() && p.extension().is_some_and(|e| e == "ron") {
            out.push(p);
        } else if p.is_dir() {
            for name in ["mod.ron", "scenario.ron"] {
                if p.join(name).is_file() {
                    out.push(p.join(name));
                }
            }
        }
    }
    out
}

/// Every scenario the title screen lists, checked: the game's own, then mods.
pub fn find_scenarios(extra_mods: &[PathBuf]) -> Vec<ScenarioEntry> {
    let levels = levels_dir();
    let mut list: Vec<ScenarioEntry> =
        scenario_files(&levels).iter().filter(|p| !is_campaign(p)).map(|p| ScenarioEntry::check(p, false)).collect();
    let mut mod_dirs = vec![levels.join("mods"), user_mods_dir()];
    mod_dirs.extend(extra_mods.iter().cloned());
    for dir in mod_dirs {
        for p in scenario_files(&dir) {
            list.push(ScenarioEntry::check(&p, true));
        }
    }
    list
}

fn is_campaign(p: &Path) -> bool {
    p.file_name().is_some_and(|n| n.to_string_lossy().contains("campaign"))
}

/// Saves in a folder, newest first.
pub fn list_saves_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut saves: Vec<(std::time::SystemTime, PathBuf)> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .map(|p| (std::fs::metadata(&p).and_then(|m| m.modified()).unwrap_or(std::time::UNIX_EPOCH), p))
        .collect();
    saves.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
    saves.into_iter().map(|(_, p)| p).collect()
}

/// A lesson file found in `levels/lessons/`, with the outcome of checking it.
#[derive(Clone, Debug)]
pub struct LessonEntry {
    pub path: PathBuf,
    pub title: String,
    pub summary: String,
    pub errors: usize,
    /// The validator's report, shown on the title screen for a broken lesson.
    pub report: String,
}

/// Every lesson in the game's `levels/lessons/` folder, checked.
pub fn find_lessons() -> Vec<LessonEntry> {
    crate::rules::lesson::lesson_files(&levels_dir().join("lessons"))
        .into_iter()
        .map(|path| {
            let loaded = crate::rules::lesson::load_lesson(&path);
            let (title, summary) = match &loaded.lesson {
                Some(l) => (l.title.clone(), l.summary.clone()),
                None => (file_title(&path), String::new()),
            };
            LessonEntry {
                title,
                summary,
                errors: loaded.errors(),
                report: render(&loaded.diagnostics, &loaded.sources),
                path,
            }
        })
        .collect()
}
