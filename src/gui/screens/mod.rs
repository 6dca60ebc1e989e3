//! Every screen drawn with egui: each is a function from the session to a list of intents.

mod counsel;
mod court;
mod encyclopedia;
mod end;
mod ledger;
mod map;
mod play;
mod table;
mod title;

use super::session::{Intent, Screen, Session};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

/// The screens' own state, each a resource of its own beside the session: what the map and
/// the chronicle show, made again only when the game changes.
pub struct Views<'a> {
    pub map: &'a mut crate::gui::world::MapScreen,
    pub chronicle: &'a mut ledger::ChronicleScreen,
}

/// The screens' own resources.
pub fn plugin(app: &mut App) {
    app.init_resource::<ledger::ChronicleScreen>();
}

/// The one egui system: a root `Ui` for the panels, then the screen of the moment.
pub fn ui(
    mut contexts: EguiContexts,
    mut session: ResMut<Session>,
    mut map: ResMut<crate::gui::world::MapScreen>,
    mut chronicle: ResMut<ledger::ChronicleScreen>,
    screen: Res<State<Screen>>,
    mut writer: MessageWriter<Intent>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut root = egui::Ui::new(
        ctx.clone(),
        egui::Id::new("chanyuan_root"),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
    );
    let mut out = Vec::new();
    let s = &mut *session;
    match screen.get() {
        Screen::Title => title::title(&mut root, s, &mut out),
        Screen::NewGame => title::new_game(&mut root, s, &mut out),
        Screen::Handover => title::handover(&mut root, s, &mut out),
        Screen::Playing => {
            let mut views = Views { map: &mut map, chronicle: &mut chronicle };
            play::playing(&mut root, &ctx, s, &mut views, &mut out)
        }
        Screen::End => end::end(&mut root, s, &mut out),
    }
    // An intent is carried out in the next frame: make sure there is one.
    if !out.is_empty() {
        redraw.write(bevy::window::RequestRedraw);
    }
    for i in out {
        writer.write(i);
    }
    Ok(())
}

/// A figure with its meaning on hover.
pub fn figure(ui: &mut egui::Ui, label: &str, value: String, tip: &str) {
    ui.label(egui::RichText::new(format!("{label} {value}"))).on_hover_text(tip);
}

/// The player's message of the moment, in red for a refusal.
pub fn message_line(ui: &mut egui::Ui, session: &Session) {
    if let Some((text, error)) = &session.message {
        let colour = if *error { super::theme::SEAL } else { super::theme::GOOD };
        ui.label(egui::RichText::new(text).color(colour));
    }
}
