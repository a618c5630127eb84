/**
 * Entry of dist/server.js. createConnection picks the transport from argv
 * (--stdio, --node-ipc, --socket=N), so the VS Code client and tests can use either.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);

startServer(connection);

// Last resort, installed after start-up so a start-up bug still fails loudly: a bug in a
// timer callback must not take the editor's checks down with it.
process.on('uncaughtException', (err) => connection.console.error(`Uncaught: ${err.stack ?? err}`));
process.on('unhandledRejection', (err) => connection.console.error(`Unhandled rejection: ${(err as Error)?.stack ?? err}`));
