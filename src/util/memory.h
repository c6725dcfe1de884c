#pragma once
// Handing freed memory back to the system. glibc keeps what a program frees resident
// for its next allocations; after a stage that freed a lot (reading and checking the
// decks, Cairo closing a PDF) that only raises the build's peak (docs/performance.md).

namespace sterk {

/// Returns the free pages of the heap to the system (malloc_trim on glibc; nothing
/// elsewhere).
void hand_back_free_memory();

}  // namespace sterk
