// Registry JSON -> model. Every value is checked where it is read; a problem becomes a Diagnostic
// naming its JSON pointer and group, and loses only the value concerned. The document is streamed
// (nlohmann's SAX interface, fed by the quick reader of json_scan.h while the text is valid JSON);
// each group is read by the Reader of load_reader.h.
#include "model/load.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <unordered_set>

#include "model/call_each.h"
#include "model/json_scan.h"
#include "model/load_reader.h"
#include "model/text.h"
#include "model/text_source.h"

namespace wgf {
namespace {

using json = nlohmann::json;
using namespace loader;

// ---- the text in parts (text_source.h): the scans before parsing, and the parser's input

// Nesting depth outside strings, so that a hostile "[[[[..." is refused with a place instead of
// exhausting the stack later. False, with the offset of the bracket too deep, when it is.
bool checkDepth(TextSource& src, size_t maxDepth, size_t& offset) {
    size_t depth = 0;
    enum { Outside, InString, Escaped } state = Outside;  // an escaped character is passed over
    for (size_t off = 0; off < src.size();) {
        std::string_view part = src.part(off);
        if (part.empty()) break;
        for (size_t i = 0; i < part.size(); ++i) {
            char c = part[i];
            if (state == InString) {
                if (c == '\\') state = Escaped;
                else if (c == '"') state = Outside;
            } else if (state == Escaped) {
                state = InString;
            } else if (c == '"') {
                state = InString;
            } else if (c == '{' || c == '[') {
                if (++depth > maxDepth) {
                    offset = off + i;
                    return false;
                }
            } else if ((c == '}' || c == ']') && depth > 0) {
                --depth;
            }
        }
        off += part.size();
    }
    return true;
}

// Takes the document's SAX events (from the quick reader of json_scan.h, or nlohmann's parser)
// so that the whole registry never exists as one tree: each group is built as a small Tree of
// its own (load_tree.h), handed to Reader::group (the per-group conversion) and its room reused
// for the next; the top-level fields other than the groups are kept as a Tree too and converted
// once the document is known to be valid, in the order the whole-document loader used. The
// groups' diagnostics are kept apart meanwhile and follow the top-level ones, so what comes out
// is what a DOM of the whole document would have given, diagnostics included.
class Streamer {
public:
    Streamer(const LoadLimits& limits, bool repairedUtf8)
        : limits_(limits), groupReader_(limits, groupDiagnostics_, repairedUtf8) {}

    // ---- nlohmann SAX events
    bool null() { return value([](TreeBuilder& b) { b.null(); }, Kind::Null); }
    bool boolean(bool v) { return value([&](TreeBuilder& b) { b.boolean(v); }, Kind::Boolean); }
    bool number_integer(json::number_integer_t v) { return value([&](TreeBuilder& b) { b.integer(v); }, Kind::Integer); }
    bool number_unsigned(json::number_unsigned_t v) { return value([&](TreeBuilder& b) { b.unsignedInteger(v); }, Kind::Unsigned); }
    bool number_float(json::number_float_t v, const json::string_t&) { return value([&](TreeBuilder& b) { b.number(v); }, Kind::Float); }
    bool string(json::string_t& v) { return value([&](TreeBuilder& b) { b.string(v); }, Kind::String); }
    bool binary(json::binary_t&) { return value([](TreeBuilder& b) { b.null(); }, Kind::Null); }  // not in JSON text
    bool start_object(std::size_t) { return open(Kind::Object); }
    bool start_array(std::size_t) { return open(Kind::Array); }
    bool key(json::string_t& k) {
        if (groupDepth_ < 0 && depth_ == 1 && rootIsObject_) key_ = k;  // the top-level field whose value comes next
        if (into_) into_->key(k);
        return true;
    }
    bool end_object() { return close(); }
    bool end_array() {
        if (inGroups_ && groupDepth_ < 0 && depth_ == 2) inGroups_ = false;  // the end of "groups"
        return close();
    }
    template <class Exception>
    bool parse_error(std::size_t, const std::string&, const Exception& e) {
        errorWhat_ = e.what();
        if constexpr (std::is_same_v<Exception, json::parse_error>) {
            positioned_ = true;
            errorByte_ = e.byte;
        }
        return false;
    }

    // ---- after a successful parse
    bool rootIsObject() const { return rootIsObject_; }
    Kind rootKind() const { return rootKind_; }
    Value top() const { return top_.root(); }  // the top-level fields; "groups", when streamed, is an empty list
    size_t groupCount() const { return groupCount_; }
    std::vector<Group>& groups() { return groups_; }
    Diagnostics& groupDiagnostics() { return groupDiagnostics_; }
    std::unordered_set<std::string>& seen() { return seen_; }

    bool positioned_ = false;  // a parse_error (with its place), not a number out of range
    std::string errorWhat_;
    size_t errorByte_ = 0;

private:
    // Where a value that starts now goes: the top-level tree, one group's tree, or nowhere.
    void begin(Kind kind) {
        if (groupDepth_ >= 0) return;  // inside a group's value
        if (depth_ == 0) {
            rootKind_ = kind;
            rootIsObject_ = kind == Kind::Object;
            into_ = rootIsObject_ ? &topBuilder_ : nullptr;  // otherwise only its kind matters (and that it parses)
            return;
        }
        if (!rootIsObject_) return;
        if (depth_ == 1 && key_ == "groups") {  // a later "groups" replaces an earlier one, as in a DOM
            groups_.clear();
            groupDiagnostics_.clear();
            seen_.clear();
            groupCount_ = 0;
            inGroups_ = kind == Kind::Array;  // the top-level tree keeps it as an empty list
        } else if (depth_ == 2 && inGroups_) {
            groupDepth_ = 2;
            if (groupCount_ < limits_.maxGroups) {
                groupBuilder_.reset();
                into_ = &groupBuilder_;
            } else {
                into_ = nullptr;  // over the limit: counted, not read
            }
            ++groupCount_;
        }
    }
    // A value is complete: whether it completes a group, which then goes to its conversion. The
    // callers call addGroup themselves: called from one place, binaryen would put the group's
    // whole conversion into this small function, and V8 charges each call of a function its
    // size towards optimising it (this one is called for every value of a registry).
    bool finish() {
        if (groupDepth_ < 0 || depth_ != static_cast<size_t>(groupDepth_)) return false;
        groupDepth_ = -1;
        const bool group = into_ == &groupBuilder_;
        into_ = &topBuilder_;
        return group;
    }
    template <class F>
    bool value(F&& give, Kind kind) {
        begin(kind);
        if (into_) give(*into_);
        if (finish()) addGroup();
        return true;
    }
    bool open(Kind kind) {
        begin(kind);
        if (into_) into_->open(kind);
        ++depth_;
        return true;
    }
    bool close() {
        if (into_) into_->close();
        --depth_;
        if (finish()) addGroup();
        return true;
    }

    void addGroup() {
        std::string p = "/groups/";  // appended: a literal + a string inserts at its front
        p += std::to_string(groupCount_ - 1);
        Group g;
        if (!groupReader_.group(group_.root(), p, g)) return;
        if (!seen_.insert(g.id).second) {
            groupReader_.report(Severity::Error, p + "/id", "duplicate id '" + g.id + "'; this group was left out (the first one is kept)");
            return;
        }
        groups_.push_back(std::move(g));
    }

    const LoadLimits& limits_;
    Diagnostics groupDiagnostics_;
    Reader groupReader_;
    size_t depth_ = 0;
    bool rootIsObject_ = false;
    Kind rootKind_ = Kind::Null;
    std::string key_;
    Tree top_, group_;
    TreeBuilder topBuilder_{top_}, groupBuilder_{group_};
    TreeBuilder* into_ = nullptr;  // where the events go now; none while skipping
    bool inGroups_ = false;
    int groupDepth_ = -1;  // inside a group's value (or one over the limit) until the depth is back to this
    size_t groupCount_ = 0;
    std::vector<Group> groups_;
    std::unordered_set<std::string> seen_;  // the ids so far: a duplicate is left out
};

}  // namespace

LoadResult loadRegistry(std::string_view text, const LoadLimits& limits) {
    TextView view(text);
    return loadRegistry(view, limits);
}

LoadResult loadRegistry(TextSource& input, const LoadLimits& limits) {
    LoadResult r;
    auto fatal = [&](std::string message, int line = 0, int column = 0) {
        Diagnostic d;
        d.severity = Severity::Error;
        d.message = std::move(message);
        d.line = line;
        d.column = column;
        r.diagnostics.push_back(std::move(d));
        r.fatal = true;
        return r;
    };
    if (input.size() > limits.maxBytes)
        return fatal("the registry is " + std::to_string(input.size()) + " bytes, more than the limit of " +
                     std::to_string(limits.maxBytes));

    // The quick path, one pass: the quick reader (json_scan.h) stops at a bracket too deep, and
    // reads a string's bytes as the UTF-8 check below does (outside strings only ASCII is JSON),
    // so text it reads to its end is valid UTF-8, nested no deeper than the limit, and parsed.
    std::optional<Streamer> streamer(std::in_place, limits, false);
    size_t end = input.size();
    const JsonScan first = scanJson(input, *streamer, &end, limits.maxDepth);
    bool parsed = first == JsonScan::Done && end == input.size();
    TextSource* text = &input;
    std::string repairedText;
    std::optional<TextView> repairedView;
    bool repaired = false;
    if (!parsed) {
        // Anything else is read again from the start, with the checks in their order, each with
        // its place: invalid UTF-8 is reported and replaced, so the rest of the registry still
        // loads; nesting too deep is refused; then the parse.
        if (size_t bad = findInvalidUtf8(input); bad != std::string_view::npos) {
            int line = 0, column = 0;
            lineColumnAt(input, bad, line, column);
            Diagnostic d;
            d.severity = Severity::Warning;
            d.line = line;
            d.column = column;
            d.message = "invalid UTF-8 (first at this place) was replaced by \xEF\xBF\xBD";
            r.diagnostics.push_back(d);
            repairedText = repairUtf8(input.copy(0, input.size()));
            text = &repairedView.emplace(repairedText);
            repaired = true;
        }
        if (size_t at = 0; !checkDepth(*text, limits.maxDepth, at)) {
            int line = 0, column = 0;
            lineColumnAt(*text, at, line, column);
            return fatal("nesting deeper than " + std::to_string(limits.maxDepth) + " levels", line, column);
        }
        // The quick reader gives up where nlohmann's parser fails too: the text is then read again
        // by that parser, with a fresh handler, for its message. On the same text it gives up again.
        streamer.emplace(limits, repaired);
        end = text->size();
        JsonScan quick = (first == JsonScan::GaveUp && !repaired) ? first : scanJson(*text, *streamer, &end);
        parsed = quick == JsonScan::Done;
        if (quick == JsonScan::GaveUp) {
            streamer.emplace(limits, repaired);
            parsed = json::sax_parse(TextIterator(*text), TextIterator::end(*text), &*streamer);
        }
    }
    Streamer& st = *streamer;
    if (parsed && end < text->size()) {  // JSON's readers stop at a NUL byte after the value: say so
        Diagnostic d;
        d.severity = Severity::Warning;
        lineColumnAt(*text, end, d.line, d.column);
        d.message = "the text ends at a NUL byte here; the " + std::to_string(text->size() - end) +
                    " bytes from it on were not read";
        r.diagnostics.push_back(std::move(d));
    }
    if (!parsed) {
        if (!st.positioned_) {
            // A number too large for any type ("1e400") is out_of_range.406, not a parse_error, and
            // carries no position: "[json.exception.out_of_range.406] number overflow parsing '1e400'".
            const std::string& what = st.errorWhat_;
            auto bracket = what.find("] ");
            return fatal("the registry is not valid JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2)));
        }
        int line = 0, column = 0;
        size_t at = st.errorByte_ > 0 ? st.errorByte_ - 1 : 0;
        lineColumnAt(*text, at, line, column);
        // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line 1,
        // column 2: "; keep only the explanation after that place (which has ": " of its own:
        // "syntax error while parsing value - invalid literal; last read: '/'").
        const std::string& what = st.errorWhat_;
        auto place = what.find(", column ");
        auto colon = what.find(": ", place == std::string::npos ? 0 : place);
        std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
        return fatal("the registry is not valid JSON: " + reason, line, column);
    }
    if (!st.rootIsObject()) return fatal("the registry must be a JSON object, not " + typeName(st.rootKind()));
    Value doc = st.top();

    Reader rd(limits, r.diagnostics, repaired);
    Registry& reg = r.registry;
    if (Value version = doc.field("version"); !version) {
        rd.report(Severity::Warning, "/version", "no 'version'; read as version 1");
    } else if (!version.is_number_integer() || version.integer() != 1) {
        return fatal("/version: this reader understands registry format version 1, not " + version.toJson().dump());
    }
    rd.unknownFields(doc, "", {"$schema", "version", "title", "about", "updated", "feeds", "links", "groups"});
    reg.title = rd.str(doc, "title", "");
    reg.about = rd.str(doc, "about", "");
    reg.updated = rd.str(doc, "updated", "");
    if (!reg.updated.empty() && !(reg.updated.size() >= 10 && Reader::isDate(reg.updated.substr(0, 10)))) {
        rd.report(Severity::Error, "/updated", "'" + Reader::shorten(reg.updated) + "' is not an ISO date (YYYY-MM-DD); it was left out");
        reg.updated.clear();
    }
    reg.feeds = rd.str(doc, "feeds", "");
    if (LinkKind k = classifyLink(reg.feeds); k == LinkKind::Unsafe || (k == LinkKind::Safe && toLower(reg.feeds).rfind("http", 0) != 0)) {
        rd.report(Severity::Error, "/feeds", "'" + Reader::shorten(reg.feeds) + "' is not a folder's address (http(s), or relative to the registry); it was left out");
        reg.feeds.clear();
    }
    rd.list(doc, "links", "", [&](Value v, const std::string& p) {
        bool ok = false;
        Link l = rd.link(v, p, ok);
        if (ok) reg.links.push_back(std::move(l));
    });

    Value groups = doc.field("groups");
    if (!groups.is_array()) {
        rd.report(Severity::Error, "/groups", !groups ? "no 'groups' list" : "must be a list, not " + typeName(groups));
        r.fatal = !usableRegistry(r.registry, r.diagnostics);
        return r;
    }
    size_t n = st.groupCount();
    if (n > limits.maxGroups) {
        rd.report(Severity::Error, "/groups", "has " + std::to_string(n) + " groups, more than the limit of " +
                                                  std::to_string(limits.maxGroups) + "; the rest were left out");
    }
    // The groups, converted one by one while the document streamed by (Streamer::addGroup).
    for (auto& d : st.groupDiagnostics()) r.diagnostics.push_back(std::move(d));
    reg.groups = std::move(st.groups());
    reg.groups.shrink_to_fit();
    const std::unordered_set<std::string>& seen = st.seen();
    auto checkParent = [&](size_t i) {  // a call per group (model/call_each.h)
        const Group& g = reg.groups[i];
        if (!g.parent.empty() && (g.parent == g.id || !seen.count(g.parent))) {
            Diagnostic d;
            d.severity = Severity::Warning;
            d.groupId = g.id;
            d.message = "parent '" + g.parent + "' is not a group of this registry";
            r.diagnostics.push_back(d);
        }
    };
    callEach(reg.groups.size(), checkParent);
    r.fatal = !usableRegistry(r.registry, r.diagnostics);
    return r;
}

bool usableRegistry(const Registry& registry, const Diagnostics& diagnostics) {
    return !registry.groups.empty() || !hasErrors(diagnostics);
}

}  // namespace wgf
