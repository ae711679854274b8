//! Where the detectors that read ASCII words and figures begin, found in the one pass that also lower-cases the
//! folded text: a number detector starts only where a run of ASCII digits does, the passport and regional
//! detectors only where a word of ASCII letters and digits does. Each walks those places instead of every
//! character of a text that is mostly Chinese prose.

use crate::privacy::normalize::Folded;

#[derive(Default)]
pub struct Starts {
    /// Positions of ASCII letters and digits with no ASCII letter or digit before them.
    pub words: Vec<usize>,
    /// Positions of ASCII digits with no ASCII digit before them.
    pub digits: Vec<usize>,
}

impl Starts {
    pub fn clear(&mut self) {
        self.words.clear();
        self.digits.clear();
    }

    /// Sees `c` at position `at`, `before` being the character before it (any character that is neither an ASCII
    /// letter nor a digit at the first).
    #[inline(always)]
    pub fn see(&mut self, at: usize, c: char, before: char) {
        if c.is_ascii_alphanumeric() {
            if !before.is_ascii_alphanumeric() {
                self.words.push(at);
            }
            if c.is_ascii_digit() && !before.is_ascii_digit() {
                self.digits.push(at);
            }
        }
    }

    #[cfg(test)]
    pub fn of(text: &[Folded]) -> Starts {
        let mut s = Starts::default();
        s.fill(text);
        s
    }

    /// The starts of `text`, replacing what was there.
    pub fn fill(&mut self, text: &[Folded]) {
        self.clear();
        let mut before = ' ';
        for (at, f) in text.iter().enumerate() {
            self.see(at, f.ch, before);
            before = f.ch;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::normalize::fold;

    #[test]
    fn words_and_digit_runs_start_where_they_begin() {
        let s = Starts::of(&fold("电话13800138000，ID110 x9 a-1"));
        assert_eq!(s.words, vec![2, 14, 20, 23, 25]);
        assert_eq!(s.digits, vec![2, 16, 21, 25]);
    }
}
