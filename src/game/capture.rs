//! `--capture DIR`: plays through every screen by itself (start, first start, overview, a
//! play screen with messages and choice buttons, the authors' overlay, a reflection, the
//! ending, the report, the worker screen, settings in high contrast), saves a screenshot
//! of each into `DIR`, then quits. Used by the window test and for looking at the game.

use std::path::PathBuf;

use bevy::app::AppExit;
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};
use bevy::winit::WinitSettings;

use super::autoplay::autoplay;
use super::session::{Action, Overlay, Screen, Session};
use super::{Game, dev, now_millis};
use crate::store::TextSpeed;
use crate::story::Step;

/// The screens `--capture` takes, in order: file name and how to get there.
pub const CAPTURE_SHOTS: [&str; 10] = [
    "start.png",
    "welcome.png",
    "overview.png",
    "play.png",
    // With `--dev`: the play screen with the authors' overlay open.
    "dev.png",
    "reflection.png",
    "ending.png",
    "report.png",
    "worker.png",
    "settings.png",
];

/// Frames to wait after changing the screen: the software renderer needs a few to settle.
const SETTLE_FRAMES: u32 = 12;

/// Where the screenshots go, and how far the capture is.
#[derive(Resource)]
pub struct Capture {
    dir: PathBuf,
    frames: u32,
    next: usize,
}

impl Capture {
    pub fn new(dir: PathBuf) -> Capture {
        let _ = std::fs::create_dir_all(&dir);
        Capture {
            dir,
            frames: 0,
            next: 0,
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(WinitSettings::continuous())
        .add_systems(Update, capture);
}

fn capture(
    mut commands: Commands,
    mut cap: ResMut<Capture>,
    mut game: ResMut<Game>,
    mut dev: Option<ResMut<dev::Dev>>,
    mut exit: MessageWriter<AppExit>,
) {
    cap.frames += 1;
    let Some(name) = CAPTURE_SHOTS.get(cap.next).copied() else {
        let done = CAPTURE_SHOTS.iter().all(|n| cap.dir.join(n).exists());
        if done || cap.frames > 600 {
            exit.write(AppExit::Success);
        }
        return;
    };
    // Shoot once the screen has settled; change the screen a few frames later, so the
    // screenshot shows a finished frame.
    if cap.frames == SETTLE_FRAMES {
        commands
            .spawn(Screenshot::primary_window())
            .observe(save_to_disk(cap.dir.join(name)));
    }
    if cap.frames < SETTLE_FRAMES + 3 {
        return;
    }
    cap.next += 1;
    cap.frames = 0;
    let next = CAPTURE_SHOTS.get(cap.next).copied();
    if let Some(d) = &mut dev {
        d.view.open = next == Some("dev.png");
    }
    if let Some(next) = next {
        go_to(&mut game.0, next);
    }
}

/// Moves the game to the screen of shot `name`.
fn go_to(s: &mut Session, name: &str) {
    let now = now_millis();
    let at = |kind: fn(&Step) -> bool| {
        move |s: &Session| s.playing.as_ref().is_some_and(|p| kind(&p.run.step()))
    };
    match name {
        "welcome.png" => {
            s.apply(Action::Go(Screen::Welcome), now);
            s.apply(Action::SetName("Sam".into()), now);
        }
        "overview.png" => {
            if s.progress.profile.is_none() {
                s.apply(Action::CreateProfile("Sam".into()), now);
            }
            s.apply(Action::Go(Screen::Overview), now);
        }
        "play.png" => {
            let mut settings = s.settings().clone();
            settings.text_speed = TextSpeed::Instant;
            s.apply(Action::SetSettings(settings), now);
            if let Some(id) = s.overview().first().map(|(sc, _)| sc.id.clone()) {
                s.apply(Action::Play(id), now);
            }
            autoplay(s, now, at(|step| matches!(step, Step::Choose(..))));
        }
        "reflection.png" => {
            autoplay(s, now, at(|step| matches!(step, Step::Reflect(..))));
        }
        "ending.png" => {
            autoplay(s, now, at(|step| matches!(step, Step::Ending(_))));
        }
        "report.png" => {
            s.apply(Action::Finish, now);
            s.apply(Action::MakeReport, now);
        }
        "worker.png" => {
            s.apply(Action::Go(Screen::Worker), now);
            let mut form = s.forms.worker.clone();
            form.case = "2026-0412".into();
            form.picked = s.library.ids().take(2).map(str::to_string).collect();
            s.apply(Action::SetWorker(form), now);
            s.apply(Action::MakeCode, now);
        }
        "settings.png" => {
            let mut settings = s.settings().clone();
            settings.high_contrast = true;
            settings.readable_font = true;
            settings.text_scale = 130;
            s.apply(Action::Open(Overlay::Settings), now);
            s.apply(Action::SetSettings(settings), now);
        }
        _ => {}
    }
}
