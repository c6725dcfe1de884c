#include "util/files.h"
#include "util/messages.h"

#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace sterk {

bool read_file(const std::string& path, std::string* contents, std::string* err) {
  struct stat st {};
  bool known = ::stat(path.c_str(), &st) == 0;
  if (known && S_ISDIR(st.st_mode)) {
    *err = tr("cannot read '{}': it is a folder, not a file", path);
    return false;
  }
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    *err = tr("cannot read '{}': {}", path, std::strerror(errno));
    return false;
  }
  // Read in one piece when the size is known (a 10 MB sorts.csv through a
  // stringstream was copied twice); a pipe or /proc file is read until its end.
  std::string text;
  if (known && S_ISREG(st.st_mode) && st.st_size > 0) text.reserve(static_cast<size_t>(st.st_size));
  char buf[65536];
  size_t got;
  while ((got = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, got);
  bool failed = std::ferror(f) != 0;
  int saved = errno;
  std::fclose(f);
  if (failed) {
    *err = tr("cannot read '{}': {}", path, std::strerror(saved));
    return false;
  }
  *contents = std::move(text);
  return true;
}

bool write_file_atomic(const std::string& path, std::string_view contents, std::string* err) {
  std::string tmp = path + ".tmp" + std::to_string(::getpid());
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) {
    *err = tr("cannot write '{}': {}", path, std::strerror(errno));
    return false;
  }
  bool ok = std::fwrite(contents.data(), 1, contents.size(), f) == contents.size();
  ok = (std::fflush(f) == 0) && ok;
  ok = (std::fclose(f) == 0) && ok;
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    *err = tr("cannot write '{}': {}", path, std::strerror(errno));
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

bool make_dirs(const std::string& path, std::string* err) {
  if (path.empty()) return true;
  std::string cur;
  size_t i = 0;
  while (i <= path.size()) {
    size_t slash = path.find('/', i);
    if (slash == std::string::npos) slash = path.size();
    cur = path.substr(0, slash);
    if (!cur.empty() && ::mkdir(cur.c_str(), 0777) != 0 && errno != EEXIST) {
      *err = tr("cannot create folder '{}': {}", cur, std::strerror(errno));
      return false;
    }
    i = slash + 1;
  }
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    *err = tr("cannot create folder '{}'", path);
    for (std::string p = path, up; !p.empty(); p = up) {
      if (::stat(p.c_str(), &st) == 0 && !S_ISDIR(st.st_mode)) {
        *err += ": '" + p + "' is a file, not a folder";
        break;
      }
      up = path_dirname(p);
      if (up == p) break;
    }
    return false;
  }
  return true;
}

bool path_inside(const std::string& path, const std::string& folder) {
  char* real_path = ::realpath(path.c_str(), nullptr);
  char* real_folder = ::realpath(folder.c_str(), nullptr);
  bool inside = false;
  if (real_path && real_folder) {
    std::string p = real_path, f = real_folder;
    inside = p == f || (p.size() > f.size() && p.compare(0, f.size(), f) == 0 &&
                        (f.back() == '/' || p[f.size()] == '/'));
  }
  std::free(real_path);
  std::free(real_folder);
  return inside;
}

bool file_exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

std::string path_join(const std::string& a, const std::string& b) {
  if (a.empty() || (!b.empty() && b[0] == '/')) return b;
  if (a.back() == '/') return a + b;
  return a + "/" + b;
}

std::string path_dirname(const std::string& p) {
  size_t s = p.rfind('/');
  if (s == std::string::npos) return ".";
  if (s == 0) return "/";
  return p.substr(0, s);
}

std::string path_stem(const std::string& p) {
  size_t s = p.rfind('/');
  std::string base = s == std::string::npos ? p : p.substr(s + 1);
  size_t dot = base.rfind('.');
  return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}

// --- SHA-256 -----------------------------------------------------------------
// OpenSSL's, which uses the processor's SHA instructions where it has them: the
// manifest hashes every output file, 22 MB of PDF at 10 000 cards.
namespace {
struct DigestContext {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx{EVP_MD_CTX_new(), &EVP_MD_CTX_free};
  bool ok = ctx && EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) == 1;
  void add(const void* data, size_t n) { ok = ok && EVP_DigestUpdate(ctx.get(), data, n) == 1; }
  std::string hex() {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    ok = ok && EVP_DigestFinal_ex(ctx.get(), md, &len) == 1;
    if (!ok) return {};
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < len; ++i) {
      out += digits[md[i] >> 4];
      out += digits[md[i] & 0xF];
    }
    return out;
  }
};
}  // namespace

std::string sha256_hex(std::string_view data) {
  DigestContext d;
  d.add(data.data(), data.size());
  return d.hex();
}

bool sha256_file(const std::string& path, std::string* hex, uint64_t* bytes, std::string* err) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    *err = tr("cannot read '{}': {}", path, std::strerror(errno));
    return false;
  }
  DigestContext d;
  // 64 KiB at a time: an output PDF of 10 000 cards is never held in memory to hash it.
  std::vector<unsigned char> buf(1 << 16);
  uint64_t total = 0;
  for (size_t n; (n = std::fread(buf.data(), 1, buf.size(), f)) > 0;) {
    d.add(buf.data(), n);
    total += n;
  }
  bool failed = std::ferror(f);
  std::fclose(f);
  std::string digest = d.hex();
  if (failed || digest.empty()) {
    *err = tr("cannot read '{}'", path);
    return false;
  }
  *hex = digest;
  *bytes = total;
  return true;
}

}  // namespace sterk

#include <dirent.h>
#include <ftw.h>

namespace sterk {

static int remove_entry(const char* path, const struct stat*, int, struct FTW*) { return ::remove(path); }

bool remove_tree(const std::string& path, std::string* err) {
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0) return true;
  if (::nftw(path.c_str(), remove_entry, 16, FTW_DEPTH | FTW_PHYS) != 0) {
    *err = tr("cannot remove '{}': {}", path, std::strerror(errno));
    return false;
  }
  return true;
}

bool move_entries(const std::string& from, const std::string& to, std::string* err) {
  if (!make_dirs(to, err)) return false;
  DIR* d = opendir(from.c_str());
  if (!d) {
    *err = tr("cannot read '{}': {}", from, std::strerror(errno));
    return false;
  }
  std::vector<std::string> names;
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n != "." && n != "..") names.push_back(n);
  }
  closedir(d);
  for (const auto& n : names) {
    std::string src = path_join(from, n), dst = path_join(to, n);
    struct stat st;
    bool is_dir = ::stat(src.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
    if (is_dir && file_exists(dst)) {
      std::string old = dst + ".old" + std::to_string(::getpid());
      if (std::rename(dst.c_str(), old.c_str()) != 0 || std::rename(src.c_str(), dst.c_str()) != 0) {
        *err = tr("cannot replace '{}': {}", dst, std::strerror(errno));
        return false;
      }
      if (!remove_tree(old, err)) return false;
    } else if (std::rename(src.c_str(), dst.c_str()) != 0) {
      *err = tr("cannot write '{}': {}", dst, std::strerror(errno));
      return false;
    }
  }
  return remove_tree(from, err);
}

}  // namespace sterk
