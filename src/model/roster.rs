//! The units assessed: their categories, ids and names, and the roster that
//! finds a unit by its name or an alias.

use std::collections::HashMap;
use std::fmt;

/// The three categories the regulation assesses and ranks apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// 区镇: the 4 区 and 8 镇.
    Town,
    /// A组: departments focused on economic development and policy support.
    GroupA,
    /// B组: departments focused on approvals and law enforcement.
    GroupB,
}

impl Category {
    /// The label used in the ledger, the workbook and the JSON.
    pub fn label(self) -> &'static str {
        match self {
            Category::Town => "区镇",
            Category::GroupA => "A组",
            Category::GroupB => "B组",
        }
    }

    /// Parses the ledger label (`区镇`, `A组`, `B组`; also `a组`, `A`).
    pub fn parse(s: &str) -> Option<Category> {
        match s.trim() {
            "区镇" => Some(Category::Town),
            "A组" | "a组" | "A" | "a" => Some(Category::GroupA),
            "B组" | "b组" | "B" | "b" => Some(Category::GroupB),
            _ => None,
        }
    }

    /// True for the two department groups.
    pub fn is_department(self) -> bool {
        !matches!(self, Category::Town)
    }

    /// All categories in 汇总 order.
    pub const ALL: [Category; 3] = [Category::Town, Category::GroupA, Category::GroupB];
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Index of a unit in the [`Roster`] (32 bits: a roster of 65,537 units
/// once wrapped a 16-bit id onto the first unit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnitId(pub u32);

impl UnitId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// One assessed unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub id: UnitId,
    pub name: String,
    pub category: Category,
    pub aliases: Vec<String>,
}

/// The units assessed in a run: the built-in roster or the `单位名单` sheet.
#[derive(Debug, Clone, Default)]
pub struct Roster {
    units: Vec<Unit>,
    /// Names, then aliases, to the unit (a name wins over an alias).
    index: HashMap<String, UnitId>,
}

impl Roster {
    /// Builds a roster from (name, category, aliases) in the given order.
    /// Callers have checked names and aliases for duplicates.
    pub fn new(entries: Vec<(String, Category, Vec<String>)>) -> Roster {
        let units = entries
            .into_iter()
            .enumerate()
            .map(|(i, (name, category, aliases))| Unit {
                id: UnitId(u32::try_from(i).unwrap_or(u32::MAX)),
                name,
                category,
                aliases,
            })
            .collect::<Vec<Unit>>();
        let mut index = HashMap::default();
        for u in &units {
            index.insert(name_key(&u.name), u.id);
        }
        for u in &units {
            for a in &u.aliases {
                index.entry(name_key(a)).or_insert(u.id);
            }
        }
        Roster { units, index }
    }

    pub fn units(&self) -> &[Unit] {
        &self.units
    }

    pub fn get(&self, id: UnitId) -> &Unit {
        &self.units[id.index()]
    }

    pub fn len(&self) -> usize {
        self.units.len()
    }

    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// Units in 汇总 order: 区镇 first, then A组, then B组, each in roster order.
    pub fn summary_order(&self) -> Vec<&Unit> {
        Category::ALL
            .iter()
            .flat_map(|c| self.units.iter().filter(move |u| u.category == *c))
            .collect()
    }

    /// Units of one category, in roster order.
    pub fn of_category(&self, category: Category) -> impl Iterator<Item = &Unit> {
        self.units.iter().filter(move |u| u.category == category)
    }

    /// Finds a unit by name or alias (already trimmed); half-width and
    /// full-width brackets are alike (`商务局(招商服务中心)`).
    pub fn find(&self, name: &str) -> Option<&Unit> {
        self.index.get(&name_key(name)).map(|id| self.get(*id))
    }
}

/// A unit name as the roster compares it: half-width brackets read as
/// full-width ones.
pub fn name_key(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            c => c,
        })
        .collect()
}
