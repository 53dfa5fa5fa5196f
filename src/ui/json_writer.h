// wgfinder: JSON text written field by field, for what the widget sends the page every frame.
//
// nlohmann::json's initializer lists cost the widget kilobytes of code per object shape; the
// accessible mirror's parts are written with this instead (the first visit has a size budget).
// Writes compact JSON; strings are escaped as RFC 8259 requires (quote, backslash, controls) and
// invalid UTF-8 is replaced (U+FFFD), as nlohmann's dump with error_handler_t::replace does.
#pragma once

#include <string>
#include <string_view>

#include "model/text.h"

namespace wgf::ui {

class JsonWriter {
public:
    JsonWriter& open(char bracket) {  // '{' or '['
        separate();
        out_ += bracket;
        comma_ = false;
        return *this;
    }
    JsonWriter& close(char bracket) {  // '}' or ']'
        out_ += bracket;
        comma_ = true;
        return *this;
    }
    JsonWriter& key(std::string_view k) {
        separate();
        quoted(k);
        out_ += ':';
        comma_ = false;
        return *this;
    }
    JsonWriter& str(std::string_view v) {
        separate();
        quoted(v);
        comma_ = true;
        return *this;
    }
    JsonWriter& num(size_t v) { return raw(std::to_string(v)); }
    JsonWriter& boolean(bool v) { return raw(v ? "true" : "false"); }
    JsonWriter& null() { return raw("null"); }
    // "key": "value", the common case.
    JsonWriter& field(std::string_view k, std::string_view v) { return key(k).str(v); }

    const std::string& text() const { return out_; }

private:
    JsonWriter& raw(std::string_view v) {
        separate();
        out_ += v;
        comma_ = true;
        return *this;
    }
    void separate() {
        if (comma_) out_ += ',';
        comma_ = false;
    }
    void quoted(std::string_view s) {
        // Text that is not UTF-8 (a query from a link's %FF) is written repaired: JSON is UTF-8.
        std::string repaired;
        if (findInvalidUtf8(s) != std::string_view::npos) s = repaired = repairUtf8(s);
        out_ += '"';
        for (char c : s) {
            if (c == '"' || c == '\\') {
                out_ += '\\';
                out_ += c;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                const char* hex = "0123456789abcdef";
                out_ += "\\u00";
                out_ += hex[(c >> 4) & 0xF];
                out_ += hex[c & 0xF];
            } else {
                out_ += c;
            }
        }
        out_ += '"';
    }

    std::string out_;
    bool comma_ = false;
};

}  // namespace wgf::ui
