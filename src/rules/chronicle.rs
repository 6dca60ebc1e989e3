//! The chronicle: every turn's events, kept as small typed entries and told as sentences
//! only when a person reads them.

use crate::rules::ids::*;
use crate::rules::scenario::{Scenario, group_thousands};

/// How a court answered a draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Accept,
    Reject,
    Counter,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    Moved { army: ArmyId, to: PlaceId },
    Battle { at: PlaceId, winner: Side, losses: PerSide<i64> },
    Retreat { army: ArmyId, to: PlaceId },
    Destroyed { army: ArmyId },
    SiegeBegun { army: ArmyId, at: PlaceId },
    SiegeProgress { at: PlaceId, progress: i32 },
    AssaultFailed { army: ArmyId, at: PlaceId, losses: i64 },
    PlaceFell { place: PlaceId, to: Side },
    Fortified { place: PlaceId, level: i32 },
    Hungry { side: Side },
    Event { event: EventId },
    Said { text: String },
    CharacterDied { character: CharId },
    Appointed { character: CharId, army: Option<ArmyId> },
    PolicyTaken { side: Side, policy: PolicyId, on: bool },
    EmperorInField { side: Side, army: ArmyId },
    CourtFled { side: Side },
    EnvoySent { from: Side, envoy: CharId, arrives: u32, proposal: u32 },
    EnvoyDetained { envoy: CharId, by: Side },
    Answered { proposal: u32, by: Side, verdict: Verdict },
    TreatySworn { terms: usize, renewed: bool },
    WarResumes,
    Payment { clause: ClauseId, from: Side, resource: Resource, amount: i64, at: Option<PlaceId> },
    Unpaid { clause: ClauseId, from: Side, resource: Resource, amount: i64 },
    Breach { side: Side, clause: ClauseId },
    CauseForWar { side: Side },
    Expired { clause: ClauseId },
    Objective { side: Side, points: i32 },
    GameOver { reason: String },
}

/// One line of the chronicle: when, who may read it, what happened.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub turn: u32,
    /// `None`: both courts know it. `Some(side)`: a secret of that court.
    pub to: Option<Side>,
    pub entry: Entry,
}

impl Line {
    pub fn visible_to(&self, side: Side) -> bool {
        self.to.is_none_or(|s| s == side)
    }

    /// A word for filtering the chronicle on screen.
    pub fn category(&self) -> &'static str {
        match self.entry {
            Entry::Moved { .. } | Entry::Retreat { .. } | Entry::Destroyed { .. } => "armies",
            Entry::Battle { .. }
            | Entry::SiegeBegun { .. }
            | Entry::SiegeProgress { .. }
            | Entry::AssaultFailed { .. }
            | Entry::PlaceFell { .. }
            | Entry::Fortified { .. } => "war",
            Entry::EnvoySent { .. }
            | Entry::EnvoyDetained { .. }
            | Entry::Answered { .. }
            | Entry::TreatySworn { .. }
            | Entry::WarResumes => "diplomacy",
            Entry::Payment { .. }
            | Entry::Unpaid { .. }
            | Entry::Breach { .. }
            | Entry::CauseForWar { .. }
            | Entry::Expired { .. } => "treaty",
            _ => "court",
        }
    }

    /// The entry as a sentence.
    pub fn text(&self, s: &Scenario) -> String {
        let army = |a: &ArmyId| s.armies[a.index()].name.clone();
        let place = |p: &PlaceId| s.place(*p).name.clone();
        let person = |c: &CharId| s.character(*c).label();
        match &self.entry {
            Entry::Moved { army: a, to } => format!("{} marches to {}.", army(a), place(to)),
            Entry::Battle { at, winner, losses } => format!(
                "Battle at {}: the {winner} carry the field. The Song lose {} men, the Liao {}.",
                place(at),
                group_thousands(losses.song),
                group_thousands(losses.liao)
            ),
            Entry::Retreat { army: a, to } => format!("{} falls back to {}.", army(a), place(to)),
            Entry::Destroyed { army: a } => format!("{} is scattered and ceases to be an army.", army(a)),
            Entry::SiegeBegun { army: a, at } => format!("{} lays siege to {}.", army(a), place(at)),
            Entry::SiegeProgress { at, progress } => {
                format!("The siege of {} goes on ({progress}% of the walls' strength worn down).", place(at))
            }
            Entry::AssaultFailed { army: a, at, losses } => {
                format!(
                    "{} storms the walls of {} and is thrown back, losing {} men.",
                    army(a),
                    place(at),
                    group_thousands(*losses)
                )
            }
            Entry::PlaceFell { place: p, to } => format!("{} falls to the {to}.", place(p)),
            Entry::Fortified { place: p, level } => format!("New walls rise at {} (fortification {level}).", place(p)),
            Entry::Hungry { side } => format!("The {side} granaries are empty: the armies go hungry."),
            Entry::Event { event } => {
                let e = &s.events[event.index()];
                format!("{}: {}", e.name, e.text)
            }
            Entry::Said { text } => text.clone(),
            Entry::CharacterDied { character } => format!("{} is dead.", person(character)),
            Entry::Appointed { character, army: Some(a) } => {
                format!("{} takes command of {}.", person(character), army(a))
            }
            Entry::Appointed { character, army: None } => format!("{} is appointed envoy.", person(character)),
            Entry::PolicyTaken { side, policy, on } => {
                let p = &s.policies[policy.index()];
                if *on {
                    format!("The {side} court resolves: {}.", p.name)
                } else {
                    format!("The {side} court abandons: {}.", p.name)
                }
            }
            Entry::EmperorInField { side, army: a } => {
                let emperor = s.character(s.courts[*side].emperor).label();
                format!("{emperor} takes the field in person with {}.", army(a))
            }
            Entry::CourtFled { side } => format!("The {side} court flees south, out of the enemy's reach."),
            Entry::EnvoySent { from, envoy, arrives, proposal } => format!(
                "The {from} send {} with draft #{proposal} to the {} camp; he will arrive {}.",
                person(envoy),
                from.other(),
                s.calendar.date(*arrives)
            ),
            Entry::EnvoyDetained { envoy, by } => format!("The {by} detain the envoy {}.", person(envoy)),
            Entry::Answered { proposal, by, verdict } => match verdict {
                Verdict::Accept => format!("The {by} accept draft #{proposal}."),
                Verdict::Reject => format!("The {by} reject draft #{proposal}."),
                Verdict::Counter => format!("The {by} answer draft #{proposal} with a counter-offer."),
            },
            Entry::TreatySworn { terms, renewed: false } => {
                format!("Oath letters are exchanged: a treaty of {terms} articles is sworn and the war ends.")
            }
            Entry::TreatySworn { terms, renewed: true } => {
                format!("New oath letters are exchanged: a treaty of {terms} articles replaces the old one.")
            }
            Entry::WarResumes => "The treaty is torn up: the courts are at war again.".into(),
            Entry::Payment { clause, from, resource, amount, at } => format!(
                "Under \"{}\", the {from} deliver {} {}{}.",
                s.clause(*clause).name,
                group_thousands(*amount),
                resource.unit(),
                at.map(|p| format!(" at {}", place(&p))).unwrap_or_default()
            ),
            Entry::Unpaid { clause, from, resource, amount } => format!(
                "The {from} cannot pay the {} {} owed under \"{}\".",
                group_thousands(*amount),
                resource.unit(),
                s.clause(*clause).name
            ),
            Entry::Breach { side, clause } => {
                format!("The {side} break the clause \"{}\"; the {} are told.", s.clause(*clause).name, side.other())
            }
            Entry::CauseForWar { side } => format!("The {side} now hold a just cause for war."),
            Entry::Expired { clause } => format!("The clause \"{}\" has run its course.", s.clause(*clause).name),
            Entry::Objective { side, points } => format!("The {side} score {points} points."),
            Entry::GameOver { reason } => format!("The game ends: {reason}"),
        }
    }
}
