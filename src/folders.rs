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

/// Where the end screen writes debrief reports: `data_dir()/reports`.
pub fn reports_dir() -> PathBuf {
    data_dir().join("reports")
}

/// The per-user mods folder, listed on the title screen beside `levels/`.
pub fn user_mods_dir() -> PathBuf {
    data_dir().join("mods")
}

/// The player's settings (the window's language): `data_dir()/settings.ron`.
pub fn settings_file() -> PathBuf {
    data_dir().join("settings.ron")
}

/// The game's own `assets/` folder (fonts, the window's words): beside the working directory,
/// or the source tree's, as `levels/` is found.
pub fn assets_dir() -> PathBuf {
    let here = PathBuf::from("assets");
    if here.is_dir() {
        return here;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets")
}

/// The game's own `levels/` folder: beside the working directory, or the source tree's.
pub fn levels_dir() -> PathBuf {
    let here = PathBuf::from("levels");
    if here.is_dir() {
        return here;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("levels")
}

/// The prefix of a scenario name relative to the per-user mods folder, in a save.
const USER_MODS: &str = "mods:";

/// `path` as a save names its scenario: relative to the game's `levels/` folder
/// (`chanyuan_1004.ron`) or, after `mods:`, to the per-user mods folder (`mods:my_mod.ron`),
/// so moving the game's folder keeps saves working; else its full path. Separators are `/`
/// on every machine.
pub fn scenario_ref(path: &std::path::Path) -> String {
    let full = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    for (base, prefix) in [(levels_dir(), ""), (user_mods_dir(), USER_MODS)] {
        if let Ok(base) = std::fs::canonicalize(&base)
            && let Ok(rel) = full.strip_prefix(&base)
        {
            let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            return format!("{prefix}{}", parts.join("/"));
        }
    }
    full.display().to_string()
}

/// The scenario file a save names. A name is looked for in `levels/` (or, after `mods:`, the
/// per-user mods folder), then beside the save; it may not climb out with `..`. A full path
/// (a save of an earlier version, or of a scenario kept elsewhere) is taken if it lies in
/// `levels/`, the user mods folder or the save's own folder, or is a `.ron` file once links
/// are followed: a save handed on cannot make the game read any other kind of file.
pub fn find_scenario(name: &str, save_dir: Option<&std::path::Path>) -> Result<PathBuf, String> {
    let (rel, bases) = match name.strip_prefix(USER_MODS) {
        Some(rel) => (rel, vec![user_mods_dir()]),
        None => (name, vec![levels_dir()]),
    };
    let mut bases = bases;
    bases.extend(save_dir.map(std::path::Path::to_path_buf));
    let p = std::path::Path::new(rel);
    if p.is_absolute() {
        let mut roots = vec![levels_dir(), user_mods_dir()];
        roots.extend(save_dir.map(std::path::Path::to_path_buf));
        let inside = |full: &std::path::Path| {
            roots.iter().filter_map(|b| std::fs::canonicalize(b).ok()).any(|b| full.starts_with(b))
        };
        return match std::fs::canonicalize(p) {
            Ok(full) if inside(&full) || full.extension().is_some_and(|e| e == "ron") => Ok(full),
            Ok(_) => Err(format!(
                "the save names its scenario at {name:?}, which is no `.ron` file in the game's levels or mods folders or beside the save"
            )),
            Err(e) => Err(format!("the save's scenario {name:?} cannot be found: {e}")),
        };
    }
    if p.components().any(|c| !matches!(c, std::path::Component::Normal(_))) {
        return Err(format!(
            "the save names its scenario {name:?}, which leaves the game's folders; a save names a scenario inside levels/ or the mods folder"
        ));
    }
    bases.iter().map(|b| b.join(p)).find(|c| c.is_file()).ok_or_else(|| {
        let tried: Vec<String> = bases.iter().map(|b| b.display().to_string()).collect();
        format!("the save's scenario {name:?} is not in {}", tried.join(", "))
    })
}
