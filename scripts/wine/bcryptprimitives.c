/*
 * A stand-in for bcryptprimitives.dll, for the Wine test only
 * (scripts/wine-test.sh). Never shipped: Windows 10 and 11 have the real DLL.
 *
 * Rust's standard library on Windows imports ProcessPrng from
 * bcryptprimitives.dll (its source of randomness, e.g. for HashMap seeds).
 * Wine 8, Debian 12's, has no such DLL, so ksfk.exe fails to load there
 * with status c0000135. This stub exports ProcessPrng and fills the buffer
 * with RtlGenRandom (SystemFunction036 of advapi32), which Wine has.
 *
 *     x86_64-w64-mingw32-gcc -shared -s -o bcryptprimitives.dll \
 *         bcryptprimitives.c -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* SystemFunction036 takes a 32-bit length: fill in chunks. */
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
