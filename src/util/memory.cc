#include "util/memory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace sterk {

void hand_back_free_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

}  // namespace sterk
