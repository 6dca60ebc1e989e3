//! How the courts judge drafts, explain themselves and answer.

use crate::common::*;
use chanyuan::rules::ai;
use chanyuan::rules::game::{Action, Answer};
use chanyuan::rules::negotiation::{estimate, evaluate};
use chanyuan::rules::scenario::Value;

/// The Liao court after Xiao Talin's death and the Dowager's weariness, as in late 1004.
fn weary_liao(seed: u64) -> chanyuan::rules::game::Game {
    situation().resolve("liao", -32).weariness("liao", 35).game(seed)
}

#[test]
fn every_clause_and_every_circumstance_is_an_itemised_reason() {
    let g = game(1);
    let e = evaluate(&g, liao(&g), song(&g), &historical_treaty(&g), None);
    assert_eq!(e.clauses.len(), g.scenario.history.len());
    assert!(e.clauses[0].text.contains("100,000 taels of silver"));
    assert!(e.clauses[0].points > 0, "silver is worth something to the Liao");
    assert!(e.situation.iter().any(|r| r.text.contains("resolve")));
    assert_eq!(e.total(), e.clauses.iter().chain(&e.situation).map(|r| r.points).sum::<i32>());
    let lines = e.lines();
    assert!(lines.last().unwrap().contains("in all"));
}

#[test]
fn a_confident_liao_court_counters_the_historical_treaty_in_autumn() {
    let g = situation().resolve("liao", 10).game(1);
    let (song, liao) = (song(&g), liao(&g));
    let cao = g.scenario.char_id("cao_liyong").unwrap();
    let answer = ai::decide(&g, liao, song, &historical_treaty(&g), cao);
    let Answer::Counter(counter) = answer else { panic!("expected a counter-offer, got {answer:?}") };
    // The counter-offer is one the Liao would swear themselves, and asks more of the Song.
    assert!(evaluate(&g, liao, song, &counter, Some(cao)).acceptable());
    assert_ne!(counter, historical_treaty(&g));
    let song_view = |terms: &[chanyuan::rules::scenario::Term]| evaluate(&g, song, liao, terms, None).treaty_worth();
    assert!(song_view(&counter) < song_view(&historical_treaty(&g)));
}

#[test]
fn a_weary_liao_court_accepts_the_historical_treaty() {
    let g = weary_liao(1);
    let cao = g.scenario.char_id("cao_liyong").unwrap();
    assert_eq!(ai::decide(&g, liao(&g), song(&g), &historical_treaty(&g), cao), Answer::Accept);
}

#[test]
fn a_treaty_ceding_guannan_is_refused_by_a_confident_song_court() {
    let g = game(1);
    let mut draft = historical_treaty(&g);
    draft.push(term(&g, "cede_guannan"));
    let e = evaluate(&g, song(&g), liao(&g), &draft, None);
    assert!(!e.acceptable());
    assert_eq!(e.vetoes.len(), 1);
    assert!(e.vetoes[0].contains("cedes no county"), "{:?}", e.vetoes);
    let wang = g.scenario.char_id("wang_jizhong").unwrap();
    match ai::decide(&g, song(&g), liao(&g), &draft, wang) {
        Answer::Accept => panic!("the Song must not cede Guannan"),
        Answer::Counter(c) => assert!(!c.iter().any(|t| g.scenario.clause(t.clause).id == "cede_guannan")),
        Answer::Reject => {}
    }
}

#[test]
fn a_court_never_swears_a_treaty_worse_than_the_war() {
    // Whatever the envoy's eloquence, acceptance needs the treaty to beat the war.
    let g = game(1);
    let wang = g.scenario.char_id("wang_jizhong").unwrap();
    let mut draft = historical_treaty(&g);
    draft[0].values = vec![Value::Amount(0), Value::Amount(0)];
    let e = evaluate(&g, liao(&g), song(&g), &draft, Some(wang));
    let war: i32 = e.situation.iter().filter(|r| r.points < 0).map(|r| r.points).sum();
    assert!(!e.acceptable());
    assert!(e.treaty_worth() < -war);
}

#[test]
fn wang_jizhong_reveals_how_far_the_other_court_will_go() {
    let g = weary_liao(1);
    let wang = g.scenario.char_id("wang_jizhong").unwrap();
    let cao = g.scenario.char_id("cao_liyong").unwrap();
    let draft = historical_treaty(&g);
    let with_wang = estimate(&g, song(&g), liao(&g), &draft, Some(wang));
    assert!(with_wang.exact);
    assert_eq!(with_wang.uncertainty, 0);
    // The least silver the Liao would take, the other articles unchanged.
    let (_, _, least, same) = with_wang.limits.iter().find(|(t, p, _, _)| *t == 0 && *p == 0).copied().unwrap();
    assert_eq!(least, same, "exact: one figure, not a range");
    let least = least.expect("some amount satisfies them");
    assert!(least < 100_000, "they would take less than 100,000: {least}");
    let with_cao = estimate(&g, song(&g), liao(&g), &draft, Some(cao));
    assert!(!with_cao.exact && with_cao.uncertainty > 0);
}

#[test]
fn an_envoy_carries_a_draft_and_the_answer_comes_back() {
    let mut g = weary_liao(1);
    let (song, liao) = (song(&g), liao(&g));
    let draft = historical_treaty(&g);
    g.act(song, Action::SendEnvoy { to: liao, terms: draft }).expect("send Cao Liyong");
    pass(&mut g);
    let waiting: Vec<u32> = g.waiting_for(liao).map(|p| p.id).collect();
    assert_eq!(waiting, vec![1]);
    ai::answer_envoys(&mut g, liao);
    assert!(g.state().treaty_between(song, liao).is_some(), "{:#?}", chronicle(&g));
    assert!(chronicle(&g).iter().any(|l| l.contains("Oath letters are exchanged")));
}

#[test]
fn a_second_draft_cannot_go_while_the_envoy_is_on_the_road() {
    let mut g = game(1);
    let (song, liao) = (song(&g), liao(&g));
    let draft = historical_treaty(&g);
    g.act(song, Action::SendEnvoy { to: liao, terms: draft.clone() }).expect("send");
    let err = g.act(song, Action::SendEnvoy { to: liao, terms: draft }).unwrap_err();
    assert!(err.0.contains("is away until"), "{err}");
}

#[test]
fn a_draft_naming_a_clause_twice_is_refused() {
    let mut g = game(1);
    let t = term(&g, "no_fugitives");
    let err = g.act(song(&g), Action::SendEnvoy { to: liao(&g), terms: vec![t.clone(), t] }).unwrap_err();
    assert!(err.0.contains("twice"), "{err}");
}
