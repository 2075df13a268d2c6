// Renders Markdown as VS Code renders hovers (marked, GitHub's autolinks on), for
// the tests that hold hovers to plain text: which tags and links come out.
type Marked = typeof import('marked', { with: { 'resolution-mode': 'import' } }).marked;

let marked: Marked | undefined;

/** Loads marked (an ECMAScript module); call before `render`, e.g. in a `before` hook. */
export async function loadMarkdown(): Promise<void> {
  marked ??= (await import('marked')).marked;
}

/** The tags of the rendered HTML (`p`, `a`…), its links, and its text with entities decoded. */
export function render(markdown: string): { tags: string[]; links: string[]; text: string } {
  if (!marked) throw new Error('loadMarkdown() first');
  const html = marked.parse(markdown, { async: false, gfm: true });
  const tags = [...html.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]);
  const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
  const text = html.replace(/<[^>]*>/g, '').replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] as string);
  return { tags, links, text: text.trim() };
}
