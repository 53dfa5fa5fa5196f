// wgfinder importer: links of the page -> absolute addresses and readable labels.
#pragma once

#include <string>
#include <string_view>

#include "import/outline.h"

namespace wgf::importer {

// Resolves `href` against `base` the way a browser does (RFC 3986 section 5.2: "//host",
// "/path", "?query", "#fragment", relative paths with "./" and "../"). Absolute hrefs, and every
// href when `base` is empty or has no scheme, come back unchanged. "www.example.org" (an autolink
// without a scheme) becomes "https://www.example.org".
std::string resolveUrl(std::string_view href, std::string_view base);

// A label for a link found in running text, derived from the sentence (or the clause before or
// after a ';') around it, tried in this order:
//   1. purpose: the sentence opens with "To ..." or "For ..." up to a comma that comes before the
//      link: "To propose a new working group, write to [istio-core]" -> "Propose a new working group"
//   2. place: the link follows "in/on/at/from/under/inside/within" (and maybe a/an/the): the
//      sentence's leading noun phrase (its first words up to a verb, preposition or participle,
//      at most five) with the link text in parentheses:
//      "Design documents written by the groups live in a [shared drive]" -> "Design documents (shared drive)"
//   3. the link text and the plain words right after it, up to punctuation or a function word
//      (at most three): "follows the [contributing] guidelines, and..." -> "Contributing guidelines"
//   4. the link text alone; when that is the address itself (an autolink), rule 2's noun phrase
//      or, failing that, the address.
// The first letter is upper-cased. Works on the words of the page only: no list of known sites.
std::string labelFromContext(const RichText& paragraph, const TextLink& link);

}  // namespace wgf::importer
