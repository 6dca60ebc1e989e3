//! The one integration test binary: the game's rules, negotiation, saves, the validator and
//! the command line, each in its own module.

mod chronicle;
mod common;
mod courts;
mod determinism;
mod encyclopedia;
mod fuzz;
mod gui;
mod guide;
mod inputs;
mod knowledge;
mod lessons;
mod locale;
mod locations;
mod map;
mod negotiation;
mod report;
mod rules;
mod saves;
mod scenarios;
mod sentences;
mod texts;
mod treaty;
mod validate;
mod war;
