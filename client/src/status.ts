import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { STATS_REQUEST, type StatsParams, type StatsResult } from '../../server/src/protocol';

const DELAY_MS = 300;

/** A language status item with the open transcript's counts: speakers, quotes, actors. */
export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly subs: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly client: LanguageClient,
    languageId: string,
  ) {
    this.item = vscode.languages.createLanguageStatusItem('transcriptLens.stats', { language: languageId });
    this.item.name = 'Transcript Lens';
    this.item.text = 'Transcript Lens: starting…';
    this.item.command = { title: 'Show Output', command: 'transcriptLens.showOutput' };
    this.subs.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      client.onDidChangeState(() => this.schedule()),
    );
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), DELAY_MS);
  }

  private async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) return;
    if (this.client.state !== State.Running) {
      this.item.text = 'Transcript Lens: server not running';
      this.item.severity = vscode.LanguageStatusSeverity.Warning;
      return;
    }
    try {
      const params: StatsParams = { uri: doc.uri.toString() };
      const s = await this.client.sendRequest<StatsResult | null>(STATS_REQUEST, params);
      if (!s) return;
      this.item.text = `${s.speakers} speakers · ${s.quotes} quotes · ${s.actors} actors`;
      this.item.detail = s.reduced ? 'Large file: names and attribution are skipped' : undefined;
      this.item.severity = s.reduced ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    } catch {
      // The server is restarting; the next change or state event updates the item.
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subs.forEach((s) => s.dispose());
    this.item.dispose();
  }
}
