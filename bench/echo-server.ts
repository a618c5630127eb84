/**
 * The protocol's floor for an edit, for the bench only: a language server that does no checking. It keeps documents
 * as every server does (TextDocuments, incremental sync), reads the edited text as a check would have to, and answers
 * each change at once with the diagnostics it was handed (`bench/publication`). Timed by the same client with the same
 * edits and publication as our server, it is what an edit costs over the protocol when the check costs nothing.
 */
import { createConnection, ProposedFeatures, TextDocuments, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const publications = new Map<string, Diagnostic[]>();

connection.onInitialize(() => ({ capabilities: { textDocumentSync: 2 } }));
connection.onNotification('bench/publication', (p: { uri: string; diagnostics: Diagnostic[] }) => {
  publications.set(p.uri, p.diagnostics);
});
documents.onDidChangeContent(({ document }) => {
  // A check reads the text: that makes V8 flatten the edited string, which is part of any server's cost.
  const text = document.getText();
  if (text.charCodeAt(text.length >> 1) < 0) return;
  const diagnostics = publications.get(document.uri) ?? [];
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
});
documents.listen(connection);
connection.listen();
