// Turns the adopted agenda's list into agenda items and sub-items.
import type { Agenda, AgendaItem, List } from '../model';
import { collapseSpace, trimEndOf, type Span } from '../text';

/** An item's title is its text without final `.`, `;` or `:` (and a trailing `and`). */
export function agendaTitle(text: string): string {
  let title = collapseSpace(text);
  title = trimEndOf(title, '.;:,').replace(/;\s*and$/, '').trimEnd();
  return title;
}

function trimmedSpan(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s.;:,]/.test(text[end - 1])) end--;
  return { start, end };
}

export function agendaFromList(text: string, list: List): Agenda {
  const items: AgendaItem[] = [];
  let current: AgendaItem | undefined;
  for (const item of list.items) {
    if (item.marker === 'number' && item.depth === 0) {
      current = {
        number: item.value,
        title: agendaTitle(text.slice(item.textSpan.start, item.textSpan.end)),
        span: item.span,
        titleSpan: trimmedSpan(text, item.textSpan),
        numberSpan: { start: item.markerSpan.start, end: item.markerSpan.end - 1 },
        subItems: [],
      };
      items.push(current);
    } else if (current && item.depth === 1 && item.marker !== 'none') {
      current.subItems.push({
        label: item.label,
        value: item.value,
        title: agendaTitle(text.slice(item.textSpan.start, item.textSpan.end)),
        span: item.span,
        titleSpan: trimmedSpan(text, item.textSpan),
      });
    }
  }
  return { items, span: list.span };
}
