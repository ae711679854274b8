#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sunlight_fuzz::dataset(data));
