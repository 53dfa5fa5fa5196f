#include "import/links.h"

#include <algorithm>
#include <vector>

#include "model/text.h"

namespace wgf::importer {

namespace {

// RFC 3986 section 5.2.4.
std::string removeDotSegments(std::string_view path) {
    std::vector<std::string_view> out;
    bool absolute = !path.empty() && path.front() == '/';
    bool trailingSlash = false;
    size_t i = absolute ? 1 : 0;
    while (i <= path.size()) {
        size_t j = path.find('/', i);
        if (j == std::string_view::npos) j = path.size();
        auto seg = path.substr(i, j - i);
        trailingSlash = false;
        if (seg == "..") {
            if (!out.empty()) out.pop_back();
            trailingSlash = true;
        } else if (seg == ".") {
            trailingSlash = true;
        } else {
            out.push_back(seg);
        }
        i = j + 1;
    }
    std::string s = absolute ? "/" : "";
    for (size_t k = 0; k < out.size(); ++k) s += std::string(k ? "/" : "") + std::string(out[k]);
    if (trailingSlash && (s.empty() || s.back() != '/')) s += '/';
    return s;
}

}  // namespace

std::string resolveUrl(std::string_view rawHref, std::string_view rawBase) {
    auto href = trim(rawHref);
    auto base = trim(rawBase);
    if (href.empty() || classifyLink(href) != LinkKind::Relative) return std::string(href);
    if (toLower(href.substr(0, 4)) == "www.") return "https://" + std::string(href);
    auto colon = base.find(':');
    if (base.empty() || colon == std::string_view::npos || classifyLink(base) == LinkKind::Relative) return std::string(href);

    // Split the base into scheme ":" ["//" authority] path ["?" query] ["#" fragment].
    auto scheme = base.substr(0, colon);
    auto rest = base.substr(colon + 1);
    std::string_view authority;
    bool hasAuthority = rest.substr(0, 2) == "//";
    if (hasAuthority) {
        size_t end = rest.find_first_of("/?#", 2);
        if (end == std::string_view::npos) end = rest.size();
        authority = rest.substr(2, end - 2);
        rest = rest.substr(end);
    }
    auto withoutFragment = base.substr(0, base.find('#'));
    auto path = rest.substr(0, rest.find_first_of("?#"));
    std::string origin = std::string(scheme) + ":" + (hasAuthority ? "//" + std::string(authority) : "");

    if (href.substr(0, 2) == "//") return std::string(scheme) + ":" + std::string(href);
    if (href.front() == '#') return std::string(withoutFragment) + std::string(href);
    if (href.front() == '?') return origin + std::string(path) + std::string(href);

    size_t tailAt = href.find_first_of("?#");
    auto refPath = href.substr(0, tailAt);
    std::string tail = tailAt == std::string_view::npos ? "" : std::string(href.substr(tailAt));
    std::string merged;
    if (refPath.front() == '/') {
        merged = std::string(refPath);
    } else if (hasAuthority && path.empty()) {
        merged = "/" + std::string(refPath);
    } else {
        auto slash = path.rfind('/');
        merged = (slash == std::string_view::npos ? "" : std::string(path.substr(0, slash + 1))) + std::string(refPath);
    }
    return origin + removeDotSegments(merged) + tail;
}

namespace {

struct Word {
    size_t begin, end;  // letters of the word (no surrounding punctuation)
    char after;         // the character right after the word ('\0' at the end)
};

bool isWordChar(char c) {
    auto u = static_cast<unsigned char>(c);
    return (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') || u >= 0x80 || c == '-' || c == '\'';
}

std::vector<Word> wordsOf(std::string_view text, size_t from, size_t to) {
    std::vector<Word> out;
    size_t i = from;
    while (i < to) {
        while (i < to && !isWordChar(text[i])) ++i;
        size_t b = i;
        while (i < to && isWordChar(text[i])) ++i;
        if (i > b) out.push_back({b, i, i < text.size() ? text[i] : '\0'});
    }
    return out;
}

bool isFunctionWord(std::string_view w) {
    static const char* const words[] = {
        "and", "or", "but", "nor", "to", "for", "of", "in", "on", "at", "by", "with", "from", "into", "onto",
        "over", "via", "per", "about", "as", "before", "after", "if", "when", "where", "which", "that",
        "who", "whose", "so", "than", "then", "while", "until", "the", "a", "an", "it", "its", "this",
        "these", "those", "is", "are", "was", "were", "be", "been", "can", "could", "may", "might",
        "will", "would", "shall", "should", "must", "do", "does", "has", "have", "had", "under",
        "inside", "within", "live", "lives", "sit", "sits", "reside", "resides", "stay", "stays",
        "first", "now", "too", "also", "here", "there", "today", "below", "above", "instead", "again",
    };
    for (auto* f : words)
        if (w == f) return true;
    return false;
}

bool isPlacePreposition(std::string_view w) {
    return w == "in" || w == "on" || w == "at" || w == "from" || w == "under" || w == "inside" || w == "within";
}

bool isDeterminer(std::string_view w) {
    return w == "a" || w == "an" || w == "the" || w == "all" || w == "our" || w == "every" || w == "each" ||
           w == "its" || w == "their" || w == "any";
}

// The noun phrase a clause opens with: "Design documents written by..." -> "Design documents".
// Empty when the clause does not open with one (more than five words before any verb).
std::string leadingNounPhrase(std::string_view text, size_t from, size_t to) {
    auto words = wordsOf(text, from, to);
    size_t i = 0;
    while (i < words.size() && isDeterminer(toLower(text.substr(words[i].begin, words[i].end - words[i].begin)))) ++i;
    size_t first = i, last = i;
    for (; i < words.size(); ++i) {
        auto w = toLower(text.substr(words[i].begin, words[i].end - words[i].begin));
        bool participle = i > first && w.size() > 4 &&
                          (w.compare(w.size() - 2, 2, "ed") == 0 || w.compare(w.size() - 2, 2, "en") == 0);
        if (isFunctionWord(w) || participle) break;
        last = i + 1;
        if (words[i].after == ',' || words[i].after == ':') break;
        if (last - first > 5) return {};
    }
    if (last == first || (i == words.size() && last == words.size())) return {};
    return std::string(text.substr(words[first].begin, words[last - 1].end - words[first].begin));
}

// The first letter upper-cased when the first word is a plain lower-case word: "contributing"
// -> "Contributing", but identifiers stay as written ("istio-core", "wg-leads@discuss.istio.io",
// "#docs", "knative/serving").
std::string capitalised(std::string_view s) {
    std::string out(s);
    size_t end = out.find(' ');
    auto first = std::string_view(out).substr(0, end);
    bool plain = !first.empty() && std::all_of(first.begin(), first.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '\''; });
    if (plain) out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

// Link text that says nothing of where the link goes: "here", "this link".
bool isGeneric(std::string_view text) {
    auto t = toLower(text);
    for (const char* g : {"here", "this", "link", "this link", "click here", "this page", "page", "there", "more", "read more"})
        if (t == g) return true;
    return false;
}

bool endsSentence(std::string_view text, size_t i) {
    char c = text[i];
    if (c == ';' || c == '\n') return true;
    if (c != '.' && c != '!' && c != '?') return false;
    return i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n';
}

}  // namespace

std::string labelFromContext(const RichText& paragraph, const TextLink& link) {
    const std::string_view text = paragraph.text;
    const std::string linkText = collapseSpaces(paragraph.linkText(link));
    auto at = linkText.find('@');
    bool email = at != std::string::npos && at > 0 && linkText.find('.', at) != std::string::npos && linkText.find(' ') == std::string::npos;
    bool textIsAddress = linkText.empty() || email || classifyLink(linkText) == LinkKind::Safe || linkText == trim(link.href) ||
                         toLower(linkText.substr(0, 4)) == "www.";
    bool generic = isGeneric(linkText);
    // 0. The link's own words, when they say something.
    if (!textIsAddress && !generic) return capitalised(linkText);

    size_t start = link.begin;
    while (start > 0 && !endsSentence(text, start - 1)) --start;
    if (generic) {
        // "..., and the notes can be found [here]": the clause of the link, not the sentence.
        auto comma = text.substr(start, link.begin - start).rfind(',');
        if (comma != std::string_view::npos) start += comma + 1;
        auto rest = toLower(trim(text.substr(start, link.begin - start)));
        for (std::string_view conj : {"and ", "or ", "but ", "so "})
            if (rest.rfind(conj, 0) == 0) start = static_cast<size_t>(trim(text.substr(start)).data() - text.data()) + conj.size();
    }
    size_t end = link.end;
    while (end < text.size() && !endsSentence(text, end)) ++end;

    // 1. Purpose clause.
    auto before = trim(text.substr(start, link.begin - start));
    auto lowerBefore = toLower(before);
    for (std::string_view opener : {"to ", "for "}) {
        auto comma = before.find(',');
        if (lowerBefore.rfind(opener, 0) == 0 && comma != std::string_view::npos) {
            auto purpose = trim(before.substr(opener.size(), comma - opener.size()));
            if (!purpose.empty()) return capitalised(purpose);
        }
    }

    // An e-mail address is its own best name when no purpose is given.
    if (email) return linkText;

    // 2. Place: "... live in a [shared drive]".
    auto subject = leadingNounPhrase(text, start, link.begin);
    auto prior = wordsOf(text, start, link.begin);
    if (!prior.empty()) {
        size_t k = prior.size() - 1;
        auto w = toLower(text.substr(prior[k].begin, prior[k].end - prior[k].begin));
        if (isDeterminer(w) && k > 0) w = toLower(text.substr(prior[k - 1].begin, prior[k - 1].end - prior[k - 1].begin));
        if (isPlacePreposition(w) && !subject.empty() && !linkText.empty()) {
            std::string label = subject;
            if (!generic) label.append(" (").append(linkText).append(")");
            return capitalised(label);
        }
    }

    // 4. An address as its own text: say what it is if the sentence does.
    if (!subject.empty()) return capitalised(subject);
    return linkText.empty() || generic ? std::string(trim(link.href)) : linkText;
}

}  // namespace wgf::importer
