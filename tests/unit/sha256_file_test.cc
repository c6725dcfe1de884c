// The manifest hashes output files as it reads them in 64 KiB pieces, so a large
// PDF is never held in memory; the digest must be the one of the whole file.
#include <catch2/catch.hpp>

#include "test_project.h"
#include "util/files.h"

using namespace sterk;

TEST_CASE("a file hashed in pieces has the digest of its whole contents", "[util]") {
  test::TempProject p;
  // Sizes around the 64-byte block, the 56-byte padding edge and the 64 KiB piece.
  for (size_t n : {0, 1, 55, 56, 63, 64, 65, 119, 65535, 65536, 65537, 200003}) {
    std::string data(n, '\0');
    for (size_t i = 0; i < n; ++i) data[i] = static_cast<char>((i * 131 + n) % 251);
    std::string path = p.write("f" + std::to_string(n), data);
    std::string hex, err, out;
    uint64_t bytes = 0;
    INFO(n);
    REQUIRE(sha256_file(path, &hex, &bytes, &err));
    CHECK(bytes == n);
    CHECK(hex == sha256_hex(data));
    // And what sha256sum says, computed by another program.
    REQUIRE(test::run("sha256sum " + path, &out) == 0);
    CHECK(out.substr(0, 64) == hex);
  }
  std::string hex, err;
  uint64_t bytes = 0;
  CHECK_FALSE(sha256_file(p.path("missing"), &hex, &bytes, &err));
  CHECK(err.find("cannot read") == 0);
}
