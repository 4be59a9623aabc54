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

use super::session::Action;
use super::{Game, now_millis};
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

pub struct MeasurePlugin {
    pub what: What,
    /// When the program started.
    pub started: Instant,
}

#[derive(Resource)]
struct Measure {
    what: What,
    started: Instant,
    updates: u32,
    last: Option<Instant>,
    frames: Vec<f64>,
}

impl Plugin for MeasurePlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(Measure {
            what: self.what,
            started: self.started,
            updates: 0,
            last: None,
            frames: Vec::new(),
        })
        .add_systems(First, measure);
    }
}

fn measure(
    mut m: ResMut<Measure>,
    game: Option<ResMut<Game>>,
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
        animate(&mut game.0, m.updates == 5, m.frames.len());
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

/// Opens a story at its first chat message (`start`), then keeps its typing animation
/// going: starts it again whenever it has run out.
fn animate(s: &mut super::session::Session, start: bool, frames: usize) {
    if start {
        s.settings.text_speed = TextSpeed::Slow;
        s.apply(Action::CreateProfile("Meting".into()), now_millis());
        if let Some(id) = s.overview().first().map(|(sc, _)| sc.id.clone()) {
            s.apply(Action::Play(id), now_millis());
        }
        super::autoplay(s, |step| {
            matches!(step, Step::Show(n) if matches!(n.kind, NodeKind::Message { .. }))
                || !matches!(step, Step::Show(_))
        });
        return;
    }
    if let Some(a) = &mut s.active
        && a.shown_at.is_some()
        && frames % 60 == 59
    {
        a.shown_at = None;
    }
}
