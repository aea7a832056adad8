//! The event stage: trigger rules from data ([`rules`]) and the mentions they yield in one
//! document ([`build`]), with the readings French and English news need over them ([`latin`]).

pub mod build;
pub mod latin;
pub mod resolve;
pub mod rules;
pub mod topics;

pub use build::{DateHow, DateLink, EventMention, RoleRef, build_events};
pub use rules::{EventType, TriggerRules};
pub use topics::Topics;
