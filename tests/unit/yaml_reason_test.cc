// The YAML parser's description of a syntax error in the user's language
// (load/yaml_hints yaml_parser_reason): libyaml's own text in English, the
// catalogue's in Dutch, an unknown text as it is.
#include <catch2/catch.hpp>

#include <string>

#include "load/yaml_hints.h"
#include "load/yaml_tree.h"
#include "util/messages.h"

using namespace sterk;

namespace {
struct EnglishAfter {
  ~EnglishAfter() { set_language(Language::en); }
};

std::string syntax_message(const std::string& source) {
  YamlNode root;
  Diagnostics d;
  if (parse_yaml("x.yaml", source, &root, &d) || d.items().empty()) return "";
  const Diagnostic& first = d.items().front();
  return std::to_string(first.where.line) + ":" + std::to_string(first.where.column) + " " + first.message;
}
}  // namespace

TEST_CASE("the YAML parser's reason is libyaml's text in English and Dutch in a Dutch project", "[yaml][messages]") {
  EnglishAfter restore;
  REQUIRE(set_language(Language::en));
  CHECK(yaml_parser_reason("did not find expected '-' indicator") == "did not find expected '-' indicator");
  CHECK(yaml_parser_reason("while parsing a flow sequence") == "while parsing a flow sequence");
  CHECK(yaml_parser_reason("something libyaml may say one day") == "something libyaml may say one day");

  REQUIRE(set_language(Language::nl));
  CHECK(yaml_parser_reason("did not find expected '-' indicator") ==
        "hier werd het volgende '- '-item van de lijst verwacht");
  CHECK(yaml_parser_reason("mapping values are not allowed in this context") ==
        "een waarde op een plek waar geen waarde kan staan");
  CHECK(yaml_parser_reason("found unknown escape character") ==
        "onbekend teken na een \\ tussen dubbele aanhalingstekens");
  CHECK(yaml_parser_reason("while parsing a flow sequence") == "bij het lezen van een [ … ]-lijst");
  // Not one of libyaml 0.2.5's texts: shown as it is rather than lost.
  CHECK(yaml_parser_reason("something libyaml may say one day") == "something libyaml may say one day");
}

TEST_CASE("a YAML syntax error names where the unclosed part started and what to do", "[yaml][messages]") {
  EnglishAfter restore;
  REQUIRE(set_language(Language::en));
  // A quote that is never closed: where the text started, and the closing quote.
  CHECK(syntax_message("deck:\n  title: \"Sterk in werk\n  id: x\n") ==
        "2:10 invalid YAML: found unexpected end of stream; "
        "a text that starts with a quote (\" or ') must end with the same quote; the file ends before it does. "
        "Add the closing quote where the text ends");
  CHECK(syntax_message("title: `code`\n") ==
        "1:8 invalid YAML: found character that cannot start any token; a text cannot start with '`' in YAML. "
        "Put the whole text in quotes");
  // A key without its ':': pointed at the key, not at the line after it where libyaml noticed.
  CHECK(syntax_message("deck:\n  title: x\n  id y\n") ==
        "3:3 invalid YAML: could not find expected ':'; YAML "
        "expected a ':' after the key here: a line without 'key:' that is not indented further than the key above "
        "it is read as a key. Add the ':' after the key, or indent the text further");
  // The ':' is there but without a space after it.
  CHECK(syntax_message("deck:\n  title: x\n  id:jongeren\n") ==
        "3:3 invalid YAML: could not find expected ':'; a ':' needs a space after it to end a key: write id: jongeren");
  REQUIRE(set_language(Language::nl));
  CHECK(syntax_message("tips: [een, twee\nnext: 1\n") ==
        "2:5 fout in de YAML-opmaak: de ']' die een [ … ]-lijst sluit ontbreekt (of een komma tussen twee waarden) "
        "(bij het lezen van een [ … ]-lijst, begonnen op regel 1); een '[' of '{' op deze regel of de regel erboven "
        "wordt niet gesloten met ']' of '}' (tekst met een komma of dubbele punt binnen [ ] moet tussen "
        "aanhalingstekens: [\"Let op: dit\", dat])");
}
