/** Status bar item: the as-of date in force for the active draft. Clicking it runs setAsOfDate. */
import * as vscode from 'vscode';
import { t } from './i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SECTION, isDraft } from './config';
import { describeGlossary } from './glossary-status';
import {
  AsOfRequest,
  GlossaryStatusNotification,
  GlossaryStatusRequest,
  type AsOfResult,
  type GlossaryStatus,
} from './protocol';

const DEBOUNCE_MS = 400;

/** "2026-11-23" → "23/11/2026" (Vietnamese order, no leading zeros). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
}

function sourceText(result: AsOfResult): string {
  switch (result.source) {
    case 'document':
      return t('As-of date {0}: stated in the document.', formatDate(result.date));
    case 'setting':
      return t('As-of date {0}: from the setting chinhDanh.asOfDate.', formatDate(result.date));
    default:
      return t(
        'As-of date {0}: today (the document states no date and the setting is empty).',
        formatDate(result.date),
      );
  }
}

export class AsOfStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('chinhDanh.asOf', vscode.StatusBarAlignment.Right, 100);
  /** Anything with dispose(): the status bar item is one without being a vscode.Disposable instance. */
  private readonly disposables: { dispose(): unknown }[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private glossary: GlossaryStatus | undefined;
  private last: AsOfResult | undefined;

  constructor(private readonly client: LanguageClient) {
    this.item.name = t('Chính Danh: as-of date');
    this.item.command = 'chinhDanh.setAsOfDate';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => {
        this.refresh();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) this.schedule();
      }),
      client.onNotification(GlossaryStatusNotification, (status) => {
        this.glossary = status;
        this.render();
      }),
    );
    // The first notification may have come before this item listened.
    client.sendRequest(GlossaryStatusRequest, {}).then(
      (status) => {
        if (status && !this.glossary) {
          this.glossary = status;
          this.render();
        }
      },
      () => undefined,
    );
    this.refresh();
  }

  /** What the item shows now (for the extension API and the in-editor tests). */
  snapshot(): { text: string; name: string; tooltip: string; date: string; source: string } | undefined {
    if (!this.last) return undefined;
    return {
      text: this.item.text,
      name: this.item.name ?? '',
      tooltip: typeof this.item.tooltip === 'string' ? this.item.tooltip : (this.item.tooltip?.value ?? ''),
      date: this.last.date,
      source: this.last.source,
    };
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, DEBOUNCE_MS);
  }

  refresh(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const generation = ++this.generation;
    if (!isDraft(doc)) {
      this.last = undefined;
      this.item.hide();
      return;
    }
    if (!this.client.isRunning()) return;
    this.client.sendRequest(AsOfRequest, { uri: this.client.code2ProtocolConverter.asUri(doc.uri) }).then(
      (result) => {
        if (generation !== this.generation) return;
        this.last = result ?? undefined;
        this.render();
      },
      () => {
        if (generation === this.generation) this.item.hide();
      },
    );
  }

  private render(): void {
    const result = this.last;
    if (!result) {
      this.item.hide();
      return;
    }
    const broken = this.glossary && !this.glossary.ok;
    this.item.name = t('Chính Danh: as-of date'); // again here: chinhDanh.locale may have changed since
    const restricted = this.glossary?.restricted === true;
    const icons = `${broken ? '$(warning) ' : ''}${restricted ? '$(workspace-untrusted) ' : ''}`;
    this.item.text = `${icons}$(calendar) ${formatDate(result.date)}`;
    const lines = [sourceText(result), t('Click to change the as-of date.')];
    if (this.glossary) lines.push(...describeGlossary(this.glossary));
    this.item.tooltip = lines.join('\n');
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
