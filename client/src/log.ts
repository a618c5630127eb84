/**
 * The "Chính Danh" output channel: the server's own log (window/logMessage, start-up and crash reports written by
 * vscode-languageclient), the client's lines about what it did and why (start, restart, settings in force), and, when
 * `chinhDanh.trace.server` is "messages" or "verbose", the trace of every LSP message. One channel, so that a user
 * who reports a problem has everything in one place and in order.
 */
import * as vscode from 'vscode';

export interface ClientLog {
  readonly channel: vscode.OutputChannel;
  /** One line, stamped like vscode-languageclient's own lines ("[Info  - 21:53:52] …") so the two read as one log. */
  info(message: string): void;
  /** Brings the channel into view without taking the focus from the editor. */
  show(): void;
}

export function createClientLog(name: string): ClientLog {
  const channel = vscode.window.createOutputChannel(name);
  return {
    channel,
    info: (message) => {
      channel.appendLine(`[Info  - ${new Date().toLocaleTimeString()}] ${message}`);
    },
    show: () => {
      channel.show(true);
    },
  };
}
