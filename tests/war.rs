//! The war of 1004 as the computer fights it: walls stormed and walls that hold, a host that
//! masks what it cannot take, a beaten army falling back, a court that flees, and a peace of
//! the 1005 shape reached by the two computer courts.

use crate::common::*;
use chanyuan::rules::ai;
use chanyuan::rules::game::Action;
use chanyuan::rules::ids::*;
use chanyuan::rules::simulate::play_out;

/// Plays turns with the computer on the named courts and a person who only ends the turn on
/// the others, until `done` holds or `turns` have passed.
fn computer_turns(
    g: &mut chanyuan::rules::game::Game,
    courts: &[CourtId],
    turns: u32,
    done: impl Fn(&chanyuan::rules::game::Game) -> bool,
) {
    for _ in 0..turns {
        if g.is_over() || done(g) {
            return;
        }
        for c in g.scenario.court_ids() {
            if courts.contains(&c) {
                ai::take_turn(g, c);
            } else {
                g.act(c, Action::EndTurn).expect("the turn ends");
            }
        }
    }
}

#[test]
fn the_liao_horse_storms_the_low_walls_of_mozhou() {
    let mut g = situation().army_at("liao_main", "mozhou").game(4);
    let (liao, host, mozhou) = (liao(&g), army(&g, "liao_main"), place(&g, "mozhou"));
    g.act(liao, Action::Assault { army: host }).expect("the assault is ordered");
    pass(&mut g);
    assert_eq!(g.state().places[mozhou.index()].controller, liao);
    let text = chronicle(&g).join("\n");
    assert!(text.contains("Liao main host storms the walls of Mozhou."), "{text}");
    assert!(text.contains("Mozhou falls to the Liao."), "{text}");
}

#[test]
fn an_assault_on_the_walls_of_yingzhou_fails_and_shakes_the_liao_court() {
    let mut g = situation().army_at("liao_main", "yingzhou").resolve("liao", 0).game(4);
    let (liao, host, yingzhou) = (liao(&g), army(&g, "liao_main"), place(&g, "yingzhou"));
    let (men, morale, resolve) =
        (g.state().army(host).strength, g.state().army(host).morale, g.state().courts[liao].resolve_shift);
    g.act(liao, Action::Assault { army: host }).expect("the assault is ordered");
    pass(&mut g);
    // 15,000 men behind walls of 4 stand as 105,000 against horsemen poor at sieges.
    assert_eq!(g.state().places[yingzhou.index()].controller, song(&g));
    let text = chronicle(&g).join("\n");
    assert!(text.contains("storms the walls of Yingzhou and is thrown back"), "{text}");
    assert!(g.state().army(host).strength < men * 86 / 100, "an assault thrown back costs dearly");
    assert!(g.state().army(host).morale < morale);
    assert!(g.state().courts[liao].resolve_shift < resolve, "a failure at the walls shakes the court");
}

#[test]
fn yingzhou_holds_out_and_the_computer_liao_give_up_the_siege_and_ride_on() {
    let mut held = 0;
    for seed in 0..10 {
        let mut g = situation().army_at("liao_main", "yingzhou").game(seed);
        let (liao, host, yingzhou) = (liao(&g), army(&g, "liao_main"), place(&g, "yingzhou"));
        computer_turns(&mut g, &[liao], 10, |g| g.state().army(host).at != yingzhou);
        let text = chronicle(&g).join("\n");
        assert!(text.contains("Liao main host lays siege to Yingzhou."), "seed {seed}: {text}");
        if g.state().places[yingzhou.index()].controller != liao {
            held += 1;
            assert_ne!(g.state().army(host).at, yingzhou, "seed {seed}: the host sat before Yingzhou for ever");
        }
    }
    assert!(held >= 8, "Yingzhou held in only {held} of 10 games");
}

#[test]
fn a_host_beaten_in_the_field_falls_back_toward_its_capital() {
    let mut g = situation().army_at("liao_west", "dingzhou").game(2);
    let (west, dingzhou) = (army(&g, "liao_west"), place(&g, "dingzhou"));
    pass(&mut g);
    let text = chronicle(&g).join("\n");
    assert!(text.contains("Battle at Dingzhou: the Song carry the field."), "{text}");
    assert!(text.contains("Liao western horse falls back"), "{text}");
    let at = g.state().army(west).at;
    assert_ne!(at, dingzhou);
    let capital = g.scenario.courts[liao(&g)].capital;
    assert!(g.scenario.distance(at, capital) < g.scenario.distance(dingzhou, capital));
}

#[test]
fn a_shaken_song_court_flees_south_when_the_liao_reach_the_river() {
    let mut g = situation().army_at("liao_main", "chanzhou_north").resolve("song", -20).game(1);
    let song = song(&g);
    computer_turns(&mut g, &[song], 1, |_| false);
    let flight = policy(&g, "flight_south");
    assert!(g.state().courts[song].taken[flight.index()], "the court did not flee");
    assert!(g.state().courts[song].fled);
    let text = chronicle(&g).join("\n");
    assert!(text.contains("The court withdraws south"), "{text}");
}

#[test]
fn a_resolute_song_court_takes_the_field_instead() {
    let mut g = situation().army_at("liao_main", "daming").resolve("song", 5).game(1);
    let song = song(&g);
    computer_turns(&mut g, &[song], 1, |_| false);
    assert!(g.state().courts[song].taken[policy(&g, "personal_expedition").index()]);
    assert!(!g.state().courts[song].fled);
}

#[test]
fn the_computer_courts_reach_a_peace_of_the_shape_of_1005() {
    let near = |n: i64, history: i64| n * 5 >= history * 4 && n * 5 <= history * 6;
    let shaped = |g: &chanyuan::rules::game::Game| {
        let (silver, silk) = (
            g.state().treaty_yearly(&g.scenario, Resource::Silver),
            g.state().treaty_yearly(&g.scenario, Resource::Silk),
        );
        near(silver, 100_000) && near(silk, 200_000) && silk >= silver * 3 / 2
    };
    // From seed 33: 100,000 taels and 210,000 bolts, sworn in the 12th month after the walls of
    // Yingzhou held (docs/CALIBRATION.md has the spread over a thousand seeds).
    let g = play_out(scenario(), 33);
    assert!(shaped(&g), "seed 33: {:?}", chronicle(&g).join("\n"));
    let sworn = g.state().treaties.iter().find(|t| !t.inherited).expect("a treaty").sworn;
    assert_eq!(g.scenario.calendar.month_of(sworn).1, 12, "sworn in the 12th month");
    let many = (1..=40).filter(|seed| shaped(&play_out(scenario(), *seed))).count();
    assert!(many >= 6, "only {many} of 40 games reached the shape of 1005");
}
