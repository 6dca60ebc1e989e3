//! A checked scenario: the map, the courts, the people, the clause library, events and
//! objectives, with every reference resolved to an id.

pub mod compile;
pub mod courtmap;
pub mod diagnostic;
pub mod load;
pub mod lore;
pub mod migrate;
pub mod raw;
pub mod spans;
pub mod text;
pub mod translation;

use crate::rules::ids::*;
use crate::rules::vocab::*;
pub use raw::{Stance, TurnUnit};

/// One record's account of a disputed point, in the reader's language: see [`raw::RawAccount`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Account {
    /// Whose record it is: "Song History", "Liao History 14", "later anecdotes".
    pub source: String,
    /// What that record says, in a sentence or two.
    pub says: String,
}

/// A free encyclopedia entry, in the reader's language: see [`raw::RawEntry`].
#[derive(Clone, Debug, Default)]
pub struct Article {
    pub id: String,
    pub title: String,
    /// The name in characters, as the records write it.
    pub zh: String,
    pub pinyin: String,
    pub text: String,
    pub sources: String,
    pub disputed: bool,
    pub dispute: String,
    pub accounts: Vec<Account>,
}
/// The numbers of the rules of war and diplomacy, checked: see [`raw::RawRules`].
pub use raw::RawRules as Rules;

#[derive(Clone, Debug)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub calendar: Calendar,
    pub courts: PerCourt<CourtDef>,
    /// Pairs of courts at peace without a treaty; every other pair without one is at war.
    pub peace: Vec<(CourtId, CourtId)>,
    pub rules: Rules,
    pub places: Vec<Place>,
    /// For each place, its neighbours and whether the route crosses a river.
    pub neighbours: Vec<Vec<(PlaceId, bool)>>,
    pub routes: Vec<(PlaceId, PlaceId, bool, bool)>,
    /// Steps along routes between every two places (`u16::MAX` when unreachable).
    pub dist: Vec<u16>,
    pub lines: Vec<MapLine>,
    /// Coasts, rivers, mountains and the like, drawn under everything else.
    pub geography: Vec<Feature>,
    pub regions: Vec<Region>,
    pub characters: Vec<Character>,
    pub armies: Vec<ArmyDef>,
    pub policies: Vec<Policy>,
    pub clauses: Vec<Clause>,
    pub events: Vec<Event>,
    pub memorials: Vec<Memorial>,
    pub objectives: Vec<Objective>,
    pub history: Vec<Term>,
    /// The courts that swore the treaty of `history`.
    pub history_between: (CourtId, CourtId),
    /// The treaties in force at the start, each between two courts.
    pub treaties: Vec<((CourtId, CourtId), Vec<Term>)>,
    /// A digest of every file the scenario was read from, for saves to recognise it.
    pub digest: u64,
    /// Encyclopedia entries for terms and things that are no game object.
    pub encyclopedia: Vec<Article>,
    /// The language the texts above were resolved into when the scenario was compiled.
    pub lang: crate::locale::Lang,
    /// Each `Say` line's English, as the chronicle keeps it, with its text in `lang` where
    /// that differs: see [`Scenario::said`].
    pub said: Vec<(String, String)>,
}

#[derive(Clone, Debug)]
pub struct Calendar {
    pub unit: TurnUnit,
    pub start_year: i32,
    pub start_month: u32,
    pub turns: u32,
    pub turns_after_treaty: u32,
    /// Months followed by an intercalary month of the same number: (year, month).
    pub intercalary: Vec<(i32, u32)>,
}

impl Calendar {
    /// The month a turn falls in, for xun: (year, month, whether it is the intercalary one).
    pub fn month_of(&self, turn: u32) -> (i64, u32, bool) {
        let (mut year, mut month, mut leap) = (self.start_year as i64, self.start_month, false);
        for _ in 0..turn / 3 {
            if !leap && self.intercalary.iter().any(|(y, m)| *y as i64 == year && *m == month) {
                leap = true;
            } else {
                leap = false;
                month += 1;
                if month > 12 {
                    (month, year) = (1, year + 1);
                }
            }
        }
        (year, month, leap)
    }

    pub fn turns_per_year(&self) -> u32 {
        match self.unit {
            TurnUnit::Xun => 36,
            TurnUnit::Season => 4,
            TurnUnit::Year => 1,
        }
    }

    /// "1st xun of the 9th month, 1004" for turn 0, "1004年九月上旬" in Chinese: the words
    /// are the locale's (`date-*` in chronicle.ftl), the reckoning is the calendar's.
    pub fn date(&self, turn: u32) -> String {
        use crate::locale::{Arg, tr_args};
        let year = |y: i64| -> (&'static str, Arg<'static>) { ("year", y.to_string().into()) };
        match self.unit {
            TurnUnit::Xun => {
                let (y, month, leap) = self.month_of(turn);
                let xun = tr_args("date-xun-part", &[("xun", (turn % 3 + 1).into())]);
                // English counts months by ordinals, Chinese names them (正月, 九月).
                let month = tr_args("date-month", &[("month", month.into()), ("ordinal", ordinal(month).into())]);
                let key = if leap { "date-xun-leap" } else { "date-xun" };
                tr_args(key, &[("xun", xun.into()), ("month", month.into()), year(y)])
            }
            TurnUnit::Season => {
                let s = (self.start_month.saturating_sub(1)) + turn;
                let y = self.start_year as i64 + (s / 4) as i64;
                tr_args("date-season", &[("season", (s % 4).into()), year(y)])
            }
            TurnUnit::Year => tr_args("date-year", &[year(self.start_year as i64 + turn as i64)]),
        }
    }

    /// The date of a turn in `lang`, whatever the window's language.
    pub fn date_in(&self, turn: u32, lang: crate::locale::Lang) -> String {
        crate::locale::with_language(lang, || self.date(turn))
    }
}

/// "1st", "2nd", "12th": an English ordinal (Chinese uses the number).
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[derive(Clone, Debug)]
pub struct CourtDef {
    /// The id files and the command line name it by: "song".
    pub id: String,
    /// "Song".
    pub name: String,
    pub zh: String,
    /// "Great Song"; the name when none is given.
    pub long_name: String,
    pub colour: (u8, u8, u8),
    pub playable: bool,
    pub description: String,
    pub capital: PlaceId,
    pub emperor: Option<CharId>,
    pub treasury: Treasury,
    pub income: Treasury,
    pub grain_per_10k: i64,
    pub honour: i32,
    pub war_weariness: i32,
    pub fog: bool,
    /// Percent: how well its armies besiege and storm walls.
    pub siegecraft: i32,
    pub personality: Personality,
    /// What this court believes of each other court at the start, where the scenario says.
    pub priors: PerCourt<Option<crate::rules::belief::Prior>>,
}

#[derive(Clone, Debug)]
pub struct Personality {
    pub resolve: i32,
    pub margin: i32,
    pub temper: i32,
    pub aggression: i32,
    pub target: PlaceId,
    /// The draft it opens with toward each court (empty toward a court it never sues).
    pub openings: PerCourt<Vec<Term>>,
    /// Sworn clauses the computer playing this court breaks when it suits it.
    pub breaks: Vec<ClauseId>,
}

#[derive(Clone, Debug)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub zh: String,
    pub pos: (f32, f32),
    pub controller: CourtId,
    pub fort: i32,
    pub garrison: i64,
    pub supply: i32,
    pub note: String,
    pub disputed: bool,
    pub lore: Lore,
}

/// What the encyclopedia tells of a person, place, region, clause or event beyond its game
/// part: the pinyin of its name and, for a disputed point, each record's account.
#[derive(Clone, Debug, Default)]
pub struct Lore {
    pub pinyin: String,
    pub accounts: Vec<Account>,
    /// Why the point is disputed, when there are not two accounts to set side by side.
    pub dispute: String,
}

#[derive(Clone, Debug)]
pub struct MapLine {
    pub name: String,
    pub border: bool,
    pub points: Vec<(f32, f32)>,
}

/// A feature of the land, checked: see [`raw::RawFeature`].
#[derive(Clone, Debug)]
pub struct Feature {
    pub kind: raw::FeatureKind,
    pub name: String,
    pub zh: String,
    pub points: Vec<(f32, f32)>,
    pub source: String,
    pub approximate: bool,
    pub note: String,
}

#[derive(Clone, Debug)]
pub struct Region {
    pub id: String,
    pub name: String,
    pub zh: String,
    pub places: Vec<PlaceId>,
    pub note: String,
    pub disputed: bool,
    pub lore: Lore,
}

#[derive(Clone, Debug)]
pub struct Character {
    pub id: String,
    pub name: String,
    pub zh: String,
    pub wade_giles: String,
    pub side: CourtId,
    pub title: String,
    pub dates: String,
    pub bio: String,
    pub sources: String,
    pub disputed: bool,
    pub lore: Lore,
    pub stance: Option<Stance>,
    pub command: Option<i32>,
    pub envoy: Option<EnvoyTraits>,
}

impl Character {
    /// "Kou Zhun 寇準"; in Chinese the name alone, "寇准", unless the records write it otherwise.
    pub fn label(&self) -> String {
        if self.zh.is_empty() || self.name == self.zh {
            self.name.clone()
        } else if in_characters(&self.name) {
            // Simplified beside the characters of the records: "寇准（寇準）".
            format!("{}（{}）", self.name, self.zh)
        } else {
            format!("{} {}", self.name, self.zh)
        }
    }
}

#[derive(Clone, Debug)]
pub struct EnvoyTraits {
    pub eloquence: i32,
    pub standing: PerCourt<i32>,
    pub travel: u32,
    pub detain_risk: u32,
    pub inside_knowledge: bool,
    pub go_between: bool,
}

#[derive(Clone, Debug)]
pub struct ArmyDef {
    pub id: String,
    pub name: String,
    pub side: CourtId,
    pub at: PlaceId,
    pub strength: i64,
    pub morale: i32,
    pub commander: Option<CharId>,
    /// Where the computer keeps it when it is not needed elsewhere.
    pub post: Option<PlaceId>,
}

#[derive(Clone, Debug)]
pub struct Policy {
    pub id: String,
    pub name: String,
    pub side: CourtId,
    pub description: String,
    pub once: bool,
    pub requires: Condition,
    pub cost: Treasury,
    pub effects: Vec<Effect>,
    pub each_turn: Vec<Effect>,
    pub advocate: Option<CharId>,
    pub ai_when: Condition,
}

#[derive(Clone, Debug)]
pub struct Clause {
    pub id: String,
    pub name: String,
    pub zh: String,
    pub text: String,
    pub article: Option<u32>,
    pub params: Vec<Param>,
    pub on_sworn: Vec<Effect>,
    pub recurring: Vec<(Every, Vec<Effect>)>,
    pub prohibits: Vec<Prohibition>,
    pub on_breach: Vec<Effect>,
    pub years: Option<u32>,
    pub worth: PerCourt<Vec<WorthTerm>>,
    pub vetoes: Vec<Veto>,
    pub history: String,
    /// The courts that may be parties to a treaty with this clause; empty for any.
    pub between: Vec<CourtId>,
    pub disputed: bool,
    pub lore: Lore,
}

impl Clause {
    /// Whether the clause may stand in a treaty between these two courts.
    pub fn allowed_between(&self, a: CourtId, b: CourtId) -> bool {
        self.between.is_empty() || (self.between.contains(&a) && self.between.contains(&b))
    }
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: String,
    pub kind: ParamKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ParamKind {
    Amount { min: i64, max: i64, default: i64, unit: String },
    Side { default: CourtId },
    Place { default: PlaceId },
    Region { default: RegionId },
}

impl ParamKind {
    pub fn default_value(&self) -> Value {
        match self {
            ParamKind::Amount { default, .. } => Value::Amount(*default),
            ParamKind::Side { default } => Value::Side(*default),
            ParamKind::Place { default } => Value::Place(*default),
            ParamKind::Region { default } => Value::Region(*default),
        }
    }
}

/// A parameter's value in a term.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Value {
    Amount(i64),
    Side(CourtId),
    Place(PlaceId),
    Region(RegionId),
}

/// A clause with its parameter values: one article of a draft or a treaty.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Term {
    pub clause: ClauseId,
    pub values: Vec<Value>,
}

#[derive(Clone, Debug)]
pub struct Prohibition {
    pub action: ActionKind,
    pub by: Option<CourtId>,
    pub breakable: bool,
}

#[derive(Clone, Debug)]
pub struct Veto {
    pub side: CourtId,
    pub unless: Condition,
    pub because: String,
}

#[derive(Clone, Debug)]
pub struct Event {
    pub id: String,
    pub name: String,
    pub when: Condition,
    pub chance: u32,
    pub once: bool,
    pub text: String,
    pub effects: Vec<Effect>,
    pub history: String,
    pub zh: String,
    pub disputed: bool,
    pub lore: Lore,
}

#[derive(Clone, Debug)]
pub struct Memorial {
    pub by: CharId,
    pub when: Condition,
    pub text: String,
    pub urges: Option<PolicyId>,
}

#[derive(Clone, Debug)]
pub struct Objective {
    pub id: String,
    pub side: CourtId,
    pub text: String,
    pub when: Condition,
    pub points: i32,
    pub minus_per: Option<(Quantity, i64, i32)>,
}

impl Scenario {
    /// A `Say` line as the reader reads it: the chronicle keeps every `Say` line in English,
    /// so that a game played in Chinese is the same game as in English (and its save replays
    /// to the same fingerprint); this gives its text in the scenario's language.
    pub fn said<'t>(&'t self, english: &'t str) -> &'t str {
        self.said.iter().find(|(en, _)| en == english).map_or(english, |(_, shown)| shown.as_str())
    }

    /// A court's name in a sentence: "Song".
    pub fn court_name(&self, court: CourtId) -> &str {
        self.courts.get(court).map_or("?", |c| c.name.as_str())
    }

    /// A court by its id, as files and the command line name it (case-insensitive).
    pub fn court_id(&self, id: &str) -> Option<CourtId> {
        self.courts.iter().find(|(_, c)| c.id.eq_ignore_ascii_case(id)).map(|(i, _)| i)
    }

    /// Every court's id, in the scenario's order.
    pub fn court_ids(&self) -> impl Iterator<Item = CourtId> + use<> {
        self.courts.ids()
    }

    pub fn place(&self, id: PlaceId) -> &Place {
        &self.places[id.index()]
    }
    pub fn character(&self, id: CharId) -> &Character {
        &self.characters[id.index()]
    }
    pub fn clause(&self, id: ClauseId) -> &Clause {
        &self.clauses[id.index()]
    }
    pub fn place_id(&self, name: &str) -> Option<PlaceId> {
        self.places.iter().position(|p| p.id == name).map(|i| PlaceId(i as u16))
    }
    pub fn char_id(&self, name: &str) -> Option<CharId> {
        self.characters.iter().position(|p| p.id == name).map(|i| CharId(i as u16))
    }
    pub fn army_id(&self, name: &str) -> Option<ArmyId> {
        self.armies.iter().position(|p| p.id == name).map(|i| ArmyId(i as u16))
    }
    pub fn clause_id(&self, name: &str) -> Option<ClauseId> {
        self.clauses.iter().position(|p| p.id == name).map(|i| ClauseId(i as u16))
    }
    pub fn policy_id(&self, name: &str) -> Option<PolicyId> {
        self.policies.iter().position(|p| p.id == name).map(|i| PolicyId(i as u16))
    }
    pub fn region_id(&self, name: &str) -> Option<RegionId> {
        self.regions.iter().position(|p| p.id == name).map(|i| RegionId(i as u16))
    }

    pub fn distance(&self, a: PlaceId, b: PlaceId) -> u16 {
        self.dist[a.index() * self.places.len() + b.index()]
    }

    /// Fills the distance table; called once when the scenario is checked.
    pub fn compute_distances(&mut self) {
        let n = self.places.len();
        self.dist = vec![u16::MAX; n * n];
        for start in 0..n {
            let mut queue = std::collections::VecDeque::from([start]);
            self.dist[start * n + start] = 0;
            while let Some(p) = queue.pop_front() {
                let d = self.dist[start * n + p];
                for (q, _) in &self.neighbours[p] {
                    if self.dist[start * n + q.index()] == u16::MAX {
                        self.dist[start * n + q.index()] = d + 1;
                        queue.push_back(q.index());
                    }
                }
            }
        }
    }

    pub fn adjacent(&self, a: PlaceId, b: PlaceId) -> bool {
        self.neighbours[a.index()].iter().any(|(n, _)| *n == b)
    }

    /// A term with every parameter at its default.
    pub fn default_term(&self, clause: ClauseId) -> Term {
        Term { clause, values: self.clause(clause).params.iter().map(|p| p.kind.default_value()).collect() }
    }

    /// A term with its defaults for a treaty between two courts: a side parameter whose
    /// default names neither party names the first of them instead.
    pub fn default_term_between(&self, clause: ClauseId, (a, b): (CourtId, CourtId)) -> Term {
        let mut term = self.default_term(clause);
        for v in &mut term.values {
            if let Value::Side(c) = v
                && *c != a
                && *c != b
            {
                *c = a;
            }
        }
        term
    }

    /// Envoys of a side, in scenario order.
    pub fn envoys(&self, side: CourtId) -> impl Iterator<Item = CharId> + '_ {
        self.characters
            .iter()
            .enumerate()
            .filter(move |(_, c)| c.envoy.as_ref().is_some_and(|e| c.side == side || e.go_between))
            .map(|(i, _)| CharId(i as u16))
    }

    /// The text of a term with its parameters filled in.
    pub fn term_text(&self, term: &Term) -> String {
        let clause = self.clause(term.clause);
        let mut text = clause.text.clone();
        for (param, value) in clause.params.iter().zip(&term.values) {
            let shown = self.value_text(value);
            text = text.replace(&format!("{{{}}}", param.name), &shown);
        }
        text
    }

    /// The parameters alone, "silver 100,000, silk 200,000", or "as written" for a clause without any.
    pub fn term_values(&self, term: &Term) -> String {
        let clause = self.clause(term.clause);
        if clause.params.is_empty() {
            return crate::locale::tr("term-as-written");
        }
        clause
            .params
            .iter()
            .zip(&term.values)
            .map(|(p, v)| format!("{} {}", param_label(&p.name), self.value_text(v)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn value_text(&self, value: &Value) -> String {
        match value {
            Value::Amount(n) => group_thousands(*n),
            Value::Side(s) => self.court_name(*s).to_string(),
            Value::Place(p) => self.place(*p).name.clone(),
            Value::Region(r) => self.regions[r.index()].name.clone(),
        }
    }
}

/// A clause's parameter as the reader calls it: the shipped scenarios' parameters have words
/// in each language ("silver", 银); a modder's own parameter shows its name.
pub fn param_label(name: &str) -> String {
    let key = match name {
        "silver" => "param-silver",
        "silk" => "param-silk",
        "grain" => "param-grain",
        "place" => "param-place",
        "region" => "param-region",
        "elder" => "param-elder",
        "hostages" => "param-hostages",
        _ => return name.to_string(),
    };
    crate::locale::tr(key)
}

/// A name with its characters beside it, "Chanzhou 澶州", as the map and the panels show it;
/// a name already in characters (the Chinese window) stands alone, not "澶州 澶州".
pub fn named(name: &str, zh: &str) -> String {
    if zh.is_empty() || name == zh || in_characters(name) { name.to_string() } else { format!("{name} {zh}") }
}

/// Whether a name is written in Chinese characters, not in letters ("Lü Yijian" is letters).
pub fn in_characters(name: &str) -> bool {
    name.chars().any(|c| matches!(c as u32, 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F))
}

/// 100000 -> "100,000".
pub fn group_thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if n < 0 { format!("-{out}") } else { out }
}
