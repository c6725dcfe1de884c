#pragma once
// Just enough of an ICC colour profile to tell what it is: the device class and
// colour space from the header and the description tag. sterk embeds a CMYK
// output profile in PDF/X files; a profile that is not one would make a file a
// print shop's preflight rejects, so it is refused while loading sterk.yaml.
#include <string>

namespace sterk {

struct IccProfile {
  std::string device_class;  ///< "prtr" for an output (printer) profile
  std::string colour_space;  ///< "CMYK", "RGB ", "GRAY", …
  std::string description;   ///< the 'desc' tag, e.g. "Coated FOGRA39 (ISO 12647-2:2004)"
  bool is_cmyk_output() const { return device_class == "prtr" && colour_space == "CMYK"; }
};

/// Parses `bytes`. False with *err ("not an ICC profile …") when the header is wrong.
bool parse_icc_profile(const std::string& bytes, IccProfile* out, std::string* err);

/// The output condition a profile stands for, from its description: "FOGRA39",
/// "FOGRA51", … when it names one, else "Custom".
std::string icc_condition_identifier(const std::string& description);

}  // namespace sterk
