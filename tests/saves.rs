//! Saves: round trips, replays and refusals.

use crate::common::*;
use chanyuan::rules::ai;
use chanyuan::rules::game::Action;
use chanyuan::rules::ids::*;
use chanyuan::rules::save::{Save, fingerprint, write_atomic};

fn played(seed: u64, turns: u32) -> chanyuan::rules::game::Game {
    let mut g = game(seed);
    let guard = army(&g, "song_guard");
    g.act(Side::Song, Action::Move { army: guard, to: place(&g, "chanzhou_south") }).unwrap();
    for _ in 0..turns {
        ai::take_turn(&mut g, Side::Song);
        ai::take_turn(&mut g, Side::Liao);
    }
    g
}

#[test]
fn a_saved_game_loads_back_and_replays_to_the_same_state() {
    let g = played(9, 6);
    let save = Save::of(&g, "levels/chanyuan_1004.ron", vec![Side::Song]);
    let text = save.to_ron();
    let back = Save::parse(&text).expect("parses");
    assert_eq!(back, save);
    let replayed = back.replay(scenario()).expect("replays");
    assert_eq!(fingerprint(&replayed), save.fingerprint);
    assert_eq!(replayed.state, g.state);
}

#[test]
fn a_broken_save_is_refused_and_the_good_one_is_untouched() {
    let dir = std::env::temp_dir().join(format!("chanyuan-saves-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.ron");
    let g = played(2, 2);
    let text = Save::of(&g, "levels/chanyuan_1004.ron", vec![Side::Liao]).to_ron();
    write_atomic(&good, &text).unwrap();
    let broken = dir.join("broken.ron");
    std::fs::write(&broken, &text[..text.len() / 2]).unwrap();
    assert!(Save::read(&broken).is_err());
    assert!(Save::read(&dir.join("missing.ron")).is_err());
    assert_eq!(std::fs::read_to_string(&good).unwrap(), text);
    assert!(!dir.join("good.ron.tmp").exists(), "no temporary file is left behind");
    let future = text.replace("format: 1", "format: 99");
    assert!(Save::parse(&future).unwrap_err().contains("format 99"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_save_whose_actions_were_tampered_with_does_not_replay_silently() {
    let g = played(4, 3);
    let mut save = Save::of(&g, "levels/chanyuan_1004.ron", vec![Side::Song]);
    save.actions.insert(
        0,
        (Side::Song, chanyuan::rules::spec::ActionSpec::Move { army: "song_guard".into(), to: "youzhou".into() }),
    );
    let err = save.replay(scenario()).unwrap_err();
    assert!(err.contains("refused"), "{err}");
}
