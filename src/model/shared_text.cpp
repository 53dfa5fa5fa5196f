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
        std::vector<uint32_t> oldHashes(old.size());
        old.swap(slots_);
        oldHashes.swap(hashes_);
        const size_t mask = slots_.size() - 1;
        for (size_t j = 0; j < old.size(); ++j)
            if (!old[j].empty()) {
                size_t i = oldHashes[j] & mask;
                while (!slots_[i].empty()) i = (i + 1) & mask;
                slots_[i] = std::move(old[j]);
                hashes_[i] = oldHashes[j];
            }
    }
    const auto hash = static_cast<uint32_t>(std::hash<std::string_view>()(s));
    const size_t mask = slots_.size() - 1;
    size_t i = hash & mask;
    for (; !slots_[i].empty(); i = (i + 1) & mask)
        if (hashes_[i] == hash && slots_[i] == s) return slots_[i];
    slots_[i] = Text(s);
    hashes_[i] = hash;
    ++count_;
    return slots_[i];
}

}  // namespace wgf
