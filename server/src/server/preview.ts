// `rapporteur/preview` (the open draft as the page's HTML, with its problems marked) and
// `rapporteur/exportDocx` (the open draft as a .docx, base64): the client's preview and
// "Export to Word" stay thin, and render what the command line renders (docs/export.md).
import { DiagnosticSeverity, RequestType, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Draft } from '../core';
import { buildLayout, renderHtml, type PreviewProblem } from '../core/layout';
import { renderDocx } from '../export';

export interface PreviewParams {
  textDocument: { uri: string };
}

export interface Preview {
  html: string;
}

export interface ExportedDocx {
  /** The .docx's bytes in base64; empty when the draft is not open. */
  base64: string;
}

export const PreviewRequest = new RequestType<PreviewParams, Preview, void>('rapporteur/preview');
export const ExportDocxRequest = new RequestType<PreviewParams, ExportedDocx, void>('rapporteur/exportDocx');

export const EMPTY_PREVIEW: Preview = { html: '' };
export const EMPTY_EXPORT: ExportedDocx = { base64: '' };

const SEVERITIES: Record<number, PreviewProblem['severity']> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

export function preview(draft: Draft, diagnostics: readonly LspDiagnostic[]): Preview {
  const problems = diagnostics.map((d) => ({ line: d.range.start.line, severity: SEVERITIES[d.severity ?? DiagnosticSeverity.Error] ?? 'error', message: typeof d.message === 'string' ? d.message : d.message.value }));
  return { html: renderHtml(buildLayout(draft), problems) };
}

export async function exportDocx(draft: Draft): Promise<ExportedDocx> {
  return { base64: Buffer.from(await renderDocx(buildLayout(draft))).toString('base64') };
}
