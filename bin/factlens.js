#!/usr/bin/env node
// The `factlens` command line: everything lives in the bundled CLI.
require('../dist/cli.js');
