//! Respect online — het spel.
//!
//! A game for Halt's intervention "Respect online": branching scenarios about peer pressure,
//! consent and the victim's perspective, and a reflection report for the Halt worker.
//!
//! - [`story`]: the story core (format, checks, text, runtime), free of Bevy: the crate
//!   `respect-online-story` in `crates/story`.
//! - [`content`]: where the content comes from, and the game's own texts in `ui.ftl`.
//! - [`store`]: the player's saves on disk, free of Bevy.
//! - [`assign`]: assignment codes the worker gives the young person.
//! - [`report`]: the reflection report for the worker, free of Bevy.
//! - [`cli`]: the command line for authors and workers.
//! - `game` (feature `game`): the Bevy front end.

pub use respect_online_story as story;

pub mod assign;
pub mod cli;
pub mod content;
#[cfg(feature = "game")]
pub mod game;
pub mod report;
pub mod store;
