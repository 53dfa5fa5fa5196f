// wgfinder, inside the registry loader (load.cpp and load_reader.h): the JSON of one group, or
// of the registry's top-level fields, as a small tree that the Reader checks and converts.
//
// The loader used nlohmann's DOM for this: a heap block for every value, key and container of
// every group, made and freed group after group (with the parse, most of the load's time). A Tree
// keeps the values of one group in three arrays that are reused from group to group, so a load
// allocates only what the model keeps. What a Value answers is what nlohmann's DOM answered: a
// key given twice holds its last value, integers are signed or unsigned as nlohmann's parser
// reads them, and a value spelled out in a message (toJson) is nlohmann's own dump of it. (The
// DOM also kept an object's keys sorted: the Reader sorts the few it reports, the unknown ones.)
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace wgf::loader {

enum class Kind : uint8_t { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };

class Tree;

// One value of a Tree, by its place; a default Value is "absent" (a field not given), which
// is_null() answers as it does JSON's null (the Reader treats both alike).
class Value {
public:
    Value() = default;
    Value(const Tree* tree, uint32_t node) : tree_(tree), node_(node) {}
    explicit operator bool() const { return tree_ != nullptr; }

    Kind kind() const;
    bool is_null() const { return kind() == Kind::Null; }
    bool is_string() const { return kind() == Kind::String; }
    bool is_array() const { return kind() == Kind::Array; }
    bool is_object() const { return kind() == Kind::Object; }
    bool is_number_integer() const { return kind() == Kind::Integer || kind() == Kind::Unsigned; }
    // A string's text (valid while the tree is).
    std::string_view text() const;
    // An integer as nlohmann's get<long long>() gives it (an unsigned one converted).
    long long integer() const;
    // The items of an array or members of an object (an object's in the order they came, a key
    // given twice twice: field() and toJson() answer as nlohmann's DOM, with its last value).
    size_t size() const;
    Value operator[](size_t i) const;
    // An object's member's key (i < size()).
    std::string_view key(size_t i) const;
    // An object's field (its last value), or an absent Value.
    Value field(std::string_view key) const;
    // The value as nlohmann's DOM holds it, for a message that spells it out (dump()).
    nlohmann::json toJson() const;

private:
    const Tree* tree_ = nullptr;
    uint32_t node_ = 0;
};

// The values of one JSON value, built from SAX events (TreeBuilder) and read through Values.
class Tree {
public:
    // The value the events built (the first node); absent when none was.
    Value root() const { return nodes_.empty() ? Value() : Value(this, 0); }

private:
    friend class Value;
    friend class TreeBuilder;
    struct Node {
        Kind kind = Kind::Null;
        bool boolean = false;
        uint32_t keyAt = 0, keyLength = 0;  // a member's key in chars_
        uint32_t at = 0, length = 0;        // a string in chars_; a container's children in kids_
        union {
            long long integer;
            unsigned long long unsignedInteger;
            double number = 0;
        };
    };
    std::string_view chars(uint32_t at, uint32_t length) const { return std::string_view(chars_.data() + at, length); }

    std::vector<Node> nodes_;
    std::vector<uint32_t> kids_;  // each container's children, one run per container
    std::string chars_;           // every key and string, one after the other
};

// Fills a Tree from the events of nlohmann's SAX interface (the loader's Streamer forwards them),
// reusing the tree's room: reset() before each value.
class TreeBuilder {
public:
    explicit TreeBuilder(Tree& tree) : tree_(tree) {}
    void reset() {
        tree_.nodes_.clear();
        tree_.kids_.clear();
        tree_.chars_.clear();
        open_.clear();
        pending_.clear();
        key_ = {};
    }
    void null() { add(Kind::Null); }
    void boolean(bool v) { add(Kind::Boolean).boolean = v; }
    void integer(long long v) { add(Kind::Integer).integer = v; }
    void unsignedInteger(unsigned long long v) { add(Kind::Unsigned).unsignedInteger = v; }
    void number(double v) { add(Kind::Float).number = v; }
    void string(std::string_view s) {
        uint32_t at = store(s);
        Tree::Node& n = add(Kind::String);
        n.at = at;
        n.length = static_cast<uint32_t>(s.size());
    }
    void key(std::string_view k) {
        key_.first = store(k);
        key_.second = static_cast<uint32_t>(k.size());
    }
    void open(Kind kind) {
        add(kind);
        open_.push_back({static_cast<uint32_t>(tree_.nodes_.size() - 1), static_cast<uint32_t>(pending_.size())});
    }
    // The innermost open container is complete: its children get their run in kids_ (an
    // object's members in the order they came; Value::field takes a key's last one).
    void close() {
        if (open_.empty()) return;
        auto [node, from] = open_.back();
        open_.pop_back();
        Tree::Node& n = tree_.nodes_[node];
        n.at = static_cast<uint32_t>(tree_.kids_.size());
        n.length = static_cast<uint32_t>(pending_.size() - from);
        tree_.kids_.insert(tree_.kids_.end(), pending_.begin() + from, pending_.end());
        pending_.resize(from);
    }

private:
    uint32_t store(std::string_view s) {
        auto at = static_cast<uint32_t>(tree_.chars_.size());
        tree_.chars_.append(s);
        return at;
    }
    Tree::Node& add(Kind kind) {
        auto index = static_cast<uint32_t>(tree_.nodes_.size());
        Tree::Node& n = tree_.nodes_.emplace_back();
        n.kind = kind;
        if (!open_.empty()) {  // a child of the innermost container (an object's, under the key just given)
            pending_.push_back(index);
            n.keyAt = key_.first;
            n.keyLength = key_.second;
        }
        return n;
    }

    Tree& tree_;
    std::vector<std::pair<uint32_t, uint32_t>> open_;  // open containers: their node, their first child in pending_
    std::vector<uint32_t> pending_;                    // the children of the open containers so far
    std::pair<uint32_t, uint32_t> key_;                // the last key given
};

inline Kind Value::kind() const { return tree_ ? tree_->nodes_[node_].kind : Kind::Null; }
inline std::string_view Value::text() const {
    const auto& n = tree_->nodes_[node_];
    return n.kind == Kind::String ? tree_->chars(n.at, n.length) : std::string_view();
}
inline long long Value::integer() const {
    const auto& n = tree_->nodes_[node_];
    return n.kind == Kind::Unsigned ? static_cast<long long>(n.unsignedInteger) : n.kind == Kind::Integer ? n.integer : 0;
}
inline size_t Value::size() const {
    const auto& n = tree_->nodes_[node_];
    return n.kind == Kind::Array || n.kind == Kind::Object ? n.length : 0;
}
inline Value Value::operator[](size_t i) const { return Value(tree_, tree_->kids_[tree_->nodes_[node_].at + i]); }
inline std::string_view Value::key(size_t i) const {
    const auto& n = tree_->nodes_[tree_->kids_[tree_->nodes_[node_].at + i]];
    return tree_->chars(n.keyAt, n.keyLength);
}
inline Value Value::field(std::string_view k) const {
    if (!is_object()) return {};
    const auto& n = tree_->nodes_[node_];
    const uint32_t* kid = tree_->kids_.data() + n.at;
    for (uint32_t i = n.length; i-- > 0;) {  // from the last: a key given twice holds its last value
        const auto& m = tree_->nodes_[kid[i]];
        if (m.keyLength == k.size() && std::memcmp(tree_->chars_.data() + m.keyAt, k.data(), k.size()) == 0)
            return Value(tree_, kid[i]);
    }
    return {};
}
inline nlohmann::json Value::toJson() const {
    const auto& n = tree_->nodes_[node_];
    switch (n.kind) {
        case Kind::Null: return nullptr;
        case Kind::Boolean: return n.boolean;
        case Kind::Integer: return n.integer;
        case Kind::Unsigned: return n.unsignedInteger;
        case Kind::Float: return n.number;
        case Kind::String: return std::string(text());
        case Kind::Array: {
            nlohmann::json a = nlohmann::json::array();
            for (size_t i = 0; i < size(); ++i) a.push_back((*this)[i].toJson());
            return a;
        }
        case Kind::Object: {
            nlohmann::json o = nlohmann::json::object();
            for (size_t i = 0; i < size(); ++i) o[std::string(key(i))] = (*this)[i].toJson();
            return o;
        }
    }
    return nullptr;
}

}  // namespace wgf::loader
