#pragma once
// A training module (scholingsmodule) or workshop guide (draaiboek) as written in
// modules/<id>.yaml (SPEC §11). Plain data; every value keeps its location.
#include <string>
#include <vector>

#include "model/text.h"

namespace sterk {

/// The kinds of activity a session is made of (SPEC §11).
const std::vector<std::string>& activity_kind_names();
/// Dutch label for the timing table, e.g. "oefening" → "Oefening".
std::string activity_kind_label(const std::string& kind);

struct LearningGoal {
  LocatedText id;
  LocatedText text;
  std::vector<LocatedText> clusters;  ///< cluster ids of the study this goal works on
  Location at;
};

struct Activity {
  LocatedText title;
  int minutes = 0;
  Location minutes_at;
  LocatedText kind;
  LocatedText lead;                 ///< one of the module's trainers
  std::vector<LocatedText> cards;   ///< card ids from the module's decks
  std::vector<LocatedText> goals;   ///< learning goal ids
  std::vector<LocatedText> steps;   ///< what happens, in order (guide)
  LocatedText notes;                ///< for the trainers (guide)
  LocatedText handout;              ///< for the participants (handout)
  Location at;
};

struct Session {
  LocatedText id;
  LocatedText title;
  LocatedText text;  ///< optional introduction in the guide
  int minutes = 0;
  Location minutes_at;
  std::vector<Activity> activities;
  Location at;
};

/// An extra chapter of the trainer's guide (e.g. what to do when someone tells
/// something personal, aftercare for the trainers).
struct GuideChapter {
  LocatedText title;
  LocatedText text;
  std::vector<LocatedText> points;
  Location at;
};

struct Module {
  std::string file;  ///< modules/<stem>.yaml
  LocatedText id;
  LocatedText title;
  LocatedText subtitle;
  LocatedText audience;
  LocatedText language;
  LocatedText edition;
  LocatedText draft;  ///< a line on the cover, e.g. "Concept voor het projectteam"
  LocatedText intro;  ///< "about this module", guide and handout
  std::vector<LocatedText> decks;
  std::vector<LocatedText> trainers;
  std::vector<LearningGoal> goals;
  std::vector<Session> sessions;
  std::vector<GuideChapter> guide;
  Location at;
};

}  // namespace sterk
