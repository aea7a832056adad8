//! Fuzz the decoder: any bytes either decode to text or give a reason, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = tarikh::corpus::decode(data);
});
