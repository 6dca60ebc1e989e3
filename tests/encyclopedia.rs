//! The encyclopedia: every person, place, clause and event of 1004 and 1042 has an entry with
//! its characters, pinyin and record; disputed points give each side's account; names in the
//! chronicle lead to their entries; a broken entry is reported where it is written.

use crate::common::root;
use crate::validate::golden;
use chanyuan::rules::encyclopedia::{Encyclopedia, Kind, key};
use chanyuan::rules::scenario::Scenario;
use chanyuan::rules::scenario::diagnostic::Severity;
use chanyuan::rules::scenario::load::{load_scenario, load_str};

fn scenario(path: &str) -> Scenario {
    load_scenario(&root().join(path)).scenario.unwrap_or_else(|| panic!("{path} validates"))
}

const BOTH: [&str; 2] = ["levels/chanyuan_1004.ron", "levels/renegotiation_1042.ron"];

#[test]
fn every_person_place_clause_and_event_of_1004_and_1042_has_an_entry() {
    for path in BOTH {
        let sc = scenario(path);
        let book = Encyclopedia::of(&sc);
        for c in &sc.characters {
            let e = book.get(&key(Kind::Person, &c.id)).unwrap_or_else(|| panic!("{path}: no entry for {}", c.id));
            assert!(
                !e.zh.is_empty() && !e.pinyin.is_empty() && !e.wade_giles.is_empty(),
                "{path}: {} lacks a spelling",
                c.id
            );
            assert!(!e.sources.is_empty(), "{path}: {} names no record", c.id);
            assert_eq!(book.lookup(&c.name).map(|e| &e.key), Some(&e.key), "{path}: {} by name", c.name);
            assert_eq!(book.lookup(&c.zh).map(|e| &e.key), Some(&e.key), "{path}: {} by characters", c.zh);
        }
        for p in &sc.places {
            let e = book.get(&key(Kind::Place, &p.id)).unwrap_or_else(|| panic!("{path}: no entry for {}", p.id));
            assert!(
                !e.zh.is_empty() && !e.pinyin.is_empty(),
                "{path}: the place {} lacks its characters or pinyin",
                p.id
            );
        }
        for c in &sc.clauses {
            assert!(book.get(&key(Kind::Clause, &c.id)).is_some(), "{path}: no entry for the clause {}", c.id);
        }
        for e in &sc.events {
            assert!(book.get(&key(Kind::Event, &e.id)).is_some(), "{path}: no entry for the event {}", e.id);
        }
        for r in &sc.regions {
            assert!(book.get(&key(Kind::Region, &r.id)).is_some(), "{path}: no entry for the region {}", r.id);
        }
        // The free entries: the records the facts come from and the terms of the oath.
        for term in ["oath_letters", "suibi", "song_history", "liao_history", "changbian"] {
            assert!(book.get(&key(Kind::Term, term)).is_some(), "{path}: no entry `{term}`");
        }
    }
}

#[test]
fn kou_zhun_is_found_by_his_name_his_characters_his_pinyin_and_his_id() {
    let sc = scenario(BOTH[0]);
    let book = Encyclopedia::of(&sc);
    for name in ["Kou Zhun", "寇準", "Kòu Zhǔn", "kou_zhun", "person/kou_zhun"] {
        let e = book.lookup(name).unwrap_or_else(|| panic!("nothing found for {name}"));
        assert_eq!(e.title, "Kou Zhun");
        assert_eq!(e.wade_giles, "K'ou Chun");
        assert_eq!(e.dates, "961-1023");
        assert!(e.role.contains("Co-chief councillor"), "{}", e.role);
    }
    assert_eq!(book.lookup("Guannan").map(|e| e.kind), Some(Kind::Region));
    assert_eq!(book.lookup("Suibi").map(|e| e.kind), Some(Kind::Term));
    // Older English books write Wakou for the Waqiao Pass.
    assert!(book.lookup("Wakou Pass").is_some_and(|e| e.text.contains("Xiongzhou")));
}

#[test]
fn every_disputed_point_gives_each_sides_account_or_says_why() {
    for path in BOTH {
        let sc = scenario(path);
        let book = Encyclopedia::of(&sc);
        let disputed: Vec<_> = book.entries.iter().filter(|e| e.disputed).collect();
        assert!(disputed.len() >= 4, "{path}: only {} disputed entries", disputed.len());
        for e in disputed {
            assert!(e.accounts.len() >= 2 || !e.dispute.is_empty(), "{path}: {} is disputed with no accounts", e.key);
            assert!(e.accounts.iter().all(|a| !a.source.is_empty() && !a.says.is_empty()), "{path}: {}", e.key);
        }
    }
}

#[test]
fn wang_jizhong_is_credited_by_the_song_records_while_the_liao_history_says_zhenzong_sued_first() {
    let sc = scenario(BOTH[0]);
    let book = Encyclopedia::of(&sc);
    for key in ["person/wang_jizhong", "event/wang_jizhong_letter"] {
        let e = book.get(key).expect(key);
        assert!(e.disputed, "{key}");
        let song = e.accounts.iter().find(|a| a.source.starts_with("Song History")).expect("the Song account");
        let liao = e.accounts.iter().find(|a| a.source == "Liao History").expect("the Liao account");
        assert!(song.says.contains("initiative") || song.says.contains("of his own accord"), "{}", song.says);
        assert!(liao.says.contains("sued for peace first"), "{}", liao.says);
    }
    // The elder brother is not disputed: the Liao History settles it, and the entry says so.
    let brothers = book.get("clause/brothers").expect("the brothers' clause");
    assert!(!brothers.disputed);
    assert!(brothers.accounts.iter().any(|a| a.source == "Liao History 14" && a.says.contains("叔母")));
}

#[test]
fn the_names_in_a_chronicle_line_lead_to_their_entries() {
    let sc = scenario(BOTH[0]);
    let book = Encyclopedia::of(&sc);
    let line =
        "Xiao Talin falls before Chanzhou North Town; Cao Liyong rides to the Liao camp with Yearly silver and silk.";
    let named: Vec<&str> = book.mentions(line).iter().map(|e| e.key.as_str()).collect();
    assert_eq!(named, ["person/xiao_talin", "place/chanzhou_north", "person/cao_liyong", "clause/annual_payment"]);
    // The pieces put back together are the line, and "Liao" alone (a court in every line) is no link.
    let spans = book.spans(line);
    assert_eq!(spans.iter().map(|(t, _)| *t).collect::<String>(), line);
    assert!(!spans.iter().any(|(t, e)| *t == "Liao" && e.is_some()));
    // A place written with its other name, and by its characters.
    assert_eq!(book.mentions("The Liao Southern Capital, Yanjing (幽州)").len(), 1);
}

#[test]
fn a_duplicate_encyclopedia_id_is_an_error_at_the_second_entry() {
    golden(
        "encyclopedia_duplicate",
        "    characters: [",
        "    encyclopedia: [\n        (id: \"oath\", title: \"The oath letters\"),\n        (id: \"oath\", title: \"The oath of 1005\"),\n    ],\n    characters: [",
    );
}

#[test]
fn an_account_without_a_source_is_an_error_and_a_lone_account_of_a_dispute_a_warning() {
    golden(
        "encyclopedia_account",
        "(id: \"xingzong\", name: \"Xingzong\", side: \"liao\")",
        "(id: \"xingzong\", name: \"Xingzong\", side: \"liao\", disputed: true,\n         accounts: [(source: \"\", says: \"He threatened Hedong.\")])",
    );
}

#[test]
fn an_entry_without_a_title_is_refused_and_a_dispute_without_accounts_is_warned_where_it_is() {
    let mini = std::fs::read_to_string(root().join("tests/data/mini.ron")).unwrap();
    let text = mini.replacen(
        "    characters: [",
        "    encyclopedia: [\n        (id: \"suibi\", title: \"Suibi\", disputed: true),\n        (id: \"oath\", title: \"\"),\n    ],\n    characters: [",
        1,
    );
    let loaded = load_str("mini.ron", &text);
    let warning = loaded.diagnostics.iter().find(|d| d.severity == Severity::Warning).expect("a warning");
    assert!(warning.message.contains("`suibi` is marked disputed but gives 0 account(s)"), "{}", warning.message);
    assert!(text.lines().nth(warning.line - 1).unwrap().contains("id: \"suibi\""));
    let error = loaded.diagnostics.iter().find(|d| d.severity == Severity::Error).expect("an error");
    assert!(error.message.contains("`oath` has no title"), "{}", error.message);
    assert!(text.lines().nth(error.line - 1).unwrap().contains("id: \"oath\""));
    assert!(error.suggestion.is_some());
    assert!(loaded.scenario.is_none());
}
