//! A value for each of some courts, written in RON as a struct whose fields are court ids:
//! `worth: (song: [Base(5)], xia: [Base(-5)])`, `standing: (song: 4, liao: 3)`.
//!
//! The courts are the scenario's, not Rust's, so the field names cannot be known when the
//! game is built: this reads any field name and keeps the order they were written in.

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;

#[derive(Clone, Debug, PartialEq)]
pub struct CourtMap<T>(pub Vec<(String, T)>);

impl<T> Default for CourtMap<T> {
    fn default() -> Self {
        CourtMap(Vec::new())
    }
}

impl<T> CourtMap<T> {
    pub fn get(&self, court: &str) -> Option<&T> {
        self.0.iter().find(|(c, _)| c == court).map(|(_, v)| v)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for CourtMap<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Fields<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for Fields<T> {
            type Value = CourtMap<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a value for each court, by court id: (song: ..., liao: ...)")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    let value = map.next_value::<T>()?;
                    out.push((key, value));
                }
                Ok(CourtMap(out))
            }
        }
        // A struct with no fields known in advance: RON hands over every field by name.
        d.deserialize_struct("CourtMap", &[], Fields(PhantomData))
    }
}

impl<T: Serialize> Serialize for CourtMap<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}
