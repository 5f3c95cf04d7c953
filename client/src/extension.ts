// The FactLens VS Code extension: a thin client that starts the bundled language server
// (dist/server.js) over Node IPC and adds a status bar item and a few commands.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { COMMANDS, RESTART_COMMAND, STATUS_NOTIFICATION, type StatusParams } from '../../server/src/lsp/protocol';
import { reportWorkspaceCheck, showReport, targetUri } from './commands';
import { FactLensStatusBar } from './statusBar';

let client: LanguageClient | undefined;

function languageIds(): string[] {
  const ids = vscode.workspace.getConfiguration('factlens').get<unknown>('languageIds');
  return Array.isArray(ids) && ids.every((i) => typeof i === 'string') && ids.length ? (ids as string[]) : ['markdown'];
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const ids = languageIds();
  const clientOptions: LanguageClientOptions = {
    documentSelector: ids.flatMap((language) => [
      { language, scheme: 'file' },
      { language, scheme: 'untitled' },
    ]),
    synchronize: {
      configurationSection: 'factlens',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.factlens/claims/**'),
    },
    middleware: {
      // Commands run on the server; the client supplies the active document and shows results.
      executeCommand: async (command, args, next) => {
        if (command === COMMANDS.showReport || command === COMMANDS.fixAll) {
          const uri = targetUri(args);
          if (!uri) {
            void vscode.window.showInformationMessage('FactLens: open a Markdown document first.');
            return undefined;
          }
          const result = await next(command, [uri]);
          if (command === COMMANDS.showReport) await showReport(result);
          return result;
        }
        const result = await next(command, args);
        if (command === COMMANDS.checkWorkspace) reportWorkspaceCheck(result);
        return result;
      },
    },
  };
  return new LanguageClient('factlens', 'FactLens', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const status = new FactLensStatusBar((doc) => languageIds().includes(doc.languageId));
  context.subscriptions.push(status);

  const start = async () => {
    client = createClient(context);
    client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => status.update(p));
    // After a crash the client restarts the server, which re-sends every open document; the
    // server then re-checks them, so diagnostics come back without any action here.
    await client.start();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(RESTART_COMMAND, async () => {
      status.clear();
      if (client) {
        await client.stop().catch(() => undefined);
        client = undefined;
      }
      await start();
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The document selector is fixed when the client starts: a new language list needs a restart.
      if (e.affectsConfiguration('factlens.languageIds')) await vscode.commands.executeCommand(RESTART_COMMAND);
      else status.refresh();
    }),
    { dispose: () => void client?.stop() },
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
