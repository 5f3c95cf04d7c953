// dist/cli.js: runs the command-line bundle (cli.bundle.js) through the code cache.
import * as path from 'path';
import { runBundle } from './codeCache';
import { compileRegexpsOnce } from './regexpTier';

compileRegexpsOnce();
runBundle(path.join(__dirname, 'cli.bundle.js'));
