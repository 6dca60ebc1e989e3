//! Lessons and advisers: a lesson file starts the same game for every group, is checked like
//! a scenario, and limits the turns and events; the ministers of a court played by a person
//! advise from their own court's knowledge alone, and at a hot-seat screen nothing one court's
//! screens are built from depends on the other court's secrets.
//!
//! The window cannot be driven headless here, so the last test works on the functions its
//! screens call to fill themselves (`view`, `advice`, `negotiation::{evaluate, estimate}`, the
//! chronicle as the court may read it): whatever differs between two games that differ only
//! in the Liao's secrets would show on the Song's screens.

use crate::common::*;
use chanyuan::rules::advice::{self, Counsel};
use chanyuan::rules::game::{Action, Answer, Game};
use chanyuan::rules::ids::*;
use chanyuan::rules::lesson::{self, Lesson, load_lesson};
use chanyuan::rules::negotiation::{estimate, evaluate};
use chanyuan::rules::play::Match;
use chanyuan::rules::save::{Save, fingerprint};
use chanyuan::rules::scenario::diagnostic::Severity;
use chanyuan::rules::scenario::{Scenario, Term, Value, group_thousands};
use chanyuan::rules::view;
use std::sync::Arc;

fn shipped(name: &str) -> Lesson {
    let path = root().join("levels/lessons").join(name);
    load_lesson(&path).into_result().unwrap_or_else(|e| panic!("{name} validates:\n{e}"))
}

#[test]
fn every_lesson_shipped_validates_and_names_its_courts_and_scenario() {
    let whole = shipped("whole_campaign_1004.ron");
    assert_eq!(whole.scenario.id, "chanyuan_1004");
    assert_eq!(whole.people.len(), 2, "Song and Liao both played by people");
    let short = shipped("chanzhou_11th_month.ron");
    assert_eq!(short.scenario.id, "chanyuan_1004_chanzhou");
    assert!((6..=8).contains(&short.scenario.calendar.turns), "six to eight xun");
    assert_eq!(short.scenario.calendar.date(0), "1st xun of the 11th month, 1004");
    assert!(short.seconds_per_turn.is_some(), "the short lesson has a clock");
    // The armies stand as in the 11th month: the Liao host before Daming, the Song at Chanzhou.
    let g = short.new_game();
    assert_eq!(g.state().army(army(&g, "liao_main")).at, place(&g, "daming"));
    assert_eq!(g.state().army(army(&g, "song_guard")).at, place(&g, "chanzhou_south"));
    assert_eq!(g.state().army(army(&g, "song_chanzhou")).at, place(&g, "chanzhou_north"));
    assert_eq!(cli(&["validate", root().join("levels/lessons").to_str().unwrap()]), 0);
}

#[test]
fn every_group_given_the_same_lesson_and_seed_starts_and_plays_the_same_game() {
    let orders = chanyuan::cli::read_orders(
        "orders",
        r#"[
            [Policy(policy: "personal_expedition")],
            [SendEnvoy(terms: [(clause: "annual_payment", params: {"silver": Amount(150000), "silk": Amount(300000)})])],
            [], [], [], [],
        ]"#,
    )
    .unwrap();
    let group = || {
        // Each group loads the lesson file afresh, as each classroom's computer would.
        let l = shipped("chanzhou_11th_month.ron");
        let mut m = l.new_match();
        let start = fingerprint(m.game());
        chanyuan::cli::play_turns_in_order(&mut m, "orders", &orders).unwrap();
        (start, fingerprint(m.game()), m.game().state().turn)
    };
    let (a, b) = (group(), group());
    assert_eq!(a, b, "two groups, one lesson: the same game");
    assert_eq!(a.2, 3, "six lists of two courts are three turns");

    // And through the command line, save for save.
    let dir = tempfile::tempdir().unwrap();
    let actions = dir.path().join("orders.ron");
    std::fs::write(&actions, "[[Policy(policy: \"personal_expedition\")], [], [], []]").unwrap();
    let lesson = root().join("levels/lessons/chanzhou_11th_month.ron");
    let mut saves = Vec::new();
    for n in 0..2 {
        let out = dir.path().join(format!("group{n}.ron"));
        let args = ["play", "--lesson", lesson.to_str().unwrap(), "--actions", actions.to_str().unwrap()];
        assert_eq!(cli(&[&args[..], &["--save", out.to_str().unwrap()]].concat()), 0);
        saves.push(std::fs::read_to_string(&out).unwrap());
    }
    assert_eq!(saves[0], saves[1]);
    assert!(saves[0].contains("lessons/chanzhou_11th_month.ron"), "the save names its lesson");
    assert_eq!(cli(&["replay", dir.path().join("group0.ron").to_str().unwrap()]), 0, "and replays on it");
}

#[test]
fn play_with_a_lesson_refuses_a_scenario_seed_or_side_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let actions = dir.path().join("orders.ron");
    std::fs::write(&actions, "[]").unwrap();
    let lesson = root().join("levels/lessons/chanzhou_11th_month.ron");
    let (lesson, actions) = (lesson.to_str().unwrap(), actions.to_str().unwrap());
    let save = dir.path().join("s.ron");
    let save = save.to_str().unwrap();
    for extra in [["--seed", "3"], ["--side", "song"], ["--scenario", "levels/chanyuan_1004.ron"]] {
        let args = [&["play", "--lesson", lesson, "--actions", actions, "--save", save][..], &extra[..]].concat();
        assert_eq!(cli(&args), 2, "{extra:?} with --lesson is refused");
    }
    assert!(!dir.path().join("s.ron").exists(), "nothing is played or saved");
    assert_eq!(cli(&["play", "--actions", actions, "--save", save]), 2, "no lesson, no side: refused");
}

#[test]
fn a_broken_lesson_is_told_with_its_file_line_column_and_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    std::fs::write(
        &path,
        r#"(
    format: 1,
    id: "broken",
    title: "A broken lesson",
    scenario: "chanyuan_1004.ron",
    seed: 1,
    people: ["sung"],
    turns: 40,
    seconds_per_turn: 2,
    events_off: ["xiao_talin_fall"],
)
"#,
    )
    .unwrap();
    let loaded = load_lesson(&path);
    assert!(loaded.lesson.is_none());
    let found = |line: usize, col: usize, words: &str, hint: &str| {
        loaded.diagnostics.iter().any(|d| {
            d.severity == Severity::Error
                && d.line == line
                && d.col == col
                && d.message.contains(words)
                && d.suggestion.as_deref().is_some_and(|s| s.contains(hint))
        })
    };
    let all: Vec<String> = loaded.diagnostics.iter().map(|d| d.headline()).collect();
    assert!(found(7, 14, "no court `sung`", "did you mean `song`?"), "{all:#?}");
    assert!(found(8, 5, "turn limit of 40", "1 to 21"), "{all:#?}");
    assert!(found(9, 5, "2 seconds", "10 to 3600"), "{all:#?}");
    assert!(found(10, 18, "no event `xiao_talin_fall`", "did you mean `xiao_talin_falls`?"), "{all:#?}");
    assert!(loaded.diagnostics.iter().all(|d| d.path.ends_with("broken.ron")));

    // A misspelt field, a missing scenario, and a file that is no lesson at all.
    std::fs::write(&path, "(format: 1, id: \"x\", title: \"x\", scenario: \"chanyuan_1004.ron\", seed: 1, poeple: [])")
        .unwrap();
    let d = &load_lesson(&path).diagnostics[0];
    assert_eq!((d.line, d.col), (1, 74));
    assert!(d.message.contains("unknown field `poeple`") && d.suggestion.as_deref() == Some("did you mean `people`?"));
    std::fs::write(
        &path,
        "(format: 1, id: \"x\", title: \"x\", scenario: \"nowhere.ron\", seed: 1, people: [\"song\"])",
    )
    .unwrap();
    let d = &load_lesson(&path).diagnostics[0];
    assert!(d.message.contains("cannot be found") && d.line == 1 && d.col == 44, "{}", d.headline());
    std::fs::write(&path, "\u{0}\u{1}binary").unwrap();
    assert!(load_lesson(&path).lesson.is_none());
    assert_eq!(cli(&["validate", path.to_str().unwrap()]), 1);
}

#[test]
fn a_lesson_ends_the_game_at_its_turn_limit_and_switches_its_events_off() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("short.ron");
    std::fs::write(
        &path,
        r#"(format: 1, id: "short", title: "Three xun", scenario: "chanyuan_1004.ron", seed: 9,
            people: ["song"], difficulty: Stubborn, turns: 3, events_off: ["liao_court_in_field"], advisers: false)"#,
    )
    .unwrap();
    let l = load_lesson(&path).into_result().unwrap();
    assert!(!l.advisers);
    let mut m = l.new_match();
    let song = m.people()[0];
    assert_eq!(m.game().handicap()[court(m.game(), "liao")], 10, "stubborn: the computer's Liao hold out longer");
    for _ in 0..5 {
        let _ = m.act(song, Action::EndTurn);
    }
    let g = m.game();
    assert!(g.is_over(), "the game ends after three turns");
    assert_eq!(g.state().turn, 3);
    let fired = g.state().chronicle.iter().any(|l| l.text(&g.scenario).contains("The Liao court rides south"));
    assert!(!fired, "an event switched off never happens");
}

#[test]
fn the_short_lesson_ends_in_a_treaty_often_and_within_its_turns() {
    let l = shipped("chanzhou_11th_month.ron");
    let sum = chanyuan::rules::simulate::batch(l.scenario.clone(), 1, 200, 2).unwrap();
    assert!(sum.treaties >= 140, "{} treaties in 200 games", sum.treaties);
    assert!(sum.mean_turns <= l.scenario.calendar.turns as f64, "{} turns", sum.mean_turns);
}

/// The whole-campaign lesson's courts and seed on the 1004 scenario with the Liao's hidden
/// figures changed: resolve shifted, silver and silk set, and the men of the western horse,
/// kept at Youzhou out of the Song's sight. Wang Jizhong's letter, which would show the Song
/// the Liao mind, is switched off as a lesson may.
fn hot_seat(liao_resolve: i32, liao_silver: i64, liao_silk: i64) -> Match {
    let l = shipped("whole_campaign_1004.ron");
    let scenario = situation()
        .edit(move |raw| {
            let c = raw.courts.iter_mut().find(|c| c.id == "liao").unwrap();
            c.personality.resolve += liao_resolve;
            c.treasury.silver = liao_silver;
            c.treasury.silk = liao_silk;
            let west = raw.armies.iter_mut().find(|a| a.id == "liao_west").unwrap();
            west.at = "youzhou".into();
            west.post = Some("youzhou".into());
            west.strength = 20_000 + liao_silk / 100;
        })
        .scenario();
    let adapted = lesson::adapt(&scenario, l.turns, &["wang_jizhong_letter".to_string()]).unwrap();
    let people = l.people.clone();
    let handicap = lesson::handicap(adapted.courts.len(), &people, l.difficulty.level());
    Match::new(Game::with_handicap(Arc::new(adapted), l.seed, handicap), &people)
}

fn terms(s: &Scenario, list: &[(&str, &[(&str, Value)])]) -> Vec<Term> {
    list.iter()
        .map(|(clause, params)| {
            let mut t = s.default_term(s.clause_id(clause).unwrap());
            for (name, v) in *params {
                let i = s.clause(t.clause).params.iter().position(|p| p.name == *name).unwrap();
                t.values[i] = *v;
            }
            t
        })
        .collect()
}

/// Everything the Song court's screens are filled from at this moment: the map's armies, the
/// top bar and court figures, memorials, every adviser's words, the table's judgement of each
/// draft awaiting an answer and the estimate of the Song's own draft, the drafts it sent and
/// received, and the chronicle as the Song may read it.
fn song_screens(g: &Game, song: CourtId, liao: CourtId, draft: &[Term]) -> Vec<String> {
    let s = &*g.scenario;
    let st = g.state();
    let c = &st.courts[song];
    let mut out = vec![
        format!("{:?}", view::court_view(g, song).armies),
        format!(
            "{:?} {} {} {} {:?} {}",
            c.treasury,
            c.honour,
            c.war_weariness,
            st.morale(song),
            c.trust,
            st.strength(song)
        ),
        format!("{:?}", view::memorials(g, song)),
    ];
    out.extend(advice::on_policies(g, song).iter().map(|(_, a)| a.text(s)));
    out.extend(advice::on_armies(g, song).iter().map(|(_, a)| a.text(s)));
    for p in g.waiting_for(song) {
        out.extend(evaluate(g, song, p.from, &p.terms, Some(p.envoy)).lines());
        out.extend(advice::on_draft(g, song, p.from, &p.terms, Some(p.envoy)).iter().map(|a| a.text(s)));
    }
    let envoy = st.courts[song].envoy;
    let e = estimate(g, song, liao, draft, envoy);
    out.push(e.verdict());
    out.extend(e.evaluation.lines());
    out.push(format!("{:?}", e.limits));
    out.extend(advice::on_draft(g, song, liao, draft, None).iter().map(|a| a.text(s)));
    for p in st.proposals.iter().filter(|p| p.from == song || p.to == song) {
        out.push(format!("#{} {:?} {:?}", p.id, p.status, p.terms));
    }
    out.extend(st.chronicle.iter().filter(|l| l.visible_to(song)).map(|l| l.text(s)));
    out
}

/// A scripted hot-seat game of six turns: the Liao demand silver, silk and Guannan, the Song
/// cross the river and refuse, each side writes its drafts. Returns the Song's screens at the
/// start of each of its turns, and what the Liao's advisers told the Liao.
fn scripted(m: &mut Match) -> (Vec<Vec<String>>, Vec<String>) {
    let s = m.game().scenario.clone();
    let (song, liao) = (court(m.game(), "song"), court(m.game(), "liao"));
    let demand = terms(
        &s,
        &[
            ("annual_payment", &[("silver", Value::Amount(200_000)), ("silk", Value::Amount(300_000))]),
            ("cede_guannan", &[]),
        ],
    );
    let offer =
        terms(&s, &[("annual_payment", &[("silver", Value::Amount(50_000)), ("silk", Value::Amount(100_000))])]);
    let mut screens = Vec::new();
    let mut liao_heard = Vec::new();
    for turn in 0..6 {
        if m.game().is_over() {
            break;
        }
        assert_eq!(m.to_move(), Some(song));
        screens.push(song_screens(m.game(), song, liao, &offer));
        if turn == 0 {
            m.act(song, Action::Policy { policy: policy(m.game(), "personal_expedition") }).unwrap();
        }
        let waiting: Vec<u32> = m.game().waiting_for(song).map(|p| p.id).collect();
        for id in waiting {
            m.act(song, Action::Answer { proposal: id, answer: Answer::Reject }).unwrap();
        }
        if turn == 2 {
            m.act(song, Action::SendEnvoy { to: liao, terms: offer.clone() }).unwrap();
        }
        m.act(song, Action::EndTurn).unwrap();
        // The Liao's turn: what their own ministers say is theirs alone.
        let g = m.game();
        liao_heard.extend(advice::on_draft(g, liao, song, &demand, None).iter().map(|a| a.text(&s)));
        liao_heard.extend(advice::on_policies(g, liao).iter().map(|(_, a)| a.text(&s)));
        let waiting: Vec<u32> = g.waiting_for(liao).map(|p| p.id).collect();
        for id in waiting {
            m.act(liao, Action::Answer { proposal: id, answer: Answer::Reject }).unwrap();
        }
        if turn == 0 {
            m.act(liao, Action::SendEnvoy { to: song, terms: demand.clone() }).unwrap();
        }
        m.act(liao, Action::EndTurn).unwrap();
    }
    (screens, liao_heard)
}

#[test]
fn in_a_hot_seat_lesson_nothing_the_song_screens_show_depends_on_the_liao_secrets() {
    let (base, liao_base) = scripted(&mut hot_seat(0, 900_000, 1_200_000));
    assert_eq!(base.len(), 6);
    assert!(base.iter().flatten().any(|l| l.contains("Guannan")), "the Liao demand reached the Song table");
    // A treasury figure no Song screen could show unless it read the Liao's.
    let secret_silver = 7_654_321;
    let mut liao_heard_otherwise = false;
    for (resolve, silver, silk) in [(40, secret_silver, 3_456_789), (-40, 10_000, 20_000), (25, 900_000, 1_200_000)] {
        let (other, liao_other) = scripted(&mut hot_seat(resolve, silver, silk));
        for (turn, (a, b)) in base.iter().zip(&other).enumerate() {
            assert_eq!(
                a, b,
                "turn {turn}: the Song screens changed with the Liao's resolve {resolve:+} and treasury {silver}/{silk}"
            );
        }
        if silver == secret_silver {
            let shown = other.concat().join("\n");
            assert!(!shown.contains(&group_thousands(silver)) && !shown.contains(&group_thousands(silk)));
            assert!(!shown.contains(&silver.to_string()), "the Liao's silver is on no Song screen");
        }
        liao_heard_otherwise |= liao_other != liao_base;
        // What the Liao's ministers told the Liao is nowhere on the Song's screens.
        for heard in liao_base.iter().chain(&liao_other) {
            assert!(!base.iter().flatten().any(|l| l == heard), "the Song saw the Liao advice: {heard}");
        }
    }
    assert!(liao_heard_otherwise, "the Liao's secrets do change what the Liao's own ministers say");
    // Armies out of the Song's sight are not on the Song's map.
    let m = hot_seat(0, 900_000, 1_200_000);
    let g = m.game();
    let song = court(g, "song");
    for a in view::court_view(g, song).armies.iter().filter(|a| !a.own) {
        assert!(view::sees_place(&g.scenario, g.state(), song, a.at), "an unseen army is on the Song map");
    }
    let west = army(g, "liao_west");
    assert!(
        !view::sees_place(&g.scenario, g.state(), song, g.state().army(west).at),
        "the western horse is out of sight"
    );
    assert!(!view::court_view(g, song).armies.iter().any(|a| a.id == west));
}

#[test]
fn advice_rests_on_the_advised_courts_own_knowledge_alone() {
    // The Song advised on the same Liao draft, policies and marches, in games that differ only
    // in the Liao's hidden resolve and treasury.
    let advice_of = |resolve: i32, treasury: i64| {
        let g = situation()
            .edit(move |raw| {
                let c = raw.courts.iter_mut().find(|c| c.id == "liao").unwrap();
                c.personality.resolve += resolve;
                c.treasury.silver = c.treasury.silver * treasury / 100;
                c.treasury.silk = c.treasury.silk * treasury / 100;
            })
            .game(21);
        let (song, liao) = (song(&g), liao(&g));
        let s = g.scenario.clone();
        let history = historical_treaty(&g);
        let han_qi = s.char_id("han_qi");
        let mut said: Vec<String> =
            advice::on_draft(&g, song, liao, &history, han_qi).iter().map(|a| a.text(&s)).collect();
        said.extend(advice::on_policies(&g, song).iter().map(|(_, a)| a.text(&s)));
        said.extend(advice::on_armies(&g, song).iter().map(|(_, a)| a.text(&s)));
        said
    };
    let base = advice_of(0, 100);
    assert!(base.len() >= 3, "{base:#?}");
    for (resolve, treasury) in [(40, 100), (-40, 100), (0, 300), (0, 20), (40, 20)] {
        assert_eq!(base, advice_of(resolve, treasury), "Liao resolve {resolve:+}, treasury {treasury}%");
    }
}

#[test]
fn the_ministers_weigh_a_demand_for_guannan_as_their_court_does() {
    let g = game(5);
    let (song, liao) = (song(&g), liao(&g));
    let s = g.scenario.clone();
    let demand = terms(&s, &[("cede_guannan", &[]), ("annual_payment", &[("silver", Value::Amount(100_000))])]);
    let said = advice::on_draft(&g, song, liao, &demand, None);
    let judged = evaluate(&g, song, liao, &demand, None);
    assert_eq!(said.len(), 3, "a moderate, a hawk and a dove");
    let chief = said.iter().find(|a| a.stance == chanyuan::rules::scenario::Stance::Moderate).unwrap();
    // The moderate's verdict is the court's own: what the computer would answer for it.
    assert_eq!(chief.counsel == Counsel::For, judged.acceptable());
    assert_eq!(chief.counsel, Counsel::Against);
    let guannan = chief.reasons.iter().find(|r| r.text.contains("Guannan")).expect("Guannan named");
    assert!(guannan.points < 0 || guannan.text.starts_with("never"), "{guannan:?}");
    let hawk = said.iter().find(|a| a.stance == chanyuan::rules::scenario::Stance::Hawk).unwrap();
    assert_eq!(s.character(hawk.by).id, "kou_zhun");
    assert_eq!(hawk.counsel, Counsel::Against);
    for a in &said {
        assert_eq!(s.character(a.by).side, song, "only the Song's own ministers advise the Song");
    }
    // Policies: the advocate who urges the expedition speaks for it when the court would decide it.
    let at_river = situation().army_at("liao_main", "daming").game(5);
    let urged = advice::on_policies(&at_river, song);
    assert!(
        urged.iter().any(|(p, a)| at_river.scenario.policies[p.index()].id == "personal_expedition"
            && a.counsel == Counsel::For
            && at_river.scenario.character(a.by).id == "kou_zhun"),
        "{urged:#?}"
    );
}

#[test]
fn a_save_of_a_lesson_is_loaded_on_the_lesson_s_scenario() {
    let l = shipped("chanzhou_11th_month.ron");
    let mut m = l.new_match();
    let song = court(m.game(), "song");
    m.act(song, Action::EndTurn).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let at = dir.path().join("lesson-save.ron");
    let save = Save::of(m.game(), &l.scenario_path.to_string_lossy(), &m.people(), None).with_lesson(&l.path);
    std::fs::write(&at, save.to_ron()).unwrap();
    let back = Save::read(&at).unwrap();
    let scenario = lesson::scenario_of_save(&back, &at).unwrap();
    assert_eq!(scenario.calendar.turns, 8);
    let g = back.replay_checked(scenario).unwrap();
    assert_eq!(fingerprint(&g), fingerprint(m.game()));
}
