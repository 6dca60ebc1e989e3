//! The debrief report: one game's page from a game played on the command line, and the class
//! report of a folder of groups' saves, with a broken file and a save of another scenario
//! among them.

use crate::common::*;
use chanyuan::locale::{Catalog, Lang, message_ids, with_language};
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
    assert_eq!(cli(&["report", &save.to_string_lossy(), "-o", &out.to_string_lossy(), "--lang", "en"]), 0);

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
    std::fs::write(saves.join("broken.ron"), "(format: 4, scenario: ").unwrap();
    let loaded = chanyuan::rules::scenario::load::load_scenario(&root().join("levels/renegotiation_1042.ron"));
    let crisis = std::sync::Arc::new(loaded.scenario.expect("the 1042 crisis loads"));
    let foreign = Save::of(&play_out(crisis, 1), "levels/renegotiation_1042.ron", &[], None);
    write_atomic(&saves.join("other-lesson.ron"), &foreign.to_ron()).unwrap();

    let class = |lang: &str, out: &Path| {
        cli(&["report", "--class", &saves.to_string_lossy(), "-o", &out.to_string_lossy(), "--lang", lang])
    };
    assert_eq!(class("en", &out), 0);
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
    // The groups' decisions side by side: a row a group, with the emperor's crossing and
    // the flight south (history's roads), the first envoy, the drafts, the oath's month and
    // the advice followed.
    let decisions =
        html.split("id=\"decisions\"").nth(1).expect("the groups' decisions").split("</section>").next().unwrap();
    for column in
        ["The emperor takes the field", "First envoy", "Drafts sent / refused", "Oath sworn", "Advice: with / against"]
    {
        assert!(decisions.contains(&format!("<th>{column}")), "a column {column}: {decisions}");
    }
    let rows: Vec<&str> = decisions.split("<tr>").skip(2).collect();
    assert_eq!(rows.len(), 6, "a row for each of the five groups and history's, none for the skipped files");
    let history = rows[5];
    assert!(history.starts_with("<td>History</td><td>11th month, 1004</td><td>never</td>"), "{history}");
    assert!(
        history.contains("Wang Jizhong's first letter") && history.contains("<td>12th month, 1004</td>"),
        "{history}"
    );
    for (row, group) in rows.iter().take(5).zip(["group-1", "group-2", "group-3", "group-4", "group-5"]) {
        assert!(row.starts_with(&format!("<td>{group}</td>")), "{row}");
        assert_eq!(row.matches("<td>").count(), 7, "a cell a column: {row}");
        // The computer sends drafts in every game: the first envoy has a date and a court.
        assert!(row.contains(" xun of the ") && (row.contains("(Song)") || row.contains("(Liao)")), "{row}");
    }
    // Seed 33 ends in history's shape, sworn in the 12th month.
    assert!(rows[3].contains("<td>12th month, 1004</td>"), "the oath's month: {}", rows[3]);
    let md = read(&out.join("class-report.md"));
    assert!(md.contains("## Skipped") && md.contains("broken.ron"));
    assert!(md.contains("## The groups' decisions side by side") && md.contains("| group-5 |"));

    // The same page in Chinese.
    let zh = tmp.path().join("zh");
    assert_eq!(class("zh-Hans", &zh), 0);
    let html = read(&zh.join("class-report.html"));
    assert!(html.contains("<html lang=\"zh-Hans\">"));
    for heading in ["各组决策对照", "岁币分布与史实对照", "复盘讨论题", "已跳过"] {
        assert!(html.contains(&format!(">{heading}</h2>")), "{heading}");
    }
    assert!(html.contains("<th>第一位使者</th>") && html.contains("1004年12月"), "the decisions in Chinese");
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

/// The Song game above, reported in `lang`; the page's HTML.
fn debrief_in(lang: &str) -> String {
    let tmp = tempfile::tempdir().unwrap();
    let (actions, save, out) = (tmp.path().join("orders.ron"), tmp.path().join("group-a.ron"), tmp.path().join("out"));
    std::fs::write(&actions, SONG_AS_IN_1004).unwrap();
    assert_eq!(play_as_song(&actions, &save), 0, "the game is played and saved");
    assert_eq!(cli(&["report", &save.to_string_lossy(), "-o", &out.to_string_lossy(), "--lang", lang]), 0);
    read(&out.join("group-a-debrief.html"))
}

/// The headings of a debrief and the class page: what a reader scans for.
const HEADINGS: [&str; 14] = [
    "report-turning-heading",
    "report-known-heading",
    "report-figures-heading",
    "report-questions-heading",
    "report-decisions-heading",
    "report-chronicle-heading",
    "report-teacher-heading",
    "report-col-article",
    "report-col-clause",
    "report-col-in-history",
    "report-col-in-game",
    "report-col-turning-point",
    "report-col-decision",
    "report-col-judgement",
];

#[test]
fn a_debrief_written_in_chinese_has_chinese_headings_and_none_left_in_english() {
    let html = debrief_in("zh-Hans");
    assert!(html.contains("<html lang=\"zh-Hans\">"), "the page says its language");
    // A font stack that draws Chinese from the reader's own fonts; nothing fetched.
    assert!(html.contains("\"Noto Serif CJK SC\"") && html.contains("\"Source Han Serif"), "Chinese fonts named");
    assert!(!html.contains("@font-face") && !html.contains("url("), "no font fetched");
    let catalog = Catalog::embedded();
    for key in HEADINGS {
        let (en, zh) = (catalog.text(Lang::En, key, None), catalog.text(Lang::ZhHans, key, None));
        assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{key} is in Chinese: {zh}");
        assert!(html.contains(&format!(">{zh}<")), "the heading {zh} ({key})");
        assert!(!html.contains(&format!(">{en}<")), "an English heading left: {en}");
    }
    for heading in ["复盘：", "本局和约与1005年之盟（澶渊之盟）对照", "转折点与史实对照", "大事记", "教师用页"]
    {
        assert!(html.contains(heading), "{heading}");
    }
    // The charts' titles, units and dates in Chinese too.
    for title in ["府库（白银）", "军队士气", "所控州城", "厌战"] {
        assert!(html.contains(&format!("aria-label=\"{title}\"")), "the {title} chart");
    }
    let dates = x_labels(&html);
    assert!(dates.contains(&"9月".to_string()) && dates.contains(&"闰9月".to_string()), "{dates:?}");
    assert!(html.contains("日期（月、旬），1004–1005年"), "the x-axis in Chinese dates");
    // The teacher's page and the chronicle's secrets said in Chinese.
    assert!(html.contains("包括两朝各自的机密") && html.contains("给学生打印时请略去"));
    // No English sentence of the report's own: every English message of report.ftl that is
    // a whole sentence is absent.
    let english = std::fs::read_to_string(root().join("assets/locales/en/report.ftl")).unwrap();
    for id in message_ids(&english).unwrap() {
        let text = catalog.text(Lang::En, &id, None);
        if text.len() > 24 && !text.contains('{') && !text.contains("1004") {
            assert!(!html.contains(&text), "English left in the Chinese page: {text}");
        }
    }
}

/// The labels of the x-axis of every chart in a page: the text of the SVG's `<text>`
/// elements drawn centred under the plot.
fn x_labels(html: &str) -> Vec<String> {
    html.split("<svg")
        .skip(1)
        .flat_map(|svg| {
            svg.split("<text")
                .skip(1)
                .filter(|t| t.contains("text-anchor=\"middle\"") && t.contains("dy=\"0.76em\""))
                .filter_map(|t| t.split('>').nth(1).and_then(|x| x.split('<').next()).map(|x| x.trim().to_string()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_charts_x_axis_is_named_in_the_scenarios_dates() {
    let html = debrief_in("en");
    assert!(html.contains("date (month/xun; i = intercalary), 1004"), "the axis says what it counts");
    let dates: Vec<String> = x_labels(&html).into_iter().filter(|l| l.contains('/')).collect();
    assert!(dates.len() >= 4 * 3, "dates under each of the four charts: {dates:?}");
    for date in &dates {
        let (month, xun) = date.trim_start_matches('i').split_once('/').expect("month/xun");
        let (month, xun): (u32, u32) = (month.parse().unwrap(), xun.parse().unwrap());
        assert!((1..=12).contains(&month) && (1..=3).contains(&xun), "{date}");
    }
    // The 1004 campaign opens in the 9th month and runs through the intercalary 9th.
    assert!(dates.contains(&"9/1".to_string()) && dates.contains(&"i9/1".to_string()), "{dates:?}");
    // No turn numbers left on the axis, and at most nine dates a chart.
    assert!(!html.contains(">turn<"), "the x-axis no longer counts turns");
    assert!(dates.len() <= 4 * 9, "sensibly spaced: {}", dates.len());

    // A short game names every xun; a long one the months; a game of seasons its seasons.
    let s = scenario();
    let short = with_language(Lang::En, || report::debrief::ticks(&s, 0, 5));
    let short: Vec<&str> = short.iter().map(|(_, d)| d.as_str()).collect();
    assert_eq!(short, ["9/1", "9/2", "9/3", "i9/1", "i9/2", "i9/3"]);
    let long = with_language(Lang::ZhHans, || report::debrief::ticks(&s, 0, 20));
    let long: Vec<&str> = long.iter().map(|(_, d)| d.as_str()).collect();
    assert_eq!(long, ["9月", "闰9月", "10月", "11月", "12月", "1月", "2月"]);
    let loaded = chanyuan::rules::scenario::load::load_scenario(&root().join("levels/renegotiation_1042.ron"));
    let s1042 = loaded.scenario.expect("the 1042 crisis loads");
    let seasons = with_language(Lang::En, || report::debrief::ticks(&s1042, 0, 5));
    let seasons: Vec<&str> = seasons.iter().map(|(_, d)| d.as_str()).collect();
    assert_eq!(seasons, ["Spr 1042", "Sum", "Aut", "Win", "Spr 1043", "Sum"]);
}

#[test]
fn the_1042_debrief_sets_the_settlement_of_the_9th_month_beside_the_game() {
    let loaded = chanyuan::rules::scenario::load::load_scenario(&root().join("levels/renegotiation_1042.ron"));
    let crisis = std::sync::Arc::new(loaded.scenario.expect("the 1042 crisis loads"));
    let d = with_language(Lang::En, || report::debrief::gather(&play_out(crisis, 1), &[], Vec::new()));
    let known: Vec<(&str, &str)> = d.known.iter().map(|k| (k.what.as_str(), k.history.as_str())).collect();
    assert!(known.contains(&("The treaty sworn", "9th month (autumn), 1042")), "{known:?}");
    assert!(known.iter().any(|(what, when)| what.contains("Mass the armies") && *when == "1042"), "{known:?}");
    assert!(known.iter().any(|(what, when)| what.contains("Hedong") && *when == "never"), "{known:?}");
    let html = with_language(Lang::En, || report::html::debrief(&d));
    assert!(html.contains("Known dates: what history records") && html.contains("Xiao Temo"));
}

#[test]
fn a_teachers_page_answers_the_questions_asked_on_a_page_of_its_own() {
    // Seed 33 swears a peace of the 1005 shape: its questions ask about the sums paid.
    let d = with_language(Lang::En, || report::debrief::gather(&play_out(scenario(), 33), &[], Vec::new()));
    let html = with_language(Lang::En, || report::html::debrief(&d));
    let teacher = html.split("id=\"teacher\"").nth(1).expect("a page for the teacher");
    assert!(teacher.contains("For the teacher") && teacher.contains("leave it out when printing"));
    // A note for each kind of question asked, with history's answer and its record.
    let mut kinds: Vec<&str> = d.questions.iter().map(|q| q.kind).collect();
    kinds.dedup();
    kinds.sort_unstable();
    kinds.dedup();
    assert_eq!(teacher.matches("<dt>").count(), kinds.len(), "{kinds:?}");
    assert!(kinds.contains(&"payment"), "{kinds:?}");
    assert!(teacher.contains("The sums paid") && teacher.contains("up to a million"), "the payment's answer");
    assert!(teacher.contains("Changbian 58"), "the record named");
    assert!(html.contains("section.chronicle, section.teacher { break-before: page; }"), "printed on its own page");
    // The chronicle says that it holds both courts' secrets.
    let chronicle = html.split("id=\"chronicle\"").nth(1).unwrap();
    assert!(chronicle.contains("both courts' secret lines"));
}

/// Every `report-…` message id in `src/report`.
fn ids_in_report_sources() -> std::collections::BTreeSet<String> {
    let all = crate::common::message_ids_in_sources(&["src/report"]);
    all.into_iter().filter(|id| id.starts_with("report-")).collect()
}

#[test]
fn every_word_the_reports_ask_for_is_written_in_both_languages_and_none_is_left_over() {
    let used = ids_in_report_sources();
    assert!(used.contains("report-questions-heading") && used.contains("report-tick-xun"), "the scan finds them");
    for lang in Lang::ALL {
        let path = root().join("assets/locales").join(lang.code()).join("report.ftl");
        let text = std::fs::read_to_string(&path).unwrap();
        let ids: std::collections::BTreeSet<String> =
            message_ids(&text).expect("report.ftl parses").into_iter().collect();
        let missing: Vec<_> = used.difference(&ids).collect();
        let unused: Vec<_> = ids.difference(&used).collect();
        assert!(missing.is_empty(), "asked for by src/report but not in {}: {missing:?}", path.display());
        assert!(unused.is_empty(), "in {} but asked for nowhere in src/report: {unused:?}", path.display());
    }
}
