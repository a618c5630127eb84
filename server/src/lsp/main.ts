/**
 * Entry of dist/server.js. createConnection picks the transport from argv
 * (--stdio, --node-ipc, --socket=N), so the VS Code client and tests can use either.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const TRANSPORT = /^--(?:stdio|node-ipc|socket=\d+|pipe=.+|clientProcessId=\d+)$/;
if (!process.argv.slice(2).some((a) => TRANSPORT.test(a))) {
  // Started by hand: say how to start it instead of failing inside the protocol library.
  process.stderr.write(
    'Usage: chinh-danh lsp --stdio   (or: node dist/server.js --stdio | --node-ipc | --socket=PORT)\n',
  );
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);

startServer(connection);

// Last resort, installed after start-up so a start-up bug still fails loudly: a bug in a
// timer callback must not take the editor's checks down with it.
process.on('uncaughtException', (err) => {
  connection.console.error(`Uncaught: ${err.stack ?? err}`);
});
process.on('unhandledRejection', (err) => {
  connection.console.error(`Unhandled rejection: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
});
