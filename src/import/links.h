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

// A label for a link found in running text. The link's own words, when they say something:
// "follows the [contributing] guidelines although..." -> "Contributing" (never a fragment of the
// sentence around it). The first letter is upper-cased only when the first word is a plain
// lower-case word: identifiers stay as written ("istio-core", "wg-leads@discuss.istio.io", "#docs").
// When the text is an address (an autolink, an e-mail address) or says nothing ("here", "this
// link"), the sentence (or, for "here", the clause after the last comma) says what it is:
//   1. purpose: the sentence opens with "To ..." or "For ..." up to a comma before the link:
//      "For security reports, mail [security@example.org]" -> "Security reports"
//   2. place: the link follows "in/on/at/from/under/inside/within" (and maybe a/an/the): the
//      sentence's leading noun phrase (at most five words up to a verb, preposition or
//      participle), with an address in parentheses:
//      "The project blog is at https://blog.example.org" -> "Project blog (https://blog.example.org)"
//   3. the leading noun phrase alone: "..., and the notes can be found [here]" -> "Notes"
//   4. the address itself.
// Works on the words of the page only: no list of known sites.
std::string labelFromContext(const RichText& paragraph, const TextLink& link);

}  // namespace wgf::importer
