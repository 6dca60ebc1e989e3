//! The scenario exactly as written in RON: names are still strings, nothing is checked yet.
//!
//! Every type here is documented field by field in `docs/MODDING.md`. One pass in
//! [`super::compile`] turns these into the checked [`super::Scenario`].

use crate::rules::ids::{Resource, Treasury};
use crate::rules::scenario::courtmap::CourtMap;
pub use crate::rules::scenario::text::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The scenario file format this build reads.
pub const FORMAT_VERSION: u32 = 2;

/// A court named in a file by its id, as declared in `courts`: `"song"`.
pub type CourtName = String;

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawScenario {
    pub format: u32,
    /// Required in the main file; a file listed in `includes` may leave it out.
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub title: Text,
    #[serde(default)]
    pub summary: Text,
    /// The languages its texts are written in: `["en", "zh-Hans"]` says every text gives its
    /// Chinese, and the validator warns of any that does not. English alone if left out.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Another scenario file this one extends (a mod): its lists are added to the base's.
    #[serde(default)]
    pub extends: Option<String>,
    /// Further files whose lists are added to this one (clause library, map, people...).
    #[serde(default)]
    pub includes: Vec<String>,
    #[serde(default)]
    pub calendar: Option<RawCalendar>,
    #[serde(default)]
    pub courts: Vec<RawCourt>,
    /// Pairs of courts at peace though no treaty binds them; every other pair without a
    /// treaty is at war.
    #[serde(default)]
    pub peace: Vec<(CourtName, CourtName)>,
    /// The numbers behind the rules of war and diplomacy; any left out keep their defaults.
    #[serde(default)]
    pub rules: Option<RawRules>,
    #[serde(default)]
    pub places: Vec<RawPlace>,
    #[serde(default)]
    pub routes: Vec<RawRoute>,
    #[serde(default)]
    pub rivers: Vec<RawLine>,
    /// The land drawn under the places: coasts, rivers, canals, mountains, marshes.
    #[serde(default)]
    pub geography: Vec<RawFeature>,
    #[serde(default)]
    pub regions: Vec<RawRegion>,
    #[serde(default)]
    pub characters: Vec<RawCharacter>,
    #[serde(default)]
    pub armies: Vec<RawArmy>,
    /// Armies the file places elsewhere than where they were first written: how a scenario
    /// that `extends` another starts later in the same war (the 11th month at Chanzhou).
    #[serde(default)]
    pub placed: Vec<RawPlacement>,
    #[serde(default)]
    pub policies: Vec<RawPolicy>,
    #[serde(default)]
    pub clauses: Vec<RawClause>,
    #[serde(default)]
    pub events: Vec<RawEvent>,
    #[serde(default)]
    pub memorials: Vec<RawMemorial>,
    #[serde(default)]
    pub objectives: Vec<RawObjective>,
    /// A treaty already in force when the scenario begins, between the first two courts.
    #[serde(default)]
    pub treaty: Vec<RawTerm>,
    /// Treaties already in force when the scenario begins, each between two named courts.
    #[serde(default)]
    pub treaties: Vec<RawTreaty>,
    /// The treaty as it was really sworn, for the end screen's comparison.
    #[serde(default)]
    pub history: Vec<RawTerm>,
    /// The two courts that swore the treaty of `history`; the first two courts if left out.
    #[serde(default)]
    pub history_between: Option<(CourtName, CourtName)>,
    /// Encyclopedia entries for what is no game object: terms, documents, regions of the
    /// record ("the oath letters", "suibi"). People, places, clauses and events have theirs.
    #[serde(default)]
    pub encyclopedia: Vec<RawEntry>,
}

/// One record's account of a disputed point: `(source: "Liao History", says: "...")`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawAccount {
    /// Whose record it is: "Song History", "Liao History 14", "later anecdotes".
    pub source: Text,
    /// What that record says, in a sentence or two.
    pub says: Text,
}

/// A free encyclopedia entry, for a term or a thing that is no game object.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntry {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub zh: String,
    /// Tone-marked pinyin: "suìbì".
    #[serde(default)]
    pub pinyin: String,
    #[serde(default)]
    pub text: Text,
    #[serde(default)]
    pub sources: Text,
    #[serde(default)]
    pub disputed: bool,
    /// Why the point is disputed, when the records do not give two accounts to set side by side.
    #[serde(default)]
    pub dispute: Text,
    #[serde(default)]
    pub accounts: Vec<RawAccount>,
}

/// A treaty in force at the start, between two courts.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawTreaty {
    pub between: (CourtName, CourtName),
    pub terms: Vec<RawTerm>,
}

/// The numbers of the rules of war and diplomacy. Every field has a default: today's rules.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawRules {
    /// Silver spent to raise a place's walls by one level.
    pub fortify_cost: i64,
    /// The highest level walls can be raised to.
    pub walls_max: i32,
    /// Morale an army loses crossing a river route.
    pub river_crossing_morale: i32,
    /// Fighting power added per point of a commander's skill (0.08 is 8%).
    pub commander_bonus: f32,
    /// Fighting power of an army the emperor leads in person (1.25 is a quarter more).
    pub emperor_bonus: f32,
    /// Fighting power added per level of walls to a place's defenders (0.12 is 12%).
    pub walls_bonus: f32,
    /// Men left to garrison a place taken by siege or assault.
    pub garrison_on_capture: i64,
    /// A court whose trust in the sender is below this may detain an envoy.
    pub detain_below_trust: i32,
    /// Turns a detained envoy is held.
    pub detention_turns: u32,
    /// Turns a draft waits for an answer before it lapses.
    pub draft_lapses_after: u32,
    /// Trust the wronged court loses in the breaker when a clause is broken.
    pub breach_trust: i32,
    /// Honour the breaker's emperor loses when a clause is broken.
    pub breach_honour: i32,
    /// Trust a court loses in another that sends it again a draft it has refused, or one
    /// worse for it than its own last counter-offer: probing has a cost.
    pub impatience: i32,
    /// How much each level of walls multiplies a garrison's strength against an assault,
    /// less what the siege has broken (1.5: walls of level 4 make 15,000 men stand as 105,000).
    pub walls_defence: f32,
    /// Resolve a court loses when its assault on walls fails.
    pub resolve_on_failed_assault: i32,
    /// Resolve a court loses when it loses a battle (twice that when an army breaks up).
    pub resolve_on_lost_battle: i32,
    /// Resolve a court loses when one of its places falls.
    pub resolve_on_lost_place: i32,
}

impl Default for RawRules {
    fn default() -> Self {
        RawRules {
            fortify_cost: 50_000,
            walls_max: 5,
            river_crossing_morale: 3,
            commander_bonus: 0.08,
            emperor_bonus: 1.25,
            walls_bonus: 0.12,
            garrison_on_capture: 2_000,
            detain_below_trust: -20,
            detention_turns: 6,
            draft_lapses_after: 3,
            breach_trust: 25,
            breach_honour: 5,
            impatience: 5,
            walls_defence: 1.5,
            resolve_on_failed_assault: 5,
            resolve_on_lost_battle: 4,
            resolve_on_lost_place: 2,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub enum TurnUnit {
    /// Ten days, three to a month.
    Xun,
    Season,
    Year,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawCalendar {
    pub unit: TurnUnit,
    pub start_year: i32,
    /// 1-12 for xun; 1-4 for seasons; ignored for years.
    #[serde(default = "one")]
    pub start_month: u32,
    /// The last turn; the game ends after it.
    pub turns: u32,
    /// The game ends this many turns after a treaty is sworn, so its clauses are seen at work.
    #[serde(default = "three")]
    pub turns_after_treaty: u32,
    /// Intercalary months of the Chinese calendar, each `(year, month)`: the month is
    /// followed by an intercalary month of the same number (1004 had an intercalary 9th).
    #[serde(default)]
    pub intercalary: Vec<(i32, u32)>,
}

fn one() -> u32 {
    1
}
fn three() -> u32 {
    3
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawCourt {
    /// The court's id, by which every other entry names it: `"song"`.
    #[serde(alias = "side")]
    pub id: CourtName,
    /// "Song": the court in a sentence ("the Song court", "the Song accept").
    pub name: Text,
    #[serde(default)]
    pub zh: String,
    /// "Great Song": the court's full name, for titles and the new-game screen.
    #[serde(default)]
    pub long_name: Text,
    /// A colour for the court's land and armies on the map, red, green, blue.
    #[serde(default)]
    pub colour: Option<(u8, u8, u8)>,
    /// Whether a person may play this court (the computer always may).
    #[serde(default = "yes")]
    pub playable: bool,
    #[serde(default)]
    pub description: Text,
    pub capital: String,
    /// The ruler; a court a person may play needs one.
    #[serde(default)]
    pub emperor: String,
    pub treasury: Treasury,
    /// Added each turn.
    pub income: Treasury,
    /// Grain eaten each turn by every 10,000 men under arms.
    #[serde(default)]
    pub grain_per_10k: i64,
    /// 0-100: the emperor's standing. Policies, clauses and breaches change it; a clause's
    /// `worth` can read it through `AtLeast(Honour(..), n)`.
    pub honour: i32,
    /// 0-100: how tired the court and the country are of the war.
    pub war_weariness: i32,
    /// Whether this court sees the other's armies only near its own.
    #[serde(default)]
    pub fog: bool,
    /// 10-200, 100 by default: how well its armies besiege and storm walls, in percent. The
    /// Khitan horse of 1004 rode past the great walled towns it could not take.
    #[serde(default = "hundred_percent")]
    pub siegecraft: i32,
    pub personality: RawPersonality,
    /// What this court believes of each other court at the start, by court id:
    /// `(liao: (resolve: (35, 20)))`. A figure left out is guessed from the armies on the map.
    #[serde(default)]
    pub priors: CourtMap<RawPrior>,
}

/// One court's beliefs about another at the start: each figure a (value, spread) pair.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawPrior {
    #[serde(default)]
    pub resolve: Option<(i64, i64)>,
    #[serde(default)]
    pub strength: Option<(i64, i64)>,
    #[serde(default)]
    pub morale: Option<(i64, i64)>,
    #[serde(default)]
    pub war_weariness: Option<(i64, i64)>,
    #[serde(default)]
    pub silver: Option<(i64, i64)>,
    #[serde(default)]
    pub trust: Option<(i64, i64)>,
}

/// How the computer plays this court, and how hard it bargains.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawPersonality {
    /// Points the court thinks the war is still worth before its situation is counted.
    pub resolve: i32,
    /// How much better than the war a treaty must be before it is sworn.
    pub margin: i32,
    /// How far the court's resolve varies from game to game, either way (drawn from the seed).
    #[serde(default)]
    pub temper: i32,
    /// 0-100: how readily its armies attack and besiege.
    pub aggression: i32,
    /// The place its armies march on.
    pub target: String,
    /// The draft it opens with when it sues for peace, toward any court.
    #[serde(default)]
    pub opening: Vec<RawTerm>,
    /// The draft it opens with toward a particular court, by court id: `(liao: [...])`.
    #[serde(default)]
    pub openings: CourtMap<Vec<RawTerm>>,
    /// Sworn clauses (by id) this court will break when it suits it; the computer keeps every
    /// other clause. The Liao of 1042 demanded Guannan though article 7 forbade demands.
    #[serde(default)]
    pub breaks: Vec<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlace {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub zh: String,
    /// Map position: x east, y south, in map units (0-1000).
    pub pos: (f32, f32),
    pub controller: CourtName,
    /// 0 (open town) to 5 (Daming's walls).
    #[serde(default)]
    pub fort: i32,
    /// Men defending the walls when no field army is there.
    #[serde(default)]
    pub garrison: i64,
    /// 0-3: how quickly an army of its controller recovers morale while resting there.
    #[serde(default)]
    pub supply: i32,
    #[serde(default)]
    pub note: Text,
    /// Marks a fact the sources disagree on.
    #[serde(default)]
    pub disputed: bool,
    /// Tone-marked pinyin of the name: "Chánzhōu".
    #[serde(default)]
    pub pinyin: String,
    /// Each record's account of a disputed point.
    #[serde(default)]
    pub accounts: Vec<RawAccount>,
    /// Why the point is disputed, when there are not two accounts to set side by side.
    #[serde(default)]
    pub dispute: Text,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawRoute {
    pub from: String,
    pub to: String,
    /// Crosses the Yellow River or another river: marching over it costs the army morale.
    #[serde(default)]
    pub river: bool,
    /// Crosses the border between the courts (drawn on the map; crossing into the other
    /// court's land is what `CrossBorder` forbids).
    #[serde(default)]
    pub border: bool,
}

/// A polyline drawn on the map: a river or the border.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawLine {
    pub name: Text,
    #[serde(default)]
    pub border: bool,
    pub points: Vec<(f32, f32)>,
}

/// A feature of the land, drawn on the map under the places and routes; it changes no rule.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawFeature {
    pub kind: FeatureKind,
    pub name: Text,
    #[serde(default)]
    pub zh: String,
    /// A line for coasts, rivers, canals and water defences; a closed ring (the first point
    /// again at the end) for mountains, marshes, lakes and the sea.
    pub points: Vec<(f32, f32)>,
    /// Where the line was drawn from: a public-domain dataset or an atlas, named.
    #[serde(default)]
    pub source: String,
    /// Drawn roughly, or as it ran then and not now (the Yellow River before 1048).
    #[serde(default)]
    pub approximate: bool,
    #[serde(default)]
    pub note: Text,
}

/// What a feature of the land is: how it is drawn and whether it is a line or an area.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub enum FeatureKind {
    Coast,
    River,
    Canal,
    /// The chains of ponds and dykes the Song kept along the border against horsemen.
    WaterDefence,
    Mountains,
    Marsh,
    Lake,
    Sea,
}

impl FeatureKind {
    /// Whether the feature is an area, drawn as a closed ring.
    pub fn is_area(self) -> bool {
        matches!(self, FeatureKind::Mountains | FeatureKind::Marsh | FeatureKind::Lake | FeatureKind::Sea)
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawRegion {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub zh: String,
    pub places: Vec<String>,
    #[serde(default)]
    pub note: Text,
    #[serde(default)]
    pub pinyin: String,
    #[serde(default)]
    pub disputed: bool,
    #[serde(default)]
    pub accounts: Vec<RawAccount>,
    #[serde(default)]
    pub dispute: Text,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawCharacter {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub zh: String,
    #[serde(default)]
    pub wade_giles: String,
    /// Tone-marked pinyin of the name: "Kòu Zhǔn".
    #[serde(default)]
    pub pinyin: String,
    pub side: CourtName,
    #[serde(default)]
    pub title: Text,
    #[serde(default)]
    pub dates: Text,
    #[serde(default)]
    pub bio: Text,
    /// Which records the facts come from ("Song History", "Liao History").
    #[serde(default)]
    pub sources: Text,
    #[serde(default)]
    pub disputed: bool,
    /// Each record's account of a disputed point.
    #[serde(default)]
    pub accounts: Vec<RawAccount>,
    /// Why the point is disputed, when there are not two accounts to set side by side.
    #[serde(default)]
    pub dispute: Text,
    /// A minister's stance at court.
    #[serde(default)]
    pub stance: Option<Stance>,
    /// Skill in the field, 0-5, if the character can command.
    #[serde(default)]
    pub command: Option<i32>,
    #[serde(default)]
    pub envoy: Option<RawEnvoy>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub enum Stance {
    /// Presses for battle.
    Hawk,
    /// Urges peace or flight.
    Dove,
    /// Weighs both.
    Moderate,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawEnvoy {
    /// 0-5: points the envoy's arguments add to a draft's reception.
    pub eloquence: i32,
    /// 0-5: how far each court trusts him, by court id: `(song: 4, liao: 3)`.
    #[serde(default)]
    pub standing: CourtMap<i32>,
    /// Turns to reach the other camp.
    pub travel: u32,
    /// Percent chance the other court detains him when it is angry.
    pub detain_risk: u32,
    /// Knows what his own court will accept, and tells the court that sends him (Wang Jizhong,
    /// a Liao official writing to the Song).
    #[serde(default)]
    pub inside_knowledge: bool,
    /// Trusted beyond his own court: any court may send him (Wang Jizhong).
    #[serde(default)]
    pub go_between: bool,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawArmy {
    pub id: String,
    pub name: Text,
    pub side: CourtName,
    pub at: String,
    pub strength: i64,
    /// 0-100.
    pub morale: i32,
    #[serde(default)]
    pub commander: Option<String>,
    /// The place the computer keeps this army at, when it is not needed elsewhere (the
    /// court's `target` when left out): Wang Chao's army stayed at Dingzhou in 1004.
    #[serde(default)]
    pub post: Option<String>,
}

/// An army of this scenario, or of the one it extends, set at another place, and with other
/// men and morale where given: `(army: "liao_main", at: "daming", strength: 70000)`.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlacement {
    pub army: String,
    pub at: String,
    #[serde(default)]
    pub strength: Option<i64>,
    /// 0-100.
    #[serde(default)]
    pub morale: Option<i32>,
}

/// A court policy: taken once (a decision) or kept up turn after turn.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawPolicy {
    pub id: String,
    pub name: Text,
    pub side: CourtName,
    #[serde(default)]
    pub description: Text,
    /// Taken once and for good, like the personal expedition.
    #[serde(default)]
    pub once: bool,
    /// When it may be chosen.
    #[serde(default)]
    pub requires: Option<RawCondition>,
    /// Paid when chosen.
    #[serde(default)]
    pub cost: Treasury,
    /// Done when chosen.
    #[serde(default)]
    pub effects: Vec<RawEffect>,
    /// Done every turn while it is kept up.
    #[serde(default)]
    pub each_turn: Vec<RawEffect>,
    /// Which minister presses for it (for the court screen).
    #[serde(default)]
    pub advocate: Option<String>,
    /// The computer chooses it for its court when this holds.
    #[serde(default)]
    pub ai_when: Option<RawCondition>,
}

/// A treaty term kind in the clause library.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawClause {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub zh: String,
    /// The text of the term; `{param}` is replaced by the parameter's value.
    pub text: Text,
    /// Which article of the oath letters of 1005 it is, if any.
    #[serde(default)]
    pub article: Option<u32>,
    /// The courts that may be parties to a treaty with this clause; any court if left out.
    #[serde(default)]
    pub between: Vec<CourtName>,
    #[serde(default)]
    pub params: Vec<RawParam>,
    /// Done once when the treaty is sworn.
    #[serde(default)]
    pub on_sworn: Vec<RawEffect>,
    /// Done on a schedule while the clause is in force.
    #[serde(default)]
    pub recurring: Vec<RawRecurring>,
    /// Actions the clause forbids.
    #[serde(default)]
    pub prohibits: Vec<RawProhibition>,
    /// Done when a side breaks the clause; `Breaker` and `Wronged` name the sides.
    #[serde(default)]
    pub on_breach: Vec<RawEffect>,
    /// How many years it lasts; none means for ever.
    #[serde(default)]
    pub years: Option<u32>,
    /// What the clause is worth to each court, in points.
    pub worth: RawWorth,
    /// A court refuses any draft with this clause unless the condition holds.
    #[serde(default)]
    pub vetoes: Vec<RawVeto>,
    /// Where the clause comes from, or that it is invented.
    #[serde(default)]
    pub history: Text,
    #[serde(default)]
    pub pinyin: String,
    #[serde(default)]
    pub disputed: bool,
    #[serde(default)]
    pub accounts: Vec<RawAccount>,
    #[serde(default)]
    pub dispute: Text,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawParam {
    pub name: String,
    pub kind: RawParamKind,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub enum RawParamKind {
    Amount {
        min: i64,
        max: i64,
        default: i64,
        #[serde(default)]
        unit: Text,
    },
    Side {
        default: CourtName,
    },
    Place {
        default: String,
    },
    Region {
        default: String,
    },
}

/// A value given to a clause parameter in a draft.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub enum RawValue {
    Amount(i64),
    Side(CourtName),
    Place(String),
    Region(String),
}

/// A clause with its parameters, as in a draft, an AI opening or the historical treaty.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawTerm {
    pub clause: String,
    #[serde(default, deserialize_with = "unique_keys")]
    pub params: BTreeMap<String, RawValue>,
}

/// A map whose keys must differ: a parameter given twice is a mistake, not "the last wins".
fn unique_keys<'de, D: serde::Deserializer<'de>>(d: D) -> Result<BTreeMap<String, RawValue>, D::Error> {
    struct Keys;
    impl<'de> serde::de::Visitor<'de> for Keys {
        type Value = BTreeMap<String, RawValue>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a map of parameter names to values: {\"silver\": Amount(100000)}")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some(key) = map.next_key::<String>()? {
                let value = map.next_value::<RawValue>()?;
                if out.insert(key.clone(), value).is_some() {
                    return Err(serde::de::Error::custom(format!("the parameter `{key}` is given twice")));
                }
            }
            Ok(out)
        }
    }
    d.deserialize_map(Keys)
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawRecurring {
    pub every: Every,
    pub effects: Vec<RawEffect>,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize)]
pub enum Every {
    Turn,
    Year,
    Turns(u32),
}

impl Every {
    /// How many turns apart the effects run (at least one).
    pub fn period(self, turns_per_year: u32) -> u32 {
        match self {
            Every::Turn => 1,
            Every::Year => turns_per_year.max(1),
            Every::Turns(n) => n.max(1),
        }
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawProhibition {
    pub action: ActionKind,
    /// Who may not do it; `None` in the file means both.
    #[serde(default)]
    pub by: Option<CourtName>,
    /// Whether a court may break it (and face the consequences) or the order is refused.
    #[serde(default)]
    pub breakable: bool,
}

/// The kinds of order a clause may forbid.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub enum ActionKind {
    /// Marching an army into a place the other court holds.
    CrossBorder,
    Besiege,
    Assault,
    /// Raising a place's walls.
    Fortify,
    /// Choosing the named policy.
    Policy(String),
    /// Sending any new draft to the other party once a treaty is sworn.
    SendEnvoy,
    /// Sending the other party a draft that asks more of it than the treaty in force: a
    /// demand outside the treaty (article 7 of 1005). Embassies that ask nothing are free.
    Demand,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(transparent)]
pub struct RawWorth(pub CourtMap<Vec<RawWorthTerm>>);

/// One part of what a clause is worth to a court; the parts are added.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub enum RawWorthTerm {
    /// A fixed number of points.
    Base(f32),
    /// Points per `unit` of an amount parameter: `Per("silver", 10000, 1.5)`.
    Per(String, i64, f32),
    /// Points when a side parameter names the given side.
    IfSide(String, CourtName, f32),
    /// Points while a condition holds.
    When(RawCondition, f32),
    /// Points per place in a region or place parameter.
    PerPlace(String, f32),
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawVeto {
    pub side: CourtName,
    #[serde(default)]
    pub unless: Option<RawCondition>,
    pub because: Text,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: String,
    pub name: Text,
    pub when: RawCondition,
    /// Percent chance each turn that `when` holds.
    #[serde(default = "hundred")]
    pub chance: u32,
    #[serde(default = "yes")]
    pub once: bool,
    pub text: Text,
    pub effects: Vec<RawEffect>,
    #[serde(default)]
    pub history: Text,
    #[serde(default)]
    pub zh: String,
    #[serde(default)]
    pub pinyin: String,
    #[serde(default)]
    pub disputed: bool,
    #[serde(default)]
    pub accounts: Vec<RawAccount>,
    #[serde(default)]
    pub dispute: Text,
}

fn hundred() -> u32 {
    100
}
fn hundred_percent() -> i32 {
    100
}
fn yes() -> bool {
    true
}

/// A minister's advice, shown in the court's reports when its condition holds.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawMemorial {
    pub by: String,
    #[serde(default)]
    pub when: Option<RawCondition>,
    pub text: Text,
    /// The policy the memorial asks for.
    #[serde(default)]
    pub urges: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawObjective {
    pub id: String,
    pub side: CourtName,
    pub text: Text,
    /// Checked at the end of the game.
    pub when: RawCondition,
    pub points: i32,
    /// Points lost per `unit` of a quantity at the end (for "keep the payments low").
    #[serde(default)]
    pub minus_per: Option<(RawQuantity, i64, i32)>,
}

/// A number read from the game.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub enum RawQuantity {
    Turn,
    Treasury(CourtName, Resource),
    Morale(CourtName),
    Strength(CourtName),
    WarWeariness(CourtName),
    Honour(CourtName),
    /// The court's will to fight on: its personality's resolve as the war has moved it.
    Resolve(CourtName),
    /// Places held by a court.
    Places(CourtName),
    /// The yearly amount of a resource moved by the sworn treaty.
    TreatyYearly(Resource),
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub enum RawCondition {
    Always,
    Never,
    All(Vec<RawCondition>),
    Any(Vec<RawCondition>),
    Not(Box<RawCondition>),
    AtLeast(RawQuantity, i64),
    AtMost(RawQuantity, i64),
    Controls(CourtName, String),
    /// Holds every place of a region.
    ControlsRegion(CourtName, String),
    /// An army of the court stands at the place.
    ArmyAt(CourtName, String),
    /// The named army stands at or next to the place.
    ArmyNear(String, String),
    /// The character commands an army.
    Commands(String),
    Alive(String),
    /// Any two courts are at war.
    AtWar,
    /// The two courts are at war with each other.
    AtWarWith(CourtName, CourtName),
    /// Any treaty is in force.
    TreatySworn,
    /// A treaty binds the two courts.
    TreatyBetween(CourtName, CourtName),
    /// A treaty in force has the clause.
    TreatyHas(String),
    EventFired(String),
    PolicyTaken(String),
    EmperorInField(CourtName),
    BreachedBy(CourtName),
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub enum RawAmount {
    Fixed(i64),
    /// The value of a clause's amount parameter.
    Param(String),
}

/// A court named in an effect: by its id (`"song"`) or by its part in a clause.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(untagged)]
pub enum RawSideRef {
    Role(RawRole),
    Court(CourtName),
}

/// A court named by its part in a clause rather than by its id.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub enum RawRole {
    /// In `on_breach`: the court that broke the clause.
    Breaker,
    /// In `on_breach`: the court that was wronged.
    Wronged,
    /// The court named by a clause's side parameter.
    Param(String),
    /// The party to the treaty other than the court a clause's side parameter names.
    OtherParty(String),
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub enum RawEffect {
    /// Move silver, silk or grain from one treasury to the other, at a named place.
    Transfer {
        from: RawSideRef,
        to: RawSideRef,
        resource: Resource,
        amount: RawAmount,
        #[serde(default)]
        at: Option<String>,
    },
    AddTreasury(RawSideRef, Resource, i64),
    /// Morale of every army of the side.
    AddMorale(RawSideRef, i32),
    AddWarWeariness(RawSideRef, i32),
    AddHonour(RawSideRef, i32),
    /// How far the side trusts the other.
    AddTrust(RawSideRef, i32),
    /// Changes the computer's resolve for that court.
    AddResolve(RawSideRef, i32),
    /// The side gains a cause for war against the other.
    CauseForWar(RawSideRef),
    /// Every place of a region passes to the side.
    CedeRegion(String, RawSideRef),
    CedePlace(String, RawSideRef),
    /// A character dies; an army he commanded loses its commander.
    Kill(String),
    /// An army loses a percentage of its men.
    Casualties(String, i32),
    /// The side's emperor joins the named army.
    EmperorTakesField(RawSideRef, String),
    /// The court moves south out of reach: its capital no longer counts as threatened.
    CourtFlees(RawSideRef),
    /// Armies of the side return to places it holds.
    WithdrawArmies(RawSideRef),
    /// An army gains fresh men (levies, reinforcements).
    Reinforce(String, i64),
    /// Every place returns to the court that held it when the scenario began.
    RestoreBorders,
    /// The treaty in force is torn up and the war between its parties resumes (in an event:
    /// every treaty in force).
    EndTreaty,
    /// The treaty between the two courts, if any, is torn up and they are at war again.
    EndTreatyBetween(CourtName, CourtName),
    /// The first court learns the second's mind and means exactly: a captured letter.
    RevealMind(RawSideRef, RawSideRef),
    /// A line in the chronicle.
    Say(Text),
}
