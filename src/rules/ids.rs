//! Small copyable ids for everything a scenario names, so the hot path never looks up a string.

use serde::{Deserialize, Serialize};

/// One of the two courts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Side {
    Song,
    Liao,
}

impl Side {
    pub const BOTH: [Side; 2] = [Side::Song, Side::Liao];

    pub fn other(self) -> Side {
        match self {
            Side::Song => Side::Liao,
            Side::Liao => Side::Song,
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn name(self) -> &'static str {
        match self {
            Side::Song => "Song",
            Side::Liao => "Liao",
        }
    }

    pub fn parse(s: &str) -> Option<Side> {
        match s.to_ascii_lowercase().as_str() {
            "song" => Some(Side::Song),
            "liao" => Some(Side::Liao),
            _ => None,
        }
    }
}

impl std::fmt::Display for Side {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A pair of values, one for each court, indexed by [`Side`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PerSide<T> {
    pub song: T,
    pub liao: T,
}

impl<T> PerSide<T> {
    pub fn new(song: T, liao: T) -> Self {
        PerSide { song, liao }
    }
}

impl<T> std::ops::Index<Side> for PerSide<T> {
    type Output = T;
    fn index(&self, side: Side) -> &T {
        match side {
            Side::Song => &self.song,
            Side::Liao => &self.liao,
        }
    }
}

impl<T> std::ops::IndexMut<Side> for PerSide<T> {
    fn index_mut(&mut self, side: Side) -> &mut T {
        match side {
            Side::Song => &mut self.song,
            Side::Liao => &mut self.liao,
        }
    }
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
