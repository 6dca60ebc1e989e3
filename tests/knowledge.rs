//! Each court knows only what it has learned: the computer's courts decide from their own
//! beliefs, the table's foresight is an estimate unless Wang Jizhong carries the letters,
//! and answers, battles and captured letters teach a court what it did not know.

use crate::common::*;
use chanyuan::rules::game::{Action, Answer, Game};
use chanyuan::rules::negotiation::{Grounds, estimate, evaluate, limits};
use chanyuan::rules::play::Match;
use chanyuan::rules::scenario::group_thousands;
use chanyuan::rules::scenario::raw::{RawCondition, RawEffect, RawEvent, RawSideRef};

/// A game in which `other` is played by a person who answers every draft "no" and ends
/// each turn, and the computer plays every other court; `other`'s resolve is shifted by
/// `resolve` and its silver and silk scaled by `treasury` percent. Returns the actions of
/// `decider`, in order.
fn decisions(
    path: &'static str,
    decider: &'static str,
    other: &'static str,
    resolve: i32,
    treasury: i64,
) -> Vec<Action> {
    let s = situation_of(path)
        .edit(|raw| {
            // Wang Jizhong's letters would show the other court's mind: here no envoy has them,
            // and no letter is captured.
            for c in &mut raw.characters {
                if let Some(e) = &mut c.envoy {
                    e.inside_knowledge = false;
                }
            }
            raw.events.retain(|e| !e.effects.iter().any(|x| matches!(x, RawEffect::RevealMind(..))));
        })
        .edit(move |raw| {
            // A deciding court that wants peace, so that it sends envoys to be compared
            // (the computer's Song of 1004 sue only once the war presses them).
            let d = raw.courts.iter_mut().find(|c| c.id == decider).expect("the deciding court");
            d.personality.resolve -= 30;
            let c = raw.courts.iter_mut().find(|c| c.id == other).expect("the other court");
            c.personality.resolve += resolve;
            c.treasury.silver = c.treasury.silver * treasury / 100;
            c.treasury.silk = c.treasury.silk * treasury / 100;
        })
        .scenario();
    let (me, them) = (s.court_id(decider).unwrap(), s.court_id(other).unwrap());
    let mut m = Match::new(Game::new(s, 17), &[them]);
    for _ in 0..40 {
        if m.game().is_over() {
            break;
        }
        let waiting: Vec<u32> = m.game().waiting_for(them).map(|p| p.id).collect();
        for id in waiting {
            m.act(them, Action::Answer { proposal: id, answer: Answer::Reject }).unwrap();
        }
        m.act(them, Action::EndTurn).unwrap();
    }
    m.game().log().iter().filter(|(c, _)| *c == me).map(|(_, a)| a.clone()).collect()
}

#[test]
fn a_computer_court_decides_the_same_whatever_the_others_hidden_resolve_and_treasury() {
    for path in ["levels/chanyuan_1004.ron", "levels/renegotiation_1042.ron"] {
        for (decider, other) in [("song", "liao"), ("liao", "song")] {
            let base = decisions(path, decider, other, 0, 100);
            assert!(base.iter().any(|a| matches!(a, Action::SendEnvoy { .. })), "{path}: the {decider} sent no envoy");
            for (resolve, treasury) in [(30, 100), (-30, 100), (0, 150), (0, 50), (30, 50), (-30, 150)] {
                let other_mind = decisions(path, decider, other, resolve, treasury);
                assert_eq!(
                    base, other_mind,
                    "{path}: the {decider} decided otherwise when the {other} had resolve {resolve:+} and {treasury}% treasury"
                );
            }
        }
    }
}

#[test]
fn cao_liyong_brings_an_estimate_with_a_range_and_wang_jizhong_the_exact_limit() {
    let mut estimates_off = 0;
    for seed in 0..10 {
        let g = game(seed);
        let (song, liao) = (song(&g), liao(&g));
        let draft = historical_treaty(&g);
        let cao = g.scenario.char_id("cao_liyong").unwrap();
        let wang = g.scenario.char_id("wang_jizhong").unwrap();
        let truth = limits(&g, &Grounds::truth(&g, liao, song), &draft, Some(cao));
        let (_, _, true_limit) = truth.iter().copied().find(|(t, p, _)| *t == 0 && *p == 0).unwrap();
        let with_cao = estimate(&g, song, liao, &draft, Some(cao));
        assert!(!with_cao.exact && with_cao.uncertainty > 0, "seed {seed}");
        assert!(with_cao.verdict().contains("by our estimate"), "{}", with_cao.verdict());
        let (_, _, soft, hard) = with_cao.limits.iter().copied().find(|(t, p, _, _)| *t == 0 && *p == 0).unwrap();
        assert_ne!(soft, hard, "seed {seed}: an estimate is a range");
        let believed = limits(&g, &Grounds::believed_by(&g, song, liao, song), &draft, Some(cao));
        if believed.iter().find(|(t, p, _)| *t == 0 && *p == 0).map(|x| x.2) != Some(true_limit) {
            estimates_off += 1;
        }
        let with_wang = estimate(&g, song, liao, &draft, Some(wang));
        assert!(with_wang.exact && with_wang.uncertainty == 0, "seed {seed}");
        let (_, _, exact, _) = with_wang.limits.iter().copied().find(|(t, p, _, _)| *t == 0 && *p == 0).unwrap();
        // The limit with Wang Jizhong carrying the draft: his standing pleads for it too.
        let truth_with_wang = limits(&g, &Grounds::truth(&g, liao, song), &draft, Some(wang));
        let (_, _, wang_limit) = truth_with_wang.iter().copied().find(|(t, p, _)| *t == 0 && *p == 0).unwrap();
        assert_eq!(exact, wang_limit, "seed {seed}: Wang Jizhong's letters show the true limit");
    }
    assert!(estimates_off >= 6, "the estimate matched the true limit in {} of 10 seeds", 10 - estimates_off);
}

#[test]
fn a_refusal_teaches_the_sender_that_the_other_court_is_harder_than_it_thought() {
    use chanyuan::rules::negotiation::{Grounds, foreseen_judgement};
    use chanyuan::rules::scenario::{ParamKind, Value};
    let mut g = game(2);
    let (song, liao) = (song(&g), liao(&g));
    // The most generous yearly payment the clause allows: the Song foresee the Liao swearing it.
    let mut draft = historical_treaty(&g);
    let clause = g.scenario.clause(draft[0].clause).clone();
    for (v, p) in draft[0].values.iter_mut().zip(&clause.params) {
        if let (Value::Amount(n), ParamKind::Amount { max, .. }) = (v, &p.kind) {
            *n = *max;
        }
    }
    let cao = g.state().courts[song].envoy.unwrap();
    let grounds = Grounds::believed_by(&g, song, liao, song);
    assert!(foreseen_judgement(&g, &grounds, &draft, Some(cao)).is_some_and(|t| t >= 0), "the Song expect an oath");
    let before = g.state().courts[song].beliefs[liao].resolve;
    g.act(song, Action::SendEnvoy { to: liao, terms: draft }).unwrap();
    pass(&mut g);
    let id = g.waiting_for(liao).next().expect("the draft arrived").id;
    // The Liao player refuses all the same.
    g.act(liao, Action::Answer { proposal: id, answer: Answer::Reject }).unwrap();
    let after = g.state().courts[song].beliefs[liao].resolve;
    assert!(after.low() > before.low(), "the Song now think the Liao harder: {before:?} -> {after:?}");
}

#[test]
fn the_liao_foresee_the_song_answer_from_what_they_believe_not_from_the_song_weariness() {
    // In 1042 a clause is worth more to a Song court weary of war (a `When` worth); the Liao
    // cannot see that weariness, so their foresight must not move with it.
    let verdicts: Vec<(String, i32)> = [10, 32, 60]
        .into_iter()
        .map(|w| {
            let g = situation_of("levels/renegotiation_1042.ron").weariness("song", w).game(1);
            let (song, liao) = (song(&g), liao(&g));
            let draft = vec![term(&g, "renounce_guannan")];
            let e = estimate(&g, liao, song, &draft, None);
            (e.verdict(), e.evaluation.total())
        })
        .collect();
    assert!(verdicts.windows(2).all(|w| w[0] == w[1]), "{verdicts:?}");
}

#[test]
fn drafts_sent_again_after_a_refusal_make_a_court_impatient() {
    let mut g = game(4);
    let (song, liao) = (song(&g), liao(&g));
    let draft = vec![term(&g, "no_fugitives")];
    for round in 0..2 {
        g.act(song, Action::SendEnvoy { to: liao, terms: draft.clone() }).unwrap();
        for _ in 0..6 {
            if g.waiting_for(liao).next().is_some() {
                break;
            }
            pass(&mut g);
        }
        let trust = g.state().courts[liao].trust[song];
        let id = g.waiting_for(liao).next().expect("arrived").id;
        g.act(liao, Action::Answer { proposal: id, answer: Answer::Reject }).unwrap();
        if round == 1 {
            assert!(trust <= -g.scenario.rules.impatience, "the second time, trust fell: {trust}");
            assert!(chronicle(&g).iter().any(|l| l.contains("grow impatient")), "{:#?}", chronicle(&g));
        }
        pass(&mut g);
    }
}

#[test]
fn a_captured_letter_shows_the_other_courts_mind_exactly() {
    let mut g = situation()
        .edit(|raw| {
            raw.events.push(RawEvent {
                id: "captured_letter".into(),
                name: "A letter captured".into(),
                when: RawCondition::Always,
                chance: 100,
                once: true,
                text: "Song riders seize a courier of the Liao camp.".into(),
                effects: vec![RawEffect::RevealMind(
                    RawSideRef::Court("song".into()),
                    RawSideRef::Court("liao".into()),
                )],
                history: Default::default(),
                zh: String::new(),
                pinyin: String::new(),
                disputed: false,
                accounts: vec![],
                dispute: Default::default(),
            })
        })
        .game(6);
    let (song, liao) = (song(&g), liao(&g));
    pass(&mut g);
    let b = &g.state().courts[song].beliefs[liao];
    let truth = g.scenario.courts[liao].personality.resolve + g.state().courts[liao].resolve_shift;
    assert_eq!((b.resolve.value, b.resolve.spread), (truth as i64, 0));
    assert_eq!(b.strength.value, g.state().strength(liao));
    let line = g.state().chronicle.iter().find(|l| l.text(&g.scenario).contains("now know the mind")).unwrap();
    assert!(line.visible_to(song) && !line.visible_to(liao), "the Liao do not know their letter was read");
}

#[test]
fn no_text_for_the_song_shows_the_liaos_hidden_strength_or_treasury() {
    // The Liao hosts stand far north, out of the Song scouts' sight; the Song table, reasons
    // and chronicle may speak of the Liao only as the Song believe them to be.
    let mut g = situation().army_at("liao_main", "youzhou").army_at("liao_west", "youzhou").game(8);
    let (song, liao) = (song(&g), liao(&g));
    for _ in 0..3 {
        pass(&mut g);
    }
    let st = g.state();
    let hidden = [group_thousands(st.strength(liao)), group_thousands(st.courts[liao].treasury.silver)];
    let b = &st.courts[song].beliefs[liao];
    assert!(b.strength.spread > 0, "the Song do not know the Liao numbers exactly");
    let cao = g.scenario.char_id("cao_liyong").unwrap();
    let guess = estimate(&g, song, liao, &historical_treaty(&g), Some(cao));
    let mut texts: Vec<String> = guess.evaluation.lines();
    texts.push(guess.verdict());
    texts.extend(g.state().chronicle.iter().filter(|l| l.visible_to(song)).map(|l| l.text(&g.scenario)));
    texts.push(chanyuan::cli::report(&g, Some(song), false));
    for t in &texts {
        for h in &hidden {
            assert!(!t.contains(h.as_str()), "`{h}` shown to the Song in: {t}");
        }
    }
    // The Song court's reasons for its own answer stay exact.
    let own = evaluate(&g, song, liao, &historical_treaty(&g), None);
    assert!(own.lines().iter().any(|l| l.contains(&group_thousands(g.state().strength(song)))));
}

/// The 1004 game with the Liao Upper Capital, Shangjing, beyond Youzhou where no Song scout
/// reaches, the Liao western column at `column_at`, and the Song expedition and every
/// memorial made to hang on a Liao army at Shangjing. The Liao are played by a person who
/// refuses every draft; returns the Song's actions and the memorials they were shown.
/// Shangjing, the Liao Supreme Capital, far to the north beyond Youzhou, where no Song scout goes.
fn add_shangjing(raw: &mut chanyuan::rules::scenario::raw::RawScenario) {
    let mut shangjing = raw.places.iter().find(|p| p.id == "youzhou").expect("Youzhou").clone();
    shangjing.id = "shangjing".into();
    shangjing.name = "Shangjing".into();
    shangjing.pos = (880.0, 20.0);
    raw.places.push(shangjing);
    let mut road = raw.routes.iter().find(|r| r.from == "youzhou").expect("a road from Youzhou").clone();
    road.to = "shangjing".into();
    raw.routes.push(road);
}

fn song_decisions_with_the_western_column_at(column_at: &'static str) -> (Vec<Action>, Vec<String>) {
    let s = situation()
        .edit(|raw| {
            add_shangjing(raw);
            let rumour: chanyuan::rules::scenario::raw::RawCondition = chanyuan::rules::scenario::load::ron_options()
                .from_str(r#"All([AtWar, ArmyAt("liao", "shangjing")])"#)
                .unwrap();
            raw.policies.iter_mut().find(|p| p.id == "personal_expedition").unwrap().ai_when = Some(rumour.clone());
            for m in &mut raw.memorials {
                m.when = Some(rumour.clone());
            }
        })
        .army_at("liao_west", column_at)
        .scenario();
    let (song, liao) = (s.court_id("song").unwrap(), s.court_id("liao").unwrap());
    let mut m = Match::new(Game::new(s.clone(), 5), &[liao]);
    let place = s.place_id(column_at).unwrap();
    assert!(
        !chanyuan::rules::view::sees_place(&s, m.game().state(), song, place),
        "the Song do not see {column_at} at the start"
    );
    let memorials: Vec<String> = chanyuan::rules::view::memorials(m.game(), song).into_iter().map(|v| v.text).collect();
    for _ in 0..6 {
        let waiting: Vec<u32> = m.game().waiting_for(liao).map(|p| p.id).collect();
        for id in waiting {
            m.act(liao, Action::Answer { proposal: id, answer: Answer::Reject }).unwrap();
        }
        m.act(liao, Action::EndTurn).unwrap();
    }
    (m.game().log().iter().filter(|(c, _)| *c == song).map(|(_, a)| a.clone()).collect(), memorials)
}

#[test]
fn the_song_policies_and_memorials_follow_what_their_scouts_see_not_where_the_liao_truly_are() {
    // Whether the western column waits at Youzhou or has gone on to Shangjing, the Song see
    // neither, so their emperor's choice and their ministers' advice are the same.
    let (at_youzhou, memorials_youzhou) = song_decisions_with_the_western_column_at("youzhou");
    let (at_shangjing, memorials_shangjing) = song_decisions_with_the_western_column_at("shangjing");
    assert_eq!(at_youzhou, at_shangjing, "the Song decided otherwise on an unseen march");
    assert_eq!(memorials_youzhou, memorials_shangjing);
    assert!(memorials_shangjing.is_empty(), "a minister wrote of a column nobody has seen: {memorials_shangjing:?}");
    let expedition = policy(&game(1), "personal_expedition");
    assert!(
        !at_shangjing.iter().any(|a| matches!(a, Action::Policy { policy } if *policy == expedition)),
        "the emperor took the field on a rumour no scout brought"
    );
}

#[test]
fn a_liao_garrison_is_known_to_the_song_only_from_before_its_walls() {
    use chanyuan::rules::view::garrison_seen;
    // At the start no Song army stands in Liao land: Zhuozhou's garrison is the Liao's secret.
    let g = game(1);
    let (song, liao) = (song(&g), liao(&g));
    let zhuozhou = place(&g, "zhuozhou");
    assert_eq!(garrison_seen(g.state(), song, zhuozhou), None);
    assert_eq!(garrison_seen(g.state(), liao, zhuozhou), Some(g.state().places[zhuozhou.index()].garrison));
    // The frontier troops before its walls see it, as the computer's armies do when they
    // choose to storm, besiege or pass by.
    let g = situation().army_at("song_frontier", "zhuozhou").game(1);
    assert_eq!(garrison_seen(g.state(), song, zhuozhou), Some(g.state().places[zhuozhou.index()].garrison));
}

/// The Song's map, as the window draws it, with the Liao western horse at `at`.
fn song_map_with_the_western_horse_at(at: &'static str) -> chanyuan::map::model::MapModel {
    use chanyuan::map::model::{MapModel, ModelKey};
    let g = situation().edit(add_shangjing).army_at("liao_west", at).game(1);
    let song = song(&g);
    let place = place(&g, at);
    assert!(!chanyuan::rules::view::sees_place(&g.scenario, g.state(), song, place), "the Song do not see {at}");
    let key = ModelKey {
        game: 1,
        version: g.version(),
        viewer: song,
        selected: None,
        zoom: 1.0,
        panel: (990.0, 580.0),
        lang: chanyuan::locale::Lang::En,
    };
    MapModel::build(&g, key, &mut |t| (t.chars().count() as f32 * 7.0, 15.0))
}

#[test]
fn the_song_map_shows_the_same_whether_an_unseen_liao_column_is_at_youzhou_or_shangjing() {
    let (a, b) = (song_map_with_the_western_horse_at("youzhou"), song_map_with_the_western_horse_at("shangjing"));
    let liao_west = army(&game(1), "liao_west");
    assert!(a.armies.iter().all(|v| v.id != liao_west), "an unseen column has a banner on the Song map");
    assert_eq!(a.armies, b.armies, "the Song's banners follow where an unseen column truly is");
    assert_eq!(a.banners, b.banners);
    let placements =
        |m: &chanyuan::map::model::MapModel| m.labels.iter().map(|l| l.placement.clone()).collect::<Vec<_>>();
    assert_eq!(placements(&a), placements(&b), "the Song's names move aside for an army they cannot see");
}
