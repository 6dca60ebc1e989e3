//! Small copyable ids for everything a scenario names, so the hot path never looks up a string.

use serde::{Deserialize, Serialize};

/// One of the scenario's courts, by its place in the scenario's list of courts. What a court
/// is called, its colours and its capital are the scenario's: see [`crate::rules::scenario::CourtDef`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CourtId(pub u8);

impl CourtId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The most courts a scenario may declare.
pub const MAX_COURTS: usize = 16;

/// One value for each of the scenario's courts, indexed by [`CourtId`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PerCourt<T>(pub Vec<T>);

impl<T> PerCourt<T> {
    /// A value for each of `n` courts, made by `f` from the court's id.
    pub fn from_fn(n: usize, f: impl FnMut(CourtId) -> T) -> Self {
        PerCourt((0..n.min(MAX_COURTS)).map(|i| CourtId(i as u8)).map(f).collect())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every court's id, in the scenario's order.
    pub fn ids(&self) -> impl Iterator<Item = CourtId> + use<T> {
        (0..self.0.len()).map(|i| CourtId(i as u8))
    }

    pub fn iter(&self) -> impl Iterator<Item = (CourtId, &T)> {
        self.0.iter().enumerate().map(|(i, v)| (CourtId(i as u8), v))
    }

    /// The value of a court, if the court exists.
    pub fn get(&self, court: CourtId) -> Option<&T> {
        self.0.get(court.index())
    }
}

impl<T> std::ops::Index<CourtId> for PerCourt<T> {
    type Output = T;
    fn index(&self, court: CourtId) -> &T {
        &self.0[court.index()]
    }
}

impl<T> std::ops::IndexMut<CourtId> for PerCourt<T> {
    fn index_mut(&mut self, court: CourtId) -> &mut T {
        &mut self.0[court.index()]
    }
}

/// Two courts, in either order: the parties to a treaty, a war or a draft.
pub fn pair(a: CourtId, b: CourtId) -> (CourtId, CourtId) {
    if a <= b { (a, b) } else { (b, a) }
}

macro_rules! id_type {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub struct $name(pub u16);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

id_type!(
    /// A named place on the map.
    PlaceId
);
id_type!(
    /// A person: emperor, minister, commander or envoy.
    CharId
);
id_type!(
    /// A field army.
    ArmyId
);
id_type!(
    /// A named group of places, such as Guannan or the Sixteen Prefectures.
    RegionId
);
id_type!(
    /// A kind of clause in the scenario's clause library.
    ClauseId
);
id_type!(
    /// A scenario event.
    EventId
);
id_type!(
    /// A court policy or decision.
    PolicyId
);

/// The three stores of a treasury.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Resource {
    Silver,
    Silk,
    Grain,
}

impl Resource {
    pub const ALL: [Resource; 3] = [Resource::Silver, Resource::Silk, Resource::Grain];

    pub fn unit(self) -> &'static str {
        match self {
            Resource::Silver => "taels of silver",
            Resource::Silk => "bolts of silk",
            Resource::Grain => "shi of grain",
        }
    }
}

/// Silver, silk and grain held or paid.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Treasury {
    #[serde(default)]
    pub silver: i64,
    #[serde(default)]
    pub silk: i64,
    #[serde(default)]
    pub grain: i64,
}

impl Treasury {
    pub fn get(&self, r: Resource) -> i64 {
        match r {
            Resource::Silver => self.silver,
            Resource::Silk => self.silk,
            Resource::Grain => self.grain,
        }
    }

    pub fn get_mut(&mut self, r: Resource) -> &mut i64 {
        match r {
            Resource::Silver => &mut self.silver,
            Resource::Silk => &mut self.silk,
            Resource::Grain => &mut self.grain,
        }
    }
}
