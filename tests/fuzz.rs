//! Bounded property tests (proptest) of everything a user can hand the game as a file: the
//! scenario loader, the save loader, the actions reader and the campaign reader. Each starts
//! from real files (`levels/`, `tests/data/`, a save and an actions file the game wrote) and
//! changes a few bytes; whatever comes out, the game answers with a message, never a panic
//! or a hang.

use crate::common::{game, historical_treaty, liao, pass, root, scenario, song, swear_by_envoys};
use chanyuan::cli::{play_orders, read_orders};
use chanyuan::rules::campaign;
use chanyuan::rules::game::Game;
use chanyuan::rules::play::Match;
use chanyuan::rules::save::Save;
use chanyuan::rules::scenario::diagnostic::render;
use chanyuan::rules::scenario::load::load_str;
use proptest::prelude::*;
use proptest::sample::Index;
use std::path::Path;
use std::sync::LazyLock;

/// Every RON file the game ships or tests with: the corpus the scenario mutations start from.
static CORPUS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    let mut files = Vec::new();
    for dir in ["levels", "tests/data"] {
        collect(&root().join(dir), &mut files);
    }
    files.sort();
    files
});

fn collect(dir: &Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "ron") {
            let text = std::fs::read_to_string(&p).expect("a corpus file reads");
            out.push((p.display().to_string(), text));
        }
    }
}

/// A save of a game with a treaty sworn and turns played after it.
static SAVE: LazyLock<String> = LazyLock::new(|| {
    let mut g = game(11);
    let (s, l) = (song(&g), liao(&g));
    pass(&mut g);
    let terms = historical_treaty(&g);
    swear_by_envoys(&mut g, s, l, terms);
    pass(&mut g);
    Save::of(&g, "levels/chanyuan_1004.ron", &[s], None).to_ron()
});

/// Orders of every kind, as a player writes them.
const ORDERS: &str = r#"[
  [Move(army: "song_guard", to: "chanzhou_south"), Fortify(place: "chanzhou_north")],
  [Policy(policy: "personal_expedition")],
  [SendEnvoy(to: "liao", terms: [(clause: "annual_payment", params: {"silver": Amount(100000), "silk": Amount(200000)})])],
  [Accept(proposal: 1), EndTurn],
  [],
]"#;

/// One change to a file's bytes: delete, insert one of RON's own signs, cut the rest off,
/// or write any byte.
#[derive(Debug, Clone)]
enum Change {
    Delete(Index),
    Insert(Index, u8),
    Truncate(Index),
    Write(Index, u8),
}

fn change() -> impl Strategy<Value = Change> {
    const SIGNS: &[u8] = b"()[]{},:\"'0-9.aZ_\n\\/*#";
    prop_oneof![
        any::<Index>().prop_map(Change::Delete),
        (any::<Index>(), prop::sample::select(SIGNS)).prop_map(|(i, b)| Change::Insert(i, b)),
        any::<Index>().prop_map(Change::Truncate),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Change::Write(i, b)),
    ]
}

fn mutate(text: &str, changes: &[Change]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for c in changes {
        if bytes.is_empty() {
            break;
        }
        match c {
            Change::Delete(i) => {
                bytes.remove(i.index(bytes.len()));
            }
            Change::Insert(i, b) => bytes.insert(i.index(bytes.len()), *b),
            Change::Truncate(i) => bytes.truncate(i.index(bytes.len())),
            Change::Write(i, b) => {
                let at = i.index(bytes.len());
                bytes[at] = *b;
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// 96 cases a target in the test suite, or `PROPTEST_CASES`.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(96)
}

proptest! {
    // Bounded so the suite stays quick on two cores; `PROPTEST_CASES` sets it for a long run.
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_mangled_scenario_file_gets_messages_not_a_panic(file in any::<Index>(), changes in prop::collection::vec(change(), 1..8)) {
        let (name, text) = &CORPUS[file.index(CORPUS.len())];
        let loaded = load_str(name, &mutate(text, &changes));
        let _ = render(&loaded.diagnostics, &loaded.sources);
        if loaded.scenario.is_none() {
            prop_assert!(loaded.errors() > 0, "{name}: refused without an error");
        }
    }

    #[test]
    fn a_mangled_lesson_file_gets_messages_not_a_panic(which in any::<bool>(), changes in prop::collection::vec(change(), 1..8)) {
        let name = if which { "chanzhou_11th_month.ron" } else { "whole_campaign_1004.ron" };
        let text = std::fs::read_to_string(root().join("levels/lessons").join(name)).expect("the lesson reads");
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join(name);
        std::fs::write(&path, mutate(&text, &changes)).expect("written");
        let loaded = chanyuan::rules::lesson::load_lesson(&path);
        let _ = render(&loaded.diagnostics, &loaded.sources);
        match &loaded.lesson {
            Some(l) => { let _ = l.new_match(); }
            None => prop_assert!(loaded.errors() > 0, "{name}: refused without an error"),
        }
    }

    #[test]
    fn a_mangled_save_is_refused_or_replays(changes in prop::collection::vec(change(), 1..6)) {
        if let Ok(save) = Save::parse(&mutate(&SAVE, &changes)) {
            // Whatever the edit, replaying it either works or says why; the fingerprint
            // tells a save whose actions were changed.
            let _ = save.replay_checked(scenario());
        }
    }

    #[test]
    fn a_mangled_actions_file_is_refused_or_played(changes in prop::collection::vec(change(), 1..6), seed in 0u64..4) {
        if let Ok(turns) = read_orders("actions.ron", &mutate(ORDERS, &changes)) {
            let s = scenario();
            let side = chanyuan::cli::playable_court(&s, "song").expect("the Song are playable");
            let mut m = Match::new(Game::new(s, seed), &[side]);
            let _ = play_orders(&mut m, side, "actions.ron", &turns);
        }
    }

    #[test]
    fn a_mangled_campaign_file_is_refused_or_read(changes in prop::collection::vec(change(), 1..6)) {
        let text = std::fs::read_to_string(root().join("levels/campaign.ron")).expect("the campaign file reads");
        let _ = campaign::parse("campaign.ron", &mutate(&text, &changes));
    }
}

#[test]
fn the_corpus_holds_the_shipped_scenarios_and_the_unmangled_files_load() {
    assert!(CORPUS.iter().any(|(n, _)| n.ends_with("chanyuan_1004.ron")));
    let save = Save::parse(&SAVE).expect("the save parses");
    assert!(save.replay_checked(scenario()).is_ok(), "the unchanged save replays");
    let turns = read_orders("actions.ron", ORDERS).expect("the orders parse");
    assert_eq!(turns.len(), 5);
    let s = scenario();
    let side = chanyuan::cli::playable_court(&s, "song").expect("the Song are playable");
    let mut m = Match::new(Game::new(s, 1), &[side]);
    let refused = play_orders(&mut m, side, "actions.ron", &turns).expect("the orders play");
    assert!(refused < 5, "most of the unchanged orders are obeyed ({refused} refused)");
    assert_eq!(m.game().state().turn, 5, "five turns were played");
}
