#include "render/pdf_finish.h"
#include "util/messages.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <istream>
#include <map>
#include <ostream>
#include <sstream>
#include <tuple>

namespace sterk {

std::string pdf_date(const std::string& d) {
  std::string digits;
  for (char c : d)
    if (c >= '0' && c <= '9') digits += c;
  if (digits.size() != 8) digits = "20260101";
  return "D:" + digits + "000000Z";
}

std::string pdf_text_string(const std::string& s) {
  bool plain = true;
  for (unsigned char c : s) plain = plain && c >= 0x20 && c < 0x7f;
  if (plain) {
    std::string out = "(";
    for (char c : s) {
      if (c == '(' || c == ')' || c == '\\') out += '\\';
      out += c;
    }
    return out + ")";
  }
  std::string out = "<FEFF";
  char buf[8];
  auto unit = [&](unsigned u) {
    std::snprintf(buf, sizeof buf, "%04X", u);
    out += buf;
  };
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    unsigned cp = 0xFFFD;
    int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (n == 1) cp = c < 0x80 ? c : 0xFFFD;
    else if (i + n <= s.size()) {
      cp = c & (0xFF >> (n + 1));
      for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    i += n;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      unit(0xD800 + (cp >> 10));
      unit(0xDC00 + (cp & 0x3FF));
    } else {
      unit(cp);
    }
  }
  return out + ">";
}

namespace {

std::string number(double v) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.6f", v);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

// A 128-bit fingerprint of everything written (two FNV-1a hashes): the /ID, so the
// same content always gets the same ID and any change gets another.
class Fingerprint {
 public:
  void add(const char* p, size_t n) {
    for (size_t i = 0; i < n; ++i) {
      a_ = (a_ ^ static_cast<unsigned char>(p[i])) * 0x100000001b3ULL;
      b_ = (b_ ^ static_cast<unsigned char>(p[i] ^ 0x5c)) * 0x100000001b3ULL;
    }
  }
  std::string hex() const {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%016llX%016llX", static_cast<unsigned long long>(a_),
                  static_cast<unsigned long long>(b_));
    return buf;
  }

 private:
  uint64_t a_ = 0xcbf29ce484222325ULL, b_ = 0x84222325cbf29ce4ULL;
};

// Writes to the output, counting bytes (for the new cross-reference table) and
// fingerprinting them.
class Out {
 public:
  explicit Out(std::ostream& os) : os_(os) {}
  void write(const char* p, size_t n) {
    os_.write(p, static_cast<std::streamsize>(n));
    print_.add(p, n);
    pos_ += n;
  }
  void write(const std::string& s) { write(s.data(), s.size()); }
  uint64_t pos() const { return pos_; }
  std::string id() const { return print_.hex(); }
  bool ok() const { return static_cast<bool>(os_); }

 private:
  std::ostream& os_;
  Fingerprint print_;
  uint64_t pos_ = 0;
};

struct Xref {
  std::vector<uint64_t> offset;  ///< by object number; 0 = not in use
  uint64_t start = 0;            ///< where the old table begins (the end of the objects)
  int root = 0, info = 0;
};

int ref_after(const std::string& text, const std::string& key) {
  size_t p = text.find(key);
  return p == std::string::npos ? 0 : std::atoi(text.c_str() + p + key.size());
}

// Cairo ends its file with a classic cross-reference table and trailer.
bool read_xref(std::istream& in, Xref* x, std::string* err) {
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  const std::streamoff tail_len = std::min<std::streamoff>(size, 1024);
  std::string tail(static_cast<size_t>(tail_len), '\0');
  in.seekg(size - tail_len);
  in.read(&tail[0], tail_len);
  size_t p = tail.rfind("startxref");
  if (p == std::string::npos) {
    *err = tr("Cairo's PDF has no cross-reference table");
    return false;
  }
  x->start = std::strtoull(tail.c_str() + p + 9, nullptr, 10);
  in.clear();
  in.seekg(static_cast<std::streamoff>(x->start));
  std::string line;
  std::getline(in, line);
  if (line.rfind("xref", 0) != 0) {
    *err = tr("Cairo's PDF has a cross-reference stream; a table was expected");
    return false;
  }
  while (std::getline(in, line) && line.rfind("trailer", 0) != 0) {
    int first = 0, count = 0;
    if (std::sscanf(line.c_str(), "%d %d", &first, &count) != 2 || first < 0 || count < 0) {
      *err = tr("Cairo's cross-reference table cannot be read");
      return false;
    }
    if (x->offset.size() < static_cast<size_t>(first + count)) x->offset.resize(first + count, 0);
    for (int i = 0; i < count && std::getline(in, line); ++i)
      if (line.size() >= 18 && line[17] == 'n') x->offset[first + i] = std::strtoull(line.c_str(), nullptr, 10);
  }
  std::string trailer, chunk;
  while (std::getline(in, chunk) && chunk.rfind("startxref", 0) != 0) trailer += chunk + "\n";
  x->root = ref_after(trailer, "/Root ");
  x->info = ref_after(trailer, "/Info ");
  if (x->root <= 0 || static_cast<size_t>(x->root) >= x->offset.size()) {
    *err = tr("Cairo's PDF has no catalog");
    return false;
  }
  in.clear();
  return true;
}

// The objects in file order. An object ends where the next one (in file order) or
// the old table starts; that end is looked up when needed rather than kept for every
// object (a 10 000-card deck has 80 000 objects, and the finisher's tables are what it
// holds at a build's peak).
struct Extents {
  const Xref& x;
  std::vector<int> order;  ///< object numbers in file order

  /// The end of the object at position `i` of `order`.
  uint64_t end_at(size_t i) const { return i + 1 < order.size() ? x.offset[order[i + 1]] : x.start; }
  /// The end of object `n` (one that is in use).
  uint64_t end(int n) const {
    auto it = std::upper_bound(order.begin(), order.end(), x.offset[n],
                               [&](uint64_t pos, int m) { return pos < x.offset[m]; });
    return it == order.end() ? x.start : x.offset[*it];
  }
};

Extents extents(const Xref& x) {
  Extents e{x, {}};
  size_t used = 0;
  for (size_t n = 1; n < x.offset.size(); ++n) used += x.offset[n] != 0;
  e.order.reserve(used);
  for (size_t n = 1; n < x.offset.size(); ++n)
    if (x.offset[n]) e.order.push_back(static_cast<int>(n));
  std::sort(e.order.begin(), e.order.end(), [&](int a, int b) { return x.offset[a] < x.offset[b]; });
  return e;
}

std::string read_span(std::istream& in, uint64_t from, uint64_t to) {
  std::string s(static_cast<size_t>(to - from), '\0');
  in.clear();
  in.seekg(static_cast<std::streamoff>(from));
  in.read(&s[0], static_cast<std::streamsize>(s.size()));
  return s;
}

// The dictionary of a small object: "N 0 obj\n<< … >>\nendobj" → "<< … >>".
std::string object_dict(const std::string& obj) {
  size_t b = obj.find("<<"), e = obj.rfind(">>");
  return b == std::string::npos || e == std::string::npos || e < b ? "" : obj.substr(b, e + 2 - b);
}

// Adds `entries` at the end of a dictionary "<< … >>".
std::string add_entries(const std::string& dict, const std::string& entries) {
  return dict.substr(0, dict.size() - 2) + entries + ">>";
}

// ---- The edits, one per kind of object. ----

std::string box(double a, double c, double d, double e) {
  return "[ " + number(a) + " " + number(c) + " " + number(d) + " " + number(e) + " ]";
}

// The end of the value that starts at `at` (a dictionary, an array or a single token).
size_t value_end(const std::string& s, size_t at) {
  while (at < s.size() && (s[at] == ' ' || s[at] == '\n' || s[at] == '\r')) ++at;
  if (s.compare(at, 2, "<<") == 0 || (at < s.size() && s[at] == '[')) {
    int depth = 0;
    for (size_t i = at; i < s.size(); ++i) {
      if (s.compare(i, 2, "<<") == 0 || s[i] == '[') {
        ++depth;
        if (s[i] == '<') ++i;
      } else if (s.compare(i, 2, ">>") == 0 || s[i] == ']') {
        if (s[i] == '>') ++i;
        if (--depth == 0) return i + 1;
      }
    }
    return s.size();
  }
  while (at < s.size() && s[at] != ' ' && s[at] != '\n' && s[at] != '/' && s[at] != '>') ++at;
  return at;
}

// Removes `key` and its value from the top level of a Cairo dictionary.
std::string remove_key(const std::string& dict, const std::string& key, const char* only_if_contains = nullptr) {
  size_t p = dict.find(key);
  if (p == std::string::npos) return dict;
  size_t e = value_end(dict, p + key.size());
  if (only_if_contains && dict.substr(p, e - p).find(only_if_contains) == std::string::npos) return dict;
  size_t b = p;
  while (b > 0 && dict[b - 1] == ' ') --b;
  while (e < dict.size() && dict[e] == '\n') ++e;
  return dict.substr(0, b) + dict.substr(e);
}

// The boxes written so far, by their four numbers: every card of a deck has the same
// boxes, and formatting a number is most of the cost of editing a page.
class Boxes {
 public:
  const std::string& operator()(double a, double c, double d, double e) {
    if (std::isnan(a) || std::isnan(c) || std::isnan(d) || std::isnan(e)) return scratch_ = box(a, c, d, e);
    auto key = std::make_tuple(a, c, d, e);
    auto it = made_.find(key);
    if (it == made_.end()) it = made_.emplace(key, box(a, c, d, e)).first;
    return it->second;
  }

 private:
  std::map<std::tuple<double, double, double, double>, std::string> made_;
  std::string scratch_;  // a box that is not a number is not remembered (NaN equals nothing)
};

// A page: the exact size, no transparency group, the print boxes.
std::string edit_page(std::string dict, const PdfPageInfo& page, Boxes& box) {
  // Cairo adds /Group << /S /Transparency >> to every page whatever is drawn on it;
  // sterk draws only opaque colours (the ExtGState Cairo writes has /CA 1 /ca 1).
  dict = remove_key(dict, "/Group", "/Transparency");
  size_t p = dict.find("/MediaBox");
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  if (p == std::string::npos || std::sscanf(dict.c_str() + dict.find('[', p) + 1, "%lf %lf %lf %lf", &x0, &y0, &x1, &y1) != 4)
    return dict;
  if (page.width_pt > 0 && page.height_pt > 0) {
    x0 = y0 = 0;
    x1 = page.width_pt;
    y1 = page.height_pt;
    dict = add_entries(remove_key(dict, "/MediaBox"), "   /MediaBox " + box(x0, y0, x1, y1) + "\n");
  }
  if (page.bleed_pt <= 0) return dict;
  const double b = page.bleed_pt;
  return add_entries(dict, "   /BleedBox " + box(x0, y0, x1, y1) + "\n   /TrimBox " +
                               box(x0 + b, y0 + b, x1 - b, y1 - b) + "\n");
}

// The catalog, object `n`: language, page labels, the outline (its objects start at
// `first_outline`). Written in pieces: the page labels are about 30 bytes a page, and
// the catalog made as one string (and copied into the object) was 3 MiB at 10 000
// cards, at the moment the build holds the most.
void write_catalog(Out& out, int n, const std::string& dict, const PdfDocumentInfo& info,
                   const std::vector<PdfPageInfo>& pages, bool has_outline, int first_outline) {
  // As add_entries(dict, entries): the dictionary without its closing ">>", the entries, ">>".
  out.write(std::to_string(n) + " 0 obj\n" + dict.substr(0, dict.size() - 2));
  out.write("   /Lang " + pdf_text_string(info.language) + "\n   /PageLabels << /Nums [");
  std::string e;
  for (size_t i = 0; i < pages.size(); ++i) {
    e = " " + std::to_string(i) + " << /P " + pdf_text_string(pages[i].label);
    if (pages[i].numbered) e += " /S /D /St " + std::to_string(i + 1);
    e += " >>";
    out.write(e);
  }
  e = " ] >>\n";
  if (info.duplex != PdfDocumentInfo::none)
    e += std::string("   /ViewerPreferences << /PrintScaling /None /Duplex ") +
         (info.duplex == PdfDocumentInfo::long_edge ? "/DuplexFlipLongEdge" : "/DuplexFlipShortEdge") + " >>\n";
  if (has_outline)
    e += "   /Outlines " + std::to_string(first_outline) + " 0 R\n   /PageMode /UseOutlines\n";
  out.write(e + ">>" + "\nendobj\n");
}

std::string info_dict(const PdfDocumentInfo& info) {
  std::string d = "<<";
  auto put = [&](const char* key, const std::string& v) {
    if (!v.empty()) d += std::string(" /") + key + " " + pdf_text_string(v) + "\n  ";
  };
  put("Title", info.title);
  put("Author", info.author);
  put("Subject", info.subject);
  put("Keywords", info.keywords);
  put("Creator", info.creator);
  put("Producer", info.creator);
  d += " /CreationDate (" + pdf_date(info.date) + ")\n   /ModDate (" + pdf_date(info.date) + ")\n>>";
  return d;
}

// The outline: a root and one item per entry, numbered from `first`.
std::vector<std::string> outline_objects(const std::vector<PdfOutlineEntry>& outline, int first,
                                         const std::vector<int>& page_objects) {
  std::vector<std::string> objs;
  const int n = static_cast<int>(outline.size());
  objs.push_back("<< /Type /Outlines /First " + std::to_string(first + 1) + " 0 R /Last " +
                 std::to_string(first + n) + " 0 R /Count " + std::to_string(n) + " >>");
  for (int i = 0; i < n; ++i) {
    int page = page_objects.at(static_cast<size_t>(outline[i].page));
    std::string o = "<< /Title " + pdf_text_string(outline[i].title) + " /Parent " + std::to_string(first) +
                    " 0 R /Dest [ " + std::to_string(page) + " 0 R /Fit ]";
    if (i > 0) o += " /Prev " + std::to_string(first + i) + " 0 R";
    if (i + 1 < n) o += " /Next " + std::to_string(first + i + 2) + " 0 R";
    objs.push_back(o + " >>");
  }
  return objs;
}

// The page objects in page order, from the page tree (Cairo's is one flat /Kids).
bool page_objects(std::istream& in, const Xref& x, const Extents& e, std::vector<int>* out, std::string* err) {
  std::string catalog = read_span(in, x.offset[x.root], e.end(x.root));
  int pages = ref_after(catalog, "/Pages ");
  if (pages <= 0 || static_cast<size_t>(pages) >= x.offset.size() || !x.offset[pages]) {
    *err = tr("Cairo's PDF has no page tree");
    return false;
  }
  std::string tree = read_span(in, x.offset[pages], e.end(pages));
  size_t p = tree.find("/Kids");
  size_t b = p == std::string::npos ? p : tree.find('[', p), close = b == std::string::npos ? b : tree.find(']', b);
  if (close == std::string::npos) {
    *err = tr("Cairo's page tree has no /Kids");
    return false;
  }
  std::istringstream kids(tree.substr(b + 1, close - b - 1));
  int num, gen;
  std::string r;
  while (kids >> num >> gen >> r) out->push_back(num);
  return true;
}

bool finish_stream(std::istream& in, std::ostream& os, const PdfDocumentInfo& info,
                   const std::vector<PdfPageInfo>& pages, const std::vector<PdfOutlineEntry>& outline,
                   std::string* err) {
  Xref x;
  if (!read_xref(in, &x, err)) return false;
  Extents e = extents(x);
  std::vector<int> kids;
  if (!page_objects(in, x, e, &kids, err)) return false;
  if (kids.size() != pages.size()) {
    *err = tr("the PDF has {} pages, expected {}", kids.size(), pages.size());
    return false;
  }
  std::vector<int> page_of(x.offset.size(), -1);
  for (size_t i = 0; i < kids.size(); ++i)
    if (kids[i] > 0 && static_cast<size_t>(kids[i]) < page_of.size()) page_of[kids[i]] = static_cast<int>(i);
  for (const auto& o : outline)
    if (o.page < 0 || static_cast<size_t>(o.page) >= kids.size()) {
      *err = tr("an outline entry points at page {} of {}", o.page + 1, kids.size());
      return false;
    }
  const int first_new = static_cast<int>(x.offset.size());
  // Where each object is written goes into x.offset in its place, once the object has
  // been read: the objects are copied in file order and an object's end is the offset
  // of the one after it, still unread. One table of 8 bytes an object, not two.
  std::vector<uint64_t>& written = x.offset;
  Out out(os);
  // The header (version and binary marker) as Cairo wrote it.
  uint64_t first_obj = e.order.empty() ? x.start : x.offset[e.order.front()];
  out.write(read_span(in, 0, first_obj));
  // The objects follow each other in file order, so they are read straight through:
  // a seek would make the stream drop what it has read ahead and ask the system again.
  uint64_t at = first_obj;
  auto go_to = [&](uint64_t pos) {
    if (pos == at && in) return;
    in.clear();
    in.seekg(static_cast<std::streamoff>(pos));
  };
  Boxes boxes;
  std::vector<char> buf(1 << 16);
  for (size_t i = 0; i < e.order.size(); ++i) {
    const int n = e.order[i];
    const uint64_t end = e.end_at(i);
    const uint64_t from = x.offset[n];
    written[n] = out.pos();
    const bool edit = n == x.root || n == x.info || page_of[n] >= 0;
    go_to(from);
    at = end;
    if (!edit) {  // copied as it is, in pieces
      for (uint64_t left = end - from; left > 0;) {
        size_t k = static_cast<size_t>(std::min<uint64_t>(left, buf.size()));
        in.read(buf.data(), static_cast<std::streamsize>(k));
        if (static_cast<size_t>(in.gcount()) != k) {
          *err = tr("Cairo's PDF ends inside object {}", n);
          return false;
        }
        out.write(buf.data(), k);
        left -= k;
      }
      continue;
    }
    std::string obj(static_cast<size_t>(end - from), '\0');
    in.read(&obj[0], static_cast<std::streamsize>(obj.size()));
    std::string dict = object_dict(obj);
    if (n == x.root) {
      write_catalog(out, n, dict, info, pages, !outline.empty(), first_new);
      continue;
    }
    if (n == x.info) dict = info_dict(info);
    else dict = edit_page(dict, pages[static_cast<size_t>(page_of[n])], boxes);
    out.write(std::to_string(n) + " 0 obj\n" + dict + "\nendobj\n");
  }
  std::vector<std::string> extra;
  if (!outline.empty()) extra = outline_objects(outline, first_new, kids);
  int info_obj = x.info;
  if (info_obj <= 0) {  // Cairo always writes one; made here if not
    info_obj = first_new + static_cast<int>(extra.size());
    extra.push_back(info_dict(info));
  }
  std::vector<uint64_t> extra_at;  // the new objects' offsets (not added to `written`: no doubling)
  for (size_t i = 0; i < extra.size(); ++i) {
    extra_at.push_back(out.pos());
    out.write(std::to_string(first_new + i) + " 0 obj\n" + extra[i] + "\nendobj\n");
  }
  const uint64_t xref_at = out.pos();
  const std::string id = out.id();
  // The table is written line by line: built as one string it was 20 bytes an object
  // (3 MiB at 10 000 cards, doubling as it grew) at the moment the build holds the most.
  const size_t objects = written.size() + extra_at.size();
  out.write("xref\n0 " + std::to_string(objects) + "\n0000000000 65535 f \n");
  char line[48];
  for (size_t n = 1; n < objects; ++n) {
    const uint64_t pos = n < written.size() ? written[n] : extra_at[n - written.size()];
    int k;
    if (pos) k = std::snprintf(line, sizeof line, "%010llu 00000 n \n", static_cast<unsigned long long>(pos));
    else k = std::snprintf(line, sizeof line, "0000000000 00000 f \n");
    out.write(line, static_cast<size_t>(k));
  }
  const std::string table = "trailer\n<< /Size " + std::to_string(objects) + "\n   /Root " + std::to_string(x.root) +
           " 0 R\n   /Info " + std::to_string(info_obj) + " 0 R\n   /ID [ <" + id + "> <" + id +
           "> ]\n>>\nstartxref\n" + std::to_string(xref_at) + "\n%%EOF\n";
  out.write(table);
  if (!out.ok()) {
    *err = tr("cannot write the finished PDF");
    return false;
  }
  return true;
}

}  // namespace

bool finish_pdf_file(const std::string& raw_path, const std::string& out_path, const PdfDocumentInfo& info,
                     const std::vector<PdfPageInfo>& pages, const std::vector<PdfOutlineEntry>& outline,
                     std::string* err) {
  std::ifstream in(raw_path, std::ios::binary);
  if (!in) {
    *err = tr("cannot read '{}'", raw_path);
    return false;
  }
  const std::string tmp = out_path + ".tmp";
  bool ok;
  {
    std::ofstream os(tmp, std::ios::binary | std::ios::trunc);
    if (!os) {
      *err = tr("cannot write '{}'", tmp);
      return false;
    }
    ok = finish_stream(in, os, info, pages, outline, err);
    os.close();
    if (ok && !os) {
      *err = tr("cannot write '{}'", tmp);
      ok = false;
    }
  }
  if (ok && std::rename(tmp.c_str(), out_path.c_str()) != 0) {
    *err = tr("cannot write '{}'", out_path);
    ok = false;
  }
  if (!ok) std::remove(tmp.c_str());
  return ok;
}

bool finish_pdf(const std::string& in, const PdfDocumentInfo& info, const std::vector<PdfPageInfo>& pages,
                const std::vector<PdfOutlineEntry>& outline, std::string* out, std::string* err) {
  std::istringstream is(in);
  std::ostringstream os;
  if (!finish_stream(is, os, info, pages, outline, err)) return false;
  *out = os.str();
  return true;
}

}  // namespace sterk
