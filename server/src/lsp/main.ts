// `factlens-ls`: the FactLens language server. Speaks LSP over stdio (--stdio) or Node IPC
// (--node-ipc, used by the VS Code extension); --help and --version answer without starting.
import { createConnection, ProposedFeatures, StreamMessageWriter } from 'vscode-languageserver/node';
import { diagnosticsEncoder } from './diagnosticsEncoder';
import { FactLensServer, SERVER_VERSION } from './server';

const HELP = `factlens-ls ${SERVER_VERSION} - FactLens language server (fact-checks health claims in Markdown)

Usage:
  factlens-ls --stdio       speak LSP over stdin/stdout (Neovim, Helix, Emacs, ...)
  factlens-ls --node-ipc    speak LSP over Node IPC (VS Code)
  factlens-ls --socket=N    speak LSP over a TCP socket on port N
  factlens-ls --help        show this help
  factlens-ls --version     print the version

Settings (workspace/configuration section "factlens", or initializationOptions):
  factlens.severity.{contradicted,overstated,disputed,unverified,supportedUncited}
      error | warning | information | hint | off
  factlens.citationStyle    footnote | pandoc | link (default footnote)
  factlens.debounceMs       delay before re-checking after an edit (default 200)
  factlens.maxFileSizeKb    larger documents are not checked (default 2048)
  factlens.claimPacks       extra claim pack files or folders inside the workspace
  factlens.languageIds      language ids to check (default ["markdown"])
Claim packs in <workspace>/.factlens/claims/*.yaml|yml|json are loaded automatically.
`;

function main(argv: string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${SERVER_VERSION}\n`);
    return;
  }
  const transports = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];
  if (!argv.some((a) => transports.some((t) => a === t || a.startsWith(`${t}=`)))) {
    process.stderr.write('factlens-ls: choose a transport: --stdio or --node-ipc (see --help)\n');
    process.exitCode = 2;
    return;
  }
  // In stdio mode stdout carries the protocol: route stray console output to stderr.
  console.log = console.info = console.warn = (...a: unknown[]) => process.stderr.write(a.map(String).join(' ') + '\n');
  if (argv.includes('--stdio')) {
    // Over stdio the server brings its own message writer, so published diagnostics go out as the
    // JSON text they were rendered to (see diagnosticsJson.ts). stdin stays a stream, as the
    // library's own --stdio set-up passes it: the process then ends when the client closes stdin.
    // (The library takes an output without addListener as a ready MessageWriter; no overload says so.)
    const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: diagnosticsEncoder });
    const connection = createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
    new FactLensServer(connection, { serializedDiagnostics: true }).listen();
    return;
  }
  new FactLensServer(createConnection(ProposedFeatures.all)).listen();
}

main(process.argv.slice(2));
