//! Campaigns: scenarios played one after another, each chapter starting from what the one
//! before left behind: the treasuries, the emperors' honour, the courts' trust, the land
//! each holds and the sworn treaty.
//!
//! Everything crosses by name, never by index: a sworn clause goes into the next chapter's
//! treaty only if that scenario's library has a clause of the same id, its parameters by
//! their names, its places by their ids. Two scenarios written apart can so share a treaty,
//! and what cannot cross is said, not dropped in silence.

use crate::rules::game::Game;
use crate::rules::ids::*;
use crate::rules::play::Match;
use crate::rules::scenario::diagnostic::{Source, render};
use crate::rules::scenario::load::{begins_like_ron, load_scenario, read_limited, ron_options, syntax_diagnostic};
use crate::rules::scenario::raw::{RawTerm, RawValue};
use crate::rules::scenario::text::Text;
use crate::rules::scenario::{ParamKind, Scenario, Term, Value, group_thousands};
use crate::rules::spec::raw_terms;
use crate::rules::state::Treaty;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The campaign file format this build reads.
pub const CAMPAIGN_FORMAT: u32 = 1;

/// A campaign file exactly as written.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Campaign")]
pub struct RawCampaign {
    pub format: u32,
    pub id: String,
    /// A text in English or in both languages, as a scenario's (`(en: "...", zh: "...")`).
    pub title: Text,
    #[serde(default)]
    pub summary: Text,
    /// The scenarios, in the order they are played.
    pub chapters: Vec<RawChapter>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Chapter")]
pub struct RawChapter {
    /// The scenario file, relative to the campaign file.
    pub scenario: String,
    /// Shown above the chapter; the scenario's own title if left out.
    #[serde(default)]
    pub title: Text,
    /// What happened between this chapter and the one before, read before it begins.
    #[serde(default)]
    pub intro: Text,
    /// What this chapter takes over from the one before (all of it unless said otherwise).
    /// The first chapter takes nothing.
    #[serde(default = "Carry::all")]
    pub carry: Vec<Carry>,
}

/// One kind of state a chapter may take over from the one before.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub enum Carry {
    /// Each court's silver, silk and grain.
    Treasury,
    /// Each emperor's honour.
    Honour,
    /// How far each court trusts each other court.
    Trust,
    /// The sworn treaties' clauses in force, by clause id, between the same two courts.
    Treaty,
    /// Who holds each place, by place id.
    Land,
}

impl Carry {
    pub const ALL: [Carry; 5] = [Carry::Treasury, Carry::Honour, Carry::Trust, Carry::Treaty, Carry::Land];

    fn all() -> Vec<Carry> {
        Carry::ALL.to_vec()
    }
}

/// A checked campaign: every chapter's scenario loaded and free of errors.
#[derive(Clone, Debug)]
pub struct Campaign {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub chapters: Vec<Chapter>,
}

#[derive(Clone, Debug)]
pub struct Chapter {
    pub path: PathBuf,
    pub title: String,
    pub intro: String,
    pub carry: Vec<Carry>,
    pub scenario: Arc<Scenario>,
}

/// The format number alone, so a campaign from another build gets a clear answer.
#[derive(Deserialize)]
struct FormatOnly {
    format: Option<u32>,
}

/// The most chapters a campaign may have. Every chapter's scenario is loaded and kept, so
/// a file of 100,000 chapters would take gigabytes; a long campaign of the Song–Liao
/// century has a dozen.
pub const MAX_CHAPTERS: usize = 32;

/// Parses a campaign file's text; `label` names it in messages.
pub fn parse(label: &str, text: &str) -> Result<RawCampaign, String> {
    if !begins_like_ron(text) {
        return Err(format!("{label}: this is not a campaign file: a campaign is written in RON and begins with `(`"));
    }
    match ron_options().from_str::<RawCampaign>(text) {
        Ok(raw) if raw.chapters.len() > MAX_CHAPTERS => Err(format!(
            "{label}: the campaign has {} chapters; at most {MAX_CHAPTERS} are allowed (split it into several campaigns)",
            raw.chapters.len()
        )),
        Ok(raw) if raw.format != CAMPAIGN_FORMAT => Err(format!(
            "{label}: campaign format {} is not read by this build, which reads format {CAMPAIGN_FORMAT}",
            raw.format
        )),
        Ok(raw) => Ok(raw),
        Err(e) => {
            if let Ok(FormatOnly { format: Some(v) }) = ron_options().from_str::<FormatOnly>(text)
                && v != CAMPAIGN_FORMAT
            {
                return Err(format!(
                    "{label}: campaign format {v} is not read by this build, which reads format {CAMPAIGN_FORMAT}"
                ));
            }
            let source = Source { path: label.to_string(), text: text.to_string() };
            let d = syntax_diagnostic(&source, &e);
            Err(render(&[d], &[source]))
        }
    }
}

/// Loads a campaign file and every chapter's scenario, or says what is wrong and where.
pub fn load(path: &Path) -> Result<Campaign, String> {
    let label = path.display().to_string();
    let text = read_limited(path).map_err(|e| format!("{label}: {e}"))?;
    let raw = parse(&label, &text)?;
    // Its texts in the reader's language, as its scenarios' are.
    let lang = crate::locale::language();
    if raw.id.is_empty() {
        return Err(format!("{label}: the campaign has no `id`"));
    }
    if raw.chapters.is_empty() {
        return Err(format!("{label}: the campaign has no chapters; name at least one scenario in `chapters`"));
    }
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
    let mut chapters = Vec::with_capacity(raw.chapters.len());
    for (i, c) in raw.chapters.iter().enumerate() {
        let scenario_path = dir.join(&c.scenario);
        // A chapter's scenario lies in the campaign's folder or below it, as a part file does.
        let root = std::fs::canonicalize(if dir.as_os_str().is_empty() { Path::new(".") } else { &dir });
        let leaves = Path::new(&c.scenario)
            .components()
            .any(|p| !matches!(p, std::path::Component::Normal(_) | std::path::Component::CurDir))
            || match (std::fs::canonicalize(&scenario_path), root) {
                (Ok(full), Ok(root)) => !full.starts_with(root),
                _ => false,
            };
        if leaves {
            return Err(format!(
                "{label}: chapter {} names {:?}, outside the campaign's folder; a chapter's scenario lies in that folder or below it",
                i + 1,
                c.scenario
            ));
        }
        let loaded = load_scenario(&scenario_path);
        let Some(scenario) = loaded.scenario else {
            return Err(format!(
                "{label}: chapter {} (`{}`) cannot be played; its scenario has errors:\n{}",
                i + 1,
                c.scenario,
                render(&loaded.diagnostics, &loaded.sources)
            ));
        };
        chapters.push(Chapter {
            path: scenario_path,
            title: if c.title.is_empty() { scenario.title.clone() } else { c.title.to(lang) },
            intro: c.intro.to(lang),
            carry: c.carry.clone(),
            scenario: Arc::new(scenario),
        });
    }
    Ok(Campaign { id: raw.id, title: raw.title.to(lang), summary: raw.summary.to(lang), chapters })
}

/// What a finished chapter hands on, written with names (place, clause and court ids) so
/// any scenario can read it, and a save can keep it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Carried {
    /// What the next chapter takes of it.
    pub what: Vec<Carry>,
    /// Each court's treasury, by court id.
    pub treasury: Vec<(String, Treasury)>,
    pub honour: Vec<(String, i32)>,
    /// How far a court (the first id) trusts another (the second).
    pub trust: Vec<(String, String, i32)>,
    /// The treaties in force at the end, each by its two courts' ids with its clauses in force.
    pub treaties: Vec<((String, String), Vec<RawTerm>)>,
    /// Pairs of courts at war at the end.
    pub wars: Vec<(String, String)>,
    /// Who held each place at the end: place id, court id.
    pub land: Vec<(String, String)>,
}

impl Carried {
    /// What a finished game hands on to a chapter that takes `what` of it.
    pub fn from_game(game: &Game, what: &[Carry]) -> Carried {
        let s = &*game.scenario;
        let st = &game.state;
        let id = |c: CourtId| s.courts[c].id.clone();
        let treaties = st
            .treaties
            .iter()
            .map(|t| {
                let in_force: Vec<Term> = t.in_force_terms().cloned().collect();
                ((id(t.parties.0), id(t.parties.1)), raw_terms(s, &in_force))
            })
            .collect();
        let courts: Vec<CourtId> = s.court_ids().collect();
        Carried {
            what: what.to_vec(),
            treasury: courts.iter().map(|c| (id(*c), st.courts[*c].treasury)).collect(),
            honour: courts.iter().map(|c| (id(*c), st.courts[*c].honour)).collect(),
            trust: courts
                .iter()
                .flat_map(|a| courts.iter().filter(move |b| *b != a).map(move |b| (*a, *b)))
                .map(|(a, b)| (id(a), id(b), st.courts[a].trust[b]))
                .collect(),
            treaties,
            wars: courts
                .iter()
                .enumerate()
                .flat_map(|(i, a)| courts[i + 1..].iter().map(move |b| (*a, *b)))
                .filter(|(a, b)| st.at_war_with(*a, *b))
                .map(|(a, b)| (id(a), id(b)))
                .collect(),
            land: s.places.iter().zip(&st.places).map(|(p, now)| (p.id.clone(), id(now.controller))).collect(),
        }
    }
}

/// A new game of a chapter's scenario, started from what the chapter before left, with a
/// line for each thing carried over or left behind.
pub fn start(scenario: Arc<Scenario>, seed: u64, carried: Option<&Carried>) -> (Game, Vec<String>) {
    let mut game = Game::new(scenario, seed);
    let notes = match carried {
        Some(c) => apply(&mut game, c),
        None => Vec::new(),
    };
    (game, notes)
}

/// Puts carried state into a game that has not begun (a save replays it the same way before
/// its actions). The dice are untouched, so the chapter plays the same for the same seed and
/// the same carried state. A court of another chapter that this scenario does not declare
/// is left behind, and said to be.
pub fn apply(game: &mut Game, carried: &Carried) -> Vec<String> {
    let s = game.scenario.clone();
    let what = &carried.what;
    let mut notes = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    let mut court_of = |id: &str| {
        let c = s.court_id(id);
        if c.is_none() && !unknown.iter().any(|u| u == id) {
            unknown.push(id.to_string());
        }
        c
    };
    if what.contains(&Carry::Treasury) {
        for (id, t) in &carried.treasury {
            let Some(c) = court_of(id) else { continue };
            game.state.courts[c].treasury = *t;
            notes.push(format!(
                "{} treasury: {} taels of silver, {} bolts of silk, {} shi of grain",
                s.court_name(c),
                group_thousands(t.silver),
                group_thousands(t.silk),
                group_thousands(t.grain)
            ));
        }
    }
    if what.contains(&Carry::Honour) {
        for (id, h) in &carried.honour {
            let Some(c) = court_of(id) else { continue };
            game.state.courts[c].honour = (*h).clamp(0, 100);
            notes.push(format!("{} ruler's honour: {}", s.court_name(c), game.state.courts[c].honour));
        }
    }
    if what.contains(&Carry::Trust) {
        for (a, b, v) in &carried.trust {
            let (Some(a), Some(b)) = (court_of(a), court_of(b)) else { continue };
            game.state.courts[a].trust[b] = (*v).clamp(-100, 100);
            notes.push(format!("the {} trust the {}: {}", s.court_name(a), s.court_name(b), (*v).clamp(-100, 100)));
        }
    }
    if what.contains(&Carry::Land) {
        let mut changed = Vec::new();
        let mut missing = Vec::new();
        for (id, holder) in &carried.land {
            let Some(p) = s.place_id(id) else {
                missing.push(id.clone());
                continue;
            };
            let Some(holder) = court_of(holder) else { continue };
            let place = &mut game.state.places[p.index()];
            if place.controller != holder {
                place.controller = holder;
                changed.push(format!("{} ({})", s.place(p).name, s.court_name(holder)));
            }
        }
        if !missing.is_empty() {
            notes.push(format!("places not on this chapter's map, left behind: {}", missing.join(", ")));
        }
        if !changed.is_empty() {
            notes.push(format!("land held as the last chapter ended it: {}", changed.join(", ")));
        }
    }
    if what.contains(&Carry::Treaty) {
        for ((a, b), raw) in &carried.treaties {
            let (Some(a), Some(b)) = (court_of(a), court_of(b)) else { continue };
            notes.extend(carry_treaty(game, (a, b), raw));
        }
        for (a, b) in &carried.wars {
            let (Some(a), Some(b)) = (court_of(a), court_of(b)) else { continue };
            // History went on to a peace even where a chapter ended at war: the next scenario
            // keeps the treaty it was written with.
            let (x, y) = (s.court_name(a), s.court_name(b));
            notes.push(match game.state.treaty_between(a, b) {
                Some(_) => {
                    format!("the {x} and the {y} ended the last chapter at war; this scenario's own treaty stands")
                }
                None => format!("the {x} and the {y} ended the last chapter at war, and begin this one at war"),
            });
        }
    }
    if !unknown.is_empty() {
        notes.push(format!("courts not in this chapter, left behind: {}", unknown.join(", ")));
    }
    notes
}

/// Puts the carried clauses in force as the chapter's starting treaty between two courts.
fn carry_treaty(game: &mut Game, between: (CourtId, CourtId), raw: &[RawTerm]) -> Vec<String> {
    let s = game.scenario.clone();
    let mut notes = Vec::new();
    let (terms, mut left) = map_terms(&s, raw);
    let names = format!("the {} and the {}", s.court_name(between.0), s.court_name(between.1));
    // A clause crosses only if these two courts may swear it here, as any draft must.
    let (terms, refused): (Vec<Term>, Vec<Term>) =
        terms.into_iter().partition(|t| crate::rules::game::check_draft(&s, between, std::slice::from_ref(t)).is_ok());
    for t in refused {
        left.push(format!(
            "left behind: `{}`, which is no clause for a treaty between {names} here",
            s.clause(t.clause).id
        ));
    }
    if terms.is_empty() {
        notes.push(format!(
            "treaty between {names}: none of its {} clauses exists in this scenario, so the scenario's own stands",
            raw.len()
        ));
        return notes;
    }
    notes.push(format!("treaty in force between {names}: {} of {} clauses", terms.len(), raw.len()));
    for t in &terms {
        notes.push(format!("  - {}: {}", s.clause(t.clause).name, s.term_text(t)));
    }
    notes.extend(left);
    // Sworn before the chapter began: its on-sworn effects are history, as in a scenario's
    // own starting treaty.
    let parties = pair(between.0, between.1);
    game.state.treaties.retain(|t| t.parties != parties);
    game.state.treaties.push(Treaty::inherited(parties, terms));
    notes
}

/// Resolves carried terms against a scenario's clause library, by name. Returns the terms
/// that cross and a line for everything that could not cross as it was.
pub fn map_terms(s: &Scenario, raw: &[RawTerm]) -> (Vec<Term>, Vec<String>) {
    let mut terms: Vec<Term> = Vec::new();
    let mut notes = Vec::new();
    for r in raw {
        let Some(id) = s.clause_id(&r.clause) else {
            notes.push(format!("left behind: `{}`, which this scenario's clause library does not have", r.clause));
            continue;
        };
        if terms.iter().any(|t| t.clause == id) {
            continue;
        }
        let clause = s.clause(id);
        let mut values = Vec::with_capacity(clause.params.len());
        for p in &clause.params {
            let given = r.params.get(&p.name);
            let value = match (given, &p.kind) {
                (Some(RawValue::Amount(n)), ParamKind::Amount { min, max, .. }) => {
                    let kept = (*n).clamp(*min, *max);
                    if kept != *n {
                        notes.push(format!(
                            "\"{}\": {} {} is outside {}..{} here and becomes {}",
                            clause.name,
                            p.name,
                            group_thousands(*n),
                            group_thousands(*min),
                            group_thousands(*max),
                            group_thousands(kept)
                        ));
                    }
                    Some(Value::Amount(kept))
                }
                (Some(RawValue::Side(court)), ParamKind::Side { .. }) => s.court_id(court).map(Value::Side),
                (Some(RawValue::Place(name)), ParamKind::Place { .. }) => s.place_id(name).map(Value::Place),
                (Some(RawValue::Region(name)), ParamKind::Region { .. }) => s.region_id(name).map(Value::Region),
                _ => None,
            };
            let value = value.unwrap_or_else(|| {
                if given.is_some() {
                    notes.push(format!("\"{}\": {} has no match here and takes its default", clause.name, p.name));
                }
                p.kind.default_value()
            });
            values.push(value);
        }
        terms.push(Term { clause: id, values });
    }
    (terms, notes)
}

/// One chapter as it was played.
#[derive(Clone, Debug)]
pub struct Played {
    pub chapter: usize,
    pub game: Game,
    /// What the chapter began from, if it took anything from the one before.
    pub carried_in: Option<Carried>,
    /// A line for each thing carried over or left behind.
    pub notes: Vec<String>,
}

/// Plays the whole campaign with the computer on every court. Chapter `i` uses the seed
/// `seed + i`, so the chapters do not repeat each other's dice.
pub fn play(campaign: &Campaign, seed: u64) -> Vec<Played> {
    let mut played: Vec<Played> = Vec::with_capacity(campaign.chapters.len());
    for (i, chapter) in campaign.chapters.iter().enumerate() {
        let carried_in = played.last().map(|p| Carried::from_game(&p.game, &chapter.carry));
        let (game, notes) = start(chapter.scenario.clone(), seed.wrapping_add(i as u64), carried_in.as_ref());
        let game = Match::computer_only(game).into_game();
        played.push(Played { chapter: i, game, carried_in, notes });
    }
    played
}

/// Courts `a` and `b` by id, in the scenario's order, joined: `song-liao`.
fn pair_name(s: &Scenario, a: CourtId, b: CourtId) -> String {
    let (a, b) = pair(a, b);
    format!("{}-{}", s.courts[a].id, s.courts[b].id)
}

/// The columns of `campaign --csv`, one row a chain of chapters, for calibration by script:
/// for each chapter `cN_`, when it ended, whether it ended in a treaty and what that pays,
/// the pairs of courts that swore a treaty in it, fought a battle in it, or were at war at
/// its end.
pub fn csv_header(c: &Campaign) -> String {
    let mut cols = vec!["seed".to_string()];
    for n in 1..=c.chapters.len() {
        for col in ["end_turn", "treaty", "yearly_silver", "yearly_silk", "sworn", "fought", "at_war_at_end"] {
            cols.push(format!("c{n}_{col}"));
        }
    }
    cols.join(",")
}

/// One chain of chapters as a row of `campaign --csv`.
pub fn csv_row(seed: u64, played: &[Played]) -> String {
    use crate::rules::chronicle::Entry;
    let mut cols = vec![seed.to_string()];
    for p in played {
        let (s, st) = (&*p.game.scenario, p.game.state());
        let o = crate::rules::simulate::outcome(&p.game);
        let mut sworn: Vec<String> =
            st.treaties.iter().filter(|t| !t.inherited).map(|t| pair_name(s, t.parties.0, t.parties.1)).collect();
        let mut fought: Vec<String> = st
            .chronicle
            .iter()
            .filter_map(|l| match l.entry {
                Entry::Battle { winner, loser, .. } => Some(pair_name(s, winner, loser)),
                _ => None,
            })
            .collect();
        let ids: Vec<CourtId> = s.court_ids().collect();
        let mut at_war: Vec<String> = ids
            .iter()
            .flat_map(|a| ids.iter().filter(move |b| a < *b).map(move |b| (*a, *b)))
            .filter(|(a, b)| st.at_war_with(*a, *b))
            .map(|(a, b)| pair_name(s, a, b))
            .collect();
        for list in [&mut sworn, &mut fought, &mut at_war] {
            list.sort_unstable();
            list.dedup();
        }
        cols.push(st.turn.to_string());
        cols.push((o.treaty as u8).to_string());
        cols.push(o.silver.to_string());
        cols.push(o.silk.to_string());
        cols.extend([sworn.join(";"), fought.join(";"), at_war.join(";")]);
    }
    cols.join(",")
}
