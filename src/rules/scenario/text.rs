//! A text a scenario shows to players, in English and simplified Chinese: written as a plain
//! string (English alone, as every file before the two languages) or as
//! `(en: "Chanzhou", zh: "澶州")`, and resolved into the reader's language when the scenario is
//! compiled, so the rest of the game sees one `String`.

use crate::locale::Lang;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A text in English and, where written, in simplified Chinese.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    pub en: String,
    /// The simplified Chinese; `None` where the file gives English alone.
    pub zh: Option<String>,
}

/// The languages a text may be written in, as its fields name them.
pub const LANGUAGES: &[&str] = &["en", "zh"];

impl Text {
    /// A text in both languages.
    pub fn both(en: impl Into<String>, zh: impl Into<String>) -> Text {
        Text { en: en.into(), zh: Some(zh.into()) }
    }

    /// The text in `lang`, in English where `lang` is not written.
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.zh) {
            (Lang::ZhHans, Some(zh)) if !zh.trim().is_empty() => zh,
            _ => &self.en,
        }
    }

    /// The text in `lang`, owned.
    pub fn to(&self, lang: Lang) -> String {
        self.get(lang).to_string()
    }

    /// A name in `lang`: where its Chinese is not written, the record's `zh` (the name in
    /// characters, as the records write it) serves before the English.
    pub fn name_or(&self, zh: &str, lang: Lang) -> String {
        match lang {
            Lang::ZhHans if !self.has_zh() && !zh.trim().is_empty() => zh.to_string(),
            _ => self.to(lang),
        }
    }

    /// Whether the Chinese is written (and is more than blank).
    pub fn has_zh(&self) -> bool {
        self.zh.as_ref().is_some_and(|z| !z.trim().is_empty())
    }

    pub fn is_empty(&self) -> bool {
        self.en.is_empty() && !self.has_zh()
    }

    pub fn trim_is_empty(&self) -> bool {
        self.en.trim().is_empty()
    }
}

impl From<&str> for Text {
    fn from(en: &str) -> Text {
        Text { en: en.to_string(), zh: None }
    }
}

impl From<String> for Text {
    fn from(en: String) -> Text {
        Text { en, zh: None }
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.en)
    }
}

impl Serialize for Text {
    /// English alone as a plain string, as a file without Chinese is written.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match &self.zh {
            None => s.serialize_str(&self.en),
            Some(zh) => {
                let mut st = s.serialize_struct("Text", 2)?;
                st.serialize_field("en", &self.en)?;
                st.serialize_field("zh", zh)?;
                st.end()
            }
        }
    }
}

/// Reads a string or a structure of languages by hand, not as an untagged enum: serde's
/// untagged enums buffer the value and lose RON's own messages (a misspelt `zn` is then
/// "data did not match any variant"), where this names the field and the languages.
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text: \"Chanzhou\", or in two languages (en: \"Chanzhou\", zh: \"澶州\")")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::from(v))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text::from(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let (mut en, mut zh): (Option<String>, Option<String>) = (None, None);
                while let Some(key) = map.next_key::<String>()? {
                    let slot = match key.as_str() {
                        "en" => &mut en,
                        "zh" => &mut zh,
                        other => return Err(de::Error::unknown_field(other, LANGUAGES)),
                    };
                    if slot.is_some() {
                        return Err(de::Error::custom(format!("the text gives `{key}` twice")));
                    }
                    *slot = Some(map.next_value()?);
                }
                let en = en.ok_or_else(|| de::Error::missing_field("en"))?;
                Ok(Text { en, zh })
            }
        }
        d.deserialize_any(TextVisitor)
    }
}
