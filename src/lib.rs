//! Respect online — het spel.
//!
//! A game for Halt's intervention "Respect online": branching scenarios about peer pressure,
//! consent and the victim's perspective, and a reflection report for the Halt worker.
//!
//! - [`story`]: the story core (format, checks, text, runtime), free of Bevy.
//! - [`cli`]: the command line for authors and workers.

pub mod cli;
pub mod story;
