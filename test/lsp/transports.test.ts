// The server also speaks LSP over Node IPC (what the VS Code client uses).
import { strict as assert } from 'assert';
import { fork } from 'child_process';
import * as path from 'path';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ensureServerBuilt, serverPath, tempWorkspace, uriOf } from './harness';
import { CONTRADICTED } from './fixtures';

describe('language server: transports', function () {
  before(function () {
    this.timeout(180_000);
    ensureServerBuilt();
  });

  it('answers over --node-ipc', async () => {
    const dir = tempWorkspace();
    const child = fork(serverPath, ['--node-ipc'], { silent: true });
    const conn = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    try {
      const got = new Promise<PublishDiagnosticsParams>((resolve) =>
        conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
          if (p.diagnostics.length) resolve(p);
        }),
      );
      conn.listen();
      const init = (await conn.sendRequest('initialize', {
        processId: process.pid,
        rootUri: uriOf(dir),
        workspaceFolders: [{ uri: uriOf(dir), name: 'w' }],
        capabilities: {},
      })) as { capabilities: { hoverProvider?: boolean }; serverInfo?: { name: string } };
      assert.equal(init.capabilities.hoverProvider, true);
      assert.equal(init.serverInfo?.name, 'factlens-ls');
      await conn.sendNotification('initialized', {});
      const uri = uriOf(path.join(dir, 'a.md'));
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: `${CONTRADICTED}\n` } });
      const diags = await got;
      assert.equal(diags.uri, uri);
      assert.deepEqual(diags.diagnostics.map((d) => d.code), ['contradicted']);
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
    } finally {
      conn.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
