// The JSON-RPC message encoder for stream transports (stdio): like vscode-jsonrpc's own
// (JSON.stringify, then UTF-8), except that diagnostics the server already serialised
// (SerializedDiagnostics) are copied in as they are instead of being parsed and serialised again.
import type { ContentTypeEncoder, Message } from 'vscode-languageserver/node';
import { SerializedDiagnostics } from './diagnosticsJson';

/** Stands for the diagnostics while the rest of the message is stringified. */
const PLACEHOLDER_END = '"diagnostics":0}}';
const CLOSE = Buffer.from('}}');

export function encodeMessage(msg: Message): Buffer {
  const params = (msg as { params?: unknown }).params as { diagnostics?: unknown } | undefined;
  if (params && typeof params === 'object' && params.diagnostics instanceof SerializedDiagnostics) {
    const head = JSON.stringify({ ...msg, params: { ...params, diagnostics: 0 } }, undefined, 0);
    // `diagnostics` is the last key of params, the message's last key: the array goes where the
    // placeholder is. Any other shape is serialised the ordinary way.
    if (head.endsWith(PLACEHOLDER_END)) return params.diagnostics.framed(Buffer.from(head.slice(0, head.length - 3), 'utf8'), CLOSE);
  }
  return Buffer.from(JSON.stringify(msg, undefined, 0), 'utf8');
}

export const diagnosticsEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(msg, options) {
    try {
      // Only UTF-8 is spoken here (the writer is created with it); anything else the usual way.
      return Promise.resolve(options.charset === 'utf-8' ? encodeMessage(msg) : Buffer.from(JSON.stringify(msg, undefined, 0), options.charset));
    } catch (err) {
      return Promise.reject(err);
    }
  },
};
