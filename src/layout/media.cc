#include "layout/media.h"

#include <librsvg/rsvg.h>
#include <sys/stat.h>
#include <zlib.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <tuple>
#include <memory>
#include <mutex>

#include "util/files.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {

const MediaLimits& media_limits() {
  static const MediaLimits limits;
  return limits;
}

namespace {

std::string kib(size_t n) {
  if (n < 1024) return std::to_string(n) + " bytes";
  return n >= (1u << 20) ? std::to_string(n >> 20) + " MiB" : std::to_string(n >> 10) + " KiB";
}

bool is_gzip(const std::string& b) {
  return b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0x1f && static_cast<unsigned char>(b[1]) == 0x8b;
}

// Inflates gzip data, stopping as soon as the text would pass `limit`: a small
// .svgz can stand for gigabytes.
bool gunzip(const std::string& in, size_t limit, std::string* out, std::string* problem) {
  z_stream z{};
  if (inflateInit2(&z, 15 + 16) != Z_OK) {
    *problem = tr("it cannot be un-gzipped");
    return false;
  }
  std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&z, inflateEnd);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  char buf[64 * 1024];
  for (;;) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    int rc = inflate(&z, Z_NO_FLUSH);
    out->append(buf, sizeof buf - z.avail_out);
    if (out->size() > limit) {
      *problem = tr("un-gzipped it is larger than {} (a compressed file that expands without end)", kib(limit));
      return false;
    }
    if (rc == Z_STREAM_END) return true;
    if (rc != Z_OK || (z.avail_in == 0 && z.avail_out != 0)) {
      *problem = tr("it is gzip-compressed but cut off or damaged");
      return false;
    }
  }
}

// One pass over the XML text: declarations and markup structure only, no parsing.
bool scan_svg(const std::string& s, const MediaLimits& limits, std::string* problem) {
  int depth = 0;
  size_t elements = 0;
  for (size_t i = s.find('<'); i != std::string::npos; i = s.find('<', i + 1)) {
    if (s.compare(i, 4, "<!--") == 0) {
      size_t end = s.find("-->", i + 4);
      if (end == std::string::npos) break;
      i = end;
      continue;
    }
    if (s.compare(i, 9, "<![CDATA[") == 0) {
      size_t end = s.find("]]>", i + 9);
      if (end == std::string::npos) break;
      i = end;
      continue;
    }
    if (s.compare(i, 2, "<!") == 0) {
      // <!DOCTYPE svg PUBLIC …> alone is harmless; an internal subset ([ … ]) is where
      // entities live, and a SYSTEM identifier is an external fetch.
      size_t end = s.find('>', i);
      std::string decl = s.substr(i, end == std::string::npos ? std::string::npos : end - i);
      if (decl.find('[') != std::string::npos || decl.find("ENTITY") != std::string::npos ||
          decl.find("SYSTEM") != std::string::npos) {
        *problem = tr("it declares XML entities or an external document (<!DOCTYPE … [ or <!ENTITY>); a drawing "
                      "needs neither, and they can make it expand without end or fetch files");
        return false;
      }
      if (end == std::string::npos) break;
      i = end;
      continue;
    }
    if (s.compare(i, 2, "<?") == 0) continue;
    if (i + 1 < s.size() && s[i + 1] == '/') {
      if (depth > 0) --depth;
      continue;
    }
    ++elements;
    size_t end = s.find('>', i);
    bool self_closing = end != std::string::npos && end > i && s[end - 1] == '/';
    if (!self_closing && ++depth > limits.max_svg_depth) {
      *problem = tr("its elements are nested more than {} levels deep", limits.max_svg_depth);
      return false;
    }
    if (elements > limits.max_svg_elements) {
      *problem = tr("it has more than {} elements", limits.max_svg_elements);
      return false;
    }
  }
  return true;
}

struct HandleFree {
  void operator()(RsvgHandle* h) const { g_object_unref(h); }
};
struct ErrorFree {
  void operator()(GError* e) const { g_error_free(e); }
};

}  // namespace

bool read_svg_data(const std::string& bytes, const MediaLimits& limits, SvgFile* out, std::string* problem) {
  if (bytes.size() > limits.max_svg_bytes) {
    *problem = tr("it is {}; an SVG may be at most {}", kib(bytes.size()), kib(limits.max_svg_bytes));
    return false;
  }
  std::string text;
  if (is_gzip(bytes)) {
    if (!gunzip(bytes, limits.max_svg_text, &text, problem)) return false;
  } else {
    text = bytes;
  }
  if (text.find("<svg") == std::string::npos) {
    *problem = tr("it is not an SVG drawing (no <svg> element)");
    return false;
  }
  if (!scan_svg(text, limits, problem)) return false;
  GError* raw = nullptr;
  std::unique_ptr<RsvgHandle, HandleFree> h(
      rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(text.data()), text.size(), &raw));
  std::unique_ptr<GError, ErrorFree> gerr(raw);
  if (!h) {
    *problem = gerr ? tr("librsvg cannot read it: {}", gerr->message) : tr("librsvg cannot read it");
    while (!problem->empty() && (problem->back() == '\n' || problem->back() == '.')) problem->pop_back();
    return false;
  }
  gdouble w = 0, hh = 0;
  if (!rsvg_handle_get_intrinsic_size_in_pixels(h.get(), &w, &hh) || w <= 0 || hh <= 0) w = hh = 100;
  out->text = std::move(text);
  out->width = w;
  out->height = hh;
  return true;
}

bool load_svg(const std::string& path, SvgFile* out, std::string* problem) {
  struct Key {
    std::string path;
    long long size, mtime;
    bool operator<(const Key& o) const {
      return std::tie(path, size, mtime) < std::tie(o.path, o.size, o.mtime);
    }
  };
  struct Result {
    bool ok;
    SvgFile svg;
    std::string problem;
  };
  static std::mutex mutex;
  static std::map<Key, Result> cache;
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    *problem = tr("it cannot be read");
    return false;
  }
  Key key{path, static_cast<long long>(st.st_size),
          static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec};
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(key);
    if (it != cache.end()) {
      *out = it->second.svg;
      *problem = it->second.problem;
      return it->second.ok;
    }
  }
  Result r{false, {}, {}};
  std::string bytes, err;
  if (static_cast<size_t>(st.st_size) > media_limits().max_svg_bytes) {
    r.problem = tr("it is {}; an SVG may be at most {}", kib(static_cast<size_t>(st.st_size)),
                   kib(media_limits().max_svg_bytes));
  } else if (!read_file(path, &bytes, &err)) {
    r.problem = tr("it cannot be read");
  } else {
    r.ok = read_svg_data(bytes, media_limits(), &r.svg, &r.problem);
  }
  std::lock_guard<std::mutex> lock(mutex);
  if (cache.size() > 4096) cache.clear();  // a long `sterk watch` session
  cache[key] = r;
  *out = r.svg;
  *problem = r.problem;
  return r.ok;
}

bool read_png_size(const std::string& path, int* width, int* height, std::string* problem) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    *problem = tr("it cannot be read");
    return false;
  }
  const MediaLimits& limits = media_limits();
  if (static_cast<size_t>(st.st_size) > limits.max_png_bytes) {
    *problem = tr("it is {}; an image may be at most {}", kib(static_cast<size_t>(st.st_size)),
                  kib(limits.max_png_bytes));
    return false;
  }
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), std::fclose);
  unsigned char h[33];
  if (!f || std::fread(h, 1, sizeof h, f.get()) != sizeof h) {
    *problem = tr("it is not a PNG image");
    return false;
  }
  static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  if (std::memcmp(h, sig, 8) != 0 || std::memcmp(h + 12, "IHDR", 4) != 0) {
    *problem = tr("it is not a PNG image");
    return false;
  }
  auto be32 = [&](int at) {
    return (static_cast<unsigned long>(h[at]) << 24) | (h[at + 1] << 16) | (h[at + 2] << 8) | h[at + 3];
  };
  unsigned long w = be32(16), hh = be32(20);
  if (w == 0 || hh == 0 || w > 0x7fffffffUL || hh > 0x7fffffffUL) {
    *problem = tr("its header gives no valid size");
    return false;
  }
  if (static_cast<long long>(w) * static_cast<long long>(hh) > limits.max_pixels) {
    *problem = tr("it is {} × {} pixels; an image may have at most {} million pixels", w, hh,
                  limits.max_pixels / 1000000);
    return false;
  }
  *width = static_cast<int>(w);
  *height = static_cast<int>(hh);
  return true;
}

}  // namespace sterk
