#!/usr/bin/env node
// `npx wgfinder COMMAND ...`: the wgfinder command-line tool (import, validate, list, query, ics,
// lint), the same C++ as the native build compiled to WebAssembly. It reads and writes files
// through node and takes time zones from node's Intl; its output and exit codes are the native
// tool's.
'use strict';
require('../cli/wgfinder-cli.cjs');
