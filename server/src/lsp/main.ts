/**
 * Entry of dist/server.js. createConnection picks the transport from argv
 * (--stdio, --node-ipc, --socket=N), so the VS Code client and tests can use either.
 */
import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { startServer } from './server';
import { IncrementalMessageReader } from './stdio-reader';

const TRANSPORT = /^--(?:stdio|node-ipc|socket=\d+|pipe=.+|clientProcessId=\d+)$/;
if (!process.argv.slice(2).some((a) => TRANSPORT.test(a))) {
  // Started by hand: say how to start it instead of failing inside the protocol library.
  process.stderr.write(
    'Usage: chinh-danh lsp --stdio   (or: node dist/server.js --stdio | --node-ipc | --socket=PORT)\n',
  );
  process.exit(2);
}

const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);

startServer(connection);

// Last resort, installed after start-up so a start-up bug still fails loudly: a bug in a
// timer callback must not take the editor's checks down with it.
process.on('uncaughtException', (err) => {
  connection.console.error(`Uncaught: ${err.stack ?? err}`);
});
process.on('unhandledRejection', (err) => {
  connection.console.error(`Unhandled rejection: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
});

/**
 * Over stdio, messages are read by IncrementalMessageReader (a 10 MB didOpen decoded as it arrives, not in one block
 * at its end). Given a reader, the library no longer does its two stdio duties, done here: exit when the client closes
 * stdin (code 0 after a shutdown request, as the protocol says), and keep console output off stdout, which carries
 * the protocol (to the client's log instead).
 */
function stdioConnection(): Connection {
  const conn = createConnection(
    ProposedFeatures.all,
    new IncrementalMessageReader(process.stdin),
    new StreamMessageWriter(process.stdout),
  );
  let shutdown = false;
  conn.onShutdown(() => {
    shutdown = true;
  });
  const exit = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  const log = (...args: unknown[]) => {
    conn.console.log(format(...args));
  };
  console.log = log;
  console.info = (...args: unknown[]) => {
    conn.console.info(format(...args));
  };
  console.debug = log;
  console.warn = (...args: unknown[]) => {
    conn.console.warn(format(...args));
  };
  console.error = (...args: unknown[]) => {
    conn.console.error(format(...args));
  };
  return conn;
}
