// libFuzzer target: a template file (templates/*.yaml) through the YAML reader and the
// template reader, and merged over itself the way `extends` merges two files.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_common.h"
#include "load/template_loader.h"
#include "load/yaml_tree.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace sterk;
  const std::string file = "templates/fuzz.yaml";
  std::string text(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  YamlNode root;
  bool ok = parse_yaml(file, text, &root, &diags);
  if (ok) {
    YamlNode merged = root;
    merge_yaml(&merged, root);
    Template tpl;
    tpl.name = "fuzz";
    tpl.file = file;
    ok = read_template(merged, &tpl, &diags);
  }
  fuzz::check_diagnostics(ok, diags, file, text);
  return 0;
}
