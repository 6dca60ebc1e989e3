//! The one checking pass: raw RON types in, a [`Scenario`] with resolved ids out, and every
//! problem found on the way reported with its place in the file: the place of the value
//! it is about (found by its path, `places[3].controller`, see [`super::spans`]), or where
//! no path is known, the first place its text is written.

use super::diagnostic::{Diagnostic, Severity, Source, did_you_mean};
use super::raw::*;
use super::spans::{Origins, Outline, Seg};
use super::*;
use crate::locale::Lang;
use crate::rules::vocab::ActionKind;
use std::collections::HashMap;

/// Ranges that keep a modder's numbers sane, so no game arithmetic can overflow.
const MAX_AMOUNT: i64 = 1_000_000_000_000;
const MAX_TURNS: u32 = 2_000;
/// A file with more problems than this is reported in part: fix these first.
pub const MAX_DIAGNOSTICS: usize = 200;
/// The longest text a `Say` effect may add to the chronicle each time it runs.
const MAX_SAY: usize = 2_000;
/// The largest list of any one kind, so every id fits in 16 bits with room to spare.
const MAX_LIST: usize = 4_000;

pub struct Compiler<'a> {
    sources: &'a [Source],
    pub diagnostics: Vec<Diagnostic>,
    /// How many times an unknown name has been reported, to point at its next occurrence.
    seen: HashMap<String, usize>,
    occurrences: HashMap<String, Vec<(usize, usize)>>,
    line_starts: Vec<Vec<usize>>,
    /// Problems found after the first [`MAX_DIAGNOSTICS`], counted but not listed.
    dropped: usize,
    places: HashMap<String, u16>,
    chars: HashMap<String, u16>,
    armies: HashMap<String, u16>,
    regions: HashMap<String, u16>,
    clauses: HashMap<String, u16>,
    events: HashMap<String, u16>,
    policies: HashMap<String, u16>,
    courts: HashMap<String, u16>,
    /// Which file each list entry was written in; without it problems are found by their text.
    origins: Option<Origins>,
    /// Each file's outline and comments, made when a problem in it is first placed.
    outlines: Vec<Option<(Outline, Vec<bool>)>>,
    /// The path of the value being checked: a problem found now is placed there.
    here: Vec<Seg>,
    /// The language the scenario's texts are resolved into: the reader's, when it was compiled.
    pub(super) lang: Lang,
    /// Each `Say` line's English, which the chronicle keeps so a game is the same in every
    /// language, with its text in [`Self::lang`].
    said: Vec<(String, String)>,
}

/// Where a clause's parameters are in scope while its effects and worth are checked.
type Params<'p> = Option<&'p [RawParam]>;

impl<'a> Compiler<'a> {
    pub fn new(sources: &'a [Source]) -> Self {
        Compiler {
            sources,
            diagnostics: Vec::new(),
            seen: HashMap::new(),
            occurrences: HashMap::new(),
            line_starts: sources
                .iter()
                .map(|s| std::iter::once(0).chain(s.text.match_indices('\n').map(|(i, _)| i + 1)).collect())
                .collect(),
            dropped: 0,
            places: HashMap::new(),
            chars: HashMap::new(),
            armies: HashMap::new(),
            regions: HashMap::new(),
            clauses: HashMap::new(),
            events: HashMap::new(),
            policies: HashMap::new(),
            courts: HashMap::new(),
            origins: None,
            outlines: sources.iter().map(|_| None).collect(),
            here: Vec::new(),
            lang: crate::locale::language(),
            said: Vec::new(),
        }
    }

    /// Places problems by the path of their value, knowing which file each list entry of the
    /// merged scenario came from.
    pub fn with_origins(mut self, origins: Origins) -> Self {
        self.origins = Some(origins);
        self
    }

    /// Resolves texts into `lang` rather than the reader's language.
    pub fn in_language(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// Runs `f` with the value at `step` (below the current one) as the place of its problems.
    fn at<T>(&mut self, step: impl Into<Seg>, f: impl FnOnce(&mut Self) -> T) -> T {
        self.here.push(step.into());
        let out = f(self);
        self.here.pop();
        out
    }

    /// Runs `f` with entry `i` of the top-level list `list` as the place of its problems.
    fn entry<T>(&mut self, list: &'static str, i: usize, f: impl FnOnce(&mut Self) -> T) -> T {
        let outer = std::mem::replace(&mut self.here, vec![Seg::from(list), Seg::At(i)]);
        let out = f(self);
        self.here = outer;
        out
    }

    /// Where the value at `path` is written, narrowed to `needle` when the needle is written
    /// inside it (outside comments): as (file, byte range).
    fn place_of(&mut self, path: &[Seg], needle: &str) -> Option<(usize, std::ops::Range<usize>)> {
        let (file, inner, least) = self.origins.as_ref()?.locate(path)?;
        let text = &self.sources.get(file)?.text;
        let (outline, comments) =
            self.outlines[file].get_or_insert_with(|| (Outline::of(text), super::migrate::comment_mask(text)));
        let found = outline.find(text, &inner)?;
        let whole_chars = |r: &std::ops::Range<usize>| text.is_char_boundary(r.start) && text.is_char_boundary(r.end);
        if found.steps < least || !whole_chars(&found.entry) || !whole_chars(&found.value) {
            return None;
        }
        let hay = text.get(found.entry.clone())?;
        let hit = (!needle.is_empty())
            .then(|| hay.match_indices(needle).map(|(at, _)| found.entry.start + at).find(|at| !comments[*at]))
            .flatten();
        Some(match hit {
            Some(at) => (file, at..at + needle.len()),
            None if found.whole => (file, found.value),
            // Only the entry around it is written: its first line.
            None => {
                let first_line = hay.find('\n').unwrap_or(hay.len());
                (file, found.entry.start..found.entry.start + first_line)
            }
        })
    }

    /// Reports a problem at the value at `path`, or failing that at the first unreported
    /// occurrence of `needle`.
    pub(super) fn report_at(
        &mut self,
        path: &[Seg],
        severity: Severity,
        needle: &str,
        message: String,
        suggestion: Option<String>,
    ) {
        let outer = std::mem::replace(&mut self.here, path.to_vec());
        self.report(severity, needle, message, suggestion);
        self.here = outer;
    }

    /// Finds the `nth` occurrence of a text in the sources, as (file, byte range). Each text
    /// is searched for once, however many problems point at it.
    fn locate(&mut self, needle: &str, nth: usize) -> Option<(usize, std::ops::Range<usize>)> {
        let sources = self.sources;
        let found = self.occurrences.entry(needle.to_string()).or_insert_with(|| {
            let mut in_code = Vec::new();
            let mut anywhere = Vec::new();
            for (i, s) in sources.iter().enumerate() {
                let hits: Vec<usize> = s.text.match_indices(needle).map(|(at, _)| at).collect();
                if hits.is_empty() {
                    continue;
                }
                // A mention in a comment is no place to point at, unless there is nothing else.
                let comments = super::migrate::comment_mask(&s.text);
                in_code.extend(hits.iter().filter(|at| !comments[**at]).map(|at| (i, *at)));
                anywhere.extend(hits.iter().map(|at| (i, *at)));
            }
            if in_code.is_empty() { anywhere } else { in_code }
        });
        // Fewer occurrences than reports: point at the first one.
        let (file, at) = *found.get(nth).or(found.first())?;
        Some((file, at..at + needle.len()))
    }

    /// Reports a problem at the value being checked (see [`Self::at`]), narrowed to `needle`
    /// inside it; where no value is being checked, at the next unreported occurrence of `needle`.
    pub fn report(&mut self, severity: Severity, needle: &str, message: String, suggestion: Option<String>) {
        if self.diagnostics.len() >= MAX_DIAGNOSTICS {
            self.dropped += 1;
            return;
        }
        let here = std::mem::take(&mut self.here);
        let placed = if here.is_empty() { None } else { self.place_of(&here, needle) };
        self.here = here;
        let placed = placed.or_else(|| {
            let nth = {
                let n = self.seen.entry(needle.to_string()).or_insert(0);
                *n += 1;
                *n - 1
            };
            self.locate(needle, nth)
        });
        let (path, line, col, span) = match placed {
            Some((file, span)) => {
                let (line, col) = self.line_col(file, span.start);
                (self.sources[file].path.clone(), line, col, span)
            }
            None => (self.sources.first().map(|s| s.path.clone()).unwrap_or_default(), 0, 0, 0..0),
        };
        self.diagnostics.push(Diagnostic { severity, path, line, col, span, message, suggestion });
    }

    /// Line and column by binary search in each file's table of line starts.
    fn line_col(&self, file: usize, offset: usize) -> (usize, usize) {
        let starts = &self.line_starts[file];
        let line = starts.partition_point(|s| *s <= offset).max(1);
        let text = &self.sources[file].text;
        let start = starts[line - 1];
        let end = offset.min(text.len()).max(start);
        (line, text.get(start..end).map_or(1, |t| t.chars().count() + 1))
    }

    /// The problems found, with a last line counting those not listed.
    fn finish_diagnostics(mut self) -> Vec<Diagnostic> {
        if self.dropped > 0 {
            let path = self.sources.first().map(|s| s.path.clone()).unwrap_or_default();
            // Only as grave as the worst of those listed: many warnings do not refuse a scenario.
            let severity = self.diagnostics.iter().map(|d| d.severity).min().unwrap_or(Severity::Warning);
            self.diagnostics.push(Diagnostic {
                severity,
                path,
                line: 0,
                col: 0,
                span: 0..0,
                message: format!("and {} more problems not listed", self.dropped),
                suggestion: Some(format!("fix the first {MAX_DIAGNOSTICS} and validate again")),
            });
        }
        self.diagnostics
    }

    /// Reports a problem at the second occurrence of `needle` at the least: a duplicate is
    /// shown where it is written again, not where it was first defined.
    pub fn report_duplicate(&mut self, needle: &str, message: String, suggestion: Option<String>) {
        self.seen.entry(needle.to_string()).or_insert(1);
        self.report(Severity::Error, needle, message, suggestion);
    }

    fn error(&mut self, needle: &str, message: String) {
        self.report(Severity::Error, needle, message, None);
    }

    /// Runs `f` with the value at `path` as the place of its problems.
    fn at_path<T>(&mut self, path: &[Seg], f: impl FnOnce(&mut Self) -> T) -> T {
        let outer = std::mem::replace(&mut self.here, path.to_vec());
        let out = f(self);
        self.here = outer;
        out
    }

    /// The terms of a list at `path` below the current value (a treaty, the history, an
    /// opening), each with its place in the list; a term naming an unknown clause is reported
    /// and left out.
    fn terms_of(&mut self, path: &[Seg], terms: &[RawTerm], clauses: &[Clause]) -> Vec<(usize, Term)> {
        let depth = self.here.len();
        self.here.extend(path.iter().cloned());
        let out = terms
            .iter()
            .enumerate()
            .filter_map(|(k, t)| self.at(k, |this| this.term(t, clauses)).map(|t| (k, t)))
            .collect();
        self.here.truncate(depth);
        out
    }

    /// An error at `path`, found by `needle` where the path is not written.
    fn whole_error(&mut self, path: &[Seg], needle: &str, message: String) {
        self.report_at(path, Severity::Error, needle, message, None);
    }

    fn quoted(name: &str) -> String {
        format!("\"{name}\"")
    }

    fn lookup(&mut self, kind: &str, name: &str) -> Option<u16> {
        let table = match kind {
            "place" => &self.places,
            "character" => &self.chars,
            "army" => &self.armies,
            "region" => &self.regions,
            "clause" => &self.clauses,
            "event" => &self.events,
            "court" => &self.courts,
            _ => &self.policies,
        };
        if let Some(id) = table.get(name) {
            return Some(*id);
        }
        let hint = did_you_mean(name, table.keys().map(String::as_str));
        self.report(Severity::Error, &Self::quoted(name), format!("unknown {kind} `{name}`"), hint);
        None
    }

    fn place(&mut self, name: &str) -> PlaceId {
        PlaceId(self.lookup("place", name).unwrap_or(0))
    }
    fn character(&mut self, name: &str) -> CharId {
        CharId(self.lookup("character", name).unwrap_or(0))
    }
    fn army(&mut self, name: &str) -> ArmyId {
        ArmyId(self.lookup("army", name).unwrap_or(0))
    }
    fn region(&mut self, name: &str) -> RegionId {
        RegionId(self.lookup("region", name).unwrap_or(0))
    }
    /// A court named by its id; unknown ids are reported with the nearest id.
    fn court(&mut self, name: &str) -> CourtId {
        CourtId(self.lookup("court", name).unwrap_or(0) as u8)
    }
    /// A court named as a field, in a worth table, a standing, openings or priors:
    /// `(song: ..., xia: ...)`; an unknown one is shown where the field is written.
    fn court_key(&mut self, name: &str) -> Option<CourtId> {
        if let Some(id) = self.courts.get(name) {
            return Some(CourtId(*id as u8));
        }
        let hint = did_you_mean(name, self.courts.keys().map(String::as_str));
        self.report(Severity::Error, &format!("{name}:"), format!("unknown court `{name}`"), hint);
        None
    }
    fn court_pair(&mut self, (a, b): &(String, String)) -> (CourtId, CourtId) {
        let (x, y) = (self.at(0, |this| this.court(a)), self.at(1, |this| this.court(b)));
        // The same id twice (an unknown id is reported as such, not as a pair).
        if a == b && self.courts.contains_key(a) {
            let spaced = format!("{}, {}", Self::quoted(a), Self::quoted(b));
            let tight = format!("{},{}", Self::quoted(a), Self::quoted(b));
            let needle = if self.sources.iter().any(|s| s.text.contains(&spaced)) { spaced } else { tight };
            self.report(
                Severity::Error,
                &needle,
                format!("the court `{a}` is named twice where two courts are meant"),
                Some("name the two courts of the pair".into()),
            );
        }
        pair(x, y)
    }
    /// A side parameter in a treaty or a draft names one of its two parties: no third court
    /// pays or yields under a treaty it did not swear.
    fn sides_are_parties(&mut self, list: &str, (a, b): (CourtId, CourtId), terms: &[Term], clauses: &[Clause]) {
        for t in terms {
            for v in &t.values {
                if let Value::Side(c) = v
                    && *c != a
                    && *c != b
                {
                    let clause = clauses.get(t.clause.index()).map(|c| c.id.clone()).unwrap_or_default();
                    let (x, y, z) = (self.court_id_text(*c), self.court_id_text(a), self.court_id_text(b));
                    self.report(
                        Severity::Error,
                        &format!("Side({})", Self::quoted(&x)),
                        format!("the `{list}` between `{y}` and `{z}` makes `{x}` a side of `{clause}`, but `{x}` is no party"),
                        Some(format!("name `{y}` or `{z}`")),
                    );
                }
            }
        }
    }
    fn court_id_text(&self, c: CourtId) -> String {
        self.courts.iter().find(|(_, i)| **i as usize == c.index()).map(|(k, _)| k.clone()).unwrap_or_default()
    }

    /// Builds an id table from the ids of the top-level list `list`, reporting duplicate ids
    /// at the second.
    fn index<'i>(
        &mut self,
        kind: &str,
        list: &'static str,
        ids: impl Iterator<Item = &'i str>,
    ) -> HashMap<String, u16> {
        let mut table = HashMap::new();
        // Ids that look alike to a reader: the same but for case, or with invisible signs.
        let mut folded: HashMap<String, String> = HashMap::new();
        for (i, id) in ids.enumerate() {
            self.here = vec![Seg::from(list), Seg::At(i), Seg::from("id")];
            let invisible = |c: char| matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{00ad}');
            if id.chars().any(invisible) {
                self.report(
                    Severity::Warning,
                    &Self::quoted(id),
                    format!("the {kind} id `{}` holds an invisible sign", id.escape_unicode()),
                    Some("type the id again with plain letters".into()),
                );
            }
            if !id.is_ascii()
                && id.chars().any(|c| c.is_ascii_alphabetic())
                && id.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
            {
                self.report(
                    Severity::Warning,
                    &Self::quoted(id),
                    format!(
                        "the {kind} id `{id}` mixes Latin letters with letters of another script, which may look alike"
                    ),
                    Some("write ids in plain Latin letters; names may use any script".into()),
                );
            }
            let key: String = id.chars().filter(|c| !invisible(*c)).flat_map(char::to_lowercase).collect();
            match folded.get(&key) {
                Some(other) if other != id => self.report(
                    Severity::Warning,
                    &Self::quoted(id),
                    format!("the {kind} ids `{other}` and `{id}` differ only by case or invisible signs"),
                    Some("give them clearly different ids, or make them one".into()),
                ),
                _ => {
                    folded.insert(key, id.to_string());
                }
            }
            if id.is_empty() {
                self.error("id: \"\"", format!("{} has an empty id", article(kind)));
            } else if table.contains_key(id) {
                // Point at the second definition.
                let needle = format!("id: {}", Self::quoted(id));
                self.seen.entry(needle.clone()).or_insert(1);
                self.report(
                    Severity::Error,
                    &needle,
                    format!("duplicate {kind} id `{id}`"),
                    Some("give each one its own id".into()),
                );
            } else {
                table.insert(id.to_string(), i as u16);
            }
            if table.len() >= u16::MAX as usize {
                break;
            }
        }
        self.here.clear();
        table
    }

    /// The features of the land: each named, a line of two points or more or a closed ring,
    /// every point near the places (a point far outside is a slip of a digit), its source said.
    fn compile_geography(&mut self, raw: &[RawFeature], places: &[Place]) -> Vec<Feature> {
        let (mut lo, mut hi) = ((f32::MAX, f32::MAX), (f32::MIN, f32::MIN));
        for p in places {
            lo = (lo.0.min(p.pos.0), lo.1.min(p.pos.1));
            hi = (hi.0.max(p.pos.0), hi.1.max(p.pos.1));
        }
        // The map reaches half its size again beyond the outermost places on every side.
        let (wide, tall) = ((hi.0 - lo.0).max(100.0) / 2.0, (hi.1 - lo.1).max(100.0) / 2.0);
        let (lo, hi) = ((lo.0 - wide, lo.1 - tall), (hi.0 + wide, hi.1 + tall));
        let mut out = Vec::with_capacity(raw.len());
        for (i, f) in raw.iter().enumerate() {
            self.here = vec![Seg::from("geography"), Seg::At(i)];
            let needle = Self::quoted(&f.name.en);
            if f.name.trim_is_empty() {
                self.error("geography", "a feature of the geography has no name".into());
            }
            let points: Vec<(f32, f32)> = f
                .points
                .iter()
                .map(|(x, y)| {
                    (self.finite("a feature's point", &needle, *x), self.finite("a feature's point", &needle, *y))
                })
                .collect();
            let kind = format!("{:?}", f.kind);
            if f.kind.is_area() {
                let closed = points.len() >= 4 && points.first() == points.last();
                if !closed {
                    let first = points.first().map_or("the first point".into(), |(x, y)| format!("({x}, {y})"));
                    self.report(
                        Severity::Error,
                        &needle,
                        format!("the {kind} area \"{}\" is not a closed ring of three points or more", f.name),
                        Some(format!("end its `points` with its first point again, {first}")),
                    );
                }
            } else if points.len() < 2 {
                self.report(
                    Severity::Error,
                    &needle,
                    format!("the {kind} line \"{}\" has {} point(s)", f.name, points.len()),
                    Some("give a line two points or more".into()),
                );
            }
            if let Some((x, y)) = points.iter().find(|(x, y)| *x < lo.0 || *x > hi.0 || *y < lo.1 || *y > hi.1) {
                self.report(
                    Severity::Error,
                    &needle,
                    format!(
                        "the point ({x}, {y}) of \"{}\" lies far outside the map (x {:.0} to {:.0}, y {:.0} to {:.0})",
                        f.name, lo.0, hi.0, lo.1, hi.1
                    ),
                    Some("check for a missing or an extra digit".into()),
                );
            }
            if f.source.trim().is_empty() {
                self.report(
                    Severity::Warning,
                    &needle,
                    format!("\"{}\" does not say where it was drawn from", f.name),
                    Some("name the dataset or the atlas in `source`".into()),
                );
            }
            out.push(Feature {
                kind: f.kind,
                name: f.name.name_or(&f.zh, self.lang),
                zh: f.zh.clone(),
                points,
                source: f.source.clone(),
                approximate: f.approximate,
                note: f.note.to(self.lang),
            });
        }
        self.here.clear();
        out
    }

    /// A number that must be a number: NaN and infinity are refused (and read as 0).
    fn finite(&mut self, what: &str, needle: &str, value: f32) -> f32 {
        if value.is_finite() {
            return value;
        }
        self.report(
            Severity::Error,
            needle,
            format!("{what} is {value}, which is no number the game can use"),
            Some("write a plain number, such as 12.5".into()),
        );
        0.0
    }

    fn range(&mut self, what: &str, needle: &str, value: i64, min: i64, max: i64) -> i64 {
        if value < min || value > max {
            self.report(
                Severity::Error,
                needle,
                format!("{what} is {value}, outside {min}..={max}"),
                Some(format!("use a value from {min} to {max}")),
            );
            value.clamp(min, max)
        } else {
            value
        }
    }

    pub fn compile(mut self, raw: &RawScenario) -> (Option<Scenario>, Vec<Diagnostic>) {
        let first_id = Self::quoted(&raw.id);
        // What concerns the scenario as a whole is shown at its id, in the file that names it.
        let whole = [Seg::from("id")];
        // The format is checked where each file is read (load.rs), once for every file.
        if raw.id.is_empty() {
            self.whole_error(&[Seg::from("format")], "format", "the scenario has no `id`".into());
        }
        self.courts = self.index("court", "courts", raw.courts.iter().map(|c| c.id.as_str()));
        for (i, c) in raw.courts.iter().enumerate() {
            let path = [Seg::from("courts"), Seg::At(i), Seg::from("id")];
            // Court ids are field names in worth tables and standings: `(song: 4, xia: 2)`.
            let word = c.id.chars().next().is_some_and(|ch| ch.is_ascii_lowercase())
                && c.id.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_');
            if !word && !c.id.is_empty() {
                self.report_at(
                    &path,
                    Severity::Error,
                    &Self::quoted(&c.id),
                    format!("the court id `{}` is not a plain lower-case word", c.id),
                    Some("use lower-case letters, digits and `_`, starting with a letter: \"xia\"".into()),
                );
            }
        }
        if raw.courts.len() < 2 {
            self.whole_error(
                &whole,
                &first_id,
                format!("the scenario declares {} court(s); it needs at least two", raw.courts.len()),
            );
            return (None, self.finish_diagnostics());
        }
        if raw.courts.len() > MAX_COURTS {
            self.whole_error(
                &whole,
                &first_id,
                format!("the scenario declares {} courts; at most {MAX_COURTS} are allowed", raw.courts.len()),
            );
            return (None, self.finish_diagnostics());
        }
        self.places = self.index("place", "places", raw.places.iter().map(|p| p.id.as_str()));
        self.chars = self.index("character", "characters", raw.characters.iter().map(|p| p.id.as_str()));
        self.armies = self.index("army", "armies", raw.armies.iter().map(|p| p.id.as_str()));
        self.regions = self.index("region", "regions", raw.regions.iter().map(|p| p.id.as_str()));
        self.clauses = self.index("clause", "clauses", raw.clauses.iter().map(|p| p.id.as_str()));
        self.events = self.index("event", "events", raw.events.iter().map(|p| p.id.as_str()));
        self.policies = self.index("policy", "policies", raw.policies.iter().map(|p| p.id.as_str()));
        self.index("objective", "objectives", raw.objectives.iter().map(|o| o.id.as_str()));
        for (kind, n) in [("place", raw.places.len()), ("character", raw.characters.len()), ("army", raw.armies.len())]
        {
            if n == 0 {
                self.whole_error(&whole, &first_id, format!("the scenario has no {kind}"));
            }
        }
        let sizes = [
            raw.places.len(),
            raw.armies.len(),
            raw.characters.len(),
            raw.clauses.len(),
            raw.events.len(),
            raw.policies.len(),
            raw.regions.len(),
            raw.routes.len(),
            raw.memorials.len(),
            raw.objectives.len(),
        ];
        if sizes.iter().any(|n| *n > MAX_LIST) {
            self.whole_error(
                &whole,
                &first_id,
                format!("the scenario is too large: a list has over {MAX_LIST} entries"),
            );
            return (None, self.finish_diagnostics());
        }

        let calendar = match &raw.calendar {
            Some(c) => {
                self.here = vec![Seg::from("calendar")];
                if c.turns == 0 || c.turns > MAX_TURNS {
                    self.at("turns", |this| {
                        this.error("turns", format!("calendar turns is {}, outside 1..={MAX_TURNS}", c.turns))
                    });
                }
                let start_year = self.at("start_year", |this| {
                    this.range("start_year", &format!("start_year: {}", c.start_year), c.start_year as i64, -5000, 5000)
                });
                let calendar = Calendar {
                    unit: c.unit,
                    start_year: start_year as i32,
                    start_month: match c.unit {
                        TurnUnit::Season => c.start_month.clamp(1, 4),
                        _ => c.start_month.clamp(1, 12),
                    },
                    turns: c.turns.clamp(1, MAX_TURNS),
                    turns_after_treaty: c.turns_after_treaty.min(MAX_TURNS),
                    intercalary: c
                        .intercalary
                        .iter()
                        .enumerate()
                        .filter(|(j, (y, m))| {
                            let ok = (1..=12).contains(m);
                            if !ok {
                                let path = [Seg::from("calendar"), Seg::from("intercalary"), Seg::At(*j)];
                                let message = format!("intercalary month {m} of {y} is not a month (1-12)");
                                self.whole_error(&path, "intercalary", message);
                            }
                            ok
                        })
                        .map(|(_, ym)| *ym)
                        .collect(),
                };
                self.here.clear();
                calendar
            }
            None => {
                self.whole_error(&whole, &first_id, "the scenario has no calendar".into());
                Calendar {
                    unit: TurnUnit::Xun,
                    start_year: 1004,
                    start_month: 9,
                    turns: 1,
                    turns_after_treaty: 0,
                    intercalary: Vec::new(),
                }
            }
        };

        // The rules first: the walls a place may start with are capped by them.
        let rules = self.compile_rules(raw.rules.clone().unwrap_or_default());
        let walls_max = rules.walls_max as i64;
        let places: Vec<Place> = raw
            .places
            .iter()
            .enumerate()
            .map(|(i, p)| self.entry("places", i, |this| this.compile_place(p, walls_max)))
            .collect();
        let mut neighbours = vec![Vec::new(); places.len()];
        let mut routes = Vec::new();
        for (i, r) in raw.routes.iter().enumerate() {
            self.here = vec![Seg::from("routes"), Seg::At(i)];
            let (a, b) = (self.at("from", |this| this.place(&r.from)), self.at("to", |this| this.place(&r.to)));
            if places.is_empty() {
                continue;
            }
            if r.from == r.to {
                let exact = format!("from: {}, to: {}", Self::quoted(&r.from), Self::quoted(&r.to));
                let needle = if self.sources.iter().any(|s| s.text.contains(&exact)) {
                    exact
                } else {
                    format!("to: {}", Self::quoted(&r.to))
                };
                self.error(&needle, format!("a route leads from `{}` to itself", r.from));
                continue;
            }
            if neighbours[a.index()].iter().any(|(n, _)| *n == b) {
                self.at("to", |this| {
                    this.report(
                        Severity::Warning,
                        &Self::quoted(&r.to),
                        format!("the route {} - {} is given twice", r.from, r.to),
                        None,
                    )
                });
                continue;
            }
            neighbours[a.index()].push((b, r.river));
            neighbours[b.index()].push((a, r.river));
            routes.push((a, b, r.river, r.border));
        }
        self.here.clear();
        self.check_connected(&places, &neighbours);

        for (i, r) in raw.regions.iter().enumerate().filter(|(_, r)| r.places.is_empty()) {
            let path = [Seg::from("regions"), Seg::At(i), Seg::from("places")];
            self.whole_error(&path, &Self::quoted(&r.id), format!("region `{}` has no places", r.id));
        }
        let regions = raw
            .regions
            .iter()
            .enumerate()
            .map(|(i, r)| Region {
                id: r.id.clone(),
                name: r.name.name_or(&r.zh, self.lang),
                zh: r.zh.clone(),
                places: self.entry("regions", i, |this| {
                    this.at("places", |this| {
                        r.places.iter().enumerate().map(|(j, p)| this.at(j, |this| this.place(p))).collect()
                    })
                }),
                note: r.note.to(self.lang),
                disputed: r.disputed,
                lore: super::lore::lore(self.lang, &r.pinyin, &r.accounts, &r.dispute),
            })
            .collect();

        let characters: Vec<Character> = raw
            .characters
            .iter()
            .enumerate()
            .map(|(i, c)| self.entry("characters", i, |this| this.compile_character(c)))
            .collect();
        let armies: Vec<ArmyDef> = raw
            .armies
            .iter()
            .enumerate()
            .map(|(i, a)| {
                self.here = vec![Seg::from("armies"), Seg::At(i)];
                let commander = a.commander.as_ref().map(|c| self.at("commander", |this| this.character(c)));
                let side = self.at("side", |this| this.court(&a.side));
                if let Some(c) = commander.and_then(|c| characters.get(c.index()))
                    && c.side != side
                {
                    let (theirs, ours) = (self.court_id_text(c.side), a.side.clone());
                    self.at("commander", |this| {
                        this.error(
                            &Self::quoted(a.commander.as_deref().unwrap_or_default()),
                            format!("{} serves the court `{theirs}` but commands the `{ours}` army `{}`", c.name, a.id),
                        )
                    });
                }
                let army = ArmyDef {
                    id: a.id.clone(),
                    name: a.name.to(self.lang),
                    side,
                    at: self.at("at", |this| this.place(&a.at)),
                    strength: self.at("strength", |this| {
                        this.range("army strength", &format!("strength: {}", a.strength), a.strength, 1, 10_000_000)
                    }),
                    morale: self.at("morale", |this| {
                        this.range("army morale", &format!("morale: {}", a.morale), a.morale as i64, 0, 100)
                    }) as i32,
                    commander,
                    post: a.post.as_ref().map(|p| self.at("post", |this| this.place(p))),
                };
                self.here.clear();
                army
            })
            .collect();
        let mut armies = armies;
        self.place_armies(&raw.placed, &mut armies);

        let policies = raw
            .policies
            .iter()
            .enumerate()
            .map(|(i, p)| self.entry("policies", i, |this| this.compile_policy(p)))
            .collect();
        let clauses: Vec<Clause> = raw
            .clauses
            .iter()
            .enumerate()
            .map(|(i, c)| self.entry("clauses", i, |this| this.compile_clause(c)))
            .collect();
        let events = raw
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| {
                self.here = vec![Seg::from("events"), Seg::At(i)];
                if matches!(e.when, RawCondition::Never) || e.chance == 0 {
                    self.report(
                        Severity::Warning,
                        &Self::quoted(&e.id),
                        format!("event `{}` can never fire", e.id),
                        Some("give it a condition that can hold and a chance above 0".into()),
                    );
                }
                if e.chance > 100 {
                    self.at("chance", |this| {
                        this.error(
                            &Self::quoted(&e.id),
                            format!("event `{}` has a chance of {}%, above 100%", e.id, e.chance),
                        )
                    });
                }
                let when = self.at("when", |this| this.condition(&e.when));
                let effects = self.at("effects", |this| this.effects(&e.effects, None, false));
                self.here.clear();
                Event {
                    id: e.id.clone(),
                    name: e.name.name_or(&e.zh, self.lang),
                    when,
                    chance: e.chance.min(100),
                    once: e.once,
                    text: e.text.to(self.lang),
                    effects,
                    history: e.history.to(self.lang),
                    zh: e.zh.clone(),
                    disputed: e.disputed,
                    lore: super::lore::lore(self.lang, &e.pinyin, &e.accounts, &e.dispute),
                }
            })
            .collect();
        let memorials = raw
            .memorials
            .iter()
            .enumerate()
            .map(|(i, m)| {
                self.entry("memorials", i, |this| Memorial {
                    by: this.at("by", |this| this.character(&m.by)),
                    when: m.when.as_ref().map_or(Condition::Always, |c| this.at("when", |this| this.condition(c))),
                    text: m.text.to(this.lang),
                    urges: m
                        .urges
                        .as_ref()
                        .and_then(|p| this.at("urges", |this| this.lookup("policy", p)))
                        .map(PolicyId),
                })
            })
            .collect();
        let objectives: Vec<Objective> = raw
            .objectives
            .iter()
            .enumerate()
            .map(|(i, o)| {
                self.entry("objectives", i, |this| Objective {
                    id: o.id.clone(),
                    side: this.at("side", |this| this.court(&o.side)),
                    text: o.text.to(this.lang),
                    when: this.at("when", |this| this.condition(&o.when)),
                    points: this.at("points", |this| {
                        this.range("points", &format!("points: {}", o.points), o.points as i64, -100_000, 100_000)
                    }) as i32,
                    minus_per: o.minus_per.as_ref().map(|(q, unit, pts)| {
                        this.at("minus_per", |this| {
                            if *unit <= 0 {
                                this.at(1, |this| {
                                    this.error(
                                        &Self::quoted(&o.id),
                                        format!("objective `{}` divides by a unit of {unit}", o.id),
                                    )
                                });
                            }
                            let pts = this.at(2, |this| {
                                this.range("points per unit", &Self::quoted(&o.id), *pts as i64, -100_000, 100_000)
                            }) as i32;
                            (this.at(0, |this| this.quantity(q)), (*unit).max(1), pts)
                        })
                    }),
                })
            })
            .collect();
        let history = self.terms_of(&[Seg::from("history")], &raw.history, &clauses);
        self.once_each(&[Seg::from("history")], "history", &history, &clauses);
        let history: Vec<Term> = history.into_iter().map(|(_, t)| t).collect();
        let first_two = pair(CourtId(0), CourtId(1));
        let history_between = raw
            .history_between
            .as_ref()
            .map_or(first_two, |p| self.at_path(&[Seg::from("history_between")], |this| this.court_pair(p)));
        let mut treaties: Vec<((CourtId, CourtId), Vec<Term>)> = Vec::new();
        let mut starting = vec![(first_two, &raw.treaty, vec![Seg::from("treaty")])];
        for (i, t) in raw.treaties.iter().enumerate() {
            let path = vec![Seg::from("treaties"), Seg::At(i), Seg::from("terms")];
            let between = self.at_path(&[Seg::from("treaties"), Seg::At(i), Seg::from("between")], |this| {
                this.court_pair(&t.between)
            });
            starting.push((between, &t.terms, path));
        }
        for (n, (between, terms, path)) in starting.into_iter().enumerate() {
            let terms = self.terms_of(&path, terms, &clauses);
            self.once_each(&path, "treaty", &terms, &clauses);
            self.at_path(&path, |this| {
                this.sides_are_parties(
                    "treaty",
                    between,
                    &terms.iter().map(|(_, t)| t.clone()).collect::<Vec<_>>(),
                    &clauses,
                )
            });
            let terms: Vec<Term> = terms.into_iter().map(|(_, t)| t).collect();
            // The entry of `treaties`, where a problem of the whole treaty is shown.
            let entry = [Seg::from("treaties"), Seg::At(n.saturating_sub(1)), Seg::from("between")];
            if terms.is_empty() {
                // The first is format 1's `treaty`, empty when the courts begin at war.
                if n > 0 {
                    self.report_at(
                        &[Seg::from("treaties"), Seg::At(n - 1), Seg::from("terms")],
                        Severity::Warning,
                        "treaties",
                        format!(
                            "a starting treaty between `{}` and `{}` has no terms, so no treaty binds them",
                            self.court_id_text(between.0),
                            self.court_id_text(between.1)
                        ),
                        Some("give it its clauses, or leave it out".into()),
                    );
                }
                continue;
            }
            if treaties.iter().any(|(b, _)| *b == between) {
                let names = format!("{}` and `{}", self.court_id_text(between.0), self.court_id_text(between.1));
                let message = format!("two starting treaties bind `{names}`; give them as one");
                self.whole_error(&entry, "treaties", message);
            }
            treaties.push((between, terms));
        }
        let peace: Vec<(CourtId, CourtId)> =
            raw.peace.iter().enumerate().map(|(i, p)| self.entry("peace", i, |this| this.court_pair(p))).collect();

        let courts: Vec<CourtDef> = raw
            .courts
            .iter()
            .enumerate()
            .map(|(i, c)| self.entry("courts", i, |this| this.compile_court(c, &clauses)))
            .collect();
        // A draft the computer could never send, because a clause is not for that pair
        // (only between courts that may negotiate: at war, or bound by a treaty).
        for (i, court) in courts.iter().enumerate() {
            let me = CourtId(i as u8);
            for (other, opening) in court.personality.openings.iter() {
                let bound = treaties.iter().any(|(b, _)| *b == pair(me, other));
                if other == me || (peace.contains(&pair(me, other)) && !bound) {
                    continue;
                }
                // The draft toward `other` is its own `openings` entry, or the general `opening`.
                let other_id = self.court_id_text(other);
                let mut path = vec![Seg::from("courts"), Seg::At(i), Seg::from("personality")];
                match raw.courts.get(i).is_some_and(|c| c.personality.openings.get(&other_id).is_some()) {
                    true => path.extend([Seg::from("openings"), Seg::from(other_id)]),
                    false => path.push(Seg::from("opening")),
                }
                self.here = path;
                self.sides_are_parties("opening", pair(me, other), opening, &clauses);
                for t in opening {
                    let Some(clause) = clauses.get(t.clause.index()) else { continue };
                    if clause.allowed_between(me, other) {
                        continue;
                    }
                    let other_id = self.court_id_text(other);
                    self.report(
                        Severity::Warning,
                        &Self::quoted(&clause.id),
                        format!(
                            "the opening of `{}` toward `{other_id}` names `{}`, a clause not for a treaty between them",
                            court.id, clause.id
                        ),
                        Some(format!("give `openings: ({other_id}: [...])` of its own, or widen the clause's `between`")),
                    );
                }
                self.here.clear();
            }
        }
        if !courts.iter().any(|c| c.playable) {
            self.report_at(
                &whole,
                Severity::Warning,
                &first_id,
                "no court of this scenario may be played by a person; only the computer can play it".into(),
                Some("set `playable: true` on a court with an emperor".into()),
            );
        }
        for (i, (raw_court, court)) in raw.courts.iter().zip(&courts).enumerate() {
            let id = CourtId(i as u8);
            let needle = format!("id: {}", Self::quoted(&raw_court.id));
            let at_id = [Seg::from("courts"), Seg::At(i), Seg::from("id")];
            match court.emperor.and_then(|e| characters.get(e.index())) {
                Some(e) if e.side != id => {
                    let needle = format!("emperor: {}", Self::quoted(&e.id));
                    let message = format!("the emperor `{}` of `{}` serves another court", e.id, raw_court.id);
                    self.whole_error(&[Seg::from("courts"), Seg::At(i), Seg::from("emperor")], &needle, message);
                }
                None if court.playable => self.report_at(
                    &at_id,
                    Severity::Error,
                    &needle,
                    format!("the court `{}` may be played but has no emperor", raw_court.id),
                    Some("name its ruler in `emperor`, or set `playable: false`".into()),
                ),
                _ => {}
            }
            if !objectives.iter().any(|o| o.side == id && o.points > 0) {
                self.report_at(
                    &at_id,
                    Severity::Error,
                    &needle,
                    format!("the court `{}` has no objective worth points", raw_court.id),
                    Some(format!("add an objective with `side: \"{}\"` and `points` above 0", raw_court.id)),
                );
            }
        }

        let geography = self.compile_geography(&raw.geography, &places);
        let mut scenario = Scenario {
            geography,
            id: raw.id.clone(),
            title: raw.title.to(self.lang),
            summary: raw.summary.to(self.lang),
            calendar,
            courts: PerCourt(courts),
            peace,
            rules,
            places,
            neighbours,
            routes,
            dist: Vec::new(),
            lines: raw
                .rivers
                .iter()
                .enumerate()
                .map(|(i, l)| MapLine {
                    name: l.name.to(self.lang),
                    border: l.border,
                    points: l
                        .points
                        .iter()
                        .enumerate()
                        .map(|(j, (x, y))| {
                            let needle = Self::quoted(&l.name.en);
                            self.here = vec![Seg::from("rivers"), Seg::At(i), Seg::from("points"), Seg::At(j)];
                            let point = (
                                self.at(0, |this| this.finite("a line's point", &needle, *x)),
                                self.at(1, |this| this.finite("a line's point", &needle, *y)),
                            );
                            self.here.clear();
                            point
                        })
                        .collect(),
                })
                .collect(),
            regions,
            characters,
            armies,
            policies,
            clauses,
            events,
            memorials,
            objectives,
            history,
            history_between,
            treaties,
            digest: 0,
            encyclopedia: super::lore::check(&mut self, raw),
            lang: self.lang,
            said: std::mem::take(&mut self.said),
        };
        super::translation::check(&mut self, raw);
        let failed = self.diagnostics.iter().any(|d| d.severity == Severity::Error);
        if !failed {
            scenario.compute_distances();
        }
        (if failed { None } else { Some(scenario) }, self.finish_diagnostics())
    }

    fn check_connected(&mut self, places: &[Place], neighbours: &[Vec<(PlaceId, bool)>]) {
        if places.is_empty() {
            return;
        }
        let mut seen = vec![false; places.len()];
        let mut stack = vec![0usize];
        seen[0] = true;
        while let Some(p) = stack.pop() {
            for (n, _) in &neighbours[p] {
                if !seen[n.index()] {
                    seen[n.index()] = true;
                    stack.push(n.index());
                }
            }
        }
        for (i, p) in places.iter().enumerate() {
            // A second place of the same id is already reported as a duplicate.
            let duplicate = places[..i].iter().any(|q| q.id == p.id);
            if !seen[i] && !duplicate {
                let id = p.id.clone();
                self.report_at(
                    &[Seg::from("places"), Seg::At(i), Seg::from("id")],
                    Severity::Error,
                    &format!("id: {}", Self::quoted(&id)),
                    format!("no route reaches `{id}` from `{}`", places[0].id),
                    Some("add a route to it".into()),
                );
            }
        }
    }

    fn compile_place(&mut self, p: &RawPlace, walls_max: i64) -> Place {
        Place {
            id: p.id.clone(),
            name: p.name.name_or(&p.zh, self.lang),
            zh: p.zh.clone(),
            pos: self.at("pos", |this| {
                (
                    this.at(0, |this| this.finite("a place's position", &Self::quoted(&p.id), p.pos.0)),
                    this.at(1, |this| this.finite("a place's position", &Self::quoted(&p.id), p.pos.1)),
                )
            }),
            controller: self.at("controller", |this| this.court(&p.controller)),
            fort: self.at("fort", |this| {
                this.range("fortification", &format!("fort: {}", p.fort), p.fort as i64, 0, walls_max)
            }) as i32,
            garrison: self.at("garrison", |this| {
                this.range("garrison", &format!("garrison: {}", p.garrison), p.garrison, 0, 1_000_000)
            }),
            supply: self
                .at("supply", |this| this.range("supply", &format!("supply: {}", p.supply), p.supply as i64, 0, 3))
                as i32,
            note: p.note.to(self.lang),
            disputed: p.disputed,
            lore: super::lore::lore(self.lang, &p.pinyin, &p.accounts, &p.dispute),
        }
    }

    fn compile_character(&mut self, c: &RawCharacter) -> Character {
        let needle = Self::quoted(&c.id);
        self.here.push(Seg::from("envoy"));
        let envoy = c.envoy.as_ref().map(|e| EnvoyTraits {
            eloquence: self.at("eloquence", |this| this.range("eloquence", &needle, e.eloquence as i64, 0, 5)) as i32,
            standing: self.at("standing", |this| {
                let mut standing = PerCourt::from_fn(this.courts.len(), |_| 0);
                for (court, v) in e.standing.0.clone() {
                    this.at(court.clone(), |this| {
                        let Some(id) = this.court_key(&court) else { return };
                        if let Some(slot) = standing.0.get_mut(id.index()) {
                            *slot = this.range("standing", &needle, v as i64, 0, 5) as i32;
                        }
                    });
                }
                standing
            }),
            travel: self.at("travel", |this| this.range("travel", &needle, e.travel as i64, 0, 12)) as u32,
            detain_risk: self.at("detain_risk", |this| this.range("detain_risk", &needle, e.detain_risk as i64, 0, 100))
                as u32,
            inside_knowledge: e.inside_knowledge,
            go_between: e.go_between,
        });
        self.here.pop();
        Character {
            id: c.id.clone(),
            name: c.name.name_or(&c.zh, self.lang),
            zh: c.zh.clone(),
            wade_giles: c.wade_giles.clone(),
            side: self.at("side", |this| this.court(&c.side)),
            title: c.title.to(self.lang),
            dates: c.dates.to(self.lang),
            bio: c.bio.to(self.lang),
            sources: c.sources.to(self.lang),
            disputed: c.disputed,
            lore: super::lore::lore(self.lang, &c.pinyin, &c.accounts, &c.dispute),
            stance: c.stance,
            command: c
                .command
                .map(|v| self.at("command", |this| this.range("command", &needle, v as i64, 0, 5)) as i32),
            envoy,
        }
    }

    fn compile_court(&mut self, c: &RawCourt, clauses: &[Clause]) -> CourtDef {
        let needle = Self::quoted(&c.id);
        for r in Resource::ALL {
            let field = match r {
                Resource::Silver => "silver",
                Resource::Silk => "silk",
                Resource::Grain => "grain",
            };
            let path = |list: &'static str| [Seg::from(list), Seg::from(field)];
            self.at_path(&path("treasury"), |this| this.range("treasury", &needle, c.treasury.get(r), 0, MAX_AMOUNT));
            self.at_path(&path("income"), |this| this.range("income", &needle, c.income.get(r), 0, MAX_AMOUNT));
        }
        let p = &c.personality;
        let me = self.at("id", |this| this.court(&c.id));
        self.here.push(Seg::from("personality"));
        // Each draft compiled once: the general opening, then those toward named courts.
        let general = self.terms_of(&[Seg::from("opening")], &p.opening, clauses);
        self.once_each(&[Seg::from("opening")], "opening", &general, clauses);
        let general: Vec<Term> = general.into_iter().map(|(_, t)| t).collect();
        let mut openings = PerCourt::from_fn(self.courts.len(), |c| if c == me { Vec::new() } else { general.clone() });
        for (k, terms) in &p.openings.0 {
            self.here.extend([Seg::from("openings"), Seg::from(k.clone())]);
            let other = self.court_key(k);
            let opening = self.terms_of(&[], terms, clauses);
            self.once_each(&[], "openings", &opening, clauses);
            self.here.truncate(self.here.len() - 2);
            let Some(other) = other else { continue };
            if other != me {
                openings[other] = opening.into_iter().map(|(_, t)| t).collect();
            }
        }
        self.here.pop();
        let mut priors = PerCourt::from_fn(self.courts.len(), |_| None);
        for (other, raw) in &c.priors.0 {
            self.here.extend([Seg::from("priors"), Seg::from(other.clone())]);
            let Some(id) = self.court_key(other) else {
                self.here.truncate(self.here.len() - 2);
                continue;
            };
            let mut figure = |what: &'static str, v: Option<(i64, i64)>, max: i64| {
                v.map(|(value, spread)| {
                    self.here.push(Seg::from(what));
                    let value = self.at(0, |this| this.range(&format!("prior {what}"), &needle, value, -max, max));
                    let spread =
                        self.at(1, |this| this.range(&format!("prior {what} spread"), &needle, spread, 0, max));
                    self.here.pop();
                    crate::rules::belief::Estimate::new(value, spread)
                })
            };
            let prior = crate::rules::belief::Prior {
                resolve: figure("resolve", raw.resolve, 1000),
                strength: figure("strength", raw.strength, 100_000_000),
                morale: figure("morale", raw.morale, 100),
                war_weariness: figure("war_weariness", raw.war_weariness, 100),
                silver: figure("silver", raw.silver, MAX_AMOUNT),
                trust: figure("trust", raw.trust, 100),
            };
            if let Some(slot) = priors.0.get_mut(id.index()) {
                *slot = Some(prior);
            }
            self.here.truncate(self.here.len() - 2);
        }
        CourtDef {
            priors,
            id: c.id.clone(),
            name: c.name.to(self.lang),
            zh: c.zh.clone(),
            long_name: if c.long_name.is_empty() {
                c.name.to(self.lang)
            } else {
                c.long_name.name_or(&c.zh, self.lang)
            },
            // Without a colour of its own, a court takes one from a palette of inks.
            colour: c.colour.unwrap_or(PALETTE[me.index() % PALETTE.len()]),
            playable: c.playable,
            description: c.description.to(self.lang),
            capital: self.at("capital", |this| this.place(&c.capital)),
            emperor: (!c.emperor.is_empty()).then(|| self.at("emperor", |this| this.character(&c.emperor))),
            treasury: c.treasury,
            income: c.income,
            grain_per_10k: self
                .at("grain_per_10k", |this| this.range("grain_per_10k", &needle, c.grain_per_10k, 0, 1_000_000)),
            honour: self.at("honour", |this| this.range("honour", &needle, c.honour as i64, 0, 100)) as i32,
            war_weariness: self
                .at("war_weariness", |this| this.range("war_weariness", &needle, c.war_weariness as i64, 0, 100))
                as i32,
            fog: c.fog,
            siegecraft: self.at("siegecraft", |this| this.range("siegecraft", &needle, c.siegecraft as i64, 10, 200))
                as i32,
            personality: self.at("personality", |this| Personality {
                resolve: this.at("resolve", |this| this.range("resolve", &needle, p.resolve as i64, -1000, 1000))
                    as i32,
                margin: this.at("margin", |this| this.range("margin", &needle, p.margin as i64, -1000, 1000)) as i32,
                temper: this.at("temper", |this| this.range("temper", &needle, p.temper as i64, 0, 100)) as i32,
                aggression: this.at("aggression", |this| this.range("aggression", &needle, p.aggression as i64, 0, 100))
                    as i32,
                target: this.at("target", |this| this.place(&p.target)),
                openings,
                breaks: this.at("breaks", |this| {
                    p.breaks
                        .iter()
                        .enumerate()
                        .filter_map(|(j, c)| this.at(j, |this| this.lookup("clause", c)))
                        .map(ClauseId)
                        .collect()
                }),
            }),
        }
    }

    /// The `rules` block, each number checked against its range.
    fn compile_rules(&mut self, r: RawRules) -> Rules {
        let int = |this: &mut Self, name: &'static str, v: i64, min: i64, max: i64| {
            this.here = vec![Seg::from("rules"), Seg::from(name)];
            let v = this.range(&format!("rules: {name}"), &format!("{name}:"), v, min, max);
            this.here.clear();
            v
        };
        let real = |this: &mut Self, name: &'static str, v: f32, min: f32, max: f32| {
            if !v.is_finite() || v < min || v > max {
                this.report_at(
                    &[Seg::from("rules"), Seg::from(name)],
                    Severity::Error,
                    &format!("{name}:"),
                    format!("rules: {name} is {v}, outside {min}..={max}"),
                    Some(format!("use a number from {min} to {max}")),
                );
                if v.is_finite() { v.clamp(min, max) } else { min }
            } else {
                v
            }
        };
        Rules {
            fortify_cost: int(self, "fortify_cost", r.fortify_cost, 0, MAX_AMOUNT),
            walls_max: int(self, "walls_max", r.walls_max as i64, 0, 20) as i32,
            river_crossing_morale: int(self, "river_crossing_morale", r.river_crossing_morale as i64, 0, 100) as i32,
            commander_bonus: real(self, "commander_bonus", r.commander_bonus, 0.0, 1.0),
            emperor_bonus: real(self, "emperor_bonus", r.emperor_bonus, 0.5, 3.0),
            walls_bonus: real(self, "walls_bonus", r.walls_bonus, 0.0, 1.0),
            garrison_on_capture: int(self, "garrison_on_capture", r.garrison_on_capture, 0, 1_000_000),
            detain_below_trust: int(self, "detain_below_trust", r.detain_below_trust as i64, -100, 100) as i32,
            detention_turns: int(self, "detention_turns", r.detention_turns as i64, 0, 100) as u32,
            draft_lapses_after: int(self, "draft_lapses_after", r.draft_lapses_after as i64, 0, 100) as u32,
            breach_trust: int(self, "breach_trust", r.breach_trust as i64, 0, 200) as i32,
            breach_honour: int(self, "breach_honour", r.breach_honour as i64, 0, 100) as i32,
            impatience: int(self, "impatience", r.impatience as i64, 0, 100) as i32,
            walls_defence: real(self, "walls_defence", r.walls_defence, 0.0, 10.0),
            resolve_on_failed_assault: int(
                self,
                "resolve_on_failed_assault",
                r.resolve_on_failed_assault as i64,
                0,
                100,
            ) as i32,
            resolve_on_lost_battle: int(self, "resolve_on_lost_battle", r.resolve_on_lost_battle as i64, 0, 100) as i32,
            resolve_on_lost_place: int(self, "resolve_on_lost_place", r.resolve_on_lost_place as i64, 0, 100) as i32,
        }
    }

    /// A treaty names each clause once: a second term of a clause is shown where it is
    /// written, in the list at `path` below the current value.
    fn once_each(&mut self, path: &[Seg], list: &str, terms: &[(usize, Term)], clauses: &[Clause]) {
        for (i, (k, t)) in terms.iter().enumerate() {
            if terms[..i].iter().any(|(_, o)| o.clause == t.clause) {
                let id = clauses.get(t.clause.index()).map(|c| c.id.clone()).unwrap_or_default();
                let mut at = self.here.clone();
                at.extend(path.iter().cloned().chain([Seg::At(*k), Seg::from("clause")]));
                let message = format!("the `{list}` names the clause `{id}` twice");
                self.whole_error(&at, &format!("clause: {}", Self::quoted(&id)), message);
            }
        }
    }

    /// Sets the armies a file `placed` at their new places, men and morale.
    fn place_armies(&mut self, placed: &[RawPlacement], armies: &mut [ArmyDef]) {
        for (i, p) in placed.iter().enumerate() {
            self.here = vec![Seg::from("placed"), Seg::At(i)];
            let army = self.at("army", |this| this.army(&p.army));
            let at = self.at("at", |this| this.place(&p.at));
            let Some(a) = armies.get_mut(army.index()) else { continue };
            a.at = at;
            if let Some(n) = p.strength {
                a.strength = self
                    .at("strength", |this| this.range("army strength", &format!("strength: {n}"), n, 1, 10_000_000));
            }
            if let Some(m) = p.morale {
                a.morale = self
                    .at("morale", |this| this.range("army morale", &format!("morale: {m}"), m as i64, 0, 100))
                    as i32;
            }
        }
        self.here.clear();
    }

    fn compile_policy(&mut self, p: &RawPolicy) -> Policy {
        if p.once && !p.each_turn.is_empty() {
            self.report(
                Severity::Warning,
                &Self::quoted(&p.id),
                format!("policy `{}` is taken once, so its `each_turn` effects never run", p.id),
                Some("put them in `effects`, or remove `once: true`".into()),
            );
        }
        for r in Resource::ALL {
            let field = match r {
                Resource::Silver => "silver",
                Resource::Silk => "silk",
                Resource::Grain => "grain",
            };
            self.at_path(&[self.here.clone(), vec![Seg::from("cost"), Seg::from(field)]].concat(), |this| {
                this.range(&format!("the cost of `{}`", p.id), &Self::quoted(&p.id), p.cost.get(r), 0, MAX_AMOUNT)
            });
        }
        Policy {
            id: p.id.clone(),
            name: p.name.to(self.lang),
            side: self.at("side", |this| this.court(&p.side)),
            description: p.description.to(self.lang),
            once: p.once,
            requires: p.requires.as_ref().map_or(Condition::Always, |c| self.at("requires", |this| this.condition(c))),
            cost: p.cost,
            effects: self.at("effects", |this| this.effects(&p.effects, None, false)),
            each_turn: self.at("each_turn", |this| this.effects(&p.each_turn, None, false)),
            advocate: p.advocate.as_ref().map(|a| self.at("advocate", |this| this.character(a))),
            ai_when: p.ai_when.as_ref().map_or(Condition::Never, |c| self.at("ai_when", |this| this.condition(c))),
        }
    }

    fn compile_clause(&mut self, c: &RawClause) -> Clause {
        let mut names = std::collections::HashSet::new();
        self.here.push(Seg::from("params"));
        let params: Vec<Param> = c
            .params
            .iter()
            .enumerate()
            .map(|(j, p)| {
                self.here.push(Seg::At(j));
                if !names.insert(p.name.clone()) {
                    self.at("name", |this| {
                        this.error(
                            &Self::quoted(&p.name),
                            format!("clause `{}` has two parameters named `{}`", c.id, p.name),
                        )
                    });
                }
                self.here.push(Seg::from("kind"));
                let kind = match &p.kind {
                    RawParamKind::Amount { min, max, default, unit } => {
                        if min > max || *min < 0 || *max > MAX_AMOUNT {
                            self.here.pop();
                            self.error(
                                &Self::quoted(&p.name),
                                format!("parameter `{}` of `{}` has the range {min}..={max}", p.name, c.id),
                            );
                            self.here.push(Seg::from("kind"));
                        }
                        let d = self.at("default", |this| {
                            this.range(
                                &format!("default of `{}`", p.name),
                                &Self::quoted(&p.name),
                                *default,
                                *min,
                                *max,
                            )
                        });
                        ParamKind::Amount { min: *min, max: (*max).max(*min), default: d, unit: unit.to(self.lang) }
                    }
                    RawParamKind::Side { default } => {
                        ParamKind::Side { default: self.at("default", |this| this.court(default)) }
                    }
                    RawParamKind::Place { default } => {
                        ParamKind::Place { default: self.at("default", |this| this.place(default)) }
                    }
                    RawParamKind::Region { default } => {
                        ParamKind::Region { default: self.at("default", |this| this.region(default)) }
                    }
                };
                self.here.truncate(self.here.len() - 2);
                Param { name: p.name.clone(), kind }
            })
            .collect();
        self.here.pop();
        if params.len() > 16 {
            self.error(&Self::quoted(&c.id), format!("clause `{}` has more than 16 parameters", c.id));
        }
        for p in &params {
            if !c.text.en.contains(&format!("{{{}}}", p.name)) {
                self.report(
                    Severity::Warning,
                    &format!("id: {}", Self::quoted(&c.id)),
                    format!("the text of clause `{}` never shows its parameter `{}`", c.id, p.name),
                    Some(format!("write {{{}}} where the value belongs", p.name)),
                );
            }
        }
        let scope = Some(c.params.as_slice());
        let warn = |this: &mut Self, what: String, hint: &str| {
            this.report(Severity::Warning, &format!("id: {}", Self::quoted(&c.id)), what, Some(hint.to_string()));
        };
        if c.years == Some(0) {
            warn(
                self,
                format!("clause `{}` lasts 0 years and runs out as soon as it is sworn", c.id),
                "give `years` of 1 or more, or leave it out for ever",
            );
        }
        if c.recurring.iter().any(|r| matches!(r.every, Every::Turns(0))) {
            warn(
                self,
                format!("clause `{}` recurs every 0 turns", c.id),
                "`Turns(0)` is taken as every turn; write `Turn`",
            );
        }
        if !c.on_breach.is_empty() && c.prohibits.is_empty() {
            warn(
                self,
                format!("clause `{}` has `on_breach` effects but forbids nothing, so they never run", c.id),
                "add a `prohibits` entry",
            );
        }
        let prohibits = c
            .prohibits
            .iter()
            .enumerate()
            .map(|(j, p)| Prohibition {
                action: match &p.action {
                    raw::ActionKind::CrossBorder => ActionKind::CrossBorder,
                    raw::ActionKind::Besiege => ActionKind::Besiege,
                    raw::ActionKind::Assault => ActionKind::Assault,
                    raw::ActionKind::Fortify => ActionKind::Fortify,
                    raw::ActionKind::SendEnvoy => ActionKind::SendEnvoy,
                    raw::ActionKind::Demand => ActionKind::Demand,
                    raw::ActionKind::Policy(id) => {
                        let at = [
                            self.here.clone(),
                            vec![Seg::from("prohibits"), Seg::At(j), Seg::from("action"), Seg::At(0)],
                        ];
                        ActionKind::Policy(PolicyId(
                            self.at_path(&at.concat(), |this| this.lookup("policy", id)).unwrap_or(0),
                        ))
                    }
                },
                by: p.by.as_ref().map(|b| {
                    let at = [self.here.clone(), vec![Seg::from("prohibits"), Seg::At(j), Seg::from("by")]];
                    self.at_path(&at.concat(), |this| this.court(b))
                }),
                breakable: p.breakable,
            })
            .collect();
        let worth_of = |this: &mut Self, terms: &[RawWorthTerm]| -> Vec<WorthTerm> {
            // NaN or infinity would make every judgement of a draft meaningless.
            let points = |t: &RawWorthTerm| match t {
                RawWorthTerm::Base(v)
                | RawWorthTerm::Per(_, _, v)
                | RawWorthTerm::IfSide(_, _, v)
                | RawWorthTerm::When(_, v)
                | RawWorthTerm::PerPlace(_, v) => *v,
            };
            for (k, t) in terms.iter().enumerate() {
                // The points are a term's last value: `Base(v)` has one, `Per(p, unit, v)` three.
                let last = match t {
                    RawWorthTerm::Base(_) => 0,
                    RawWorthTerm::When(..) | RawWorthTerm::PerPlace(..) => 1,
                    RawWorthTerm::Per(..) | RawWorthTerm::IfSide(..) => 2,
                };
                this.at(k, |this| {
                    this.at(last, |this| this.finite("a worth", &format!("id: {}", Self::quoted(&c.id)), points(t)))
                });
            }
            terms
                .iter()
                .enumerate()
                .map(|(k, t)| {
                    this.at(k, |this| match t {
                        RawWorthTerm::Base(v) => WorthTerm::Base(*v),
                        RawWorthTerm::Per(name, unit, v) => {
                            if *unit <= 0 {
                                this.at(1, |this| {
                                    this.error(
                                        &Self::quoted(name),
                                        format!("a worth of `{}` is given per {unit}", c.id),
                                    )
                                });
                            }
                            WorthTerm::Per(this.at(0, |this| this.param(scope, name, "amount")), (*unit).max(1), *v)
                        }
                        RawWorthTerm::IfSide(name, side, v) => WorthTerm::IfSide(
                            this.at(0, |this| this.param(scope, name, "side")),
                            this.at(1, |this| this.court(side)),
                            *v,
                        ),
                        RawWorthTerm::When(cond, v) => WorthTerm::When(this.at(0, |this| this.condition(cond)), *v),
                        RawWorthTerm::PerPlace(name, v) => {
                            WorthTerm::PerPlace(this.at(0, |this| this.param(scope, name, "place")), *v)
                        }
                    })
                })
                .collect()
        };
        let mut worth = PerCourt::from_fn(self.courts.len(), |_| Vec::new());
        for (court, terms) in &c.worth.0.0 {
            self.here.extend([Seg::from("worth"), Seg::from(court.clone())]);
            let id = self.court_key(court);
            let terms = id.map(|_| worth_of(self, terms));
            self.here.truncate(self.here.len() - 2);
            if let (Some(id), Some(terms)) = (id, terms)
                && let Some(slot) = worth.0.get_mut(id.index())
            {
                *slot = terms;
            }
        }
        let between: Vec<CourtId> = self.at("between", |this| {
            c.between.iter().enumerate().map(|(j, b)| this.at(j, |this| this.court(b))).collect()
        });
        Clause {
            id: c.id.clone(),
            name: c.name.name_or(&c.zh, self.lang),
            zh: c.zh.clone(),
            text: c.text.to(self.lang),
            article: c.article,
            on_sworn: self.at("on_sworn", |this| this.effects(&c.on_sworn, scope, false)),
            recurring: self.at("recurring", |this| {
                c.recurring
                    .iter()
                    .enumerate()
                    .map(|(j, r)| {
                        (r.every, this.at(j, |this| this.at("effects", |this| this.effects(&r.effects, scope, false))))
                    })
                    .collect()
            }),
            prohibits,
            on_breach: self.at("on_breach", |this| this.effects(&c.on_breach, scope, true)),
            years: c.years.map(|y| {
                self.at("years", |this| this.range("years", &format!("years: {y}"), y as i64, 0, 1000)) as u32
            }),
            worth,
            vetoes: self.at("vetoes", |this| {
                c.vetoes
                    .iter()
                    .enumerate()
                    .map(|(j, v)| {
                        this.at(j, |this| Veto {
                            side: this.at("side", |this| this.court(&v.side)),
                            unless: v
                                .unless
                                .as_ref()
                                .map_or(Condition::Never, |u| this.at("unless", |this| this.condition(u))),
                            because: v.because.to(this.lang),
                        })
                    })
                    .collect()
            }),
            history: c.history.to(self.lang),
            params,
            between,
            disputed: c.disputed,
            lore: super::lore::lore(self.lang, &c.pinyin, &c.accounts, &c.dispute),
        }
    }

    /// Resolves a parameter name to its index, checking its kind
    /// (`"place"` accepts place and region parameters).
    fn param(&mut self, scope: Params, name: &str, kind: &str) -> u8 {
        let Some(params) = scope else {
            self.error(&Self::quoted(name), format!("`Param(\"{name}\")` is used outside a clause"));
            return 0;
        };
        match params.iter().position(|p| p.name == name) {
            Some(i) => {
                let actual = match params[i].kind {
                    RawParamKind::Amount { .. } => "amount",
                    RawParamKind::Side { .. } => "side",
                    RawParamKind::Place { .. } => "place",
                    RawParamKind::Region { .. } => "region",
                };
                // A place parameter may stand for a region's places only where a count of places is meant.
                let ok = actual == kind
                    || (kind == "place" && actual == "region")
                    || (kind == "single place" && actual == "place");
                if !ok {
                    self.error(
                        &Self::quoted(name),
                        format!("parameter `{name}` is {}, but {} is needed here", article(actual), article(kind)),
                    );
                }
                i as u8
            }
            None => {
                let hint = did_you_mean(name, params.iter().map(|p| p.name.as_str()));
                self.report(Severity::Error, &Self::quoted(name), format!("unknown parameter `{name}`"), hint);
                0
            }
        }
    }

    pub fn term(&mut self, t: &RawTerm, clauses: &[Clause]) -> Option<Term> {
        let id = ClauseId(self.at("clause", |this| this.lookup("clause", &t.clause))?);
        let clause = clauses.get(id.index())?;
        self.here.push(Seg::from("params"));
        for name in t.params.keys() {
            if !clause.params.iter().any(|p| &p.name == name) {
                let hint = did_you_mean(name, clause.params.iter().map(|p| p.name.as_str()));
                self.at(name.clone(), |this| {
                    this.report(
                        Severity::Error,
                        &Self::quoted(name),
                        format!("clause `{}` has no parameter `{name}`", clause.id),
                        hint,
                    )
                });
            }
        }
        let mut values = Vec::with_capacity(clause.params.len());
        for p in &clause.params {
            self.here.push(Seg::from(p.name.clone()));
            let value = match (t.params.get(&p.name), &p.kind) {
                (None, kind) => kind.default_value(),
                (Some(RawValue::Amount(v)), ParamKind::Amount { min, max, .. }) => {
                    Value::Amount(self.range(&format!("`{}`", p.name), &format!("Amount({v})"), *v, *min, *max))
                }
                (Some(RawValue::Side(s)), ParamKind::Side { .. }) => Value::Side(self.court(s)),
                (Some(RawValue::Place(s)), ParamKind::Place { .. }) => Value::Place(self.place(s)),
                (Some(RawValue::Region(s)), ParamKind::Region { .. }) => Value::Region(self.region(s)),
                (Some(_), kind) => {
                    self.error(
                        &Self::quoted(&p.name),
                        format!("parameter `{}` of `{}` takes a value of another kind ({kind:?})", p.name, clause.id),
                    );
                    kind.default_value()
                }
            };
            self.here.pop();
            values.push(value);
        }
        self.here.pop();
        Some(Term { clause: id, values })
    }

    fn quantity(&mut self, q: &RawQuantity) -> Quantity {
        match q {
            RawQuantity::Turn => Quantity::Turn,
            RawQuantity::Treasury(s, r) => Quantity::Treasury(self.court_at(0, s), *r),
            RawQuantity::Morale(s) => Quantity::Morale(self.court_at(0, s)),
            RawQuantity::Strength(s) => Quantity::Strength(self.court_at(0, s)),
            RawQuantity::WarWeariness(s) => Quantity::WarWeariness(self.court_at(0, s)),
            RawQuantity::Resolve(s) => Quantity::Resolve(self.court_at(0, s)),
            RawQuantity::Honour(s) => Quantity::Honour(self.court_at(0, s)),
            RawQuantity::Places(s) => Quantity::Places(self.court_at(0, s)),
            RawQuantity::TreatyYearly(r) => Quantity::TreatyYearly(*r),
        }
    }

    pub fn condition(&mut self, c: &RawCondition) -> Condition {
        match c {
            RawCondition::Always => Condition::Always,
            RawCondition::Never => Condition::Never,
            RawCondition::All(v) => Condition::All(self.conditions(v)),
            RawCondition::Any(v) => Condition::Any(self.conditions(v)),
            RawCondition::Not(c) => Condition::Not(Box::new(self.at(0, |this| this.condition(c)))),
            RawCondition::AtLeast(q, n) => Condition::AtLeast(self.at(0, |this| this.quantity(q)), *n),
            RawCondition::AtMost(q, n) => Condition::AtMost(self.at(0, |this| this.quantity(q)), *n),
            RawCondition::Controls(s, p) => Condition::Controls(self.court_at(0, s), self.at(1, |this| this.place(p))),
            RawCondition::ControlsRegion(s, r) => {
                Condition::ControlsRegion(self.court_at(0, s), self.at(1, |this| this.region(r)))
            }
            RawCondition::ArmyAt(s, p) => Condition::ArmyAt(self.court_at(0, s), self.at(1, |this| this.place(p))),
            RawCondition::ArmyNear(a, p) => {
                Condition::ArmyNear(self.at(0, |this| this.army(a)), self.at(1, |this| this.place(p)))
            }
            RawCondition::Commands(c) => Condition::Commands(self.at(0, |this| this.character(c))),
            RawCondition::Alive(c) => Condition::Alive(self.at(0, |this| this.character(c))),
            RawCondition::AtWar => Condition::AtWar,
            RawCondition::AtWarWith(a, b) => {
                let (a, b) = self.court_pair(&(a.clone(), b.clone()));
                Condition::AtWarWith(a, b)
            }
            RawCondition::TreatySworn => Condition::TreatySworn,
            RawCondition::TreatyBetween(a, b) => {
                let (a, b) = self.court_pair(&(a.clone(), b.clone()));
                Condition::TreatyBetween(a, b)
            }
            RawCondition::TreatyHas(c) => {
                Condition::TreatyHas(ClauseId(self.at(0, |this| this.lookup("clause", c)).unwrap_or(0)))
            }
            RawCondition::EventFired(e) => {
                Condition::EventFired(EventId(self.at(0, |this| this.lookup("event", e)).unwrap_or(0)))
            }
            RawCondition::PolicyTaken(p) => {
                Condition::PolicyTaken(PolicyId(self.at(0, |this| this.lookup("policy", p)).unwrap_or(0)))
            }
            RawCondition::EmperorInField(s) => Condition::EmperorInField(self.court_at(0, s)),
            RawCondition::BreachedBy(s) => Condition::BreachedBy(self.court_at(0, s)),
        }
    }

    /// The conditions of `All([...])` or `Any([...])`, each at its place in the list.
    fn conditions(&mut self, list: &[RawCondition]) -> Vec<Condition> {
        self.at(0, |this| list.iter().enumerate().map(|(k, c)| this.at(k, |this| this.condition(c))).collect())
    }

    /// The court named at value `i` of the current variant: `Morale("song")`.
    fn court_at(&mut self, i: usize, name: &str) -> CourtId {
        self.at(i, |this| this.court(name))
    }

    fn side_ref(&mut self, s: &RawSideRef, scope: Params, in_breach: bool) -> SideRef {
        match s {
            RawSideRef::Court(c) if !self.courts.contains_key(c) && c.starts_with(char::is_uppercase) => {
                // A bare word that is no role: a misspelt role, or a court written as in format 1.
                let roles = ["Breaker", "Wronged"];
                let hint = did_you_mean(c, roles.iter().copied().chain(self.courts.keys().map(String::as_str)))
                    .unwrap_or_else(|| "a court is named by its id in quotes, such as \"song\"; a role is Breaker, Wronged, Param(\"p\") or OtherParty(\"p\")".into());
                self.report(Severity::Error, c, format!("`{c}` is neither a court nor a role"), Some(hint));
                SideRef::Is(CourtId(0))
            }
            RawSideRef::Court(c) => SideRef::Is(self.court(c)),
            RawSideRef::Role(RawRole::Breaker | RawRole::Wronged) if !in_breach => {
                let word = if matches!(s, RawSideRef::Role(RawRole::Breaker)) { "Breaker" } else { "Wronged" };
                self.error(word, format!("`{word}` only means something in a clause's `on_breach`"));
                SideRef::Is(CourtId(0))
            }
            RawSideRef::Role(RawRole::Breaker) => SideRef::Breaker,
            RawSideRef::Role(RawRole::Wronged) => SideRef::Wronged,
            RawSideRef::Role(RawRole::Param(p)) => SideRef::Param(self.at(0, |this| this.param(scope, p, "side"))),
            RawSideRef::Role(RawRole::OtherParty(p)) => {
                SideRef::OtherParty(self.at(0, |this| this.param(scope, p, "side")))
            }
        }
    }

    /// The side named at value `i` of the current variant: `AddHonour("song", 5)`.
    fn side_at(&mut self, i: usize, s: &RawSideRef, scope: Params, in_breach: bool) -> SideRef {
        self.at(i, |this| this.side_ref(s, scope, in_breach))
    }

    fn effects(&mut self, effects: &[RawEffect], scope: Params, in_breach: bool) -> Vec<Effect> {
        effects.iter().enumerate().map(|(k, e)| self.at(k, |this| this.effect(e, scope, in_breach))).collect()
    }

    fn effect(&mut self, e: &RawEffect, scope: Params, b: bool) -> Effect {
        match e {
            RawEffect::Transfer { from, to, resource, amount, at } => Effect::Transfer {
                from: self.at("from", |this| this.side_ref(from, scope, b)),
                to: self.at("to", |this| this.side_ref(to, scope, b)),
                resource: *resource,
                amount: self.at("amount", |this| match amount {
                    RawAmount::Fixed(n) => {
                        Amount::Fixed(this.range("amount", &format!("Fixed({n})"), *n, 0, MAX_AMOUNT))
                    }
                    RawAmount::Param(p) => Amount::Param(this.at(0, |this| this.param(scope, p, "amount"))),
                }),
                at: at.as_ref().map(|p| self.at("at", |this| this.place_ref(p, scope))),
            },
            RawEffect::AddTreasury(s, r, n) => {
                let n = self.at(2, |this| this.range("amount", &n.to_string(), *n, -MAX_AMOUNT, MAX_AMOUNT));
                Effect::AddTreasury(self.side_at(0, s, scope, b), *r, n)
            }
            RawEffect::AddMorale(s, n) => Effect::AddMorale(self.side_at(0, s, scope, b), (*n).clamp(-100, 100)),
            RawEffect::AddWarWeariness(s, n) => {
                Effect::AddWarWeariness(self.side_at(0, s, scope, b), (*n).clamp(-100, 100))
            }
            RawEffect::AddHonour(s, n) => Effect::AddHonour(self.side_at(0, s, scope, b), (*n).clamp(-100, 100)),
            RawEffect::AddTrust(s, n) => Effect::AddTrust(self.side_at(0, s, scope, b), (*n).clamp(-100, 100)),
            RawEffect::AddResolve(s, n) => Effect::AddResolve(self.side_at(0, s, scope, b), (*n).clamp(-1000, 1000)),
            RawEffect::CauseForWar(s) => Effect::CauseForWar(self.side_at(0, s, scope, b)),
            RawEffect::CedeRegion(r, s) => {
                let region = self.at(0, |this| match scope.and_then(|ps| ps.iter().position(|p| &p.name == r)) {
                    Some(_) => RegionRef::Param(this.param(scope, r, "region")),
                    None => RegionRef::Is(this.region(r)),
                });
                Effect::CedeRegion(region, self.side_at(1, s, scope, b))
            }
            RawEffect::CedePlace(p, s) => {
                Effect::CedePlace(self.at(0, |this| this.place_ref(p, scope)), self.side_at(1, s, scope, b))
            }
            RawEffect::Kill(c) => Effect::Kill(self.at(0, |this| this.character(c))),
            RawEffect::Casualties(a, n) => Effect::Casualties(self.at(0, |this| this.army(a)), (*n).clamp(0, 100)),
            RawEffect::EmperorTakesField(s, a) => {
                Effect::EmperorTakesField(self.side_at(0, s, scope, b), self.at(1, |this| this.army(a)))
            }
            RawEffect::CourtFlees(s) => Effect::CourtFlees(self.side_at(0, s, scope, b)),
            RawEffect::WithdrawArmies(s) => Effect::WithdrawArmies(self.side_at(0, s, scope, b)),
            RawEffect::Reinforce(a, n) => Effect::Reinforce(
                self.at(0, |this| this.army(a)),
                self.at(1, |this| this.range("reinforcement", &n.to_string(), *n, -1_000_000, 1_000_000)),
            ),
            RawEffect::RestoreBorders => Effect::RestoreBorders,
            RawEffect::EndTreaty => Effect::EndTreaty,
            RawEffect::RevealMind(learner, of) => {
                Effect::RevealMind(self.side_at(0, learner, scope, b), self.side_at(1, of, scope, b))
            }
            RawEffect::EndTreatyBetween(a, c) => {
                let (a, c) = self.court_pair(&(a.clone(), c.clone()));
                Effect::EndTreatyBetween(a, c)
            }
            RawEffect::Say(t) => {
                let longest = t.en.len().max(t.zh.as_ref().map_or(0, String::len));
                if longest > MAX_SAY {
                    self.error(
                        "Say(",
                        format!("a `Say` text is {longest} bytes long; the chronicle takes at most {MAX_SAY}"),
                    );
                }
                // The chronicle keeps the English, so a game's state is the same whatever the
                // language it was played in; the reader's text is found by it (`Scenario::said`).
                let en: String = t.en.chars().take(MAX_SAY).collect();
                let shown: String = t.get(self.lang).chars().take(MAX_SAY).collect();
                if shown != en && !self.said.iter().any(|(e, _)| *e == en) {
                    self.said.push((en.clone(), shown));
                }
                Effect::Say(en)
            }
        }
    }

    /// A place named directly, or a clause's place parameter of that name.
    fn place_ref(&mut self, name: &str, scope: Params) -> PlaceRef {
        match scope.and_then(|ps| ps.iter().position(|p| p.name == name)) {
            Some(_) => PlaceRef::Param(self.param(scope, name, "single place")),
            None => PlaceRef::Is(self.place(name)),
        }
    }
}

/// Inks for courts that name no colour of their own: seal red, indigo, jade, ochre, plum.
const PALETTE: [(u8, u8, u8); 5] = [(168, 36, 28), (40, 66, 112), (40, 110, 80), (170, 120, 30), (110, 50, 110)];

/// "an amount", "a side".
pub fn with_article(word: &str) -> String {
    article(word)
}

fn article(word: &str) -> String {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) { format!("an {word}") } else { format!("a {word}") }
}
