# Assembles the npm package (cmake -DSRC=... -DSITE=... -DPKG=... -DVERSION=... -P web-package.cmake)
# from what the web build made: the widget's files under dist/ (loadable from node_modules or a CDN
# that mirrors npm), the command-line tool as wasm under cli/ (already linked there), the page
# API's types, the registry's JSON Schema and format, the Hugo shortcode and the package's README.
# `npm pack build/web/package` makes the tarball.
file(MAKE_DIRECTORY "${PKG}/dist" "${PKG}/bin" "${PKG}/hugo/layouts/shortcodes")
foreach(f wgfinder.js wgfinder-core.js wgfinder-core.wasm wgfinder-core-md.js wgfinder-core-md.wasm
          wgfinder-sw.js wgfinder-zones.json)
  if(NOT EXISTS "${SITE}/${f}")
    message(FATAL_ERROR "${SITE}/${f} is missing: the widget was not built")
  endif()
  file(COPY_FILE "${SITE}/${f}" "${PKG}/dist/${f}" ONLY_IF_DIFFERENT)
endforeach()
set(P "${SRC}/web/package")
file(COPY_FILE "${P}/wgfinder.d.ts" "${PKG}/dist/wgfinder.d.ts" ONLY_IF_DIFFERENT)
file(COPY_FILE "${P}/README.md" "${PKG}/README.md" ONLY_IF_DIFFERENT)
file(COPY_FILE "${P}/bin/wgfinder.cjs" "${PKG}/bin/wgfinder.cjs" ONLY_IF_DIFFERENT)
file(CHMOD "${PKG}/bin/wgfinder.cjs" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
  GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
file(COPY_FILE "${P}/hugo/layouts/shortcodes/wgfinder.html" "${PKG}/hugo/layouts/shortcodes/wgfinder.html"
  ONLY_IF_DIFFERENT)
file(COPY_FILE "${SRC}/docs/registry.schema.json" "${PKG}/registry.schema.json" ONLY_IF_DIFFERENT)
file(COPY_FILE "${SRC}/docs/registry-format.md" "${PKG}/registry-format.md" ONLY_IF_DIFFERENT)
set(WGF_PACKAGE_VERSION "${VERSION}")
configure_file("${P}/package.json" "${PKG}/package.json" @ONLY)
