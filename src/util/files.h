#pragma once
// File access used by every stage: whole-file reads, atomic writes, digests.
#include <cstdint>
#include <string>
#include <string_view>

namespace sterk {

/// Reads a whole file. Returns false and fills *err ("cannot read 'x': reason").
bool read_file(const std::string& path, std::string* contents, std::string* err);
/// Writes via a temporary file in the same folder and rename(), so readers never
/// see half a file and a failure leaves the old file as it was.
bool write_file_atomic(const std::string& path, std::string_view contents, std::string* err);
/// Creates a folder and its parents. Returns false and fills *err.
bool make_dirs(const std::string& path, std::string* err);
bool file_exists(const std::string& path);
/// True when `path`, with every symbolic link followed, lies inside `folder` (also
/// resolved). False when either does not exist. Guards against links out of the project.
bool path_inside(const std::string& path, const std::string& folder);
/// Lowercase hex SHA-256 of data.
std::string sha256_hex(std::string_view data);
/// The SHA-256 of a file, read in pieces (the file is never held in memory), and its size.
bool sha256_file(const std::string& path, std::string* hex, uint64_t* bytes, std::string* err);
/// Joins two path parts with one '/'; an absolute `b` is returned as it is.
std::string path_join(const std::string& a, const std::string& b);
std::string path_dirname(const std::string& p);
std::string path_stem(const std::string& p);

}  // namespace sterk

namespace sterk {
/// Removes a file or a folder with everything in it. Missing is fine.
bool remove_tree(const std::string& path, std::string* err);
/// Moves every entry of `from` into `to` (replacing entries of the same name),
/// then removes `from`. Each entry is replaced by one rename.
bool move_entries(const std::string& from, const std::string& to, std::string* err);
}  // namespace sterk
