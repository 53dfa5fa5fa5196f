# The widget: ImGui's GLFW + OpenGL3 backends on Emscripten's GLFW and WebGL2, the web layer's C++
# (src/web/*.cpp except the platform_* services) and the static files of web/, into build/web/site.
if(NOT WGF_HAVE_IMGUI)
  message(FATAL_ERROR "Dear ImGui not found in ${IMGUI_DIR}: run scripts/setup.sh or set IMGUI_DIR")
endif()

add_library(wgf_imgui_backends STATIC
  "${IMGUI_DIR}/backends/imgui_impl_glfw.cpp" "${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
target_include_directories(wgf_imgui_backends SYSTEM PUBLIC "${IMGUI_DIR}/backends")
target_link_libraries(wgf_imgui_backends PUBLIC wgf_imgui)
target_compile_options(wgf_imgui_backends PRIVATE -w -sUSE_GLFW=3)

file(GLOB WGF_WEB_SOURCES CONFIGURE_DEPENDS src/web/*.cpp)
list(FILTER WGF_WEB_SOURCES EXCLUDE REGEX "/platform_[^/]*\\.cpp$")
add_executable(wgfinder_web ${WGF_WEB_SOURCES})
target_link_libraries(wgfinder_web PRIVATE wgf_ui wgf_imgui_backends)
if(TARGET wgf_web_platform)
  target_link_libraries(wgfinder_web PRIVATE wgf_web_platform)
endif()

set(WGF_SITE "${CMAKE_BINARY_DIR}/site")
set_target_properties(wgfinder_web PROPERTIES OUTPUT_NAME "wgfinder-core" SUFFIX ".js"
  RUNTIME_OUTPUT_DIRECTORY "${WGF_SITE}")
# One ES module factory per page, instantiated once per widget. No eval (strict CSP), no
# dynamic execution; the wasm is fetched next to the script.
target_link_options(wgfinder_web PRIVATE
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sALLOW_MEMORY_GROWTH=1
  -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createWgfinderCore -sENVIRONMENT=web
  -sDYNAMIC_EXECUTION=0 -sTOTAL_STACK=1048576
  "-sEXPORTED_FUNCTIONS=['_main','_malloc','_free']"
  "-sEXPORTED_RUNTIME_METHODS=['UTF8ToString','stringToUTF8','lengthBytesUTF8','ccall']")

# Static files of the page and the bundled registry, copied on every build.
file(GLOB_RECURSE WGF_WEB_STATIC CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/web/*")
add_custom_target(wgf_site ALL
  COMMAND ${CMAKE_COMMAND} -E copy_directory "${CMAKE_SOURCE_DIR}/web" "${WGF_SITE}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${WGF_SITE}/registries"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different "${CMAKE_SOURCE_DIR}/assets/registries/istio.json" "${WGF_SITE}/registries/istio.json"
  DEPENDS ${WGF_WEB_STATIC} "${CMAKE_SOURCE_DIR}/assets/registries/istio.json"
  COMMENT "Copying the page into ${WGF_SITE}")
add_dependencies(wgfinder_web wgf_site)
