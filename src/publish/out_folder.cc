#include "publish/out_folder.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "util/files.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {

OutLock::~OutLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

bool OutLock::acquire(const std::string& out_dir, std::string* err) {
  fd_ = ::open(out_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd_ < 0) {
    *err = tr("cannot open folder '{}': {}", out_dir, std::strerror(errno));
    return false;
  }
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    int e = errno;
    ::close(fd_);
    fd_ = -1;
    *err = e == EWOULDBLOCK ? tr("another sterk build is writing into '{}' right now; wait until it has finished, "
                                 "or build into another folder with --out",
                                 out_dir)
                            : tr("cannot lock folder '{}': {}", out_dir, std::strerror(e));
    return false;
  }
  return true;
}

namespace {

std::vector<std::string> entries(const std::string& dir) {
  std::vector<std::string> names;
  if (DIR* d = ::opendir(dir.c_str())) {
    while (dirent* e = ::readdir(d)) {
      std::string n = e->d_name;
      if (n != "." && n != "..") names.push_back(n);
    }
    ::closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

// Names only sterk's own interrupted work produces: staging and old deck folders,
// temporary files of atomic writes (x.tmp, x.tmp1234, x.zip.tmp.AbC123) and Cairo's
// raw PDFs before finishing (x.pdf.cairo).
bool is_leftover(const std::string& n) {
  return starts_with(n, ".staging-") || starts_with(n, ".old-") || n.find(".tmp") != std::string::npos ||
         ends_with(n, ".cairo");
}

bool is_real_folder(const std::string& path) {
  struct stat st;
  return ::lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

void list_into(const std::string& root, const std::string& rel, std::vector<std::string>* out) {
  for (const auto& n : entries(rel.empty() ? root : path_join(root, rel))) {
    std::string r = rel.empty() ? n : rel + "/" + n;
    if (is_real_folder(path_join(root, r))) list_into(root, r, out);
    else out->push_back(r);
  }
}

}  // namespace

std::vector<std::string> list_files(const std::string& dir) {
  std::vector<std::string> out;
  list_into(dir, "", &out);
  std::sort(out.begin(), out.end());
  return out;
}

bool remove_leftovers(const std::string& out_dir, std::vector<std::string>* removed, std::string* err) {
  for (const char* sub : {"", "sets", "modules"}) {
    std::string dir = *sub ? path_join(out_dir, sub) : out_dir;
    if (*sub && !is_real_folder(dir)) continue;  // a link named sets/ is not ours to clean
    for (const auto& n : entries(dir)) {
      if (!is_leftover(n)) continue;
      if (!remove_tree(path_join(dir, n), err)) return false;
      removed->push_back(*sub ? std::string(sub) + "/" + n : n);
    }
  }
  return true;
}

std::string staging_folder(const std::string& parent, const std::string& name) {
  return path_join(parent, ".staging-" + name + "-" + std::to_string(::getpid()));
}

void crash_point(const char* point) {
  const char* want = std::getenv("STERK_TEST_CRASH_AT");
  if (want && std::strcmp(want, point) == 0) ::kill(::getpid(), SIGKILL);
}

bool swap_in(const std::string& staging, const std::string& final_dir, std::vector<std::string>* gone,
             std::string* err) {
  struct stat st;
  if (::lstat(final_dir.c_str(), &st) != 0) {
    if (std::rename(staging.c_str(), final_dir.c_str()) == 0) return true;
    *err = tr("cannot write '{}': {}", final_dir, std::strerror(errno));
    return false;
  }
  if (S_ISLNK(st.st_mode)) {
    // A link (perhaps to a folder outside out/): the link goes, what it points at stays.
    // rename() over a link replaces the link itself in one step.
    if (std::rename(staging.c_str(), final_dir.c_str()) == 0) return true;
    if (::unlink(final_dir.c_str()) == 0 && std::rename(staging.c_str(), final_dir.c_str()) == 0) return true;
    *err = tr("cannot replace the link '{}': {}", final_dir, std::strerror(errno));
    return false;
  }
  if (!S_ISDIR(st.st_mode)) {
    *err = tr("cannot write '{}': it is a file, not a folder; move it away", final_dir);
    return false;
  }
  std::vector<std::string> before = list_files(final_dir), after = list_files(staging);
  std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(*gone));
  // After the exchange the staging name holds the old deck; a crash from here on
  // leaves a .staging-* folder, which the next build removes.
  bool exchange = !std::getenv("STERK_TEST_NO_EXCHANGE");  // test hook: the fallback below
  if (exchange && ::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, final_dir.c_str(), RENAME_EXCHANGE) == 0) {
    crash_point("after-exchange");
    return remove_tree(staging, err);
  }
  // No exchange on this file system: two renames, the old folder parked as .old-*.
  std::string parent = path_dirname(final_dir), name = final_dir.substr(final_dir.find_last_of('/') + 1);
  std::string old = path_join(parent.empty() ? "." : parent, ".old-" + name + "-" + std::to_string(::getpid()));
  if (std::rename(final_dir.c_str(), old.c_str()) != 0) {
    *err = tr("cannot replace '{}': {}", final_dir, std::strerror(errno));
    return false;
  }
  crash_point("between-renames");
  if (std::rename(staging.c_str(), final_dir.c_str()) != 0) {
    *err = tr("cannot replace '{}': {}", final_dir, std::strerror(errno));
    std::rename(old.c_str(), final_dir.c_str());  // put the old build back
    return false;
  }
  return remove_tree(old, err);
}

}  // namespace sterk
