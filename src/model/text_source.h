// wgfinder: a registry's text, read in parts.
//
// The loader (load.h) reads the text front to back: once when it is valid JSON, again from the
// start when it is not (a scan for invalid UTF-8 and for nesting, then the parse), and, for a
// message, the part before a place. A TextSource gives it the text a part at a time, so that
// the whole text need not be in memory at once: the widget reads it from the page's copy, outside
// wasm memory (src/web/main_web.cpp), and a file can be read from disk. Text that is in memory
// already is one part (TextView).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <string>
#include <string_view>

namespace wgf {

class TextSource {
public:
    virtual ~TextSource() = default;
    // The text's length in bytes.
    virtual size_t size() const = 0;
    // Bytes from `offset` (< size()), at least one: valid until the next call.
    virtual std::string_view part(size_t offset) = 0;

    // Bytes [offset, offset + n) (fewer at the end) copied into one string.
    std::string copy(size_t offset, size_t n);
};

// Text already in memory: one part, read in place.
class TextView final : public TextSource {
public:
    explicit TextView(std::string_view text) : text_(text) {}
    size_t size() const override { return text_.size(); }
    std::string_view part(size_t offset) override { return text_.substr(offset); }

private:
    std::string_view text_;
};

// The text as a parser reads it (nlohmann's, in the loader and parseJson): an input iterator over
// the source's parts. Equal iterators are at the same offset; the end is made with end(). One
// reader of JSON text for every use keeps one instance of the parser in the widget's wasm.
class TextIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    TextIterator() = default;
    explicit TextIterator(TextSource& src) : src_(&src) { load(); }
    static TextIterator end(const TextSource& src) {
        TextIterator e;
        e.base_ = src.size();
        return e;
    }
    reference operator*() const { return *p_; }
    TextIterator& operator++() {
        if (++p_ == end_) {
            base_ += static_cast<size_t>(end_ - begin_);
            load();
        }
        return *this;
    }
    TextIterator operator++(int) {
        TextIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const TextIterator& o) const { return offset() == o.offset(); }
    bool operator!=(const TextIterator& o) const { return offset() != o.offset(); }

    // For a reader that takes runs of bytes at once (json_scan.h): whether the text has ended,
    // the offset of the next byte, the bytes from it to its part's end, and a step over `n` of them.
    bool atEnd() const { return p_ == nullptr; }
    size_t offset() const { return base_ + static_cast<size_t>(p_ - begin_); }
    std::string_view rest() const { return std::string_view(p_, static_cast<size_t>(end_ - p_)); }
    void skip(size_t n) {
        p_ += n;
        if (p_ != nullptr && p_ == end_) {
            base_ += static_cast<size_t>(end_ - begin_);
            load();
        }
    }

private:
    void load() {
        begin_ = p_ = end_ = nullptr;
        if (!src_ || base_ >= src_->size()) return;
        std::string_view part = src_->part(base_);
        if (part.empty()) {  // unreadable: the text ends here
            base_ = src_->size();
            return;
        }
        begin_ = p_ = part.data();
        end_ = p_ + part.size();
    }

    TextSource* src_ = nullptr;
    size_t base_ = 0;  // the offset of the part begin_ points to
    const char* begin_ = nullptr;
    const char* p_ = nullptr;
    const char* end_ = nullptr;
};

// A file read a part at a time (64 KiB). ok() is false when it could not be opened or sized.
class FileText final : public TextSource {
public:
    explicit FileText(const std::string& path);
    ~FileText() override;
    FileText(const FileText&) = delete;
    FileText& operator=(const FileText&) = delete;
    bool ok() const { return file_ != nullptr; }
    size_t size() const override { return size_; }
    std::string_view part(size_t offset) override;

private:
    std::FILE* file_ = nullptr;
    size_t size_ = 0;
    size_t next_ = SIZE_MAX;  // the file's position when known: where the last part ended
    std::string buffer_;
};

}  // namespace wgf
