#!/usr/bin/env node
// `factlens-ls --stdio` (or --node-ipc): the FactLens language server for any LSP client.
require('../dist/server.js');
