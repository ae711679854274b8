//! Writes the example site's fictional beneficiary roster, `data/roster.csv`.
//!
//! Every identity is made up: names are drawn from a pool of rare compound surnames and literary given names, and
//! ID numbers are built from birth dates between 1880 and 1909, so no living person can hold one; they still carry a
//! valid GB 11643 check character, so the privacy guard is tested on numbers shaped exactly like real ones. The
//! generator is deterministic (a fixed-seed linear congruential generator), so the file never changes unless this
//! code does: `cargo run --example fictional_roster -- data/roster.csv`.

#[path = "common/id_number.rs"]
mod id_number;

use std::fmt::Write as _;

const SURNAMES: [&str; 8] = [
    "欧阳", "司马", "上官", "诸葛", "东方", "慕容", "令狐", "西门",
];
const GIVEN: [&str; 16] = [
    "若虚", "子墨", "星河", "云舒", "清岚", "远山", "听雨", "明月", "松风", "晚晴", "望舒", "临川",
    "秋水", "青崖", "白鹭", "长庚",
];
/// Townships, how many records each gets (uneven on purpose, so some cells fall under the threshold) and the
/// service area (片区) each belongs to: a second grouping that does not nest in the township table's categories, so
/// the two published tables must be protected together.
const TOWNSHIPS: [(&str, u32, &str); 5] = [
    ("甲镇", 140, "北片"),
    ("乙镇", 95, "南片"),
    ("丙街道", 60, "北片"),
    ("丁乡", 24, "南片"),
    ("戊乡", 9, "北片"),
];
const CATEGORIES: [(&str, u32, u32); 3] = [
    ("农村低保", 60, 516),
    ("城市低保", 30, 728),
    ("特困供养", 10, 947),
];
/// A county-level code in Yunnan (53), the province of the seed report's currency of names.
const AREA: &str = "530102";

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as u32
    }

    fn below(&mut self, n: u32) -> u32 {
        self.next() % n
    }
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: cargo run --example fictional_roster -- data/roster.csv");
        std::process::exit(2);
    };
    let mut rng = Lcg(20231031);
    let mut out = String::from("name,id_number,township,category,monthly_amount,area\n");
    let mut seq = 0;
    for (township, count, area) in TOWNSHIPS {
        for _ in 0..count {
            let name = format!(
                "{}{}",
                SURNAMES[rng.below(8) as usize],
                GIVEN[rng.below(16) as usize]
            );
            let roll = rng.below(100);
            let (category, _, base) = CATEGORIES
                .iter()
                .scan(0, |acc, c| {
                    *acc += c.1;
                    Some((*acc, c))
                })
                .find(|(acc, _)| roll < *acc)
                .map(|(_, c)| *c)
                .unwrap_or(CATEGORIES[0]);
            let birth = format!(
                "{}{:02}{:02}",
                1880 + rng.below(30),
                1 + rng.below(12),
                1 + rng.below(28)
            );
            seq += 1;
            let first17 = format!("{AREA}{birth}{:03}", seq % 1000);
            let id = format!("{first17}{}", id_number::check_char(&first17));
            let amount = base - rng.below(200);
            let _ = writeln!(out, "{name},{id},{township},{category},{amount},{area}");
        }
    }
    if let Err(e) = std::fs::write(&path, out) {
        eprintln!("cannot write {path}: {e}");
        std::process::exit(1);
    }
}
