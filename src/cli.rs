//! The command line: `validate`, `simulate`, `play`, `replay`, `campaign`, `migrate`, `report`
//! and the window's options, all driving the same rules core as the window. Every failure is a
//! message and an exit code, never a panic.

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

/// Writes to standard output, ignoring a closed pipe (`chanyuan simulate | head`). Text from
/// files passes through [`terminal_safe`]: a name in a scenario cannot drive the terminal.
macro_rules! out {
    ($($t:tt)*) => {{
        use std::io::Write;
        let _ = write!(std::io::stdout(), "{}", $crate::cli::terminal_safe(&format!($($t)*)));
    }};
}

macro_rules! outln {
    () => {{
        use std::io::Write;
        let _ = writeln!(std::io::stdout());
    }};
    ($($t:tt)*) => {{
        use std::io::Write;
        let _ = writeln!(std::io::stdout(), "{}", $crate::cli::terminal_safe(&format!($($t)*)));
    }};
}

/// `warn!("...", args)`: [`warn`] with a format string.
#[macro_export]
macro_rules! warn {
    ($($t:tt)*) => {
        $crate::cli::warn(&format!($($t)*))
    };
}

/// A line on standard error, for the window's start-up messages: escaped like every line
/// this program writes, and never a panic when the stream is closed.
pub fn warn(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{}", terminal_safe(text));
}

/// Text fit for a terminal: control characters other than new lines and tabs (the escape
/// that starts a terminal's commands among them) are shown as `\u{1b}`, not sent.
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Writes to standard error, ignoring a closed or failing stream.
macro_rules! errln {
    ($($t:tt)*) => {{
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), "{}", $crate::cli::terminal_safe(&format!($($t)*)));
    }};
}

pub const DEFAULT_SCENARIO: &str = "levels/chanyuan_1004.ron";

/// The Chanyuan Treaty of 1005, a diplomacy strategy game. With no command, the game window
/// opens.
#[derive(clap::Parser, Debug)]
#[command(name = "chanyuan", version, about, long_about = None)]
pub struct Cli {
    #[command(flatten)]
    pub window: WindowArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// How the window opens.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct WindowArgs {
    /// A folder of mods to list beside levels/mods and the per-user mods folder (repeatable)
    #[arg(long = "mods", value_name = "DIR")]
    pub mods: Vec<PathBuf>,
    /// The size of the interface, 0.5 to 3 (remembered; 1 when never chosen)
    #[arg(long, value_name = "N", value_parser = parse_scale)]
    pub scale: Option<f32>,
    /// The window's language, en or zh-Hans (中文); remembered for the next time
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<crate::locale::Lang>,
    /// The scenario chosen on the new-game screen
    #[arg(long, value_name = "PATH")]
    pub scenario: Option<PathBuf>,
    /// The court chosen on the new-game screen: a playable court's id, such as song
    #[arg(long, value_name = "COURT")]
    pub side: Option<String>,
    /// Open straight into a lesson's game (a file in levels/lessons/)
    #[arg(long, value_name = "FILE")]
    pub lesson: Option<PathBuf>,
    /// Play through every screen, save a screenshot of each in DIR and exit (the window check)
    #[arg(long, value_name = "DIR")]
    pub autoplay: Option<PathBuf>,
    /// Measure frame times (scripts/frame-time.sh): empty, map, pan, animate or idle
    #[cfg(feature = "gui")]
    #[arg(long, value_name = "MODE")]
    pub measure: Option<crate::gui::measure::Measure>,
    /// Where --measure writes each frame's time in milliseconds, one a line
    #[arg(long, value_name = "FILE")]
    pub frame_log: Option<PathBuf>,
    /// How long --measure measures, in seconds (1 to 600)
    #[arg(long, value_name = "N", default_value_t = 10.0, value_parser = parse_seconds)]
    pub seconds: f32,
}

fn parse_seconds(v: &str) -> Result<f32, String> {
    v.parse::<f32>().ok().filter(|s| (1.0..=600.0).contains(s)).ok_or(format!("takes 1 to 600, not `{v}`"))
}

fn parse_scale(v: &str) -> Result<f32, String> {
    v.parse::<f32>().ok().filter(|s| (0.5..=3.0).contains(s)).ok_or(format!("takes 0.5 to 3, not `{v}`"))
}

fn parse_lang(v: &str) -> Result<crate::locale::Lang, String> {
    crate::locale::Lang::from_code(v).ok_or(format!("takes en or zh-Hans, not `{v}`"))
}

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Check scenario files, mods, campaigns and lessons; every problem with its file, line and column
    Validate {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// The computer plays every court: one game's story, or the spread of many
    Simulate {
        #[arg(long, value_name = "PATH", default_value = DEFAULT_SCENARIO)]
        scenario: PathBuf,
        #[arg(long)]
        seed: u64,
        /// How many games, from the seed on
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..=100_000_000))]
        games: u64,
        /// Threads for many games, 1 to 256 (the machine's cores if left out)
        #[arg(long, value_parser = clap::value_parser!(u16).range(1..=256))]
        threads: Option<u16>,
        /// Turn by turn, each court's reasons on the historical treaty and its beliefs beside the truth
        #[arg(long)]
        explain: bool,
        /// Write one row a game to this CSV file, for calibration (scripts/calibrate.sh)
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
    },
    /// Play scripted turns as one court against the computer, or as a lesson's courts
    Play {
        /// The scenario (levels/chanyuan_1004.ron if left out)
        #[arg(long, value_name = "PATH")]
        scenario: Option<PathBuf>,
        /// A playable court's id, such as song
        #[arg(long, value_name = "COURT")]
        side: Option<String>,
        #[arg(long)]
        seed: Option<u64>,
        /// A lesson file: it sets the scenario, the seed and the courts people play; with
        /// several, each list of the actions file is the turn of the court whose turn it is
        #[arg(long, value_name = "FILE")]
        lesson: Option<PathBuf>,
        /// A RON list of turns, each a list of actions
        #[arg(long, value_name = "FILE")]
        actions: PathBuf,
        /// Where to save the game (a file in the per-user saves folder if left out)
        #[arg(long, value_name = "OUT")]
        save: Option<PathBuf>,
        /// Write the save even over a file that is not a save of this game
        #[arg(long)]
        force: bool,
    },
    /// Replay a save and confirm it reaches its state
    Replay {
        #[arg(value_name = "SAVE")]
        save: PathBuf,
    },
    /// Play a chain of scenarios, carrying state from one to the next
    Campaign {
        #[arg(value_name = "PATH")]
        path: PathBuf,
        #[arg(long)]
        seed: u64,
        /// Write one row per chain of chapters to FILE instead of telling one chain
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        /// How many chains to play for --csv, from the seed on
        #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
        games: u64,
    },
    /// Rewrite format-1 scenarios and saves as format 2, keeping comments
    Migrate {
        /// Write each file in place instead of printing it
        #[arg(long)]
        write: bool,
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Write the debrief report of a saved game, or with --class one page comparing every
    /// save in a folder: a self-contained HTML page (charts inline, prints on A4) and a
    /// Markdown copy
    Report {
        /// The save to report on
        #[arg(value_name = "SAVE", required_unless_present = "class", conflicts_with = "class")]
        save: Option<PathBuf>,
        /// A folder of saves, one a group, compared on one page
        #[arg(long, value_name = "DIR")]
        class: Option<PathBuf>,
        /// The folder the report is written into
        #[arg(short = 'o', long = "out", value_name = "DIR")]
        out: PathBuf,
        /// The report's language, en or zh-Hans (中文); the window's remembered choice when not given
        #[arg(long, value_name = "LANG", value_parser = parse_lang)]
        lang: Option<crate::locale::Lang>,
    },
    /// Open the game window (as with no command)
    Window,
}

/// Runs a command line (the program's arguments, without its name); returns the exit code.
pub fn run(args: impl IntoIterator<Item = std::ffi::OsString>) -> i32 {
    use clap::Parser;
    let cli = match Cli::try_parse_from(std::iter::once("chanyuan".into()).chain(args)) {
        Ok(c) => c,
        Err(e) => {
            // Help and version are printed to standard output; mistakes to standard error.
            let _ = e.print();
            return e.exit_code();
        }
    };
    let result = match &cli.command {
        None | Some(Command::Window) => return open_window(&cli.window),
        Some(Command::Validate { paths }) => return validate(paths),
        Some(Command::Simulate { scenario, seed, games, threads, explain: explained, csv }) => {
            simulate_cmd(scenario, *seed, *games, threads.map(usize::from), *explained, csv.as_deref())
        }
        Some(Command::Play { scenario, side, seed, lesson: Some(lesson), actions, save, force }) => {
            if let Some(flag) = [
                scenario.as_ref().map(|_| "--scenario"),
                side.as_ref().map(|_| "--side"),
                seed.as_ref().map(|_| "--seed"),
            ]
            .into_iter()
            .flatten()
            .next()
            {
                errln!(
                    "chanyuan: {flag} cannot be given with --lesson: the lesson sets the scenario, the seed and the courts played by people; leave {flag} out, or play without --lesson"
                );
                return 2;
            }
            play_lesson(lesson, actions, save.as_deref(), *force)
        }
        Some(Command::Play { scenario, side, seed, lesson: None, actions, save, force }) => match (side, seed) {
            (Some(side), Some(seed)) => {
                let scenario = scenario.clone().unwrap_or_else(|| PathBuf::from(DEFAULT_SCENARIO));
                play(&scenario, side, *seed, actions, save.as_deref(), *force)
            }
            _ => Err("play needs --side COURT and --seed N, or --lesson FILE".into()),
        },
        Some(Command::Replay { save }) => replay(save),
        Some(Command::Campaign { path, seed, csv: None, .. }) => campaign(path, *seed),
        Some(Command::Campaign { path, seed, csv: Some(out), games }) => campaign_csv(path, *seed, *games, out),
        Some(Command::Migrate { write, files }) => migrate(*write, files),
        Some(Command::Report { save, class, out, lang }) => {
            // The language chosen in the window is the teacher's, unless the command says otherwise.
            let lang = lang.unwrap_or_else(|| {
                crate::settings::Settings::read(&crate::folders::settings_file()).language().unwrap_or_default()
            });
            crate::locale::with_language(lang, || report_cmd(save.as_deref(), class.as_deref(), out))
        }
    };
    match result {
        Ok(()) => 0,
        Err(e) => {
            errln!("chanyuan: {e}");
            2
        }
    }
}

#[cfg(feature = "gui")]
fn open_window(args: &WindowArgs) -> i32 {
    crate::gui::run(args)
}

#[cfg(not(feature = "gui"))]
fn open_window(_args: &WindowArgs) -> i32 {
    use clap::CommandFactory;
    outln!("This build has no window (built without the `gui` feature).\n");
    out!("{}", Cli::command().render_help());
    0
}

/// Every `.ron` file under a folder, in order.
fn ron_files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        // Only real folders and files: a link or a device is not followed.
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.is_dir() => ron_files_under(&p, out),
            Ok(m) if m.is_file() && p.extension().is_some_and(|e| e == "ron") => out.push(p),
            _ => {}
        }
    }
}

/// What a file is, read off its top level: a campaign, a scenario (it has an `id`), or a
/// part of a scenario that another file includes.
enum Kind {
    Campaign,
    Lesson,
    Scenario,
    Part,
}

fn kind_of(text: &str) -> Kind {
    #[derive(serde::Deserialize)]
    struct Probe {
        #[serde(default)]
        id: Option<ron::Value>,
    }
    if is_campaign_text(text) {
        return Kind::Campaign;
    }
    if crate::rules::lesson::is_lesson_text(text) {
        return Kind::Lesson;
    }
    let named = ron_options()
        .from_str::<Probe>(text)
        .ok()
        .and_then(|p| p.id)
        .is_some_and(|id| id != ron::Value::String(String::new()));
    // A file that cannot be read that far is checked as a scenario, to show its mistake.
    if named || ron_options().from_str::<Probe>(text).is_err() { Kind::Scenario } else { Kind::Part }
}

/// Checks files and folders: every scenario, mod and campaign under a folder; a part file
/// (a map or clause library a scenario includes) in the scenario that includes it.
fn validate(paths: &[PathBuf]) -> i32 {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            ron_files_under(p, &mut files);
        } else {
            files.push(p.clone());
        }
    }
    let mut failed = false;
    let mut included: Vec<(PathBuf, String)> = Vec::new();
    let mut parts = Vec::new();
    for p in &files {
        let shown = p.display().to_string();
        let text = match read_limited(p) {
            Ok(t) => t,
            Err(e) => {
                outln!("{shown}: {e}");
                failed = true;
                continue;
            }
        };
        match kind_of(&text) {
            Kind::Campaign => match crate::rules::campaign::load(p) {
                Ok(c) => outln!("{shown}: ok (a campaign of {} chapters)", c.chapters.len()),
                Err(e) => {
                    outln!("{shown}: {e}");
                    failed = true;
                }
            },
            Kind::Part => parts.push(p.clone()),
            Kind::Lesson => {
                let loaded = crate::rules::lesson::load_lesson(p);
                let errors = loaded.errors();
                let warnings = loaded.diagnostics.len() - errors;
                if let Some(l) = &loaded.lesson
                    && loaded.diagnostics.is_empty()
                {
                    outln!("{shown}: ok (a lesson of {} for {} turns)", l.scenario.title, l.scenario.calendar.turns);
                    continue;
                }
                out!("{}", render(&loaded.diagnostics, &loaded.sources));
                outln!("{shown}: {errors} error(s), {warnings} warning(s)");
                failed |= errors > 0;
            }
            Kind::Scenario => {
                let loaded = load_scenario(p);
                for src in loaded.sources.iter().skip(1) {
                    if let Ok(full) = std::fs::canonicalize(&src.path) {
                        included.push((full, shown.clone()));
                    }
                }
                if loaded.diagnostics.is_empty() {
                    outln!("{shown}: ok");
                    continue;
                }
                out!("{}", render(&loaded.diagnostics, &loaded.sources));
                let errors = loaded.errors();
                let warnings = loaded.diagnostics.len() - errors;
                outln!("{shown}: {errors} error(s), {warnings} warning(s)");
                failed |= errors > 0;
            }
        }
    }
    for p in parts {
        let full = std::fs::canonicalize(&p).unwrap_or_else(|_| p.clone());
        match included.iter().find(|(f, _)| *f == full) {
            Some((_, by)) => outln!("{}: checked as a part of {by}", p.display()),
            None => outln!(
                "{}: a part of a scenario (it has no `id`); validate the scenario that lists it in `includes`",
                p.display()
            ),
        }
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
pub fn load(path: &Path) -> Result<Arc<Scenario>, String> {
    let loaded = load_scenario(path);
    match loaded.scenario {
        Some(s) => Ok(Arc::new(s)),
        None => Err(format!(
            "the scenario {} has errors:\n{}",
            path.display(),
            render(&loaded.diagnostics, &loaded.sources)
        )),
    }
}

fn simulate_cmd(
    path: &Path,
    seed: u64,
    games: u64,
    threads: Option<usize>,
    explained: bool,
    csv: Option<&Path>,
) -> Result<(), String> {
    let scenario = load(path)?;
    if explained {
        explain(scenario, seed);
        return Ok(());
    }
    if let Some(csv) = csv {
        return write_csv(scenario, seed, games, threads, csv);
    }
    if games == 1 {
        let game = simulate::play_out(scenario, seed);
        out!("{}", report(&game, None, true));
        return Ok(());
    }
    // Threads are 1 to 256 as given, or the machine's cores (at most 256) when left out.
    let threads = threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()).min(256));
    let start = std::time::Instant::now();
    let sum = simulate::batch(scenario.clone(), seed, games, threads)?;
    print_summary(&scenario, &sum, seed);
    let secs = start.elapsed().as_secs_f64();
    errln!("  speed: {:.0} games per second on {threads} thread(s) ({secs:.2} s)", games as f64 / secs.max(1e-9));
    Ok(())
}

/// `simulate --csv`: the rows written through a temporary file, so a broken run leaves no
/// half file, then the same summary as a batch.
fn write_csv(scenario: Arc<Scenario>, seed: u64, games: u64, threads: Option<usize>, out: &Path) -> Result<(), String> {
    let threads = threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()).min(256));
    let sum = write_rows(out, |w| simulate::csv(scenario.clone(), seed, games, threads, w))?;
    print_summary(&scenario, &sum, seed);
    outln!("  one row a game in {}", out.display());
    Ok(())
}

/// Writes a CSV through a temporary file beside `out`, renamed into place once whole.
fn write_rows<T>(out: &Path, rows: impl FnOnce(&mut dyn std::io::Write) -> Result<T, String>) -> Result<T, String> {
    use std::io::Write;
    let dir = out.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let fail = |e: std::io::Error| format!("cannot write {}: {e}", out.display());
    let tmp = tempfile::Builder::new().prefix(".chanyuan-").suffix(".csv.tmp").tempfile_in(dir).map_err(fail)?;
    let mut w = std::io::BufWriter::new(tmp);
    let made = rows(&mut w)?;
    w.flush().map_err(fail)?;
    let tmp = w.into_inner().map_err(|e| fail(e.into_error()))?;
    tmp.persist(out).map_err(|e| fail(e.error))?;
    Ok(made)
}

/// `campaign --csv`: `games` chains of the campaign, the computer on every court, a row each.
fn campaign_csv(path: &Path, seed: u64, games: u64, out: &Path) -> Result<(), String> {
    use crate::rules::campaign;
    let c = campaign::load(path)?;
    write_rows(out, |w| {
        let fail = |e: std::io::Error| format!("cannot write the rows: {e}");
        writeln!(w, "{}", campaign::csv_header(&c)).map_err(fail)?;
        for g in 0..games {
            let chain = seed.wrapping_add(g);
            writeln!(w, "{}", campaign::csv_row(chain, &campaign::play(&c, chain))).map_err(fail)?;
        }
        Ok(())
    })?;
    outln!("{}: {games} chains from seed {seed}, one row a chain in {}", c.title, out.display());
    Ok(())
}

/// The summary of many games, court by court and pair by pair.
fn print_summary(scenario: &Scenario, sum: &simulate::Summary, seed: u64) {
    let games = sum.games.max(1);
    outln!("{} games from seed {seed}:", sum.games);
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
}

/// Turn by turn, what each court thinks of the historical treaty: for tuning a scenario.
fn explain(scenario: Arc<Scenario>, seed: u64) {
    use crate::rules::negotiation::evaluate;
    let history = scenario.history.clone();
    let (a, b) = scenario.history_between;
    if history.is_empty() {
        outln!("(this scenario records no historical treaty: only the beliefs are shown)");
    }
    let mut m = Match::computer_only_unplayed(Game::new(scenario, seed));
    while !m.game().is_over() {
        let game = m.game();
        let turn = game.state.turn;
        outln!("== turn {turn} ({})", game.scenario.calendar.date(turn));
        for (side, other) in [(a, b), (b, a)].into_iter().filter(|_| !history.is_empty()) {
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
    // The measures and the calendar explained the first time the report uses them.
    let mut glosser = crate::rules::glossary::Glosser::new();
    for line in &st.chronicle {
        if side.is_some_and(|sd| !line.visible_to(sd)) {
            continue;
        }
        let minor = matches!(line.entry, Entry::Moved { .. } | Entry::SiegeProgress { .. } | Entry::Payment { .. });
        if summary_only && minor {
            continue;
        }
        if line.turn != last_turn {
            out.push_str(&format!("  {}\n", glosser.gloss(&s.calendar.date(line.turn))));
            last_turn = line.turn;
        }
        out.push_str(&format!("    {}\n", glosser.gloss(&line.text(s))));
    }
    out.push_str("\nTreaties\n");
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
            out.push_str(&format!("  ! breach by the {who} ({}): {}\n", s.calendar.date(br.turn), br.what(s)));
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

fn play(
    path: &Path,
    side: &str,
    seed: u64,
    actions_path: &Path,
    save: Option<&Path>,
    force: bool,
) -> Result<(), String> {
    let scenario = load(path)?;
    let side = playable_court(&scenario, side)?;
    let out = save_target(save, &format!("{}-{}-seed{seed}.ron", scenario.id, scenario.courts[side].id), force)?;
    let (shown, turns) = orders_of(actions_path)?;
    let mut m = Match::new(Game::new(scenario, seed), &[side]);
    let refused = play_orders(&mut m, side, &shown, &turns)?;
    let game = m.game();
    out!("{}", report(game, Some(side), false));
    let full = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()).display().to_string();
    let save = Save::of(game, &full, &[side], None);
    write_atomic(&out, &save.to_ron()).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    outln!("\nsaved to {}", out.display());
    if refused > 0 {
        return Err(format!("{refused} order(s) of {shown} were refused; the game went on without them"));
    }
    Ok(())
}

/// Where a played game will be saved (`--save`, or `default` in the saves folder), and
/// whether that is allowed, settled before it is played: no file but a save of this game is
/// written over without `--force`.
fn save_target(save: Option<&Path>, default: &str, force: bool) -> Result<PathBuf, String> {
    let out = save.map_or_else(|| crate::folders::saves_dir().join(default), Path::to_path_buf);
    if !force && !crate::rules::save::may_overwrite(&out) {
        return Err(format!(
            "{} exists and is not a save of this game: it is left as it is (--force writes over it)",
            out.display()
        ));
    }
    Ok(out)
}

/// The orders of an actions file, and the name it is shown by.
fn orders_of(actions_path: &Path) -> Result<(String, Vec<Vec<ActionSpec>>), String> {
    let shown = actions_path.display().to_string();
    let text = read_limited(actions_path).map_err(|e| format!("{shown}: {e}"))?;
    let turns = read_orders(&shown, &text)?;
    Ok((shown, turns))
}

/// `play --lesson FILE`: the lesson's game, its people's orders read from the actions file.
/// With one court played by people, each list is that court's turn; with several (hot-seat),
/// each list is the turn of the court whose turn it is, in the order the courts act.
fn play_lesson(lesson_path: &Path, actions_path: &Path, save: Option<&Path>, force: bool) -> Result<(), String> {
    let lesson = crate::rules::lesson::load_lesson(lesson_path)
        .into_result()
        .map_err(|e| format!("the lesson {} has errors:\n{e}", lesson_path.display()))?;
    let out = save_target(save, &format!("lesson-{}-seed{}.ron", lesson.id, lesson.seed), force)?;
    let (shown, turns) = orders_of(actions_path)?;
    let mut m = lesson.new_match();
    let refused = play_turns_in_order(&mut m, &shown, &turns)?;
    let game = m.game();
    let people = m.people();
    out!("{}", report(game, (people.len() == 1).then(|| people[0]), false));
    let full = lesson.scenario_path.display().to_string();
    let save = Save::of(game, &full, &people, None).with_lesson(lesson_path);
    write_atomic(&out, &save.to_ron()).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    outln!("\nsaved to {}", out.display());
    if refused > 0 {
        return Err(format!("{refused} order(s) of {shown} were refused; the game went on without them"));
    }
    Ok(())
}

/// Plays lists of orders, each for the court played by people whose turn it is, and ends
/// that court's turn after each: the hot-seat form of [`play_orders`].
pub fn play_turns_in_order(m: &mut Match, shown: &str, turns: &[Vec<ActionSpec>]) -> Result<usize, String> {
    let mut refused = 0;
    for (n, turn) in turns.iter().enumerate() {
        let Some(side) = m.to_move() else {
            return Err(format!(
                "{shown}: list {} comes after the game has ended ({}); remove it",
                n + 1,
                m.game().state().over.map(|e| e.text(&m.game().scenario)).unwrap_or_default()
            ));
        };
        let list = std::slice::from_ref(turn);
        refused +=
            play_orders(m, side, shown, list).map_err(|e| e.replacen("turn 1", &format!("list {}", n + 1), 1))?;
    }
    Ok(refused)
}

/// Reads an actions file: a list of turns, each a list of orders.
pub fn read_orders(shown: &str, text: &str) -> Result<Vec<Vec<ActionSpec>>, String> {
    ron_options().from_str(text).map_err(|e| {
        format!(
            "{shown}:{}:{}: {}; the file is a list of turns, each a list of actions such as [Move(army: \"song_guard\", to: \"chanzhou_south\")]",
            e.span.start.line, e.span.start.col, e.code
        )
    })
}

/// Plays `turns` of orders for `side`, one list a turn, and ends each turn. Orders the rules
/// refuse are printed and counted; a turn after the game's end, or orders after `EndTurn`,
/// stop the game with an error naming the turn.
pub fn play_orders(m: &mut Match, side: CourtId, shown: &str, turns: &[Vec<ActionSpec>]) -> Result<usize, String> {
    let mut refused = 0;
    for (n, turn) in turns.iter().enumerate() {
        if m.game().is_over() {
            return Err(format!(
                "{shown}: turn {} comes after the game has ended ({}); remove it",
                n + 1,
                m.game().state().over.map(|e| e.text(&m.game().scenario)).unwrap_or_default()
            ));
        }
        // `EndTurn` may close a turn's list; orders after it would belong to no turn.
        if let Some(i) = turn.iter().position(|a| *a == ActionSpec::EndTurn)
            && i + 1 < turn.len()
        {
            return Err(format!(
                "{shown}: turn {} has orders after `EndTurn`; a turn's list ends with it, or leaves it out",
                n + 1
            ));
        }
        for spec in turn.iter().filter(|a| **a != ActionSpec::EndTurn) {
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
                Err(e) => {
                    refused += 1;
                    outln!("turn {}: refused {spec:?}: {e}", n + 1);
                }
            }
        }
        let _ = m.act(side, crate::rules::game::Action::EndTurn);
    }
    Ok(refused)
}

/// A save and the scenario it names, found and loaded as `replay` and `report` find them.
pub fn open_save(path: &Path) -> Result<(Save, Arc<Scenario>), String> {
    let save = Save::read(path)?;
    // A lesson's game is replayed on the scenario as the lesson set it (turn limit, events off).
    let scenario = crate::rules::lesson::scenario_of_save(&save, path)?;
    Ok((save, scenario))
}

/// `report SAVE -o DIR` and `report --class DIR -o OUT`.
fn report_cmd(save: Option<&Path>, class: Option<&Path>, out: &Path) -> Result<(), String> {
    use crate::report;
    if let Some(dir) = class {
        // Each save's scenario is loaded once, however many groups played it.
        let mut scenarios: Vec<(PathBuf, Arc<Scenario>)> = Vec::new();
        let mut read = |p: &Path| {
            let save = Save::read(p)?;
            // A lesson's game is replayed on its scenario as the lesson set it.
            if save.lesson.is_some() {
                return report::debrief::Debrief::of_save(&save, crate::rules::lesson::scenario_of_save(&save, p)?);
            }
            let file = save.scenario_file(p)?;
            let scenario = match scenarios.iter().find(|(f, _)| *f == file) {
                Some((_, s)) => s.clone(),
                None => {
                    let s = load(&file)?;
                    scenarios.push((file, s.clone()));
                    s
                }
            };
            report::debrief::Debrief::of_save(&save, scenario)
        };
        let (written, c) = report::write_class(dir, out, &mut read)?;
        outln!("{} groups reported, {} file(s) skipped", c.groups.len(), c.skipped.len());
        for (file, why) in &c.skipped {
            outln!("  skipped {file}: {why}");
        }
        outln!("wrote {} and {}", written.html.display(), written.markdown.display());
        return Ok(());
    }
    let Some(path) = save else { return Err("name a save, or a folder of saves with --class".into()) };
    let (save, scenario) = open_save(path)?;
    let written =
        report::write_debrief(&save, scenario, Some(path), out).map_err(|e| format!("{}: {e}", path.display()))?;
    outln!("wrote {} and {}", written.html.display(), written.markdown.display());
    Ok(())
}

fn replay(path: &Path) -> Result<(), String> {
    let (save, scenario) = open_save(path)?;
    let path = path.display();
    let game = save.replay_checked(scenario)?;
    if save.legacy {
        outln!(
            "{path}: a save without a fingerprint this build can check (of format 1 or 2, or with none); the replay of {} actions reaches turn {}, not compared with any saved state",
            save.actions.len(),
            game.state.turn
        );
        return Ok(());
    }
    outln!(
        "{path}: the replay of {} actions reaches the saved state at turn {} (fingerprint {:016x})",
        save.actions.len(),
        save.turn,
        save.fingerprint
    );
    Ok(())
}

/// A court a person may play, by id (case-insensitive); an unknown id lists the choices.
pub fn playable_court(s: &Scenario, id: &str) -> Result<CourtId, String> {
    let playable: Vec<&str> = s.courts.0.iter().filter(|c| c.playable).map(|c| c.id.as_str()).collect();
    let choose = if playable.is_empty() {
        "no court of this scenario may be played by a person".to_string()
    } else {
        format!("choose one of: {}", playable.join(", "))
    };
    match s.court_id(id) {
        Some(c) if s.courts[c].playable => Ok(c),
        Some(c) => Err(format!("the {} court is played by the computer only; {choose}", s.court_name(c))),
        None => Err(format!("no court `{id}` in {}; {choose}", s.id)),
    }
}

/// Rewrites scenario files, saves and campaign-chapter files of format 1 as format 2.
fn migrate(write: bool, paths: &[PathBuf]) -> Result<(), String> {
    use crate::rules::scenario::migrate::{format_of, migrate};
    for path in paths {
        let p = path.display();
        let text = read_limited(path).map_err(|e| format!("{p}: {e}"))?;
        if is_campaign_text(&text) {
            errln!("{p}: a campaign file; its chapters are migrated one by one, the campaign needs nothing");
            continue;
        }
        match format_of(&text) {
            Some(1) => {}
            Some(v) => {
                errln!("{p}: already format {v}, left as it is");
                continue;
            }
            None => return Err(format!("{p}: names no `format`, so it is no scenario or save of this game")),
        }
        let new = migrate(&text);
        if write {
            write_atomic(path, &new).map_err(|e| format!("cannot write {p}: {e}"))?;
            errln!("{p}: rewritten as format 2");
        } else {
            out!("{new}");
        }
    }
    Ok(())
}

/// `campaign PATH --seed N`: the computer plays every chapter in turn; each chapter's report
/// follows what it took over from the chapter before.
fn campaign(path: &Path, seed: u64) -> Result<(), String> {
    use crate::rules::campaign;
    let c = campaign::load(path)?;
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
