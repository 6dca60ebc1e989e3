//! The window in English and Chinese: both Fluent files whole and alike, every word the
//! window asks for written, every character of the Chinese drawn by the shipped font, and the
//! language remembered between runs without a broken settings file ever stopping the game.

use crate::common::root;
use chanyuan::locale::{Arg, Catalog, Lang, message_ids};
use chanyuan::settings::Settings;
use std::collections::BTreeSet;

fn file_named(lang: Lang, name: &str) -> String {
    let path = root().join("assets/locales").join(lang.code()).join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The message ids of one file of a language.
fn ids_in(lang: Lang, name: &str) -> BTreeSet<String> {
    match message_ids(&file_named(lang, name)) {
        Ok(ids) => ids.into_iter().collect(),
        Err(errors) => panic!("assets/locales/{}/{name} has syntax errors:\n{}", lang.code(), errors.join("\n")),
    }
}

fn ids(lang: Lang) -> BTreeSet<String> {
    ids_in(lang, "main.ftl")
}

#[test]
fn both_files_parse_and_say_the_same_things() {
    assert!(ids(Lang::En).len() > 250, "the English window file has only {} messages", ids(Lang::En).len());
    for name in chanyuan::locale::FILES {
        let (en, zh) = (ids_in(Lang::En, name), ids_in(Lang::ZhHans, name));
        let only_en: Vec<_> = en.difference(&zh).collect();
        let only_zh: Vec<_> = zh.difference(&en).collect();
        assert!(only_en.is_empty(), "{name}: not yet in Chinese: {only_en:?}");
        assert!(only_zh.is_empty(), "{name}: in Chinese but not in English: {only_zh:?}");
    }
    // The files built into the program are the files on disk.
    for lang in Lang::ALL {
        for (k, name) in chanyuan::locale::FILES.iter().enumerate() {
            assert_eq!(chanyuan::locale::EMBEDDED[lang as usize][k], file_named(lang, name), "{}/{name}", lang.code());
        }
    }
}

/// The message ids the window asks for: in its own sources and the map's layout (src/map),
/// which names things on the map too.
fn ids_in_window_sources() -> BTreeSet<String> {
    crate::common::message_ids_in_sources(&["src/gui", "src/map"])
}

#[test]
fn every_word_the_window_asks_for_is_written_and_none_is_left_over() {
    let en = ids(Lang::En);
    let used = ids_in_window_sources();
    assert!(used.contains("title-new-game") && used.contains("tab-map"), "the scan finds the window's words");
    let missing: Vec<_> = used.iter().filter(|k| !en.contains(*k)).collect();
    assert!(missing.is_empty(), "asked for by src/gui but not in assets/locales/en/main.ftl: {missing:?}");
    let unused: Vec<_> = en.iter().filter(|k| !used.contains(*k)).collect();
    assert!(unused.is_empty(), "in assets/locales/en/main.ftl but asked for nowhere in src/gui: {unused:?}");
}

#[test]
fn the_title_screen_speaks_both_languages() {
    let c = Catalog::embedded();
    assert_eq!(c.text(Lang::En, "title-new-game", None), "New game");
    assert_eq!(c.text(Lang::ZhHans, "title-new-game", None), "新局");
    let mut args = fluent_args(&[("court", "Song".into())]);
    assert_eq!(c.text(Lang::En, "msg-new-game", Some(&args)), "A new game begins. You hold the Song court.");
    args = fluent_args(&[("n", 1.into())]);
    assert_eq!(c.text(Lang::En, "play-envoys-wait", Some(&args)), "An envoy awaits your answer");
    args = fluent_args(&[("n", 3.into())]);
    assert_eq!(c.text(Lang::En, "play-envoys-wait", Some(&args)), "3 envoys await your answer");
    assert_eq!(c.text(Lang::ZhHans, "play-envoys-wait", Some(&args)), "3 位使节等候你的答复");
    // A space kept at the end of a text, and no invisible direction marks around arguments.
    args = fluent_args(&[("n", 2.into())]);
    assert_eq!(c.text(Lang::En, "ledger-article", Some(&args)), "Article 2: ");
}

fn fluent_args<'a>(args: &[(&'a str, Arg<'a>)]) -> fluent_bundle::FluentArgs<'a> {
    let mut out = fluent_bundle::FluentArgs::new();
    for (k, v) in args {
        out.set(*k, v.clone());
    }
    out
}

#[test]
fn a_word_missing_in_chinese_is_said_in_english_and_one_missing_everywhere_shows_its_key() {
    let dir = std::env::temp_dir().join(format!("chanyuan-locale-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("zh-Hans")).unwrap();
    std::fs::create_dir_all(dir.join("en")).unwrap();
    // A translator's file with one message of its own, one overriding the built-in, and a syntax error.
    std::fs::write(dir.join("en/main.ftl"), "only-on-disk = From the folder\ntitle-quit = Leave\nbroken = {\n")
        .unwrap();
    std::fs::write(dir.join("zh-Hans/main.ftl"), "title-quit = 离开\n").unwrap();
    let (c, problems) = Catalog::load(Some(&dir));
    assert!(problems.iter().any(|p| p.contains("syntax error")), "{problems:?}");
    assert_eq!(c.text(Lang::En, "title-quit", None), "Leave");
    assert_eq!(c.text(Lang::ZhHans, "title-quit", None), "离开");
    // Built-in messages the folder lacks are still there.
    assert_eq!(c.text(Lang::ZhHans, "title-new-game", None), "新局");
    // Only in English: the Chinese window says it in English.
    assert!(!c.has(Lang::ZhHans, "only-on-disk"));
    assert_eq!(c.text(Lang::ZhHans, "only-on-disk", None), "From the folder");
    // Nowhere: the key itself, never a panic; and a missing argument leaves a mark, not a crash.
    assert_eq!(c.text(Lang::ZhHans, "no-such-message", None), "no-such-message");
    assert!(c.text(Lang::En, "msg-new-game", None).contains("court"));
    // A folder that is not there at all: the built-in words.
    let (c, problems) = Catalog::load(Some(&dir.join("nowhere")));
    assert!(problems.is_empty());
    assert_eq!(c.text(Lang::En, "title-quit", None), "Quit");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_language_codes_read_loosely() {
    for (code, lang) in [("en", Lang::En), ("EN-gb", Lang::En), ("zh-Hans", Lang::ZhHans), ("zh_CN", Lang::ZhHans)] {
        assert_eq!(Lang::from_code(code), Some(lang), "{code}");
    }
    for code in ["", "fr", "zh-Hant", "zh-TW", "中文"] {
        assert_eq!(Lang::from_code(code), None, "{code}");
    }
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
    }
}

#[test]
fn the_chosen_language_is_remembered_and_a_broken_settings_file_is_ignored() {
    let dir = std::env::temp_dir().join(format!("chanyuan-settings-{}", std::process::id()));
    let path = dir.join("settings.ron");
    // No file yet: English by default.
    assert_eq!(Settings::read(&path), Settings::default());
    assert_eq!(Settings::read(&path).language(), None);
    let mut s = Settings::default();
    s.set_language(Lang::ZhHans);
    s.write(&path).expect("the settings are written");
    assert_eq!(Settings::read(&path), s);
    assert_eq!(Settings::read(&path).language(), Some(Lang::ZhHans));
    // "Reduce motion" is kept beside the language; a file written before it knew of it reads as off.
    s.reduce_motion = true;
    s.write(&path).expect("the settings are written");
    assert!(Settings::read(&path).reduce_motion);
    std::fs::write(&path, "(language: Some(\"zh-Hans\"))").unwrap();
    assert!(!Settings::read(&path).reduce_motion);
    s.reduce_motion = false;
    // The size of the interface, as `--scale` takes it: a size out of range is not used.
    s.ui_scale = Some(1.5);
    s.write(&path).expect("the settings are written");
    assert_eq!(Settings::read(&path).ui_scale(), Some(1.5));
    std::fs::write(&path, "(ui_scale: Some(40.0))").unwrap();
    assert_eq!(Settings::read(&path).ui_scale(), None);
    s.ui_scale = None;
    for broken in ["", "(language: Some(", "garbage \u{0} \u{ffff}", "(language: Some(\"klingon\"))", "[1, 2, 3]"] {
        std::fs::write(&path, broken).unwrap();
        assert_eq!(Settings::read(&path).language(), None, "{broken:?}");
    }
    // A folder where the file should be, and a huge file: the defaults.
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir_all(&path).unwrap();
    assert_eq!(Settings::read(&path), Settings::default());
    assert!(s.write(&path).is_err(), "a folder is not overwritten");
    std::fs::remove_dir(&path).unwrap();
    std::fs::write(&path, "(language: Some(\"en\"))".repeat(10_000)).unwrap();
    assert_eq!(Settings::read(&path), Settings::default());
    let _ = std::fs::remove_dir_all(&dir);
}

/// The characters an OpenType font maps, from its `cmap` table (formats 4 and 12).
fn font_characters(font: &[u8]) -> BTreeSet<char> {
    let u16_at = |o: usize| font.get(o..o + 2).map_or(0, |b| u16::from_be_bytes([b[0], b[1]])) as usize;
    let u32_at = |o: usize| font.get(o..o + 4).map_or(0, |b| u32::from_be_bytes([b[0], b[1], b[2], b[3]])) as usize;
    let tables = u16_at(4);
    let cmap = (0..tables)
        .map(|i| 12 + 16 * i)
        .find(|r| font.get(*r..*r + 4) == Some(b"cmap"))
        .map(|r| u32_at(r + 8))
        .expect("the font has a cmap table");
    let mut chars = BTreeSet::new();
    for i in 0..u16_at(cmap + 2) {
        let sub = cmap + u32_at(cmap + 4 + 8 * i + 4);
        match u16_at(sub) {
            4 => {
                let segments = u16_at(sub + 6) / 2;
                let ends = sub + 14;
                let starts = ends + 2 * segments + 2;
                let deltas = starts + 2 * segments;
                let offsets = deltas + 2 * segments;
                for s in 0..segments {
                    let (start, end) = (u16_at(starts + 2 * s), u16_at(ends + 2 * s));
                    let (delta, offset) = (u16_at(deltas + 2 * s), u16_at(offsets + 2 * s));
                    for c in start..=end.min(0xFFFE) {
                        let glyph = if offset == 0 {
                            (c + delta) & 0xFFFF
                        } else {
                            let g = u16_at(offsets + 2 * s + offset + 2 * (c - start));
                            if g == 0 { 0 } else { (g + delta) & 0xFFFF }
                        };
                        if glyph != 0 {
                            chars.extend(char::from_u32(c as u32));
                        }
                    }
                }
            }
            12 => {
                for g in 0..u32_at(sub + 12) {
                    let group = sub + 16 + 12 * g;
                    for c in u32_at(group)..=u32_at(group + 4) {
                        chars.extend(char::from_u32(c as u32));
                    }
                }
            }
            _ => {}
        }
    }
    chars
}

#[test]
fn every_chinese_character_of_the_window_is_in_the_shipped_font() {
    let font = std::fs::read(root().join("assets/fonts/NotoSerifCJK-Chanyuan.otf")).expect("the font");
    // The subset stays small enough to keep in the repository.
    assert!(font.len() < 1_000_000, "the font is {} bytes: run scripts/subset-font.sh", font.len());
    let has = font_characters(&font);
    assert!(has.contains(&'澶') && has.contains(&'A'), "the cmap reader reads the font");
    // Symbols the English window shows too (✓ ◀) may come from egui's own fallback fonts.
    let every = |lang: Lang| chanyuan::locale::FILES.iter().map(|name| file_named(lang, name)).collect::<String>();
    let english: BTreeSet<char> = every(Lang::En).chars().collect();
    // And every text of the scenarios, lessons and mods the game ships, in both languages.
    let mut levels = String::new();
    let mut dirs = vec![root().join("levels")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "ron") {
                levels.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    assert!(levels.contains("澶渊之役"), "the scenarios are read, in Chinese");
    // The encyclopedia's lines that say what an entry is, in Chinese.
    levels.push_str(&std::fs::read_to_string(root().join("src/rules/encyclopedia.rs")).unwrap());
    let missing: String = (every(Lang::ZhHans) + &levels)
        .chars()
        .filter(|c| !c.is_control() && !has.contains(c) && !english.contains(c))
        .collect::<BTreeSet<char>>()
        .into_iter()
        .collect();
    assert!(
        missing.is_empty(),
        "not in assets/fonts/NotoSerifCJK-Chanyuan.otf: {missing} (run scripts/subset-font.sh)"
    );
}

#[test]
fn a_thread_may_speak_chinese_without_changing_the_language_of_others() {
    use chanyuan::locale::{language, tr, with_language};
    let before = language();
    let title = with_language(Lang::ZhHans, || tr("title-new-game"));
    assert_eq!(title, "新局");
    assert_eq!(language(), before, "the thread's language is given back after");
    let other = std::thread::spawn(|| with_language(Lang::En, || tr("title-new-game"))).join().unwrap();
    assert_eq!(other, "New game");
}
