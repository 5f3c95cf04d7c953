// Entry point of the extension-host test suite, in the @vscode/test-electron contract: the extension host
// loads this file (extensionTestsPath) and awaits run(); a rejection means failure. The same file runs under
// test/vscode/runTest.js (desktop VS Code) and test/e2e/run-workbench-tests.js (code-server, offline).
// Plain CommonJS: it runs inside the extension host, which cannot compile TypeScript.
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');

exports.run = function run() {
  // mocha 12 is an ES module; require() of ES modules needs Node >= 20.19 in the extension host
  // (code-server on Node 20.19+, or desktop VS Code >= 1.101).
  const loaded = require('mocha');
  const Mocha = loaded.default || loaded;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
  Mocha.reporters.Base.useColors = false; // the output goes to log files and the runner's console
  mocha.addFile(path.join(__dirname, 'factlens.test.js'));

  // The code-server runner cannot see the extension host's console; copy the report into its log file.
  const logFile = process.env.FACTLENS_TEST_LOG;
  if (logFile) {
    const Base = Mocha.reporters.Base;
    const consoleLog = Base.consoleLog;
    Base.consoleLog = (...args) => {
      consoleLog(...args);
      fs.appendFileSync(logFile, util.format(...args) + '\n');
    };
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
};
