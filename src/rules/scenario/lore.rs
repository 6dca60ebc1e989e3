//! The encyclopedia's part of the checking pass: pinyin and each record's account of a
//! disputed point on people, places, regions, clauses and events, and the scenario's free
//! entries, each problem reported where it is written.

use super::compile::Compiler;
use super::diagnostic::Severity;
use super::raw::{RawAccount, RawScenario};
use super::spans::Seg;
use super::text::Text;
use super::{Account, Article, Lore};
use crate::locale::Lang;
use std::collections::HashSet;

/// The most free entries a scenario may have, like any other list.
const MAX_ENTRIES: usize = 4_000;

/// The lore of an item as written, its texts in `lang`.
pub fn lore(lang: Lang, pinyin: &str, accounts: &[RawAccount], dispute: &Text) -> Lore {
    Lore { pinyin: pinyin.to_string(), accounts: self::accounts(lang, accounts), dispute: dispute.to(lang) }
}

/// Each record's account in `lang`.
pub fn accounts(lang: Lang, accounts: &[RawAccount]) -> Vec<Account> {
    accounts.iter().map(|a| Account { source: a.source.to(lang), says: a.says.to(lang) }).collect()
}

/// One item the encyclopedia shows, as the checks see it.
struct Item<'a> {
    kind: &'a str,
    /// Where it is written: its list in the scenario and its place in that list.
    list: &'static str,
    index: usize,
    id: &'a str,
    pinyin: &'a str,
    disputed: bool,
    accounts: &'a [RawAccount],
    dispute: &'a Text,
}

/// Checks every item's accounts and the free entries; returns the free entries.
pub fn check(c: &mut Compiler, raw: &RawScenario) -> Vec<Article> {
    let mut items: Vec<Item> = Vec::new();
    // Every kind of record carries the same four fields of lore.
    macro_rules! gather {
        ($kind:literal, $list:ident) => {
            for (index, x) in raw.$list.iter().enumerate() {
                items.push(Item {
                    kind: $kind,
                    list: stringify!($list),
                    index,
                    id: &x.id,
                    pinyin: &x.pinyin,
                    disputed: x.disputed,
                    accounts: &x.accounts,
                    dispute: &x.dispute,
                });
            }
        };
    }
    gather!("place", places);
    gather!("region", regions);
    gather!("character", characters);
    gather!("clause", clauses);
    gather!("event", events);
    gather!("encyclopedia entry", encyclopedia);
    for item in &items {
        check_item(c, item);
    }
    if raw.encyclopedia.len() > MAX_ENTRIES {
        c.report(
            Severity::Error,
            "encyclopedia",
            format!("the encyclopedia has {} entries; at most {MAX_ENTRIES} are allowed", raw.encyclopedia.len()),
            None,
        );
        return Vec::new();
    }
    let mut ids: HashSet<&str> = HashSet::new();
    for (i, e) in raw.encyclopedia.iter().enumerate() {
        let needle = format!("id: \"{}\"", e.id);
        let id_at = [Seg::from("encyclopedia"), Seg::At(i), Seg::from("id")];
        if e.id.trim().is_empty() {
            c.report_at(
                &id_at,
                Severity::Error,
                &needle,
                "an encyclopedia entry has an empty id".into(),
                Some("give it a short id of its own, such as \"oath_letters\"".into()),
            );
        } else if !ids.insert(&e.id) {
            // The second entry of that id is the one to rename: the path points at it.
            c.report_at(
                &id_at,
                Severity::Error,
                &needle,
                format!("duplicate encyclopedia entry id `{}`", e.id),
                Some(format!("give each entry its own id, such as \"{}_2\", or make the two one entry", e.id)),
            );
        }
        if e.title.trim_is_empty() {
            let at = if e.id.is_empty() { "title: \"\"".to_string() } else { needle.clone() };
            c.report_at(
                &[Seg::from("encyclopedia"), Seg::At(i), Seg::from("title")],
                Severity::Error,
                &at,
                format!("the encyclopedia entry `{}` has no title", e.id),
                Some("write the title the reader looks for: `title: \"The oath letters\"`".into()),
            );
        }
    }
    let lang = c.lang;
    raw.encyclopedia
        .iter()
        .map(|e| Article {
            id: e.id.clone(),
            title: e.title.name_or(&e.zh, lang),
            zh: e.zh.clone(),
            pinyin: e.pinyin.clone(),
            text: e.text.to(lang),
            sources: e.sources.to(lang),
            disputed: e.disputed,
            dispute: e.dispute.to(lang),
            accounts: accounts(lang, &e.accounts),
        })
        .collect()
}

fn check_item(c: &mut Compiler, item: &Item) {
    let at = format!("id: \"{}\"", item.id);
    let path = |field: &'static str| vec![Seg::from(item.list), Seg::At(item.index), Seg::from(field)];
    let account = |k: usize, field: &'static str| {
        vec![Seg::from(item.list), Seg::At(item.index), Seg::from("accounts"), Seg::At(k), Seg::from(field)]
    };
    for (k, a) in item.accounts.iter().enumerate() {
        if a.source.trim_is_empty() {
            c.report_at(
                &account(k, "source"),
                Severity::Error,
                "source: \"\"",
                format!("an account of the {} `{}` names no source", item.kind, item.id),
                Some("say whose record it is: `source: \"Liao History\"`".into()),
            );
        }
        if a.says.trim_is_empty() {
            c.report_at(
                &account(k, "says"),
                Severity::Error,
                "says: \"\"",
                format!("an account of the {} `{}` says nothing", item.kind, item.id),
                Some("write what that record says, or leave the account out".into()),
            );
        }
    }
    if item.disputed && item.accounts.len() < 2 && item.dispute.trim_is_empty() {
        c.report_at(
            &path("id"),
            Severity::Warning,
            &at,
            format!(
                "the {} `{}` is marked disputed but gives {} account(s) and no `dispute`",
                item.kind,
                item.id,
                item.accounts.len()
            ),
            Some(
                "give each side's account, `accounts: [(source: \"Song History\", says: \"...\"), (source: \"Liao History\", says: \"...\")]`, or say in `dispute` why it is disputed"
                    .into(),
            ),
        );
    }
    if item.pinyin.chars().any(|ch| ch.is_ascii_digit()) {
        c.report_at(
            &path("pinyin"),
            Severity::Warning,
            &format!("pinyin: \"{}\"", item.pinyin),
            format!("the pinyin of the {} `{}` has tone numbers", item.kind, item.id),
            Some("write tone marks, as in \"Kòu Zhǔn\", not \"Kou4 Zhun3\"".into()),
        );
    }
}
