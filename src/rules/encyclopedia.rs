//! The encyclopedia: an entry for every person, place, region, court, clause and event of a
//! scenario and for its free entries (terms such as "suibi"), each with a stable key
//! ("person/kou_zhun"), and the names by which a sentence mentions them.
//!
//! Everything here is read from the scenario's data, so modders write the entries in RON.

use crate::locale::Lang;
use crate::rules::scenario::{Account, Lore, Scenario, Stance};
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Person,
    Place,
    Region,
    Court,
    Clause,
    Event,
    /// A free entry of the scenario's `encyclopedia`: a term, a document, a thing.
    Term,
}

impl Kind {
    pub const ALL: [Kind; 7] =
        [Kind::Person, Kind::Place, Kind::Region, Kind::Court, Kind::Clause, Kind::Event, Kind::Term];

    /// The first part of a key: "person" in "person/kou_zhun".
    pub fn prefix(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Place => "place",
            Kind::Region => "region",
            Kind::Court => "court",
            Kind::Clause => "clause",
            Kind::Event => "event",
            Kind::Term => "term",
        }
    }

    /// A heading for a list of entries of this kind.
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Person => "People",
            Kind::Place => "Places",
            Kind::Region => "Regions",
            Kind::Court => "Courts",
            Kind::Clause => "Clauses",
            Kind::Event => "Events",
            Kind::Term => "Terms and records",
        }
    }
}

/// The key of the entry of an item: its kind and its id as the scenario writes it.
pub fn key(kind: Kind, id: &str) -> String {
    format!("{}/{id}", kind.prefix())
}

/// One entry, ready to be shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// "person/kou_zhun": stable while the scenario keeps the id.
    pub key: String,
    pub kind: Kind,
    pub id: String,
    pub title: String,
    /// The name in Chinese characters.
    pub zh: String,
    /// Tone-marked pinyin.
    pub pinyin: String,
    /// The Wade-Giles spelling of older English books.
    pub wade_giles: String,
    pub dates: String,
    /// What it is in the game and in history, in a line: "Co-chief councillor of the Song".
    pub role: String,
    pub text: String,
    /// Which records the facts come from.
    pub sources: String,
    pub disputed: bool,
    /// Why it is disputed, when there are not two accounts to set side by side.
    pub dispute: String,
    /// Each record's account of the disputed point.
    pub accounts: Vec<Account>,
    /// The forms its name takes in a sentence, for finding it in text.
    pub names: Vec<String>,
}

/// Every entry of a scenario, in a fixed order: people, places, regions, courts, clauses,
/// events, then the free entries.
#[derive(Clone, Debug, Default)]
pub struct Encyclopedia {
    pub entries: Vec<Entry>,
    by_key: HashMap<String, usize>,
    /// Every name with its entry, longest first, so "Chanzhou North Town" wins over "Chanzhou".
    names: Vec<(String, usize)>,
}

impl Encyclopedia {
    pub fn of(sc: &Scenario) -> Encyclopedia {
        let mut entries = Vec::new();
        let role = Roles(sc.lang);
        for c in &sc.characters {
            let court = sc.courts.get(c.side).map_or(String::new(), |d| d.name.clone());
            let role = role.person(&c.title, &court, c.stance);
            entries.push(
                entry(Kind::Person, &c.id, &c.name, &c.zh, &c.lore, c.disputed, role, c.bio.clone(), c.sources.clone())
                    .with(|e| {
                        e.wade_giles = c.wade_giles.clone();
                        e.dates = c.dates.clone();
                        // "Empress Dowager Chengtian" is also plain "Chengtian".
                        let words: Vec<&str> = c.name.split_whitespace().collect();
                        if words.len() >= 3 {
                            e.names.push(words[words.len() - 1].to_string());
                        }
                    }),
            );
        }
        for p in &sc.places {
            let role = role.place(sc.court_name(p.controller));
            entries.push(entry(
                Kind::Place,
                &p.id,
                &p.name,
                &p.zh,
                &p.lore,
                p.disputed,
                role,
                p.note.clone(),
                String::new(),
            ));
        }
        for r in &sc.regions {
            let places: Vec<&str> = r.places.iter().map(|p| sc.place(*p).name.as_str()).collect();
            let role = role.region(&places);
            entries.push(entry(
                Kind::Region,
                &r.id,
                &r.name,
                &r.zh,
                &r.lore,
                r.disputed,
                role,
                r.note.clone(),
                String::new(),
            ));
        }
        for (_, c) in sc.courts.iter() {
            let role = role.court(&c.long_name);
            entries.push(
                entry(
                    Kind::Court,
                    &c.id,
                    &c.long_name,
                    &c.zh,
                    &Lore::default(),
                    false,
                    role,
                    c.description.clone(),
                    String::new(),
                )
                // "Song" is in nearly every sentence: a court is found by its full name only.
                .with(|e| e.names.retain(|n| n != &c.name)),
            );
        }
        for (i, c) in sc.clauses.iter().enumerate() {
            let role = role.clause(c.article);
            let term = sc.default_term(crate::rules::ids::ClauseId(i as u16));
            let text = if c.history.is_empty() {
                sc.term_text(&term)
            } else {
                format!("{}\n\n{}", sc.term_text(&term), c.history)
            };
            entries.push(entry(Kind::Clause, &c.id, &c.name, &c.zh, &c.lore, c.disputed, role, text, String::new()));
        }
        for e in &sc.events {
            let text = if e.history.is_empty() { e.text.clone() } else { format!("{}\n\n{}", e.text, e.history) };
            let role = role.event();
            entries.push(entry(Kind::Event, &e.id, &e.name, &e.zh, &e.lore, e.disputed, role, text, String::new()));
        }
        for a in &sc.encyclopedia {
            let lore = Lore { pinyin: a.pinyin.clone(), accounts: a.accounts.clone(), dispute: a.dispute.clone() };
            let role = role.term();
            entries.push(entry(
                Kind::Term,
                &a.id,
                &a.title,
                &a.zh,
                &lore,
                a.disputed,
                role,
                a.text.clone(),
                a.sources.clone(),
            ));
        }
        Encyclopedia::from_entries(entries)
    }

    fn from_entries(entries: Vec<Entry>) -> Encyclopedia {
        let by_key = entries.iter().enumerate().map(|(i, e)| (e.key.clone(), i)).collect();
        let mut names: Vec<(String, usize)> =
            entries.iter().enumerate().flat_map(|(i, e)| e.names.iter().map(move |n| (n.clone(), i))).collect();
        // Longest first; a name two entries share goes to the first of them.
        names.sort_by(|a, b| b.0.chars().count().cmp(&a.0.chars().count()).then(a.1.cmp(&b.1)));
        names.dedup_by(|a, b| a.0 == b.0);
        Encyclopedia { entries, by_key, names }
    }

    /// The entry of a key: "person/kou_zhun".
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.by_key.get(key).map(|i| &self.entries[*i])
    }

    /// The position of an entry in [`Encyclopedia::entries`].
    pub fn index(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    /// The entry a reader means by a key, an id, a name, its characters or its pinyin, in
    /// that order: "person/kou_zhun", "kou_zhun", "Kou Zhun", "寇準", "kòu zhǔn".
    pub fn lookup(&self, name: &str) -> Option<&Entry> {
        let name = name.trim();
        if let Some(e) = self.get(name) {
            return Some(e);
        }
        let folded = name.to_lowercase();
        let finders: [&dyn Fn(&Entry) -> bool; 4] = [
            &|e| e.id == name,
            &|e| e.title.to_lowercase() == folded || e.names.iter().any(|n| n.to_lowercase() == folded),
            &|e| !e.zh.is_empty() && e.zh == name,
            &|e| !e.pinyin.is_empty() && e.pinyin.to_lowercase() == folded,
        ];
        finders.iter().find_map(|f| self.entries.iter().find(|e| f(e)))
    }

    /// Entries whose title, names, characters, pinyin or text hold the query (any case).
    pub fn search(&self, query: &str) -> Vec<&Entry> {
        let q = query.trim().to_lowercase();
        if q.is_empty() {
            return self.entries.iter().collect();
        }
        let hit = |e: &Entry| {
            [&e.title, &e.zh, &e.pinyin, &e.wade_giles, &e.id].iter().any(|f| f.to_lowercase().contains(&q))
                || e.names.iter().any(|n| n.to_lowercase().contains(&q))
        };
        let mut found: Vec<&Entry> = self.entries.iter().filter(|e| hit(e)).collect();
        // Then those that only speak of it.
        found.extend(self.entries.iter().filter(|e| !hit(e) && e.text.to_lowercase().contains(&q)));
        found
    }

    /// The text cut into pieces, each a plain run or a name with the index of its entry.
    /// Names are found whole ("Kou Zhun", not the "Kou" of another word), the longest first.
    pub fn spans<'t>(&self, text: &'t str) -> Vec<(&'t str, Option<usize>)> {
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        for (name, entry) in &self.names {
            for (at, _) in text.match_indices(name.as_str()) {
                let end = at + name.len();
                if whole(text, at, end) && !found.iter().any(|(s, e, _)| at < *e && *s < end) {
                    found.push((at, end, *entry));
                }
            }
        }
        found.sort();
        let mut out = Vec::new();
        let mut from = 0;
        for (at, end, entry) in found {
            if at > from {
                out.push((&text[from..at], None));
            }
            out.push((&text[at..end], Some(entry)));
            from = end;
        }
        if from < text.len() {
            out.push((&text[from..], None));
        }
        out
    }

    /// The entries a text names, each once, in the order they first appear.
    pub fn mentions(&self, text: &str) -> Vec<&Entry> {
        let mut seen = Vec::new();
        for (_, entry) in self.spans(text) {
            if let Some(i) = entry
                && !seen.contains(&i)
            {
                seen.push(i);
            }
        }
        seen.into_iter().map(|i| &self.entries[i]).collect()
    }
}

/// The line under an entry's title that says what it is, in the scenario's language. These
/// few sentences are assembled from the scenario's own names, which are resolved when it is
/// compiled, so they are written here beside them rather than looked up in the window's words.
struct Roles(Lang);

impl Roles {
    fn zh(&self) -> bool {
        self.0 == Lang::ZhHans
    }

    /// "Co-chief councillor (Song court), a hawk"; "同平章事（宋），主战".
    fn person(&self, title: &str, court: &str, stance: Option<Stance>) -> String {
        if self.zh() {
            let title = if title.is_empty() { "臣属" } else { title };
            let stance = match stance {
                Some(Stance::Hawk) => "，主战",
                Some(Stance::Dove) => "，主和",
                Some(Stance::Moderate) => "，持重",
                None => "",
            };
            return format!("{title}（{court}）{stance}");
        }
        let stance = match stance {
            Some(Stance::Hawk) => ", a hawk",
            Some(Stance::Dove) => ", a dove",
            Some(Stance::Moderate) => ", a moderate",
            None => "",
        };
        let title = if title.is_empty() { "Serves" } else { title };
        format!("{title} ({court} court){stance}")
    }

    fn place(&self, holder: &str) -> String {
        if self.zh() {
            format!("地图上的地点，开局时属{holder}")
        } else {
            format!("A place on the map, held by the {holder} when the game begins")
        }
    }

    fn region(&self, places: &[&str]) -> String {
        if self.zh() {
            format!("地图上的区域：{}", places.join("、"))
        } else {
            format!("A region of the map: {}", places.join(", "))
        }
    }

    fn court(&self, long_name: &str) -> String {
        if self.zh() {
            format!("游戏中的朝廷：{long_name}")
        } else {
            format!("A court of the game: {long_name}")
        }
    }

    fn clause(&self, article: Option<u32>) -> String {
        match (self.zh(), article) {
            (true, Some(a)) => format!("和约条文：誓书第{a}条"),
            (true, None) => "和约条文，不在誓书所列各条之内".to_string(),
            (false, Some(a)) => format!("A treaty clause: article {a} of the oath"),
            (false, None) => "A treaty clause, in no numbered article".to_string(),
        }
    }

    fn event(&self) -> String {
        if self.zh() { "游戏中的事件" } else { "An event of the game" }.to_string()
    }

    fn term(&self) -> String {
        if self.zh() { "名词或史料" } else { "A term or a record" }.to_string()
    }
}

/// Whether `text[at..end]` is a whole word: no letter or digit of the same word touches it.
fn whole(text: &str, at: usize, end: usize) -> bool {
    let joined = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
    let first = text[at..end].chars().next();
    // Chinese characters are not spaced: they need no boundary.
    if first.is_some_and(|c| !c.is_ascii()) {
        return true;
    }
    !joined(text[..at].chars().next_back()) && !joined(text[end..].chars().next())
}

trait With: Sized {
    fn with(mut self, f: impl FnOnce(&mut Self)) -> Self {
        f(&mut self);
        self
    }
}
impl With for Entry {}

#[allow(clippy::too_many_arguments)]
fn entry(
    kind: Kind,
    id: &str,
    title: &str,
    zh: &str,
    lore: &Lore,
    disputed: bool,
    role: String,
    text: String,
    sources: String,
) -> Entry {
    let mut names = vec![title.to_string()];
    // "Youzhou (Yanjing)" is also "Youzhou" and "Yanjing"; "The Sixteen Prefectures" is
    // "Sixteen Prefectures" in a sentence.
    if let Some((before, rest)) = title.split_once(" (") {
        names.push(before.to_string());
        names.push(rest.trim_end_matches(')').to_string());
    }
    // "幽州（燕京）" likewise.
    if let Some((before, rest)) = title.split_once('（') {
        names.push(before.to_string());
        names.push(rest.trim_end_matches('）').to_string());
    }
    if let Some(rest) = title.strip_prefix("The ") {
        names.push(rest.to_string());
    }
    // A single character is too common a sign to be a name.
    if zh.chars().count() >= 2 {
        names.push(zh.to_string());
    }
    // A year in brackets is no name: "1044" would tie every year in every text to it.
    names.retain(|n| n.chars().count() >= 2 && !n.chars().all(|c| c.is_ascii_digit()));
    names.dedup();
    Entry {
        key: key(kind, id),
        kind,
        id: id.to_string(),
        title: title.to_string(),
        zh: zh.to_string(),
        pinyin: lore.pinyin.clone(),
        wade_giles: String::new(),
        dates: String::new(),
        role,
        text,
        sources,
        disputed,
        dispute: lore.dispute.clone(),
        accounts: lore.accounts.clone(),
        names,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry_named(kind: Kind, id: &str, title: &str) -> Entry {
        entry(kind, id, title, "", &Lore::default(), false, String::new(), String::new(), String::new())
    }

    #[test]
    fn the_longest_name_wins_and_words_are_found_whole() {
        let e = Encyclopedia::from_entries(vec![
            entry_named(Kind::Place, "chanzhou", "Chanzhou"),
            entry_named(Kind::Place, "chanzhou_north", "Chanzhou North Town"),
            entry_named(Kind::Person, "han_qi", "Han Qi"),
        ]);
        let spans = e.spans("Chanzhou North Town falls; Han Qise rides to Chanzhou.");
        let named: Vec<(&str, usize)> = spans.iter().filter_map(|(t, i)| i.map(|i| (*t, i))).collect();
        assert_eq!(named, vec![("Chanzhou North Town", 1), ("Chanzhou", 0)]);
        assert_eq!(
            spans.iter().map(|(t, _)| *t).collect::<String>(),
            "Chanzhou North Town falls; Han Qise rides to Chanzhou."
        );
    }
}
