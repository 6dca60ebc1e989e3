//! Inputs a user can get wrong, and the game says so: numbers that are not numbers, a
//! parameter given twice, ids that look alike, unknown fields in an actions file, files that
//! are not files, and text that would drive a terminal.

use crate::common::*;
use chanyuan::rules::scenario::diagnostic::render;
use chanyuan::rules::scenario::load::{load_scenario, load_str};

fn mini() -> String {
    std::fs::read_to_string(root().join("tests/data/mini.ron")).unwrap()
}

/// The report of `mini.ron` with one change, and whether it still loads.
fn report(from: &str, to: &str) -> (String, bool) {
    let text = mini();
    assert!(text.contains(from), "`{from}` is not in mini.ron");
    let loaded = load_str("mini.ron", &text.replacen(from, to, 1));
    (render(&loaded.diagnostics, &loaded.sources), loaded.scenario.is_some())
}

#[test]
fn nan_and_infinity_are_no_numbers_for_a_position_or_a_worth() {
    let (r, ok) = report("pos: (820, 225)", "pos: (NaN, 225)");
    assert!(!ok && r.contains("a place's position is NaN"), "{r}");
    let (r, ok) = report("Per(\"silver\", 10000, 1.5)", "Per(\"silver\", 10000, inf)");
    assert!(!ok && r.contains("a worth is inf"), "{r}");
}

#[test]
fn a_parameter_given_twice_is_a_mistake_not_the_last_one_winning() {
    let text = mini();
    let from = "params: {\"silver\": Amount(200000)";
    assert!(text.contains(from), "mini.ron has no such term");
    let loaded =
        load_str("mini.ron", &text.replacen(from, "params: {\"silver\": Amount(200000), \"silver\": Amount(5)", 1));
    let r = render(&loaded.diagnostics, &loaded.sources);
    assert!(loaded.scenario.is_none() && r.contains("the parameter `silver` is given twice"), "{r}");
}

#[test]
fn ids_that_look_alike_are_pointed_out() {
    let (r, _) = report("id: \"kaifeng\"", "id: \"kai\u{200b}feng\"");
    assert!(r.contains("holds an invisible sign"), "{r}");
    let (r, _) = report(
        "(id: \"song_army\"",
        "(id: \"song_army\", name: \"A\", side: \"song\", at: \"kaifeng\", strength: 1, morale: 1), (id: \"Song_Army\"",
    );
    assert!(r.contains("ids `song_army` and `Song_Army` differ only by case"), "{r}");
    // A Cyrillic о in a Latin id.
    let (r, _) = report(
        "(id: \"xiongzhou\",",
        "(id: \"xiongzh\u{43e}u\", name: \"X\", pos: (1, 1), controller: \"song\"), (id: \"xiongzhou\",",
    );
    assert!(r.contains("mixes Latin letters"), "{r}");
}

#[test]
fn an_actions_file_with_an_unknown_field_is_refused_with_its_place() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let actions = dir.join("actions.ron");
    std::fs::write(&actions, "[\n  [Move(army: \"song_guard\", to: \"chanzhou_south\", quickly: true)],\n]\n").unwrap();
    let save = dir.join("save.ron");
    assert_eq!(play_as_song(&actions, &save), 2);
    assert!(!save.exists(), "nothing was played or saved");
    // Orders after EndTurn within a turn, and turns after the game's end, are refused too.
    std::fs::write(&actions, "[[EndTurn, Garrison(army: \"song_guard\")]]").unwrap();
    assert_eq!(play_as_song(&actions, &save), 2);
}

#[cfg(unix)]
#[test]
fn a_fifo_named_as_a_scenario_is_refused_at_once_not_waited_on() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let fifo = dir.join("scenario.ron");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success());
    if made {
        let loaded = load_scenario(&fifo);
        let r = render(&loaded.diagnostics, &loaded.sources);
        assert!(r.contains("not a regular file"), "{r}");
    }
}

#[test]
fn a_byte_order_mark_before_a_scenario_is_no_mistake() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let file = dir.join("mini.ron");
    std::fs::write(&file, format!("\u{feff}{}", mini())).unwrap();
    let loaded = load_scenario(&file);
    assert!(loaded.scenario.is_some(), "{}", render(&loaded.diagnostics, &loaded.sources));
}

#[test]
fn text_from_files_cannot_drive_the_terminal() {
    let safe = chanyuan::cli::terminal_safe("Liao \u{1b}[31marmy\u{7}\n");
    assert!(!safe.contains('\u{1b}') && !safe.contains('\u{7}'), "{safe:?}");
    assert!(safe.contains("\\u{1b}[31marmy") && safe.ends_with('\n'), "{safe:?}");
}

#[test]
fn every_broken_include_is_reported_not_only_the_first() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let main = dir.join("main.ron");
    let text = mini().replacen("format: 2,", "format: 2,\n    includes: [\"one.ron\", \"two.ron\"],", 1);
    std::fs::write(&main, text).unwrap();
    std::fs::write(dir.join("one.ron"), "(format: 2, places: [(id: \"a\" name: \"A\")])").unwrap();
    std::fs::write(dir.join("two.ron"), "(format: 2, placez: [])").unwrap();
    let loaded = load_scenario(&main);
    let r = render(&loaded.diagnostics, &loaded.sources);
    assert!(r.contains("one.ron") && r.contains("two.ron"), "{r}");
}

#[test]
fn a_campaign_of_a_hundred_thousand_chapters_is_refused_before_any_scenario_is_loaded() {
    let chapter = r#"(scenario: "chanyuan_1004.ron"),"#;
    let text = format!("(format: 1, id: \"endless\", title: \"Endless\", chapters: [{}])", chapter.repeat(100_000));
    let err = chanyuan::rules::campaign::parse("endless.ron", &text).expect_err("too many chapters");
    assert!(err.contains("100000 chapters; at most 32"), "{err}");
    // The shipped campaign is well within the limit.
    let shipped = std::fs::read_to_string(root().join("levels/campaign.ron")).unwrap();
    assert!(chanyuan::rules::campaign::parse("campaign.ron", &shipped).is_ok());
}

#[test]
fn an_include_outside_the_scenario_folder_is_refused_and_its_contents_never_shown() {
    let dir = tempfile::tempdir().unwrap();
    let scenario_dir = dir.path().join("mine");
    std::fs::create_dir(&scenario_dir).unwrap();
    // A secret beside the scenario's folder, and a file of another kind inside it.
    std::fs::write(dir.path().join("secret.ron"), "password = hunter2\n").unwrap();
    std::fs::write(scenario_dir.join("notes.ron"), "password = hunter2\n").unwrap();
    let text = mini().replacen("(\n", "(\n    includes: [\"../secret.ron\", \"notes.ron\"],\n", 1);
    assert!(text.contains("includes"), "the include was written into the scenario");
    let main = scenario_dir.join("main.ron");
    std::fs::write(&main, text).unwrap();
    let loaded = load_scenario(&main);
    let shown = render(&loaded.diagnostics, &loaded.sources);
    assert!(loaded.scenario.is_none());
    assert!(shown.contains("outside the scenario's folder"), "{shown}");
    assert!(shown.contains("this is not a scenario file"), "{shown}");
    assert!(!shown.contains("hunter2"), "a file that is not a scenario is quoted: {shown}");
}

#[test]
fn a_mod_extends_only_a_scenario_file() {
    let dir = tempfile::tempdir().unwrap();
    let m = dir.path().join("mod.ron");
    std::fs::write(&m, "(format: 2, id: \"m\", title: \"M\", extends: \"/etc/passwd\")").unwrap();
    let shown = render(&load_scenario(&m).diagnostics, &load_scenario(&m).sources);
    assert!(shown.contains("does not name a scenario file"), "{shown}");
    assert!(!shown.contains("root:"), "{shown}");
}

#[test]
fn a_scenario_opening_with_nested_block_comments_is_still_a_scenario() {
    let text = format!("/* a note /* nested */ still the note */\n{}", mini());
    assert!(chanyuan::rules::scenario::load::begins_like_ron(&text));
    assert!(load_str("nested.ron", &text).scenario.is_some());
    assert!(!chanyuan::rules::scenario::load::begins_like_ron("[default]\naws_secret = x\n"));
}

#[test]
fn a_campaign_chapter_outside_the_campaign_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("campaign");
    std::fs::create_dir(&inner).unwrap();
    let file = inner.join("c.ron");
    std::fs::write(&file, "(format: 1, id: \"c\", title: \"C\", chapters: [(scenario: \"../../../etc/passwd.ron\")])")
        .unwrap();
    let Err(err) = chanyuan::rules::campaign::load(&file) else { panic!("the campaign was loaded") };
    assert!(err.contains("outside the campaign's folder"), "{err}");
}
