//! The event stage: trigger rules from data ([`rules`]) and the mentions they yield in one
//! document ([`build`]): each sentence is scanned once ([`scan`]), each trigger becomes an
//! [`EventMention`] ([`mention`]) with its participants ([`participants`]), and the triggers of
//! one family in one sentence are one mention ([`collapse`]); French and English news need a
//! few readings over them ([`latin`]); a welcome at the airport is the visit in every
//! language ([`welcome`]); a delegation's host and a departure abroad are told apart from the visit ([`hosts`]); "the capital" told alone is the story's country's ([`capital`]); earlier visits listed by person and date are visits of their own ([`listed`]); a visitor's plane is part of the visit, not a flight ([`visitor_plane`]); an act told again by one who follows is theirs too ([`followed`]); a few phrases of a word list are found in a sentence by one search ([`phrases`]); a headline's talks are the call its body tells ([`headline_talks`]); a meeting planned on a trip that names no one to meet is the visit's programme ([`programme`]); talks told in an adverbial of time with a day of their own are an event of that day ([`adverbial`]); an agreement told again by its definite noun is the one told before ([`told_again`]); a visit noun told during a signing with no traveller is the signer's ([`signer_visit`]); an audience told as the circumstance of an act is of its day, and an act told as done at a reception is the received's ([`audience`]); a visit told by its end or by the rank of one of its days is dated back to its first ([`visit_end`]); an act told after an evening arrival with no day of its own is of the story's next day ([`evening`]); dates and offices are resolved afterwards ([`resolve`]).

mod adverbial;
mod audience;
pub mod build;
mod capital;
mod collapse;
mod evening;
mod followed;
mod headline_talks;
mod hosts;
mod listed;
mod local_news;
pub mod latin;
pub mod mention;
mod participants;
mod phrases;
mod programme;
pub mod resolve;
pub mod rules;
mod scan;
mod signer_visit;
mod successive;
mod told_again;
pub mod topics;
mod visit_end;
mod visitor_plane;
mod welcome;

pub use audience::{act_at_the_reception_takes_its_people, audience_takes_the_acts_day};
pub use build::{EventScans, build_events};
pub use evening::evening_arrival_ends_its_day;
pub use local_news::third_country_news_keeps_its_own;
pub use headline_talks::headline_talks_are_the_call;
pub use programme::meeting_on_the_programme;
pub use signer_visit::signer_is_the_visitor;
pub use told_again::{agreement_told_again, members_of_the_gathering, session_of_the_gathering};
pub use visit_end::{visit_told_by_its_day, visit_told_by_its_end_ar};
pub use mention::{DateHow, DateLink, EventMention, RoleRef};
pub use rules::{EventType, TriggerRules};
pub use topics::Topics;
