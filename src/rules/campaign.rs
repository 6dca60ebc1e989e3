//! Campaigns: scenarios played one after another, each chapter starting from what the one
//! before left behind: the treasuries, the emperors' honour, the courts' trust, the land
//! each holds and the sworn treaty.
//!
//! Everything crosses by name, never by index: a sworn clause goes into the next chapter's
//! treaty only if that scenario's library has a clause of the same id, its parameters by
//! their names, its places by their ids. Two scenarios written apart can so share a treaty,
//! and what cannot cross is said, not dropped in silence.

use crate::rules::ai;
use crate::rules::game::Game;
use crate::rules::ids::*;
use crate::rules::scenario::diagnostic::{Source, render};
use crate::rules::scenario::load::{load_scenario, read_limited, ron_options, syntax_diagnostic};
use crate::rules::scenario::raw::{RawTerm, RawValue};
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
    pub title: String,
    #[serde(default)]
    pub summary: String,
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
    pub title: String,
    /// What happened between this chapter and the one before, read before it begins.
    #[serde(default)]
    pub intro: String,
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
    /// How far each court trusts the other.
    Trust,
    /// The sworn treaty's clauses in force, by clause id.
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

/// Parses a campaign file's text; `label` names it in messages.
pub fn parse(label: &str, text: &str) -> Result<RawCampaign, String> {
    match ron_options().from_str::<RawCampaign>(text) {
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
            title: if c.title.is_empty() { scenario.title.clone() } else { c.title.clone() },
            intro: c.intro.clone(),
            carry: c.carry.clone(),
            scenario: Arc::new(scenario),
        });
    }
    Ok(Campaign { id: raw.id, title: raw.title, summary: raw.summary, chapters })
}

/// What a finished chapter hands on, written with names so any scenario can read it.
#[derive(Clone, Debug, PartialEq)]
pub struct Carried {
    pub treasury: PerSide<Treasury>,
    pub honour: PerSide<i32>,
    pub trust: PerSide<i32>,
    /// The clauses in force at the end, or `None` if the chapter ended at war.
    pub treaty: Option<Vec<RawTerm>>,
    /// Who held each place at the end, by place id.
    pub land: Vec<(String, Side)>,
}

impl Carried {
    pub fn from_game(game: &Game) -> Carried {
        let s = &*game.scenario;
        let st = &game.state;
        let treaty = st.treaty.as_ref().map(|t| {
            let in_force: Vec<Term> =
                t.terms.iter().zip(&t.in_force).filter(|(_, on)| **on).map(|(term, _)| term.clone()).collect();
            raw_terms(s, &in_force)
        });
        Carried {
            treasury: PerSide::new(st.courts.song.treasury, st.courts.liao.treasury),
            honour: PerSide::new(st.courts.song.honour, st.courts.liao.honour),
            trust: PerSide::new(st.courts.song.trust, st.courts.liao.trust),
            treaty,
            land: s.places.iter().zip(&st.places).map(|(p, now)| (p.id.clone(), now.controller)).collect(),
        }
    }
}

/// A new game of a chapter's scenario, started from what the chapter before left, with a
/// line for each thing carried over or left behind.
pub fn start(scenario: Arc<Scenario>, seed: u64, carried: Option<(&Carried, &[Carry])>) -> (Game, Vec<String>) {
    let mut game = Game::new(scenario, seed);
    let notes = match carried {
        Some((c, what)) => apply(&mut game, c, what),
        None => Vec::new(),
    };
    (game, notes)
}

/// Puts carried state into a game that has not begun. The dice are untouched, so the
/// chapter plays the same for the same seed and the same carried state.
pub fn apply(game: &mut Game, carried: &Carried, what: &[Carry]) -> Vec<String> {
    let s = game.scenario.clone();
    let mut notes = Vec::new();
    for side in Side::BOTH {
        let court = &mut game.state.courts[side];
        if what.contains(&Carry::Treasury) {
            court.treasury = carried.treasury[side];
            let t = court.treasury;
            notes.push(format!(
                "{side} treasury: {} taels of silver, {} bolts of silk, {} shi of grain",
                group_thousands(t.silver),
                group_thousands(t.silk),
                group_thousands(t.grain)
            ));
        }
        if what.contains(&Carry::Honour) {
            court.honour = carried.honour[side].clamp(0, 100);
            notes.push(format!("{side} emperor's honour: {}", court.honour));
        }
        if what.contains(&Carry::Trust) {
            court.trust = carried.trust[side].clamp(-100, 100);
            notes.push(format!("the {side} trust the {}: {}", side.other(), court.trust));
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
            let place = &mut game.state.places[p.index()];
            if place.controller != *holder {
                place.controller = *holder;
                changed.push(format!("{} ({})", s.place(p).name, holder));
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
        notes.extend(carry_treaty(game, carried.treaty.as_deref()));
    }
    notes
}

/// Puts the carried clauses in force as the chapter's starting treaty.
fn carry_treaty(game: &mut Game, carried: Option<&[RawTerm]>) -> Vec<String> {
    let s = game.scenario.clone();
    let Some(raw) = carried else {
        // History went on to a peace even where a chapter ended at war: the next scenario
        // keeps the treaty it was written with.
        return vec![match &game.state.treaty {
            Some(_) => "no treaty: the last chapter ended at war, so this scenario's own treaty stands".into(),
            None => "no treaty: the last chapter ended at war, and this one begins at war".into(),
        }];
    };
    let mut notes = Vec::new();
    let (terms, left) = map_terms(&s, raw);
    if terms.is_empty() {
        notes.push(format!(
            "treaty: none of its {} clauses exists in this scenario, so the scenario's own treaty stands",
            raw.len()
        ));
        return notes;
    }
    notes.push(format!("treaty in force: {} of {} clauses", terms.len(), raw.len()));
    for t in &terms {
        notes.push(format!("  - {}: {}", s.clause(t.clause).name, s.term_text(t)));
    }
    notes.extend(left);
    let n = terms.len();
    // Sworn before the chapter began: its on-sworn effects are history, as in a scenario's
    // own starting treaty.
    game.state.treaty = Some(Treaty {
        in_force: vec![true; n],
        terms,
        sworn: 0,
        inherited: true,
        deliveries: Vec::new(),
        breaches: Vec::new(),
    });
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
                (Some(RawValue::Side(side)), ParamKind::Side { .. }) => Some(Value::Side(*side)),
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

/// Plays a chapter to its end with the computer on both sides, with the same hard stop as
/// [`crate::rules::simulate::play_out`].
pub fn play_to_end(game: &mut Game) {
    let limit = game.scenario.calendar.turns + 1;
    while !game.is_over() && game.state.turn <= limit {
        ai::take_turn(game, Side::Song);
        ai::take_turn(game, Side::Liao);
    }
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

/// Plays the whole campaign with the computer on both sides. Chapter `i` uses the seed
/// `seed + i`, so the chapters do not repeat each other's dice.
pub fn play(campaign: &Campaign, seed: u64) -> Vec<Played> {
    let mut played: Vec<Played> = Vec::with_capacity(campaign.chapters.len());
    for (i, chapter) in campaign.chapters.iter().enumerate() {
        let carried_in = played.last().map(|p| Carried::from_game(&p.game));
        let (mut game, notes) = start(
            chapter.scenario.clone(),
            seed.wrapping_add(i as u64),
            carried_in.as_ref().map(|c| (c, chapter.carry.as_slice())),
        );
        play_to_end(&mut game);
        played.push(Played { chapter: i, game, carried_in, notes });
    }
    played
}
