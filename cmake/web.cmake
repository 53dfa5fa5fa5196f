# The widget: the web layer's C++ (src/web/*.cpp except the platform_* services) on WebGL2 with
# Dear ImGui's OpenGL3 renderer, linked into one ES module factory (wgfinder-core.js + .wasm).
# No GLFW: the embed script (web/src/, bundled into wgfinder.js) listens on each widget's own elements. The site
# (build/.../site) gets the static files of web/ (no fonts: the browser draws the glyphs), the bundled registries
# and the service worker stamped with a version of the assets it caches.
if(NOT WGF_HAVE_IMGUI)
  message(FATAL_ERROR "Dear ImGui not found in ${IMGUI_DIR}: run scripts/setup.sh or set IMGUI_DIR")
endif()

# Size over speed for everything the widget links: the first visit's transfer budget (460 KB gzip
# for the Istio demo) counts every byte of the wasm, and -O3 inlining costs about a third more.
foreach(lib wgf_core wgf_imgui wgf_imgui_draw wgf_imgui_draw_browser wgf_ui wgf_md4c wgf_utf8proc
    wgf_unicode_data)
  if(TARGET ${lib})
    target_compile_options(${lib} PRIVATE -Oz)
  endif()
endforeach()

# Nothing in the browser uses ImGui's debug windows or its file functions (no .ini is written).
target_compile_definitions(wgf_imgui PUBLIC IMGUI_DISABLE_DEBUG_TOOLS IMGUI_DISABLE_FILE_FUNCTIONS)

add_library(wgf_imgui_renderer STATIC "${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
target_include_directories(wgf_imgui_renderer SYSTEM PUBLIC "${IMGUI_DIR}/backends")
target_link_libraries(wgf_imgui_renderer PUBLIC wgf_imgui)
target_compile_definitions(wgf_imgui_renderer PUBLIC IMGUI_IMPL_OPENGL_ES3)
target_compile_options(wgf_imgui_renderer PRIVATE -w -Oz)

file(GLOB WGF_WEB_SOURCES CONFIGURE_DEPENDS src/web/*.cpp)
list(FILTER WGF_WEB_SOURCES EXCLUDE REGEX "/(platform|markdown)_[^/]*\\.cpp$")

# The exports are the WGF_EXPORT lines of src/web/exports.h, the contract with the embed script:
# nothing else is exported.
file(STRINGS "${CMAKE_SOURCE_DIR}/src/web/exports.h" wgf_export_lines REGEX "^WGF_EXPORT ")
set(WGF_EXPORTS "_malloc,_free")
foreach(line IN LISTS wgf_export_lines)
  if(line MATCHES "(wgf_[a-z_]+)\\(")
    string(APPEND WGF_EXPORTS ",_${CMAKE_MATCH_1}")
  endif()
endforeach()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/web/exports.h")
set(WGF_SITE "${CMAKE_BINARY_DIR}/site")

# Two builds of the widget from the same sources: wgfinder-core (JSON registries: what a first
# visit of a JSON registry downloads) and wgfinder-core-md (with the Markdown importer and md4c,
# loaded instead when the registry is a WORKING-GROUPS.md page). Static linking leaves the
# importer out of the first when nothing calls it.
# The web layer's objects are compiled once for all of them (linking an object library adds its
# objects to the executable).
add_library(wgf_web_objects OBJECT ${WGF_WEB_SOURCES})
target_link_libraries(wgf_web_objects PUBLIC wgf_ui wgf_imgui_renderer wgf_imgui_draw_browser)
target_compile_options(wgf_web_objects PRIVATE -Oz)
function(wgf_widget target output with_import)
  if(with_import)
    add_executable(${target} src/web/markdown_import.cpp)
  else()
    add_executable(${target} src/web/markdown_refused.cpp)
  endif()
  target_link_libraries(${target} PRIVATE wgf_web_objects)
  if(TARGET wgf_web_platform)
    target_link_libraries(${target} PRIVATE wgf_web_platform)
  endif()
  set_target_properties(${target} PROPERTIES OUTPUT_NAME "${output}" SUFFIX ".js"
    RUNTIME_OUTPUT_DIRECTORY "${WGF_SITE}")
  # One ES module factory per page, instantiated once per widget. No eval, no new Function
  # (strict CSP: script-src 'self' 'wasm-unsafe-eval'); no file system; the wasm is fetched next
  # to the script.
  target_compile_options(${target} PRIVATE -Oz)
  target_link_options(${target} PRIVATE -Oz
    -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 ${WGF_WASM_MEMORY}
    -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createWgfinderCore -sENVIRONMENT=web
    -sDYNAMIC_EXECUTION=0 -sFILESYSTEM=0
    "-sINCOMING_MODULE_JS_API=['instantiateWasm','locateFile','print','printErr','onAbort']"
    "-sEXPORTED_FUNCTIONS=[${WGF_EXPORTS}]"
    "-sEXPORTED_RUNTIME_METHODS=['UTF8ToString','stringToUTF8','lengthBytesUTF8','specialHTMLTargets','HEAPU8']")
endfunction()

wgf_widget(wgfinder_web wgfinder-core OFF)
wgf_widget(wgfinder_web_md wgfinder-core-md ON)
# Binaryen's optimiser once more, until it converges: emcc's single -Oz pass leaves about 2.5 KB
# (gzip) of the first visit on the table. Only the JSON core, which is what a first visit
# downloads. The features enabled are those every browser with wasm exceptions (which the widget
# needs) has, so that a newer Emscripten's output validates too.
find_program(WGF_WASM_OPT wasm-opt HINTS "$ENV{EMSDK}/upstream/bin")
if(WGF_WASM_OPT)
  add_custom_command(TARGET wgfinder_web POST_BUILD
    COMMAND "${WGF_WASM_OPT}" -Oz --converge --enable-exception-handling --enable-sign-ext
            --enable-mutable-globals --enable-bulk-memory --enable-nontrapping-float-to-int
            "${WGF_SITE}/wgfinder-core.wasm" -o "${WGF_SITE}/wgfinder-core.wasm"
    COMMENT "Optimising wgfinder-core.wasm until it converges"
    VERBATIM)
endif()
set(WGF_WIDGETS wgfinder_web wgfinder_web_md)
# The core's loader ships minified like the embed script: Emscripten without Closure leaves its
# names and comments (about 2.5 KB of the first visit's gzip).
set(WGF_ESBUILD "${CMAKE_SOURCE_DIR}/node_modules/.bin/esbuild")
foreach(w wgfinder_web wgfinder_web_md)
  get_target_property(out ${w} OUTPUT_NAME)
  add_custom_command(TARGET ${w} POST_BUILD
    COMMAND "${WGF_ESBUILD}" "${WGF_SITE}/${out}.js" --minify --format=esm --target=es2020 --allow-overwrite
            --log-level=warning "--outfile=${WGF_SITE}/${out}.js"
    COMMENT "Minifying ${out}.js"
    VERBATIM)
endforeach()
# The JSON core once more with its functions' names kept, not shipped: the size report prints what
# the wasm is made of from it (scripts/wasm-breakdown.mjs).
wgf_widget(wgfinder_web_names wgfinder-core-names OFF)
set_target_properties(wgfinder_web_names PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/breakdown")
target_link_options(wgfinder_web_names PRIVATE --profiling-funcs)

# The page: static files, registries, the versioned service worker, the sub-folder example.
# Runs on every build (cheap: copies only what changed); prints the first-visit transfer size.
set(WGF_DEMO_REGISTRY "${CMAKE_SOURCE_DIR}/assets/registries/istio.json" CACHE FILEPATH
  "Registry JSON the demo page shows (registries/istio.json in the site)")
add_custom_target(wgf_site ALL
  COMMAND ${CMAKE_COMMAND} -DSRC=${CMAKE_SOURCE_DIR} -DSITE=${WGF_SITE} -DWORK=${CMAKE_BINARY_DIR}/site-work
          -DDEMO_REGISTRY=${WGF_DEMO_REGISTRY} -P "${CMAKE_SOURCE_DIR}/cmake/web-site.cmake"
  COMMAND ${CMAKE_COMMAND} -E env WGF_BUDGET_WARN_ONLY=1 "${CMAKE_SOURCE_DIR}/scripts/size-report.sh" "${WGF_SITE}"
  DEPENDS ${WGF_WIDGETS} wgfinder_web_names
  COMMENT "Assembling the page in ${WGF_SITE}"
  VERBATIM)

# The command-line tool as WebAssembly under node: the npm package's `npx wgfinder`. The same
# sources as the native tool (src/cli), files read and written through node (NODERAWFS), time
# zones from node's Intl. Synchronous compilation: node's global fetch would otherwise make
# 3.1.6's loader fetch the .wasm by path and fail.
file(GLOB WGF_CLI_SOURCES CONFIGURE_DEPENDS src/cli/*.cpp)
add_executable(wgfinder_cli ${WGF_CLI_SOURCES})
target_link_libraries(wgfinder_cli PRIVATE wgf_core wgf_web_platform)
set(WGF_PACKAGE "${CMAKE_BINARY_DIR}/package")
set_target_properties(wgfinder_cli PROPERTIES OUTPUT_NAME "wgfinder-cli" SUFFIX ".cjs"
  RUNTIME_OUTPUT_DIRECTORY "${WGF_PACKAGE}/cli")
target_compile_options(wgfinder_cli PRIVATE -Oz)
target_link_options(wgfinder_cli PRIVATE -Oz -sNODERAWFS=1 -sENVIRONMENT=node
  -sWASM_ASYNC_COMPILATION=0 -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1 -sTOTAL_STACK=${WGF_WASM_STACK})

# The npm package in build/web/package (see cmake/web-package.cmake); its size is printed beside
# the first visit's.
file(GLOB_RECURSE WGF_PACKAGE_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/web/package/*")
add_custom_target(wgf_package ALL
  COMMAND ${CMAKE_COMMAND} -DSRC=${CMAKE_SOURCE_DIR} -DSITE=${WGF_SITE} -DPKG=${WGF_PACKAGE}
          -DVERSION=${PROJECT_VERSION} -P "${CMAKE_SOURCE_DIR}/cmake/web-package.cmake"
  COMMAND "${CMAKE_SOURCE_DIR}/scripts/size-report.sh" --package "${WGF_PACKAGE}"
  DEPENDS wgf_site wgfinder_cli ${WGF_PACKAGE_SOURCES}
  COMMENT "Assembling the npm package in ${WGF_PACKAGE}"
  VERBATIM)
# The command-line suite runs against this build exactly as against the native tool.
add_test(NAME cli-wasm COMMAND "${CMAKE_SOURCE_DIR}/tests/cli/run.sh" "${WGF_PACKAGE}/bin/wgfinder.cjs")
