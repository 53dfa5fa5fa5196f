// The registry's text in parts, for the tests and the fuzz target that check that the loader
// gives the same whatever the parts (src/model/text_source.h).
#pragma once

#include <string>
#include <string_view>

#include "model/load.h"
#include "model/text_source.h"

namespace wgf::testing {

// The text in parts of `size` bytes (the last one shorter), each copied into a buffer of its own,
// as the widget's and the file's sources give them. Counts the parts read.
class TextInParts final : public TextSource {
public:
    TextInParts(std::string_view text, size_t size) : text_(text), size_(size) {}
    size_t size() const override { return text_.size(); }
    std::string_view part(size_t offset) override {
        ++reads;
        return buffer_.assign(text_.substr(offset, size_));
    }
    size_t reads = 0;

private:
    std::string_view text_;
    size_t size_;
    std::string buffer_;
};

// All a load gives, as text: usable or fatal, every diagnostic with its place, the model written out.
inline std::string loadOutcome(const LoadResult& r) {
    std::string s = r.fatal ? "fatal\n" : "usable\n";
    for (const auto& d : r.diagnostics) s += d.toString() + "\n";
    return s + registryToJson(r.registry);
}

}  // namespace wgf::testing
