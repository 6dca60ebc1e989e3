//! Scenario texts in English and simplified Chinese: both forms of a text read, every shipped
//! text translated, a text missing its Chinese warned where it is written and shown in
//! English, and a game the same whichever language it was played in.

use crate::common::root;
use chanyuan::locale::{Lang, with_language};
use chanyuan::rules::game::{Action, Game};
use chanyuan::rules::play::Match;
use chanyuan::rules::save::{Save, fingerprint};
use chanyuan::rules::scenario::diagnostic::{Diagnostic, Severity, render};
use chanyuan::rules::scenario::load::{Loaded, load_scenario, load_str, ron_options};
use chanyuan::rules::scenario::text::Text;
use std::sync::Arc;

/// Every scenario and mod the game ships, by its path under the repository.
const SHIPPED: [&str; 4] = [
    "levels/chanyuan_1004.ron",
    "levels/chanyuan_1004_chanzhou.ron",
    "levels/renegotiation_1042.ron",
    "levels/mods/hostage_exchange/mod.ron",
];

fn load_in(lang: Lang, path: &str) -> Loaded {
    with_language(lang, || load_scenario(&root().join(path)))
}

fn untranslated(loaded: &Loaded) -> Vec<&Diagnostic> {
    loaded.diagnostics.iter().filter(|d| d.message.contains("has no Chinese")).collect()
}

#[test]
fn a_text_is_a_plain_string_or_both_languages() {
    let read = |s: &str| ron_options().from_str::<Text>(s);
    assert_eq!(read("\"Chanzhou\"").unwrap(), Text::from("Chanzhou"));
    assert_eq!(read("(en: \"Chanzhou\", zh: \"澶州\")").unwrap(), Text::both("Chanzhou", "澶州"));
    assert_eq!(read("(zh: \"澶州\", en: \"Chanzhou\")").unwrap(), Text::both("Chanzhou", "澶州"));
    assert_eq!(read("(en: \"Chanzhou\")").unwrap(), Text::from("Chanzhou"));
    assert_eq!(read("r#\"the \"yellow\" banner\"#").unwrap(), Text::from("the \"yellow\" banner"));
    // English is the fallback, so it is never left out; a misspelt language is named.
    assert!(read("(zh: \"澶州\")").unwrap_err().to_string().contains("`en`"));
    let wrong = read("(en: \"Chanzhou\", zn: \"澶州\")").unwrap_err().to_string();
    assert!(wrong.contains("`zn`") && wrong.contains("`zh`"), "{wrong}");
    assert!(read("3").unwrap_err().to_string().contains("(en: \"Chanzhou\", zh: \"澶州\")"));
    // Written back, English alone stays a plain string.
    assert_eq!(ron::to_string(&Text::from("Song")).unwrap(), "\"Song\"");
    assert_eq!(Text::both("Song", "宋").get(Lang::ZhHans), "宋");
    assert_eq!(Text::from("Song").get(Lang::ZhHans), "Song");
}

#[test]
fn every_text_the_game_ships_is_in_chinese() {
    for path in SHIPPED {
        let text = std::fs::read_to_string(root().join(path)).unwrap();
        assert!(text.contains("languages: [\"en\", \"zh-Hans\"]"), "{path} declares both languages");
        let loaded = load_in(Lang::ZhHans, path);
        assert!(loaded.scenario.is_some(), "{path} loads");
        let missing: Vec<String> = untranslated(&loaded).iter().map(|d| d.headline()).collect();
        assert!(missing.is_empty(), "{path}: {} texts without Chinese:\n{}", missing.len(), missing.join("\n"));
        let others: Vec<String> = loaded
            .diagnostics
            .iter()
            .filter(|d| d.message.contains("Chinese") || d.message.contains("language"))
            .map(|d| d.headline())
            .collect();
        assert!(others.is_empty(), "{path}:\n{}", others.join("\n"));
    }
}

#[test]
fn the_chinese_window_reads_every_name_in_characters() {
    let s = load_in(Lang::ZhHans, "levels/chanyuan_1004.ron").scenario.expect("loads");
    let latin = |t: &str| t.chars().any(|c| c.is_ascii_alphabetic());
    let mut english: Vec<String> = Vec::new();
    english.extend(s.places.iter().filter(|p| latin(&p.name)).map(|p| p.name.clone()));
    english.extend(s.characters.iter().filter(|c| latin(&c.name) || latin(&c.bio)).map(|c| c.name.clone()));
    english.extend(s.armies.iter().filter(|a| latin(&a.name)).map(|a| a.name.clone()));
    english.extend(s.policies.iter().filter(|p| latin(&p.name)).map(|p| p.name.clone()));
    english.extend(s.clauses.iter().filter(|c| latin(&c.name)).map(|c| c.name.clone()));
    english.extend(s.events.iter().filter(|e| latin(&e.text)).map(|e| e.name.clone()));
    english.extend(s.encyclopedia.iter().filter(|e| latin(&e.title)).map(|e| e.title.clone()));
    assert!(english.is_empty(), "still in English: {english:?}");
    assert!(!latin(&s.title) && !latin(&s.summary), "{}", s.title);
}

#[test]
fn a_scenario_read_in_chinese_names_the_courts_song_and_liao() {
    let zh = load_in(Lang::ZhHans, "levels/chanyuan_1004.ron").scenario.expect("loads");
    let en = load_in(Lang::En, "levels/chanyuan_1004.ron").scenario.expect("loads");
    let (song, liao) = (zh.court_id("song").unwrap(), zh.court_id("liao").unwrap());
    assert_eq!((zh.court_name(song), zh.court_name(liao)), ("宋", "辽"));
    assert_eq!((en.court_name(song), en.court_name(liao)), ("Song", "Liao"));
    assert_eq!(zh.courts[song].long_name, "大宋");
    // The place and the person are those of the records, in simplified characters; the
    // characters of the records themselves stay as written, for the encyclopedia.
    let chanzhou = zh.place(zh.place_id("chanzhou_north").unwrap());
    assert!(chanzhou.name.contains("澶州"), "{}", chanzhou.name);
    let kou = zh.character(zh.char_id("kou_zhun").unwrap());
    assert_eq!((kou.name.as_str(), kou.zh.as_str()), ("寇准", "寇準"));
    assert_eq!(kou.label(), "寇准（寇準）");
    assert_eq!(en.character(en.char_id("kou_zhun").unwrap()).label(), "Kou Zhun 寇準");
    // Its dates in the Chinese calendar: the Liao march in the intercalary 9th month.
    let date = |turn| zh.calendar.date_in(turn, Lang::ZhHans);
    assert_eq!(
        (date(0), date(3), date(6), date(11)),
        (
            "1004年九月上旬".to_string(),
            "1004年闰九月上旬".to_string(),
            "1004年十月上旬".to_string(),
            "1004年十一月下旬".to_string()
        )
    );
    assert_eq!(zh.calendar.date_in(0, Lang::En), en.calendar.date(0));
    // The treaty's amounts read in the units of the records.
    let payment = zh.clause_id("annual_payment").unwrap();
    let text = zh.term_text(&zh.history.iter().find(|t| t.clause == payment).unwrap().clone());
    assert!(text.contains("100,000") && text.contains("200,000"), "{text}");
    // The encyclopedia finds a Chinese name in a Chinese sentence.
    let book = chanyuan::rules::encyclopedia::Encyclopedia::of(&zh);
    let named: Vec<&str> = book.mentions("寇准力劝真宗亲征澶州").iter().map(|e| e.id.as_str()).collect();
    assert!(named.contains(&"kou_zhun"), "{named:?}");
    // Its entries say what each thing is in Chinese, and keep the records' characters.
    let entry = book.get("person/kou_zhun").expect("Kou Zhun's entry");
    assert_eq!(
        (entry.title.as_str(), entry.zh.as_str(), entry.role.as_str()),
        ("寇准", "寇準", "同平章事（宋），主战")
    );
    assert_eq!(entry.pinyin, "Kòu Zhǔn");
    let youzhou = book.lookup("燕京").expect("Youzhou by its other name");
    assert_eq!((youzhou.id.as_str(), youzhou.role.as_str()), ("youzhou", "地图上的地点，开局时属辽"));
}

/// The small scenario of the guide, declared translated, with one name in both languages.
fn mini_translated() -> String {
    let mini = std::fs::read_to_string(root().join("tests/data/mini.ron")).unwrap();
    mini.replacen("    format: 2,\n", "    format: 2,\n    languages: [\"en\", \"zh-Hans\"],\n", 1).replacen(
        "name: \"Xiongzhou\"",
        "name: (en: \"Xiongzhou\", zh: \"雄州\")",
        1,
    )
}

#[test]
fn a_text_missing_its_chinese_is_warned_where_it_is_written_and_shown_in_english() {
    let text = mini_translated();
    let loaded = with_language(Lang::ZhHans, || load_str("mini.ron", &text));
    let s = loaded.scenario.as_ref().expect("a missing translation is no error");
    let warned = untranslated(&loaded);
    let kaifeng =
        warned.iter().find(|d| d.message.contains("the place `kaifeng`'s `name`")).expect("Kaifeng is warned");
    assert_eq!(kaifeng.severity, Severity::Warning);
    // At the name itself: its line, and the column of its opening quote.
    let at = text.find("\"Kaifeng\"").unwrap();
    let line = text[..at].matches('\n').count() + 1;
    let col = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    assert_eq!((kaifeng.path.as_str(), kaifeng.line, kaifeng.col), ("mini.ron", line, col));
    assert_eq!(kaifeng.suggestion.as_deref(), Some("write it in both languages, `name: (en: \"Kaifeng\", zh: \"…\")`"));
    // As a modder reads it (tests/golden/untranslated.txt; UPDATE_GOLDEN=1 rewrites it).
    let report = render(std::slice::from_ref(*kaifeng), &loaded.sources);
    let golden = root().join("tests/golden/untranslated.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &report).unwrap();
    }
    assert_eq!(report, std::fs::read_to_string(&golden).unwrap_or_default(), "{}", golden.display());
    // The name given in both languages is not warned, and reads in Chinese; the other in English.
    assert!(!warned.iter().any(|d| d.message.contains("`xiongzhou`")), "{warned:?}");
    let name = |id: &str| s.place(s.place_id(id).unwrap()).name.clone();
    assert_eq!((name("xiongzhou"), name("kaifeng")), ("雄州".to_string(), "Kaifeng".to_string()));
    assert!(warned.iter().any(|d| d.message.contains("the objective `song_peace`")));
    // A scenario that does not say it is translated is not warned: English mods stay quiet.
    let english = std::fs::read_to_string(root().join("tests/data/mini.ron")).unwrap();
    let quiet = with_language(Lang::ZhHans, || load_str("mini.ron", &english));
    assert!(untranslated(&quiet).is_empty(), "{:?}", quiet.diagnostics);
}

#[test]
fn a_language_the_game_does_not_speak_and_a_lost_parameter_are_warned() {
    let text = mini_translated().replacen("\"zh-Hans\"]", "\"zh-Hans\", \"fr\"]", 1).replacen(
        "text: \"The Song send {silver} taels a year.\"",
        "text: (en: \"The Song send {silver} taels a year.\", zh: \"宋每年送银两。\")",
        1,
    );
    let loaded = load_str("mini.ron", &text);
    let messages: Vec<String> = loaded.diagnostics.iter().map(|d| d.headline()).collect();
    assert!(messages.iter().any(|m| m.contains("no language `fr`")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("leaves out {silver}")), "{messages:?}");
}

/// The Song emperor takes the field on the first turn (his banner's `Say` line goes into the
/// chronicle), then the computer plays both courts for some turns.
fn played_in(lang: Lang) -> (Game, Arc<chanyuan::rules::scenario::Scenario>) {
    let s = Arc::new(load_in(lang, "levels/chanyuan_1004.ron").scenario.expect("loads"));
    let mut g = Game::new(s.clone(), 17);
    let song = s.court_id("song").unwrap();
    let expedition = s.policy_id("personal_expedition").unwrap();
    g.act(song, Action::Policy { policy: expedition }).expect("the emperor may go north");
    let mut m = Match::computer_only_unplayed(g);
    with_language(lang, || {
        for _ in 0..8 {
            m.play_turn();
        }
    });
    (m.into_game(), s)
}

#[test]
fn a_game_saved_in_chinese_replays_in_english_to_the_same_fingerprint() {
    let (zh_game, zh) = played_in(Lang::ZhHans);
    let (en_game, en) = played_in(Lang::En);
    assert_eq!(fingerprint(&zh_game), fingerprint(&en_game), "the same game whatever the language");
    let song = zh.court_id("song").unwrap();
    let save = Save::parse(&Save::of(&zh_game, "levels/chanyuan_1004.ron", &[song], None).to_ron()).unwrap();
    let replayed = save.replay_checked(en.clone()).expect("a Chinese save replays in English");
    assert_eq!(fingerprint(&replayed), fingerprint(&zh_game));
    // The chronicle keeps the banner's line in English; each language reads it in its own.
    let said = zh_game
        .state()
        .chronicle
        .iter()
        .find_map(|l| match &l.entry {
            chanyuan::rules::chronicle::Entry::Said { text } => Some(text.clone()),
            _ => None,
        })
        .expect("the banner is seen");
    assert!(said.contains("yellow banner"), "{said}");
    assert_eq!(en.said(&said), said);
    assert!(zh.said(&said).contains("黄"), "{}", zh.said(&said));
}

#[test]
fn the_lessons_and_the_campaign_read_in_chinese_too() {
    let latin = |t: &str| t.chars().any(|c| c.is_ascii_alphabetic());
    for name in ["chanzhou_11th_month", "whole_campaign_1004"] {
        let path = root().join(format!("levels/lessons/{name}.ron"));
        let lesson = with_language(Lang::ZhHans, || chanyuan::rules::lesson::load_lesson(&path)).into_result();
        let lesson = lesson.unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!latin(&lesson.title) && !latin(&lesson.summary), "{name}: {}", lesson.title);
        assert!(!latin(&lesson.scenario.title), "{name} plays its scenario in Chinese: {}", lesson.scenario.title);
        let english = chanyuan::rules::lesson::load_lesson(&path).into_result().unwrap();
        assert!(latin(&english.title), "{name} in English: {}", english.title);
    }
    let campaign = with_language(Lang::ZhHans, || chanyuan::rules::campaign::load(&root().join("levels/campaign.ron")))
        .expect("the campaign loads");
    let texts = [&campaign.title, &campaign.summary, &campaign.chapters[0].title, &campaign.chapters[1].intro];
    assert!(texts.iter().all(|t| !latin(t)), "{texts:?}");
}

/// A breach of the oath is the same game in either language: the state keeps the order that
/// broke the clause (and the end of a game as a fact), and the reader's words come after.
#[test]
fn a_breach_of_the_oath_is_the_same_game_in_either_language() {
    let breached = |lang| {
        let s = Arc::new(load_in(lang, "levels/renegotiation_1042.ron").scenario.expect("loads"));
        let mut g = Game::new(s.clone(), 3);
        let shelter = s.policy_id("harbour_fugitives_song").unwrap();
        g.act(s.court_id("song").unwrap(), Action::Policy { policy: shelter }).expect("a breakable clause");
        assert!(g.state().treaties.iter().any(|t| !t.breaches.is_empty()), "article 4 is broken");
        fingerprint(&g)
    };
    assert_eq!(breached(Lang::ZhHans), breached(Lang::En));
}

#[test]
fn a_name_in_letters_keeps_its_characters_beside_it_and_one_in_characters_stands_alone() {
    use chanyuan::rules::scenario::named;
    // Lü Yijian is letters with a diaeresis, not Chinese: his characters stay beside him.
    assert_eq!(named("Lü Yijian", "呂夷簡"), "Lü Yijian 呂夷簡");
    assert_eq!(named("Chanzhou", "澶州"), "Chanzhou 澶州");
    assert_eq!(named("河东路", "河東路"), "河东路");
    assert_eq!(named("Daming", ""), "Daming");
    let s = Arc::new(load_in(Lang::En, "levels/renegotiation_1042.ron").scenario.expect("loads"));
    let lu = s.characters.iter().find(|c| c.name.starts_with("Lü")).expect("Lü Yijian in 1042");
    assert_eq!(lu.label(), "Lü Yijian 呂夷簡", "the English window names him in letters first");
}
