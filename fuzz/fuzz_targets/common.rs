/// Runs the reader; a panic (caught by `read_bytes` and reported with its
/// place) is a crash when it happened in ksfk's own code, and also in
/// calamine's when KSFK_FUZZ_STRICT is set (calamine's are upstream bugs
/// that ksfk turns into a clear error; the strict mode finds them).
pub fn read(bytes: Vec<u8>) {
    let r = ksfk::ledger::read_bytes(bytes, Some(2017));
    if let Err(ksfk::ledger::LedgerError::Format { message, .. }) = &r {
        if message.starts_with(ksfk::ledger::PANIC_MESSAGE)
            && (!message.contains("技术信息：calamine")
                || std::env::var_os("KSFK_FUZZ_STRICT").is_some())
        {
            panic!("{message}");
        }
    }
}
