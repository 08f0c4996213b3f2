//! The global allocator: free lists by size class in front of talc.
//!
//! Why: a URL call makes a few dozen small, short-lived allocations (option keys and values, pieces of the URL).
//! Through talc alone an allocation and its free cost about 80 ns in wasm built at `opt-level = "z"`, which was
//! half the time of a `buildSrc` call (measured with `bench/native` built for `wasm32-wasip1`). A freed block of
//! up to 1 KiB is kept on a list for its power-of-two size and handed out again by the next request of that
//! class, so the common case is a pointer pop or push. Larger or over-aligned blocks (upload bodies, response
//! text) go straight to talc, which coalesces them.
//!
//! Blocks on the lists are never handed back to talc. That bounds nothing more than the peak of small live
//! blocks, which wasm could not return to the host anyway (linear memory never shrinks).

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr;

/// Size classes 8, 16, 32, … 1024 bytes.
const CLASSES: usize = 8;
/// The class of the smallest block, as a power of two (8 bytes: room for the free-list link).
const MIN_SHIFT: u32 = 3;
/// Largest request served by the lists.
const MAX_SMALL: usize = 8 << (CLASSES - 1);
/// Alignment of every block on the lists; no small request on wasm32 asks for more.
const ALIGN: usize = 8;

pub struct SizeClassCache<A> {
    inner: A,
    /// Head of each class's free list; a free block's first word links to the next.
    heads: UnsafeCell<[*mut u8; CLASSES]>,
}

// SAFETY: the module is built without atomics, so there is exactly one thread and no concurrent access.
unsafe impl<A: Sync> Sync for SizeClassCache<A> {}

impl<A> SizeClassCache<A> {
    pub const fn new(inner: A) -> Self {
        SizeClassCache {
            inner,
            heads: UnsafeCell::new([ptr::null_mut(); CLASSES]),
        }
    }
}

/// The class serving `size` bytes at `align`, or None for talc.
#[inline(always)]
fn class_of(size: usize, align: usize) -> Option<usize> {
    if size > MAX_SMALL || align > ALIGN {
        return None;
    }
    let rounded = size.max(1 << MIN_SHIFT);
    // ceil(log2(rounded)) - MIN_SHIFT: 8 → 0, 9..=16 → 1, …, 513..=1024 → 7.
    Some((usize::BITS - (rounded - 1).leading_zeros() - MIN_SHIFT) as usize)
}

/// The layout talc sees for every block of class `c`.
#[inline(always)]
fn class_layout(c: usize) -> Layout {
    // SAFETY: a power of two from 8 to 1024 with alignment 8 is always a valid layout.
    unsafe { Layout::from_size_align_unchecked(1 << (c as u32 + MIN_SHIFT), ALIGN) }
}

unsafe impl<A: GlobalAlloc> GlobalAlloc for SizeClassCache<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(c) = class_of(layout.size(), layout.align()) else {
            return self.inner.alloc(layout);
        };
        let heads = &mut *self.heads.get();
        match heads.get_mut(c) {
            Some(head) if !head.is_null() => {
                let block = *head;
                *head = *(block as *mut *mut u8);
                block
            }
            _ => self.inner.alloc(class_layout(c)),
        }
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let Some(c) = class_of(layout.size(), layout.align()) else {
            return self.inner.dealloc(block, layout);
        };
        let heads = &mut *self.heads.get();
        if let Some(head) = heads.get_mut(c) {
            *(block as *mut *mut u8) = *head;
            *head = block;
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = class_of(layout.size(), layout.align());
        let new = class_of(new_size, layout.align());
        match (old, new) {
            // Large to large: talc can often grow in place.
            (None, None) => self.inner.realloc(block, layout, new_size),
            // The block already has room for the new size.
            (Some(a), Some(b)) if a == b => block,
            _ => {
                let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
                let moved = self.alloc(new_layout);
                if !moved.is_null() {
                    ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                    self.dealloc(block, layout);
                }
                moved
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::alloc::System;

    #[test]
    fn classes_round_up_to_powers_of_two() {
        assert_eq!(class_of(0, 1), Some(0));
        assert_eq!(class_of(8, 8), Some(0));
        assert_eq!(class_of(9, 1), Some(1));
        assert_eq!(class_of(16, 4), Some(1));
        assert_eq!(class_of(513, 1), Some(7));
        assert_eq!(class_of(1024, 8), Some(7));
        assert_eq!(class_of(1025, 1), None);
        assert_eq!(class_of(16, 16), None);
        for size in 0..=MAX_SMALL {
            let c = class_of(size, 1).unwrap();
            assert!(class_layout(c).size() >= size.max(8));
            assert!(c == 0 || class_layout(c - 1).size() < size);
        }
    }

    proptest! {
        /// Random allocate / grow / free sequences over the system allocator: every live block keeps its bytes,
        /// and no two live blocks overlap (a block handed out twice would fail one of the two checks).
        #[test]
        fn live_blocks_keep_their_bytes(ops in proptest::collection::vec((0usize..3, 1usize..1500, 0usize..64), 1..300)) {
            let a = SizeClassCache::new(System);
            let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
            for (i, (op, size, pick)) in ops.into_iter().enumerate() {
                let fill = i as u8;
                match op {
                    0 => unsafe {
                        let layout = Layout::from_size_align(size, if size % 3 == 0 { 8 } else { 1 }).unwrap();
                        let p = a.alloc(layout);
                        prop_assert!(!p.is_null());
                        ptr::write_bytes(p, fill, size);
                        live.push((p, layout, fill));
                    },
                    1 if !live.is_empty() => unsafe {
                        let (p, layout, old_fill) = live.swap_remove(pick % live.len());
                        let q = a.realloc(p, layout, size);
                        prop_assert!(!q.is_null());
                        let kept = layout.size().min(size);
                        prop_assert!((0..kept).all(|j| *q.add(j) == old_fill));
                        ptr::write_bytes(q, fill, size);
                        live.push((q, Layout::from_size_align(size, layout.align()).unwrap(), fill));
                    },
                    _ if !live.is_empty() => unsafe {
                        let (p, layout, _) = live.swap_remove(pick % live.len());
                        a.dealloc(p, layout);
                    },
                    _ => {}
                }
                for &(p, layout, fill) in &live {
                    prop_assert_eq!(p as usize % layout.align(), 0);
                    let intact = (0..layout.size()).all(|j| unsafe { *p.add(j) } == fill);
                    prop_assert!(intact);
                }
            }
            for (p, layout, _) in live {
                unsafe { a.dealloc(p, layout) };
            }
        }
    }
}
