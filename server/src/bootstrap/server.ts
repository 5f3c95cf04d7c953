// dist/server.js: runs the language server bundle (server.bundle.js) through the code cache.
import * as path from 'path';
import { runBundle } from './codeCache';

runBundle(path.join(__dirname, 'server.bundle.js'));
