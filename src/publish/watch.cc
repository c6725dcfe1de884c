#include "publish/watch.h"

#include <dirent.h>
#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ostream>
#include <set>

#include "layout/card_layout.h"
#include "layout/fonts.h"
#include "load/project_loader.h"
#include "load/template_loader.h"
#include "publish/build.h"
#include "render/preview.h"
#include "util/files.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {
namespace {

// ---- digests: what decides a card's pixels ---------------------------------------------

void add(std::string* s, const std::string& v) {
  s->append(v);
  s->push_back('\x1f');
}
void add_at(std::string* s, const Location& l) { add(s, std::to_string(l.line) + ":" + std::to_string(l.column)); }
void add_text_at(std::string* s, const LocatedText& t) {
  add_at(s, t.at);
  for (const auto& l : t.line_starts) add_at(s, l);
}

std::string card_content(const PlannedCard& pc) {
  const Card& c = *pc.card;
  std::string s;
  for (const LocatedText* t : {&c.id, &c.cluster, &c.title, &c.text, &c.question, &c.pictogram, &c.pictogram_alt,
                               &c.theme, &c.quote->text, &c.quote->source})
    add(&s, t->value);
  add(&s, "sources");
  for (const auto& f : c.sources) add(&s, f.name.value + "\x1f" + f.url.value + "\x1f" + f.checked.value);
  add(&s, card_kind_name(c.kind));
  for (const auto& st : c.statements) add(&s, std::to_string(st.id));
  add(&s, "tips");
  for (const auto& t : c.tips) add(&s, t.value);
  add(&s, "allow");
  for (const auto& a : c.allow) add(&s, a.rule.value + "=" + a.reason.value);
  add(&s, c.generated ? "generated" : "written");
  for (int n : {c.copies, pc.number, pc.count, pc.cluster_index, pc.cluster_count}) add(&s, std::to_string(n));
  add(&s, pc.cluster_label);
  return s;
}

std::string card_locations(const PlannedCard& pc) {
  const Card& c = *pc.card;
  std::string s;
  add_at(&s, c.at);
  add_at(&s, c.kind_at);
  add_at(&s, c.statements_at);
  for (const LocatedText* t : {&c.id, &c.cluster, &c.title, &c.text, &c.question, &c.pictogram, &c.pictogram_alt,
                               &c.theme, &c.quote->text, &c.quote->source})
    add_text_at(&s, *t);
  for (const auto& f : c.sources) add_at(&s, f.at);
  for (const auto& t : c.tips) add_text_at(&s, t);
  for (const auto& st : c.statements) add_at(&s, st.at);
  for (const auto& a : c.allow) add_at(&s, a.at);
  return s;
}

// Names, sizes and modification times of the files under `dir` (not their
// contents: fonts are large, and a stat is enough to notice a change).
void tree_stamp(const std::string& dir, bool skip_yaml, int depth, std::string* out) {
  DIR* d = opendir(dir.c_str());
  if (!d) return;
  std::vector<std::string> names;
  while (dirent* e = readdir(d))
    if (e->d_name[0] != '.') names.push_back(e->d_name);
  closedir(d);
  std::sort(names.begin(), names.end());
  for (const auto& n : names) {
    std::string p = path_join(dir, n);
    struct stat st;
    if (::stat(p.c_str(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) {
      if (depth > 0) tree_stamp(p, skip_yaml, depth - 1, out);
      continue;
    }
    if (skip_yaml && (ends_with(n, ".yaml") || ends_with(n, ".yml"))) continue;
    add(out, p + " " + std::to_string(st.st_size) + " " + std::to_string(st.st_mtim.tv_sec) + "." +
                 std::to_string(st.st_mtim.tv_nsec));
  }
}

std::string template_digest(const Template& t) {
  std::string all, text, err;
  for (const auto& f : t.chain) {
    if (!read_file(f, &text, &err)) text = err;
    add(&all, f);
    add(&all, text);
  }
  return sha256_hex(all);
}

bool has_error_in(const Diagnostics& d, const std::string& file) {
  for (const auto& x : d.items())
    if (x.severity == Severity::error && x.where.file == file) return true;
  return false;
}

// A card id as a file name: anything but letters, digits, '-', '_' and '.' becomes '_'.
std::string file_name(const std::string& id) {
  std::string s = id;
  for (char& c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) c = '_';
  if (s.empty() || s[0] == '.') s = "_" + s;
  return s;
}

}  // namespace

std::string PreviewSession::preview_dir() const { return path_join(out_dir_, "preview"); }

std::vector<std::string> PreviewSession::watched_dirs() const {
  return {root_, cards_dir_, templates_dir_, fonts_dir_, study_dir_};
}

PreviewSession::Result PreviewSession::update(Diagnostics* diags) {
  Result res;
  ++updates_;
  Diagnostics load;
  Workspace ws;
  load_workspace(options_.root, &ws, &load);
  const Project& p = ws.project;
  root_ = p.root;
  out_dir_ = p.path(p.out_dir);
  cards_dir_ = p.path(p.cards_dir);
  templates_dir_ = p.path(p.templates_dir);
  fonts_dir_ = p.path(p.fonts_dir);
  study_dir_ = p.path(p.study_dir);
  std::string err;
  if (updates_ == 1) {  // unknown --deck ids are a usage error at the start, later a broken file
    std::vector<const Deck*> ignore;
    if (!select_decks(ws, options_.decks, {}, &ignore, &err)) {
      diags->error({}, "usage", err);
      res.usage_error = 2;
      return res;
    }
  }
  // Every deck of the selection, and every deck file that does not load now but
  // was shown before (its id cannot be read, so it keeps its last good preview).
  // A file that fails to parse has no name in its Deck; the file list has it.
  std::vector<std::string> files = deck_files(p);
  std::vector<std::pair<const Deck*, std::string>> selected;
  for (size_t i = 0; i < ws.decks.size(); ++i) {
    const Deck& d = ws.decks[i];
    std::string file = !d.file.empty() ? d.file : i < files.size() ? files[i] : "";
    bool chosen = options_.decks.empty() ||
                  std::find(options_.decks.begin(), options_.decks.end(), d.id.value) != options_.decks.end();
    if (!chosen)
      for (const auto& old : decks_) chosen = chosen || (old.file == file && (d.id.empty() || old.id == d.id.value));
    if (chosen) selected.push_back({&d, file});
  }
  std::string study_title;
  std::vector<ClusterLabel> clusters = cluster_labels(p, &study_title, &load);
  const std::string analysis = p.path(path_join(p.study_dir, "analysis.yaml"));
  bool all_broken = (!p.file.empty() && has_error_in(load, p.file)) || has_error_in(load, analysis);

  // Fonts: registered once, again only when a file in fonts/ changed. The
  // registry skips a folder it already has, so the second spelling forces it.
  std::string fonts_stamp;
  tree_stamp(fonts_dir_, false, 1, &fonts_stamp);
  if (fonts_stamp != fonts_digest_) {
    if (!fonts_digest_.empty()) fonts_alternate_ = !fonts_alternate_;
    if (register_project_fonts(fonts_alternate_ ? fonts_dir_ + "/." : fonts_dir_, &err)) {
      fonts_digest_ = fonts_stamp;
    } else {
      load.error({fonts_dir_, 0, 0}, "environment", err);
      all_broken = true;
    }
  }
  report_unreadable_fonts(&load);  // damaged files are left out of the fonts; say which
  std::string assets;
  tree_stamp(templates_dir_, true, 3, &assets);
  add(&assets, fonts_digest_);
  add(&assets, std::to_string(options_.dpi > 0 ? options_.dpi : p.png_dpi) + (options_.guides ? "g" : ""));

  PreviewOptions popt;
  popt.dpi = options_.dpi > 0 ? options_.dpi : p.png_dpi;
  popt.guides = options_.guides;
  std::vector<DeckState> next;
  std::set<std::string> live;  // "<deck>/<card>" keys still shown
  for (const auto& [deck, deck_file] : selected) {
    DeckState st;
    st.id = deck->id.value;
    st.file = deck_file;
    st.title = deck->title.value;
    auto tpl = ws.templates.find(deck->template_name.value);
    bool broken = all_broken || st.id.empty() || has_error_in(load, deck_file) || tpl == ws.templates.end();
    if (!broken)
      for (const auto& f : tpl->second.chain) broken = broken || has_error_in(load, f);
    if (!broken) {
      check_template_fonts(tpl->second, font_families(), &load);
      for (const auto& f : tpl->second.chain) broken = broken || has_error_in(load, f);
    }
    if (broken) {
      // Keep what was shown for this deck file until it loads again.
      for (const auto& old : decks_)
        if (old.file == deck_file) {
          st = old;
          for (const auto& id : old.order) live.insert(old.id + "/" + id);
        }
      st.broken = true;
      ++res.kept;
      next.push_back(st);
      continue;
    }
    DeckContext ctx = deck_context(p, *deck, tpl->second, clusters, study_title);
    std::string base;
    for (const LocatedText* t : {&deck->id, &deck->title, &deck->subtitle, &deck->audience, &deck->template_name,
                                 &deck->language, &deck->edition})
      add(&base, t->value);
    add(&base, deck->kind == DeckKind::workshop ? "workshop" : "study");
    add(&base, deck->status.value);
    for (const auto& t : deck->themes) add(&base, t.id.value + "\x1f" + t.label.value);
    add(&base, p.name + "\x1f" + p.author + "\x1f" + study_title + "\x1f" + std::to_string(clusters.size()));
    add(&base, template_digest(tpl->second));
    add(&base, assets);
    std::vector<PlannedCard> plan = plan_deck(ctx);
    std::vector<const PlannedCard*> recheck;  // same pixels, moved in the file
    for (const PlannedCard& pc : plan) {
      const std::string& id = pc.card->id.value;
      if (std::find(st.order.begin(), st.order.end(), id) != st.order.end()) continue;  // copies
      st.order.push_back(id);
      const std::string key = st.id + "/" + id;
      live.insert(key);
      PreviewedCard& cached = cards_[key];
      std::string digest = sha256_hex(base + card_content(pc));
      std::string where = card_locations(pc);
      const std::string dir = preview_dir();
      if (cached.digest == digest && file_exists(path_join(dir, cached.front_png)) &&
          file_exists(path_join(dir, cached.back_png))) {
        if (cached.locations != where) recheck.push_back(&pc);
        continue;
      }
      PreviewedCard fresh;
      fresh.deck = st.id;
      fresh.id = id;
      fresh.locations = where;
      Diagnostics cd;
      Frame front = layout_side(ctx, pc, "front", &cd);
      Frame back = layout_side(ctx, pc, "back", &cd);
      fresh.front_png = file_name(st.id) + "/" + file_name(id) + "-front.png";
      fresh.back_png = file_name(st.id) + "/" + file_name(id) + "-back.png";
      bool drawn = true;
      for (const auto& [frame, rel, hash] : {std::make_tuple(&front, &fresh.front_png, &fresh.front_hash),
                                             std::make_tuple(&back, &fresh.back_png, &fresh.back_hash)}) {
        std::string png;
        std::string path = path_join(dir, *rel);
        if (!render_preview({*frame}, popt, &png, &err) || !make_dirs(path_dirname(path), &err) ||
            !write_file_atomic(path, png, &err)) {
          cd.error({path, 0, 0}, "environment", err);
          drawn = false;
          continue;
        }
        *hash = sha256_hex(png).substr(0, 12);
      }
      for (const auto& d : cd.items())
        if (!pc.card->allows(d.code)) fresh.diags.add_decided(d);
      fresh.digest = drawn ? digest : "";
      cached = std::move(fresh);
      ++res.rendered;
    }
    // Cards that only moved in their file: lay out again for fresh line numbers.
    for (const PlannedCard* pc : recheck) {
      PreviewedCard& cached = cards_[st.id + "/" + pc->card->id.value];
      Diagnostics cd;
      layout_side(ctx, *pc, "front", &cd);
      layout_side(ctx, *pc, "back", &cd);
      cached.diags = Diagnostics();
      for (const auto& d : cd.items())
        if (!pc->card->allows(d.code)) cached.diags.add_decided(d);
      cached.locations = card_locations(*pc);
    }
    next.push_back(st);
  }
  // Cards and decks that are gone: their images go too.
  for (auto it = cards_.begin(); it != cards_.end();) {
    if (live.count(it->first)) {
      ++it;
      continue;
    }
    for (const auto& rel : {it->second.front_png, it->second.back_png})
      if (!rel.empty()) std::remove(path_join(preview_dir(), rel).c_str());
    it = cards_.erase(it);
  }
  decks_ = next;
  diags->append(load);
  for (const auto& key : live)
    if (auto it = cards_.find(key); it != cards_.end()) diags->append(it->second.diags);
  diags->sort();
  write_gallery(*diags);
  return res;
}

// out/preview/preview.html: every deck's cards, front and back, and the current
// diagnostics. It reloads itself every two seconds; each image's address carries
// its digest, so the browser fetches exactly the images that changed.
void PreviewSession::write_gallery(const Diagnostics& diags) {
  std::string h =
      std::string("<!DOCTYPE html>\n<html lang=\"") + (language() == Language::nl ? "nl" : "en") +
      "\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"refresh\" content=\"2\">\n<title>sterk preview</title>\n<style>\n"
      "body{font-family:sans-serif;margin:1.5rem;background:#f4f4f4;color:#1a1a1a}\n"
      ".cards{display:flex;flex-wrap:wrap;gap:1.5rem}\nfigure{margin:0;background:#fff;padding:.5rem;"
      "border-radius:6px;box-shadow:0 1px 3px #0003}\nfigure img{height:300px;margin-right:.3rem}\n"
      "figcaption{font-size:.85rem;margin-top:.3rem}\n.error{color:#a30000}\n.warning{color:#7a4b00}\n"
      ".kept{background:#ffe8e8;border-left:4px solid #a30000;padding:.5rem}\n"
      "pre{white-space:pre-wrap;background:#fff;padding:.7rem}\n</style>\n</head>\n<body>\n"
      "<h1>" + markup_escape(tr("Preview")) + "</h1>\n<p>" +
      markup_escape(tr("Update {}: {}, {}.", updates_,
                       trn("{} error", "{} errors", diags.error_count(), diags.error_count()),
                       trn("{} warning", "{} warnings", diags.warning_count(), diags.warning_count()))) +
      "</p>\n";
  if (!diags.items().empty()) {
    h += "<pre>";
    for (const auto& d : diags.items()) {
      std::string where = d.where.file;
      if (d.where.line > 0) where += ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column);
      h += "<span class=\"" + std::string(severity_name(d.severity)) + "\">" + markup_escape(where) + ": " +
           severity_name(d.severity) + ": " + markup_escape(d.message) + " [" + markup_escape(d.code) + "]</span>\n";
    }
    h += "</pre>\n";
  }
  for (const auto& deck : decks_) {
    h += "<section>\n<h2>" + markup_escape(deck.title.empty() ? deck.file : deck.title) +
         (deck.id.empty() ? "" : " (" + markup_escape(deck.id) + ")") + "</h2>\n";
    if (deck.broken)
      h += "<p class=\"kept\">" +
           markup_escape(tr("{} has errors (see above); the last good preview is shown.", deck.file)) + "</p>\n";
    h += "<div class=\"cards\">\n";
    for (const auto& id : deck.order) {
      auto it = cards_.find(deck.id + "/" + id);
      if (it == cards_.end()) continue;
      const PreviewedCard& c = it->second;
      h += "<figure><img src=\"" + markup_escape(c.front_png) + "?v=" + c.front_hash + "\" alt=\"" + markup_escape(id) +
           " voorkant\"><img src=\"" + markup_escape(c.back_png) + "?v=" + c.back_hash + "\" alt=\"" +
           markup_escape(id) + " achterkant\"><figcaption>" + markup_escape(id) +
           (c.diags.error_count() ? " <span class=\"error\">(" +
                                        trn("{} error", "{} errors", c.diags.error_count(), c.diags.error_count()) +
                                        ")</span>"
                                  : "") +
           "</figcaption></figure>\n";
    }
    h += "</div>\n</section>\n";
  }
  h += "</body>\n</html>\n";
  std::string err;
  if (make_dirs(preview_dir(), &err)) write_file_atomic(path_join(preview_dir(), "preview.html"), h, &err);
}

// ---- the watch loop ----------------------------------------------------------------------

namespace {

class Watcher {
 public:
  Watcher() : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {}
  ~Watcher() {
    if (fd_ >= 0) ::close(fd_);
  }
  int fd() const { return fd_; }

  // Adds every folder (and the folders under templates/); a folder created
  // after the start is picked up at the next call.
  void watch(const std::vector<std::string>& dirs, const std::string& templates) {
    const uint32_t mask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB;
    auto add_one = [&](const std::string& d) {
      int wd = inotify_add_watch(fd_, d.c_str(), mask | IN_ONLYDIR);
      if (wd >= 0) dirs_[wd] = d;
    };
    for (const auto& d : dirs) add_one(d);
    std::vector<std::string> todo = {templates};
    for (int depth = 0; depth < 3 && !todo.empty(); ++depth) {
      std::vector<std::string> below;
      for (const auto& t : todo)
        if (DIR* dir = opendir(t.c_str())) {
          while (dirent* e = readdir(dir)) {
            std::string p = path_join(t, e->d_name);
            struct stat st;
            if (e->d_name[0] != '.' && ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
              add_one(p);
              below.push_back(p);
            }
          }
          closedir(dir);
        }
      todo = below;
    }
  }

  // Reads all pending events; true when one of them matters for the preview.
  bool drain(const std::string& root, const std::string& study) {
    alignas(inotify_event) char buf[16384];
    bool relevant = false;
    for (;;) {
      ssize_t n = ::read(fd_, buf, sizeof buf);
      if (n <= 0) break;
      for (char* p = buf; p < buf + n;) {
        auto* e = reinterpret_cast<inotify_event*>(p);
        p += sizeof(inotify_event) + e->len;
        if (e->mask & IN_IGNORED) {
          dirs_.erase(e->wd);
          relevant = true;
          continue;
        }
        if (e->mask & IN_Q_OVERFLOW) {
          relevant = true;
          continue;
        }
        auto it = dirs_.find(e->wd);
        if (it == dirs_.end() || e->len == 0) continue;
        relevant = relevant || matters(it->second, e->name, e->mask & IN_ISDIR, root, study);
      }
    }
    return relevant;
  }

 private:
  static bool matters(const std::string& dir, const std::string& name, bool is_dir, const std::string& root,
                      const std::string& study) {
    if (name.empty() || name[0] == '.' || name.back() == '~') return false;
    if (dir == study) return name == "analysis.yaml";
    if (dir == root) return name == "sterk.yaml" || is_dir;
    if (is_dir) return true;
    for (const char* ext : {".yaml", ".yml", ".svg", ".png", ".ttf", ".otf", ".ttc"})
      if (ends_with(name, ext)) return true;
    return false;
  }

  int fd_;
  std::map<int, std::string> dirs_;
};

double ms_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

int watch_project(const WatchOptions& options, std::ostream& log,
                  const std::function<void(const Diagnostics&)>& report, std::string* usage) {
  // SIGINT and SIGTERM are read from a signalfd, so the loop can stop cleanly.
  // They are blocked before the first update: threads that Pango or librsvg
  // start later inherit the mask, and none of them may take the signal.
  sigset_t mask, old_mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGINT);
  sigaddset(&mask, SIGTERM);
  if (!options.once) sigprocmask(SIG_BLOCK, &mask, &old_mask);
  struct Restore {
    bool active;
    sigset_t* old;
    ~Restore() {
      if (active) sigprocmask(SIG_SETMASK, old, nullptr);
    }
  } restore{!options.once, &old_mask};
  PreviewSession session(options);
  auto run = [&](int* errors) {
    auto start = std::chrono::steady_clock::now();
    Diagnostics diags;
    PreviewSession::Result r = session.update(&diags);
    if (r.usage_error) {
      for (const auto& d : diags.items())
        if (d.code == "usage") *usage = d.message;
      return false;
    }
    report(diags);
    log << trn("preview: drew {} card in {} ms -> {}", "preview: drew {} cards in {} ms -> {}", r.rendered,
               r.rendered, format_number(ms_since(start), 0), path_join(session.preview_dir(), "preview.html"))
        << "\n";
    if (r.kept)
      log << trn("{} deck keeps its last good preview until its errors are fixed",
                 "{} decks keep their last good preview until their errors are fixed", r.kept, r.kept)
          << "\n";
    log << std::flush;
    *errors = diags.error_count();
    return true;
  };
  int errors = 0;
  if (!run(&errors)) return 2;
  if (options.once) return errors ? 1 : 0;

  Watcher watcher;
  if (watcher.fd() < 0) {
    *usage = tr("cannot watch files (inotify is not available)");
    return 3;
  }
  int sfd = signalfd(-1, &mask, SFD_CLOEXEC);
  auto dirs = session.watched_dirs();
  watcher.watch(dirs, dirs[2]);
  log << tr("watching {} (Ctrl-C stops)", join({dirs[1], dirs[2], dirs[4] + "/analysis.yaml", dirs[3]}, ", "))
      << std::endl;
  for (;;) {
    pollfd fds[2] = {{watcher.fd(), POLLIN, 0}, {sfd, POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0) continue;
    if (fds[1].revents & POLLIN) {
      signalfd_siginfo info;  // consumed, so it is not delivered again when the mask is restored
      if (::read(sfd, &info, sizeof info) != sizeof info) continue;
      break;
    }
    if (!(fds[0].revents & POLLIN)) continue;
    bool relevant = watcher.drain(dirs[0], dirs[4]);
    // Editors write in bursts (temporary file, rename, attributes): wait until
    // the folder is quiet for a moment, at most a quarter of a second.
    auto start = std::chrono::steady_clock::now();
    while (ms_since(start) < 250) {
      pollfd more = {watcher.fd(), POLLIN, 0};
      if (::poll(&more, 1, 20) <= 0) break;
      relevant = watcher.drain(dirs[0], dirs[4]) || relevant;
    }
    if (!relevant) continue;
    run(&errors);
    dirs = session.watched_dirs();
    watcher.watch(dirs, dirs[2]);
  }
  log << tr("stopped watching") << std::endl;
  if (sfd >= 0) ::close(sfd);
  return 0;
}

}  // namespace sterk
