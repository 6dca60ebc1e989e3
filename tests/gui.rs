//! The window's glue, headless: intents from clicks become the rules core's actions.
#![cfg(feature = "gui")]

use crate::common::{root, scenario};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use chanyuan::gui::session::{Intent, Screen, Session};
use chanyuan::rules::game::Action;
use chanyuan::rules::ids::*;

fn app(players: &[&str]) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    let mut session = Session::new(Vec::new());
    session.saves_dir = std::env::temp_dir().join(format!("chanyuan-gui-{}-{}", std::process::id(), players.len()));
    let courts: Vec<CourtId> = players.iter().map(|p| scenario().court_id(p).expect("a court")).collect();
    session.start(root().join("levels/chanyuan_1004.ron"), 11, courts, 0).expect("the main scenario starts");
    app.insert_resource(session);
    chanyuan::gui::logic(&mut app);
    app.update();
    app
}

fn send(app: &mut App, intents: &[Intent]) {
    for i in intents {
        app.world_mut().write_message(i.clone());
    }
    app.update();
    app.update();
}

fn session(app: &App) -> &Session {
    app.world().resource::<Session>()
}

#[test]
fn a_click_on_end_turn_ends_the_song_turn_and_the_liao_court_answers() {
    let mut app = app(&["song"]);
    send(&mut app, &[Intent::EndTurn]);
    let game = session(&app).game().unwrap();
    let (song, liao) = (game.scenario.court_id("song").unwrap(), game.scenario.court_id("liao").unwrap());
    assert_eq!(game.state().turn, 1);
    assert!(game.log().contains(&(song, Action::EndTurn)));
    assert!(game.log().contains(&(liao, Action::EndTurn)), "the computer played the Liao");
    assert!(session(&app).saves_dir.join("autosave-001.ron").exists(), "the turn was autosaved");
}

#[test]
fn clicking_a_highlighted_place_marches_the_selected_army() {
    let mut app = app(&["song"]);
    let (guard, south) = {
        let s = &session(&app).game().unwrap().scenario;
        (s.army_id("song_guard").unwrap(), s.place_id("chanzhou_south").unwrap())
    };
    send(&mut app, &[Intent::SelectArmy(Some(guard)), Intent::ClickPlace(south)]);
    let game = session(&app).game().unwrap();
    assert_eq!(game.log(), [(CourtId(0), Action::Move { army: guard, to: south })]);
    assert_eq!(game.state().army(guard).at, south);
}

#[test]
fn an_order_that_breaks_the_treaty_waits_for_the_players_word() {
    // Hot-seat, so the Liao player can accept the Song draft at the table.
    let mut app = app(&["song", "liao"]);
    let (song, liao) = (CourtId(0), CourtId(1));
    send(&mut app, &[Intent::Tab(chanyuan::gui::session::Tab::Table)]);
    assert_eq!((session(&app).viewer, session(&app).counterpart), (song, liao));
    let history = session(&app).game().unwrap().scenario.history.clone();
    send(&mut app, &[Intent::Act(Action::SendEnvoy { to: liao, terms: history })]);
    // The envoy travels: both players end their turns until he reaches the Liao camp.
    for _ in 0..4 {
        if session(&app).game().unwrap().waiting_for(liao).next().is_some() {
            break;
        }
        send(&mut app, &[Intent::EndTurn, Intent::HandedOver]);
    }
    while session(&app).viewer != liao {
        send(&mut app, &[Intent::EndTurn, Intent::HandedOver]);
    }
    let id = session(&app).game().unwrap().waiting_for(liao).next().expect("the draft waits").id;
    send(&mut app, &[Intent::Act(Action::Answer { proposal: id, answer: chanyuan::rules::game::Answer::Accept })]);
    assert!(session(&app).game().unwrap().state().treaty_between(song, liao).is_some(), "the treaty is sworn");
    send(&mut app, &[Intent::EndTurn, Intent::HandedOver]);
    assert_eq!(session(&app).viewer, song);
    let actions = session(&app).game().unwrap().log().len();
    let dingzhou = session(&app).game().unwrap().scenario.place_id("dingzhou").unwrap();
    send(&mut app, &[Intent::Act(Action::Fortify { place: dingzhou })]);
    assert!(session(&app).pending.is_some(), "a warning is shown first");
    assert_eq!(session(&app).game().unwrap().log().len(), actions, "nothing is done before the player's word");
    send(&mut app, &[Intent::ConfirmPending]);
    let game = session(&app).game().unwrap();
    assert_eq!(game.state().treaty_between(song, liao).unwrap().breaches.len(), 1);
}

#[test]
fn at_one_screen_the_turn_passes_to_the_liao_player_behind_a_hand_over_screen() {
    let mut app = app(&["song", "liao"]);
    send(&mut app, &[Intent::EndTurn]);
    assert_eq!(session(&app).viewer, CourtId(1));
    assert_eq!(*app.world().resource::<State<Screen>>().get(), Screen::Handover);
    assert_eq!(session(&app).game().unwrap().state().turn, 0, "the turn waits for the Liao player");
    send(&mut app, &[Intent::HandedOver, Intent::EndTurn]);
    assert_eq!(session(&app).game().unwrap().state().turn, 1);
    assert_eq!(session(&app).viewer, CourtId(0));
}

#[test]
fn a_saved_game_loads_back_from_the_title_screen() {
    let mut app = app(&["song"]);
    send(&mut app, &[Intent::EndTurn, Intent::Save]);
    let path = session(&app).last_save.clone().expect("saved");
    let turn = session(&app).game().unwrap().state().turn;
    send(&mut app, &[Intent::ToTitle, Intent::Load(path)]);
    assert_eq!(*app.world().resource::<State<Screen>>().get(), Screen::Playing);
    assert_eq!(session(&app).game().unwrap().state().turn, turn);
}

#[test]
fn a_broken_save_is_refused_with_a_message() {
    let mut app = app(&["song"]);
    let bad = std::env::temp_dir().join(format!("chanyuan-bad-{}.ron", std::process::id()));
    std::fs::write(&bad, "(format: 1, scenario: ").unwrap();
    send(&mut app, &[Intent::Load(bad.clone())]);
    let (text, error) = session(&app).message.clone().unwrap();
    assert!(error && text.contains("refused"), "{text}");
    assert!(session(&app).game.is_some(), "the game in progress is kept");
    let _ = std::fs::remove_file(bad);
}

/// A copy of the main scenario in a temporary folder, to edit.
fn scenario_copy(tag: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("chanyuan-reload-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    crate::common::copy_main_scenario(&dir);
    dir
}

#[test]
fn editing_a_clause_on_disk_changes_the_negotiating_table_of_the_running_game() {
    use chanyuan::rules::negotiation::evaluate;
    let dir = scenario_copy("edit");
    let mut session = Session::new(Vec::new());
    session.saves_dir = dir.join("saves");
    session.start(dir.join("chanyuan_1004.ron"), 5, vec![CourtId(0)], 0).unwrap();
    let worth = |s: &Session| {
        let g = s.game().unwrap();
        evaluate(g, CourtId(1), CourtId(0), &g.scenario.history, None).clauses[0].points
    };
    let before = worth(&session);
    let clauses = dir.join("chanyuan_1004/clauses.ron");
    let text = std::fs::read_to_string(&clauses).unwrap();
    let edited = text.replace("liao: [Per(\"silver\", 10000, 1.6)", "liao: [Per(\"silver\", 10000, 3.2)");
    assert_ne!(text, edited);
    std::fs::write(&clauses, &edited).unwrap();
    chanyuan::gui::reload::reload(&mut session);
    assert!(session.reload_errors.is_none(), "{:?}", session.reload_errors);
    assert!(worth(&session) > before, "the Liao now value the silver more");

    // A broken edit shows its errors; the last good version stays in use.
    std::fs::write(&clauses, edited.replace("article: 1,", "article: one,")).unwrap();
    chanyuan::gui::reload::reload(&mut session);
    let errors = session.reload_errors.clone().expect("the errors are shown");
    assert!(errors.contains("clauses.ron"), "{errors}");
    assert!(worth(&session) > before, "the good version is kept");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn what_would_it_take_puts_the_draft_the_song_believe_the_liao_would_swear_on_the_table() {
    use chanyuan::rules::negotiation::{Grounds, evaluate, foreseen_judgement};
    let mut app = app(&["song"]);
    send(&mut app, &[Intent::WhatWouldItTake]);
    {
        let s = session(&app);
        let game = s.game().unwrap();
        let envoy = game.state().courts[s.viewer].envoy;
        assert!(!s.draft.is_empty());
        // By the Song court's beliefs, not by the Liao court's mind.
        let believed = Grounds::believed_by(game, s.viewer, s.counterpart, s.viewer);
        assert!(foreseen_judgement(game, &believed, &s.draft, envoy).is_some_and(|t| t >= 0));
        let (text, _) = s.message.clone().unwrap();
        assert!(text.starts_with("By our estimate"), "{text}");
    }
    // With Wang Jizhong carrying the letters the answer is the Liao court's own.
    let wang = session(&app).game().unwrap().scenario.char_id("wang_jizhong").unwrap();
    send(
        &mut app,
        &[Intent::Act(chanyuan::rules::game::Action::AppointEnvoy { character: wang }), Intent::WhatWouldItTake],
    );
    let s = session(&app);
    let game = s.game().unwrap();
    assert!(evaluate(game, s.counterpart, s.viewer, &s.draft, Some(wang)).acceptable(), "{:?}", s.message);
    assert!(s.message.as_ref().unwrap().0.contains("the envoy knows their mind"), "{:?}", s.message);
}

#[test]
fn the_last_five_turns_are_autosaved_and_older_ones_let_go() {
    let mut app = app(&["song"]);
    let dir = std::env::temp_dir().join(format!("chanyuan-autosaves-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    app.world_mut().resource_mut::<Session>().saves_dir = dir.clone();
    for _ in 0..6 {
        send(&mut app, &[Intent::EndTurn]);
    }
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("autosave-"))
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["autosave-002.ron", "autosave-003.ron", "autosave-004.ron", "autosave-005.ron", "autosave-006.ron"]
    );
    assert!(!dir.read_dir().unwrap().flatten().any(|e| e.file_name().to_string_lossy().ends_with(".tmp")));
}

#[test]
fn a_lesson_begins_at_the_hand_over_and_its_clock_ends_a_turn_that_runs_out() {
    use std::time::{Duration, Instant};
    let mut session = Session::new(Vec::new());
    session.saves_dir = std::env::temp_dir().join(format!("chanyuan-gui-lesson-{}", std::process::id()));
    let lesson = root().join("levels/lessons/chanzhou_11th_month.ron");
    assert_eq!(session.apply(Intent::StartLesson(lesson)), Some(Screen::Handover), "hot-seat: the hand-over first");
    let song = session.viewer;
    assert_eq!(session.game().unwrap().scenario.courts[song].id, "song");
    assert_eq!(session.seconds_left(), None, "no clock runs behind the hand-over screen");
    assert_eq!(session.apply(Intent::HandedOver), Some(Screen::Playing));
    assert_eq!(session.seconds_left(), Some(180));
    assert!(session.advisers_on());
    // A time-up sent while time is left does nothing.
    assert_eq!(session.apply(Intent::TimeUp), None);
    assert_eq!(session.viewer, song);
    // The Song's three minutes pass.
    session.turn_clock = Some(Instant::now() - Duration::from_secs(181));
    assert_eq!(session.apply(Intent::TimeUp), Some(Screen::Handover), "the screen passes to the Liao");
    assert_ne!(session.viewer, song);
    assert!(session.game().unwrap().state().courts[song].done, "the Song's turn was ended");
    let (text, error) = session.message.clone().expect("the players are told");
    assert!(text.contains("Time ran out for the Song court") && !error, "{text}");
    // The lesson is kept in the save, and a loaded save goes on with its clock.
    let at = session.saves_dir.join("lesson.ron");
    session.save_to(at.clone()).unwrap();
    assert!(std::fs::read_to_string(&at).unwrap().contains("lessons/chanzhou_11th_month.ron"));
    session.load(at).unwrap();
    assert!(session.lesson.is_some() && session.seconds_left().is_some());
    let _ = std::fs::remove_dir_all(&session.saves_dir);
}
