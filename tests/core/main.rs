//! Integration tests of the story core: the checker's fixture corpus, the shipped library,
//! walkthroughs and property tests. One test binary keeps link time down.

mod fixtures;
