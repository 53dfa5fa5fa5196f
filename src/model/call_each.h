// wgfinder: a loop whose body is a call, for the loops over every group of a once-called function.
//
// V8 runs a wasm call with the code it had when the call began: a function called once (the
// registry's load, the index build) runs its loops in its first, unoptimised code to the end,
// while the optimising compiler works on all of it in the background for nothing. So such a loop's
// body is a function of its own, called once per item: it is optimised after its first calls and
// the once-called function stays small. The call is written twice, because binaryen's inliner
// puts a function with one caller back into that caller whatever its size (docs/performance.md,
// "Work V8 optimises").
#pragma once

#include <cstddef>

namespace wgf {

// fn(i) for each i in [0, n), in order.
template <class Fn>
void callEach(size_t n, Fn& fn) {
    if (n == 0) return;
    fn(size_t(0));
    for (size_t i = 1; i < n; ++i) fn(i);
}

}  // namespace wgf
