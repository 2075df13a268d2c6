export { buildLayout } from './build';
export type * from './model';
export { renderHtml, escapeHtml, PREVIEW_CSS, type PreviewProblem } from './html';
