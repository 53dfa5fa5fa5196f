#include "model/text_source.h"

#include <algorithm>

namespace wgf {

std::string TextSource::copy(size_t offset, size_t n) {
    std::string out;
    const size_t end = std::min(size(), offset + n);
    while (offset < end) {
        std::string_view p = part(offset);
        if (p.empty()) break;  // could not be read
        p = p.substr(0, end - offset);
        out.append(p);
        offset += p.size();
    }
    return out;
}

FileText::FileText(const std::string& path) {
    file_ = std::fopen(path.c_str(), "rb");
    if (!file_) return;
    long n = -1;
    if (std::fseek(file_, 0, SEEK_END) == 0) n = std::ftell(file_);
    if (n < 0) {
        std::fclose(file_);
        file_ = nullptr;
        return;
    }
    size_ = static_cast<size_t>(n);
}

FileText::~FileText() {
    if (file_) std::fclose(file_);
}

std::string_view FileText::part(size_t offset) {
    constexpr size_t kPart = 64 * 1024;
    if (!file_ || offset >= size_) return {};
    buffer_.resize(std::min(kPart, size_ - offset));
    // Read front to back, parts follow each other: a seek only for a part elsewhere (a message's
    // place, a second reading), as each is a call out of wasm.
    if (offset != next_ && std::fseek(file_, static_cast<long>(offset), SEEK_SET) != 0) {
        next_ = SIZE_MAX;
        return {};
    }
    size_t got = std::fread(buffer_.data(), 1, buffer_.size(), file_);
    next_ = got == buffer_.size() ? offset + got : SIZE_MAX;  // unknown after a short read
    return std::string_view(buffer_.data(), got);
}

}  // namespace wgf
