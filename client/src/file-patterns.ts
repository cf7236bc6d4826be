import * as vscode from 'vscode';

/**
 * Opens files matching `transcriptLens.filePatterns` (globs) as transcripts, so a folder of
 * plain .txt transcripts works without renaming anything.
 */
export function applyFilePatterns(context: vscode.ExtensionContext, languageId: string): void {
  const check = (doc: vscode.TextDocument) => {
    if (doc.languageId === languageId) return;
    const patterns = vscode.workspace.getConfiguration('transcriptLens', doc.uri).get<string[]>('filePatterns', []);
    for (const pattern of patterns) {
      if (typeof pattern !== 'string' || !pattern.trim()) continue;
      if (vscode.languages.match({ pattern }, doc) > 0) {
        void vscode.languages.setTextDocumentLanguage(doc, languageId);
        return;
      }
    }
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('transcriptLens.filePatterns')) vscode.workspace.textDocuments.forEach(check);
    }),
  );
  vscode.workspace.textDocuments.forEach(check);
}
