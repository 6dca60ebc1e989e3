//! The rules' own sentences in simplified Chinese: a game of 1004 played and read in Chinese
//! keeps no English word of its own (the scenario's names may still be English until the
//! scenario is translated), its dates are said as a Chinese calendar says them, an order
//! refused and the table's estimate are Chinese too, and every sentence the rules ask for is
//! written in both languages, with none left over. The glossary speaks both languages too.

use crate::common::*;
use chanyuan::locale::{Lang, message_ids, with_language};
use chanyuan::rules::chronicle::Entry;
use chanyuan::rules::game::{Action, Answer, Game};
use chanyuan::rules::glossary::{SUBJECTS, subject_shown, words};
use chanyuan::rules::negotiation::estimate;
use chanyuan::rules::scenario::Scenario;
use chanyuan::rules::scenario::load::load_scenario;
use chanyuan::rules::simulate::play_out;
use chanyuan::rules::{ai, scenario::Value};
use std::collections::BTreeSet;

/// Every text the scenario gives the sentences (names of courts, places, armies, people,
/// clauses and their parameters, policies, regions, events), longest first so that a longer
/// name goes before a shorter one inside it.
fn scenario_texts(s: &Scenario) -> Vec<String> {
    let mut texts: Vec<String> = Vec::new();
    texts.extend(s.court_ids().map(|c| s.court_name(c).to_string()));
    texts.extend(s.places.iter().map(|p| p.name.clone()));
    texts.extend(s.armies.iter().map(|a| a.name.clone()));
    texts.extend(s.regions.iter().map(|r| r.name.clone()));
    for c in &s.characters {
        texts.extend([c.label(), c.name.clone(), c.title.clone()]);
    }
    for c in &s.clauses {
        texts.push(c.name.clone());
        texts.extend(c.params.iter().map(|p| p.name.clone()));
    }
    for p in &s.policies {
        texts.extend([p.name.clone(), p.description.clone()]);
    }
    for e in &s.events {
        texts.extend([e.name.clone(), e.text.clone()]);
    }
    texts.retain(|t| !t.is_empty());
    texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
    texts
}

/// What is left of a sentence once the scenario's texts are taken out: its own words.
fn own_words(s: &Scenario, text: &str) -> String {
    scenario_texts(s).iter().fold(text.to_string(), |t, name| t.replace(name.as_str(), ""))
}

/// Panics when a sentence, its names taken out, still has a Latin letter.
fn assert_chinese(s: &Scenario, text: &str) {
    let own = own_words(s, text);
    assert!(!own.chars().any(|c| c.is_ascii_alphabetic()), "English left in: {text}\n(its own words: {own})");
    // At least Chinese punctuation: an event's line is its name and text around a colon.
    assert!(own.chars().any(|c| c >= '\u{3000}'), "no Chinese in: {text}");
}

/// A game of 1004 played in Chinese: the Song send the treaty of history with less silver,
/// the Liao counter it, the Song refuse the counter-offer, then both courts are played by
/// the computer to the end, with its battles, sieges, drafts, oaths and payments.
fn game_played_in_chinese(seed: u64) -> Game {
    with_language(Lang::ZhHans, || {
        let mut g = game(seed);
        let (song, liao) = (song(&g), liao(&g));
        let payment = g.scenario.clause_id("annual_payment").unwrap();
        let mut terms = historical_treaty(&g);
        terms.iter_mut().find(|t| t.clause == payment).unwrap().values[0] = Value::Amount(30_000);
        g.act(song, Action::SendEnvoy { to: liao, terms: terms.clone() }).unwrap();
        let first = loop {
            if let Some(id) = g.waiting_for(liao).map(|p| p.id).next() {
                break id;
            }
            pass(&mut g);
        };
        let mut counter = terms;
        counter.iter_mut().find(|t| t.clause == payment).unwrap().values[0] = Value::Amount(150_000);
        g.act(liao, Action::Answer { proposal: first, answer: Answer::Counter(counter) }).unwrap();
        while !g.is_over() {
            let waiting = g.waiting_for(song).map(|p| p.id).next();
            if let Some(id) = waiting {
                g.act(song, Action::Answer { proposal: id, answer: Answer::Reject }).unwrap();
                break;
            }
            pass(&mut g);
        }
        while !g.is_over() {
            for c in g.scenario.court_ids() {
                ai::take_turn(&mut g, c);
            }
        }
        g
    })
}

#[test]
fn a_game_of_1004_read_in_chinese_keeps_no_english_word_of_its_own() {
    let mut kinds = BTreeSet::new();
    // Two games played in Chinese, and one played in English and read in Chinese: the
    // chronicle keeps facts, and says them in the language of whoever reads it.
    let games = [game_played_in_chinese(1), game_played_in_chinese(2), play_out(scenario(), 3)];
    for g in &games {
        let s = &g.scenario;
        for line in &g.state().chronicle {
            // The scenario's own sentences, told as written.
            if matches!(line.entry, Entry::Said { .. }) {
                continue;
            }
            kinds.insert(format!("{:?}", line.entry).split([' ', '{']).next().unwrap_or_default().to_string());
            assert_chinese(s, &with_language(Lang::ZhHans, || line.text(s)));
        }
    }
    // The games told of war, envoys, answers, an oath and its end.
    for kind in ["Moved", "EnvoySent", "Answered", "GameOver"] {
        assert!(kinds.contains(kind), "no {kind} in the games played: {kinds:?}");
    }
}

#[test]
fn the_same_chronicle_reads_in_english_as_before() {
    let g = game_played_in_chinese(1);
    let lines = with_language(Lang::En, || chronicle(&g));
    let sent = lines.iter().find(|l| l.starts_with("The Song send ")).expect("the Song's envoy");
    assert!(sent.contains("with draft #1 (arriving "), "{sent}");
    assert!(sent.contains(": 30,000 taels and 200,000 bolts a year"), "{sent}");
    let zh = with_language(Lang::ZhHans, || chronicle(&g));
    assert!(zh.iter().any(|l| l.contains("携第1号草案") && l.contains("每年3万两、20万匹")), "{zh:#?}");
    let countered = zh.iter().find(|l| l.contains("以反提案答复第1号草案")).expect("the counter-offer");
    assert!(countered.contains("主要改动：每年15万两（原为3万）。"), "{countered}");
}

#[test]
fn dates_are_told_by_the_chinese_calendar() {
    let s = scenario();
    let zh = |turn| with_language(Lang::ZhHans, || s.calendar.date(turn));
    assert_eq!(zh(0), "1004年九月上旬");
    assert_eq!(zh(1), "1004年九月中旬");
    assert_eq!(zh(2), "1004年九月下旬");
    // 1004 had a second 9th month, the one in which the Liao marched south.
    assert_eq!(zh(3), "1004年闰九月上旬");
    assert_eq!(zh(6), "1004年十月上旬");
    assert_eq!(zh(10), "1004年十一月中旬");
    assert_eq!(zh(14), "1004年十二月下旬");
    let en = |turn| with_language(Lang::En, || s.calendar.date(turn));
    assert_eq!(en(0), "1st xun of the 9th month, 1004");
    assert_eq!(en(4), "2nd xun of the intercalary 9th month, 1004");
    let crisis = load_scenario(&root().join("levels/renegotiation_1042.ron")).scenario.expect("1042 validates");
    assert_eq!(with_language(Lang::ZhHans, || crisis.calendar.date(0)), "1042年春");
    assert_eq!(with_language(Lang::ZhHans, || crisis.calendar.date(3)), "1042年冬");
    assert_eq!(with_language(Lang::En, || crisis.calendar.date(3)), "winter 1042");
}

#[test]
fn an_order_refused_says_why_in_chinese() {
    let mut g = game(1);
    let song = song(&g);
    let (army, far) = (army(&g, "song_guard"), place(&g, "zhuozhou"));
    let why = with_language(Lang::ZhHans, || g.act(song, Action::Move { army, to: far }).unwrap_err().to_string());
    assert!(why.contains("无路可通"), "{why}");
    assert_chinese(&g.scenario, &why);
    g.act(song, Action::EndTurn).unwrap();
    let why = with_language(Lang::ZhHans, || g.act(song, Action::EndTurn).unwrap_err().to_string());
    assert!(why.ends_with("本回合已结束"), "{why}");
    assert_eq!(g.act(song, Action::EndTurn).unwrap_err().to_string(), "the Song have already ended this turn");
}

#[test]
fn the_tables_estimate_and_its_reasons_are_chinese() {
    let g = game(1);
    let (song, liao) = (song(&g), liao(&g));
    let envoy = g.state().courts[song].envoy;
    for terms in [historical_treaty(&g), vec![term(&g, "keep_borders")]] {
        let e = estimate(&g, song, liao, &terms, envoy);
        let verdict = with_language(Lang::ZhHans, || e.verdict());
        assert!(verdict.starts_with("对方") || verdict.starts_with("成败") || verdict.starts_with("照此"), "{verdict}");
        assert_chinese(&g.scenario, &verdict);
        // The reasons are written when the estimate is made, in the language of that moment.
        let reasons = with_language(Lang::ZhHans, || estimate(&g, song, liao, &terms, envoy).evaluation);
        for r in &reasons.situation {
            assert_chinese(&g.scenario, &r.text);
        }
        let total = with_language(Lang::ZhHans, || reasons.lines().pop().unwrap());
        assert!(total.contains("总计："), "{total}");
    }
}

#[test]
fn the_advisers_counsel_in_chinese() {
    let g = game(1);
    let (song, liao) = (song(&g), liao(&g));
    let envoy = g.state().courts[song].envoy;
    let advice = with_language(Lang::ZhHans, || {
        chanyuan::rules::advice::on_draft(&g, song, liao, &historical_treaty(&g), envoy)
            .iter()
            .map(|a| a.headline(&g.scenario))
            .collect::<Vec<_>>()
    });
    assert!(!advice.is_empty());
    for a in &advice {
        assert!(a.ends_with("此草案"), "{a}");
        assert_chinese(&g.scenario, a);
    }
}

/// The message ids of one of a language's files.
fn ids_of(lang: Lang, file: &str) -> BTreeSet<String> {
    let path = root().join("assets/locales").join(lang.code()).join(file);
    let text = std::fs::read_to_string(&path).expect("a locale file");
    message_ids(&text).unwrap_or_else(|e| panic!("{}: {e:?}", path.display())).into_iter().collect()
}

/// Every message id of the rules' sources with one of the chronicle file's prefixes.
fn ids_in_rules_sources(prefixes: &BTreeSet<String>) -> BTreeSet<String> {
    let all = crate::common::message_ids_in_sources(&["src/rules"]);
    all.into_iter().filter(|id| prefixes.iter().any(|p| id.starts_with(p.as_str()))).collect()
}

#[test]
fn every_sentence_the_rules_ask_for_is_written_in_both_languages_and_none_is_left_over() {
    let (en, zh) = (ids_of(Lang::En, "chronicle.ftl"), ids_of(Lang::ZhHans, "chronicle.ftl"));
    assert!(en.len() > 150, "only {} sentences in English", en.len());
    assert_eq!(en, zh, "the two chronicle files say different things");
    let prefixes: BTreeSet<String> = en.iter().map(|id| format!("{}-", id.split('-').next().unwrap())).collect();
    let mut used = ids_in_rules_sources(&prefixes);
    // The glossary's words are asked for by their key.
    used.extend(words().flat_map(|w| [w.key(), format!("{}-meaning", w.key())]));
    assert!(used.contains("chr-moved") && used.contains("date-xun"), "the scan finds the rules' sentences");
    let missing: Vec<_> = used.difference(&en).collect();
    assert!(missing.is_empty(), "asked for by src/rules but not in chronicle.ftl: {missing:?}");
    let unused: Vec<_> = en.difference(&used).collect();
    assert!(unused.is_empty(), "in chronicle.ftl but asked for by nothing in src/rules: {unused:?}");
    // One bundle holds every file of a language, and a message id twice keeps only the first.
    for lang in Lang::ALL {
        for other in ["main.ftl", "report.ftl"] {
            let clash: Vec<_> = ids_of(lang, "chronicle.ftl").intersection(&ids_of(lang, other)).cloned().collect();
            assert!(clash.is_empty(), "{}: chronicle.ftl and {other} both have {clash:?}", lang.code());
        }
    }
}

#[test]
fn the_glossary_speaks_the_readers_language_and_its_english_is_the_glossarys_own() {
    let keys: BTreeSet<String> = words().map(|w| w.key()).collect();
    assert_eq!(keys.len(), words().count(), "two words share a key");
    with_language(Lang::En, || {
        for w in words() {
            assert_eq!(w.shown(), w.word);
            assert_eq!(w.meaning_shown(), w.meaning, "{}", w.word);
        }
        for (subject, _) in SUBJECTS {
            assert_eq!(subject_shown(subject), *subject);
        }
    });
    with_language(Lang::ZhHans, || {
        let xun = words().find(|w| w.word == "xun").unwrap();
        assert_eq!(xun.shown(), "旬");
        assert!(xun.meaning_shown().contains("上旬、中旬、下旬"), "{}", xun.meaning_shown());
        for w in words() {
            let meaning = w.meaning_shown();
            assert!(!meaning.chars().any(|c| c.is_ascii_alphabetic()), "{}: {meaning}", w.word);
        }
        assert_eq!(subject_shown("Time"), "历法");
    });
}
