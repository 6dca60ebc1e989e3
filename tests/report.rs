//! The debrief report: one game's page from a game played on the command line, and the class
//! report of a folder of groups' saves, with a broken file and a save of another scenario
//! among them.

use crate::common::*;
use chanyuan::report;
use chanyuan::rules::save::{Save, write_atomic};
use chanyuan::rules::simulate::play_out;
use std::path::Path;

/// The Song march the Guard to Chanzhou, the emperor crosses the river, and Cao Liyong rides
/// to the Liao camp with history's sums; then the turns pass to the spring.
const SONG_AS_IN_1004: &str = r#"[
  [Move(army: "song_guard", to: "chanzhou_south")],
  [Policy(policy: "personal_expedition")],
  [SendEnvoy(to: "liao", terms: [(clause: "annual_payment", params: {"silver": Amount(100000), "silk": Amount(200000)})])],
  [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [],
]"#;

/// Every `src` and `href` attribute's value in a page.
fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["src=\"", "href=\"", "src='", "href='"] {
        for (at, _) in html.match_indices(attr) {
            let rest = &html[at + attr.len()..];
            let end = rest.find(['"', '\'']).unwrap_or(rest.len());
            out.push(rest[..end].to_string());
        }
    }
    out
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_debrief_of_a_game_played_as_the_song_has_its_treaty_charts_questions_and_no_link_out() {
    let tmp = tempfile::tempdir().unwrap();
    let (actions, save, out) = (tmp.path().join("orders.ron"), tmp.path().join("group-a.ron"), tmp.path().join("out"));
    std::fs::write(&actions, SONG_AS_IN_1004).unwrap();
    assert_eq!(play_as_song(&actions, &save), 0, "the game is played and saved");
    assert_eq!(cli(&["report", &save.to_string_lossy(), "-o", &out.to_string_lossy()]), 0);

    let html = read(&out.join("group-a-debrief.html"));
    // The four charts, each an inline SVG with a line a court drawn from the turns' figures.
    assert_eq!(html.matches("<svg").count(), 4, "four charts");
    // The courts' lines are 3 pixels wide (the axes' ticks are thin polylines), each through
    // every turn's figure.
    let lines: Vec<&str> = html.split("<polyline").skip(1).filter(|l| l.contains("stroke-width=\"3\"")).collect();
    assert_eq!(lines.len(), 8, "a line for each court in each chart");
    for line in lines {
        let points = line.split("points=\"").nth(1).and_then(|p| p.split('"').next()).unwrap_or("");
        assert!(points.split(' ').count() > 10, "a point a turn: {points}");
    }
    for title in ["Treasury (silver)", "Morale of the armies", "Territory held", "War-weariness"] {
        assert!(html.contains(&format!("aria-label=\"{title}\"")), "the {title} chart");
    }
    // The treaty beside the treaty of 1005, clause by clause.
    assert!(html.contains("The treaty beside the treaty of 1005"));
    assert!(html.contains("Yearly silver and silk") && html.contains("100,000 taels of silver"));
    // The turning points beside history's dates.
    assert!(html.contains("22nd day of the 11th month, 1004"), "Xiao Talin's death as history dates it");
    assert!(html.contains("The emperor takes the field"), "the emperor's crossing, chosen in this game");
    // The Song's own decisions with the advice of their own judgement.
    assert!(html.contains("The Song sent Cao Liyong to the Liao with a draft: 100,000 taels and 200,000 bolts a year"));
    assert!(html.contains("what the Song foresaw of the Liao answer"));
    // Questions drawn from the game.
    let questions = html.split("id=\"questions\"").nth(1).expect("a questions section");
    let asked = questions.split("</ol>").next().unwrap().matches("<li>").count();
    assert!(asked >= 3, "several questions: {asked}");
    // Self-contained: no script, nothing fetched.
    assert!(!html.contains("<script"), "no script");
    for link in links(&html) {
        assert!(!link.to_ascii_lowercase().contains("http"), "an external link: {link}");
    }
    assert!(html.contains("@page { size: A4"), "a print stylesheet for A4");

    let md = read(&out.join("group-a-debrief.md"));
    assert!(md.contains("## Questions for the debrief") && md.contains("| 1 | Yearly silver and silk |"));
}

#[test]
fn every_answer_in_a_debrief_carries_the_answering_courts_own_reckoning() {
    let s = scenario();
    let game = play_out(s.clone(), 33);
    let save = Save::of(&game, "levels/chanyuan_1004.ron", &[], None);
    let d = report::debrief::Debrief::of_save(&save, s).expect("the save replays");
    let answers: Vec<_> = d.decisions.iter().filter(|x| x.what.contains(" draft #")).collect();
    assert!(!answers.is_empty(), "the courts answered drafts");
    for a in answers {
        assert!(a.reckoning.is_some() && a.advice.starts_with("their own reckoning"), "{a:?}");
    }
}

#[test]
fn texts_from_a_scenario_are_escaped_in_the_page() {
    let scenario = situation()
        .edit(|raw| raw.courts.iter_mut().find(|c| c.id == "song").unwrap().name = "<b>Song</b> & co".into())
        .scenario();
    let game = play_out(scenario, 5);
    let d = report::debrief::gather(&game, &[], Vec::new());
    let html = report::html::debrief(&d);
    assert!(!html.contains("<b>Song"), "a name from a file is not markup");
    assert!(html.contains("&lt;b&gt;Song&lt;/b&gt; &amp; co"));
    let md = report::markdown::debrief(&d);
    assert!(md.contains("\\<b\\>Song"), "nor does it make HTML in the Markdown copy");
}

#[test]
fn the_class_report_compares_five_groups_and_lists_a_broken_file_and_a_foreign_save_as_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let (saves, out) = (tmp.path().join("class"), tmp.path().join("out"));
    for (group, seed) in ["group-1", "group-2", "group-3", "group-4", "group-5"].iter().zip([1u64, 2, 3, 33, 40]) {
        let game = play_out(scenario(), seed);
        let save = Save::of(&game, "levels/chanyuan_1004.ron", &[], None);
        write_atomic(&saves.join(format!("{group}.ron")), &save.to_ron()).unwrap();
    }
    std::fs::write(saves.join("broken.ron"), "(format: 3, scenario: ").unwrap();
    let loaded = chanyuan::rules::scenario::load::load_scenario(&root().join("levels/renegotiation_1042.ron"));
    let crisis = std::sync::Arc::new(loaded.scenario.expect("the 1042 crisis loads"));
    let foreign = Save::of(&play_out(crisis, 1), "levels/renegotiation_1042.ron", &[], None);
    write_atomic(&saves.join("other-lesson.ron"), &foreign.to_ron()).unwrap();

    assert_eq!(cli(&["report", "--class", &saves.to_string_lossy(), "-o", &out.to_string_lossy()]), 0);
    let html = read(&out.join("class-report.html"));
    for group in ["group-1", "group-2", "group-3", "group-4", "group-5"] {
        assert!(html.contains(&format!("<tr><td>{group}</td>")), "{group} is reported");
    }
    let skipped = html.split("id=\"skipped\"").nth(1).expect("a list of the files skipped");
    assert!(skipped.contains("broken.ron: ") && skipped.contains("not a readable save"), "{skipped}");
    assert!(skipped.contains("other-lesson.ron: a save of scenario `renegotiation_1042`"), "{skipped}");
    // The spread of payments as an SVG chart, with history's sums beside the groups'.
    assert_eq!(html.matches("<svg").count(), 1);
    assert!(html.contains("<rect"), "bars for the groups' payments");
    assert!(html.contains("groups swore a treaty") && html.contains("ceded land"));
    assert!(html.contains("Questions for the debrief"));
    for link in links(&html) {
        assert!(!link.to_ascii_lowercase().contains("http"), "an external link: {link}");
    }
    let md = read(&out.join("class-report.md"));
    assert!(md.contains("## Skipped") && md.contains("broken.ron"));
}

#[test]
fn a_report_of_a_missing_save_or_an_empty_folder_is_an_error_not_a_panic() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out").to_string_lossy().into_owned();
    assert_eq!(cli(&["report", &tmp.path().join("nothing.ron").to_string_lossy(), "-o", &out]), 2);
    assert_eq!(cli(&["report", "--class", &tmp.path().to_string_lossy(), "-o", &out]), 2);
    assert_eq!(cli(&["report", "-o", &out]), 2, "a save or a folder must be named");
}

#[test]
fn the_end_screens_report_of_a_game_in_hand_is_named_after_its_scenario_and_seed() {
    // The end screen writes the game it holds, saved in memory as the save code saves it.
    let tmp = tempfile::tempdir().unwrap();
    let game = play_out(scenario(), 33);
    let save = Save::of(&game, "levels/chanyuan_1004.ron", &[], None);
    let written = report::write_debrief(&save, scenario(), None, tmp.path()).expect("written");
    assert_eq!(written.html, tmp.path().join("chanyuan_1004-seed33-debrief.html"));
    assert!(read(&written.markdown).starts_with("# Debrief: The Chanyuan Campaign, 1004"));
}
