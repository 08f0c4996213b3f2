//! Values kept under small numbers until they are taken back, the numbers of taken values reused. The transport
//! keeps a media call's state here while io.js sends its first attempt (src/wasm/pending.rs says why): a number
//! crosses to JS as it is, where a closure holding the state would be a JS function made, registered for
//! finalization and later finalized, for every call.

/// The values, by number.
pub struct Slab<T> {
    slots: Vec<Option<T>>,
    /// Numbers of empty slots, the last freed first.
    free: Vec<u32>,
    held: usize,
}

impl<T> Slab<T> {
    pub const fn new() -> Self {
        Slab {
            slots: Vec::new(),
            free: Vec::new(),
            held: 0,
        }
    }

    /// Keeps `value`, answering its number; `Err(value)` only past 2^32 values held at once.
    pub fn insert(&mut self, value: T) -> Result<u32, T> {
        let id = match self.free.pop() {
            Some(id) => id,
            None => match u32::try_from(self.slots.len()) {
                Ok(id) => {
                    self.slots.push(None);
                    id
                }
                Err(_) => return Err(value),
            },
        };
        match self.slots.get_mut(id as usize) {
            Some(slot) => {
                *slot = Some(value);
                self.held += 1;
                Ok(id)
            }
            None => Err(value),
        }
    }

    /// The value kept under `id`, no longer kept; `None` for a number that holds nothing.
    pub fn take(&mut self, id: u32) -> Option<T> {
        let value = self.slots.get_mut(id as usize)?.take()?;
        self.free.push(id);
        self.held -= 1;
        Some(value)
    }

    /// How many values are kept.
    pub fn len(&self) -> usize {
        self.held
    }

    pub fn is_empty(&self) -> bool {
        self.held == 0
    }
}

impl<T> Default for Slab<T> {
    fn default() -> Self {
        Slab::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    #[test]
    fn numbers_are_reused_after_a_take() {
        let mut s = Slab::new();
        assert_eq!(
            (s.insert("a"), s.insert("b"), s.insert("c")),
            (Ok(0), Ok(1), Ok(2))
        );
        assert_eq!(s.take(1), Some("b"));
        assert_eq!(s.take(1), None, "taken twice");
        assert_eq!(s.take(7), None, "never given");
        assert_eq!(s.insert("d"), Ok(1));
        assert_eq!(s.len(), 3);
        assert_eq!(
            (s.take(0), s.take(1), s.take(2)),
            (Some("a"), Some("d"), Some("c"))
        );
        assert!(s.is_empty());
        assert_eq!(s.insert("e"), Ok(2), "the last freed first");
    }

    proptest! {
        /// Any order of inserts and takes (of held, taken and never-given numbers) answers as a map would.
        #[test]
        fn behaves_as_a_map(ops in proptest::collection::vec((any::<bool>(), 0u32..12), 0..200)) {
            let mut s = Slab::new();
            let mut model: HashMap<u32, usize> = HashMap::new();
            for (i, (insert, id)) in ops.into_iter().enumerate() {
                if insert {
                    let got = s.insert(i).unwrap();
                    prop_assert!(!model.contains_key(&got), "number {} given twice", got);
                    model.insert(got, i);
                } else {
                    prop_assert_eq!(s.take(id), model.remove(&id));
                }
                prop_assert_eq!(s.len(), model.len());
            }
        }
    }
}
