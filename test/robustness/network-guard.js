// Preloaded with `node -r` into the built CLI and server by noNetwork.test.ts: every way Node can
// open a network connection is replaced by a stub that records the attempt (one JSON line in the
// file named by FACTLENS_NET_LOG) and throws. Plain CommonJS so it loads without a TypeScript hook.
'use strict';
const fs = require('fs');
const log = process.env.FACTLENS_NET_LOG;
// Proves to the test that this process really ran with the guard.
if (log) fs.appendFileSync(log, JSON.stringify({ loaded: process.pid }) + '\n');

function record(api, detail) {
  const line = JSON.stringify({ api, detail: String(detail ?? ''), pid: process.pid, stack: new Error().stack.split('\n').slice(2, 6).join(' | ') });
  if (log) fs.appendFileSync(log, line + '\n');
  return new Error(`network access blocked by the FactLens test guard: ${api}`);
}

function describeArgs(args) {
  try {
    return JSON.stringify(args.map((a) => (typeof a === 'function' ? '<fn>' : a)));
  } catch {
    return '<args>';
  }
}

const net = require('net');
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  // Unix-domain sockets and named pipes are local IPC, not network, but the product uses none:
  // record them too, so any new connection of any kind shows up.
  throw record('net.Socket.connect', describeArgs(args));
};
void originalConnect;

for (const name of ['http', 'https']) {
  const mod = require(name);
  mod.request = (...args) => {
    throw record(`${name}.request`, describeArgs(args));
  };
  mod.get = (...args) => {
    throw record(`${name}.get`, describeArgs(args));
  };
}
const http2 = require('http2');
http2.connect = (...args) => {
  throw record('http2.connect', describeArgs(args));
};
const tls = require('tls');
tls.connect = (...args) => {
  throw record('tls.connect', describeArgs(args));
};
const dgram = require('dgram');
dgram.createSocket = (...args) => {
  throw record('dgram.createSocket', describeArgs(args));
};
const dns = require('dns');
for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6']) {
  dns[fn] = (...args) => {
    throw record(`dns.${fn}`, describeArgs(args));
  };
}
globalThis.fetch = (...args) => {
  throw record('fetch', describeArgs(args));
};
if (typeof globalThis.WebSocket === 'function') {
  globalThis.WebSocket = function WebSocket(...args) {
    throw record('WebSocket', describeArgs(args));
  };
}
