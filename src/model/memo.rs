//! Values worked out once per key and remembered for the app's life.

use std::sync::{Mutex, MutexGuard};

/// A table of remembered values. Its keys are few (the setups and steps met so far), so a
/// list searched in order serves as well as a hash map, and is smaller in the WebAssembly
/// (each hash map type brought its own copy of the hashing and growing code).
pub struct Memo<K, V>(Mutex<Vec<(K, V)>>);

impl<K: PartialEq + Copy, V: Clone> Memo<K, V> {
    // Only ever made as a `static`, which needs a `const fn`: a `Default` would go unused.
    #[allow(clippy::new_without_default)]
    pub const fn new() -> Self {
        Memo(Mutex::new(Vec::new()))
    }

    /// The value for `key`, made by `make` the first time. `make` runs without the table held,
    /// so it may itself ask this table for other keys.
    pub fn get(&self, key: K, make: impl FnOnce() -> V) -> V {
        let known = self
            .list()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone());
        known.unwrap_or_else(|| {
            let value = make();
            self.list().push((key, value.clone()));
            value
        })
    }

    fn list(&self) -> MutexGuard<'_, Vec<(K, V)>> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn makes_each_value_once_and_may_ask_itself_while_making() {
        static SQUARES: Memo<u32, u32> = Memo::new();
        static MADE: Mutex<u32> = Mutex::new(0);
        fn square(n: u32) -> u32 {
            SQUARES.get(n, || {
                *MADE.lock().unwrap() += 1;
                // Asks for another key while making this one.
                if n > 0 {
                    square(n - 1);
                }
                n * n
            })
        }
        assert_eq!(square(3), 9);
        assert_eq!(square(3), 9);
        assert_eq!(square(2), 4);
        assert_eq!(*MADE.lock().unwrap(), 4, "0, 1, 2 and 3, once each");
    }
}
