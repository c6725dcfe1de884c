#include "render/svg_sanitize.h"

#include <cctype>
#include <set>
#include <vector>

namespace sterk {
namespace {

const std::set<std::string>& allowed_elements() {
  static const std::set<std::string> names = {
      "svg", "g", "defs", "symbol", "use", "title", "desc", "path", "rect", "circle", "ellipse", "line",
      "polyline", "polygon", "text", "tspan", "linearGradient", "radialGradient", "stop", "clipPath", "mask",
      "pattern", "marker"};
  return names;
}

const std::set<std::string>& allowed_attributes() {
  static const std::set<std::string> names = {
      "id", "class", "viewBox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry",
      "fx", "fy", "dx", "dy", "d", "points", "pathLength", "transform", "preserveAspectRatio", "version", "xmlns",
      "xmlns:xlink", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap",
      "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity",
      "opacity", "color", "display", "visibility", "clip-path", "clip-rule", "mask", "offset", "stop-color",
      "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod", "patternUnits",
      "patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits",
      "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient", "marker-start", "marker-mid",
      "marker-end", "vector-effect", "shape-rendering", "paint-order", "font-family", "font-size",
      "font-weight", "font-style", "text-anchor", "dominant-baseline", "letter-spacing", "href", "xlink:href",
      "style"};
  return names;
}

// Text survives only inside these (elsewhere it is layout whitespace).
bool keeps_text(const std::string& element) {
  return element == "title" || element == "desc" || element == "text" || element == "tspan";
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Decodes the five XML entities and character references; any other entity
// (declared in a doctype) is dropped.
std::string decode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') continue;  // dropped here, so the checks see the output
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string::npos || semi - i > 12) continue;  // a bare '&': dropped
    std::string name = s.substr(i + 1, semi - i - 1);
    i = semi;
    if (name == "lt") out += '<';
    else if (name == "gt") out += '>';
    else if (name == "amp") out += '&';
    else if (name == "quot") out += '"';
    else if (name == "apos") out += '\'';
    else if (!name.empty() && name[0] == '#') {
      unsigned long cp = 0;
      bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      for (size_t k = hex ? 2 : 1; k < name.size(); ++k) {
        char c = name[k];
        int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                : hex && std::isxdigit(static_cast<unsigned char>(c)) ? std::tolower(c) - 'a' + 10 : -1;
        if (v < 0 || cp > 0x10FFFF) { cp = 0; break; }
        cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(v);
      }
      if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r'))
        continue;
      if (cp < 0x80) out += static_cast<char>(cp);
      else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
      else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      }
    }
  }
  return out;
}

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        // Control characters (a NUL, an escape) have no place in a drawing or a page.
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
    }
  }
  return out;
}

// A value may refer to the drawing itself (url(#id), href="#id"), never elsewhere.
bool safe_value(const std::string& name, const std::string& value) {
  std::string v;
  for (char c : lower(value))
    if (!std::isspace(static_cast<unsigned char>(c)) && c != '\0') v += c;
  if (name == "href" || name == "xlink:href") {
    // Only a plain reference to an element of the drawing itself: #id.
    if (value.size() < 2 || value[0] != '#') return false;
    for (size_t i = 1; i < value.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(value[i]);
      if (!(std::isalnum(c) || c == '_' || c == '-' || c == '.')) return false;
    }
    return true;
  }
  if (v.find("javascript:") != std::string::npos || v.find("data:") != std::string::npos ||
      v.find("expression(") != std::string::npos || v.find('\\') != std::string::npos ||
      v.find('@') != std::string::npos || v.find('<') != std::string::npos)
    return false;
  for (size_t p = v.find("url("); p != std::string::npos; p = v.find("url(", p + 4)) {
    size_t q = p + 4;
    if (q < v.size() && (v[q] == '"' || v[q] == '\'')) ++q;
    if (q >= v.size() || v[q] != '#') return false;
  }
  return true;
}

struct Attribute {
  std::string name, value;
};

// Reads the attributes of a tag from s[i] up to '>' ('/>' sets *self_closing).
// False when the tag does not end.
bool read_attributes(const std::string& s, size_t* i, std::vector<Attribute>* attrs, bool* self_closing) {
  size_t k = *i;
  *self_closing = false;
  while (k < s.size()) {
    while (k < s.size() && std::isspace(static_cast<unsigned char>(s[k]))) ++k;
    if (k >= s.size()) return false;
    if (s[k] == '>') { *i = k + 1; return true; }
    if (s[k] == '/' && k + 1 < s.size() && s[k + 1] == '>') { *self_closing = true; *i = k + 2; return true; }
    size_t start = k;
    while (k < s.size() && !std::isspace(static_cast<unsigned char>(s[k])) && s[k] != '=' && s[k] != '>' &&
           s[k] != '/')
      ++k;
    std::string name = s.substr(start, k - start);
    if (name.empty()) { ++k; continue; }
    while (k < s.size() && std::isspace(static_cast<unsigned char>(s[k]))) ++k;
    std::string value;
    if (k < s.size() && s[k] == '=') {
      ++k;
      while (k < s.size() && std::isspace(static_cast<unsigned char>(s[k]))) ++k;
      if (k >= s.size()) return false;
      if (s[k] == '"' || s[k] == '\'') {
        size_t end = s.find(s[k], k + 1);
        if (end == std::string::npos) return false;
        value = s.substr(k + 1, end - k - 1);
        k = end + 1;
      } else {
        size_t vs = k;
        while (k < s.size() && !std::isspace(static_cast<unsigned char>(s[k])) && s[k] != '>') ++k;
        value = s.substr(vs, k - vs);
      }
    }
    attrs->push_back({name, decode(value)});
  }
  return false;
}

}  // namespace

std::string sanitize_svg(const std::string& s) {
  size_t start = s.find("<svg");
  if (start == std::string::npos) return "";
  std::string out;
  // The licence comment in front of the drawing stays (without "--" inside it).
  size_t comment = s.find("<!--");
  if (comment != std::string::npos && comment < start) {
    size_t end = s.find("-->", comment + 4);
    if (end != std::string::npos && end < start) {
      std::string text = s.substr(comment + 4, end - comment - 4);
      // HTML ends a comment early at "<!-->" or "<!--->", and "--" is not allowed in
      // one: no '<', '>' or "--" inside, and no '-' at its start.
      for (char& c : text)
        if (c == '<' || c == '>' || (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t')) c = ' ';
      for (size_t p; (p = text.find("--")) != std::string::npos;) text.replace(p, 2, "-");
      if (!text.empty() && text[0] == '-') text.insert(0, " ");
      if (!text.empty() && text.back() == '-') text += " ";
      out += "<!--" + text + "-->\n";
    }
  }
  std::vector<std::string> open;  // allowed elements written and not yet closed
  int skipping = 0;               // depth inside a dropped element
  bool done = false;
  size_t i = start;
  while (i < s.size() && !done) {
    if (s[i] != '<') {
      size_t next = s.find('<', i);
      std::string text = s.substr(i, next == std::string::npos ? std::string::npos : next - i);
      if (skipping == 0 && !open.empty()) {
        if (keeps_text(open.back())) out += escape(decode(text));
        else if (text.find_first_not_of(" \t\r\n") == std::string::npos) out += text;
      }
      if (next == std::string::npos) break;
      i = next;
      continue;
    }
    if (s.compare(i, 4, "<!--") == 0) {  // comments inside the drawing go
      size_t end = s.find("-->", i + 4);
      if (end == std::string::npos) return "";
      i = end + 3;
      continue;
    }
    if (s.compare(i, 9, "<![CDATA[") == 0) {
      size_t end = s.find("]]>", i + 9);
      if (end == std::string::npos) return "";
      if (skipping == 0 && !open.empty() && keeps_text(open.back())) out += escape(s.substr(i + 9, end - i - 9));
      i = end + 3;
      continue;
    }
    if (s.compare(i, 2, "<!") == 0 || s.compare(i, 2, "<?") == 0) {
      size_t end = s.find('>', i);
      if (end == std::string::npos) return "";
      i = end + 1;
      continue;
    }
    bool closing = i + 1 < s.size() && s[i + 1] == '/';
    size_t n = i + (closing ? 2 : 1), name_end = n;
    while (name_end < s.size() && !std::isspace(static_cast<unsigned char>(s[name_end])) && s[name_end] != '>' &&
           s[name_end] != '/')
      ++name_end;
    std::string name = s.substr(n, name_end - n);
    if (closing) {
      size_t end = s.find('>', name_end);
      if (end == std::string::npos) return "";
      i = end + 1;
      if (skipping > 0) {
        --skipping;
        continue;
      }
      if (open.empty() || open.back() != name) return "";  // markup we cannot follow
      out += "</" + name + ">";
      open.pop_back();
      if (open.empty()) done = true;
      continue;
    }
    std::vector<Attribute> attrs;
    bool self_closing = false;
    size_t k = name_end;
    if (!read_attributes(s, &k, &attrs, &self_closing)) return "";
    i = k;
    if (skipping > 0 || !allowed_elements().count(name) || (open.empty() && name != "svg")) {
      if (!self_closing) ++skipping;
      continue;
    }
    out += "<" + name;
    for (const auto& a : attrs) {
      if (!allowed_attributes().count(a.name) || !safe_value(a.name, a.value)) continue;
      out += " " + a.name + "=\"" + escape(a.value) + "\"";
    }
    if (self_closing) {
      out += "/>";
      if (open.empty()) done = true;
    } else {
      out += ">";
      open.push_back(name);
    }
  }
  if (!done) return "";
  return out;
}

std::string svg_data_url(const std::string& svg) {
  std::string clean = sanitize_svg(svg);
  if (clean.empty()) return "";
  static const char* b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out = "data:image/svg+xml;base64,";
  size_t i = 0;
  for (; i + 2 < clean.size(); i += 3) {
    unsigned v = (static_cast<unsigned char>(clean[i]) << 16) | (static_cast<unsigned char>(clean[i + 1]) << 8) |
                 static_cast<unsigned char>(clean[i + 2]);
    out += b64[v >> 18];
    out += b64[(v >> 12) & 63];
    out += b64[(v >> 6) & 63];
    out += b64[v & 63];
  }
  if (i + 1 == clean.size()) {
    unsigned v = static_cast<unsigned char>(clean[i]) << 16;
    out += b64[v >> 18];
    out += b64[(v >> 12) & 63];
    out += "==";
  } else if (i + 2 == clean.size()) {
    unsigned v = (static_cast<unsigned char>(clean[i]) << 16) | (static_cast<unsigned char>(clean[i + 1]) << 8);
    out += b64[v >> 18];
    out += b64[(v >> 12) & 63];
    out += b64[(v >> 6) & 63];
    out += '=';
  }
  return out;
}

}  // namespace sterk
