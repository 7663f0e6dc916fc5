#!/usr/bin/env node
// The command is built by `npm run build` into build/par-index.cjs.
require('../build/par-index.cjs');
