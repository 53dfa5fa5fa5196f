# Assembles the widget's site (cmake -DSRC=... -DSITE=... -DWORK=... -DDEMO_REGISTRY=... -P web-site.cmake):
#   - the embed script wgfinder.js, bundled by esbuild from the modules of web/src/;
#   - the static files of web/ (page, CSS, manifest, icons, examples);
#   - the bundled registries under registries/;
#   - wgfinder-sw.js with @WGF_VERSION@ replaced by a hash of the assets it caches, so a new build
#     installs a new worker that drops the old caches;
#   - a copy of the widget's files under examples/subfolder/widget/ (the sub-folder deployment).
file(GLOB_RECURSE web_files RELATIVE "${SRC}/web" "${SRC}/web/*")
# Not copied: the npm package's own files (web-package.cmake) and the embed script's modules.
list(FILTER web_files EXCLUDE REGEX "^(package|src)/")

# The embed script and the worker ship minified (their sources keep their comments): the first
# visit's budget counts every byte. The core's loaders stay files of their own next to the script.
set(esbuild "${SRC}/node_modules/.bin/esbuild")
if(NOT EXISTS "${esbuild}")
  message(FATAL_ERROR "${esbuild} is missing: run scripts/setup.sh (npm ci)")
endif()
function(run_esbuild)
  execute_process(COMMAND "${esbuild}" ${ARGN} --minify --target=es2020 --log-level=warning
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "esbuild failed (${rc})")
  endif()
endfunction()
run_esbuild("${SRC}/web/src/wgfinder.js" --bundle --format=esm "--external:./wgfinder-core*"
  "--outfile=${SITE}/wgfinder.js")

foreach(f IN LISTS web_files)
  if(f STREQUAL "wgfinder-sw.js")
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

file(MAKE_DIRECTORY "${WORK}")
# The zone picker's countries: the tz database's zone.tab of this system, as {"zone": "CC"}. Loaded
# by the widget only when the picker opens (the browser names the countries).
set(zoneinfo "$ENV{TZDIR}")
if(NOT zoneinfo)
  set(zoneinfo "/usr/share/zoneinfo")
endif()
set(zones_json "")
if(EXISTS "${zoneinfo}/zone.tab")
  file(STRINGS "${zoneinfo}/zone.tab" zone_lines REGEX "^[A-Z][A-Z]\t")
  foreach(line IN LISTS zone_lines)
    string(REPLACE "\t" ";" fields "${line}")
    list(GET fields 0 code)
    list(GET fields 2 zone)
    if(zones_json)
      string(APPEND zones_json ",")
    endif()
    string(APPEND zones_json "\"${zone}\":\"${code}\"")
  endforeach()
else()
  message(WARNING "${zoneinfo}/zone.tab is missing (Debian's tzdata): the zone picker finds zones by city only")
endif()
file(WRITE "${WORK}/wgfinder-zones.json" "{${zones_json}}\n")
file(COPY_FILE "${WORK}/wgfinder-zones.json" "${SITE}/wgfinder-zones.json" ONLY_IF_DIFFERENT)

set(versioned wgfinder.js wgfinder-core.js wgfinder-core.wasm wgfinder-core-md.js wgfinder-core-md.wasm
  wgfinder-zones.json)
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
file(WRITE "${WORK}/wgfinder-sw.js" "${sw}")
run_esbuild("${WORK}/wgfinder-sw.js" "--outfile=${SITE}/wgfinder-sw.js")

set(widget "${SITE}/examples/subfolder/widget")
file(MAKE_DIRECTORY "${widget}")
foreach(f IN LISTS versioned ITEMS wgfinder-sw.js)
  if(EXISTS "${SITE}/${f}")
    file(COPY_FILE "${SITE}/${f}" "${widget}/${f}" ONLY_IF_DIFFERENT)
  endif()
endforeach()
