//! The player's settings kept between runs (the window's language, "reduce motion"), in
//! `settings.ron` in the per-user data folder. A missing, broken or strange file gives the
//! defaults: settings are never a reason not to start.

use crate::locale::Lang;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// What the window remembers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The language's code (`en`, `zh-Hans`); an unknown one is ignored.
    pub language: Option<String>,
    /// The map shows the marks of a turn without moving anything.
    pub reduce_motion: bool,
    /// The size of the interface, 0.5 to 3 (as `--scale`); another value is ignored.
    pub ui_scale: Option<f32>,
}

/// The sizes of the interface the window offers.
pub const UI_SCALES: std::ops::RangeInclusive<f32> = 0.5..=3.0;

/// A settings file is a few lines; anything bigger is not ours.
const MAX_SETTINGS: u64 = 64 * 1024;

impl Settings {
    /// The settings in `path`, or the defaults when it is missing or cannot be read.
    pub fn read(path: &Path) -> Settings {
        let Ok(meta) = std::fs::metadata(path) else { return Settings::default() };
        if !meta.is_file() || meta.len() > MAX_SETTINGS {
            return Settings::default();
        }
        std::fs::read_to_string(path).ok().and_then(|text| ron::from_str(&text).ok()).unwrap_or_default()
    }

    /// Writes them to `path` whole or not at all.
    pub fn write(&self, path: &Path) -> Result<(), String> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .map_err(|e| format!("the settings could not be written: {e}"))?;
        crate::rules::save::write_atomic(path, &format!("{text}\n"))
            .map_err(|e| format!("the settings could not be written to {}: {e}", path.display()))
    }

    /// The language chosen, if it is one the game speaks.
    pub fn language(&self) -> Option<Lang> {
        self.language.as_deref().and_then(Lang::from_code)
    }

    /// The size of the interface chosen, if it is one the window offers.
    pub fn ui_scale(&self) -> Option<f32> {
        self.ui_scale.filter(|s| UI_SCALES.contains(s))
    }

    pub fn set_language(&mut self, lang: Lang) {
        self.language = Some(lang.code().to_string());
    }
}
