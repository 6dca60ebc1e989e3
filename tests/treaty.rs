//! Sworn clauses at work: deliveries, prohibitions and breaches.

use crate::common::*;
use chanyuan::rules::game::Action;
use chanyuan::rules::ids::*;
use chanyuan::rules::treaty;
use std::sync::Arc;

#[test]
fn the_yearly_silver_and_silk_reach_the_liao_at_xiongzhou() {
    let mut g = game(1);
    let terms = historical_treaty(&g);
    let s = g.scenario.clone();
    treaty::swear(&s, &mut g.state, terms);
    let (song, liao) = (g.state.courts.song.treasury, g.state.courts.liao.treasury);
    pass(&mut g);
    let income = s.courts.liao.income.silver;
    // Both the yearly payment and the border markets count: 100,000 paid in.
    assert_eq!(g.state.courts.liao.treasury.silver, liao.silver + 100_000 + income);
    // Paid out: 100,000 and 3,000 for the carriage; taken in: income and 50,000 from the markets.
    let song_income = s.courts.song.income.silver;
    assert_eq!(g.state.courts.song.treasury.silver, song.silver + song_income + 50_000 - 100_000 - 3_000);
    let t = g.state.treaty.as_ref().unwrap();
    let silver: Vec<_> = t.deliveries.iter().filter(|d| d.resource == Resource::Silver).collect();
    assert_eq!(silver.len(), 1);
    assert_eq!(silver[0].amount, 100_000);
    assert_eq!(silver[0].at, Some(place(&g, "xiongzhou")));
    assert!(chronicle(&g).iter().any(|l| l.contains("deliver 100,000 taels of silver at Xiongzhou")));
    // Not again until a year has passed.
    pass(&mut g);
    let t = g.state.treaty.as_ref().unwrap();
    assert_eq!(t.deliveries.iter().filter(|d| d.resource == Resource::Silver).count(), 1);
}

#[test]
fn swearing_keep_the_borders_sends_every_army_home_and_gives_back_mozhou() {
    let mut g = game(1);
    let mozhou = place(&g, "mozhou");
    let main = army(&g, "liao_main");
    g.state.places[mozhou.index()].controller = Side::Liao;
    g.state.armies[main.index()].at = place(&g, "daming");
    let s = g.scenario.clone();
    let terms = vec![term(&g, "keep_borders")];
    treaty::swear(&s, &mut g.state, terms);
    assert_eq!(g.state.places[mozhou.index()].controller, Side::Song);
    assert_eq!(g.state.places[g.state.army(main).at.index()].controller, Side::Liao);
    assert!(!g.state.at_war());
}

#[test]
fn new_walls_at_dingzhou_after_the_oath_are_a_breach_the_liao_are_told_of() {
    let mut g = game(1);
    let s = g.scenario.clone();
    let terms = historical_treaty(&g);
    treaty::swear(&s, &mut g.state, terms);
    let fortify = Action::Fortify { place: place(&g, "dingzhou") };
    let warnings = g.breaches(Side::Song, &fortify);
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].text.contains("No new fortifications"), "{}", warnings[0].text);
    let trust = g.state.courts.liao.trust;
    g.act(Side::Song, fortify).expect("a breakable clause lets the order through");
    let t = g.state.treaty.as_ref().unwrap();
    assert_eq!(t.breaches.len(), 1);
    assert_eq!(t.breaches[0].side, Side::Song);
    assert!(g.state.courts.liao.trust < trust);
    assert!(g.state.courts.liao.cause_for_war);
    let line = g.state.chronicle.iter().find(|l| l.text(&s).contains("break the clause")).expect("told");
    assert!(line.visible_to(Side::Liao), "the wronged court is told");
}

#[test]
fn an_unbreakable_clause_refuses_the_order_and_names_itself() {
    let mut g = game(1);
    let mut s = (*g.scenario).clone();
    let id = s.clause_id("no_new_forts").unwrap();
    for p in &mut s.clauses[id.index()].prohibits {
        p.breakable = false;
    }
    let s = Arc::new(s);
    g.scenario = s.clone();
    treaty::swear(&s, &mut g.state, vec![s.default_term(id)]);
    let before = g.state.clone();
    let err = g.act(Side::Song, Action::Fortify { place: place(&g, "daming") }).unwrap_err();
    assert!(err.0.contains("forbidden by the sworn clause \"No new fortifications\""), "{err}");
    assert_eq!(g.state, before);
}

#[test]
fn sheltering_fugitives_breaks_article_four() {
    let mut g = game(1);
    let s = g.scenario.clone();
    let terms = historical_treaty(&g);
    treaty::swear(&s, &mut g.state, terms);
    g.act(Side::Liao, Action::Policy { policy: policy(&g, "harbour_fugitives_liao") }).expect("allowed, but a breach");
    let t = g.state.treaty.as_ref().unwrap();
    assert_eq!(t.breaches.len(), 1);
    assert_eq!(t.breaches[0].side, Side::Liao);
    assert!(g.state.courts.song.cause_for_war);
}
