// wgfinder: Text, the model's string: immutable UTF-8 bytes that copies share.
//
// A registry holds hundreds of thousands of short fields, most of them empty (a meeting's notes,
// anchor, skips...) or repeated (companies, zones, rules, roles, topics). A std::string costs 12
// bytes in wasm (24 natively) even when empty, and each longer value its own allocation rounded
// up to 16 bytes. A Text is one pointer, null when empty, to a block sized to its bytes; copies
// count a reference instead of copying, so equal values interned with a TextPool (the loader's)
// are stored once. The 10,000-group benchmark registry's model took 13.9 MB of wasm memory with
// std::string, 9.7 MB with Text (docs/performance.md, "A compact model").
//
// It reads like a const std::string (size, data, c_str, find, substr, comparisons, converts to
// std::string_view and std::string); a field is changed by assigning a new value. Not for
// sharing between threads (the reference count is plain: the project has none).
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace wgf {

class Text {
public:
    static constexpr size_t npos = std::string_view::npos;

    Text() noexcept = default;
    Text(std::string_view s) { assign(s); }
    Text(const std::string& s) { assign(s); }
    Text(const char* s) { assign(s ? std::string_view(s) : std::string_view()); }
    Text(const Text& o) noexcept;
    Text(Text&& o) noexcept : block_(o.block_) { o.block_ = nullptr; }
    ~Text() {
        if (block_) release();
    }

    Text& operator=(const Text& o) noexcept;
    Text& operator=(Text&& o) noexcept {
        if (this != &o) {
            release();
            block_ = o.block_;
            o.block_ = nullptr;
        }
        return *this;
    }
    Text& operator=(std::string_view s) { return *this = Text(s); }
    Text& operator=(const std::string& s) { return *this = Text(s); }
    Text& operator=(const char* s) { return *this = Text(s); }
    Text& operator+=(std::string_view s);
    void swap(Text& o) noexcept {
        Block* b = block_;
        block_ = o.block_;
        o.block_ = b;
    }
    void clear() noexcept { release(); }

    size_t size() const noexcept { return block_ ? block_->size : 0; }
    size_t length() const noexcept { return size(); }
    bool empty() const noexcept { return block_ == nullptr; }
    const char* data() const noexcept { return block_ ? block_->bytes() : ""; }
    const char* c_str() const noexcept { return data(); }
    const char* begin() const noexcept { return data(); }
    const char* end() const noexcept { return data() + size(); }
    char operator[](size_t i) const noexcept { return data()[i]; }
    char front() const noexcept { return data()[0]; }
    char back() const noexcept { return data()[size() - 1]; }

    // Inlined always: -Oz left the view a call, and the index reads every field through it
    // (the cold load + index about 5% quicker as wasm, for 50 bytes).
    [[gnu::always_inline]] std::string_view view() const noexcept { return {data(), size()}; }
    std::string str() const;
    [[gnu::always_inline]] operator std::string_view() const noexcept { return view(); }
    operator std::string() const;

    size_t find(std::string_view s, size_t pos = 0) const noexcept { return view().find(s, pos); }
    size_t find(char c, size_t pos = 0) const noexcept { return view().find(c, pos); }
    size_t rfind(std::string_view s, size_t pos = npos) const noexcept { return view().rfind(s, pos); }
    size_t rfind(char c, size_t pos = npos) const noexcept { return view().rfind(c, pos); }
    size_t find_first_of(std::string_view s, size_t pos = 0) const noexcept { return view().find_first_of(s, pos); }
    size_t find_first_not_of(std::string_view s, size_t pos = 0) const noexcept {
        return view().find_first_not_of(s, pos);
    }
    size_t find_last_not_of(std::string_view s, size_t pos = npos) const noexcept {
        return view().find_last_not_of(s, pos);
    }
    bool starts_with(std::string_view s) const noexcept { return view().starts_with(s); }
    bool ends_with(std::string_view s) const noexcept { return view().ends_with(s); }
    // As std::string's: a copy (a view of a Text would not outlive a reassignment).
    std::string substr(size_t pos = 0, size_t n = npos) const { return std::string(view().substr(pos, n)); }
    int compare(std::string_view s) const noexcept { return view().compare(s); }

    // The bytes this value holds on the heap, or 0 when it shares none (empty); a shared
    // block is counted by each holder.
    size_t heapBytes() const noexcept;

    friend bool operator==(const Text& a, const Text& b) noexcept {
        return a.block_ == b.block_ || a.view() == b.view();
    }
    friend bool operator==(const Text& a, std::string_view b) noexcept { return a.view() == b; }
    friend bool operator==(const Text& a, const std::string& b) noexcept { return a.view() == b; }
    friend bool operator==(const Text& a, const char* b) noexcept { return a.view() == std::string_view(b); }
    friend std::strong_ordering operator<=>(const Text& a, const Text& b) noexcept { return a.compare(b.view()) <=> 0; }
    friend std::strong_ordering operator<=>(const Text& a, std::string_view b) noexcept { return a.compare(b) <=> 0; }
    friend std::strong_ordering operator<=>(const Text& a, const std::string& b) noexcept { return a.compare(b) <=> 0; }
    friend std::strong_ordering operator<=>(const Text& a, const char* b) noexcept { return a.compare(b) <=> 0; }

    // Joined with other text: a std::string, as std::string's own + gives (out of line: the
    // widget's bytes).
    friend std::string operator+(const Text& a, const Text& b) { return join(a.view(), b.view()); }
    friend std::string operator+(const Text& a, std::string_view b) { return join(a.view(), b); }
    friend std::string operator+(const Text& a, const std::string& b) { return join(a.view(), b); }
    friend std::string operator+(const Text& a, const char* b) { return join(a.view(), b); }
    friend std::string operator+(const Text& a, char b) { return join(a.view(), std::string_view(&b, 1)); }
    friend std::string operator+(std::string_view a, const Text& b) { return join(a, b.view()); }
    friend std::string operator+(const std::string& a, const Text& b) { return join(a, b.view()); }
    friend std::string operator+(const char* a, const Text& b) { return join(a, b.view()); }
    friend std::string operator+(char a, const Text& b) { return join(std::string_view(&a, 1), b.view()); }

private:
    struct Block {
        uint32_t refs;
        uint32_t size;
        char* bytes() noexcept { return reinterpret_cast<char*>(this + 1); }
    };
    static std::string join(std::string_view a, std::string_view b);
    void assign(std::string_view s);
    void release() noexcept;
    Block* block_ = nullptr;
};

std::ostream& operator<<(std::ostream& out, const Text& t);
inline std::string& operator+=(std::string& a, const Text& b) { return a.append(b.view()); }

// Equal values share one block: the loader interns the fields that repeat across groups
// (companies, roles, kinds, zones, rules, titles, topics). Lives while a registry is read.
class TextPool {
public:
    Text intern(std::string_view s);
    size_t size() const { return count_; }

private:
    // Open addressing over the values themselves (4 bytes a slot in wasm, at most half full): a
    // map of views to values took more while loading than sharing saved. Each slot's hash beside
    // it: a probe reads a value's bytes only when the hashes are equal (the values are scattered
    // over the heap, so each read is likely a cache miss).
    std::vector<Text> slots_;
    std::vector<uint32_t> hashes_;
    size_t count_ = 0;
};

}  // namespace wgf

template <>
struct std::hash<wgf::Text> {
    size_t operator()(const wgf::Text& t) const noexcept { return std::hash<std::string_view>()(t.view()); }
};
