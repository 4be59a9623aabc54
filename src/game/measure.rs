//! Measurements for docs/performance.md, switched on with `--measure` (see
//! `scripts/measure.sh`). They print figures to standard output; nothing is asserted.
//!
//! - `idle`: prints the time from start until the first frame has been drawn, then idles
//!   on the start screen while the script reads CPU use and peak memory from `/proc`.
//! - `frames` (game only): opens a story, lets a chat message's typing animation run again
//!   and again with frames drawn back to back, prints frame-time statistics and quits.

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
    if m.what != What::Frames || m.updates < 5 {
        return;
    }
    let Some(mut game) = game else {
        exit.write(AppExit::error());
        return;
    };
    let s = &mut game.0;
    if m.updates == 5 {
        s.settings.text_speed = TextSpeed::Slow;
        s.apply(Action::CreateProfile("Meting".into()), now_millis());
        if let Some(id) = s.overview().first().map(|(sc, _)| sc.id.clone()) {
            s.apply(Action::Play(id), now_millis());
        }
        for _ in 0..50 {
            let Some(a) = &s.active else { break };
            let at_message = matches!(a.run.node().kind, NodeKind::Message { .. });
            if at_message || !matches!(a.run.step(), Step::Show(_)) {
                break;
            }
            s.apply(Action::Advance, now_millis());
        }
        *winit = WinitSettings::continuous();
        return;
    }
    // Keep the typing animation going: start it again whenever it has run out.
    if let Some(a) = &mut s.active {
        let t = a.shown_at.unwrap_or(0.0);
        if t > 0.0 && m.frames.len() % 60 == 59 {
            a.shown_at = None;
        }
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
