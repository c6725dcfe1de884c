// Bundle entry names are plain relative names: unpacking a set never writes outside
// its folder ("zip slip"), whatever a manifest or an id says.
#include <catch2/catch.hpp>

#include "render/bundle.h"

using namespace sterk;

TEST_CASE("set bundles only hold plain relative entry names", "[publish][bundle]") {
  CHECK(plain_entry_name("README.txt"));
  CHECK(plain_entry_name("jongeren/png/J-werk-01-front.png"));
  CHECK(!plain_entry_name(""));
  CHECK(!plain_entry_name("/etc/passwd"));
  CHECK(!plain_entry_name("../x"));
  CHECK(!plain_entry_name("jongeren/../../x"));
  CHECK(!plain_entry_name("jongeren/./x"));
  CHECK(!plain_entry_name("jongeren//x"));
  CHECK(!plain_entry_name("jongeren/"));
  CHECK(!plain_entry_name("..\\x"));
  CHECK(!plain_entry_name("C:x"));
  CHECK(!plain_entry_name(std::string("a\0b", 3)));
}
