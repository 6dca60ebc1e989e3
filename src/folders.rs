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
