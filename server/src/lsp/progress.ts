/**
 * Work-done progress for a long check ("Chính Danh: đang kiểm tra du-thao.md" in VS Code's status bar), shown only
 * once a check outlasts its first slice, so the many short checks while typing show nothing. Creating the progress
 * is a round trip to the client; a check that ends meanwhile ends the progress without ever showing it.
 */
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';

export class LongCheckProgress {
  private state: 'idle' | 'creating' | 'shown' | 'ended' = 'idle';
  private reporter: WorkDoneProgressServerReporter | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly title: string,
  ) {}

  begin(): void {
    if (this.state !== 'idle') return;
    this.state = 'creating';
    this.connection.window.createWorkDoneProgress().then(
      (reporter) => {
        if (this.state === 'ended') {
          reporter.done();
          return;
        }
        this.reporter = reporter;
        this.state = 'shown';
        reporter.begin(this.title);
      },
      () => {
        // The client refused a progress token: the check goes on without one.
      },
    );
  }

  end(): void {
    const shown = this.state === 'shown';
    this.state = 'ended';
    if (shown) this.reporter?.done();
  }
}
