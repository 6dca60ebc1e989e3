//! A chronicle a student can follow: drafts told with their terms in brief, answers with a
//! one-line reason that gives away none of the answering court's hidden figures, and the
//! game's words explained on first use and in the glossary (`docs/GLOSSARY.md`).

use crate::common::*;
use chanyuan::rules::chronicle::Entry;
use chanyuan::rules::game::{Action, Answer, Game};
use chanyuan::rules::glossary::{Glosser, Word, markdown, words};
use chanyuan::rules::ids::CourtId;
use chanyuan::rules::scenario::{Term, Value};

/// Sends a draft from `from` and waits, turn by turn, for it to arrive at `to`; its id.
fn send_and_wait(g: &mut Game, from: CourtId, to: CourtId, terms: Vec<Term>) -> u32 {
    g.act(from, Action::SendEnvoy { to, terms }).expect("the envoy sets out");
    for _ in 0..12 {
        if let Some(id) = g.waiting_for(to).map(|p| p.id).next() {
            return id;
        }
        pass(g);
    }
    panic!("the envoy never arrived")
}

/// The chronicle's sentence for the answer to a draft.
fn answer_line(g: &Game, proposal: u32) -> String {
    let line = g
        .state()
        .chronicle
        .iter()
        .find(|l| matches!(l.entry, Entry::Answered { proposal: p, .. } if p == proposal))
        .expect("the answer is in the chronicle");
    line.text(&g.scenario)
}

/// The chronicle's sentence for the envoy who carries a draft.
fn sent_line(g: &Game, proposal: u32) -> String {
    let line = g
        .state()
        .chronicle
        .iter()
        .find(|l| matches!(l.entry, Entry::EnvoySent { proposal: p, .. } if p == proposal))
        .expect("the envoy is in the chronicle");
    line.text(&g.scenario)
}

/// The historical treaty with other yearly silver.
fn with_silver(g: &Game, silver: i64) -> Vec<Term> {
    let payment = g.scenario.clause_id("annual_payment").unwrap();
    let mut terms = historical_treaty(g);
    let t = terms.iter_mut().find(|t| t.clause == payment).expect("the payment is in the treaty");
    t.values[0] = Value::Amount(silver);
    terms
}

#[test]
fn a_draft_sent_names_its_terms_in_brief_on_one_line() {
    let mut g = game(1);
    let (song, liao) = (song(&g), liao(&g));
    g.act(song, Action::SendEnvoy { to: liao, terms: historical_treaty(&g) }).unwrap();
    let line = sent_line(&g, 1);
    assert!(!line.contains('\n'));
    assert!(line.starts_with("The Song send Cao Liyong"), "{line}");
    assert!(line.contains("to the Liao camp with draft #1"), "{line}");
    // The two weightiest articles by their published worths, then a count of the rest.
    let more = g.scenario.history.len() - 2;
    assert!(
        line.ends_with(&format!(
            ": 100,000 taels and 200,000 bolts a year, \"Keep the present borders\", and {more} more articles."
        )),
        "{line}"
    );
}

#[test]
fn a_short_draft_names_every_article() {
    let mut g = game(1);
    let (song, liao) = (song(&g), liao(&g));
    let terms = vec![term(&g, "keep_borders"), term(&g, "border_markets"), term(&g, "brothers")];
    g.act(song, Action::SendEnvoy { to: liao, terms }).unwrap();
    let line = sent_line(&g, 1);
    let xiongzhou = &g.scenario.place(place(&g, "xiongzhou")).name;
    assert!(
        line.ends_with(&format!(
            ": \"Keep the present borders\", \"Border markets\" at {xiongzhou}, and \"The emperors as brothers\" (the Song as elder)."
        )),
        "{line}"
    );
}

#[test]
fn a_counter_offer_names_its_biggest_change_and_its_terms() {
    let mut g = game(1);
    let (song, liao) = (song(&g), liao(&g));
    let terms = historical_treaty(&g);
    let id = send_and_wait(&mut g, song, liao, terms);
    let counter = with_silver(&g, 150_000);
    g.act(liao, Action::Answer { proposal: id, answer: Answer::Counter(counter) }).unwrap();
    assert_eq!(
        answer_line(&g, id),
        format!(
            "The Liao answer draft #{id} with a counter-offer; the chief change: 150,000 taels instead of 100,000 a year."
        )
    );
    // The counter-offer goes back with the same envoy, its terms in brief.
    let back = sent_line(&g, id + 1);
    assert!(back.starts_with("The Liao give Cao Liyong"), "{back}");
    assert!(back.contains(&format!("draft #{}, to carry back to the Song camp", id + 1)), "{back}");
    assert!(back.contains("): 150,000 taels and 200,000 bolts a year, \"Keep the present borders\", and "), "{back}");
}

#[test]
fn a_counter_offer_that_leaves_out_or_adds_an_article_says_so() {
    let mut g = game(1);
    let (song, liao) = (song(&g), liao(&g));
    // The Song offer the borders and a Guannan cession; the Liao strike out the borders.
    let terms = vec![term(&g, "keep_borders"), term(&g, "cede_guannan")];
    let id = send_and_wait(&mut g, song, liao, terms);
    let counter = vec![term(&g, "cede_guannan")];
    g.act(liao, Action::Answer { proposal: id, answer: Answer::Counter(counter) }).unwrap();
    assert!(
        answer_line(&g, id).ends_with("the chief change: \"Keep the present borders\" left out."),
        "{}",
        answer_line(&g, id)
    );

    // The Liao add the yearly payment to the borders the Song offer.
    let mut g = game(1);
    let terms = vec![term(&g, "keep_borders")];
    let id = send_and_wait(&mut g, song, liao, terms);
    let counter = vec![term(&g, "keep_borders"), term(&g, "annual_payment")];
    g.act(liao, Action::Answer { proposal: id, answer: Answer::Counter(counter) }).unwrap();
    assert!(
        answer_line(&g, id)
            .ends_with("the chief change: \"Yearly silver and silk\" (100,000 taels and 200,000 bolts a year) added."),
        "{}",
        answer_line(&g, id)
    );
}

#[test]
fn an_answer_names_the_article_that_counts_most_for_or_against_the_court() {
    let mut g = game(1);
    let (song, liao) = (song(&g), liao(&g));
    let terms = historical_treaty(&g);
    let id = send_and_wait(&mut g, song, liao, terms);
    g.act(liao, Action::Answer { proposal: id, answer: Answer::Accept }).unwrap();
    assert_eq!(
        answer_line(&g, id),
        format!(
            "The Liao accept draft #{id}; the article worth most to them: \"Yearly silver and silk\" (100,000 taels and 200,000 bolts a year)."
        )
    );

    let mut g = game(1);
    let terms = vec![term(&g, "keep_borders"), term(&g, "cede_guannan")];
    let id = send_and_wait(&mut g, liao, song, terms);
    g.act(song, Action::Answer { proposal: id, answer: Answer::Reject }).unwrap();
    assert_eq!(
        answer_line(&g, id),
        format!(
            "The Song reject draft #{id}; the article that weighs most against them: \"Cession of land\" (Guannan)."
        )
    );
}

/// The 1004 scenario with the Liao court's hidden figures set one way or the other: its
/// resolve, war-weariness, treasury, and its armies' strength and morale.
fn liao_court(bold: bool) -> Game {
    let (resolve, weariness, silver, morale) = if bold { (40, 0, 5_000_000, 95) } else { (-40, 90, 1_000, 10) };
    situation()
        .resolve("liao", resolve)
        .weariness("liao", weariness)
        .edit(move |raw| {
            let c = raw.courts.iter_mut().find(|c| c.id == "liao").expect("liao");
            c.treasury.silver = silver;
            c.treasury.silk = silver;
            for a in raw.armies.iter_mut().filter(|a| a.side == "liao") {
                a.strength = if bold { a.strength * 3 } else { a.strength / 3 };
                a.morale = morale;
            }
        })
        .game(1)
}

#[test]
fn the_reason_for_an_answer_is_the_same_whatever_the_answering_courts_hidden_figures() {
    let answers = |g: &Game| {
        vec![
            Answer::Accept,
            Answer::Reject,
            Answer::Counter(with_silver(g, 300_000)),
            Answer::Counter(vec![term(g, "keep_borders"), term(g, "cede_guannan")]),
        ]
    };
    let drafts = |g: &Game| vec![historical_treaty(g), vec![term(g, "keep_borders"), term(g, "no_new_forts")]];
    let probe = liao_court(true);
    for (d, _) in drafts(&probe).iter().enumerate() {
        for (a, _) in answers(&probe).iter().enumerate() {
            let lines: Vec<String> = [true, false]
                .into_iter()
                .map(|bold| {
                    let mut g = liao_court(bold);
                    let (song, liao) = (song(&g), liao(&g));
                    let terms = drafts(&g)[d].clone();
                    let id = send_and_wait(&mut g, song, liao, terms);
                    g.act(liao, Action::Answer { proposal: id, answer: answers(&g)[a].clone() }).unwrap();
                    answer_line(&g, id)
                })
                .collect();
            assert!(lines[0].contains("; "), "a reason is given: {}", lines[0]);
            assert_eq!(lines[0], lines[1], "draft {d}, answer {a}: the reason depends on hidden figures");
        }
    }
}

#[test]
fn the_reason_is_read_by_both_courts_alike() {
    let mut g = game(1);
    let (song, liao) = (song(&g), liao(&g));
    let terms = historical_treaty(&g);
    let id = send_and_wait(&mut g, song, liao, terms);
    g.act(liao, Action::Answer { proposal: id, answer: Answer::Reject }).unwrap();
    let line = g
        .state()
        .chronicle
        .iter()
        .find(|l| matches!(l.entry, Entry::Answered { .. }))
        .expect("the answer is in the chronicle");
    assert!(line.visible_to(song) && line.visible_to(liao));
    // By the published tables the Liao gain from the articles of 1005 but two: the Song as the
    // elder brother costs them most.
    let text = line.text(&g.scenario);
    assert!(
        text.ends_with("the article that weighs most against them: \"The emperors as brothers\" (the Song as elder)."),
        "{text}"
    );
}

#[test]
fn a_measure_or_a_date_is_explained_once_the_first_time() {
    let mut glosser = Glosser::new();
    let first = glosser.gloss("1st xun of the intercalary 9th month, 1004");
    assert_eq!(
        first,
        "1st xun (ten days, a third of a month) of the intercalary (an extra month that keeps the lunar year in step with the seasons) 9th month, 1004"
    );
    assert_eq!(
        glosser.gloss("2nd xun of the intercalary 9th month, 1004"),
        "2nd xun of the intercalary 9th month, 1004"
    );
    // A crossbow bolt is no measure of silk, and Bi Shi'an no measure of grain.
    let bolt = "Xiao Talin is struck by a bolt from a heavy frame crossbow; Bi Shi'an counsels peace.";
    assert_eq!(glosser.gloss(bolt), bolt);
    let paid = glosser.gloss("100,000 taels and 200,000 bolts a year; 5,000 shi of grain.");
    assert!(paid.starts_with("100,000 taels (liang, "), "{paid}");
    assert!(paid.contains("200,000 bolts (pi, "), "{paid}");
    assert!(paid.contains("5,000 shi (dan, "), "{paid}");
    let again = "Under \"Yearly silver and silk\", the Song deliver 100,000 taels of silver.";
    assert_eq!(glosser.gloss(again), again);
}

#[test]
fn the_report_explains_each_measure_once() {
    let mut g = game(1);
    let (song, liao) = (song(&g), liao(&g));
    let terms = historical_treaty(&g);
    let id = send_and_wait(&mut g, song, liao, terms);
    g.act(liao, Action::Answer { proposal: id, answer: Answer::Counter(with_silver(&g, 150_000)) }).unwrap();
    let report = chanyuan::cli::report(&g, Some(song), false);
    for gloss in ["(liang, ", "(pi, ", "(ten days, "] {
        assert_eq!(report.matches(gloss).count(), 1, "{gloss} once in:\n{report}");
    }
    assert!(report.contains("1st xun (ten days, a third of a month) of the 9th month, 1004"), "{report}");
}

#[test]
fn the_glossary_explains_the_games_words_and_its_glosses_stand_alone() {
    let all: Vec<&Word> = words().collect();
    let names: Vec<&str> = all.iter().map(|w| w.word).collect();
    for needed in [
        "xun",
        "month",
        "intercalary month",
        "season",
        "taels",
        "bolts",
        "shi (grain)",
        "treaty",
        "article",
        "envoy",
        "go-between",
        "memorial",
        "policy",
        "honour",
        "trust",
        "war-weariness",
        "morale",
        "garrison",
        "walls",
        "siege",
        "assault",
        "breach",
        "cause for war",
    ] {
        assert!(names.contains(&needed), "the glossary lacks {needed}");
    }
    for (i, w) in all.iter().enumerate() {
        assert!(!w.meaning.is_empty(), "{}", w.word);
        assert!(!names[..i].contains(&w.word), "{} twice", w.word);
        assert_eq!(w.gloss.is_empty(), w.forms.is_empty(), "{}: a gloss needs its forms and forms their gloss", w.word);
        // A gloss uses no glossed word, so glosses never pile up.
        for other in &all {
            for f in other.forms {
                assert!(!w.gloss.split(|c: char| !c.is_alphanumeric()).any(|x| x == *f), "{}'s gloss uses {f}", w.word);
            }
        }
    }
}

#[test]
fn docs_glossary_is_written_from_the_glossary() {
    let path = root().join("docs/GLOSSARY.md");
    let text = markdown();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let doc = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(doc, text, "docs/GLOSSARY.md differs from src/rules/glossary.rs: UPDATE_GOLDEN=1 rewrites it");
    for w in words() {
        assert!(doc.contains(&format!("- **{}**", w.word)), "{} is not in docs/GLOSSARY.md", w.word);
    }
}
