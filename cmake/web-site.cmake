# Assembles the widget's site (cmake -DSRC=... -DSITE=... -DDEMO_REGISTRY=... -P web-site.cmake):
#   - the static files of web/ (page, embed script, CSS, manifest, icons, examples);
#   - the bundled registries under registries/;
#   - wgfinder-sw.js with @WGF_VERSION@ replaced by a hash of the assets it caches, so a new build
#     installs a new worker that drops the old caches;
#   - a copy of the widget's files under examples/subfolder/widget/ (the sub-folder deployment).
file(GLOB_RECURSE web_files RELATIVE "${SRC}/web" "${SRC}/web/*")
list(FILTER web_files EXCLUDE REGEX "^package/")  # the npm package's own files (web-package.cmake)
# The embed script and the worker ship without their comment lines and indentation (their
# sources in web/ keep them): the first visit's budget counts every byte.
function(strip_js text out)
  string(REGEX REPLACE "\n[ ]*//[^\n]*" "" text "${text}")
  string(REGEX REPLACE "\n[ ]+" "\n" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

foreach(f IN LISTS web_files)
  if(f STREQUAL "wgfinder-sw.js")
    continue()
  endif()
  if(f STREQUAL "wgfinder.js")
    file(READ "${SRC}/web/${f}" js)
    strip_js("${js}" js)
    file(CONFIGURE OUTPUT "${SITE}/${f}" CONTENT "${js}" @ONLY)
    continue()
  endif()
  get_filename_component(dir "${SITE}/${f}" DIRECTORY)
  file(MAKE_DIRECTORY "${dir}")
  file(COPY_FILE "${SRC}/web/${f}" "${SITE}/${f}" ONLY_IF_DIFFERENT)
endforeach()

file(MAKE_DIRECTORY "${SITE}/registries")
if(EXISTS "${DEMO_REGISTRY}")
  file(COPY_FILE "${DEMO_REGISTRY}" "${SITE}/registries/istio.json" ONLY_IF_DIFFERENT)
else()
  message(WARNING "${DEMO_REGISTRY} is missing: the demo page has no registry (see README: wgfinder import)")
endif()
file(COPY_FILE "${SRC}/assets/registries/istio-WORKING-GROUPS.md" "${SITE}/registries/istio-WORKING-GROUPS.md"
  ONLY_IF_DIFFERENT)

set(versioned wgfinder.js wgfinder-core.js wgfinder-core.wasm wgfinder-core-md.js wgfinder-core-md.wasm
  fonts/Inter-Regular.otf
  fonts/Inter-SemiBold.otf)
set(all "")
foreach(f IN LISTS versioned)
  if(EXISTS "${SITE}/${f}")
    file(SHA256 "${SITE}/${f}" h)
    string(APPEND all "${h}")
  endif()
endforeach()
string(SHA256 version "${all}")
string(SUBSTRING "${version}" 0 12 version)
file(READ "${SRC}/web/wgfinder-sw.js" sw)
string(REPLACE "@WGF_VERSION@" "${version}" sw "${sw}")
strip_js("${sw}" sw)
file(CONFIGURE OUTPUT "${SITE}/wgfinder-sw.js" CONTENT "${sw}" @ONLY)

set(widget "${SITE}/examples/subfolder/widget")
file(MAKE_DIRECTORY "${widget}/fonts")
foreach(f IN LISTS versioned ITEMS wgfinder-sw.js)
  if(EXISTS "${SITE}/${f}")
    file(COPY_FILE "${SITE}/${f}" "${widget}/${f}" ONLY_IF_DIFFERENT)
  endif()
endforeach()
