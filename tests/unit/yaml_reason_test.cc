// The YAML parser's description of a syntax error in the user's language
// (load/yaml_hints yaml_parser_reason): yaml-cpp's own text in English, the
// catalogue's in Dutch, with what the parser found kept after a "…: " text.
#include <catch2/catch.hpp>

#include <string>

#include "load/yaml_hints.h"
#include "util/messages.h"

using namespace sterk;

namespace {
struct EnglishAfter {
  ~EnglishAfter() { set_language(Language::en); }
};
}  // namespace

TEST_CASE("the YAML parser's reason is yaml-cpp's text in English and Dutch in a Dutch project", "[yaml][messages]") {
  EnglishAfter restore;
  REQUIRE(set_language(Language::en));
  CHECK(yaml_parser_reason("end of sequence not found") == "end of sequence not found");
  CHECK(yaml_parser_reason("unknown escape character: q") == "unknown escape character: q");
  CHECK(yaml_parser_reason("something yaml-cpp may say one day") == "something yaml-cpp may say one day");

  REQUIRE(set_language(Language::nl));
  CHECK(yaml_parser_reason("end of sequence not found") == "het einde van een lijst ontbreekt");
  CHECK(yaml_parser_reason("illegal map value") == "een waarde op een plek waar geen waarde kan staan");
  CHECK(yaml_parser_reason("unknown escape character: q") ==
        "onbekend teken na een \\ tussen dubbele aanhalingstekens: q");
  // Not one of yaml-cpp 0.7's texts: shown as it is rather than lost.
  CHECK(yaml_parser_reason("something yaml-cpp may say one day") == "something yaml-cpp may say one day");
}
