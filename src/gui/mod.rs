//! The game window: Bevy with egui panels that show the rules core's state and send it the
//! same actions as the command line. No rule lives here.

mod autoplay;
mod hotkeys;
pub mod measure;
pub mod paths;
pub mod reload;
mod screens;
pub mod session;
pub mod theme;
pub mod world;

use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, EguiStartupSet};
use session::{Intent, Screen, Session};
use std::path::PathBuf;
use std::time::Duration;

/// How often an idle window wakes to look for a scenario edited on disk: seldom enough to
/// cost under 5% of a core when nothing happens (measured by scripts/frame-time.sh).
const IDLE_WAKE_SECONDS: u64 = 3;

/// Opens the window; returns the exit code.
pub fn run(options: &crate::cli::WindowArgs) -> i32 {
    let started = std::time::Instant::now();
    if let Err(why) = display_ready() {
        crate::warn!("chanyuan: no display to open a window on ({why}).");
        crate::warn!("Play headless with `chanyuan play`, or see `chanyuan help`.");
        return 1;
    }
    choose_language(options.lang);
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: crate::locale::tr("window-title"),
            resolution: WindowResolution::new(1280, 760),
            ..default()
        }),
        ..default()
    }))
    .add_plugins(EguiPlugin::default())
    .insert_resource(ClearColor(Color::srgb_u8(232, 220, 190)));
    if let Some(mode) = options.measure {
        let file = options.frame_log.clone().unwrap_or_else(|| PathBuf::from("frames.txt"));
        // Frame times are measured while frames are drawn one after another, except idle.
        if !mode.idle() {
            app.insert_resource(WinitSettings::continuous());
        }
        measure::plugin(&mut app, mode, file, options.seconds);
        if mode == measure::Measure::Empty {
            app.add_systems(PreStartup, spawn_camera.before(EguiStartupSet::InitContexts));
            return match app.run() {
                AppExit::Success => 0,
                AppExit::Error(code) => code.get() as i32,
            };
        }
    }
    let mut session = Session::new(options.mods.clone());
    // The size of the interface: `--scale`, remembered for the next time, else the one
    // remembered, else 1.
    let settings_path = crate::folders::settings_file();
    let mut settings = crate::settings::Settings::read(&settings_path);
    session.ui_scale = options.scale.or(settings.ui_scale()).unwrap_or(1.0);
    if options.scale.is_some() && settings.ui_scale() != options.scale {
        settings.ui_scale = options.scale;
        if let Err(e) = settings.write(&settings_path) {
            crate::warn!("chanyuan: {e}");
        }
    }
    if let Some(path) = &options.scenario {
        let wanted = std::fs::canonicalize(path).ok();
        match session.scenarios.iter().position(|e| std::fs::canonicalize(&e.path).ok() == wanted) {
            Some(i) => session.setup.scenario = i,
            None => {
                crate::warn!(
                    "chanyuan: the scenario {} is not among those found in levels/ or the mods folders",
                    path.display()
                );
                return 2;
            }
        }
    }
    if let Some(id) = &options.side {
        // Any court a person may play in the chosen scenario, named by its id.
        let Some(entry) = session.scenarios.get(session.setup.scenario) else {
            crate::warn!("chanyuan: --side needs a scenario to choose the court from");
            return 2;
        };
        let loaded = crate::rules::scenario::load::load_scenario(&entry.path);
        let Some(scenario) = loaded.scenario else {
            crate::warn!("chanyuan: the scenario {} has errors", entry.path.display());
            return 2;
        };
        match crate::cli::playable_court(&scenario, id) {
            Ok(c) => session.setup.side = c,
            Err(e) => {
                crate::warn!("chanyuan: --side: {e}");
                return 2;
            }
        }
    }
    if let Some(path) = &options.lesson {
        if options.scenario.is_some() || options.side.is_some() {
            crate::warn!(
                "chanyuan: --lesson sets the scenario and the courts people play; leave out --scenario and --side"
            );
            return 2;
        }
        // A broken lesson is told on the terminal before any window opens.
        if let Err(e) = crate::rules::lesson::load_lesson(path).into_result() {
            crate::warn!("chanyuan: --lesson {}: the lesson has errors:\n{e}", path.display());
            return 2;
        }
    }
    app.insert_resource(session);
    app.add_plugins(plugin);
    if let Some(path) = options.lesson.clone() {
        // Straight into the lesson's game, through the same intent as the title screen's button.
        app.add_systems(Startup, move |mut intents: MessageWriter<Intent>| {
            intents.write(Intent::StartLesson(path.clone()));
        });
    }
    match &options.autoplay {
        _ if options.measure.is_some_and(|m| !m.idle()) => {}
        Some(dir) => {
            // The automatic check must not sleep between frames.
            app.insert_resource(WinitSettings::continuous());
            autoplay::plugin(&mut app, dir.clone(), started);
        }
        None => {
            // A turn-based game waits for the player: no frames while nothing happens, one
            // every few seconds to notice a scenario file edited on disk (a lesson's clock and
            // the map's march ask for their own frames).
            app.insert_resource(WinitSettings {
                focused_mode: UpdateMode::reactive_low_power(Duration::from_secs(IDLE_WAKE_SECONDS)),
                unfocused_mode: UpdateMode::reactive_low_power(Duration::from_secs(IDLE_WAKE_SECONDS)),
            });
        }
    }
    match app.run() {
        AppExit::Success => 0,
        AppExit::Error(code) => code.get() as i32,
    }
}

/// The window's words: read from the game's `assets/locales` over the built-in copies, in
/// the language of `--lang`, else the one remembered in the settings file, else English.
/// `--lang` is remembered for the next time.
fn choose_language(given: Option<crate::locale::Lang>) {
    for problem in crate::locale::init(Some(&crate::folders::assets_dir().join("locales"))) {
        crate::warn!("chanyuan: the window's words: {problem}");
    }
    let path = crate::folders::settings_file();
    let mut settings = crate::settings::Settings::read(&path);
    let lang = given.or(settings.language()).unwrap_or_default();
    crate::locale::set_language(lang);
    if given.is_some() && settings.language() != given {
        settings.set_language(lang);
        if let Err(e) = settings.write(&path) {
            crate::warn!("chanyuan: {e}");
        }
    }
}

/// The window's title in the language of the moment, set again when it is changed.
fn window_title(mut windows: Query<&mut Window>, mut shown: Local<Option<crate::locale::Lang>>) {
    let lang = crate::locale::language();
    if *shown == Some(lang) {
        return;
    }
    *shown = Some(lang);
    for mut w in &mut windows {
        w.title = crate::locale::tr("window-title");
    }
}

/// On Linux the window needs an X server (this build has no Wayland): winit panics without
/// one, so look first. A local display `:N` must answer on its socket.
fn display_ready() -> Result<(), String> {
    if !cfg!(target_os = "linux") {
        return Ok(());
    }
    let Some(display) = std::env::var_os("DISPLAY") else { return Err("DISPLAY is not set".into()) };
    let display = display.to_string_lossy().into_owned();
    #[cfg(unix)]
    if let Some(number) = display.strip_prefix(':').and_then(|d| d.split('.').next()) {
        let socket = format!("/tmp/.X11-unix/X{number}");
        if std::os::unix::net::UnixStream::connect(&socket).is_err() {
            return Err(format!("nothing answers on {socket} for DISPLAY={display}"));
        }
    }
    Ok(())
}

/// Everything but the window itself: screens, intents, hotkeys, hot reload. Tests add this
/// with `MinimalPlugins` (without the egui systems) to drive the glue headless.
pub fn plugin(app: &mut App) {
    logic(app);
    world::plugin(app);
    screens::plugin(app);
    app.add_systems(PreStartup, spawn_camera.before(EguiStartupSet::InitContexts))
        .add_systems(Startup, setup_style)
        .add_systems(EguiPrimaryContextPass, screens::ui)
        .add_systems(Update, (hotkeys::hotkeys, reload::watch, window_title))
        .add_systems(PreUpdate, quiet_modifiers.after(bevy_egui::EguiInputSet::WriteEguiEvents));
}

/// bevy_egui 0.42 tells egui the modifier keys every frame, even when they have not changed;
/// egui takes any event as a reason to draw again at once, so the window never rests. This
/// drops the report unless the modifiers really changed, and the game idles between inputs.
fn quiet_modifiers(mut inputs: Query<&mut bevy_egui::EguiInput>, mut last: Local<Option<bevy_egui::egui::Modifiers>>) {
    for mut input in &mut inputs {
        input.events.retain(|e| match e {
            bevy_egui::egui::Event::ModifiersChanged(m) => {
                let changed = *last != Some(*m);
                *last = Some(*m);
                changed
            }
            _ => true,
        });
    }
}

/// The headless part of the glue: screens as states, and intents turned into actions.
pub fn logic(app: &mut App) {
    app.init_state::<Screen>()
        .add_message::<Intent>()
        .add_message::<bevy::window::RequestRedraw>()
        .add_systems(Update, session::apply_intents);
}

/// One camera for the map's world and egui's panels. No multisampling: under the software
/// renderer the tests and classrooms' old machines use, four samples a pixel cost more than
/// the whole map (measured by scripts/frame-time.sh); the map's strokes are wide enough.
fn spawn_camera(mut commands: Commands) {
    commands.spawn((Camera2d, bevy::render::view::Msaa::Off));
}

fn setup_style(mut contexts: EguiContexts, session: Res<Session>) -> Result {
    let ctx = contexts.ctx_mut()?;
    theme::install(ctx, session.ui_scale);
    Ok(())
}
