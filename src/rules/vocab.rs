//! The checked vocabulary of conditions, quantities and effects shared by clauses, events,
//! policies and objectives. Every name is already an id here.

use crate::rules::ids::*;
pub use crate::rules::scenario::raw::{Every, Stance};

#[derive(Clone, Debug, PartialEq)]
pub enum Quantity {
    Turn,
    Treasury(CourtId, Resource),
    Morale(CourtId),
    Strength(CourtId),
    WarWeariness(CourtId),
    Honour(CourtId),
    Resolve(CourtId),
    Places(CourtId),
    TreatyYearly(Resource),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Condition {
    Always,
    Never,
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    AtLeast(Quantity, i64),
    AtMost(Quantity, i64),
    Controls(CourtId, PlaceId),
    ControlsRegion(CourtId, RegionId),
    ArmyAt(CourtId, PlaceId),
    ArmyNear(ArmyId, PlaceId),
    Commands(CharId),
    Alive(CharId),
    AtWar,
    AtWarWith(CourtId, CourtId),
    TreatySworn,
    TreatyBetween(CourtId, CourtId),
    TreatyHas(ClauseId),
    EventFired(EventId),
    PolicyTaken(PolicyId),
    EmperorInField(CourtId),
    BreachedBy(CourtId),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Amount {
    Fixed(i64),
    /// Index into the clause's parameters.
    Param(u8),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SideRef {
    Is(CourtId),
    Breaker,
    Wronged,
    Param(u8),
    /// The party other than the court the side parameter names.
    OtherParty(u8),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PlaceRef {
    Is(PlaceId),
    Param(u8),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RegionRef {
    Is(RegionId),
    Param(u8),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    Transfer { from: SideRef, to: SideRef, resource: Resource, amount: Amount, at: Option<PlaceRef> },
    AddTreasury(SideRef, Resource, i64),
    AddMorale(SideRef, i32),
    AddWarWeariness(SideRef, i32),
    AddHonour(SideRef, i32),
    AddTrust(SideRef, i32),
    AddResolve(SideRef, i32),
    CauseForWar(SideRef),
    CedeRegion(RegionRef, SideRef),
    CedePlace(PlaceRef, SideRef),
    Kill(CharId),
    Casualties(ArmyId, i32),
    EmperorTakesField(SideRef, ArmyId),
    CourtFlees(SideRef),
    WithdrawArmies(SideRef),
    Reinforce(ArmyId, i64),
    RestoreBorders,
    EndTreaty,
    EndTreatyBetween(CourtId, CourtId),
    RevealMind(SideRef, SideRef),
    Say(String),
}

/// An order kind a clause can forbid, with ids resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionKind {
    CrossBorder,
    Besiege,
    Assault,
    Fortify,
    Policy(PolicyId),
    SendEnvoy,
    /// A draft asking more of the other party than the treaty in force gives it.
    Demand,
}

#[derive(Clone, Debug, PartialEq)]
pub enum WorthTerm {
    Base(f32),
    Per(u8, i64, f32),
    IfSide(u8, CourtId, f32),
    When(Condition, f32),
    PerPlace(u8, f32),
}
