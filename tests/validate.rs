//! The validator's messages, checked against golden files: each kind of mistake gets its
//! own located message. Set UPDATE_GOLDEN=1 to rewrite the golden files after a wording change.

use crate::common::root;
use chanyuan::rules::scenario::diagnostic::render;
use chanyuan::rules::scenario::load::{load_scenario, load_str};

fn mini() -> String {
    std::fs::read_to_string(root().join("tests/data/mini.ron")).unwrap()
}

/// Validates `mini.ron` with one change and compares the report with `tests/golden/NAME.txt`.
pub fn golden(name: &str, from: &str, to: &str) {
    let text = mini();
    assert!(text.contains(from), "the test's text `{from}` is not in mini.ron");
    let broken = text.replacen(from, to, 1);
    let loaded = load_str("mini.ron", &broken);
    assert!(loaded.errors() > 0, "{name}: expected an error");
    assert!(loaded.scenario.is_none());
    let report = render(&loaded.diagnostics, &loaded.sources);
    let path = root().join(format!("tests/golden/{name}.txt"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &report).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(report, expected, "{name}: the report differs from {}", path.display());
}

#[test]
fn the_main_scenario_and_the_test_scenario_validate_cleanly() {
    let loaded = load_scenario(&root().join("levels/chanyuan_1004.ron"));
    assert!(loaded.diagnostics.is_empty(), "{}", render(&loaded.diagnostics, &loaded.sources));
    assert!(load_str("mini.ron", &mini()).diagnostics.is_empty());
}

#[test]
fn a_syntax_error_is_located() {
    golden("syntax", "(from: \"kaifeng\", to: \"xiongzhou\"),", "(from: \"kaifeng\" to: \"xiongzhou\"),");
}

#[test]
fn an_unknown_field_gets_a_suggestion() {
    golden("unknown_field", "garrison: 5000", "garison: 5000");
}

#[test]
fn an_unknown_place_gets_a_did_you_mean() {
    golden("unknown_place", "(from: \"xiongzhou\", to: \"youzhou\"", "(from: \"Xiongzou\", to: \"youzhou\"");
}

#[test]
fn an_unknown_character_gets_a_did_you_mean() {
    golden("unknown_character", "commander: \"xingzong\"", "commander: \"xingzhong\"");
}

#[test]
fn a_wrong_type_is_located() {
    golden("wrong_type", "strength: 50000", "strength: \"many\"");
}

#[test]
fn a_duplicate_id_points_at_the_second_one() {
    golden("duplicate_id", "(id: \"youzhou\", name: \"Youzhou\"", "(id: \"xiongzhou\", name: \"Youzhou\"");
}

#[test]
fn a_future_format_is_refused_with_the_version_needed() {
    golden("format", "format: 2,", "format: 7,");
}

#[test]
fn ten_mistakes_get_ten_located_messages_in_one_run() {
    let mistakes = [
        ("target: \"xiongzhou\"", "target: \"xiongzou\"", "xiongzou"),
        ("emperor: \"xingzong\"", "emperor: \"xingsong\"", "xingsong"),
        ("fort: 3", "fort: 9", "fortification is 9"),
        ("morale: 60)", "morale: 160)", "morale is 160"),
        ("to: \"youzhou\", border", "to: \"yuzhou\", border", "yuzhou"),
        ("Param(\"silver\"), at", "Param(\"silvr\"), at", "silvr"),
        ("(clause: \"yearly_silver\", params", "(clause: \"yearly_silvre\", params", "yearly_silvre"),
        ("(id: \"youzhou\", name: \"Youzhou\"", "(id: \"kaifeng\", name: \"Youzhou\"", "duplicate place id `kaifeng`"),
        ("eloquence: 4", "eloquence: 7", "eloquence is 7"),
        ("when: TreatySworn, points: 10", "when: TreatyHas(\"yearly\"), points: 10", "unknown clause `yearly`"),
    ];
    let mut broken = mini();
    for (from, to, _) in mistakes {
        assert!(broken.contains(from), "the test's text `{from}` is not in mini.ron");
        broken = broken.replacen(from, to, 1);
    }
    let loaded = load_str("mini.ron", &broken);
    let report = render(&loaded.diagnostics, &loaded.sources);
    assert!(loaded.errors() >= 10, "{report}");
    for (_, _, needle) in mistakes {
        assert!(report.contains(needle), "missing {needle} in\n{report}");
    }
    for d in &loaded.diagnostics {
        assert!(d.line > 0 && d.col > 0, "unlocated: {}", d.headline());
    }
}

#[test]
fn brackets_nested_five_thousand_deep_are_refused_without_a_panic() {
    // Mangled files of every kind are tried in `fuzz`; this is the one input a byte-level
    // change cannot reach: nesting far beyond the parser's limit.
    let deep = "Not(".repeat(5000);
    let loaded = load_str("deep.ron", &deep);
    assert!(loaded.scenario.is_none() && loaded.errors() > 0);
    let _ = render(&loaded.diagnostics, &loaded.sources);
}

#[test]
fn a_misspelt_place_is_shown_where_it_is_used_not_where_a_comment_mentions_it() {
    let text = mini()
        .replacen("(\n    format: 2,", "(\n    // the target was \"xiongzhuo\" once, a typo\n    format: 2,", 1)
        .replacen("target: \"xiongzhou\"", "target: \"xiongzhuo\"", 1);
    let loaded = load_str("mini.ron", &text);
    let d =
        loaded.diagnostics.iter().find(|d| d.message.contains("xiongzhuo")).expect("the misspelt place is reported");
    let line = text.lines().nth(d.line - 1).unwrap();
    assert!(line.contains("target: \"xiongzhuo\""), "pointed at line {}: {line}", d.line);
}
