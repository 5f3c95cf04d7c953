// dist/server.js: runs the language server bundle (server.bundle.js) through the code cache.
import * as path from 'path';
import { runBundle } from './codeCache';
import { compileRegexpsOnce } from './regexpTier';

compileRegexpsOnce();
runBundle(path.join(__dirname, 'server.bundle.js'));
