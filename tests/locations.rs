//! Where the validator's messages point (issue 11): each problem at the value it is about,
//! in the file that holds it: the second of two places of one id, the route that names a
//! place no map has, a fault in a part-file or a mod, never a word elsewhere or 0:0.

use crate::common::root;
use chanyuan::rules::scenario::diagnostic::{Diagnostic, render};
use chanyuan::rules::scenario::load::{Loaded, load_scenario, load_str};
use chanyuan::rules::scenario::spans::{Outline, Seg};
use std::path::PathBuf;

fn mini() -> String {
    std::fs::read_to_string(root().join("tests/data/mini.ron")).unwrap()
}

/// `mini.ron` with each change made once, each change's text checked to be there.
fn mini_with(changes: &[(&str, &str)]) -> String {
    let mut text = mini();
    for (from, to) in changes {
        assert!(text.contains(from), "the test's text `{from}` is not in mini.ron");
        text = text.replacen(from, to, 1);
    }
    text
}

/// The one message containing `words`, every message being placed somewhere.
fn message<'l>(loaded: &'l Loaded, words: &str) -> &'l Diagnostic {
    let report = render(&loaded.diagnostics, &loaded.sources);
    for d in &loaded.diagnostics {
        assert!(d.line > 0 && d.col > 0, "placed at 0:0: {}\n{report}", d.headline());
    }
    let found: Vec<_> = loaded.diagnostics.iter().filter(|d| d.message.contains(words)).collect();
    assert_eq!(found.len(), 1, "one message with `{words}` expected in\n{report}");
    found[0]
}

/// The text the message underlines, and the whole line it is on.
fn marked(loaded: &Loaded, d: &Diagnostic) -> (String, String) {
    let source = loaded.sources.iter().find(|s| s.path == d.path).expect("the message's file is a source");
    let line = source.text.lines().nth(d.line - 1).unwrap_or_default().to_string();
    (source.text[d.span.clone()].to_string(), line)
}

#[test]
fn a_second_place_of_the_same_id_is_shown_not_the_first_nor_a_region_of_that_name() {
    // A region named like the capital is written before the places: the first `id: "kaifeng"`
    // of the file, and the second is the real Kaifeng. The third is the one to fix.
    let text = mini_with(&[
        (
            "    places: [",
            "    regions: [(id: \"kaifeng\", name: \"The capital\", places: [\"kaifeng\"])],\n    places: [",
        ),
        ("(id: \"youzhou\", name: \"Youzhou\", pos: (880, 90)", "(id: \"kaifeng\", name: \"Youzhou\", pos: (880, 90)"),
    ]);
    let loaded = load_str("mini.ron", &text);
    let d = message(&loaded, "duplicate place id `kaifeng`");
    let (mark, line) = marked(&loaded, d);
    assert_eq!(mark, "id: \"kaifeng\"");
    assert!(line.contains("name: \"Youzhou\""), "pointed at line {}: {line}", d.line);
}

#[test]
fn an_unknown_place_in_a_route_is_shown_at_that_route_not_at_a_comment_or_a_name() {
    // "yuzhou" is written three times before the route: in a comment, as a court's name and
    // as a character's; none of them is the mistake.
    let text = mini_with(&[
        ("(\n    format: 2,", "(\n    // the road to \"yuzhou\" is the old one\n    format: 2,"),
        ("long_name: \"Liao\"", "long_name: \"yuzhou\""),
        ("(id: \"renzong\", name: \"Renzong\"", "(id: \"renzong\", name: \"yuzhou\""),
        ("(from: \"xiongzhou\", to: \"youzhou\", border: true)", "(from: \"xiongzhou\", to: \"yuzhou\", border: true)"),
    ]);
    let loaded = load_str("mini.ron", &text);
    let d = message(&loaded, "unknown place `yuzhou`");
    let (mark, line) = marked(&loaded, d);
    assert_eq!(mark, "\"yuzhou\"");
    assert!(line.contains("(from: \"xiongzhou\", to: \"yuzhou\""), "pointed at line {}: {line}", d.line);
    assert_eq!(d.col, line.find("\"yuzhou\"").unwrap() + 1);
}

#[test]
fn an_unknown_army_also_written_in_a_text_is_shown_where_it_is_named_as_an_army() {
    // The objective names an army `song_guard` that no list has; the court's description
    // mentions it in a string first.
    let text = mini_with(&[
        ("long_name: \"Song\",", "long_name: \"Song\", description: \"song_guard\","),
        ("when: TreatySworn, points: 10", "when: ArmyNear(\"song_guard\", \"kaifeng\"), points: 10"),
    ]);
    let loaded = load_str("mini.ron", &text);
    let d = message(&loaded, "unknown army `song_guard`");
    let (mark, line) = marked(&loaded, d);
    assert_eq!(mark, "\"song_guard\"");
    assert!(line.contains("ArmyNear(\"song_guard\""), "pointed at line {}: {line}", d.line);
}

#[test]
fn a_court_number_out_of_range_is_shown_at_that_number_of_that_court() {
    // The Liao court's honour: before, the message pointed at the first "liao" of the file.
    let text = mini_with(&[(
        "honour: 50, war_weariness: 10,\n         personality: (resolve: 5, margin: 2, aggression: 60",
        "honour: 150, war_weariness: 10,\n         personality: (resolve: 5, margin: 2, aggression: 60",
    )]);
    let loaded = load_str("mini.ron", &text);
    let d = message(&loaded, "honour is 150");
    assert_eq!(marked(&loaded, d).0, "150");
    let d2 = {
        let text = mini_with(&[("aggression: 60", "aggression: 160")]);
        let loaded = load_str("mini.ron", &text);
        let d = message(&loaded, "aggression is 160").clone();
        assert_eq!(marked(&loaded, &d).0, "160");
        d
    };
    assert_eq!(d2.line, 15);
}

#[test]
fn a_twice_named_clause_in_an_opening_is_shown_at_the_second_term() {
    let opening = "opening: [(clause: \"yearly_silver\", params: {\"silver\": Amount(200000)})]";
    let twice = "opening: [(clause: \"yearly_silver\"),\n                       (clause: \"yearly_silver\", params: {\"silver\": Amount(200000)})]";
    let loaded = load_str("mini.ron", &mini_with(&[(opening, twice)]));
    let d = message(&loaded, "names the clause `yearly_silver` twice");
    let (mark, line) = marked(&loaded, d);
    assert_eq!(mark, "clause: \"yearly_silver\"");
    assert!(line.contains("Amount(200000)"), "pointed at line {}: {line}", d.line);
}

/// A folder of scenario files, removed when the test ends.
struct Folder(PathBuf);

impl Folder {
    fn new(tag: &str, files: &[(&str, &str)]) -> Folder {
        let dir = std::env::temp_dir().join(format!("chanyuan-locations-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (name, text) in files {
            let path = dir.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        Folder(dir)
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The line of `text` holding `words`, counted from 1.
fn line_of(text: &str, words: &str) -> usize {
    text.lines().position(|l| l.contains(words)).expect("the words are in the text") + 1
}

#[test]
fn a_mistake_in_a_part_file_is_shown_in_that_part_file_at_its_line() {
    // The main file has a fort of 9 that is right (its rules allow it), "bazou" in a comment
    // and a court's description, and "fort: 10" in a note; the part-file's fort of 10 and
    // its route to "bazou" are wrong.
    let main = mini_with(&[
        (
            "    format: 2,",
            "    format: 2,\n    includes: [\"more/places.ron\"],\n    // a route to \"bazou\" was planned",
        ),
        ("fort: 4, garrison: 20000", "fort: 9, garrison: 20000, note: \"fort: 10 in the records\""),
        ("long_name: \"Song\",", "long_name: \"Song\", description: \"bazou\","),
        ("    courts: [", "    rules: (walls_max: 9),\n    courts: ["),
    ]);
    let part = "// Two more towns.\n(\n    format: 2,\n    places: [\n        (id: \"daming\", name: \"Daming\", pos: (630, 630), controller: \"song\", fort: 5),\n        (id: \"bazhou\", name: \"Bazhou\", pos: (880, 210), controller: \"song\",\n         fort: 10, garrison: 6000),\n    ],\n    routes: [\n        (from: \"kaifeng\", to: \"daming\"),\n        (from: \"daming\", to: \"bazou\"),\n        (from: \"daming\", to: \"bazhou\"),\n    ],\n)\n";
    let folder = Folder::new("part", &[("main.ron", &main), ("more/places.ron", part)]);
    let loaded = load_scenario(&folder.0.join("main.ron"));
    for (words, at, mark) in
        [("unknown place `bazou`", "to: \"bazou\"", "\"bazou\""), ("fortification is 10", "fort: 10", "fort: 10")]
    {
        let d = message(&loaded, words);
        assert!(d.path.ends_with("places.ron"), "{words} shown in {}", d.headline());
        assert_eq!(d.line, line_of(part, at), "{}", d.headline());
        assert_eq!(marked(&loaded, d).0, mark);
    }
}

#[test]
fn a_mod_that_repeats_a_base_id_is_shown_in_the_mod_and_its_own_part_file() {
    // The base mentions `id: "youzhou"` a second time in a note, and the mod's summary names
    // "sogn": neither is the mistake.
    let base = mini_with(&[(
        "(id: \"youzhou\", name: \"Youzhou\", pos: (880, 90), controller: \"liao\",",
        "(id: \"youzhou\", name: \"Youzhou\", pos: (880, 90), controller: \"liao\", note: r#\"(id: \"youzhou\")\"#,",
    )]);
    let mod_text = "(\n    format: 2,\n    id: \"mini_more\",\n    title: \"More\",\n    summary: \"sogn\",\n    extends: \"../mini.ron\",\n    includes: [\"people.ron\"],\n    places: [\n        (id: \"youzhou\", name: \"Youzhou again\", pos: (1, 2), controller: \"liao\"),\n    ],\n)\n";
    let people = "(\n    format: 2,\n    characters: [\n        (id: \"han_qi\", name: \"Han Qi\", side: \"sogn\"),\n    ],\n)\n";
    let folder = Folder::new("mod", &[("mini.ron", &base), ("mods/more.ron", mod_text), ("mods/people.ron", people)]);
    let loaded = load_scenario(&folder.0.join("mods/more.ron"));
    let d = message(&loaded, "duplicate place id `youzhou`");
    assert!(d.path.ends_with("more.ron"), "{}", d.headline());
    assert_eq!(d.line, line_of(mod_text, "Youzhou again"));
    let d = message(&loaded, "unknown court `sogn`");
    assert!(d.path.ends_with("people.ron"), "{}", d.headline());
    assert_eq!((d.line, marked(&loaded, d).0.as_str()), (4, "\"sogn\""));
}

fn find(text: &str, path: &[Seg]) -> Option<(String, bool)> {
    Outline::of(text).find(text, path).map(|f| (text[f.value].to_string(), f.whole))
}

#[test]
fn a_path_finds_its_value_past_comments_strings_and_brackets() {
    let text = "// (places: [\n#![enable(implicit_some)]\n(\n  places: [\n    (id: \"a(\", note: r#\"x\"# /* ) */),\n    (id: \"b\", pos: (1, 2), when: Controls(\"song\", \"kaifeng\")),\n  ],\n  params: {\"silver\": Amount(5)},\n)";
    assert_eq!(find(text, &["places".into(), 1.into(), "id".into()]), Some(("\"b\"".into(), true)));
    assert_eq!(find(text, &["places".into(), 1.into(), "pos".into(), 1.into()]), Some(("2".into(), true)));
    let place = ["places".into(), 1.into(), "when".into(), 1.into()];
    assert_eq!(find(text, &place), Some(("\"kaifeng\"".into(), true)));
    let amount = ["params".into(), Seg::from("silver".to_string())];
    assert_eq!(find(text, &amount), Some(("Amount(5)".into(), true)));
    assert_eq!(find(text, &["places".into(), 0.into(), "fort".into()]).map(|f| f.1), Some(false));
    assert_eq!(find(text, &["nothing".into()]), None);
}

#[test]
fn any_text_is_outlined_without_a_panic() {
    for text in ["", "(", ")", "((((", "\"", "r#\"", "'", "'\\", "/*", "(a: : , ]", "é(ü: \"", "#![", "(x:", "(x: 'é"]
    {
        let _ = Outline::of(text).find(text, &["x".into(), 0.into()]);
    }
    let deep = format!("(x: {}1{})", "[".repeat(5000), "]".repeat(5000));
    assert!(Outline::of(&deep).find(&deep, &["x".into()]).is_some());
}

#[test]
fn a_wrong_value_after_a_comment_is_shown_at_the_value_not_on_the_line_above() {
    // RON places the mistake just after `strength:`, at the end of the comment's line.
    let text = mini_with(&[("strength: 50000", "strength: // the Song army's men\n         \"many\"")]);
    let loaded = load_str("mini.ron", &text);
    let d = message(&loaded, "Expected integer");
    let (mark, line) = marked(&loaded, d);
    assert_eq!((mark.as_str(), line.trim()), ("\"", "\"many\", morale: 60),"), "{}", d.headline());
}
