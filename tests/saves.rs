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
    let replayed = back.replay(scenario()).expect("replays");
    assert_eq!(fingerprint(&replayed), save.fingerprint);
    assert_eq!(replayed.state(), g.state());
}

#[test]
fn a_broken_save_is_refused_and_the_good_one_is_untouched() {
    let dir = std::env::temp_dir().join(format!("chanyuan-saves-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
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
    let future = text.replace("format: 2", "format: 99");
    let err = Save::parse(&future).unwrap_err();
    assert!(err.contains("format 99") && err.contains("newer version"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
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
