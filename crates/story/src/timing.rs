//! How long things take on screen: the typing indicator before a chat message, at the speed
//! the player chose. The game animates with it and `paths` estimates minutes with it.

use serde::{Deserialize, Serialize};

/// How fast chat messages appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum TextSpeed {
    Slow,
    #[default]
    Normal,
    Fast,
    Instant,
}

impl TextSpeed {
    pub const ALL: [TextSpeed; 4] = [
        TextSpeed::Slow,
        TextSpeed::Normal,
        TextSpeed::Fast,
        TextSpeed::Instant,
    ];

    /// Seconds the typing indicator shows before a message of `chars` characters.
    pub fn typing_seconds(self, chars: usize) -> f64 {
        let base = (0.6 + chars as f64 * 0.025).min(2.0);
        match self {
            TextSpeed::Slow => base * 1.6,
            TextSpeed::Normal => base,
            TextSpeed::Fast => base * 0.45,
            TextSpeed::Instant => 0.0,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            TextSpeed::Slow => "slow",
            TextSpeed::Normal => "normal",
            TextSpeed::Fast => "fast",
            TextSpeed::Instant => "instant",
        }
    }
}
