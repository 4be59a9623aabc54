//! Measurements for docs/performance.md, switched on with `--measure` (see
//! `scripts/measure.sh`). They print figures to standard output; nothing is asserted.
//!
//! - `idle`: prints the time from start until the first frame has been drawn, then idles
//!   on the start screen while the script reads CPU use and peak memory from `/proc`.
//! - `frames`: draws frames back to back and prints frame-time statistics, then quits. The
//!   game opens a story and keeps a chat message's typing animation running meanwhile; the
//!   empty window just draws its empty panel.

use std::time::Instant;

use bevy::app::AppExit;
use bevy::prelude::*;
use bevy::winit::WinitSettings;
use bevy_egui::EguiContexts;

use super::autoplay::autoplay;
use super::session::{Action, Session};
use super::{Game, now_millis, screens};
use crate::store::TextSpeed;
use crate::story::{NodeKind, Step};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Idle,
    Frames,
}

impl What {
    pub fn parse(s: &str) -> Option<What> {
        match s {
            "idle" => Some(What::Idle),
            "frames" => Some(What::Frames),
            _ => None,
        }
    }
}

/// Frames measured while a message animates.
const FRAMES: usize = 300;

/// What is measured, since when, and the frame times so far.
#[derive(Resource)]
pub struct Measure {
    what: What,
    started: Instant,
    updates: u32,
    last: Option<Instant>,
    frames: Vec<f64>,
}

impl Measure {
    /// `started`: when the program started.
    pub fn new(what: What, started: Instant) -> Measure {
        Measure {
            what,
            started,
            updates: 0,
            last: None,
            frames: Vec::new(),
        }
    }
}

pub fn plugin(app: &mut App) {
    app.add_systems(First, measure);
}

fn measure(
    mut m: ResMut<Measure>,
    game: Option<ResMut<Game>>,
    mut contexts: EguiContexts,
    mut winit: ResMut<WinitSettings>,
    mut exit: MessageWriter<AppExit>,
) {
    m.updates += 1;
    // With pipelined rendering, frame 1 is on screen once update 3 begins.
    if m.updates == 3 {
        println!(
            "first-frame-ms: {:.0}",
            m.started.elapsed().as_secs_f64() * 1000.0
        );
    }
    if m.what == What::Idle || m.updates < 5 {
        return;
    }
    if m.updates == 5 {
        *winit = WinitSettings::continuous();
    }
    // Without a game (the empty window) there is nothing to animate: plain frames.
    if let Some(mut game) = game {
        let frames = m.frames.len();
        if m.updates == 5 {
            open_a_story(&mut game.0);
        } else if frames % 60 == 59
            && let (Ok(ctx), Some(playing)) = (contexts.ctx_mut(), &game.0.playing)
        {
            screens::play::restart_typing(ctx, playing);
        }
    }
    if m.updates == 5 {
        return;
    }
    let now = Instant::now();
    if let Some(last) = m.last {
        let ms = (now - last).as_secs_f64() * 1000.0;
        m.frames.push(ms);
    }
    m.last = Some(now);
    if m.frames.len() >= FRAMES {
        let mut f = m.frames.clone();
        f.sort_by(f64::total_cmp);
        let mean = f.iter().sum::<f64>() / f.len() as f64;
        println!(
            "frame-ms: mean {mean:.1} median {:.1} p95 {:.1} max {:.1} ({} frames)",
            f[f.len() / 2],
            f[f.len() * 95 / 100],
            f[f.len() - 1],
            f.len()
        );
        exit.write(AppExit::Success);
    }
}

/// Opens a story at its first chat message, typing slowly.
fn open_a_story(s: &mut Session) {
    let now = now_millis();
    let mut settings = s.settings().clone();
    settings.text_speed = TextSpeed::Slow;
    s.apply(Action::SetSettings(settings), now);
    s.apply(Action::CreateProfile("Meting".into()), now);
    if let Some(id) = s.overview().first().map(|(sc, _)| sc.id.clone()) {
        s.apply(Action::Play(id), now);
    }
    autoplay(s, now, |s| {
        s.playing.as_ref().is_none_or(|p| match p.run.step() {
            Step::Show(n) => matches!(n.kind, NodeKind::Message { .. }),
            _ => true,
        })
    });
}
