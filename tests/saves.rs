//! Saves: round trips, replays and refusals.

use crate::common::*;
use chanyuan::rules::game::Action;
use chanyuan::rules::play::Match;
use chanyuan::rules::save::{Save, fingerprint, write_atomic};

/// A game in which the Song march the Guard to Chanzhou, then the computer plays on.
fn played(seed: u64, turns: u32) -> chanyuan::rules::game::Game {
    let mut g = game(seed);
    let guard = army(&g, "song_guard");
    g.act(song(&g), Action::Move { army: guard, to: place(&g, "chanzhou_south") }).unwrap();
    let mut m = Match::computer_only_unplayed(g);
    for _ in 0..turns {
        m.play_turn();
    }
    m.into_game()
}

#[test]
fn a_saved_game_loads_back_and_replays_to_the_same_state() {
    let g = played(9, 6);
    let save = Save::of(&g, "levels/chanyuan_1004.ron", &[song(&g)], None);
    let text = save.to_ron();
    assert!(text.contains("\"song\""), "courts are named by id: {text}");
    let back = Save::parse(&text).expect("parses");
    assert_eq!(back, save);
    let replayed = back.replay_checked(scenario()).expect("replays to the saved game");
    assert_eq!(fingerprint(&replayed), fingerprint(&g));
    assert_eq!(replayed.state(), g.state());
    // Edited to another player, the save no longer matches its game.
    let mut other = back.clone();
    other.players = vec!["liao".into()];
    let err = other.replay_checked(scenario()).unwrap_err();
    assert!(err.contains("players were changed"), "{err}");
    // Replayed against an edited copy of the scenario's files (the same id), it says so.
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    copy_main_scenario(dir);
    let main = dir.join("chanyuan_1004.ron");
    let text = std::fs::read_to_string(&main).unwrap();
    std::fs::write(&main, text.replacen("war_weariness: 5,", "war_weariness: 6,", 1)).unwrap();
    let edited = std::sync::Arc::new(chanyuan::rules::scenario::load::load_scenario(&main).scenario.unwrap());
    let err = back.replay_checked(edited).unwrap_err();
    assert!(err.contains("have changed since this game was saved"), "{err}");
}

#[test]
fn a_broken_save_is_refused_and_the_good_one_is_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let good = dir.join("good.ron");
    let g = played(2, 2);
    let text = Save::of(&g, "levels/chanyuan_1004.ron", &[liao(&g)], None).to_ron();
    write_atomic(&good, &text).unwrap();
    let broken = dir.join("broken.ron");
    std::fs::write(&broken, &text[..text.len() / 2]).unwrap();
    assert!(Save::read(&broken).is_err());
    assert!(Save::read(&dir.join("missing.ron")).is_err());
    assert_eq!(std::fs::read_to_string(&good).unwrap(), text);
    assert!(!dir.join("good.ron.tmp").exists(), "no temporary file is left behind");
    let future = text.replace("format: 4", "format: 99");
    let err = Save::parse(&future).unwrap_err();
    assert!(err.contains("format 99") && err.contains("newer version"), "{err}");
}

#[test]
fn a_save_whose_actions_were_tampered_with_does_not_replay_silently() {
    let g = played(4, 3);
    let mut save = Save::of(&g, "levels/chanyuan_1004.ron", &[song(&g)], None);
    save.actions.insert(
        0,
        ("song".into(), chanyuan::rules::spec::ActionSpec::Move { army: "song_guard".into(), to: "youzhou".into() }),
    );
    let err = save.replay(scenario()).unwrap_err();
    assert!(err.contains("refused"), "{err}");
}

#[test]
fn a_save_never_overwrites_a_file_that_is_not_a_save() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let scenario_copy = dir.join("my_scenario.ron");
    std::fs::copy(root().join("tests/data/mini.ron"), &scenario_copy).unwrap();
    assert!(!chanyuan::rules::save::may_overwrite(&scenario_copy), "a scenario is no save");
    let g = played(1, 1);
    let save = dir.join("save.ron");
    assert!(chanyuan::rules::save::may_overwrite(&save), "a new file may be written");
    write_atomic(&save, &Save::of(&g, "levels/chanyuan_1004.ron", &[song(&g)], None).to_ron()).unwrap();
    assert!(chanyuan::rules::save::may_overwrite(&save), "a save may be written over");
    // The command line refuses, and the scenario is untouched.
    let actions = dir.join("actions.ron");
    std::fs::write(&actions, "[[]]").unwrap();
    let before = std::fs::read_to_string(&scenario_copy).unwrap();
    assert_eq!(play_as_song(&actions, &scenario_copy), 2);
    assert_eq!(std::fs::read_to_string(&scenario_copy).unwrap(), before);
    // No temporary file is left in the folder.
    assert!(!std::fs::read_dir(dir).unwrap().flatten().any(|e| e.file_name().to_string_lossy().ends_with(".tmp")));
}

#[test]
fn a_writer_killed_at_any_point_leaves_the_previous_save_whole() {
    // A child process writes saves over one file again and again; it is killed at random
    // moments. After every kill the file is one whole save or the other, never half of one.
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let target = dir.join("save.ron");
    let g = played(5, 2);
    let text = Save::of(&g, "levels/chanyuan_1004.ron", &[song(&g)], None).to_ron();
    write_atomic(&target, &text).unwrap();
    let exe = std::env::current_exe().unwrap();
    for round in 0..8u64 {
        let mut child = std::process::Command::new(&exe)
            .args(["--exact", "saves::keeps_writing_saves", "--ignored", "--nocapture"])
            .env("CHANYUAN_KILL_TARGET", &target)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(30 + (round * 37) % 90));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read_to_string(&target).expect("the save is still there");
        let back = Save::parse(&now).expect("and whole");
        assert_eq!(back.scenario_id, "chanyuan_1004");
    }
}

/// The writer for the test above: runs only when that test starts it.
#[test]
#[ignore]
fn keeps_writing_saves() {
    let Some(target) = std::env::var_os("CHANYUAN_KILL_TARGET") else { return };
    let target = std::path::PathBuf::from(target);
    for i in 0..100_000u64 {
        let g = played(i % 7, 1);
        write_atomic(&target, &Save::of(&g, "levels/chanyuan_1004.ron", &[song(&g)], None).to_ron()).unwrap();
    }
}

#[test]
fn a_save_names_its_scenario_inside_the_levels_folder_and_loads_from_anywhere() {
    let g = played(4, 2);
    let main = root().join("levels/chanyuan_1004.ron");
    let save = Save::of(&g, &main.to_string_lossy(), &[song(&g)], None);
    // Not the machine's full path, which moving the game's folder would break.
    assert_eq!(save.scenario, "chanyuan_1004.ron");
    let dir = tempfile::tempdir().unwrap();
    let at = dir.path().join("moved.ron");
    write_atomic(&at, &save.to_ron()).unwrap();
    let back = Save::read(&at).unwrap();
    let found = back.scenario_file(&at).expect("found in levels/");
    assert_eq!(std::fs::canonicalize(found).unwrap(), std::fs::canonicalize(&main).unwrap());
    assert_eq!(cli(&["replay", &at.to_string_lossy()]), 0);
}

#[test]
fn a_save_whose_scenario_climbs_out_of_the_game_folders_is_refused() {
    let g = played(4, 1);
    let mut save = Save::of(&g, "levels/chanyuan_1004.ron", &[song(&g)], None);
    save.scenario = "../../../../etc/passwd".into();
    let dir = tempfile::tempdir().unwrap();
    let at = dir.path().join("climbing.ron");
    write_atomic(&at, &save.to_ron()).unwrap();
    let err = Save::read(&at).unwrap().scenario_file(&at).expect_err("refused");
    assert!(err.contains("leaves the game's folders"), "{err}");
    assert_ne!(cli(&["replay", &at.to_string_lossy()]), 0);
}

#[test]
fn a_save_of_format_2_replays_without_its_old_fingerprint_checked() {
    let g = played(6, 3);
    let text = Save::of(&g, "levels/chanyuan_1004.ron", &[song(&g)], None).to_ron();
    // Format 2 fingerprinted the state's `Debug` text, which this build does not reproduce.
    let old = text
        .replace("format: 4", "format: 2")
        .replace(&format!("{}", Save::parse(&text).unwrap().fingerprint), "12345");
    let save = Save::parse(&old).expect("a format-2 save is read");
    assert!(save.legacy, "its fingerprint is not held against it");
    let replayed = save.replay_checked(scenario()).expect("it replays");
    assert_eq!(fingerprint(&replayed), fingerprint(&g));
}

#[test]
fn a_save_naming_a_file_of_another_kind_by_its_full_path_is_refused() {
    let g = played(4, 1);
    let mut save = Save::of(&g, "levels/chanyuan_1004.ron", &[song(&g)], None);
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("credentials");
    std::fs::write(&secret, "api_key(sk-live-hunter2)\n").unwrap();
    save.scenario = secret.display().to_string();
    let elsewhere = tempfile::tempdir().unwrap();
    let at = elsewhere.path().join("handed-on.ron");
    write_atomic(&at, &save.to_ron()).unwrap();
    let err = Save::read(&at).unwrap().scenario_file(&at).expect_err("refused");
    assert!(err.contains("no `.ron` file") && !err.contains("hunter2"), "{err}");
}
