#include "keys_web.h"

namespace wgf::web {

namespace {

struct CodeKey {
    std::string_view code;
    ImGuiKey key;
};

// DOM `code` values (UI Events KeyboardEvent code, the US-layout names) of the keys ImGui knows.
constexpr CodeKey kCodes[] = {
    {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
    {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
    {"Space", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"Escape", ImGuiKey_Escape},
    {"ControlLeft", ImGuiKey_LeftCtrl}, {"ShiftLeft", ImGuiKey_LeftShift}, {"AltLeft", ImGuiKey_LeftAlt},
    {"MetaLeft", ImGuiKey_LeftSuper}, {"ControlRight", ImGuiKey_RightCtrl},
    {"ShiftRight", ImGuiKey_RightShift}, {"AltRight", ImGuiKey_RightAlt},
    {"MetaRight", ImGuiKey_RightSuper}, {"ContextMenu", ImGuiKey_Menu},
    {"Quote", ImGuiKey_Apostrophe}, {"Comma", ImGuiKey_Comma}, {"Minus", ImGuiKey_Minus},
    {"Period", ImGuiKey_Period}, {"Slash", ImGuiKey_Slash}, {"Semicolon", ImGuiKey_Semicolon},
    {"Equal", ImGuiKey_Equal}, {"BracketLeft", ImGuiKey_LeftBracket}, {"Backslash", ImGuiKey_Backslash},
    {"BracketRight", ImGuiKey_RightBracket}, {"Backquote", ImGuiKey_GraveAccent},
    {"CapsLock", ImGuiKey_CapsLock}, {"ScrollLock", ImGuiKey_ScrollLock}, {"NumLock", ImGuiKey_NumLock},
    {"PrintScreen", ImGuiKey_PrintScreen}, {"Pause", ImGuiKey_Pause},
    {"NumpadDecimal", ImGuiKey_KeypadDecimal}, {"NumpadDivide", ImGuiKey_KeypadDivide},
    {"NumpadMultiply", ImGuiKey_KeypadMultiply}, {"NumpadSubtract", ImGuiKey_KeypadSubtract},
    {"NumpadAdd", ImGuiKey_KeypadAdd}, {"NumpadEnter", ImGuiKey_KeypadEnter},
    {"NumpadEqual", ImGuiKey_KeypadEqual}, {"BrowserBack", ImGuiKey_AppBack},
    {"BrowserForward", ImGuiKey_AppForward},
};

}  // namespace

ImGuiKey imguiKeyFromDom(std::string_view code, std::string_view key) {
    // The layout's letter or digit, so shortcuts follow what is printed on the key.
    if (key.size() == 1) {
        char c = key[0];
        if (c >= 'a' && c <= 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'a'));
        if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
    }
    if (code.size() == 4 && code.substr(0, 3) == "Key" && code[3] >= 'A' && code[3] <= 'Z')
        return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
    if (code.size() == 6 && code.substr(0, 5) == "Digit" && code[5] >= '0' && code[5] <= '9')
        return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
    if (code.size() == 7 && code.substr(0, 6) == "Numpad" && code[6] >= '0' && code[6] <= '9')
        return static_cast<ImGuiKey>(ImGuiKey_Keypad0 + (code[6] - '0'));
    if (code.size() >= 2 && code.size() <= 3 && code[0] == 'F') {
        int n = 0;
        for (char c : code.substr(1)) {
            if (c < '0' || c > '9') return ImGuiKey_None;
            n = n * 10 + (c - '0');
        }
        if (n >= 1 && n <= 12) return static_cast<ImGuiKey>(ImGuiKey_F1 + (n - 1));
        return ImGuiKey_None;
    }
    for (const auto& k : kCodes)
        if (k.code == code) return k.key;
    return ImGuiKey_None;
}

const char* cssCursor(ImGuiMouseCursor cursor) {
    switch (cursor) {
        case ImGuiMouseCursor_TextInput: return "text";
        case ImGuiMouseCursor_ResizeAll: return "move";
        case ImGuiMouseCursor_ResizeNS: return "ns-resize";
        case ImGuiMouseCursor_ResizeEW: return "ew-resize";
        case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
        case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
        case ImGuiMouseCursor_Hand: return "pointer";
        case ImGuiMouseCursor_NotAllowed: return "not-allowed";
        default: return "default";
    }
}

}  // namespace wgf::web
