// The query language -> clauses (see parse.h and the grammar in engine.h).
#include "query/parse.h"

#include <algorithm>
#include <array>

#include "model/text.h"
#include "query/analyze.h"
#include "query/engine.h"
#include "query/terms.h"
#include "time/civil.h"

namespace wgf::query {

namespace {

constexpr uint16_t bit(SearchField f) { return static_cast<uint16_t>(1u << static_cast<int>(f)); }

struct Qualifier {
    const char* name;
    enum Type { Text, Day, Zone, Has, Fits } type;
    uint16_t fields;
};

constexpr std::array<Qualifier, 15> kQualifiers = {{
    {"name", Qualifier::Text, bit(SearchField::Name)},
    {"lead", Qualifier::Text, bit(SearchField::Lead)},
    {"leads", Qualifier::Text, bit(SearchField::Lead)},
    {"company", Qualifier::Text, bit(SearchField::Company)},
    {"org", Qualifier::Text, bit(SearchField::Company)},
    {"topic", Qualifier::Text, bit(SearchField::Topic)},
    {"topics", Qualifier::Text, bit(SearchField::Topic)},
    {"contact", Qualifier::Text, bit(SearchField::Contact)},
    {"contacts", Qualifier::Text, bit(SearchField::Contact)},
    {"kind", Qualifier::Text, bit(SearchField::Kind)},
    {"day", Qualifier::Day, 0},
    {"days", Qualifier::Day, 0},
    {"tz", Qualifier::Zone, 0},
    {"has", Qualifier::Has, 0},
    {"fits", Qualifier::Fits, 0},
}};

// Byte length of the white space at `pos` (ASCII, no-break and ideographic space), or 0.
size_t spaceAt(std::string_view q, size_t pos) {
    unsigned char c = static_cast<unsigned char>(q[pos]);
    if (isAsciiSpace(c)) return 1;
    if (q.substr(pos, 2) == "\xC2\xA0") return 2;
    if (q.substr(pos, 3) == "\xE3\x80\x80") return 3;
    return 0;
}

// Byte length of an opening/closing double quote at `pos` (" “ ” „), or 0.
size_t quoteAt(std::string_view q, size_t pos) {
    if (q[pos] == '"') return 1;
    auto s = q.substr(pos, 3);
    if (s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" || s == "\xE2\x80\x9E") return 3;
    return 0;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

struct Unit {
    enum Type { Op, Or, Not } type = Op;
    bool negated = false;  // written with a leading '-'
    Operand op;
    uint32_t begin = 0, end = 0;
};

class Parser {
public:
    explicit Parser(std::string_view q) : q_(q) {}

    ParsedQuery run() {
        if (q_.size() > kMaxQueryBytes) {
            message(kMaxQueryBytes, "the query is too long; the end of it was ignored");
            q_ = q_.substr(0, utf8CharStart(q_, kMaxQueryBytes));  // never inside a character
        }
        lex();
        markPrefix();
        group();
        markOptional();
        return std::move(out_);
    }

private:
    void message(size_t pos, std::string text) {
        Diagnostic d;
        d.severity = Severity::Warning;
        d.line = 1;
        d.column = static_cast<int>(pos) + 1;
        d.message = std::move(text);
        out_.messages.push_back(std::move(d));
    }

    bool atEnd(size_t pos) const { return pos >= q_.size(); }

    // ---- lexing ----

    void lex() {
        size_t pos = 0;
        while (pos < q_.size()) {
            if (size_t s = spaceAt(q_, pos)) {
                pos += s;
                continue;
            }
            size_t start = pos;
            bool negated = false;
            if (q_[pos] == '-') {
                negated = true;
                ++pos;
                if (atEnd(pos) || spaceAt(q_, pos)) {
                    if (!atEnd(pos)) message(start, "\"-\" needs a word right after it; ignored");
                    continue;
                }
            }
            if (size_t ql = quoteAt(q_, pos)) {
                pos = readPhrase(start, pos + ql, negated, kAllFields);
                continue;
            }
            size_t chunkEnd = pos;
            while (chunkEnd < q_.size() && !spaceAt(q_, chunkEnd)) ++chunkEnd;
            std::string_view chunk = q_.substr(pos, chunkEnd - pos);
            if (!negated && (chunk == "OR" || chunk == "NOT" || chunk == "AND")) {
                if (chunk != "AND") {
                    Unit u;
                    u.type = chunk == "OR" ? Unit::Or : Unit::Not;
                    u.begin = static_cast<uint32_t>(start);
                    u.end = static_cast<uint32_t>(chunkEnd);
                    units_.push_back(std::move(u));
                }
                pos = chunkEnd;
                continue;
            }
            size_t nameLen = 0;
            while (nameLen < chunk.size() && ((chunk[nameLen] >= 'a' && chunk[nameLen] <= 'z') ||
                                              (chunk[nameLen] >= 'A' && chunk[nameLen] <= 'Z')))
                ++nameLen;
            if (nameLen > 0 && nameLen < chunk.size() && chunk[nameLen] == ':') {
                std::string name = lower(chunk.substr(0, nameLen));
                if (name != "http" && name != "https" && name != "mailto") {
                    pos = readQualified(start, pos, name, nameLen, negated);
                    continue;
                }
            }
            addWords(start, pos, chunkEnd, negated, kAllFields);
            pos = chunkEnd;
        }
    }

    // A phrase from after its opening quote; returns the position after it.
    size_t readPhrase(size_t start, size_t from, bool negated, uint16_t fields) {
        size_t pos = from;
        size_t close = 0;
        while (pos < q_.size() && !(close = quoteAt(q_, pos))) ++pos;
        size_t textEnd = pos;
        bool closed = pos < q_.size();
        if (closed) pos += close;
        Unit u = operandUnit(Operand::Kind::Phrase, start, pos, negated, fields);
        appendTokens(u.op, from, textEnd);
        if (u.op.words.empty()) {
            if (closed) message(start, "empty quotes; ignored");
            return pos;
        }
        units_.push_back(std::move(u));
        lastClosedPhrase_ = closed;
        return pos;
    }

    void addWords(size_t start, size_t from, size_t to, bool negated, uint16_t fields) {
        Unit u = operandUnit(Operand::Kind::Words, start, to, negated, fields);
        appendTokens(u.op, from, to);
        if (u.op.words.empty()) {
            if (fields != kAllFields) {
                std::string text(1, '"');
                text.append(q_.substr(start, to - start));
                text += "\" has nothing to search for; ignored";
                message(start, std::move(text));
            }
            return;
        }
        units_.push_back(std::move(u));
        lastClosedPhrase_ = false;
    }

    // A unit of one operand spanning [begin, end) of the query, its words still to be added.
    static Unit operandUnit(Operand::Kind kind, size_t begin, size_t end, bool negated, uint16_t fields) {
        Unit u;
        u.negated = negated;
        u.begin = static_cast<uint32_t>(begin);
        u.end = static_cast<uint32_t>(end);
        u.op.kind = kind;
        u.op.fields = fields;
        u.op.begin = u.begin;
        u.op.end = u.end;
        return u;
    }

    void appendTokens(Operand& op, size_t from, size_t to) {
        bool prevCjk = false;
        uint32_t prevEnd = 0;
        forEachToken(q_.substr(from, to - from), [&](const Token& t) {
            // The index adds a CJK run's last character alone (for prefix search); in a query
            // it would demand that the run ends there, so it is left out after a bigram.
            bool skip = t.cjk && prevCjk && prevEnd == t.end;
            prevCjk = t.cjk;
            prevEnd = t.end;
            if (skip) return;
            if (wordCount_ >= kMaxQueryWords) {
                if (!tooManyWords_) message(from + t.begin, "too many words; the rest was ignored");
                tooManyWords_ = true;
                return;
            }
            ++wordCount_;
            QueryWord w;
            w.folded = t.folded;
            w.exact = t.exact;
            decodeUtf8(w.folded, w.cps);
            w.cjk = t.cjk;
            w.begin = static_cast<uint32_t>(from + t.begin);
            w.end = static_cast<uint32_t>(from + t.end);
            op.words.push_back(std::move(w));
        });
    }

    size_t readQualified(size_t start, size_t nameStart, const std::string& name, size_t nameLen,
                         bool negated) {
        size_t valueStart = nameStart + nameLen + 1;
        const Qualifier* qual = nullptr;
        for (const auto& k : kQualifiers)
            if (name == k.name) qual = &k;
        if (qual && (atEnd(valueStart) || spaceAt(q_, valueStart))) {
            // "lead: sven" means lead:sven.
            size_t p = valueStart;
            while (p < q_.size() && spaceAt(q_, p)) p += spaceAt(q_, p);
            size_t e = p;
            while (e < q_.size() && !spaceAt(q_, e)) ++e;
            std::string_view next = q_.substr(p, e - p);
            if (p < q_.size() && next != "OR" && next != "NOT" && next != "AND" && next[0] != '-' &&
                next.find(':') == std::string_view::npos)
                valueStart = p;
        }
        if (qual && qual->type == Qualifier::Text && valueStart < q_.size()) {
            if (size_t ql = quoteAt(q_, valueStart))
                return readPhrase(start, valueStart + ql, negated, qual->fields);
        }
        size_t end = valueStart;
        while (end < q_.size() && !spaceAt(q_, end)) ++end;
        std::string_view value = q_.substr(valueStart, end - valueStart);
        std::string written(q_.substr(nameStart, nameLen + 1));
        if (!qual) {
            std::string text = "unknown qualifier \"" + written + "\"";
            if (auto near = nearestQualifier(name); !near.empty()) text += " (did you mean \"" + near + ":\"?)";
            message(start, text + "; ignored");
            return end;
        }
        if (value.empty()) {
            if (!atEnd(end)) message(start, "\"" + written + "\" needs a value; ignored");
            return end;
        }
        if (qual->type == Qualifier::Text) {
            addWords(start, valueStart, end, negated, qual->fields);
            return end;
        }
        Unit u;
        u.negated = negated;
        u.begin = static_cast<uint32_t>(start);
        u.end = static_cast<uint32_t>(end);
        u.op.kind = Operand::Kind::Filter;
        u.op.begin = u.begin;
        u.op.end = u.end;
        std::string v = fold(value);
        bool typing = atEnd(end);  // a half-typed value is not an error yet
        switch (qual->type) {
            case Qualifier::Day: {
                uint8_t days = 0;
                bool bad = false;
                size_t p = 0;
                while (p <= v.size()) {  // day:mon,wed
                    size_t c = v.find(',', p);
                    if (c == std::string::npos) c = v.size();
                    if (c > p) {
                        std::string_view item = std::string_view(v).substr(p, c - p);
                        uint8_t d = parseDays(item);
                        // "day:t" while typing "day:thu" is not an error yet; "day:xyz" is.
                        if (!d && !(typing && c == v.size() && startsADayName(item))) bad = true;
                        days |= d;
                    }
                    p = c + 1;
                }
                if (bad)
                    message(start, "unknown day \"" + std::string(value) +
                                       "\" (use mon..sun, weekday or weekend); " + (days ? "partly used" : "ignored"));
                if (!days) return end;
                u.op.filter = FilterKind::Day;
                u.op.days = days;
                break;
            }
            case Qualifier::Zone:
                u.op.filter = FilterKind::Zone;
                u.op.text = v;
                break;
            case Qualifier::Has: {
                static const std::pair<const char*, FilterKind> kHas[] = {
                    {"meeting", FilterKind::HasMeeting}, {"meetings", FilterKind::HasMeeting},
                    {"lead", FilterKind::HasLead}, {"leads", FilterKind::HasLead},
                    {"contact", FilterKind::HasContact}, {"contacts", FilterKind::HasContact},
                    {"topic", FilterKind::HasTopic}, {"topics", FilterKind::HasTopic},
                    {"description", FilterKind::HasDescription}};
                bool found = false;
                for (const auto& [n, k] : kHas)
                    if (v == n) {
                        u.op.filter = k;
                        found = true;
                    }
                if (!found) {
                    bool pending = typing && std::any_of(std::begin(kHas), std::end(kHas), [&](const auto& h) {
                                       return std::string_view(h.first).substr(0, v.size()) == v;
                                   });  // "has:mee" on the way to has:meeting
                    if (!pending)
                        message(start, "unknown \"has:" + std::string(value) +
                                           "\" (use has:meeting, has:lead, has:contact, has:topic or "
                                           "has:description); ignored");
                    return end;
                }
                break;
            }
            case Qualifier::Fits:
                if (v != "hours" && v != "hour") {
                    if (!typing) message(start, "unknown \"fits:" + std::string(value) + "\" (use fits:hours); ignored");
                    return end;
                }
                u.op.filter = FilterKind::FitsHours;
                break;
            case Qualifier::Text:
                break;
        }
        units_.push_back(std::move(u));
        lastClosedPhrase_ = false;
        return end;
    }

    static std::string nearestQualifier(const std::string& name) {
        std::u32string a, b;
        decodeUtf8(name, a);
        std::string best;
        int bestDist = 3;
        for (const auto& k : kQualifiers) {
            decodeUtf8(k.name, b);
            int d = editDistance(a, b);
            if (d < bestDist) {
                bestDist = d;
                best = k.name;
            }
        }
        return best;
    }

    // The last word of the query is a prefix while it is being typed: no space after it, not a
    // closed phrase, not an exclusion. A single CJK character is always a prefix, since alone it
    // is indexed only at the end of a run.
    void markPrefix() {
        for (auto& u : units_) {
            if (u.type != Unit::Op) continue;
            for (auto& w : u.op.words) {
                if (w.cjk && w.cps.size() == 1 && !u.negated) w.prefix = true;
                bool hasDigit = std::any_of(w.cps.begin(), w.cps.end(), [](char32_t c) { return c >= '0' && c <= '9'; });
                // Typos in numbers ("v1.28") or in exclusions and phrases are not forgiven.
                if (!u.negated && !w.cjk && !hasDigit && u.op.kind == Operand::Kind::Words)
                    w.maxTypos = maxTyposFor(w.cps.size());
            }
        }
        if (units_.empty() || q_.empty() || spaceAt(q_, q_.size() - 1)) return;
        auto& last = units_.back();
        if (last.type != Unit::Op || last.negated || last.end != q_.size()) return;
        if (last.op.kind == Operand::Kind::Filter || last.op.words.empty()) return;
        if (last.op.kind == Operand::Kind::Phrase && lastClosedPhrase_) return;
        auto& w = last.op.words.back();
        if (w.end == q_.size()) w.prefix = true;
    }

    // ---- grouping: OR, NOT and '-' ----

    void group() {
        bool pendingOr = false, pendingNot = false;
        size_t orPos = 0;
        for (size_t i = 0; i < units_.size(); ++i) {
            auto& u = units_[i];
            if (u.type == Unit::Not) {
                if (pendingNot) message(u.begin, "\"NOT NOT\"; the second NOT was ignored");
                pendingNot = true;
                continue;
            }
            if (u.type == Unit::Or) {
                if (pendingOr) {
                    message(u.begin, "\"OR OR\"; the second OR was ignored");
                    continue;
                }
                if (out_.clauses.empty() || pendingNot || out_.clauses.back().negated) {
                    message(u.begin, "\"OR\" needs a word on each side; ignored");
                    continue;
                }
                pendingOr = true;
                orPos = u.begin;
                continue;
            }
            bool negated = u.negated || pendingNot;
            pendingNot = false;
            if (negated) {
                for (auto& w : u.op.words) {  // exclusions match exactly
                    w.prefix = false;
                    w.maxTypos = 0;
                }
            }
            if (pendingOr) {
                pendingOr = false;
                if (!negated) {
                    out_.clauses.back().anyOf.push_back(std::move(u.op));
                    continue;
                }
                message(orPos, "\"OR\" cannot join an exclusion; the exclusion applies to all results");
            }
            Clause c;
            c.negated = negated;
            c.anyOf.push_back(std::move(u.op));
            out_.clauses.push_back(std::move(c));
        }
        // A NOT or OR left dangling at the end is the user still typing: ignored silently.
    }

    // "who leads networking": the question's words must not sink it, so filler words are
    // optional when another word (or phrase) is searched for. A query of filler words alone
    // ("who", "the a") searches for them as before.
    void markOptional() {
        bool otherWord = false;
        for (const auto& c : out_.clauses)
            if (!c.negated && !isFillerClause(c))
                for (const auto& op : c.anyOf) otherWord |= op.kind != Operand::Kind::Filter;
        if (!otherWord) return;
        for (auto& c : out_.clauses) c.optional = isFillerClause(c);
    }

    std::string_view q_;
    ParsedQuery out_;
    std::vector<Unit> units_;
    bool lastClosedPhrase_ = false;
    size_t wordCount_ = 0;
    bool tooManyWords_ = false;
};

}  // namespace

ParsedQuery parseQuery(std::string_view query) { return Parser(query).run(); }

bool isFillerWord(std::string_view w) {
    // Sorted, for binary search. Besides question and function words, the verbs and nouns of a
    // question about a group ("who leads", "when does it meet", "which group"): these can be
    // real search words, which is why filler words only ever add to a score.
    static constexpr std::array<std::string_view, 62> kWords = {
        "a", "about", "an", "are", "at", "be", "by", "can", "chair", "chairs", "could", "did", "do",
        "does", "for", "from", "group", "groups", "how", "i", "in", "is", "it", "its", "join",
        "lead", "leading", "leads", "led", "me", "meet", "meeting", "meetings", "meets", "my",
        "of", "on", "our", "own", "owns", "run", "runs", "should", "that", "the", "there", "this",
        "to", "us", "was", "we", "were", "what", "when", "where", "which", "who", "whom", "whose",
        "why", "with", "you"};
    static_assert(std::is_sorted(kWords.begin(), kWords.end()));
    return std::binary_search(kWords.begin(), kWords.end(), w);
}

bool isFillerClause(const Clause& c) {
    if (c.negated || c.anyOf.size() != 1) return false;
    const Operand& op = c.anyOf[0];
    return op.kind == Operand::Kind::Words && op.fields == kAllFields && op.words.size() == 1 &&
           isFillerWord(op.words[0].folded);
}

bool startsADayName(std::string_view v) {
    auto startsWith = [&](std::string_view name) {
        if (v.size() > name.size()) return false;
        for (size_t i = 0; i < v.size(); ++i)
            if (v[i] != (name[i] >= 'A' && name[i] <= 'Z' ? name[i] - 'A' + 'a' : name[i])) return false;
        return true;
    };
    for (const auto& d : kWeekdays)
        if (startsWith(d.name)) return true;
    return startsWith("weekdays") || startsWith("weekends");
}

uint8_t parseDays(std::string_view v) {
    if (v == "weekday" || v == "weekdays") return 0x1F;
    if (v == "weekend" || v == "weekends") return 0x60;
    int d = weekdayFromName(v);
    return d < 0 ? 0 : static_cast<uint8_t>(1u << d);
}

}  // namespace wgf::query
