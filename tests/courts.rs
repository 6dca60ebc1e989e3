//! Courts are the scenario's: any number of them with their own names, wars and treaties
//! between pairs, format 1 read as format 2, the rules' numbers as data, and campaign
//! chapters whose saves replay.

use crate::common::*;
use chanyuan::rules::campaign;
use chanyuan::rules::game::{Action, Game};
use chanyuan::rules::ids::*;
use chanyuan::rules::play::Match;
use chanyuan::rules::save::{Save, fingerprint};
use chanyuan::rules::scenario::Scenario;
use chanyuan::rules::scenario::diagnostic::render;
use chanyuan::rules::scenario::load::{load_scenario, load_str};
use chanyuan::rules::scenario::migrate::{format_of, migrate};
use chanyuan::rules::scenario::raw::RawRules;
use chanyuan::rules::simulate::{batch, play_out};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn load(path: &Path) -> Arc<Scenario> {
    let loaded = load_scenario(path);
    match loaded.scenario {
        Some(s) => Arc::new(s),
        None => panic!("{} does not validate:\n{}", path.display(), render(&loaded.diagnostics, &loaded.sources)),
    }
}

/// Every `.ron` file under a folder.
fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(ron_files(&p));
        } else if p.extension().is_some_and(|x| x == "ron") {
            out.push(p);
        }
    }
    out.sort();
    out
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        let target = to.join(e.file_name());
        if p.is_dir() {
            copy_tree(&p, &target);
        } else {
            std::fs::copy(&p, &target).unwrap();
        }
    }
}

#[test]
fn a_format_1_scenario_and_its_migrated_form_play_the_same_game() {
    let old = root().join("tests/data/format1");
    let new = std::env::temp_dir().join(format!("chanyuan-migrated-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&new);
    copy_tree(&old, &new);
    for file in ron_files(&new) {
        let text = std::fs::read_to_string(&file).unwrap();
        assert_eq!(format_of(&text), Some(1), "{} is a format-1 file", file.display());
        let migrated = migrate(&text);
        assert_eq!(format_of(&migrated), Some(2), "{}", file.display());
        assert!(!migrated.contains("standing_song"), "{}", file.display());
        std::fs::write(&file, migrated).unwrap();
    }
    for main in ["chanyuan_1004.ron", "renegotiation_1042.ron", "hostage_exchange/mod.ron"] {
        let (v1, v2) = (load(&old.join(main)), load(&new.join(main)));
        for seed in 1..=4 {
            let (a, b) = (play_out(v1.clone(), seed), play_out(v2.clone(), seed));
            assert_eq!(fingerprint(&a), fingerprint(&b), "{main}, seed {seed}");
            assert_eq!(chanyuan::cli::report(&a, None, false), chanyuan::cli::report(&b, None, false), "{main}");
        }
    }
    let _ = std::fs::remove_dir_all(&new);
}

#[test]
fn migrating_keeps_comments_and_joins_the_old_standings_wherever_they_stand() {
    let old = "(format: 1,\n // Wang Jizhong knows both courts\n envoy: (standing_song: 4, travel: 1,\n  standing_liao: 3), side: Song, note: \"the Song (not Liao) name\")";
    let new = migrate(old);
    assert!(new.contains("// Wang Jizhong knows both courts"), "{new}");
    assert!(new.contains("standing: (song: 4, liao: 3)"), "{new}");
    assert!(!new.contains("standing_liao"), "{new}");
    assert!(new.contains("side: \"song\""), "{new}");
    assert!(new.contains("\"the Song (not Liao) name\""), "text in strings is left alone: {new}");
    // A format-2 file is left as it is.
    assert_eq!(migrate(&new), new);
}

#[test]
fn the_levels_are_format_2_and_validate() {
    for file in [
        "levels/chanyuan_1004.ron",
        "levels/renegotiation_1042.ron",
        "levels/mods/hostage_exchange/mod.ron",
        "tests/data/song_xia.ron",
    ] {
        let text = std::fs::read_to_string(root().join(file)).unwrap();
        assert_eq!(format_of(&text), Some(2), "{file}");
        load(&root().join(file));
    }
}

fn song_xia() -> Arc<Scenario> {
    load(&root().join("tests/data/song_xia.ron"))
}

#[test]
fn a_war_between_the_song_and_the_xia_is_told_with_their_own_names() {
    let s = song_xia();
    let ids: Vec<&str> = s.courts.0.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["song", "xia"]);
    for seed in 1..=8 {
        let g = play_out(s.clone(), seed);
        assert!(g.is_over(), "seed {seed}");
        let report = chanyuan::cli::report(&g, None, false);
        assert!(!report.contains("Liao"), "seed {seed}:\n{report}");
        assert!(report.contains("Xia"), "seed {seed}:\n{report}");
    }
    let sum = batch(s.clone(), 1, 50, 1).unwrap();
    assert_eq!(sum.wars_lost.len(), 2);
}

#[test]
fn a_person_may_play_the_xia_against_a_computer_song_court() {
    let s = song_xia();
    let xia = s.court_id("XIA").expect("ids are read without regard to case");
    let song = s.court_id("song").unwrap();
    let mut m = Match::new(Game::new(s.clone(), 3), &[xia]);
    // The Song, first in the scenario's order, have played their turn already.
    assert_eq!(m.to_move(), Some(xia));
    assert!(m.game().state().courts[song].done);
    let turn = m.game().state().turn;
    m.act(xia, Action::EndTurn).unwrap();
    assert_eq!(m.game().state().turn, turn + 1, "the computer's Song answered and the turn resolved");
    assert_eq!(m.to_move(), Some(xia));
    let err = m.act(song, Action::EndTurn).unwrap_err();
    assert!(err.0.contains("played by the computer"), "{err}");
    let err = chanyuan::cli::playable_court(&s, "liao").unwrap_err();
    assert!(err.contains("song, xia"), "{err}");
}

#[test]
fn in_1042_the_song_fight_the_xia_under_their_treaty_with_the_liao() {
    let s = load(&root().join("levels/renegotiation_1042.ron"));
    assert_eq!(s.courts.len(), 3);
    let g = Game::new(s.clone(), 1);
    let (song, liao, xia) = (song(&g), liao(&g), court(&g, "xia"));
    let st = g.state();
    assert!(st.treaty_between(song, liao).is_some() && !st.at_war_with(song, liao));
    assert!(st.at_war_with(song, xia));
    assert!(!st.at_war_with(liao, xia), "the Liao and the Xia are at peace");
    // Over many games the Xia war sometimes ends in a treaty, as it did in 1044.
    let settled =
        (0..30).map(|seed| play_out(s.clone(), seed)).filter(|g| g.state().treaty_between(song, xia).is_some()).count();
    assert!(settled > 0, "the Song and the Xia never made peace in 30 games");
}

#[test]
fn a_clause_is_refused_between_courts_it_does_not_name() {
    let s = load(&root().join("levels/renegotiation_1042.ron"));
    let mut g = Game::new(s.clone(), 1);
    let (song, xia) = (song(&g), court(&g, "xia"));
    let song_liao_only = s
        .clauses
        .iter()
        .position(|c| !c.between.is_empty() && !c.between.contains(&xia))
        .map(|i| s.default_term(ClauseId(i as u16)))
        .expect("a clause between the Song and the Liao only");
    let err = g.act(song, Action::SendEnvoy { to: xia, terms: vec![song_liao_only] }).unwrap_err();
    assert!(err.0.contains("no clause for a treaty between the Song and the Xia"), "{err}");
}

#[test]
fn the_rules_block_sets_what_new_walls_cost() {
    let dear =
        situation().edit(|raw| raw.rules = Some(RawRules { fortify_cost: 900_000_000, ..RawRules::default() })).game(1);
    let dingzhou = place(&dear, "dingzhou");
    let err = dear.check(song(&dear), &Action::Fortify { place: dingzhou }).unwrap_err();
    assert!(err.0.contains("fortifying costs 900,000,000 taels"), "{err}");
    let g = game(1);
    assert!(g.check(song(&g), &Action::Fortify { place: dingzhou }).is_ok());
    // A number out of its range is refused with its place and the range.
    let text = std::fs::read_to_string(root().join("tests/data/mini.ron")).unwrap();
    let broken = text.replacen("format: 2,", "format: 2,\n    rules: (emperor_bonus: 9.0),", 1);
    let loaded = load_str("mini.ron", &broken);
    let report = render(&loaded.diagnostics, &loaded.sources);
    assert!(report.contains("rules: emperor_bonus is 9, outside 0.5..=3"), "{report}");
    assert!(report.contains("mini.ron:4:"), "{report}");
}

#[test]
fn a_courts_mistakes_are_found_with_their_place() {
    let text = std::fs::read_to_string(root().join("tests/data/mini.ron")).unwrap();
    let check = |from: &str, to: &str, expect: &str| {
        assert!(text.contains(from), "`{from}` is not in mini.ron");
        let loaded = load_str("mini.ron", &text.replacen(from, to, 1));
        let report = render(&loaded.diagnostics, &loaded.sources);
        assert!(loaded.scenario.is_none() && report.contains(expect), "{to}:\n{report}");
    };
    check("side: \"liao\", at:", "side: \"lioa\", at:", "mini.ron:34:");
    check("side: \"liao\", at:", "side: \"lioa\", at:", "unknown court `lioa`");
    check("side: \"liao\", at:", "side: \"lioa\", at:", "did you mean `liao`?");
    check("emperor: \"xingzong\"", "emperor: \"\"", "the court `liao` may be played but has no emperor");
    check("id: \"liao\"", "id: \"Liao Court\"", "not a plain lower-case word");
}

#[test]
fn a_campaign_chapters_save_replays_with_what_it_carried_in() {
    let c = campaign::load(&root().join("levels/campaign.ron")).expect("the campaign loads");
    let played = campaign::play(&c, 3);
    let second = &played[1];
    let carried = second.carried_in.as_ref().expect("chapter 2 took over chapter 1's state");
    let save = Save::of(&second.game, "levels/renegotiation_1042.ron", &[], Some(carried));
    let back = Save::parse(&save.to_ron()).expect("the save reads back");
    let replayed = back.replay_checked(c.chapters[1].scenario.clone()).expect("replays to the saved game");
    assert_eq!(fingerprint(&replayed), fingerprint(&second.game));
    // Without what it carried in, the same actions do not reach the same game.
    let mut bare = back.clone();
    bare.carried_in = None;
    assert!(bare.replay_checked(c.chapters[1].scenario.clone()).is_err());
}

#[test]
fn the_command_line_refuses_bad_numbers_and_takes_any_path() {
    use std::ffi::OsString;
    assert_eq!(cli(&["simulate", "--seed", "1", "--threads", "100000"]), 2, "threads are 1 to 256");
    assert_eq!(cli(&["simulate", "--seed", "1", "--explain", "maybe"]), 2, "--explain is a flag");
    assert_eq!(cli(&["validate", root().join("levels").to_str().unwrap()]), 0, "a folder validates");
    // A file name that is not UTF-8 is a file name all the same: here one that does not exist.
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        let odd = OsString::from_vec(b"/tmp/chanyuan-\xff-missing.ron".to_vec());
        assert_eq!(chanyuan::cli::run(vec![OsString::from("validate"), odd]), 1);
    }
}
