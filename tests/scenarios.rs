//! The scenarios beyond 1004: the renegotiation of 1042, the hostage-exchange mod, and the
//! campaign that carries the treaty of Chanyuan into 1042.

use crate::common::{chronicle, liao, pass, root, song, swear_by_envoys};
use chanyuan::rules::campaign::{self, Carried, Carry};
use chanyuan::rules::game::{Action, Game};
use chanyuan::rules::ids::*;
use chanyuan::rules::scenario::diagnostic::render;
use chanyuan::rules::scenario::load::load_scenario;
use chanyuan::rules::scenario::raw::{RawTerm, RawValue};
use chanyuan::rules::scenario::{Scenario, Value};
use chanyuan::rules::simulate::play_out;
use std::sync::{Arc, OnceLock};

const RENEGOTIATION: &str = "levels/renegotiation_1042.ron";
const HOSTAGES: &str = "levels/mods/hostage_exchange/mod.ron";
const CAMPAIGN: &str = "levels/campaign.ron";

fn load(path: &str) -> Arc<Scenario> {
    let loaded = load_scenario(&root().join(path));
    match loaded.scenario {
        Some(s) => Arc::new(s),
        None => panic!("{path} does not validate:\n{}", render(&loaded.diagnostics, &loaded.sources)),
    }
}

fn renegotiation() -> Arc<Scenario> {
    static S: OnceLock<Arc<Scenario>> = OnceLock::new();
    S.get_or_init(|| load(RENEGOTIATION)).clone()
}

fn hostages() -> Arc<Scenario> {
    static S: OnceLock<Arc<Scenario>> = OnceLock::new();
    S.get_or_init(|| load(HOSTAGES)).clone()
}

/// Whether a treaty in force has a clause of this id.
fn sworn(g: &Game, clause: &str) -> bool {
    g.scenario.clause_id(clause).is_some_and(|c| g.state().treaties.iter().any(|t| t.has(c)))
}

/// The yearly amount the treaty between the Song and the Liao moves, if one is in force.
fn song_liao_yearly(g: &Game, r: Resource) -> i64 {
    g.state().treaty_between(song(g), liao(g)).map_or(0, |t| t.yearly(&g.scenario, r))
}

fn fired(g: &Game, event: &str) -> bool {
    let i = g.scenario.events.iter().position(|e| e.id == event).expect("event");
    g.state().fired[i]
}

#[test]
fn the_renegotiation_of_1042_and_the_hostage_mod_validate_without_a_word() {
    for path in [RENEGOTIATION, HOSTAGES] {
        let loaded = load_scenario(&root().join(path));
        assert!(loaded.diagnostics.is_empty(), "{path}:\n{}", render(&loaded.diagnostics, &loaded.sources));
    }
}

#[test]
fn in_spring_1042_the_courts_are_at_peace_under_the_oath_of_1005() {
    let g = Game::new(renegotiation(), 1);
    assert!(!g.state().at_war_with(song(&g), liao(&g)));
    let s = &g.scenario;
    assert_eq!(song_liao_yearly(&g, Resource::Silver), 100_000);
    assert_eq!(song_liao_yearly(&g, Resource::Silk), 200_000);
    // Article 7 is left out, so the Liao may make their demand.
    assert!(!sworn(&g, "no_demands"));
    assert_eq!(s.calendar.date(0), "spring 1042");
}

#[test]
fn the_1042_crisis_plays_to_its_end_with_the_computer_on_both_sides() {
    for seed in 0..20 {
        let g = play_out(renegotiation(), seed);
        assert!(g.is_over(), "seed {seed} did not end: {:#?}", chronicle(&g));
        assert!(g.state().turn <= g.scenario.calendar.turns, "seed {seed} ran past its last turn");
    }
}

#[test]
fn fu_bis_embassy_raises_the_payments_but_gives_no_land() {
    let games: Vec<Game> = (0..40).map(|seed| play_out(renegotiation(), seed)).collect();
    let raised = games.iter().filter(|g| song_liao_yearly(g, Resource::Silver) > 100_000).count();
    assert!(raised >= 30, "only {raised} of 40 games raised the yearly silver");
    let guannan = renegotiation().region_id("guannan").unwrap();
    for g in &games {
        assert!(!sworn(g, "cede_guannan"), "seed {}: the Song ceded Guannan", g.seed);
        for p in &g.scenario.regions[guannan.index()].places {
            assert_eq!(g.state().places[p.index()].controller, song(g), "seed {}", g.seed);
        }
    }
    // The historical bargain, near 200,000 taels and 300,000 bolts (within a fifth) with
    // the word "deliver", is a common one; the Liao drop their claim to Guannan for it.
    let near = |n: i64, history: i64| n * 5 >= history * 4 && n * 5 <= history * 6;
    let historical = games
        .iter()
        .filter(|g| {
            near(song_liao_yearly(g, Resource::Silver), 200_000)
                && near(song_liao_yearly(g, Resource::Silk), 300_000)
                && sworn(g, "tribute_wording")
                && sworn(g, "renounce_guannan")
        })
        .count();
    assert!(historical >= 10, "only {historical} of 40 games reached the terms of 1042");
    let g = games.iter().find(|g| sworn(g, "tribute_wording")).unwrap();
    let text = chronicle(g).join("\n");
    assert!(text.contains("Fu Bi refused the word"), "{text}");
    assert!(text.contains("Fu Bi comes home"), "{text}");
}

#[test]
fn without_a_new_treaty_the_liao_ride_into_hedong() {
    let mut g = Game::new(renegotiation(), 5);
    let (song, liao) = (song(&g), liao(&g));
    let muster = g.scenario.policy_id("liao_muster").unwrap();
    g.act(liao, Action::Policy { policy: muster }).expect("the Liao mass their armies");
    for _ in 0..10 {
        if g.state().at_war_with(song, liao) {
            break;
        }
        pass(&mut g);
    }
    assert!(fired(&g, "hedong_invasion"), "{:#?}", chronicle(&g));
    assert!(g.state().at_war_with(song, liao));
    assert!(g.state().turn >= 4, "not before the third season is out");
    assert!(chronicle(&g).iter().any(|l| l == "The treaty is torn up: the Song and the Liao are at war again."));
}

#[test]
fn the_terms_of_1042_keep_the_liao_horsemen_at_home() {
    let mut g = Game::new(renegotiation(), 5);
    let (song, liao) = (song(&g), liao(&g));
    let s = g.scenario.clone();
    let muster = s.policy_id("liao_muster").unwrap();
    g.act(liao, Action::Policy { policy: muster }).expect("the Liao mass their armies");
    swear_by_envoys(&mut g, song, liao, s.history.clone());
    for _ in 0..8 {
        if g.is_over() {
            break;
        }
        pass(&mut g);
    }
    assert!(!fired(&g, "hedong_invasion"));
    assert!(!g.state().at_war_with(song, liao));
    assert_eq!(song_liao_yearly(&g, Resource::Silver), 200_000);
}

#[test]
fn every_playable_court_of_1042_has_an_envoy_objectives_and_an_opening() {
    let s = renegotiation();
    for side in s.court_ids().filter(|c| s.courts[*c].playable) {
        let name = s.court_name(side);
        assert!(s.envoys(side).any(|c| s.character(c).side == side), "the {name} have an envoy of their own");
        assert!(s.objectives.iter().any(|o| o.side == side && o.points > 0));
        assert!(s.courts[side].personality.openings.0.iter().any(|o| !o.is_empty()), "the {name} have an opening");
    }
}

#[test]
fn the_computer_courts_swear_an_exchange_of_hostages_and_its_terms_take_effect() {
    let g = (0..30)
        .map(|seed| play_out(hostages(), seed))
        .find(|g| sworn(g, "hostage_exchange"))
        .expect("some game's treaty exchanges hostages");
    let text = chronicle(&g).join("\n");
    // on_sworn, recurring and the mod's event all ran.
    assert!(text.contains("Sons of the great families of both courts are chosen as hostages"), "{text}");
    assert!(text.contains("The hostages are kept in state at Kaifeng and at Youzhou"), "{text}");
    assert!(text.contains("The hostages cross at Xiongzhou"), "{text}");
    let t = g.state().treaty_between(song(&g), liao(&g)).unwrap();
    let term = t.terms.iter().find(|t| g.scenario.clause(t.clause).id == "hostage_exchange").unwrap();
    assert!(matches!(term.values[0], Value::Amount(2..=10)));
}

#[test]
fn a_liao_army_crossing_the_border_costs_the_eldest_hostage_his_life() {
    let mut g = Game::new(hostages(), 3);
    let (song, liao) = (song(&g), liao(&g));
    let s = g.scenario.clone();
    let terms = vec![
        s.default_term(s.clause_id("keep_borders").unwrap()),
        s.default_term(s.clause_id("hostage_exchange").unwrap()),
    ];
    swear_by_envoys(&mut g, song, liao, terms);
    let liao_main = s.army_id("liao_main").unwrap();
    // The oath sent every army home: the Liao host crosses back into Song land from there.
    let at = g.state().army(liao_main).at;
    let into = s.neighbours[at.index()]
        .iter()
        .map(|(n, _)| *n)
        .find(|n| g.state().places[n.index()].controller == song)
        .expect("Song land next to the Liao host");
    let hostage_clause = s.clause_id("hostage_exchange").unwrap();
    let warnings = g.breaches(liao, &Action::Move { army: liao_main, to: into });
    assert!(warnings.iter().any(|w| w.clause == hostage_clause), "the player is warned: {warnings:?}");
    g.act(liao, Action::Move { army: liao_main, to: into }).expect("breakable: the order goes through");
    assert!(g.state().courts[song].cause_for_war[liao]);
    pass(&mut g);
    let hostage = s.char_id("liao_hostage").unwrap();
    assert!(!g.state().people[hostage.index()].alive);
    let text = chronicle(&g).join("\n");
    assert!(text.contains("the pledges' lives are forfeit"), "{text}");
    assert!(text.contains("the eldest Liao hostage dies in prison at Kaifeng"), "{text}");
}

#[test]
fn the_campaign_carries_the_treasury_and_the_treaty_from_chanyuan_into_1042() {
    let c = campaign::load(&root().join(CAMPAIGN)).expect("the campaign loads");
    assert_eq!(c.chapters.len(), 2);
    assert_eq!(c.chapters[1].scenario.id, "renegotiation_1042");
    // A campaign whose first chapter ends in a treaty, as most do.
    let played = (1..20)
        .map(|seed| campaign::play(&c, seed))
        .find(|p| p[0].game.state().treaties.iter().any(|t| !t.inherited))
        .expect("some seed swears a treaty at Chanyuan");
    let chanyuan = &played[0].game;
    let carried = Carried::from_game(chanyuan, &Carry::ALL);
    assert_eq!(played[1].carried_in.as_ref(), Some(&carried));
    let (old_song, old_liao) = (song(chanyuan), liao(chanyuan));
    let chanyuan_terms = &chanyuan.state().treaty_between(old_song, old_liao).unwrap().terms;

    // Chapter 2 as it stood before its first turn.
    let (g, notes) = campaign::start(c.chapters[1].scenario.clone(), 2, Some(&carried));
    let (new_song, new_liao) = (song(&g), liao(&g));
    assert_eq!(g.state().courts[new_song].treasury, chanyuan.state().courts[old_song].treasury);
    assert_eq!(g.state().courts[new_liao].treasury, chanyuan.state().courts[old_liao].treasury);
    assert_eq!(g.state().courts[new_song].honour, chanyuan.state().courts[old_song].honour);
    let ids = |g: &Game, terms: &[chanyuan::rules::scenario::Term]| -> Vec<String> {
        terms.iter().map(|t| g.scenario.clause(t.clause).id.clone()).collect()
    };
    let now = &g.state().treaty_between(new_song, new_liao).expect("the treaty of Chanyuan is in force").terms;
    assert_eq!(ids(&g, now), ids(chanyuan, chanyuan_terms));
    // The yearly payments sworn in 1004, not those the 1042 scenario was written with.
    assert_eq!(song_liao_yearly(&g, Resource::Silver), song_liao_yearly(chanyuan, Resource::Silver));
    assert!(notes.iter().any(|n| n.starts_with("Song treasury:")), "{notes:?}");
    assert!(notes.iter().any(|n| n.starts_with("treaty in force between the Song and the Liao:")), "{notes:?}");
    // And the chapter is played to its end from there.
    assert!(played[1].game.is_over());
}

#[test]
fn the_same_seed_plays_the_same_campaign() {
    let c = campaign::load(&root().join(CAMPAIGN)).unwrap();
    let a = campaign::play(&c, 7);
    let b = campaign::play(&c, 7);
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.game.state(), y.game.state());
        assert_eq!(x.notes, y.notes);
    }
}

#[test]
fn a_chapter_that_ended_at_war_leaves_1042_its_own_treaty() {
    let s = renegotiation();
    let fresh = Game::new(s.clone(), 1);
    let mut carried = Carried::from_game(&fresh, &[Carry::Treaty]);
    carried.treaties.clear();
    carried.wars = vec![("song".into(), "liao".into())];
    let (g, notes) = campaign::start(s, 1, Some(&carried));
    assert_eq!(g.state().treaties, fresh.state().treaties);
    assert!(notes.iter().any(|n| n.contains("ended the last chapter at war")), "{notes:?}");
}

#[test]
fn a_clause_1042_does_not_know_is_left_behind_and_said_so() {
    let s = renegotiation();
    let raw = vec![
        RawTerm { clause: "hostage_exchange".into(), params: Default::default() },
        RawTerm {
            clause: "annual_payment".into(),
            params: [("silver".to_string(), RawValue::Amount(5_000_000))].into_iter().collect(),
        },
    ];
    let (terms, notes) = campaign::map_terms(&s, &raw);
    assert_eq!(terms.len(), 1);
    assert_eq!(terms[0].values, vec![Value::Amount(1_000_000), Value::Amount(200_000)]);
    assert!(notes.iter().any(|n| n.contains("left behind: `hostage_exchange`")), "{notes:?}");
    assert!(notes.iter().any(|n| n.contains("becomes 1,000,000")), "{notes:?}");
}

#[test]
fn a_campaign_file_with_a_mistake_is_refused_with_its_place() {
    let good = std::fs::read_to_string(root().join(CAMPAIGN)).unwrap();
    let err = campaign::parse("campaign.ron", &good.replacen("chapters:", "chapter:", 1)).unwrap_err();
    assert!(err.contains("campaign.ron:") && err.contains("unknown field `chapter`"), "{err}");
    let err = campaign::parse("campaign.ron", &good.replacen("format: 1", "format: 2", 1)).unwrap_err();
    assert!(err.contains("campaign format 2 is not read by this build"), "{err}");
    let missing = root().join("levels/no_such_campaign.ron");
    assert!(campaign::load(&missing).unwrap_err().contains("cannot open"));
}

#[test]
fn the_campaign_csv_has_a_row_a_chain_telling_which_courts_swore_fought_or_stayed_at_war() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("chains.csv");
    let campaign_file = root().join("levels/campaign.ron");
    let code = crate::common::cli(&[
        "campaign",
        &campaign_file.to_string_lossy(),
        "--seed",
        "1",
        "--games",
        "5",
        "--csv",
        &out.to_string_lossy(),
    ]);
    assert_eq!(code, 0);
    let text = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 6, "a header and five chains: {text}");
    let header: Vec<&str> = lines[0].split(',').collect();
    assert!(header.contains(&"c1_sworn") && header.contains(&"c2_at_war_at_end"), "{}", lines[0]);
    // The row of seed 1 is the chain `chanyuan campaign --seed 1` tells.
    let c = campaign::load(&campaign_file).unwrap();
    let played = campaign::play(&c, 1);
    assert_eq!(lines[1], campaign::csv_row(1, &played));
    let row: Vec<&str> = lines[1].split(',').collect();
    assert_eq!(row.len(), header.len());
    // The Song and the Xia are at war when 1042 opens: every chain's second chapter shows
    // them swearing, fighting or still at war.
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    for line in &lines[1..] {
        let r: Vec<&str> = line.split(',').collect();
        let xia =
            [col("c2_sworn"), col("c2_fought"), col("c2_at_war_at_end")].iter().any(|i| r[*i].contains("song-xia"));
        assert!(xia, "the Song-Xia war left no trace: {line}");
    }
}
