//! Keys: Enter ends the turn (unless Tab has reached a button, which Enter then presses) and
//! takes the screen on the hot-seat hand-over, 1-5 open the screens, S saves, Escape cancels.

use super::session::{Intent, Screen, Session, Tab};
use bevy::prelude::*;
use bevy_egui::EguiContexts;

pub fn hotkeys(
    keys: Res<ButtonInput<KeyCode>>,
    screen: Res<State<Screen>>,
    session: Res<Session>,
    mut contexts: EguiContexts,
    mut intents: MessageWriter<Intent>,
) {
    // Typing in a field is not a command.
    if contexts.ctx_mut().is_ok_and(|c| c.egui_wants_keyboard_input()) {
        return;
    }
    // With a button reached by Tab, Enter presses that button and does not end the turn.
    let focused = contexts.ctx_mut().is_ok_and(|c| c.memory(|m| m.focused().is_some()));
    if keys.just_pressed(KeyCode::Escape) {
        intents.write(Intent::Cancel);
    }
    // The hand-over screen has one thing to do: Enter does it.
    if *screen.get() == Screen::Handover && keys.just_pressed(KeyCode::Enter) && !focused {
        intents.write(Intent::HandedOver);
    }
    if *screen.get() != Screen::Playing || session.game.is_none() {
        return;
    }
    let tabs = [KeyCode::Digit1, KeyCode::Digit2, KeyCode::Digit3, KeyCode::Digit4, KeyCode::Digit5];
    for (key, tab) in tabs.iter().zip(Tab::ALL) {
        if keys.just_pressed(*key) {
            intents.write(Intent::Tab(tab));
        }
    }
    if keys.just_pressed(KeyCode::Enter) && session.pending.is_none() && !focused {
        intents.write(Intent::EndTurn);
    }
    if keys.just_pressed(KeyCode::KeyS) {
        intents.write(Intent::Save);
    }
}
