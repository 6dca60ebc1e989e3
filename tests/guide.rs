//! The modding guide's examples are tested: every ```ron block in `docs/MODDING.md` is parsed
//! into the raw type its info string names and, where it can be, validated inside
//! `tests/data/mini.ron` (plus the guide's own `ron include extras` block). A block that no
//! longer parses or validates fails with its line in the guide. The guide must also name every
//! field and every variant of the RON format, so a new one cannot go undocumented.
//!
//! A block marked `format1` is a whole file in the old format: it is read as the loader reads
//! it, through `chanyuan migrate`'s rewrite, and a block marked `migrated` right after it must
//! be exactly that rewrite.

use crate::common::root;
use chanyuan::rules::ids::Treasury;
use chanyuan::rules::scenario::compile::Compiler;
use chanyuan::rules::scenario::diagnostic::{Diagnostic, Severity, Source};
use chanyuan::rules::scenario::load::{load_scenario, load_str, ron_options};
use chanyuan::rules::scenario::raw::*;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::path::PathBuf;

const GUIDE: &str = "docs/MODDING.md";

/// The main scenario's file and the files it includes, under `levels/`.
const MAIN_FILES: [&str; 6] = [
    "chanyuan_1004.ron",
    "chanyuan_1004/map.ron",
    "chanyuan_1004/geography.ron",
    "chanyuan_1004/people.ron",
    "chanyuan_1004/clauses.ron",
    "chanyuan_1004/encyclopedia.ron",
];

/// The guide must hold at least this many tested blocks, so the test cannot pass vacuously.
const AT_LEAST: usize = 160;

/// One fenced ```ron block of the guide.
struct Block {
    /// 1-based line of the opening fence in the guide.
    line: usize,
    kind: String,
    /// Further words of the info string: `main` (try it in the main campaign), `error` (it
    /// must be refused), `warning`, `extras`, `in_clause`, `on_breach`, `format1` (a file in
    /// the old format), `migrated` (the rewrite of the `format1` block before it), or a file
    /// path for `mod` blocks.
    flags: Vec<String>,
    text: String,
}

impl Block {
    fn has(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
}

fn blocks(guide: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open: Option<Block> = None;
    for (i, line) in guide.lines().enumerate() {
        let trimmed = line.trim_start();
        match &mut open {
            Some(block) => {
                if trimmed.starts_with("```") {
                    out.push(open.take().expect("open block"));
                } else {
                    block.text.push_str(line);
                    block.text.push('\n');
                }
            }
            None => {
                if let Some(info) = trimmed.strip_prefix("```") {
                    let mut words = info.split_whitespace();
                    if words.next() == Some("ron") {
                        open = Some(Block {
                            line: i + 1,
                            kind: words.next().unwrap_or("").to_string(),
                            flags: words.map(str::to_string).collect(),
                            text: String::new(),
                        });
                    } else {
                        // Another language's block (or a bare ```): skip to its end.
                        open = Some(Block { line: i + 1, kind: "-".into(), flags: vec![], text: String::new() });
                    }
                }
            }
        }
    }
    assert!(open.is_none(), "{GUIDE}: a ``` block is never closed");
    out.retain(|b| b.kind != "-");
    out
}

/// Parses a block as `T`, with the error placed at its line in the guide.
fn parse<T: DeserializeOwned>(b: &Block, what: &str) -> Result<T, String> {
    ron_options().from_str::<T>(&b.text).map_err(|e| {
        format!(
            "does not parse as {what}: {} (guide line {}, column {})",
            e.code,
            b.line + e.span.start.line,
            e.span.start.col
        )
    })
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

/// A scenario the snippets are tried in: `mini.ron` plus the guide's extras, or (for blocks
/// marked `main`) the main scenario with its included files.
struct Base {
    raw: RawScenario,
    sources: Vec<Source>,
}

impl Base {
    fn main() -> Base {
        let mut sources = Vec::new();
        let mut raw: Option<RawScenario> = None;
        let files = MAIN_FILES;
        for f in files {
            let path = format!("levels/{f}");
            let text = read(&path);
            let part: RawScenario = ron_options().from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
            match &mut raw {
                Some(into) => chanyuan::rules::scenario::load::merge(into, part),
                None => raw = Some(part),
            }
            sources.push(Source { path, text });
        }
        let mut raw = raw.expect("the main file");
        assert_eq!(raw.includes.len(), files.len() - 1, "the main scenario's includes changed: update tests/guide.rs");
        raw.includes.clear();
        Base { raw, sources }
    }

    fn compile(&self, raw: &RawScenario, block: &Block) -> Vec<Diagnostic> {
        let mut sources = self.sources.clone();
        sources.push(Source { path: block_label(block), text: block.text.clone() });
        Compiler::new(&sources).compile(raw).1
    }

    /// The guide's example clause, which has one parameter of each kind.
    fn example_clause(raw: &mut RawScenario) -> Result<&mut RawClause, String> {
        // In the main campaign, clause-part snippets go into the cession of Guannan.
        let id = if raw.clauses.iter().any(|c| c.id == "example_terms") { "example_terms" } else { "cede_guannan" };
        raw.clauses.iter_mut().find(|c| c.id == id).ok_or_else(|| format!("needs the clause `{id}`"))
    }
}

fn summary(diags: &[Diagnostic]) -> String {
    diags.iter().map(|d| format!("\n    {}", d.headline())).collect()
}

/// The block's own label as a source, so its problems can be placed in the guide.
fn block_label(b: &Block) -> String {
    format!("{GUIDE} block at line {}", b.line)
}

/// Like [`summary`], with problems in the block itself placed at their line in the guide.
fn block_summary(b: &Block, diags: &[Diagnostic]) -> String {
    let label = block_label(b);
    diags
        .iter()
        .map(|d| {
            let mut d = d.clone();
            if d.path == label {
                d.path = GUIDE.to_string();
                d.line += b.line;
            }
            format!("\n    {}", d.headline())
        })
        .collect()
}

/// Checks the diagnostics against what the block's flags expect.
fn expect(b: &Block, diags: &[Diagnostic]) -> Result<(), String> {
    let errors = diags.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diags.len() - errors;
    if b.has("error") {
        return if errors > 0 { Ok(()) } else { Err("is marked `error` but validates without errors".into()) };
    }
    if errors > 0 {
        return Err(format!("does not validate:{}", block_summary(b, diags)));
    }
    if b.has("warning") && warnings == 0 {
        return Err("is marked `warning` but draws no warning".into());
    }
    if b.kind == "scenario" && !b.has("warning") && warnings > 0 {
        return Err(format!("draws warnings:{}", block_summary(b, diags)));
    }
    Ok(())
}

/// A place to write `mod` blocks beside a copy of the main scenario.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Scratch {
        let dir = std::env::temp_dir().join(format!("chanyuan-guide-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("levels/chanyuan_1004")).unwrap();
        for f in MAIN_FILES {
            std::fs::copy(root().join("levels").join(f), dir.join("levels").join(f)).unwrap();
        }
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A `format1` block as the loader reads it: rewritten as format 2.
fn migrated(b: &Block) -> Result<Block, String> {
    if !matches!(b.kind.as_str(), "scenario" | "mod" | "include") {
        return Err("is marked `format1`, but only whole files (scenario, mod, include) are migrated".into());
    }
    let text = chanyuan::rules::scenario::migrate::migrate(&b.text);
    if chanyuan::rules::scenario::migrate::format_of(&b.text) != Some(1) || text == b.text {
        return Err("is marked `format1` but is no format-1 file (`format: 1`)".into());
    }
    Ok(Block { line: b.line, kind: b.kind.clone(), flags: b.flags.clone(), text })
}

fn check(b: &Block, mini: &Base, main: &Base, scratch: &Scratch) -> Result<(), String> {
    let rewritten;
    let b = if b.has("format1") {
        rewritten = migrated(b)?;
        &rewritten
    } else {
        b
    };
    let base = if b.has("main") { main } else { mini };
    let mut raw = base.raw.clone();
    // A block marked `error` may fail to parse: that is the mistake it shows.
    macro_rules! parsed {
        ($t:ty, $what:expr) => {
            match parse::<$t>(b, $what) {
                Ok(v) => v,
                Err(_) if b.has("error") => return Ok(()),
                Err(e) => return Err(e),
            }
        };
    }
    match b.kind.as_str() {
        "scenario" => {
            let _ = parsed!(RawScenario, "a scenario file");
            let loaded = load_str(&block_label(b), &b.text);
            return expect(b, &loaded.diagnostics);
        }
        "lesson" => {
            let _ = parsed!(chanyuan::rules::lesson::RawLesson, "a lesson file");
            // Its scenario is named relative to the game's levels/ folder, as the shipped lessons name theirs.
            let path = scratch.0.join("levels/lessons/guide_lesson.ron");
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &b.text).unwrap();
            let loaded = chanyuan::rules::lesson::load_lesson(&path);
            let _ = std::fs::remove_file(&path);
            return expect(b, &loaded.diagnostics);
        }
        "mod" => {
            let _ = parsed!(RawScenario, "a scenario file");
            let rel = b.flags.iter().find(|f| f.ends_with(".ron")).map_or("levels/guide_mod.ron", String::as_str);
            let path = scratch.0.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &b.text).unwrap();
            let loaded = load_scenario(&path);
            let _ = std::fs::remove_file(&path);
            return expect(b, &loaded.diagnostics);
        }
        "include" => {
            let part = parsed!(RawScenario, "an included file");
            if b.has("extras") {
                // Checked as part of the base.
                return Ok(());
            }
            chanyuan::rules::scenario::load::merge(&mut raw, part);
        }
        "calendar" => raw.calendar = Some(parsed!(RawCalendar, "a calendar")),
        "court" => {
            // A court takes the place of the court with its id, in the same place in the list
            // (the first two courts are the parties of `treaty` and `history`).
            let court = parsed!(RawCourt, "a court");
            match raw.courts.iter_mut().find(|c| c.id == court.id) {
                Some(slot) => *slot = court,
                None => raw.courts.push(court),
            }
        }
        "personality" => {
            let p = parsed!(RawPersonality, "a personality");
            raw.courts.iter_mut().find(|c| c.id == "song").expect("a Song court").personality = p;
        }
        "treasury" => {
            let t = parsed!(Treasury, "a treasury");
            raw.courts.iter_mut().find(|c| c.id == "song").expect("a Song court").treasury = t;
        }
        "rules" => raw.rules = Some(parsed!(RawRules, "a rules block")),
        "treaty" => raw.treaties.push(parsed!(RawTreaty, "a starting treaty")),
        "place" => {
            let p = parsed!(RawPlace, "a place");
            // A new place must be reached by a route; the guide shows routes on their own.
            let first = raw.places[0].id.clone();
            raw.routes.push(RawRoute { from: first, to: p.id.clone(), river: false, border: false });
            raw.places.push(p);
        }
        "route" => raw.routes.push(parsed!(RawRoute, "a route")),
        "river" => raw.rivers.push(parsed!(RawLine, "a river or border line")),
        "feature" => raw.geography.push(parsed!(RawFeature, "a feature of the geography")),
        "region" => raw.regions.push(parsed!(RawRegion, "a region")),
        "character" => raw.characters.push(parsed!(RawCharacter, "a character")),
        "envoy" => {
            let e = parsed!(RawEnvoy, "envoy traits");
            let envoy = raw.characters.iter_mut().find(|c| c.envoy.is_some()).expect("an envoy");
            envoy.envoy = Some(e);
        }
        "army" => raw.armies.push(parsed!(RawArmy, "an army")),
        "policy" => raw.policies.push(parsed!(RawPolicy, "a policy")),
        "clause" => raw.clauses.push(parsed!(RawClause, "a clause")),
        "param" => {
            let p = parsed!(RawParam, "a clause parameter");
            raw.clauses.push(RawClause {
                id: "guide_param".into(),
                name: "A parameter".into(),
                text: format!("{{{}}}", p.name).into(),
                params: vec![p],
                ..template_clause()
            });
        }
        "term" => raw.history.push(parsed!(RawTerm, "a term (a clause with its values)")),
        "recurring" => Base::example_clause(&mut raw)?.recurring.push(parsed!(RawRecurring, "a recurring entry")),
        "every" => {
            let every = parsed!(Every, "an `every` value");
            Base::example_clause(&mut raw)?.recurring.push(RawRecurring { every, effects: vec![] });
        }
        "prohibition" => Base::example_clause(&mut raw)?.prohibits.push(parsed!(RawProhibition, "a prohibition")),
        "action" => {
            let action = parsed!(ActionKind, "an action kind");
            Base::example_clause(&mut raw)?.prohibits.push(RawProhibition { action, by: None, breakable: true });
        }
        "worth" => {
            let term = parsed!(RawWorthTerm, "a worth term");
            let worth = &mut Base::example_clause(&mut raw)?.worth.0.0;
            match worth.iter_mut().find(|(court, _)| court == "song") {
                Some((_, terms)) => terms.push(term),
                None => worth.push(("song".into(), vec![term])),
            }
        }
        "veto" => Base::example_clause(&mut raw)?.vetoes.push(parsed!(RawVeto, "a veto")),
        "event" => raw.events.push(parsed!(RawEvent, "an event")),
        "memorial" => raw.memorials.push(parsed!(RawMemorial, "a memorial")),
        "objective" => raw.objectives.push(parsed!(RawObjective, "an objective")),
        "condition" | "quantity" => {
            let when = if b.kind == "condition" {
                parsed!(RawCondition, "a condition")
            } else {
                RawCondition::AtLeast(parsed!(RawQuantity, "a quantity"), 0)
            };
            raw.objectives.push(RawObjective {
                id: "guide_condition".into(),
                side: "song".into(),
                text: "A condition from the guide".into(),
                when,
                points: 1,
                minus_per: None,
            });
        }
        "effect" => {
            let e = parsed!(RawEffect, "an effect");
            if b.has("on_breach") {
                Base::example_clause(&mut raw)?.on_breach.push(e);
            } else if b.has("in_clause") {
                Base::example_clause(&mut raw)?.on_sworn.push(e);
            } else {
                raw.events.push(RawEvent {
                    id: "guide_effect".into(),
                    name: "An effect from the guide".into(),
                    when: RawCondition::AtLeast(RawQuantity::Turn, 1),
                    chance: 100,
                    once: true,
                    text: Default::default(),
                    effects: vec![e],
                    history: Default::default(),
                    zh: String::new(),
                    pinyin: String::new(),
                    disputed: false,
                    accounts: vec![],
                    dispute: Default::default(),
                });
            }
        }
        "side" => {
            let s = parsed!(RawSideRef, "a side reference");
            Base::example_clause(&mut raw)?.on_breach.push(RawEffect::AddTrust(s, -1));
        }
        "amount" => {
            let amount = parsed!(RawAmount, "an amount");
            Base::example_clause(&mut raw)?.on_sworn.push(RawEffect::Transfer {
                from: RawSideRef::Court("song".into()),
                to: RawSideRef::Court("liao".into()),
                resource: chanyuan::rules::ids::Resource::Silver,
                amount,
                at: None,
            });
        }
        "value" => {
            let v = parsed!(RawValue, "a parameter value");
            let name = match v {
                RawValue::Amount(_) => "silver",
                RawValue::Side(_) => "elder",
                RawValue::Place(_) => "place",
                RawValue::Region(_) => "region",
            };
            raw.history
                .push(RawTerm { clause: "example_terms".into(), params: BTreeMap::from([(name.to_string(), v)]) });
        }
        other => return Err(format!("has the unknown kind `{other}`; see the list in tests/guide.rs")),
    }
    expect(b, &base.compile(&raw, b))
}

fn template_clause() -> RawClause {
    RawClause {
        id: String::new(),
        name: Default::default(),
        zh: String::new(),
        text: Default::default(),
        article: None,
        between: vec![],
        params: vec![],
        on_sworn: vec![],
        recurring: vec![],
        prohibits: vec![],
        on_breach: vec![],
        years: None,
        worth: RawWorth::default(),
        vetoes: vec![],
        history: Default::default(),
        pinyin: String::new(),
        disputed: false,
        accounts: vec![],
        dispute: Default::default(),
    }
}

/// Every field name of a struct (or struct variant), as the RON reader lists them when it
/// meets an unknown one.
fn fields<T: DeserializeOwned>(probe: &str) -> Vec<&'static str> {
    match ron_options().from_str::<T>(probe) {
        Err(e) => match e.code {
            ron::Error::NoSuchStructField { expected, .. } => expected.to_vec(),
            other => panic!("probe `{probe}` gave {other}"),
        },
        Ok(_) => panic!("probe `{probe}` parsed"),
    }
}

/// The field names of a struct variant, read from its RON form (struct variants do not list
/// their fields when they meet an unknown one).
fn serialized_fields<T: serde::Serialize>(value: &T) -> Vec<&'static str> {
    let text = ron::to_string(value).expect("serialises");
    let inner = &text[text.find('(').expect("a struct variant") + 1..];
    let names: Vec<&'static str> = inner
        .split(',')
        .filter_map(|part| part.split_once(':').map(|(name, _)| name.trim()))
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .map(|name| &*Box::leak(name.to_string().into_boxed_str()))
        .collect();
    names
}

/// Every variant name of an enum.
fn variants<T: DeserializeOwned>() -> Vec<&'static str> {
    match ron_options().from_str::<T>("NoSuchVariantHere") {
        Err(e) => match e.code {
            ron::Error::NoSuchEnumVariant { expected, .. } => expected.to_vec(),
            other => panic!("enum probe gave {other}"),
        },
        Ok(_) => panic!("enum probe parsed"),
    }
}

fn word_in(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let edge = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        edge(before) && edge(after)
    })
}

#[test]
fn every_ron_example_in_the_modding_guide_parses_and_validates() {
    let guide = read(GUIDE);
    let blocks = blocks(&guide);

    let mini = read("tests/data/mini.ron");
    let mut raw: RawScenario = ron_options().from_str(&mini).expect("mini.ron parses");
    let extras = blocks
        .iter()
        .find(|b| b.kind == "include" && b.has("extras"))
        .unwrap_or_else(|| panic!("{GUIDE} has no ```ron include extras block"));
    let part: RawScenario =
        parse(extras, "an included file").unwrap_or_else(|e| panic!("{GUIDE}:{}: {e}", extras.line));
    chanyuan::rules::scenario::load::merge(&mut raw, part);
    let sources = vec![
        Source { path: "tests/data/mini.ron".into(), text: mini.clone() },
        Source { path: format!("{GUIDE} extras at line {}", extras.line), text: extras.text.clone() },
    ];
    let base = Base { raw, sources };
    let diags = Compiler::new(&base.sources).compile(&base.raw).1;
    assert!(
        diags.is_empty(),
        "{GUIDE}:{}: mini.ron with the extras does not validate cleanly:{}",
        extras.line,
        summary(&diags)
    );

    let main = Base::main();
    let diags = Compiler::new(&main.sources).compile(&main.raw).1;
    assert!(diags.is_empty(), "the main scenario does not validate cleanly:{}", summary(&diags));
    let scratch = Scratch::new();
    let mut failures = Vec::new();
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, b) in blocks.iter().enumerate() {
        if b.has("migrated") {
            // The rewrite shown must be the one `chanyuan migrate` makes of the block before.
            match i.checked_sub(1).map(|p| &blocks[p]).filter(|p| p.has("format1")) {
                Some(old) => {
                    let new = chanyuan::rules::scenario::migrate::migrate(&old.text);
                    if new != b.text {
                        failures.push(format!(
                            "{GUIDE}:{}: the ```ron block marked `migrated` is not what `chanyuan migrate` makes of the block at line {}; it makes:\n{new}",
                            b.line, old.line
                        ));
                    }
                }
                None => failures.push(format!(
                    "{GUIDE}:{}: a block marked `migrated` must follow a block marked `format1`",
                    b.line
                )),
            }
        }
        if b.kind.is_empty() {
            failures.push(format!(
                "{GUIDE}:{}: a ```ron block must name its kind (```ron clause, ```ron effect...)",
                b.line
            ));
            continue;
        }
        if let Err(e) = check(b, &base, &main, &scratch) {
            failures.push(format!("{GUIDE}:{}: the ```ron {} block {e}", b.line, b.kind));
        }
        *kinds.entry(b.kind.as_str()).or_default() += 1;
    }
    assert!(failures.is_empty(), "{} example(s) in the guide fail:\n{}", failures.len(), failures.join("\n"));
    let valid = blocks.iter().filter(|b| !b.has("error")).count();
    assert!(
        blocks.len() >= AT_LEAST,
        "only {} ```ron blocks were checked in {GUIDE}, expected at least {AT_LEAST}: {kinds:?}",
        blocks.len()
    );
    for kind in [
        "scenario",
        "mod",
        "include",
        "clause",
        "condition",
        "effect",
        "objective",
        "event",
        "character",
        "place",
        "court",
        "rules",
        "treaty",
    ] {
        assert!(kinds.contains_key(kind), "{GUIDE} has no tested ```ron {kind} block");
    }
    assert!(valid * 10 >= blocks.len() * 8, "most examples must be valid ones, not mistakes");
    let old = blocks.iter().filter(|b| b.has("format1")).count();
    assert!(old >= 1, "{GUIDE} shows no format-1 file (a ```ron scenario format1 block) and its migration");
    assert!(
        blocks.iter().any(|b| b.has("migrated")),
        "{GUIDE} shows no migrated file (a ```ron ... migrated block after a format1 one)"
    );
    assert!(old * 10 <= blocks.len(), "most examples must be in the format of today, not format 1");
}

#[test]
fn the_modding_guide_names_every_field_and_every_variant() {
    let guide = read(GUIDE);
    let blocks = blocks(&guide);
    // Examples of today's format: mistakes and format-1 files do not count.
    let good: Vec<&Block> = blocks.iter().filter(|b| !b.has("error") && !b.has("format1")).collect();
    let code: String = good.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n");
    let mut missing = Vec::new();

    let structs: Vec<(&str, Vec<&'static str>)> = vec![
        ("scenario file", fields::<RawScenario>("(no_such_field: 1)")),
        ("calendar", fields::<RawCalendar>("(no_such_field: 1)")),
        ("court", fields::<RawCourt>("(no_such_field: 1)")),
        ("treasury", fields::<Treasury>("(no_such_field: 1)")),
        ("personality", fields::<RawPersonality>("(no_such_field: 1)")),
        ("place", fields::<RawPlace>("(no_such_field: 1)")),
        ("route", fields::<RawRoute>("(no_such_field: 1)")),
        ("river", fields::<RawLine>("(no_such_field: 1)")),
        ("feature of the geography", fields::<RawFeature>("(no_such_field: 1)")),
        ("region", fields::<RawRegion>("(no_such_field: 1)")),
        ("character", fields::<RawCharacter>("(no_such_field: 1)")),
        ("envoy", fields::<RawEnvoy>("(no_such_field: 1)")),
        ("army", fields::<RawArmy>("(no_such_field: 1)")),
        ("placement", fields::<RawPlacement>("(no_such_field: 1)")),
        ("lesson", fields::<chanyuan::rules::lesson::RawLesson>("(no_such_field: 1)")),
        ("policy", fields::<RawPolicy>("(no_such_field: 1)")),
        ("clause", fields::<RawClause>("(no_such_field: 1)")),
        ("param", fields::<RawParam>("(no_such_field: 1)")),
        (
            "Amount parameter",
            serialized_fields(&RawParamKind::Amount { min: 0, max: 0, default: 0, unit: Default::default() }),
        ),
        ("Side parameter", serialized_fields(&RawParamKind::Side { default: "song".into() })),
        ("Place parameter", serialized_fields(&RawParamKind::Place { default: String::new() })),
        ("Region parameter", serialized_fields(&RawParamKind::Region { default: String::new() })),
        ("term", fields::<RawTerm>("(no_such_field: 1)")),
        ("recurring", fields::<RawRecurring>("(no_such_field: 1)")),
        ("prohibition", fields::<RawProhibition>("(no_such_field: 1)")),
        ("veto", fields::<RawVeto>("(no_such_field: 1)")),
        ("event", fields::<RawEvent>("(no_such_field: 1)")),
        ("memorial", fields::<RawMemorial>("(no_such_field: 1)")),
        ("objective", fields::<RawObjective>("(no_such_field: 1)")),
        ("rules block", fields::<RawRules>("(no_such_field: 1)")),
        ("starting treaty", fields::<RawTreaty>("(no_such_field: 1)")),
        ("encyclopedia entry", fields::<RawEntry>("(no_such_field: 1)")),
        ("account", fields::<RawAccount>("(no_such_field: 1)")),
        (
            "Transfer",
            serialized_fields(&RawEffect::Transfer {
                from: RawSideRef::Court("song".into()),
                to: RawSideRef::Role(RawRole::OtherParty("payer".into())),
                resource: chanyuan::rules::ids::Resource::Silver,
                amount: RawAmount::Fixed(0),
                at: Some(String::new()),
            }),
        ),
    ];
    for (what, names) in &structs {
        assert!(!names.is_empty(), "no fields found for {what}");
        for name in names {
            // Named in the prose as `name`, or written in an example as `name:`.
            if !guide.contains(&format!("`{name}`")) && !code.contains(&format!("{name}:")) {
                missing.push(format!("the field `{name}` of the {what}"));
            }
        }
    }

    let enums: Vec<(&str, Vec<&'static str>)> = vec![
        ("Resource", variants::<chanyuan::rules::ids::Resource>()),
        ("TurnUnit", variants::<TurnUnit>()),
        ("Stance", variants::<Stance>()),
        ("Difficulty", variants::<chanyuan::rules::lesson::Difficulty>()),
        ("FeatureKind", variants::<FeatureKind>()),
        ("parameter kind", variants::<RawParamKind>()),
        ("parameter value", variants::<RawValue>()),
        ("Every", variants::<Every>()),
        ("ActionKind", variants::<ActionKind>()),
        ("worth term", variants::<RawWorthTerm>()),
        ("Quantity", variants::<RawQuantity>()),
        ("Condition", variants::<RawCondition>()),
        ("Amount", variants::<RawAmount>()),
        // A side in an effect is a court id ("song") or one of these roles.
        ("Role", variants::<RawRole>()),
        ("Effect", variants::<RawEffect>()),
    ];
    for (what, names) in &enums {
        assert!(!names.is_empty(), "no variants found for {what}");
        for name in names {
            // Used in a tested example, and explained in the prose.
            if !word_in(&code, name) {
                missing.push(format!("an example of the {what} `{name}`"));
            }
            if !guide.contains(&format!("`{name}")) {
                missing.push(format!("the {what} `{name}` in the prose"));
            }
        }
    }

    // Worth tables, standings and openings are written by court id: the examples must show
    // them so, for both courts of 1004 and for a court a modder adds.
    let mut worth_courts: Vec<String> = Vec::new();
    let mut standing_courts: Vec<String> = Vec::new();
    let mut opening_courts: Vec<String> = Vec::new();
    let mut court_ids: Vec<String> = Vec::new();
    let mut note_clause = |c: &RawClause| worth_courts.extend(c.worth.0.0.iter().map(|(k, _)| k.clone()));
    let mut scenarios: Vec<RawScenario> = Vec::new();
    for b in &good {
        match b.kind.as_str() {
            "scenario" | "mod" | "include" => scenarios.extend(ron_options().from_str::<RawScenario>(&b.text).ok()),
            "clause" => {
                if let Ok(c) = ron_options().from_str::<RawClause>(&b.text) {
                    note_clause(&c);
                }
            }
            "envoy" => {
                if let Ok(e) = ron_options().from_str::<RawEnvoy>(&b.text) {
                    standing_courts.extend(e.standing.0.iter().map(|(k, _)| k.clone()));
                }
            }
            "personality" => {
                if let Ok(p) = ron_options().from_str::<RawPersonality>(&b.text) {
                    opening_courts.extend(p.openings.0.iter().map(|(k, _)| k.clone()));
                }
            }
            "court" => {
                if let Ok(c) = ron_options().from_str::<RawCourt>(&b.text) {
                    court_ids.push(c.id.clone());
                    opening_courts.extend(c.personality.openings.0.iter().map(|(k, _)| k.clone()));
                }
            }
            _ => {}
        }
    }
    for raw in &scenarios {
        raw.clauses.iter().for_each(&mut note_clause);
        court_ids.extend(raw.courts.iter().map(|c| c.id.clone()));
        for c in &raw.courts {
            opening_courts.extend(c.personality.openings.0.iter().map(|(k, _)| k.clone()));
        }
        for ch in &raw.characters {
            if let Some(e) = &ch.envoy {
                standing_courts.extend(e.standing.0.iter().map(|(k, _)| k.clone()));
            }
        }
    }
    let beyond = |ids: &[String]| ids.iter().any(|k| k != "song" && k != "liao");
    let has = |ids: &[String], id: &str| ids.iter().any(|k| k == id);
    if !(has(&worth_courts, "song") && has(&worth_courts, "liao") && beyond(&worth_courts)) {
        missing.push(format!(
            "worth tables by court id for `song`, `liao` and a court of your own (found {worth_courts:?})"
        ));
    }
    if !(has(&standing_courts, "song") && beyond(&standing_courts)) {
        missing
            .push(format!("an envoy's `standing` by court id, with a court of your own (found {standing_courts:?})"));
    }
    if opening_courts.is_empty() {
        missing.push("a personality's `openings` toward a named court".into());
    }
    if !beyond(&court_ids) || !scenarios.iter().any(|raw| raw.courts.len() >= 3) {
        missing.push("a scenario of three courts or more, with a court of its own".into());
    }
    if !scenarios.iter().any(|raw| !raw.peace.is_empty())
        || !scenarios.iter().any(|raw| !raw.treaties.is_empty())
        || !scenarios.iter().any(|raw| raw.history_between.is_some())
    {
        missing.push("a whole file with `peace`, `treaties` and `history_between`".into());
    }
    assert!(missing.is_empty(), "{GUIDE} is missing:\n  {}", missing.join("\n  "));
}
