#include "util/files.h"
#include "util/messages.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
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

// --- SHA-256 (FIPS 180-4) ---------------------------------------------------
namespace {
constexpr uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
inline uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

void compress(uint32_t h[8], const unsigned char* block) {
  uint32_t w[64];
  for (int i = 0; i < 16; ++i)
    w[i] = (uint32_t(block[4 * i]) << 24) | (uint32_t(block[4 * i + 1]) << 16) |
           (uint32_t(block[4 * i + 2]) << 8) | uint32_t(block[4 * i + 3]);
  for (int i = 16; i < 64; ++i) {
    uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int i = 0; i < 64; ++i) {
    uint32_t S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
    uint32_t ch = (e & f) ^ (~e & g);
    uint32_t t1 = hh + S1 + ch + K[i] + w[i];
    uint32_t S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
    uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
    uint32_t t2 = S0 + maj;
    hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}
}  // namespace

namespace {
// The last block(s) of `total` bytes whose whole 64-byte blocks are already in h;
// `rest` holds the bytes after them (fewer than 64).
std::string sha256_finish(uint32_t* h, std::string_view rest, uint64_t total) {
  unsigned char tail[128] = {0};
  std::memcpy(tail, rest.data(), rest.size());
  tail[rest.size()] = 0x80;
  size_t tail_len = rest.size() + 9 <= 64 ? 64 : 128;
  uint64_t bits = total * 8;
  for (int i = 0; i < 8; ++i) tail[tail_len - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
  compress(h, tail);
  if (tail_len == 128) compress(h, tail + 64);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (int k = 0; k < 8; ++k)
    for (int s = 28; s >= 0; s -= 4) out += hex[(h[k] >> s) & 0xF];
  return out;
}
const uint32_t kSha256Start[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                  0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
}  // namespace

std::string sha256_hex(std::string_view data) {
  uint32_t h[8];
  std::memcpy(h, kSha256Start, sizeof h);
  size_t full = data.size() / 64;
  for (size_t i = 0; i < full; ++i) compress(h, reinterpret_cast<const unsigned char*>(data.data()) + 64 * i);
  return sha256_finish(h, data.substr(64 * full), data.size());
}

bool sha256_file(const std::string& path, std::string* hex, uint64_t* bytes, std::string* err) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    *err = tr("cannot read '{}': {}", path, std::strerror(errno));
    return false;
  }
  uint32_t h[8];
  std::memcpy(h, kSha256Start, sizeof h);
  // 64 KiB at a time: an output PDF of 10 000 cards is never held in memory to hash it.
  std::vector<unsigned char> buf(1 << 16);
  size_t have = 0;
  uint64_t total = 0;
  for (;;) {
    size_t n = std::fread(buf.data() + have, 1, buf.size() - have, f);
    total += n;
    have += n;
    size_t full = have / 64;
    for (size_t i = 0; i < full; ++i) compress(h, buf.data() + 64 * i);
    std::memmove(buf.data(), buf.data() + 64 * full, have - 64 * full);
    have -= 64 * full;
    if (n == 0) break;
  }
  bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) {
    *err = tr("cannot read '{}'", path);
    return false;
  }
  *hex = sha256_finish(h, std::string_view(reinterpret_cast<const char*>(buf.data()), have), total);
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
