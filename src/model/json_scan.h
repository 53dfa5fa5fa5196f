// wgfinder: a quick reader of valid JSON text that gives the events of nlohmann's SAX interface.
//
// nlohmann's lexer was about half of a registry's load: it reads a character at a time, appends
// each character of a string to its token one by one and keeps every token's text for its
// messages. scanJson gives a SAX handler the same events, in the same order and with the same
// values, for text that is valid JSON, copying a string's runs of plain characters in one go. At
// the first thing that is not valid JSON (as nlohmann's parser judges it: a byte order mark at the
// start is passed over, a number too large for a double is an error) it gives up; the caller then
// throws that handler's work away and, for a message that names the place and the reason, parses
// the text again with nlohmann's parser.
// So valid text costs one quick pass, and text with an error what it cost before plus a part of
// a quick pass.
//
//   Streamer st(...);
//   if (scanJson(text, st) == JsonScan::GaveUp) { /* a fresh handler, then json::sax_parse */ }
//
// The widget's small documents (json_text.h) are read by it alone: the text is valid or not.
//
// Specified by tests/unit/model_json_scan.cpp: the events of both readers on the same texts.
#pragma once

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "model/text.h"
#include "model/text_source.h"
#include "unicode/unicode.h"

namespace wgf {

enum class JsonScan {
    Done,     // the text is one valid JSON value; every event was given
    Stopped,  // the handler returned false (as nlohmann's sax_parse, which then returns false)
    GaveUp,   // not read to the end: parse the text again with nlohmann's parser, a fresh handler
    TooDeep,  // a bracket opened more than `maxDepth` levels: not read further (*end is its offset)
};

namespace json_scan {

// The text's bytes one at a time, or a run of them at once, across its parts (TextIterator).
class Cursor {
public:
    explicit Cursor(TextSource& src) : it_(src) {}
    // The next byte, or -1 at the end (or where the text cannot be read).
    int peek() const { return it_.atEnd() ? -1 : static_cast<unsigned char>(*it_); }
    // The offset of the next byte in the text (its size at the end).
    size_t offset() const { return it_.offset(); }
    int take() {
        int c = peek();
        if (c >= 0) ++it_;
        return c;
    }
    void skipSpace() {
        for (int c; (c = peek()) == ' ' || c == '\n' || c == '\r' || c == '\t';) ++it_;
    }
    // The plain characters of a string from here to the next '"', '\\', control or non-ASCII byte
    // (or the part's end) appended to `out`.
    void takeRun(std::string& out) {
        std::string_view rest = it_.rest();
        size_t n = 0;
        for (; n < rest.size(); ++n) {
            auto c = static_cast<unsigned char>(rest[n]);
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
        }
        out.append(rest.data(), n);
        it_.skip(n);
    }

private:
    TextIterator it_;
};

// Four hex digits after "\u", or -1.
inline int32_t hex4(Cursor& in) {
    int32_t v = 0;
    for (int i = 0; i < 4; ++i) {
        int c = in.take();
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

// A UTF-8 sequence whose first byte `lead` was taken, judged as everywhere else (codePointAt:
// utf8proc's rules, which are nlohmann's lexer's too): appended, or false.
inline bool takeUtf8(Cursor& in, int lead, std::string& out) {
    char bytes[4] = {static_cast<char>(lead)};
    size_t n = 1;
    for (int c; n < 4 && ((c = in.peek()) & 0xC0) == 0x80; ++n) bytes[n] = static_cast<char>(in.take());
    size_t length = 0;
    if (codePointAt(std::string_view(bytes, n), 0, length) < 0 || length != n) return false;
    out.append(bytes, n);
    return true;
}

// A string's contents after its opening quote, unescaped into `out`; false if it is not valid.
inline bool takeString(Cursor& in, std::string& out) {
    out.clear();
    for (;;) {
        in.takeRun(out);
        int c = in.take();
        if (c == '"') return true;
        if (c < 0x20) return false;  // the end, or a control character
        if (c >= 0x80) {
            if (!takeUtf8(in, c, out)) return false;
            continue;
        }
        if (c != '\\') {  // a plain character the run stopped before: the part ended there
            out += static_cast<char>(c);
            continue;
        }
        switch (in.take()) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                int32_t cp = hex4(in);
                if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {  // a high surrogate: its low one must follow
                    if (in.take() != '\\' || in.take() != 'u') return false;
                    int32_t low = hex4(in);
                    if (low < 0xDC00 || low > 0xDFFF) return false;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                unicode::appendUtf8(out, cp);
                break;
            }
            default: return false;
        }
    }
}

// The rest of a literal whose first letter was taken.
inline bool takeWord(Cursor& in, const char* rest) {
    for (; *rest; ++rest)
        if (in.take() != *rest) return false;
    return true;
}

// A number whose first character `first` was taken, given as nlohmann's lexer gives it: an
// integer that fits as unsigned (no '-') or signed (with '-'), otherwise a double with its text.
template <class Sax>
JsonScan takeNumber(Cursor& in, int first, Sax& sax, std::string& text) {
    text.clear();
    text += static_cast<char>(first);
    auto digits = [&] {
        size_t n = 0;
        for (int c; (c = in.peek()) >= '0' && c <= '9'; ++n) text += static_cast<char>(in.take());
        return n;
    };
    int lead = first;
    if (first == '-') {
        lead = in.take();
        if (lead < '0' || lead > '9') return JsonScan::GaveUp;
        text += static_cast<char>(lead);
    }
    if (lead != '0') digits();
    bool integer = true;
    if (in.peek() == '.') {
        text += static_cast<char>(in.take());
        if (digits() == 0) return JsonScan::GaveUp;
        integer = false;
    }
    if (int c = in.peek(); c == 'e' || c == 'E') {
        text += static_cast<char>(in.take());
        if (int s = in.peek(); s == '+' || s == '-') text += static_cast<char>(in.take());
        if (digits() == 0) return JsonScan::GaveUp;
        integer = false;
    }
    char* end = nullptr;
    if (integer) {
        errno = 0;
        if (first == '-') {
            long long v = std::strtoll(text.c_str(), &end, 10);
            if (errno == 0) return sax.number_integer(v) ? JsonScan::Done : JsonScan::Stopped;
        } else {
            unsigned long long v = std::strtoull(text.c_str(), &end, 10);
            if (errno == 0) return sax.number_unsigned(v) ? JsonScan::Done : JsonScan::Stopped;
        }
    }
    double v = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !std::isfinite(v)) return JsonScan::GaveUp;
    return sax.number_float(v, text) ? JsonScan::Done : JsonScan::Stopped;
}

}  // namespace json_scan

// Reads `text` as one JSON value, giving `sax` nlohmann's SAX events (see the top of this file).
// When it is Done, `*end` (if given) is where the text ended: its size, or the offset of a NUL
// byte after the value, which nlohmann's lexer reads as the end (for C strings). A bracket that
// would open more than `maxDepth` levels (empty or not) stops it before its event: TooDeep, with
// `*end` at that bracket, so that a hostile "[[[[..." never reaches the handler deeper than that.
template <class Sax>
JsonScan scanJson(TextSource& text, Sax& sax, size_t* end = nullptr, size_t maxDepth = SIZE_MAX) {
    using namespace json_scan;
    constexpr size_t kUnknownSize = static_cast<size_t>(-1);  // nlohmann's SAX parser gives this
    Cursor in(text);
    std::string inObject;  // the open containers, innermost last: 1 an object, 0 an array
    std::string token;
    auto given = [](bool ok) { return ok ? JsonScan::Done : JsonScan::Stopped; };
    if (in.peek() == 0xEF) {  // a byte order mark, passed over as nlohmann's lexer does
        in.take();
        if (in.take() != 0xBB || in.take() != 0xBF) return JsonScan::GaveUp;
    }
    enum class Next { Value, Key, After } next = Next::Value;
    for (;;) {
        in.skipSpace();
        if (next == Next::Key) {  // a member's name, its colon and then its value
            if (in.take() != '"' || !takeString(in, token)) return JsonScan::GaveUp;
            if (!sax.key(token)) return JsonScan::Stopped;
            in.skipSpace();
            if (in.take() != ':') return JsonScan::GaveUp;
            next = Next::Value;
            continue;
        }
        if (next == Next::After) {  // a value is complete: what follows it
            if (inObject.empty()) {
                if (in.peek() > 0) return JsonScan::GaveUp;  // more than white space after the value
                if (end) *end = in.offset();  // the text's size, or the offset of a NUL byte
                return JsonScan::Done;
            }
            int c = in.take();
            if (c == ',') {
                next = inObject.back() ? Next::Key : Next::Value;
            } else if (c == (inObject.back() ? '}' : ']')) {
                bool object = inObject.back();
                inObject.pop_back();
                if (!(object ? sax.end_object() : sax.end_array())) return JsonScan::Stopped;
            } else {
                return JsonScan::GaveUp;
            }
            continue;
        }
        JsonScan r = JsonScan::Done;
        switch (int c = in.take()) {
            case '{':
            case '[': {
                const bool object = c == '{';
                if (inObject.size() >= maxDepth) {
                    if (end) *end = in.offset() - 1;
                    return JsonScan::TooDeep;
                }
                if (!(object ? sax.start_object(kUnknownSize) : sax.start_array(kUnknownSize))) return JsonScan::Stopped;
                in.skipSpace();
                if (in.peek() == (object ? '}' : ']')) {  // empty
                    in.take();
                    r = given(object ? sax.end_object() : sax.end_array());
                    break;
                }
                inObject.push_back(object);
                if (object) next = Next::Key;  // an array's next is still a value
                continue;
            }
            case '"':
                if (!takeString(in, token)) return JsonScan::GaveUp;
                r = given(sax.string(token));
                break;
            case 't': r = takeWord(in, "rue") ? given(sax.boolean(true)) : JsonScan::GaveUp; break;
            case 'f': r = takeWord(in, "alse") ? given(sax.boolean(false)) : JsonScan::GaveUp; break;
            case 'n': r = takeWord(in, "ull") ? given(sax.null()) : JsonScan::GaveUp; break;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) r = takeNumber(in, c, sax, token);
                else r = JsonScan::GaveUp;  // the end, anything else
        }
        if (r != JsonScan::Done) return r;
        next = Next::After;
    }
}

}  // namespace wgf
