//! SHA-1 and HMAC-SHA1, written for the speed of wasm built at `opt-level = "z"`.
//!
//! Why not the `sha1` crate: at `opt-level = "z"` its compression function is left as many small calls that are
//! never inlined, and one HMAC-SHA1 of a signed URL's 40-byte message took 2.2 µs in wasm (8× native). Here the
//! 80 rounds are written out by a macro with the message schedule in sixteen locals, so the compiler has nothing
//! to inline and keeps the state in wasm locals: the same HMAC takes a fraction of that.
//!
//! Measured again with both builds (issue #16; `hmac::Hmac<sha1::Sha1>` with the key absorbed once, in place of
//! `HmacSha1`; whole calls in Node, two packages side by side, fastest of 81 rounds, both orders): in the speed
//! build (opt-level 3) the crate is as fast as this code (crate ÷ ours 0.96–1.04 for `getAuthenticationParameters`
//! and a signed `buildSrc`) and 0.5 KB gzip smaller; in the browser's size build it makes
//! `getAuthenticationParameters` 1.15× slower (1.24–1.27× with a 200-byte token) and a signed `buildSrc` 1.08×
//! slower, for 0.6 KB gzip less. One implementation serves both
//! builds, so ours stays: the measurement keeps it for the size build and finds no loss in the speed build.
//! Checked against the `sha1`/`hmac` crates (dev-dependencies) by property tests and against FIPS 180 vectors.
//!
//! SHA-1 is used here only as ImageKit's signature scheme requires (HMAC-SHA1, which remains sound as a MAC).

/// Bytes in a SHA-1 block.
const BLOCK: usize = 64;

const INIT: [u32; 5] = [
    0x6745_2301,
    0xEFCD_AB89,
    0x98BA_DCFE,
    0x1032_5476,
    0xC3D2_E1F0,
];

/// One compression of `block` into `state`.
fn compress(state: &mut [u32; 5], block: &[u8; BLOCK]) {
    let mut w = [0u32; 16];
    for (word, bytes) in w.iter_mut().zip(block.chunks_exact(4)) {
        *word = u32::from_be_bytes(bytes.try_into().unwrap_or_default());
    }
    let [mut a, mut b, mut c, mut d, mut e] = *state;

    // Round `i`: `w[i % 16]` is the schedule word, extended in place from round 16 on.
    macro_rules! schedule {
        ($i:expr) => {{
            if $i >= 16 {
                w[$i & 15] = (w[($i + 13) & 15] ^ w[($i + 8) & 15] ^ w[($i + 2) & 15] ^ w[$i & 15])
                    .rotate_left(1);
            }
            w[$i & 15]
        }};
    }
    macro_rules! round {
        ($i:expr, $a:ident, $b:ident, $c:ident, $d:ident, $e:ident) => {{
            let (f, k) = if $i < 20 {
                (($b & $c) | (!$b & $d), 0x5A82_7999u32)
            } else if $i < 40 {
                ($b ^ $c ^ $d, 0x6ED9_EBA1)
            } else if $i < 60 {
                (($b & $c) | ($b & $d) | ($c & $d), 0x8F1B_BCDC)
            } else {
                ($b ^ $c ^ $d, 0xCA62_C1D6)
            };
            $e = $e
                .wrapping_add($a.rotate_left(5))
                .wrapping_add(f)
                .wrapping_add(k)
                .wrapping_add(schedule!($i));
            $b = $b.rotate_left(30);
        }};
    }
    // Five rounds per step rotate the roles of the five variables back to where they started.
    macro_rules! five {
        ($i:expr) => {
            round!($i, a, b, c, d, e);
            round!($i + 1, e, a, b, c, d);
            round!($i + 2, d, e, a, b, c);
            round!($i + 3, c, d, e, a, b);
            round!($i + 4, b, c, d, e, a);
        };
    }
    five!(0);
    five!(5);
    five!(10);
    five!(15);
    five!(20);
    five!(25);
    five!(30);
    five!(35);
    five!(40);
    five!(45);
    five!(50);
    five!(55);
    five!(60);
    five!(65);
    five!(70);
    five!(75);

    for (s, v) in state.iter_mut().zip([a, b, c, d, e]) {
        *s = s.wrapping_add(v);
    }
}

/// A running SHA-1: whole blocks are compressed as they fill.
#[derive(Clone)]
struct Sha1 {
    state: [u32; 5],
    buffer: [u8; BLOCK],
    /// Bytes in `buffer`.
    filled: usize,
    /// Bytes hashed so far.
    length: u64,
}

impl Sha1 {
    fn new() -> Self {
        Sha1 {
            state: INIT,
            buffer: [0; BLOCK],
            filled: 0,
            length: 0,
        }
    }

    fn update(&mut self, mut data: &[u8]) {
        self.length = self.length.wrapping_add(data.len() as u64);
        while !data.is_empty() {
            let room = BLOCK - self.filled;
            let take = room.min(data.len());
            let (head, rest) = data.split_at(take);
            if let Some(dst) = self.buffer.get_mut(self.filled..self.filled + take) {
                dst.copy_from_slice(head);
            }
            self.filled += take;
            data = rest;
            if self.filled == BLOCK {
                compress(&mut self.state, &self.buffer);
                self.filled = 0;
            }
        }
    }

    /// The digest. The padding (`0x80`, zeros, the length in bits) is written into the last block in place: one
    /// compression, or two when the length does not fit after the data (past 55 bytes in the last block). It
    /// used to be three more `update` calls, each a loop with a copy (issue #16).
    fn finish(mut self) -> [u8; 20] {
        let bits = self.length.wrapping_mul(8);
        let mut block = self.buffer;
        block.iter_mut().skip(self.filled).for_each(|b| *b = 0);
        if let Some(b) = block.get_mut(self.filled) {
            *b = 0x80;
        }
        if self.filled >= BLOCK - 8 {
            compress(&mut self.state, &block);
            block = [0; BLOCK];
        }
        if let Some(end) = block.last_chunk_mut::<8>() {
            *end = bits.to_be_bytes();
        }
        compress(&mut self.state, &block);
        digest(self.state)
    }
}

/// The 20 bytes of a final state.
fn digest(state: [u32; 5]) -> [u8; 20] {
    let mut out = [0u8; 20];
    for (dst, word) in out.chunks_exact_mut(4).zip(state) {
        dst.copy_from_slice(&word.to_be_bytes());
    }
    out
}

/// HMAC-SHA1 with its key already absorbed: the inner and outer states after the padded key block, computed once
/// per key, so that a signature costs the compressions of the message alone (a `Secret` keeps one of these, so a
/// client computes them once). Only the two chaining states are kept: after one whole block nothing is buffered.
#[derive(Clone)]
pub struct HmacSha1 {
    inner: [u32; 5],
    outer: [u32; 5],
}

impl HmacSha1 {
    pub fn new(key: &[u8]) -> Self {
        let mut block = [0u8; BLOCK];
        if key.len() > BLOCK {
            let mut h = Sha1::new();
            h.update(key);
            let digest = h.finish();
            block.iter_mut().zip(digest).for_each(|(b, d)| *b = d);
        } else {
            block.iter_mut().zip(key).for_each(|(b, k)| *b = *k);
        }
        let (mut inner, mut outer) = (INIT, INIT);
        compress(&mut inner, &block.map(|b| b ^ 0x36));
        compress(&mut outer, &block.map(|b| b ^ 0x5c));
        HmacSha1 { inner, outer }
    }

    /// The MAC of the concatenation of `parts`: the message's blocks from the inner state, then one block from
    /// the outer state, built in place (the inner digest and the padding of a 84-byte message).
    pub fn sign(&self, parts: &[&[u8]]) -> [u8; 20] {
        let mut inner = Sha1 {
            state: self.inner,
            buffer: [0; BLOCK],
            filled: 0,
            length: BLOCK as u64,
        };
        for p in parts {
            inner.update(p);
        }
        let mut block = [0u8; BLOCK];
        block
            .iter_mut()
            .zip(inner.finish().into_iter().chain([0x80]))
            .for_each(|(b, d)| *b = d);
        if let Some(end) = block.last_chunk_mut::<8>() {
            *end = ((BLOCK as u64 + 20) * 8).to_be_bytes();
        }
        let mut outer = self.outer;
        compress(&mut outer, &block);
        digest(outer)
    }
}

/// Never prints key material.
impl core::fmt::Debug for HmacSha1 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("HmacSha1 { .. }")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encoding::hex;
    use hmac::Mac;
    use proptest::prelude::*;

    fn sha1_hex(data: &[u8]) -> String {
        let mut h = Sha1::new();
        h.update(data);
        hex(&h.finish())
    }

    #[test]
    fn fips_180_vectors() {
        assert_eq!(sha1_hex(b""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assert_eq!(sha1_hex(b"abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(
            sha1_hex(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1"
        );
        assert_eq!(
            sha1_hex(&[b'a'; 1_000_000]),
            "34aa973cd4c4daa4f61eeb2bdbad27316534016f"
        );
    }

    /// Every length across the padding's boundaries (55, 56, 63, 64 bytes in the last block), against the crate.
    #[test]
    fn every_length_up_to_three_blocks() {
        use sha1::Digest;
        for n in 0..=200 {
            let data: Vec<u8> = (0..n).map(|i| (i * 7 + 3) as u8).collect();
            let want = hex(&sha1::Sha1::digest(&data));
            assert_eq!(sha1_hex(&data), want, "{n} bytes");
        }
    }

    #[test]
    fn rfc_2202_vectors() {
        let mac = HmacSha1::new(&[0x0b; 20]);
        assert_eq!(
            hex(&mac.sign(&[b"Hi There"])),
            "b617318655057264e28bc0b6fb378c8ef146be00"
        );
        let mac = HmacSha1::new(b"Jefe");
        assert_eq!(
            hex(&mac.sign(&[b"what do ya want ", b"for nothing?"])),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
        );
        let mac = HmacSha1::new(&[0xaa; 80]);
        assert_eq!(
            hex(&mac.sign(&[b"Test Using Larger Than Block-Size Key - Hash Key First"])),
            "aa4ae5e15272d00e95705637ce8a3b55ed402112"
        );
        assert_eq!(format!("{mac:?}"), "HmacSha1 { .. }");
    }

    proptest! {
        #[test]
        fn agrees_with_the_sha1_and_hmac_crates(
            key in proptest::collection::vec(any::<u8>(), 0..200),
            message in proptest::collection::vec(any::<u8>(), 0..300),
            cut in 0usize..300,
        ) {
            let mut reference = hmac::Hmac::<sha1::Sha1>::new_from_slice(&key).unwrap();
            reference.update(&message);
            let (a, b) = message.split_at(cut.min(message.len()));
            let ours = HmacSha1::new(&key).sign(&[a, b]);
            prop_assert_eq!(&ours[..], &reference.finalize().into_bytes()[..]);
            use sha1::Digest;
            prop_assert_eq!(sha1_hex(&message), hex(&sha1::Sha1::digest(&message)));
        }
    }

    /// The reference MAC of `message` under `key` (the `hmac` and `sha1` crates).
    fn reference(key: &[u8], message: &[u8]) -> Vec<u8> {
        let mut mac = hmac::Hmac::<sha1::Sha1>::new_from_slice(key).unwrap();
        mac.update(message);
        mac.finalize().into_bytes().to_vec()
    }

    proptest! {
        /// One cached key state (as a client keeps it) signs message after message, each as the crates sign it
        /// from scratch: the state is never changed by a signature. Keys past the 64-byte block (hashed first)
        /// and messages across every padding boundary, in several parts.
        #[test]
        fn a_cached_key_state_signs_every_message_as_the_crates(
            key in prop_oneof![
                proptest::collection::vec(any::<u8>(), 0..=64),
                proptest::collection::vec(any::<u8>(), 65..300),
            ],
            messages in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..200), 1..8),
            cut in 0usize..200,
        ) {
            let cached = HmacSha1::new(&key);
            for message in &messages {
                let (a, b) = message.split_at(cut.min(message.len()));
                prop_assert_eq!(&cached.sign(&[a, b])[..], &reference(&key, message)[..]);
                prop_assert_eq!(&cached.sign(&[message])[..], &reference(&key, message)[..]);
            }
        }

        /// The same through `Secret`, which is where a client's config keeps the state for its private key.
        #[test]
        fn a_secret_signs_as_the_crates(key in "\\PC{1,100}", message in "\\PC{0,120}") {
            let secret = crate::secret::Secret::new(key.clone());
            for _ in 0..2 {
                let ours = secret.mac().sign(&[message.as_bytes()]);
                prop_assert_eq!(&ours[..], &reference(key.as_bytes(), message.as_bytes())[..]);
            }
            prop_assert_eq!(format!("{secret:?}"), "Secret(<redacted>)");
        }
    }
}
