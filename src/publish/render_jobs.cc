#include "publish/render_jobs.h"

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <functional>
#include <map>

#include "check/check.h"
#include "layout/card_layout.h"
#include "layout/template_files.h"
#include "layout/text_fit.h"
#include "publish/progress.h"
#include "render/cmyk.h"
#include "render/html_output.h"
#include "render/manifest.h"
#include "render/png_output.h"
#include "render/print_pdf.h"
#include "render/sheets.h"
#include "util/files.h"
#include "util/messages.h"

namespace sterk {

int default_jobs() {
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? static_cast<int>(n) : 1;
}

namespace {

bool wants(const RenderSettings& s, const std::string& o) {
  return std::find(s.outputs.begin(), s.outputs.end(), o) != s.outputs.end();
}

CmykJob cmyk_job(const DeckContext& ctx, const RenderSettings& s) {
  CmykJob job;
  job.ghostscript = s.ghostscript;
  job.profile = s.cmyk_profile;
  job.overprint_black = ctx.project->cmyk.overprint_black;
  if (auto ink = ctx.tpl->colours.find("ink"); ink != ctx.tpl->colours.end()) job.black_inks.push_back(ink->second);
  job.info.date = ctx.project->date;
  return job;
}

// One deck into its staging folder. Layout problems go to *diags; false with
// *err when a file cannot be written (an environment error).
bool render_deck(const DeckJob& job, const RenderSettings& s, const std::function<void()>& on_card,
                 Diagnostics* diags, std::string* err) {
  // Labels repeat on every card of a deck: fitted once for all of them.
  FitCache fits;
  // And the pictograms and images they name are looked at once, not on every card.
  TemplateFiles files;
  DeckContext deck_ctx = job.ctx;
  deck_ctx.fits = &fits;
  deck_ctx.files = &files;
  const DeckContext& ctx = deck_ctx;
  const std::string id = ctx.deck->id.value, staging = job.staging;
  std::vector<std::unique_ptr<DeckOutput>> writers;
  const std::string print_path = path_join(staging, id + "-print.pdf");
  if (wants(s, "print") || wants(s, "print-cmyk")) writers.push_back(make_print_pdf(ctx, print_path));
  if (wants(s, "sheets"))
    for (const auto& paper : s.papers)
      writers.push_back(make_sheets_pdf(ctx, paper, path_join(staging, id + "-sheets-" + paper + ".pdf")));
  if (wants(s, "png")) writers.push_back(make_png_output(ctx, path_join(staging, "png"), s.dpi));
  if (wants(s, "html")) writers.push_back(make_html_output(ctx, path_join(staging, "index.html"), wants(s, "png")));
  std::vector<PlannedCard> plan = plan_deck(ctx);
  for (const PlannedCard& pc : plan) {
    // The checks already reported what layout finds; a card's `allow:` still applies.
    Diagnostics found;
    Frame front = layout_side(ctx, pc, "front", &found);
    Frame back = layout_side(ctx, pc, "back", &found);
    filter_allowed(*pc.card, found, diags);
    on_card();
    if (diags->has_errors()) continue;  // keep laying out to report every problem
    for (auto& w : writers)
      if (!w->add_card(pc, front, back, err)) return false;
  }
  if (diags->has_errors()) return true;
  for (auto& w : writers)
    if (!w->finish(err)) return false;
  if (wants(s, "print-cmyk")) {
    if (!convert_to_cmyk(cmyk_job(ctx, s), print_path, path_join(staging, id + "-print-cmyk.pdf"), err))
      return false;
    if (!wants(s, "print")) std::remove(print_path.c_str());
  }
  ManifestInfo m;
  m.deck = id;
  m.title = ctx.deck->title.value;
  m.audience = ctx.deck->audience.value;
  m.edition = ctx.deck->edition.value;
  m.cards = static_cast<int>(plan.size());
  m.inputs = digest_inputs(ctx.project->root, job.inputs);
  return write_manifest(staging, m, err);
}

// The pipe protocol, one record per line: "c" a card is done; "d" + fields a
// diagnostic; "e" + message the environment error. Fields are separated by
// \x1f; newlines inside a field travel as \x1e.
const char kSep = '\x1f';

std::string encode(std::string s) {
  std::replace(s.begin(), s.end(), '\n', '\x1e');
  std::replace(s.begin(), s.end(), kSep, ' ');
  return s;
}
std::string decode(std::string s) {
  std::replace(s.begin(), s.end(), '\x1e', '\n');
  return s;
}

void write_all(int fd, const std::string& s) {
  size_t off = 0;
  while (off < s.size()) {
    ssize_t n = ::write(fd, s.data() + off, s.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    off += static_cast<size_t>(n);
  }
}

[[noreturn]] void run_child(const DeckJob& job, const RenderSettings& s, int fd) {
  Diagnostics diags;
  std::string err;
  bool ok = render_deck(job, s, [&] { write_all(fd, "c\n"); }, &diags, &err);
  std::string out;
  for (const Diagnostic& d : diags.items())
    out += "d" + std::to_string(static_cast<int>(d.severity)) + kSep + encode(d.where.file) + kSep +
           std::to_string(d.where.line) + kSep + std::to_string(d.where.column) + kSep + encode(d.code) + kSep +
           encode(d.message) + "\n";
  if (!ok) out += "e" + encode(err) + "\n";
  write_all(fd, out);
  ::close(fd);
  ::_exit(ok ? 0 : 3);
}

struct Child {
  pid_t pid = -1;
  int fd = -1;
  size_t job = 0;
  std::string buffer;
};

// Parses complete lines of a child's output.
void take_lines(Child& c, Progress* progress, Diagnostics* diags, std::string* env_err) {
  size_t nl;
  while ((nl = c.buffer.find('\n')) != std::string::npos) {
    std::string line = c.buffer.substr(0, nl);
    c.buffer.erase(0, nl + 1);
    if (line == "c") {
      if (progress) progress->step();
    } else if (!line.empty() && line[0] == 'e') {
      *env_err = decode(line.substr(1));
    } else if (!line.empty() && line[0] == 'd') {
      std::vector<std::string> f;
      size_t start = 1;
      for (size_t p; (p = line.find(kSep, start)) != std::string::npos; start = p + 1) f.push_back(line.substr(start, p - start));
      f.push_back(line.substr(start));
      if (f.size() != 6) continue;
      // The worker's list already decided the severity (the deck's rule set may have).
      diags->add_decided({static_cast<Severity>(std::atoi(f[0].c_str())),
                          {decode(f[1]), std::atoi(f[2].c_str()), std::atoi(f[3].c_str())}, decode(f[4]), decode(f[5])});
    }
  }
}

}  // namespace

int render_decks(const std::vector<DeckJob>& jobs, const RenderSettings& s, int parallel, Progress* progress,
                 Diagnostics* diags) {
  std::vector<Diagnostics> found(jobs.size());
  std::vector<std::string> env_errors(jobs.size());
  if (parallel <= 1 || jobs.size() <= 1) {
    for (size_t i = 0; i < jobs.size(); ++i) {
      std::string err;
      if (!render_deck(jobs[i], s, [&] { if (progress) progress->step(); }, &found[i], &err)) {
        env_errors[i] = err;
        break;
      }
    }
  } else {
    // Biggest decks first, so one large deck does not run alone at the end.
    std::vector<size_t> order(jobs.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return jobs[a].cards > jobs[b].cards; });
    std::vector<Child> running;
    size_t next = 0;
    while (next < jobs.size() || !running.empty()) {
      while (next < jobs.size() && static_cast<int>(running.size()) < parallel) {
        int fds[2];
        if (::pipe(fds) != 0) {
          env_errors[order[next]] = tr("cannot start a process for deck '{}'", jobs[order[next]].ctx.deck->id.value);
          next = jobs.size();
          break;
        }
        pid_t pid = ::fork();
        if (pid == 0) {
          ::close(fds[0]);
          for (const Child& c : running) ::close(c.fd);
          run_child(jobs[order[next]], s, fds[1]);
        }
        ::close(fds[1]);
        if (pid < 0) {
          ::close(fds[0]);
          env_errors[order[next]] = tr("cannot start a process for deck '{}'", jobs[order[next]].ctx.deck->id.value);
          next = jobs.size();
          break;
        }
        running.push_back({pid, fds[0], order[next], ""});
        ++next;
      }
      if (running.empty()) break;
      std::vector<pollfd> polls;
      for (const Child& c : running) polls.push_back({c.fd, POLLIN, 0});
      if (::poll(polls.data(), polls.size(), -1) < 0 && errno != EINTR) break;
      for (size_t i = running.size(); i-- > 0;) {
        if (!(polls[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        Child& c = running[i];
        char buf[8192];
        ssize_t n = ::read(c.fd, buf, sizeof buf);
        if (n > 0) {
          c.buffer.append(buf, static_cast<size_t>(n));
          take_lines(c, progress, &found[c.job], &env_errors[c.job]);
          continue;
        }
        if (n < 0 && errno == EINTR) continue;
        ::close(c.fd);
        int status = 0;
        ::waitpid(c.pid, &status, 0);
        bool clean = WIFEXITED(status) && (WEXITSTATUS(status) == 0 || WEXITSTATUS(status) == 3);
        if (!clean && env_errors[c.job].empty())
          env_errors[c.job] = tr("rendering deck '{}' stopped unexpectedly", jobs[c.job].ctx.deck->id.value);
        running.erase(running.begin() + static_cast<long>(i));
      }
    }
  }
  int code = 0;
  for (size_t i = 0; i < jobs.size(); ++i) {
    diags->append(found[i]);
    if (!env_errors[i].empty()) {
      diags->error({jobs[i].ctx.deck->file, 0, 0}, "environment", env_errors[i]);
      code = 3;
    }
  }
  if (code == 0 && diags->has_errors()) code = 1;
  return code;
}

}  // namespace sterk
