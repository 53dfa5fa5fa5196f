// The quick JSON reader (src/model/json_scan.h) against nlohmann's: every SAX event of each as a
// line of text, for the unit tests and the registry fuzz target.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>

#include "model/json_scan.h"
#include "model/text_source.h"

namespace wgf::testing {

// Every event a reader gives, one line each, values spelled out exactly (a double by its bits).
struct JsonEventLog {
    using json = nlohmann::json;
    std::string log;

    bool null() { return add("null"); }
    bool boolean(bool v) { return add(v ? "true" : "false"); }
    bool number_integer(json::number_integer_t v) { return add("integer " + std::to_string(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return add("unsigned " + std::to_string(v)); }
    bool number_float(json::number_float_t v, const json::string_t& s) {
        char bits[64];
        std::snprintf(bits, sizeof bits, "%a", v);
        return add(std::string("float ") + bits + " " + s);
    }
    bool string(json::string_t& s) { return add("string " + std::to_string(s.size()) + " " + s); }
    bool binary(json::binary_t&) { return add("binary"); }
    bool start_object(std::size_t n) { return add("{ " + std::to_string(n)); }
    bool key(json::string_t& s) { return add("key " + std::to_string(s.size()) + " " + s); }
    bool end_object() { return add("}"); }
    bool start_array(std::size_t n) { return add("[ " + std::to_string(n)); }
    bool end_array() { return add("]"); }
    template <class Exception>
    bool parse_error(std::size_t, const std::string&, const Exception&) {
        add("error");
        return false;
    }

private:
    bool add(const std::string& line) {
        log += line;
        log += '\n';
        return true;
    }
};

// Both readers on `text`. "" when they agree: the quick one read the text to the end and gave
// nlohmann's events, or it gave up where nlohmann's parser fails too. Otherwise what differs.
// `quickRead` tells whether it read it all.
inline std::string compareJsonReaders(TextSource& text, bool* quickRead = nullptr) {
    JsonEventLog slow, quick;
    bool slowOk = nlohmann::json::sax_parse(TextIterator(text), TextIterator::end(text), &slow);
    JsonScan r = scanJson(text, quick);
    if (quickRead) *quickRead = r == JsonScan::Done;
    if (r == JsonScan::Stopped) return "the quick reader stopped, but no handler asked it to";
    if (r == JsonScan::GaveUp)
        return slowOk ? "the quick reader gave up on valid JSON; nlohmann's events:\n" + slow.log : "";
    if (!slowOk) return "the quick reader read text nlohmann's parser refuses:\n" + slow.log;
    if (quick.log != slow.log) return "the events differ:\nnlohmann's:\n" + slow.log + "quick:\n" + quick.log;
    return "";
}

}  // namespace wgf::testing
