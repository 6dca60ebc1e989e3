//! Chanyuan: a turn-based diplomacy game about the Chanyuan Treaty of 1005.
//!
//! [`rules`] is the whole game without a window; [`cli`] drives it from the command line;
//! `gui` (the default feature) shows it in a Bevy window, in the words of [`locale`].

pub mod cli;
pub mod folders;
#[cfg(feature = "gui")]
pub mod gui;
pub mod locale;
pub mod map;
pub mod report;
pub mod rules;
pub mod settings;
