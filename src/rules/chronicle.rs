//! The chronicle: every turn's events, kept as small typed entries and told as sentences
//! only when a person reads them.

use crate::rules::ids::*;
use crate::rules::scenario::{Scenario, group_thousands};

/// How a court answered a draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Verdict {
    Accept,
    Reject,
    Counter,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub enum Entry {
    Moved {
        army: ArmyId,
        to: PlaceId,
    },
    Battle {
        at: PlaceId,
        winner: CourtId,
        loser: CourtId,
        winner_lost: i64,
        loser_lost: i64,
    },
    Retreat {
        army: ArmyId,
        to: PlaceId,
    },
    Destroyed {
        army: ArmyId,
    },
    SiegeBegun {
        army: ArmyId,
        at: PlaceId,
    },
    SiegeProgress {
        at: PlaceId,
        progress: i32,
    },
    AssaultFailed {
        army: ArmyId,
        at: PlaceId,
        losses: i64,
    },
    PlaceFell {
        place: PlaceId,
        to: CourtId,
    },
    /// An assault that carries the walls.
    Stormed {
        army: ArmyId,
        at: PlaceId,
    },
    /// A place handed over by a treaty or an event, not taken by arms.
    PlaceCeded {
        place: PlaceId,
        to: CourtId,
    },
    Fortified {
        place: PlaceId,
        level: i32,
    },
    Hungry {
        side: CourtId,
    },
    Event {
        event: EventId,
    },
    Said {
        text: String,
    },
    CharacterDied {
        character: CharId,
    },
    Appointed {
        character: CharId,
        army: Option<ArmyId>,
    },
    PolicyTaken {
        side: CourtId,
        policy: PolicyId,
        on: bool,
    },
    EmperorInField {
        side: CourtId,
        army: ArmyId,
    },
    CourtFled {
        side: CourtId,
    },
    EnvoySent {
        from: CourtId,
        to: CourtId,
        envoy: CharId,
        arrives: u32,
        proposal: u32,
    },
    EnvoyDetained {
        envoy: CharId,
        by: CourtId,
    },
    Answered {
        proposal: u32,
        by: CourtId,
        verdict: Verdict,
    },
    TreatySworn {
        between: (CourtId, CourtId),
        terms: usize,
        renewed: bool,
    },
    WarResumes {
        between: (CourtId, CourtId),
    },
    /// A treaty torn up between courts that stay at peace (the scenario's `peace`).
    TreatyLapsed {
        between: (CourtId, CourtId),
    },
    Payment {
        clause: ClauseId,
        from: CourtId,
        resource: Resource,
        amount: i64,
        at: Option<PlaceId>,
    },
    Unpaid {
        clause: ClauseId,
        from: CourtId,
        resource: Resource,
        amount: i64,
    },
    Breach {
        side: CourtId,
        wronged: CourtId,
        clause: ClauseId,
    },
    CauseForWar {
        side: CourtId,
        against: CourtId,
    },
    Expired {
        clause: ClauseId,
    },
    Objective {
        side: CourtId,
        points: i32,
    },
    /// A court learns another's mind and means exactly (a captured letter).
    MindRevealed {
        learner: CourtId,
        of: CourtId,
    },
    /// A court grows impatient with drafts it has already answered.
    Impatient {
        by: CourtId,
        with: CourtId,
    },
    GameOver {
        reason: String,
    },
}

/// One line of the chronicle: when, who may read it, what happened.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Line {
    pub turn: u32,
    /// `None`: every court knows it. `Some(court)`: a secret of that court (and of `also`).
    pub to: Option<CourtId>,
    /// A second court that knows it: the other party to an envoy's errand.
    pub also: Option<CourtId>,
    pub entry: Entry,
}

impl Line {
    pub fn visible_to(&self, side: CourtId) -> bool {
        self.to.is_none_or(|s| s == side) || self.also == Some(side)
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
            | Entry::PlaceCeded { .. }
            | Entry::Stormed { .. }
            | Entry::Fortified { .. } => "war",
            Entry::EnvoySent { .. }
            | Entry::EnvoyDetained { .. }
            | Entry::Answered { .. }
            | Entry::TreatySworn { .. }
            | Entry::WarResumes { .. }
            | Entry::TreatyLapsed { .. } => "diplomacy",
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
        let court = |c: &CourtId| s.court_name(*c).to_string();
        match &self.entry {
            Entry::Moved { army: a, to } => format!("{} marches to {}.", army(a), place(to)),
            Entry::Battle { at, winner, loser, winner_lost, loser_lost } => format!(
                "Battle at {}: the {} carry the field. The {} lose {} men, the {} {}.",
                place(at),
                court(winner),
                court(winner),
                group_thousands(*winner_lost),
                court(loser),
                group_thousands(*loser_lost)
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
            Entry::PlaceFell { place: p, to } => format!("{} falls to the {}.", place(p), court(to)),
            Entry::PlaceCeded { place: p, to } => format!("{} passes to the {}.", place(p), court(to)),
            Entry::Stormed { army: a, at } => format!("{} storms the walls of {}.", army(a), place(at)),
            Entry::Fortified { place: p, level } => format!("New walls rise at {} (fortification {level}).", place(p)),
            Entry::Hungry { side } => format!("The {} granaries are empty: the armies go hungry.", court(side)),
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
                    format!("The {} court resolves: {}.", court(side), p.name)
                } else {
                    format!("The {} court abandons: {}.", court(side), p.name)
                }
            }
            Entry::EmperorInField { side, army: a } => {
                let emperor = s.courts[*side]
                    .emperor
                    .map_or_else(|| format!("The {} ruler", court(side)), |e| s.character(e).label());
                format!("{emperor} takes the field in person with {}.", army(a))
            }
            Entry::CourtFled { side } => {
                format!("The {} court flees out of the enemy's reach.", court(side))
            }
            // A counter-offer goes back with the envoy who brought the draft, a man of the other court.
            Entry::EnvoySent { from, to, envoy, arrives, proposal } if s.character(*envoy).side != *from => format!(
                "The {} give {} their answer, draft #{proposal}, to carry back to the {} camp; he will arrive {}.",
                court(from),
                person(envoy),
                court(to),
                s.calendar.date(*arrives)
            ),
            Entry::EnvoySent { from, to, envoy, arrives, proposal } => format!(
                "The {} send {} with draft #{proposal} to the {} camp; he will arrive {}.",
                court(from),
                person(envoy),
                court(to),
                s.calendar.date(*arrives)
            ),
            Entry::EnvoyDetained { envoy, by } => format!("The {} detain the envoy {}.", court(by), person(envoy)),
            Entry::Answered { proposal, by, verdict } => match verdict {
                Verdict::Accept => format!("The {} accept draft #{proposal}.", court(by)),
                Verdict::Reject => format!("The {} reject draft #{proposal}.", court(by)),
                Verdict::Counter => format!("The {} answer draft #{proposal} with a counter-offer.", court(by)),
            },
            Entry::TreatySworn { between: (a, b), terms, renewed: false } => format!(
                "Oath letters are exchanged: the {} and the {} swear a treaty of {terms} articles.",
                court(a),
                court(b)
            ),
            Entry::TreatySworn { between: (a, b), terms, renewed: true } => format!(
                "New oath letters are exchanged: a treaty of {terms} articles between the {} and the {} replaces the old one.",
                court(a),
                court(b)
            ),
            Entry::TreatyLapsed { between: (a, b) } => {
                format!("The treaty between the {} and the {} is torn up; they remain at peace.", court(a), court(b))
            }
            Entry::WarResumes { between: (a, b) } => {
                format!("The treaty is torn up: the {} and the {} are at war again.", court(a), court(b))
            }
            Entry::Payment { clause, from, resource, amount, at } => format!(
                "Under \"{}\", the {} deliver {} {}{}.",
                s.clause(*clause).name,
                court(from),
                group_thousands(*amount),
                resource.unit(),
                at.map(|p| format!(" at {}", place(&p))).unwrap_or_default()
            ),
            Entry::Unpaid { clause, from, resource, amount } => format!(
                "The {} cannot pay the {} {} owed under \"{}\".",
                court(from),
                group_thousands(*amount),
                resource.unit(),
                s.clause(*clause).name
            ),
            Entry::Breach { side, wronged, clause } => format!(
                "The {} break the clause \"{}\"; the {} are told.",
                court(side),
                s.clause(*clause).name,
                court(wronged)
            ),
            Entry::CauseForWar { side, against } => {
                format!("The {} now hold a just cause for war against the {}.", court(side), court(against))
            }
            Entry::Expired { clause } => format!("The clause \"{}\" has run its course.", s.clause(*clause).name),
            Entry::Objective { side, points } => format!("The {} score {points} points.", court(side)),
            Entry::GameOver { reason } => format!("The game ends: {reason}"),
            Entry::MindRevealed { learner, of } => format!(
                "The {} now know the mind of the {} court: its resolve, its armies and its treasury.",
                court(learner),
                court(of)
            ),
            Entry::Impatient { by, with } => {
                format!("The {} grow impatient: the {} send again terms already answered.", court(by), court(with))
            }
        }
    }
}
