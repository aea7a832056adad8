//! The entity stage: gazetteers of people, organisations and places, and the matcher that
//! finds them in a document (see [`matcher`] for the rules).

pub mod candidates;
pub mod combining;
pub mod kept_variants;
pub mod load;
pub mod matcher;
pub mod offices;
pub mod variants;

pub use load::{Entity, EntityKind, Entries, RoleSpell, RoleTitle};
pub use kept_variants::KeptVariants;
pub use matcher::{EntityMention, Found, Gazetteer, Resolution, RoleMention};

impl Gazetteer {
    /// Load and validate the gazetteers from `dir` (the built-in ones when `None`), and build
    /// the matcher.
    pub fn load(dir: Option<&std::path::Path>) -> Result<Gazetteer, String> {
        Gazetteer::load_with(dir, None)
    }

    /// [`Gazetteer::load`], the people's spelling variants taken back from (or kept in) `kept`
    /// (see [`crate::gazetteer::KeptVariants`]).
    pub fn load_with(dir: Option<&std::path::Path>, kept: Option<&crate::gazetteer::KeptVariants>) -> Result<Gazetteer, String> {
        Ok(Gazetteer::new(load::load_entries_with(dir, kept)?))
    }
}
