#include "layout/phrase_lines.h"

#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "layout/flow_text.h"
#include "layout/frame.h"
#include "layout/phrase_breaks.h"
#include "layout/text_fit.h"
#include "util/sentences.h"

namespace sterk {

std::vector<size_t> choose_breaks(const BreakInput& in, double width) {
  const size_t n = in.start.size();
  if (n <= 1 || in.end[n - 1] - in.start[0] <= width) return {};
  constexpr double kTooWide = 1e6, kBalance = 600, kLoneWord = 40, kExtraLine = 250;
  const double total = in.end[n - 1] - in.start[0];
  // Lays words [0, n) in exactly k lines; returns the cost and the line starts.
  auto best_for = [&](size_t k, std::vector<size_t>* starts) {
    const double ideal = total / k;
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> cost(k + 1, std::vector<double>(n + 1, inf));
    std::vector<std::vector<size_t>> from(k + 1, std::vector<size_t>(n + 1, 0));
    cost[0][0] = 0;
    for (size_t line = 1; line <= k; ++line)
      for (size_t j = line; j <= n; ++j)
        for (size_t i = line - 1; i < j; ++i) {
          if (cost[line - 1][i] == inf) continue;
          double w = in.end[j - 1] - in.start[i];
          double c = w <= width ? kBalance * std::pow((w - ideal) / width, 2) : kTooWide;
          if (j - i == 1 && n >= 3) c += kLoneWord;
          if (i > 0) c += in.penalty[i];
          if (cost[line - 1][i] + c < cost[line][j]) {
            cost[line][j] = cost[line - 1][i] + c;
            from[line][j] = i;
          }
        }
    starts->clear();
    for (size_t line = k, j = n; line > 1; --line) {
      j = from[line][j];
      starts->push_back(j);
    }
    std::reverse(starts->begin(), starts->end());
    return cost[k][n];
  };
  std::vector<size_t> best, trial, least_bad;
  double best_cost = std::numeric_limits<double>::infinity(), least_bad_cost = best_cost;
  bool found = false;
  for (size_t k = 2; k <= n; ++k) {
    double c = best_for(k, &trial);
    if (c >= kTooWide) {
      if (found) break;
      // Not possible yet without a line wider than the box; remember the least bad.
      if (c < least_bad_cost) least_bad_cost = c, least_bad = trial;
      continue;
    }
    if (!found) {  // the fewest lines that fit
      found = true;
      best_cost = c, best = trial;
      continue;
    }
    // One line more than needed, when that avoids a break inside a word group.
    if (c + kExtraLine < best_cost) best = trial;
    break;
  }
  if (!found) return least_bad;  // a word wider than the box: the caller reports it
  return best;
}

namespace {

struct PhraseLayout {
  StyledText styled;
  std::vector<std::pair<size_t, size_t>> lines;  ///< byte ranges of styled.plain
};

bool inside_bold(const StyledText& s, size_t at) {
  for (const auto& [b, e] : s.bold)
    if (b < at && at < e) return true;
  return false;
}

PhraseLayout layout_phrases(const std::string& paragraph, const TextBlock& block) {
  PhraseLayout r;
  r.styled = styled_text(paragraph);
  const std::string& plain = r.styled.plain;
  if (plain.empty()) return r;
  // One unwrapped line of the whole paragraph gives every word's position.
  TextBlock one = block;
  one.indent_pt = 0;
  one.markup = r.styled.markup(0, plain.size());
  PangoLayout* layout = make_layout(one);
  pango_layout_set_width(layout, -1);
  auto x_of = [&](size_t index, bool trailing) {
    int x = 0;
    pango_layout_index_to_line_x(layout, static_cast<int>(index), trailing, nullptr, &x);
    return x / double(PANGO_SCALE);
  };
  const double width = block.width_pt - block.indent_pt - 0.1;  // 0.1 pt: Pango's own rounding
  size_t seg = 0;
  while (seg <= plain.size()) {
    size_t seg_end = plain.find('\n', seg);
    if (seg_end == std::string::npos) seg_end = plain.size();
    std::string_view line(plain.data() + seg, seg_end - seg);
    std::vector<size_t> starts = sentence_starts(line);
    for (size_t s = 0; s < starts.size(); ++s) {
      size_t b = seg + starts[s], e = s + 1 < starts.size() ? seg + starts[s + 1] : seg_end;
      // The sentence's words: runs between spaces.
      std::vector<std::pair<size_t, size_t>> words;
      for (size_t i = b; i < e;) {
        while (i < e && plain[i] == ' ') ++i;
        size_t j = i;
        while (j < e && plain[j] != ' ') ++j;
        if (j > i) words.push_back({i, j});
        i = j;
      }
      if (words.empty()) continue;
      BreakInput in;
      for (size_t w = 0; w < words.size(); ++w) {
        size_t last = words[w].second - 1;
        while (last > words[w].first && (static_cast<unsigned char>(plain[last]) & 0xC0) == 0x80) --last;
        in.start.push_back(x_of(words[w].first, false));
        in.end.push_back(x_of(last, true));
        in.penalty.push_back(0);
      }
      std::vector<std::string> texts;
      for (const auto& [wb, we] : words) texts.push_back(plain.substr(wb, we - wb));
      for (size_t w = 1; w < words.size(); ++w) {
        in.penalty[w] = break_penalty(texts, w);
        if (inside_bold(r.styled, words[w].first - 1)) in.penalty[w] += 200;  // a bold word group stays whole
      }
      std::vector<size_t> breaks = choose_breaks(in, width);
      size_t first = 0;
      breaks.push_back(words.size());
      for (size_t next : breaks) {
        r.lines.push_back({words[first].first, words[next - 1].second});
        first = next;
      }
    }
    seg = seg_end + 1;
  }
  g_object_unref(layout);
  return r;
}

}  // namespace

std::string phrase_markup(const std::string& paragraph, const TextBlock& block) {
  PhraseLayout p = layout_phrases(paragraph, block);
  std::string out;
  for (size_t i = 0; i < p.lines.size(); ++i) {
    if (i) out += kLineBreak;
    out += p.styled.markup(p.lines[i].first, p.lines[i].second);
  }
  return out;
}

std::vector<std::string> phrase_lines(const std::string& paragraph, const TextBlock& block) {
  PhraseLayout p = layout_phrases(paragraph, block);
  std::vector<std::string> out;
  for (const auto& [b, e] : p.lines) out.push_back(p.styled.plain.substr(b, e - b));
  return out;
}

}  // namespace sterk
