//! The command line: `validate`, `simulate`, `play` and `replay`, all driving the same rules
//! core as the window. Every failure is a message and an exit code, never a panic.

use crate::rules::chronicle::Entry;
use crate::rules::game::Game;
use crate::rules::ids::CourtId;
use crate::rules::play::Match;
use crate::rules::save::{Save, write_atomic};
use crate::rules::scenario::diagnostic::render;
use crate::rules::scenario::load::{load_scenario, read_limited, ron_options};
use crate::rules::scenario::{Scenario, group_thousands};
use crate::rules::score;
use crate::rules::simulate;
use crate::rules::spec::ActionSpec;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Writes to standard output, ignoring a closed pipe (`chanyuan simulate | head`).
macro_rules! out {
    ($($t:tt)*) => {{
        use std::io::Write;
        let _ = write!(std::io::stdout(), $($t)*);
    }};
}

macro_rules! outln {
    ($($t:tt)*) => {{
        use std::io::Write;
        let _ = writeln!(std::io::stdout(), $($t)*);
    }};
}

pub const DEFAULT_SCENARIO: &str = "levels/chanyuan_1004.ron";

const USAGE: &str = "\
chanyuan: the Chanyuan Treaty of 1005, a diplomacy strategy game

usage:
  chanyuan                                  open the game window
  chanyuan validate PATH...                 check scenario files
  chanyuan simulate [--scenario PATH] --seed N [--games K] [--threads T]
                                            the computer plays both courts
  chanyuan play [--scenario PATH] --side COURT --seed N --actions FILE [--save OUT]
                                            play scripted turns against the computer
                                            (COURT: a playable court's id, such as song)
  chanyuan replay SAVE                      replay a save and confirm its state
  chanyuan campaign PATH --seed N           play a chain of scenarios, carrying state
  chanyuan migrate [--write] FILE...        rewrite format-1 files as format 2 (printed,
                                            or written in place with --write)
  chanyuan help                             this text
";

/// Runs a command line; returns the process exit code.
pub fn run(args: Vec<String>) -> i32 {
    let Some(cmd) = args.first() else {
        return open_window(&[]);
    };
    let rest = &args[1..];
    let result = match cmd.as_str() {
        "validate" => return validate(rest),
        "simulate" => simulate_cmd(rest),
        "play" => play(rest),
        "replay" => replay(rest),
        "campaign" => campaign(rest),
        "migrate" => migrate(rest),
        "help" | "--help" | "-h" => {
            out!("{USAGE}");
            Ok(())
        }
        "window" | "--mods" | "--scale" | "--autoplay" | "--scenario" | "--side" => return open_window(&args),
        other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("chanyuan: {e}");
            2
        }
    }
}

#[cfg(feature = "gui")]
fn open_window(args: &[String]) -> i32 {
    crate::gui::run(args)
}

#[cfg(not(feature = "gui"))]
fn open_window(_args: &[String]) -> i32 {
    outln!("This build has no window (built without the `gui` feature).\n");
    out!("{USAGE}");
    0
}

/// `--name value` options.
struct Options {
    pairs: Vec<(String, String)>,
}

impl Options {
    fn parse(args: &[String], flags: &[&str]) -> Result<Options, String> {
        let mut pairs = Vec::new();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if let Some(name) = a.strip_prefix("--") {
                if !flags.contains(&name) {
                    return Err(format!("unknown option `{a}`; the options are: --{}", flags.join(", --")));
                }
                let value = it.next().ok_or_else(|| format!("`{a}` needs a value"))?;
                pairs.push((name.to_string(), value.clone()));
            } else {
                return Err(format!("unexpected argument `{a}`; options are written --name value"));
            }
        }
        Ok(Options { pairs })
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.pairs.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    fn number(&self, name: &str) -> Result<Option<u64>, String> {
        self.get(name)
            .map(|v| v.parse::<u64>().map_err(|_| format!("--{name} needs a whole number, not `{v}`")))
            .transpose()
    }
}

fn validate(paths: &[String]) -> i32 {
    if paths.is_empty() {
        eprintln!("chanyuan validate: name at least one scenario file");
        return 2;
    }
    let mut failed = false;
    for p in paths {
        // A campaign file chains scenarios: check it and each of its chapters.
        let is_campaign = read_limited(Path::new(p)).is_ok_and(|t| is_campaign_text(&t));
        if is_campaign {
            match crate::rules::campaign::load(Path::new(p)) {
                Ok(c) => outln!("{p}: ok (a campaign of {} chapters)", c.chapters.len()),
                Err(e) => {
                    outln!("{p}: {e}");
                    failed = true;
                }
            }
            continue;
        }
        let loaded = load_scenario(Path::new(p));
        if loaded.diagnostics.is_empty() {
            outln!("{p}: ok");
            continue;
        }
        out!("{}", render(&loaded.diagnostics, &loaded.sources));
        let errors = loaded.errors();
        let warnings = loaded.diagnostics.len() - errors;
        outln!("{p}: {errors} error(s), {warnings} warning(s)");
        failed |= errors > 0;
    }
    if failed { 1 } else { 0 }
}

/// A campaign file is one whose top level has `chapters`.
fn is_campaign_text(text: &str) -> bool {
    #[derive(serde::Deserialize)]
    struct Probe {
        #[serde(default)]
        chapters: Option<ron::Value>,
    }
    ron_options().from_str::<Probe>(text).is_ok_and(|p| p.chapters.is_some())
}

/// Loads a scenario or explains, with every located problem, why it cannot be played.
pub fn load(path: &str) -> Result<Arc<Scenario>, String> {
    let loaded = load_scenario(Path::new(path));
    match loaded.scenario {
        Some(s) => Ok(Arc::new(s)),
        None => Err(format!("the scenario {path} has errors:\n{}", render(&loaded.diagnostics, &loaded.sources))),
    }
}

fn simulate_cmd(args: &[String]) -> Result<(), String> {
    let o = Options::parse(args, &["scenario", "seed", "games", "threads", "explain"])?;
    let scenario = load(o.get("scenario").unwrap_or(DEFAULT_SCENARIO))?;
    let seed = o.number("seed")?.ok_or("simulate needs --seed N")?;
    let games = o.number("games")?.unwrap_or(1);
    if games == 0 || games > 100_000_000 {
        return Err("--games must be between 1 and 100,000,000".into());
    }
    if o.get("explain").is_some_and(|v| v == "yes") {
        explain(scenario, seed);
        return Ok(());
    }
    if games == 1 {
        let game = simulate::play_out(scenario, seed);
        out!("{}", report(&game, None, true));
        return Ok(());
    }
    let threads = o
        .number("threads")?
        .map_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()), |t| t as usize);
    let start = std::time::Instant::now();
    let sum = simulate::batch(scenario.clone(), seed, games, threads)?;
    let secs = start.elapsed().as_secs_f64();
    outln!("{games} games from seed {seed}:");
    outln!("  ended in a treaty:      {} ({:.1}%)", sum.treaties, 100.0 * sum.treaties as f64 / games as f64);
    outln!("  median yearly silver:   {} taels (sworn treaties)", group_thousands(sum.median_silver));
    outln!("  median yearly silk:     {} bolts (sworn treaties)", group_thousands(sum.median_silk));
    let (first, second) = scenario.history_between;
    let name = |c: CourtId| scenario.court_name(c).to_string();
    let per_court = |values: Vec<String>| {
        scenario.court_ids().zip(values).map(|(c, v)| format!("{} {v}", name(c))).collect::<Vec<_>>().join(", ")
    };
    outln!("  games with {} land in {} hands: {}", name(first), name(second), sum.games_with_land_ceded);
    outln!("  wars lost: {}", per_court(sum.wars_lost.0.iter().map(|n| n.to_string()).collect()));
    if scenario.courts.len() > 2 {
        for t in &sum.treaties_by_pair {
            let (a, b) = t.between;
            outln!(
                "  treaty sworn between the {} and the {}: {} ({:.1}%), median yearly {} taels, {} bolts",
                name(a),
                name(b),
                t.games,
                100.0 * t.games as f64 / games as f64,
                group_thousands(t.median_silver),
                group_thousands(t.median_silk)
            );
        }
    }
    for ((a, b), n) in &sum.wars_at_end {
        outln!(
            "  still at war at the end, {} and {}: {n} ({:.1}%)",
            name(*a),
            name(*b),
            100.0 * *n as f64 / games as f64
        );
    }
    outln!("  mean length: {:.1} turns", sum.mean_turns);
    outln!("  mean score: {}", per_court(sum.mean_scores.0.iter().map(|n| format!("{n:.1}")).collect()));
    eprintln!("  speed: {:.0} games per second on {threads} thread(s) ({secs:.2} s)", games as f64 / secs.max(1e-9));
    Ok(())
}

/// Turn by turn, what each court thinks of the historical treaty: for tuning a scenario.
fn explain(scenario: Arc<Scenario>, seed: u64) {
    use crate::rules::negotiation::evaluate;
    let history = scenario.history.clone();
    let (a, b) = scenario.history_between;
    let mut m = Match::computer_only_unplayed(Game::new(scenario, seed));
    while !m.game().is_over() {
        let game = m.game();
        let turn = game.state.turn;
        outln!("== turn {turn} ({})", game.scenario.calendar.date(turn));
        for (side, other) in [(a, b), (b, a)] {
            let e = evaluate(game, side, other, &history, None);
            outln!("  {} on the historical treaty:", game.scenario.court_name(side));
            for line in e.lines() {
                outln!("    {line}");
            }
        }
        // How fast each court learns: its beliefs beside the truth.
        for seer in game.scenario.court_ids() {
            for of in game.scenario.court_ids().filter(|c| *c != seer) {
                let b = &game.state().courts[seer].beliefs[of];
                let t = crate::rules::belief::truth_of(&game.scenario, game.state(), of, seer);
                let row = |name: &str, e: crate::rules::belief::Estimate, truth: crate::rules::belief::Estimate| {
                    format!("{name} {} ± {} (truth {})", e.value, e.spread, truth.value)
                };
                outln!(
                    "  the {} believe of the {}: {}; {}; {}; {}; {}",
                    game.scenario.court_name(seer),
                    game.scenario.court_name(of),
                    row("resolve", b.resolve, t.resolve),
                    row("men", b.strength, t.strength),
                    row("morale", b.morale, t.morale),
                    row("war-weariness", b.war_weariness, t.war_weariness),
                    row("trust in them", b.trust, t.trust)
                );
            }
        }
        m.play_turn();
        if m.game().state.turn == turn {
            break;
        }
    }
}

/// The end-of-game report: chronicle summary, treaty, scores, comparison with history.
pub fn report(game: &Game, side: Option<CourtId>, summary_only: bool) -> String {
    let s = &*game.scenario;
    let st = &game.state;
    let mut out = String::new();
    out.push_str(&format!("{} (seed {})\n\nChronicle\n", s.title, game.seed));
    let mut last_turn = u32::MAX;
    for line in &st.chronicle {
        if side.is_some_and(|sd| !line.visible_to(sd)) {
            continue;
        }
        let minor = matches!(line.entry, Entry::Moved { .. } | Entry::SiegeProgress { .. } | Entry::Payment { .. });
        if summary_only && minor {
            continue;
        }
        if line.turn != last_turn {
            out.push_str(&format!("  {}\n", s.calendar.date(line.turn)));
            last_turn = line.turn;
        }
        out.push_str(&format!("    {}\n", line.text(s)));
    }
    out.push_str("\nTreaty\n");
    for t in &st.treaties {
        let (a, b) = (s.court_name(t.parties.0), s.court_name(t.parties.1));
        if t.inherited {
            out.push_str(&format!("  between the {a} and the {b}, in force from before the game\n"));
        } else {
            out.push_str(&format!("  between the {a} and the {b}, sworn {}\n", s.calendar.date(t.sworn)));
        }
        for term in &t.terms {
            out.push_str(&format!("  - {}: {}\n", s.clause(term.clause).name, s.term_text(term)));
        }
        for br in &t.breaches {
            let who = s.court_name(br.side);
            out.push_str(&format!("  ! breach by the {who} ({}): {}\n", s.calendar.date(br.turn), br.what));
        }
    }
    let ids: Vec<CourtId> = s.court_ids().collect();
    for (i, a) in ids.iter().enumerate() {
        for b in &ids[i + 1..] {
            if st.at_war_with(*a, *b) {
                out.push_str(&format!(
                    "  none between the {} and the {}: their war goes on\n",
                    s.court_name(*a),
                    s.court_name(*b)
                ));
            }
        }
    }
    let scores = score::scores(game);
    out.push_str("\nScores\n");
    for r in &scores.results {
        let who = s.court_name(r.side);
        out.push_str(&format!("  {who} {:>3}  {}{}\n", r.points, r.text, if r.met { "" } else { " (not met)" }));
    }
    let totals: Vec<String> = scores.total.iter().map(|(c, n)| format!("{} {n}", s.court_name(c))).collect();
    out.push_str(&format!("  total: {}\n", totals.join(", ")));
    out.push_str("\nBeside the treaty of history\n");
    for row in score::compare_with_history(game) {
        let mark = if row.same { "=" } else { "≠" };
        out.push_str(&format!(
            "  {mark} {}: history: {}; this game: {}\n",
            row.clause,
            row.history.as_deref().unwrap_or("not in the treaty"),
            row.sworn.as_deref().unwrap_or("not sworn")
        ));
    }
    out
}

fn play(args: &[String]) -> Result<(), String> {
    let o = Options::parse(args, &["scenario", "side", "seed", "actions", "save"])?;
    let path = o.get("scenario").unwrap_or(DEFAULT_SCENARIO);
    let scenario = load(path)?;
    let side = playable_court(&scenario, o.get("side").ok_or("play needs --side COURT")?)?;
    let seed = o.number("seed")?.ok_or("play needs --seed N")?;
    let actions_path = o.get("actions").ok_or("play needs --actions FILE")?;
    let text = read_limited(Path::new(actions_path)).map_err(|e| format!("{actions_path}: {e}"))?;
    let turns: Vec<Vec<ActionSpec>> = ron_options().from_str(&text).map_err(|e| {
        format!(
            "{actions_path}:{}:{}: {}; the file is a list of turns, each a list of actions such as [Move(army: \"song_guard\", to: \"chanzhou_south\")]",
            e.span.start.line, e.span.start.col, e.code
        )
    })?;
    let mut m = Match::new(Game::new(scenario, seed), &[side]);
    for (n, turn) in turns.iter().enumerate() {
        if m.game().is_over() {
            break;
        }
        for spec in turn {
            if *spec == ActionSpec::EndTurn {
                continue;
            }
            let outcome = spec.resolve(&m.game().scenario, side).and_then(|a| {
                let warnings = m.game().breaches(side, &a);
                m.act(side, a).map_err(|e| e.to_string())?;
                Ok(warnings)
            });
            match outcome {
                Ok(warnings) => {
                    for w in warnings {
                        outln!("turn {}: warning: {}", n + 1, w.text);
                    }
                }
                Err(e) => outln!("turn {}: refused {spec:?}: {e}", n + 1),
            }
        }
        let _ = m.act(side, crate::rules::game::Action::EndTurn);
    }
    let game = m.game();
    out!("{}", report(game, Some(side), false));
    let out = o.get("save").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("chanyuan-save.ron"));
    let full = std::fs::canonicalize(path).map(|p| p.display().to_string()).unwrap_or_else(|_| path.to_string());
    let save = Save::of(game, &full, &[side], None);
    write_atomic(&out, &save.to_ron()).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    outln!("\nsaved to {}", out.display());
    Ok(())
}

fn replay(args: &[String]) -> Result<(), String> {
    let [path] = args else { return Err("replay needs one save file".into()) };
    let save = Save::read(Path::new(path))?;
    let scenario = load(&save.scenario)?;
    let game = save.replay(scenario)?;
    let got = crate::rules::save::fingerprint(&game);
    if save.legacy {
        outln!(
            "{path}: a format-1 save; the replay of {} actions reaches turn {} (its fingerprint was made by an older build and is not compared)",
            save.actions.len(),
            game.state.turn
        );
        return Ok(());
    }
    if got != save.fingerprint || game.state.turn != save.turn {
        return Err(format!(
            "the replay does not reach the saved state (turn {} against {}, fingerprint {got:016x} against {:016x})",
            game.state.turn, save.turn, save.fingerprint
        ));
    }
    outln!(
        "{path}: the replay of {} actions reaches the saved state at turn {} (fingerprint {got:016x})",
        save.actions.len(),
        save.turn
    );
    Ok(())
}

/// `campaign PATH --seed N`: the computer plays every chapter in turn; each chapter's report
/// follows what it took over from the chapter before.
/// A court a person may play, by id (case-insensitive); an unknown id lists the choices.
pub fn playable_court(s: &Scenario, id: &str) -> Result<CourtId, String> {
    let playable: Vec<&str> = s.courts.0.iter().filter(|c| c.playable).map(|c| c.id.as_str()).collect();
    match s.court_id(id) {
        Some(c) if s.courts[c].playable => Ok(c),
        Some(_) => {
            Err(format!("the {} court is played by the computer only; choose one of: {}", id, playable.join(", ")))
        }
        None => Err(format!("no court `{id}` in {}; choose one of: {}", s.id, playable.join(", "))),
    }
}

/// Rewrites scenario files, saves and campaign-chapter files of format 1 as format 2.
fn migrate(args: &[String]) -> Result<(), String> {
    use crate::rules::scenario::migrate::{format_of, migrate};
    let write = args.iter().any(|a| a == "--write");
    let paths: Vec<&String> = args.iter().filter(|a| *a != "--write").collect();
    if paths.is_empty() {
        return Err("migrate needs files: chanyuan migrate [--write] FILE...".into());
    }
    if let Some(bad) = paths.iter().find(|p| p.starts_with("--")) {
        return Err(format!("unknown option `{bad}`; migrate takes --write"));
    }
    for p in paths {
        let text = read_limited(Path::new(p)).map_err(|e| format!("{p}: {e}"))?;
        if is_campaign_text(&text) {
            eprintln!("{p}: a campaign file; its chapters are migrated one by one, the campaign needs nothing");
            continue;
        }
        match format_of(&text) {
            Some(1) => {}
            Some(v) => {
                eprintln!("{p}: already format {v}, left as it is");
                continue;
            }
            None => return Err(format!("{p}: names no `format`, so it is no scenario or save of this game")),
        }
        let new = migrate(&text);
        if write {
            write_atomic(Path::new(p), &new).map_err(|e| format!("cannot write {p}: {e}"))?;
            eprintln!("{p}: rewritten as format 2");
        } else {
            out!("{new}");
        }
    }
    Ok(())
}

fn campaign(args: &[String]) -> Result<(), String> {
    use crate::rules::campaign;
    let Some((path, rest)) = args.split_first().filter(|(p, _)| !p.starts_with("--")) else {
        return Err("campaign needs a campaign file: chanyuan campaign PATH --seed N".into());
    };
    let o = Options::parse(rest, &["seed"])?;
    let seed = o.number("seed")?.ok_or("campaign needs --seed N")?;
    let c = campaign::load(Path::new(path))?;
    outln!("{} ({} chapters, seed {seed})", c.title, c.chapters.len());
    if !c.summary.is_empty() {
        outln!("{}", c.summary);
    }
    for played in campaign::play(&c, seed) {
        let chapter = &c.chapters[played.chapter];
        outln!("\n=== Chapter {}: {}\n", played.chapter + 1, chapter.title);
        if !chapter.intro.is_empty() {
            outln!("{}\n", chapter.intro);
        }
        if played.carried_in.is_some() {
            outln!("Carried over from chapter {}", played.chapter);
            for note in &played.notes {
                outln!("  {note}");
            }
            outln!();
        }
        out!("{}", report(&played.game, None, true));
    }
    Ok(())
}
