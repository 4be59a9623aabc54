//! Integration tests of the story core: the checker's fixture corpus, the shipped library,
//! the command line, walkthroughs and property tests. One test binary keeps link time down.

mod authoring;
mod cli;
mod fixtures;
mod library;
mod play;
mod report;
mod tutorial;
mod walkthrough;
