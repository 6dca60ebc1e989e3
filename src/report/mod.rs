//! The debrief report for the classroom: `chanyuan report SAVE -o DIR` writes one game's
//! report, and `chanyuan report --class DIR -o OUT` one page comparing every group's save,
//! each as a self-contained HTML page (inline SVG charts, a print stylesheet for A4) and a
//! Markdown copy. No Bevy here: it builds with the rules core alone, and the end screen calls
//! the same code.

pub mod charts;
pub mod class;
pub mod debrief;
pub mod history;
pub mod html;
pub mod markdown;
pub mod questions;
pub mod teacher;

use crate::rules::save::{Save, write_atomic};
use crate::rules::scenario::Scenario;
use debrief::Debrief;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A sum as the game writes it: "100,000".
pub fn sum(n: i64) -> String {
    crate::rules::scenario::group_thousands(n)
}

/// The two files a report is written as.
#[derive(Clone, Debug, PartialEq)]
pub struct Written {
    pub html: PathBuf,
    pub markdown: PathBuf,
}

/// Writes a page and its Markdown copy into `dir` as `stem.html` and `stem.md`, each whole or
/// not at all.
fn write_pair(dir: &Path, stem: &str, html: &str, markdown: &str) -> Result<Written, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot make the folder {}: {e}", dir.display()))?;
    let written = Written { html: dir.join(format!("{stem}.html")), markdown: dir.join(format!("{stem}.md")) };
    for (path, text) in [(&written.html, html), (&written.markdown, markdown)] {
        write_atomic(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        // A report is handed round: readable by others, as a page a browser saves is.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644));
        }
    }
    Ok(written)
}

/// The report's file name for a game: the save's own name, or the scenario and seed.
fn stem_of(save_path: Option<&Path>, d: &Debrief) -> String {
    let base = save_path
        .and_then(|p| p.file_stem())
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| format!("{}-seed{}", d.scenario_id, d.seed));
    // Only letters, digits, '-' and '_' in a name the report makes.
    let clean: String =
        base.chars().map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).collect();
    format!("{clean}-debrief")
}

/// Writes the debrief of a game held as a save (the end screen's button): `save_path` names
/// the report after the save file when there is one.
pub fn write_debrief(
    save: &Save,
    scenario: Arc<Scenario>,
    save_path: Option<&Path>,
    dir: &Path,
) -> Result<Written, String> {
    let d = Debrief::of_save(save, scenario)?;
    write_pair(dir, &stem_of(save_path, &d), &html::debrief(&d), &markdown::debrief(&d))
}

/// Writes the class report of every save in `saves` into `dir` as `class-report.html` and
/// `.md`; `read` loads and replays one save (the command line's save loader).
pub fn write_class(
    saves: &Path,
    dir: &Path,
    read: &mut dyn FnMut(&Path) -> Result<Debrief, String>,
) -> Result<(Written, class::ClassReport), String> {
    let c = class::ClassReport::read(saves, read)?;
    let written = write_pair(dir, "class-report", &html::class(&c), &markdown::class(&c))?;
    Ok((written, c))
}
