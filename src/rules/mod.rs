//! The rules core: state, actions, turns, battles, the treaty engine, negotiation, the
//! computer's courts and scenario loading. Nothing here knows about Bevy.

pub mod advice;
pub mod ai;
pub mod battle;
pub mod belief;
pub mod campaign;
pub mod chronicle;
pub mod effects;
pub mod encyclopedia;
pub mod game;
pub mod glossary;
pub mod ids;
pub mod lesson;
pub mod negotiation;
pub mod play;
pub mod save;
pub mod scenario;
pub mod score;
pub mod simulate;
pub mod spec;
pub mod state;
pub mod treaty;
pub mod turn;
pub mod view;
pub mod vocab;
