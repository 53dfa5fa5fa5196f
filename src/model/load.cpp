// Registry JSON -> model. Every value is checked where it is read; a problem becomes a Diagnostic
// naming its JSON pointer and group, and loses only the value concerned. The document is streamed
// (nlohmann's SAX interface, fed by the quick reader of json_scan.h while the text is valid JSON);
// each group is read by the Reader of load_reader.h.
#include "model/load.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <unordered_set>

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

// Streams the document through nlohmann's SAX interface so that the whole registry never exists
// as a JSON DOM: each group is built as a small DOM of its own, handed to Reader::group (the
// per-group conversion) and dropped; the top-level fields other than "groups" are kept as a small
// DOM and converted once the document is known to be valid, in the order the whole-document
// loader used. The groups' diagnostics are kept apart meanwhile and follow the top-level ones, so
// what comes out is what a DOM of the whole document would have given, diagnostics included.
class Streamer {
public:
    Streamer(const LoadLimits& limits, bool repairedUtf8)
        : limits_(limits), groupReader_(limits, groupDiagnostics_, repairedUtf8) {}

    // ---- nlohmann SAX events
    bool null() { return value([&](auto& dom) { return dom.null(); }, json::value_t::null); }
    bool boolean(bool v) { return value([&](auto& dom) { return dom.boolean(v); }, json::value_t::boolean); }
    bool number_integer(json::number_integer_t v) {
        return value([&](auto& dom) { return dom.number_integer(v); }, json::value_t::number_integer);
    }
    bool number_unsigned(json::number_unsigned_t v) {
        return value([&](auto& dom) { return dom.number_unsigned(v); }, json::value_t::number_unsigned);
    }
    bool number_float(json::number_float_t v, const json::string_t& s) {
        return value([&](auto& dom) { return dom.number_float(v, s); }, json::value_t::number_float);
    }
    bool string(json::string_t& v) { return value([&](auto& dom) { return dom.string(v); }, json::value_t::string); }
    bool binary(json::binary_t& v) { return value([&](auto& dom) { return dom.binary(v); }, json::value_t::binary); }
    bool start_object(std::size_t n) { return open([&](auto& dom) { return dom.start_object(n); }, json::value_t::object); }
    bool start_array(std::size_t n) { return open([&](auto& dom) { return dom.start_array(n); }, json::value_t::array); }
    bool key(json::string_t& k) {
        if (capture_) return capture_->key(k);
        if (skipTo_ >= 0) return true;
        if (depth_ == 1 && rootIsObject_) key_ = k;  // the top-level field whose value comes next
        return true;
    }
    bool end_object() { return close([&](auto& dom) { return dom.end_object(); }); }
    bool end_array() {
        if (!capture_ && skipTo_ < 0 && inGroups_ && depth_ == 2) inGroups_ = false;  // the end of "groups"
        return close([&](auto& dom) { return dom.end_array(); });
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
    json::value_t rootType() const { return rootType_; }
    json& top() { return top_; }  // the top-level fields; "groups", when streamed, is an empty list
    size_t groupCount() const { return groupCount_; }
    std::vector<Group>& groups() { return groups_; }
    Diagnostics& groupDiagnostics() { return groupDiagnostics_; }
    std::unordered_set<std::string>& seen() { return seen_; }

    bool positioned_ = false;  // a parse_error (with its place), not a number out of range
    std::string errorWhat_;
    size_t errorByte_ = 0;

private:
    using DomParser = nlohmann::detail::json_sax_dom_parser<json>;

    // Where a value that starts now goes: the top-level DOM, one group's DOM, or nowhere.
    void begin(json::value_t type) {
        if (depth_ == 0) {
            rootType_ = type;
            rootIsObject_ = type == json::value_t::object;
            if (!rootIsObject_) skipTo_ = 0;  // only its type matters (and that it parses)
            return;
        }
        if (!rootIsObject_) return;
        if (depth_ == 1) {
            if (key_ == "groups") {  // a later "groups" replaces an earlier one, as in a DOM
                groups_.clear();
                groupDiagnostics_.clear();
                seen_.clear();
                groupCount_ = 0;
                if (type == json::value_t::array) {
                    top_["groups"] = json::array();
                    inGroups_ = true;
                    return;
                }
            }
            startCapture(top_[key_]);
        } else if (depth_ == 2 && inGroups_) {
            if (groupCount_ < limits_.maxGroups) {
                group_ = json();
                startCapture(group_);
                capturingGroup_ = true;
            } else {
                skipTo_ = 2;  // over the limit: counted, not read
            }
            ++groupCount_;
        }
    }
    void startCapture(json& target) {
        capture_.emplace(target, false);
        captureDepth_ = depth_;
    }
    // A value is complete: hand a group to its conversion.
    void finish() {
        if (capture_ && depth_ == captureDepth_) {
            capture_.reset();
            if (capturingGroup_) {
                capturingGroup_ = false;
                addGroup();
                group_ = json();
            }
        }
        if (skipTo_ >= 0 && depth_ == static_cast<size_t>(skipTo_) && rootIsObject_) skipTo_ = -1;
    }
    template <class F>
    bool value(F&& forward, json::value_t type) {
        if (!capture_ && skipTo_ < 0) begin(type);
        if (capture_) forward(*capture_);
        finish();
        return true;
    }
    template <class F>
    bool open(F&& forward, json::value_t type) {
        if (!capture_ && skipTo_ < 0) begin(type);
        ++depth_;
        if (capture_) forward(*capture_);
        return true;
    }
    template <class F>
    bool close(F&& forward) {
        if (capture_) forward(*capture_);
        --depth_;
        finish();
        return true;
    }

    void addGroup() {
        std::string p = "/groups/" + std::to_string(groupCount_ - 1);
        Group g;
        if (!groupReader_.group(group_, p, g)) return;
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
    json::value_t rootType_ = json::value_t::discarded;
    std::string key_;
    json top_ = json::object();
    bool inGroups_ = false;
    std::optional<DomParser> capture_;
    size_t captureDepth_ = 0;
    bool capturingGroup_ = false;
    int skipTo_ = -1;  // skipping a value until the depth is back to this
    json group_;
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

    // Invalid UTF-8 is reported at its place and replaced, so the rest of the registry still loads.
    // Valid text is read where it is (no copy), a part at a time.
    std::string repairedText;
    std::optional<TextView> repairedView;
    TextSource* text = &input;
    bool repaired = false;
    if (size_t bad = findInvalidUtf8(input); bad != std::string_view::npos) {
        int line = 0, column = 0;
        lineColumnAt(input.copy(0, bad + 1), bad, line, column);
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
        lineColumnAt(text->copy(0, at + 1), at, line, column);
        return fatal("nesting deeper than " + std::to_string(limits.maxDepth) + " levels", line, column);
    }

    // Valid text is read by the quick reader (json_scan.h); where it gives up, the text is read
    // again by nlohmann's parser, with a fresh handler, for its message (or, for the few things
    // the quick one leaves to it, such as a byte order mark, for the value).
    std::optional<Streamer> streamer(std::in_place, limits, repaired);
    JsonScan quick = scanJson(*text, *streamer);
    bool parsed = quick == JsonScan::Done;
    if (quick == JsonScan::GaveUp) {
        streamer.emplace(limits, repaired);
        parsed = json::sax_parse(TextIterator(*text), TextIterator::end(*text), &*streamer);
    }
    Streamer& st = *streamer;
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
        lineColumnAt(text->copy(0, at + 1), at, line, column);
        // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line 1,
        // column 2: "; keep only the explanation after that place (which has ": " of its own:
        // "syntax error while parsing value - invalid literal; last read: '/'").
        const std::string& what = st.errorWhat_;
        auto place = what.find(", column ");
        auto colon = what.find(": ", place == std::string::npos ? 0 : place);
        std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
        return fatal("the registry is not valid JSON: " + reason, line, column);
    }
    if (!st.rootIsObject()) return fatal("the registry must be a JSON object, not " + typeName(json(st.rootType())));
    const json& doc = st.top();

    Reader rd(limits, r.diagnostics, repaired);
    Registry& reg = r.registry;
    if (auto it = doc.find("version"); it == doc.end()) {
        rd.report(Severity::Warning, "/version", "no 'version'; read as version 1");
    } else if (!it->is_number_integer() || it->get<long long>() != 1) {
        return fatal("/version: this reader understands registry format version 1, not " + it->dump());
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
    rd.list(doc, "links", "", [&](const json& v, const std::string& p) {
        bool ok = false;
        Link l = rd.link(v, p, ok);
        if (ok) reg.links.push_back(std::move(l));
    });

    auto groups = doc.find("groups");
    if (groups == doc.end() || !groups->is_array()) {
        rd.report(Severity::Error, "/groups", groups == doc.end() ? "no 'groups' list" : "must be a list, not " + typeName(*groups));
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
    for (size_t i = 0; i < reg.groups.size(); ++i) {
        const Group& g = reg.groups[i];
        if (!g.parent.empty() && (g.parent == g.id || !seen.count(g.parent))) {
            Diagnostic d;
            d.severity = Severity::Warning;
            d.groupId = g.id;
            d.message = "parent '" + g.parent + "' is not a group of this registry";
            r.diagnostics.push_back(d);
        }
    }
    r.fatal = !usableRegistry(r.registry, r.diagnostics);
    return r;
}

bool usableRegistry(const Registry& registry, const Diagnostics& diagnostics) {
    return !registry.groups.empty() || !hasErrors(diagnostics);
}

}  // namespace wgf
