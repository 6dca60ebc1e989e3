//! Where the game keeps a player's things: the per-user data folder with its saves and
//! mods, found with the `directories` crate (XDG on Linux, Application Support on macOS,
//! AppData on Windows), or `$CHANYUAN_DATA` when it is set.

use std::path::PathBuf;

/// The per-user data folder: `$CHANYUAN_DATA`, else the platform's data directory.
pub fn data_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("CHANYUAN_DATA") {
        return PathBuf::from(d);
    }
    match directories::ProjectDirs::from("", "", "Chanyuan") {
        Some(p) => p.data_dir().to_path_buf(),
        // No home folder at all: beside the working directory.
        None => PathBuf::from(".chanyuan"),
    }
}

/// Where saves go: `data_dir()/saves`.
pub fn saves_dir() -> PathBuf {
    data_dir().join("saves")
}

/// The per-user mods folder, listed on the title screen beside `levels/`.
pub fn user_mods_dir() -> PathBuf {
    data_dir().join("mods")
}

/// The game's own `levels/` folder: beside the working directory, or the source tree's.
pub fn levels_dir() -> PathBuf {
    let here = PathBuf::from("levels");
    if here.is_dir() {
        return here;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("levels")
}

/// `path` as a save names its scenario: relative to the game's `levels/` folder or the
/// per-user mods folder when it lies in one (so moving the game's folder keeps saves
/// working), else as given. Separators are `/` on every machine.
pub fn scenario_ref(path: &std::path::Path) -> String {
    let full = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    for base in [levels_dir(), user_mods_dir()] {
        if let Ok(base) = std::fs::canonicalize(&base)
            && let Ok(rel) = full.strip_prefix(&base)
        {
            let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            return parts.join("/");
        }
    }
    full.display().to_string()
}

/// The scenario file a save names: a relative name is looked for in `levels/`, the per-user
/// mods folder and the save's own folder, in that order; it may not climb out of them with
/// `..`. An absolute name (saves written before names were relative) is taken as it is.
pub fn find_scenario(name: &str, save_dir: Option<&std::path::Path>) -> Result<PathBuf, String> {
    let p = std::path::Path::new(name);
    if p.is_absolute() {
        return Ok(p.to_path_buf());
    }
    if p.components().any(|c| !matches!(c, std::path::Component::Normal(_))) {
        return Err(format!(
            "the save names its scenario {name:?}, which leaves the game's folders; a save names a scenario inside levels/ or the mods folder"
        ));
    }
    let mut bases = vec![levels_dir(), user_mods_dir()];
    bases.extend(save_dir.map(std::path::Path::to_path_buf));
    bases.iter().map(|b| b.join(p)).find(|c| c.is_file()).ok_or_else(|| {
        format!(
            "the save's scenario {name:?} is not in {}",
            bases.iter().map(|b| b.display().to_string()).collect::<Vec<_>>().join(", ")
        )
    })
}
