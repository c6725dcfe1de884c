#include "load/yaml_tree.h"

#include <sys/stat.h>

#include <deque>
#include <map>
#include <unordered_map>

#include "load/yaml_events.h"
#include "load/yaml_hints.h"
#include "load/yaml_scalar.h"
#include "util/files.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {
namespace {

using yaml::Mark;
using yaml::Source;
using yaml::indent_of;
using yaml::line_views;
using yaml::scalar_text;

// YAML this deeply nested is never a deck or template; refusing it before parsing
// keeps the alias expansion (convert, recursive) away from stack exhaustion.
constexpr int kMaxDepth = 64;
// 64 KiB: dozens of cards' worth of text in one value is a mistake (a pasted file).
constexpr size_t kMaxScalar = 64 * 1024;
// Aliases (*name) repeat a block without repeating its text, so a 1 KB file can
// stand for a billion values ("billion laughs"). The graph keeps one shared node per
// anchor, but our tree copies each use, so the values are counted as expanded:
// without aliases every value takes at least a byte or two of the file, so more
// values than bytes (plus some room) only comes from aliases repeating themselves.
constexpr size_t kNodeSlack = 10000;

// A file with aliases is read as a graph first, in which an alias is the anchored
// node itself (as YAML describes it); the tree then copies each use, so the limits
// below count the values as expanded. Maps hold key, value, key, value.
struct GraphNode {
  YamlNode::Kind kind = YamlNode::null;
  Mark mark;
  std::string value;
  std::vector<const GraphNode*> kids;
};

YamlNode::Kind kind_of(const GraphNode& n) { return n.kind; }
Mark mark_of(const GraphNode& n) { return n.mark; }
const std::string& scalar_of(const GraphNode& n) { return n.value; }
template <class F>
void each_item(const GraphNode& n, F f) {
  for (const GraphNode* k : n.kids) f(*k);
}
template <class F>
void each_pair(const GraphNode& n, F f) {
  for (size_t i = 0; i + 1 < n.kids.size(); i += 2) f(*n.kids[i], *n.kids[i + 1]);
}

bool convert(const Source& src, const GraphNode& n, YamlNode* out, Diagnostics* diags, int depth, size_t* budget) {
  out->at = src.at(mark_of(n));
  if (*budget == 0) return false;  // reported once, where it ran out
  if (--*budget == 0) {
    diags->error(out->at, "yaml/too-big",
                 tr("the aliases (*name) in this file repeat blocks into more values than the file could hold "
                    "written out; write the values out, or use fewer aliases inside aliases"));
    return false;
  }
  if (depth > kMaxDepth) {
    diags->error(out->at, "yaml/too-deep",
                 tr("nesting is deeper than {} levels", kMaxDepth));
    return false;
  }
  switch (kind_of(n)) {
    case YamlNode::null:
      out->kind = YamlNode::null;
      return true;
    case YamlNode::scalar:
      if (scalar_of(n).size() > kMaxScalar) {
        // No card, template or study value is this long; checking it would take minutes.
        diags->error(out->at, "yaml/too-long",
                     tr("this value is {} bytes long; one value may hold at most {}", scalar_of(n).size(), kMaxScalar));
        return false;
      }
      out->kind = YamlNode::scalar;
      out->text = scalar_text(src, mark_of(n), scalar_of(n));
      out->at = out->text.at;
      return true;
    case YamlNode::sequence: {
      out->kind = YamlNode::sequence;
      bool ok = true;
      each_item(n, [&](const GraphNode& item) {
        out->items.emplace_back();
        ok = convert(src, item, &out->items.back(), diags, depth + 1, budget) && ok;
      });
      return ok;
    }
    case YamlNode::map: {
      out->kind = YamlNode::map;
      bool ok = true;
      std::map<std::string, size_t> seen;
      each_pair(n, [&](const GraphNode& k, const GraphNode& v) {
        LocatedText key;
        if (kind_of(k) == YamlNode::scalar) {
          key = scalar_text(src, mark_of(k), scalar_of(k));
        } else {
          key.at = src.at(mark_of(k));
          diags->error(key.at, "yaml/syntax", tr("a key must be a plain word"));
          ok = false;
          return;
        }
        YamlNode value;
        ok = convert(src, v, &value, diags, depth + 1, budget) && ok;
        auto found = seen.find(key.value);
        if (found != seen.end()) {
          const Location& first = out->entries[found->second].first.at;
          diags->error(key.at, "yaml/duplicate-key",
                       tr("'{}' is given twice; the first is at line {}", key.value, first.line));
          out->entries[found->second] = {key, std::move(value)};
          ok = false;
          return;
        }
        seen[key.value] = out->entries.size();
        out->entries.emplace_back(std::move(key), std::move(value));
      });
      return ok;
    }
  }
  return true;
}

// Reads the first document as a graph (a file with aliases). false: a syntax error
// in *error, or an alias to an anchor not given before it.
bool read_graph(yaml::EventReader& reader, std::deque<GraphNode>* nodes, const GraphNode** root,
                yaml::SyntaxError* error) {
  std::unordered_map<std::string, const GraphNode*> anchors;
  std::vector<GraphNode*> open;
  *root = nullptr;
  for (;;) {
    yaml::Event e;
    if (!reader.next(&e)) {
      *error = reader.error();
      return false;
    }
    const GraphNode* node = nullptr;
    switch (e.type) {
      case yaml::Event::document_end: return true;
      case yaml::Event::sequence_end:
      case yaml::Event::map_end: open.pop_back(); continue;
      case yaml::Event::alias: {
        auto found = anchors.find(e.anchor);
        if (found == anchors.end()) {
          *error = yaml::SyntaxError{};
          error->mark = e.mark;
          error->problem = "the referenced anchor is not defined";
          return false;
        }
        node = found->second;
        break;
      }
      default: {
        nodes->emplace_back();
        GraphNode& g = nodes->back();
        g.kind = e.type == yaml::Event::scalar           ? YamlNode::scalar
                 : e.type == yaml::Event::sequence_start ? YamlNode::sequence
                 : e.type == yaml::Event::map_start      ? YamlNode::map
                                                         : YamlNode::null;
        g.mark = e.mark;
        g.value = std::move(e.value);
        // Registered before its contents are read: an alias inside its own anchor
        // repeats it without end, which the depth limit stops.
        if (!e.anchor.empty()) anchors[e.anchor] = &g;
        node = &g;
      }
    }
    if (open.empty()) *root = node;
    else open.back()->kids.push_back(node);
    if (e.type == yaml::Event::sequence_start || e.type == yaml::Event::map_start)
      open.push_back(&nodes->back());
  }
}

// Aliases are read through the graph (convert above), where each alias is the
// anchored node itself; the event reader stops when it meets one.
struct HasAlias {};

// Builds the tree straight from libyaml's parser events, so no graph of the whole
// file exists next to ours (a deck of 10 000 cards would be held twice).
// It makes exactly what convert() makes from the graph of the same file: the same
// nodes, the same diagnostics in the same order, the same limits.
class TreeBuilder {
 public:
  /// `list`: items of that top-level list go to list->take(); their lost-text
  /// warnings (yaml_hints.h) to *lost, for the caller to add when the file is good.
  TreeBuilder(const Source& src, Diagnostics* diags, size_t budget, YamlNode* root, YamlListReader* list,
              Diagnostics* lost)
      : src_(src), diags_(diags), budget_(budget), root_(root), list_(list), lost_(lost) {}
  bool ok() const { return ok_; }

  /// Reads the events of the first document. false: a syntax error (reader.error()).
  /// Throws HasAlias at the first alias.
  bool read(yaml::EventReader& reader) {
    for (;;) {
      yaml::Event e;
      if (!reader.next(&e)) return false;
      switch (e.type) {
        case yaml::Event::document_end: return true;
        case yaml::Event::alias: throw HasAlias{};
        case yaml::Event::null: node(e.mark, YamlNode::null, nullptr); break;
        case yaml::Event::scalar: node(e.mark, YamlNode::scalar, &e.value); break;
        case yaml::Event::sequence_start: node(e.mark, YamlNode::sequence, nullptr); break;
        case yaml::Event::map_start: node(e.mark, YamlNode::map, nullptr); break;
        case yaml::Event::sequence_end:
        case yaml::Event::map_end: end(); break;
      }
    }
  }

 private:
  struct Open {
    YamlNode* node = nullptr;  ///< the list or map being filled; nullptr: a part convert() never reads
    int depth = 0;
    bool want_key = true, key_ok = false, value_pending = false;
    bool streamed = false;  ///< the list whose items go to list_->take()
    std::map<std::string, size_t> seen;
  };

  void node(const Mark& m, YamlNode::Kind kind, const std::string* value) {
    const bool container = kind == YamlNode::sequence || kind == YamlNode::map;
    if (!open_.empty() && !open_.back().node) {  // inside a skipped part
      if (container) open_.push_back({});
      return;
    }
    YamlNode* out = root_;
    int depth = 0;
    bool streamed = false;
    if (!open_.empty()) {
      Open& top = open_.back();
      depth = top.depth + 1;
      if (top.node->kind == YamlNode::sequence) {
        top.node->items.emplace_back();
        out = &top.node->items.back();
      } else if (top.want_key) {
        top.want_key = false;
        top.key_ok = kind == YamlNode::scalar;
        if (top.key_ok) {
          key_ = scalar_text(src_, m, *value);
        } else {
          diags_->error(src_.at(m), "yaml/syntax", tr("a key must be a plain word"));
          ok_ = false;
          if (container) open_.push_back({});
        }
        return;
      } else {
        top.want_key = true;
        if (!top.key_ok) {  // the value of a key that was refused is not read
          if (container) open_.push_back({});
          return;
        }
        streamed = list_ && kind == YamlNode::sequence && open_.size() == 1 && key_.value == list_->key;
        top.node->entries.emplace_back(std::move(key_), YamlNode{});
        top.value_pending = true;
        out = &top.node->entries.back().second;
      }
    }
    out->at = src_.at(m);
    bool refused = true;
    if (budget_ == 0) {
      // reported once, where it ran out
    } else if (--budget_ == 0) {
      diags_->error(out->at, "yaml/too-big",
                    tr("the aliases (*name) in this file repeat blocks into more values than the file could hold "
                       "written out; write the values out, or use fewer aliases inside aliases"));
    } else if (depth > kMaxDepth) {
      diags_->error(out->at, "yaml/too-deep", tr("nesting is deeper than {} levels", kMaxDepth));
    } else if (kind == YamlNode::scalar && value->size() > kMaxScalar) {
      diags_->error(out->at, "yaml/too-long",
                    tr("this value is {} bytes long; one value may hold at most {}", value->size(), kMaxScalar));
    } else {
      refused = false;
    }
    if (refused) {
      ok_ = false;
      if (container) open_.push_back({});  // its contents are not read; done() when it ends
      else done();
      return;
    }
    out->kind = kind;
    if (kind == YamlNode::scalar) {
      out->text = scalar_text(src_, m, *value);
      out->at = out->text.at;
    }
    if (container) {
      Open o;
      o.node = out;
      o.depth = depth;
      o.streamed = streamed;
      open_.push_back(std::move(o));
    } else {
      done();
    }
  }

  void end() {
    open_.pop_back();
    done();
  }

  // A value is complete: in a map, a key given twice keeps the last value in the place of the first.
  void done() {
    if (!open_.empty() && open_.back().streamed) return hand_over(open_.back().node);
    if (open_.empty() || !open_.back().node || !open_.back().value_pending) return;
    Open& top = open_.back();
    top.value_pending = false;
    auto& entries = top.node->entries;
    const LocatedText& key = entries.back().first;
    auto found = top.seen.find(key.value);
    if (found == top.seen.end()) {
      top.seen.emplace(key.value, entries.size() - 1);
      return;
    }
    diags_->error(key.at, "yaml/duplicate-key",
                  tr("'{}' is given twice; the first is at line {}", key.value, entries[found->second].first.at.line));
    ok_ = false;
    entries[found->second] = std::move(entries.back());
    entries.pop_back();
  }

  // The list's last item is complete (or refused, as convert() leaves it): it goes to
  // the reader, and is walked for lost text first, as the whole tree would have been.
  void hand_over(YamlNode* list) {
    YamlNode& item = list->items.back();
    warn_lost_text(src_.file, src_.lines, item, lost_, true);
    list_->take(item);
    ++list_->taken;
    list->items.pop_back();
  }

  const Source& src_;
  Diagnostics* diags_;
  size_t budget_;
  YamlNode* root_;
  YamlListReader* list_;
  Diagnostics* lost_;
  std::vector<Open> open_;
  LocatedText key_;  ///< the key whose value comes next
  bool ok_ = true;
};

// Flow brackets and indentation both nest; count the deepest before anything recurses.
bool too_deep(const std::string& source, Location* where, const std::string& file) {
  int depth = 0, line = 1, col = 0;
  bool in_quote = false;
  char quote = 0;
  for (char c : source) {
    ++col;
    if (c == '\n') { ++line; col = 0; in_quote = false; continue; }
    if (in_quote) { if (c == quote) in_quote = false; continue; }
    if (c == '"' || c == '\'') { in_quote = true; quote = c; continue; }
    if (c == '#') { in_quote = true; quote = '\n'; continue; }
    if (c == '[' || c == '{') {
      if (++depth > kMaxDepth) { *where = {file, line, col}; return true; }
    } else if (c == ']' || c == '}') {
      if (depth > 0) --depth;
    }
  }
  std::vector<std::string_view> lines = line_views(source);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view l = lines[i];
    int ind = indent_of(l);
    if (ind > 2 * kMaxDepth * 2) { *where = {file, static_cast<int>(i) + 1, 1}; return true; }
    if (ind < 0) continue;
    // "- - - x" and "? ? x" nest a block per marker on one line.
    size_t j = ind;
    int markers = 0;
    while (j + 1 < l.size() && (l[j] == '-' || l[j] == '?') && l[j + 1] == ' ') {
      if (++markers > kMaxDepth) { *where = {file, static_cast<int>(i) + 1, static_cast<int>(j) + 1}; return true; }
      j += 2;
      while (j < l.size() && l[j] == ' ') ++j;
    }
  }
  return false;
}

}  // namespace

const YamlNode* YamlNode::find(const std::string& key) const {
  for (const auto& e : entries)
    if (e.first.value == key) return &e.second;
  return nullptr;
}

YamlNode* YamlNode::find(const std::string& key) {
  for (auto& e : entries)
    if (e.first.value == key) return &e.second;
  return nullptr;
}

std::vector<std::string> YamlNode::keys() const {
  std::vector<std::string> k;
  for (const auto& e : entries) k.push_back(e.first.value);
  return k;
}

std::string yaml_kind_name(YamlNode::Kind k) {
  switch (k) {
    case YamlNode::null: return tr("nothing");
    case YamlNode::scalar: return tr("a value");
    case YamlNode::sequence: return tr("a list");
    case YamlNode::map: return tr("a map of keys");
  }
  return "?";
}

namespace {
bool parse(const std::string& file, const std::string& source, YamlNode* root, Diagnostics* diags,
           bool node_graph, YamlListReader* list) {
  Source src{file, {}};
  src.lines = line_views(source);
  // A byte-order mark is no character of the first line: columns there count from
  // after it, as an editor shows them (and as both parsers count them).
  if (source.compare(0, 3, "\xEF\xBB\xBF") == 0) src.lines[0].remove_prefix(3);

  size_t bad = 0;
  if (!utf8_valid(source, &bad)) {
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < bad; ++i)
      if (source[i] == '\n') { ++line; line_start = i + 1; }
    int col = utf8_length(std::string_view(source).substr(line_start, bad - line_start)) + 1;
    diags->error({file, line, col}, "yaml/encoding",
                 tr("the file is not valid UTF-8; save it as UTF-8"));
    return false;
  }
  if (source.find('\0') != std::string::npos) {
    diags->error({file, 1, 1}, "yaml/encoding", tr("the file contains NUL bytes; it is not a text file"));
    return false;
  }
  for (size_t i = 0; i < src.lines.size(); ++i) {
    std::string_view l = src.lines[i];
    size_t first = l.find_first_not_of(' ');
    if (first != std::string_view::npos && l[first] == '\t') {
      diags->error({file, static_cast<int>(i) + 1, static_cast<int>(first) + 1}, "yaml/tab",
                   tr("a tab is used for indentation; YAML needs spaces"));
      return false;
    }
  }
  Location deep;
  if (too_deep(source, &deep, file)) {
    diags->error(deep, "yaml/too-deep", tr("nesting is deeper than {} levels", kMaxDepth));
    return false;
  }
  auto syntax_error = [&](yaml::SyntaxError e) {
    // A key without its ':' and a quote never closed are found further on (the next
    // line, the end of the file); the mistake is where the key or the text starts.
    if (e.context_mark.line >= 0 && (e.problem == "could not find expected ':'" ||
                                     (e.problem == "found unexpected end of stream" &&
                                      e.context == "while scanning a quoted scalar")))
      e.mark = e.context_mark;
    Location at = src.at(e.mark);
    if (at.line == 0) at = {file, static_cast<int>(src.lines.size()), 1};
    std::string reason = e.problem.empty() ? tr("invalid YAML") : tr("invalid YAML: {}", yaml_parser_reason(e.problem));
    if (!e.context.empty() && e.context_mark.line >= 0 && e.context_mark.line != e.mark.line)
      reason += tr(" ({} that starts at line {})", yaml_parser_reason(e.context), e.context_mark.line + 1);
    diags->error(at, "yaml/syntax", reason + yaml_syntax_hint(e.problem, src.lines, e.mark.line, e.mark.column, e.context));
    return false;
  };
  const size_t budget = source.size() + kNodeSlack;
  // A syntax error anywhere means the file is reported for that alone and *root is
  // left as it was, so the tree and its findings are kept aside until the end.
  YamlNode tree;
  tree.at = {file, 1, 1};  // an empty file: point at its start
  Diagnostics found, lost_in_list;
  bool ok = false, has_alias = node_graph;
  if (!node_graph) try {
    yaml::EventReader reader(source, src.lines);
    TreeBuilder builder(src, &found, budget, &tree, list, &lost_in_list);
    if (!builder.read(reader)) return syntax_error(reader.error());
    ok = builder.ok();
  } catch (const HasAlias&) {
    has_alias = true;
  }
  if (has_alias) {
    yaml::EventReader reader(source, src.lines);
    std::deque<GraphNode> nodes;
    const GraphNode* doc = nullptr;
    yaml::SyntaxError error;
    if (!read_graph(reader, &nodes, &doc, &error)) return syntax_error(error);
    tree = YamlNode{};
    tree.at = {file, 1, 1};
    found = Diagnostics{};
    lost_in_list = Diagnostics{};
    if (list) list->taken = 0;  // every item is in the tree this way
    size_t left = budget;
    ok = !doc || convert(src, *doc, &tree, &found, 0, &left);
    if (tree.at.line == 0) tree.at = {file, 1, 1};
  }
  diags->append(found);
  *root = std::move(tree);
  if (ok) {
    warn_lost_text(file, src.lines, *root, diags);
    diags->append(lost_in_list);
  }
  return ok;
}
}  // namespace

bool parse_yaml(const std::string& file, const std::string& source, YamlNode* root, Diagnostics* diags,
                YamlListReader* list) {
  return parse(file, source, root, diags, false, list);
}

bool parse_yaml_with_node_graph(const std::string& file, const std::string& source, YamlNode* root,
                                Diagnostics* diags) {
  return parse(file, source, root, diags, true, nullptr);
}

bool load_yaml_file(const std::string& path, YamlNode* root, Diagnostics* diags,
                    const Location& from, YamlListReader* list) {
  // Checked before reading: a deck or template is kilobytes, analysis.yaml of 5000
  // statements a few MiB; a file of gigabytes would be read whole first.
  constexpr long long kMaxFile = 32ll << 20;
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > kMaxFile) {
    diags->error({path, 1, 1}, "yaml/too-big",
                 tr("this file is {} MiB; a YAML file may be at most {} MiB", st.st_size >> 20, kMaxFile >> 20));
    return false;
  }
  std::string source, err;
  if (!read_file(path, &source, &err)) {
    Location at = from.file.empty() ? Location{path, 0, 0} : from;
    diags->error(at, "load/missing-file", err);
    return false;
  }
  return parse_yaml(path, source, root, diags, list);
}

static bool all_named(const YamlNode& seq) {
  if (!seq.is_sequence()) return false;
  for (const auto& item : seq.items) {
    const YamlNode* n = item.find("name");
    if (!item.is_map() || !n || !n->is_scalar()) return false;
  }
  return true;
}

void merge_yaml(YamlNode* base, const YamlNode& over) {
  if (base->is_map() && over.is_map()) {
    for (const auto& [key, value] : over.entries) {
      YamlNode* existing = base->find(key.value);
      if (existing) merge_yaml(existing, value);
      else base->entries.emplace_back(key, value);
    }
    return;
  }
  if (all_named(*base) && all_named(over)) {
    for (const auto& item : over.items) {
      const std::string& name = item.find("name")->text.value;
      YamlNode* match = nullptr;
      for (auto& b : base->items)
        if (b.find("name")->text.value == name) match = &b;
      if (match) merge_yaml(match, item);
      else base->items.push_back(item);
    }
    return;
  }
  *base = over;
}

}  // namespace sterk
