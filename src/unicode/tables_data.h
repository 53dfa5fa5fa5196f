// The compact Unicode tables the widget's wasm carries (tables_data.cpp, generated from utf8proc
// by generate.cpp; read by tables.cpp). Each is a byte stream made to be small after gzip:
// varint(count), then one column after the other (like values compress together), of varints (7
// bits a byte, low first) of differences, zigzag-coded when they can be negative.
//   kProperties      runs covering 0..0x10FFFF: varint(length - 1); byte Kind; byte combining
//                    class
//   kDecompositions  the code points whose decomposition is not themselves (Hangul syllables
//                    aside: arithmetic), ascending: varint(code point - the previous one);
//                    varint(length); then the decompositions' code points, the first as
//                    zigzag((first - code point) - the same for the previous entry), each next as
//                    zigzag(- the one before it)
//   kCompositions    the pairs (first, second) -> composite, ascending by first then second
//                    (Hangul aside): varint(first - previous first); zigzag(second - previous
//                    second); zigzag(composite - previous composite)
#pragma once

#include <cstddef>

namespace wgf::unicode::tables::data {

struct Bytes {
    const unsigned char* data;
    size_t size;
};

extern const char kSource[];  // the utf8proc and Unicode versions generated from
extern const Bytes kProperties;
extern const Bytes kDecompositions;
extern const Bytes kCompositions;

}  // namespace wgf::unicode::tables::data
