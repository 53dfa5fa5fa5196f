#include "model/shared_text.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <ostream>

namespace wgf {

void Text::assign(std::string_view s) {
    release();
    if (s.empty()) return;
    void* raw = ::operator new(sizeof(Block) + s.size() + 1);
    block_ = new (raw) Block{1, static_cast<uint32_t>(s.size())};
    std::memcpy(block_->bytes(), s.data(), s.size());
    block_->bytes()[s.size()] = '\0';  // c_str()
}

Text::Text(const Text& o) noexcept : block_(o.block_) {
    if (block_) ++block_->refs;
}

Text& Text::operator=(const Text& o) noexcept {
    Text copy(o);
    swap(copy);
    return *this;
}

void Text::release() noexcept {
    if (block_ && --block_->refs == 0) ::operator delete(block_);
    block_ = nullptr;
}

std::string Text::str() const { return std::string(view()); }
Text::operator std::string() const { return std::string(view()); }

std::string Text::join(std::string_view a, std::string_view b) {
    std::string out;
    out.reserve(a.size() + b.size());
    return out.append(a).append(b);
}

Text& Text::operator+=(std::string_view s) {
    if (!s.empty()) *this = Text(str().append(s));
    return *this;
}

size_t Text::heapBytes() const noexcept { return block_ ? sizeof(Block) + block_->size + 1 : 0; }

std::ostream& operator<<(std::ostream& out, const Text& t) { return out << t.view(); }

Text TextPool::intern(std::string_view s) {
    if (s.empty()) return {};
    if (2 * (count_ + 1) > slots_.size()) {
        std::vector<Text> old(std::max<size_t>(64, 2 * slots_.size()));
        old.swap(slots_);
        for (Text& t : old)
            if (!t.empty()) {
                size_t i = std::hash<std::string_view>()(t.view()) & (slots_.size() - 1);
                while (!slots_[i].empty()) i = (i + 1) & (slots_.size() - 1);
                slots_[i] = std::move(t);
            }
    }
    size_t i = std::hash<std::string_view>()(s) & (slots_.size() - 1);
    for (; !slots_[i].empty(); i = (i + 1) & (slots_.size() - 1))
        if (slots_[i] == s) return slots_[i];
    slots_[i] = Text(s);
    ++count_;
    return slots_[i];
}

}  // namespace wgf
