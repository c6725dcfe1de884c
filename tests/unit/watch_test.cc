// sterk watch end to end: a real child process, real files, real inotify.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fcntl.h>
#include <thread>

#include "test_project.h"
#include "util/files.h"

using namespace sterk;

namespace {

const char* kDeck = R"(deck: {id: w, title: Proef, audience: werkgever, template: professional, kind: workshop}
cards:
  - id: W-1
    cluster: werk
    title: Werk dat past
    text: Bespreek samen welke taken passen.
    pictogram: briefcase
  - id: W-2
    cluster: werk
    title: Steun
    text: Vraag wat helpt.
    pictogram: users
)";

// `sterk watch` as a child; stderr goes to a file the test reads.
class WatchProcess {
 public:
  WatchProcess(const test::TempProject& p, const std::string& log) {
    pid_ = ::fork();
    if (pid_ == 0) {
      int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      ::dup2(fd, 1);
      ::dup2(fd, 2);
      ::execl(STERK_BINARY, "sterk", "watch", "-C", p.root().c_str(), "--dpi", "40", static_cast<char*>(nullptr));
      ::_exit(127);
    }
  }
  ~WatchProcess() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
  }
  // Sends SIGTERM and returns the exit status (-1 when it did not exit normally).
  int stop() {
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  pid_t pid_ = -1;
};

// Polls `done` every 10 ms for up to `seconds`.
template <typename F>
bool eventually(F done, double seconds = 15) {
  auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(int(seconds * 1000));
  while (std::chrono::steady_clock::now() < end) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return done();
}

}  // namespace

TEST_CASE("watch redraws an edited card and keeps the last good preview of a broken file", "[watch]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  const std::string log = p.path("watch.log");
  WatchProcess watch(p, log);
  auto text = [&](const std::string& rel) { return p.read(rel); };
  const std::string png1 = "out/preview/w/W-1-front.png", png2 = "out/preview/w/W-2-front.png";
  REQUIRE(eventually([&] { return text("watch.log").find("watching") != std::string::npos; }));
  const std::string first1 = text(png1), first2 = text(png2);
  REQUIRE(first1.size() > 0);
  CHECK(text("out/preview/preview.html").find("<meta http-equiv=\"refresh\"") != std::string::npos);

  // A change to one card's text: its image is drawn again, the other card's is not.
  INFO("watch.log so far:\n" << text("watch.log"));
  std::string edited = kDeck;
  edited.replace(edited.find("Bespreek samen"), 14, "Bespreek met elkaar");
  p.write("cards/w.yaml", edited);
  REQUIRE(eventually([&] { return text(png1) != first1 && !text(png1).empty(); }));
  CHECK(text(png2) == first2);
  REQUIRE(eventually([&] { return text("watch.log").find("drew 1 card in") != std::string::npos; }));
  const std::string second1 = text(png1);

  // A broken edit: a located error on stderr, the last good image stays.
  p.write("cards/w.yaml", std::string(edited).replace(edited.find("title: Steun"), 12, "title: [Steun"));
  REQUIRE(eventually([&] { return text("watch.log").find("error: ") != std::string::npos; }));
  std::string out = text("watch.log");
  CHECK(out.find("/cards/w.yaml:") != std::string::npos);
  CHECK(out.find("[yaml/syntax]") != std::string::npos);
  CHECK(out.find("1 deck keeps its last good preview") != std::string::npos);
  CHECK(text(png1) == second1);
  CHECK(text("out/preview/preview.html").find("the last good preview is shown") != std::string::npos);

  CHECK(watch.stop() == 0);
  CHECK(text("watch.log").find("stopped watching") != std::string::npos);
}

TEST_CASE("watch once draws every card and reports errors in its exit code", "[watch]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string out;
  int code = test::run(std::string(STERK_BINARY) + " watch --once --dpi 40 -C " + p.root(), &out);
  INFO(out);
  CHECK(code == 0);
  CHECK(file_exists(p.path("out/preview/w/W-1-back.png")));
  CHECK(file_exists(p.path("out/preview/w/W-2-front.png")));
  CHECK(out.find("preview: drew 3 cards in") != std::string::npos);  // and a divider

  code = test::run(std::string(STERK_BINARY) + " watch --once --deck x -C " + p.root(), &out);
  CHECK(code == 2);
  CHECK(out.find("sterk watch: unknown deck 'x'") != std::string::npos);

  p.write("cards/w.yaml", std::string(kDeck).replace(std::string(kDeck).find("pictogram: users"), 16,
                                                       "pictogram: userz"));
  code = test::run(std::string(STERK_BINARY) + " watch --once --dpi 40 -C " + p.root(), &out);
  CHECK(code == 1);
  CHECK(out.find("[preflight/missing-pictogram]") != std::string::npos);
}
