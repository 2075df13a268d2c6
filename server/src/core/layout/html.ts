// Renders a layout as HTML for the preview: the published page (masthead, Times New Roman,
// UN indents, hanging numbers), every block carrying `data-line`/`data-end-line` (its source
// lines, for scrolling and clicking) and a margin mark when a problem falls on its lines.
// Every piece of draft text is escaped; the markup uses classes only (no style attributes),
// so the preview's content security policy can forbid inline styles from content.
import type { Layout, LayoutBlock } from './model';

export interface PreviewProblem {
  /** 0-based line of the draft. */
  line: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
}

export function escapeHtml(text: string): string {
  let out = '';
  for (const c of text) {
    if (c === '&') out += '&amp;';
    else if (c === '<') out += '&lt;';
    else if (c === '>') out += '&gt;';
    else if (c === '"') out += '&quot;';
    else if (c === "'") out += '&#39;';
    else out += c;
  }
  return out;
}

/** The page's HTML (a fragment: the preview wraps it with its styles and script). */
export function renderHtml(layout: Layout, problems: readonly PreviewProblem[] = []): string {
  const byLine = problemsByLine(problems);
  const parts: string[] = [];
  if (layout.symbol) parts.push(`<div class="running-header">${escapeHtml(layout.symbol)}</div>`);
  for (const block of layout.blocks) parts.push(wrap(block, inner(block), problemsOf(block, byLine)));
  return `<article class="page">${parts.join('')}</article>`;
}

function inner(block: LayoutBlock): string {
  switch (block.kind) {
    case 'masthead':
      return `<div class="mh-row mh-top"><span class="mh-un">United Nations</span><span class="mh-symbol">${escapeHtml(block.symbol ?? '')}</span></div><div class="mh-row"><span class="mh-other">${block.other.map(escapeHtml).join('<br>')}</span><span class="mh-lines">${[block.distribution, block.date, block.original].filter((line) => line !== undefined).map((line) => escapeHtml(line as string)).join('<br>')}</span></div>`;
    case 'title':
      return escapeLines(block.text);
    case 'heading':
      if (block.labelAbove) return `${escapeHtml(block.label)}<br>${escapeHtml(block.text)}`;
      return block.annex ? escapeHtml(block.label || block.text) : hanging(block.label, block.text);
    case 'paragraph':
      return block.number ? hanging(block.number, block.text) : `<span class="text">${escapeLines(block.text)}</span>`;
    case 'item':
      return hanging(block.marker, block.text);
    case 'text':
      return `<span class="text">${escapeLines(block.text)}</span>`;
    case 'notes':
      return `<hr class="note-rule">${block.notes.map((note) => `<div class="note"><span class="label">${escapeHtml(note.label)}</span><span class="text">${escapeHtml(note.text)}</span></div>`).join('')}`;
  }
}

/** A block's lines (joined by `\n` in the layout) as lines on the page. */
function escapeLines(text: string): string {
  return text.split('\n').map(escapeHtml).join('<br>');
}

function hanging(label: string, text: string): string {
  return `<span class="label">${escapeHtml(label)}</span><span class="text">${escapeHtml(text)}</span>`;
}

function classes(block: LayoutBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${block.style}${block.annex || block.labelAbove ? ' annex' : ''}`;
    case 'paragraph':
      return `SingleTxt${block.number ? ' numbered' : ''}${block.quoted ? ' quoted' : ''}`;
    case 'item':
      return `item level-${Math.min(block.level, 5)}${block.agenda ? ' agenda' : ''}${block.quoted ? ' quoted' : ''}`;
    case 'text':
      return `SingleTxt${block.quoted ? ' quoted' : ''}`;
    default:
      return block.kind;
  }
}

function wrap(block: LayoutBlock, content: string, problems: PreviewProblem[]): string {
  const mark = problems.length === 0 ? '' : `<span class="problem ${worst(problems)}" title="${escapeHtml(problems.map((p) => p.message).join('\n'))}" aria-label="${problems.length} problem${problems.length === 1 ? '' : 's'}"></span>`;
  return `<div class="block ${classes(block)}" data-line="${block.source.line}" data-end-line="${block.source.endLine}">${mark}${content}</div>`;
}

function problemsByLine(problems: readonly PreviewProblem[]): Map<number, PreviewProblem[]> {
  const map = new Map<number, PreviewProblem[]>();
  for (const problem of problems) {
    const list = map.get(problem.line);
    if (list) list.push(problem);
    else map.set(problem.line, [problem]);
  }
  return map;
}

function problemsOf(block: LayoutBlock, byLine: Map<number, PreviewProblem[]>): PreviewProblem[] {
  const found: PreviewProblem[] = [];
  for (let line = block.source.line; line <= block.source.endLine; line++) for (const problem of byLine.get(line) ?? []) found.push(problem);
  return found;
}

const ORDER = ['error', 'warning', 'information', 'hint'] as const;

function worst(problems: PreviewProblem[]): string {
  return ORDER.find((severity) => problems.some((p) => p.severity === severity)) ?? 'hint';
}

/** The page's style sheet: A4 width, Times New Roman, the UN indents (docs/export.md). */
export const PREVIEW_CSS = `
body { background: #e8e8e8; margin: 0; padding: 16px; }
/* A pane narrower than the page (the preview beside the editor): the page narrows and its text reflows, rather than being cut off on the right. */
@media (max-width: 840px) { body { padding: 4px; } .page { padding: 12mm 6mm; } }
.page { background: #fff; color: #000; width: 210mm; max-width: 100%; min-height: 297mm; box-sizing: border-box; margin: 0 auto; padding: 25mm 19mm; font: 10pt/1.2 "Times New Roman", Times, serif; box-shadow: 0 0 4px #999; }
.running-header { font-weight: bold; border-bottom: 1px solid #000; margin-bottom: 12pt; }
.block { position: relative; cursor: pointer; }
.block.active { background: rgba(255, 230, 120, 0.35); }
.masthead .mh-row { display: flex; justify-content: space-between; }
.mh-top { border-bottom: 1.5pt solid #000; padding-bottom: 2pt; align-items: baseline; }
.mh-un { font-size: 14pt; }
.mh-symbol { font-size: 20pt; }
.mh-lines { width: 45%; padding-top: 4pt; margin-bottom: 18pt; }
.title { font-weight: bold; font-size: 17pt; margin: 12pt 0 12pt 12.7mm; }
.HCh, .H1, .H23, .H4 { font-weight: bold; display: flex; margin: 12pt 0 6pt; }
.HCh { font-size: 14pt; margin-top: 18pt; }
.H1 { font-size: 12pt; }
.H4 { font-weight: normal; font-style: italic; }
.HCh > .label, .H1 > .label, .H23 > .label, .H4 > .label { flex: 0 0 12.7mm; }
.annex { justify-content: center; text-align: center; }
.SingleTxt, .item { display: flex; text-align: justify; margin: 0 12.7mm 6pt 21.1mm; }
.SingleTxt.numbered { margin-left: 12.7mm; }
.SingleTxt.numbered > .label { flex: 0 0 8.4mm; }
.item > .label { flex: 0 0 8.4mm; }
.item.level-0 { margin-left: 21.1mm; }
.item.level-1 { margin-left: 29.5mm; }
.item.level-2 { margin-left: 37.9mm; }
.item.level-3, .item.level-4, .item.level-5 { margin-left: 46.3mm; }
.quoted { margin-left: 29.5mm; }
.SingleTxt.numbered.quoted { margin-left: 21.1mm; }
.item.quoted.level-0 { margin-left: 29.5mm; }
.item.quoted.level-1 { margin-left: 37.9mm; }
.notes { margin: 6pt 12.7mm 6pt 12.7mm; font-size: 9pt; }
.note-rule { width: 40mm; margin: 0 0 3pt 0; border: 0; border-top: 0.5pt solid #000; text-align: left; }
.note { display: flex; }
.note > .label { flex: 0 0 8.4mm; text-align: right; padding-right: 2mm; box-sizing: border-box; }
.problem { position: absolute; left: -14mm; top: 0.2em; width: 0.8em; height: 0.8em; border-radius: 50%; }
.problem.error { background: #d32f2f; }
.problem.warning { background: #f9a825; }
.problem.information, .problem.hint { background: #1976d2; }
`;
