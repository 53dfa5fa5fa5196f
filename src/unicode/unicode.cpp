// What the unicode module's two implementations share (see unicode.h).
#include "unicode/unicode.h"

#include <utf8proc.h>

namespace wgf::unicode {

void appendUtf8(std::string& out, int32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
        return;
    }
    utf8proc_uint8_t buf[4];
    auto len = utf8proc_encode_char(c, buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
}

}  // namespace wgf::unicode
