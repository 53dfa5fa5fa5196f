// The doctest runner for the unit tests, natively and as wasm under node.
//
// As wasm it also measures the stack: the widget's stack is fixed at link time (WGF_WASM_STACK in
// CMakeLists.txt) and overflowing it corrupts memory instead of failing cleanly, so the run fails
// when the deepest the stack went (the loader's nesting limits, md4c on real pages, ImGui frames,
// the searches: everything the tests do) is more than half of it.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#ifdef __EMSCRIPTEN__
#include <emscripten/stack.h>

#include <cstdint>
#include <cstdio>

namespace {

constexpr uint32_t kPaint = 0xA5C3E1F7u;

// Fills the stack's free part (below this frame, with room for the calls that follow) with a
// pattern; the stack grows down, from its base to its end.
[[gnu::noinline]] void paintFreeStack() {
    auto* word = reinterpret_cast<volatile uint32_t*>((emscripten_stack_get_end() + 3) & ~uintptr_t(3));
    auto* below = reinterpret_cast<volatile uint32_t*>(emscripten_stack_get_current() - 4096);
    for (; word < below; ++word) *word = kPaint;
}

// The most of the stack used: from its base to the lowest word that is no longer the pattern.
[[gnu::noinline]] size_t stackHighWater() {
    auto* word = reinterpret_cast<const volatile uint32_t*>((emscripten_stack_get_end() + 3) & ~uintptr_t(3));
    while (*word == kPaint) ++word;
    return emscripten_stack_get_base() - reinterpret_cast<uintptr_t>(word);
}

}  // namespace

int main(int argc, char** argv) {
    paintFreeStack();
    doctest::Context context(argc, argv);
    int failed = context.run();
    if (context.shouldExit()) return failed;
    const size_t used = stackHighWater();
    const size_t size = emscripten_stack_get_base() - emscripten_stack_get_end();
    std::printf("wasm stack: at most %zu of %zu bytes used (the limit is half)\n", used, size);
    if (used > size / 2) {
        std::printf("wasm stack: more than half used: raise WGF_WASM_STACK in CMakeLists.txt, or find the deep call\n");
        return 1;
    }
    return failed;
}
#else
int main(int argc, char** argv) { return doctest::Context(argc, argv).run(); }
#endif
