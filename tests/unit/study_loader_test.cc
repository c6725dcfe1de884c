#include <algorithm>
#include <catch2/catch.hpp>

#include "load/study_loader.h"
#include "test_project.h"

using namespace sterk;

namespace {
const char* kStudyYaml =
    "title: Test\n"
    "focus: Wat helpt?\n"
    "groups: [jongere, {id: werkgever, label: Werkgevers}]\n"
    "ratings:\n"
    "  - {id: belang, label: Belang, min: 1, max: 5}\n"
    "clusters:\n"
    "  count: 2\n";

struct StudyFiles {
  std::string yaml = kStudyYaml;
  std::string statements = "id,text\n1,Een\n2,Twee\n3,Drie\n4,Vier\n";
  std::string participants = "participant,group\np1,jongere\np2,werkgever\n";
  std::string sorts = "participant,pile,statement\np1,a,1\np1,a,2\np1,b,3\np2,x,1\np2,y,2\np2,y,3\np2,y,4\n";
  std::string ratings = "participant,statement,belang\np1,1,4\np1,2,\np2,1,5\n";
};

std::vector<std::string> load(const StudyFiles& f, Study* study) {
  test::TempProject p(false);
  p.write("study/study.yaml", f.yaml);
  p.write("study/statements.csv", f.statements);
  p.write("study/participants.csv", f.participants);
  p.write("study/sorts.csv", f.sorts);
  p.write("study/ratings.csv", f.ratings);
  Diagnostics d;
  load_study(p.path("study"), study, &d);
  std::vector<std::string> out;
  for (const auto& i : d.items()) {
    std::string file = i.where.file.str().substr(i.where.file.str().rfind('/') + 1);
    out.push_back(file + ":" + std::to_string(i.where.line) + ":" + std::to_string(i.where.column) + ": " +
                  severity_name(i.severity) + ": " + i.message);
  }
  return out;
}
}  // namespace

TEST_CASE("study: a valid study loads", "[analysis]") {
  Study s;
  CHECK(load(StudyFiles{}, &s).empty());
  CHECK(s.title == "Test");
  REQUIRE(s.groups.size() == 2);
  CHECK(s.groups[1].label == "Werkgevers");
  CHECK(s.statements.size() == 4);
  REQUIRE(s.sorts.size() == 2);
  CHECK(s.sorts[1].piles.size() == 2);
  REQUIRE(s.ratings_given.size() == 3);
  CHECK_FALSE(s.ratings_given[1].rated[0]);
  CHECK(s.cluster_count == 2);
  CHECK_FALSE(s.names_given);
}

TEST_CASE("study: errors name file:line:column and what was expected", "[analysis]") {
  StudyFiles f;
  f.statements = "id,text\n1,Een\nx,Twee\n1,Nog een\n3,Drie\n4,Vier\n";
  f.participants = "participant,group\np1,jongere\np2,werkgevers\np1,jongere\n";
  f.sorts = "participant,pile,statement\np1,a,1\np1,b,1\np3,a,3\np2,a,9\n";
  f.ratings = "participant,statement,belang\np1,1,7\np1,3,veel\np1,1,3\n";
  Study s;
  std::vector<std::string> m = load(f, &s);
  std::vector<std::string> expected = {
      "statements.csv:3:1: error: expected a statement id (a positive whole number), found 'x'",
      "statements.csv:4:1: error: statement 1 is already listed on line 2",
      "participants.csv:3:4: error: unknown group 'werkgevers'; study.yaml lists jongere, werkgever; did you mean 'werkgever'?",
      "participants.csv:4:1: error: participant 'p1' is already listed on line 2",
      "sorts.csv:3:6: error: statement 1 is already in pile 'a' of participant 'p1' (line 2)",
      // p3 and statement 9 are not reported: statements.csv and participants.csv have
      // errors, so "unknown" could be their fault (see the next test case).
      "ratings.csv:2:6: error: rating 7 for 'belang' is outside its scale 1 to 5",
      "ratings.csv:3:6: error: expected a number from 1 to 5 for 'belang', found 'veel'",
      "ratings.csv:4:4: error: participant 'p1' already rated statement 1 on line 2",
      "sorts.csv:2:1: warning: the sort of participant 'p1' has every statement in a pile of its own, so it says "
      "nothing about which statements belong together; it is left out",
  };
  CHECK(m == expected);
}

TEST_CASE("study: unknown ids are reported when the files they refer to are sound", "[analysis]") {
  StudyFiles f;
  f.sorts = "participant,pile,statement\np1,a,1\np1,b,2\np3,a,3\np2,a,9\n";
  Study s;
  std::vector<std::string> m = load(f, &s);
  CHECK(std::count(m.begin(), m.end(),
                   "sorts.csv:4:1: error: unknown participant 'p3'; every participant must be in participants.csv; "
                   "did you mean 'p1'?") == 1);
  CHECK(std::count(m.begin(), m.end(), "sorts.csv:5:6: error: unknown statement 9; it is not in statements.csv") == 1);
}

TEST_CASE("study: each unknown participant is reported once, and a long list is summed up", "[analysis]") {
  StudyFiles f;
  f.sorts = "participant,pile,statement\n";
  for (int i = 1; i <= 25; ++i)
    for (int s = 1; s <= 3; ++s) f.sorts += "x" + std::to_string(i) + ",a," + std::to_string(s) + "\n";
  Study s;
  std::vector<std::string> m = load(f, &s);
  std::vector<std::string> unknown;
  for (const auto& line : m)
    if (line.find("unknown participant") != std::string::npos || line.find("more participants") != std::string::npos)
      unknown.push_back(line);
  REQUIRE(unknown.size() == 21);
  CHECK(unknown[0] == "sorts.csv:2:1: error: unknown participant 'x1' (on 3 rows); every participant must be in "
                      "participants.csv; did you mean 'p1'?");
  CHECK(unknown[20] == "sorts.csv:62:1: error: and 5 more participants that are not in participants.csv, from "
                       "here on (15 rows); is participants.csv the list of this study?");
}

TEST_CASE("study: a broken statements.csv does not flood the later files with errors", "[analysis]") {
  StudyFiles f;
  f.statements = "id,text\n1,Een\n2,Twee\n3,Drie\n4,Vier\n\xff\n";
  Study s;
  std::vector<std::string> m = load(f, &s);
  REQUIRE(m.size() == 1);
  CHECK(m[0].find("statements.csv:6:1: error: this file is not valid UTF-8") == 0);
}

TEST_CASE("study: missing columns and a missing file", "[analysis]") {
  StudyFiles f;
  f.ratings = "participant,statement,haalbaar\n";
  f.sorts = "participant,statement\n";
  Study s;
  std::vector<std::string> m = load(f, &s);
  CHECK(m == std::vector<std::string>{
                 "sorts.csv:1:1: error: there is no column 'pile'; the first line must be the header "
                 "participant,pile,statement",
                 "ratings.csv:1:1: error: there is no column 'belang'; the first line must be the header "
                 "participant,statement,belang"});
}

TEST_CASE("study: uninformative sorts are left out with a warning", "[analysis]") {
  StudyFiles f;
  f.sorts = "participant,pile,statement\np1,a,1\np1,a,2\np1,a,3\np1,a,4\np2,1,1\np2,2,2\np2,3,3\n";
  Study s;
  std::vector<std::string> m = load(f, &s);
  CHECK(m == std::vector<std::string>{
                 "sorts.csv:2:1: warning: the sort of participant 'p1' has every statement in one pile, so it says "
                 "nothing about which statements belong together; it is left out",
                 "sorts.csv:6:1: warning: the sort of participant 'p2' has every statement in a pile of its own, so "
                 "it says nothing about which statements belong together; it is left out"});
  CHECK(s.sorts.empty());
  CHECK(s.excluded == std::vector<std::string>{"p1", "p2"});
}

TEST_CASE("study: cluster names, anchors and K", "[analysis]") {
  StudyFiles f;
  f.yaml = std::string(kStudyYaml).substr(0, std::string(kStudyYaml).find("clusters:")) +
           "clusters:\n  count: 9\n  names:\n    - {id: a, label: A, anchor: 1}\n    - {id: b, label: B, anchor: 77}\n";
  Study s;
  std::vector<std::string> m = load(f, &s);
  CHECK(m == std::vector<std::string>{
                 "study.yaml:7:10: error: 'count' asks for 9 clusters, but there are only 4 statements",
                 "study.yaml:10:33: error: cluster 'b' is anchored to statement 77, which is not in statements.csv"});
  CHECK(s.names_given);
  CHECK(s.cluster_names.size() == 2);
}
