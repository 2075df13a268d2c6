// list-punctuation: the items of a list introduced by a colon end with ";", the last
// with "." ("; and" or "; or" may end the item before the last). Only lists that show
// the convention themselves are checked (an item before the last ends with ";"): lists
// of sentences each ending ".", lists of names without punctuation, the agenda and
// headings are left alone.
import type { Finding } from '../diagnostics';
import type { Draft, List, ListItem } from '../model';
import { allLists } from '../parse/scan';
import { replacementFix, ruleFamily } from './rule';

/** The words "; and" / "; or" may add before the last item, in the three languages. */
const JOINERS = ['and', 'or', 'et', 'ou', 'y', 'o', 'e', 'u'];

interface Ending {
  /** `;`, `.`, `,`, `:`, `; and` (a joiner after a semicolon), or '' for none. */
  kind: ';' | '.' | ',' | ':' | ';+' | '';
  /** The final punctuation mark (or the last character, when there is none). */
  at: number;
}

/** How an item's own text ends (closing quotes and brackets after the mark are read through). */
function endingOf(text: string, item: ListItem): Ending {
  let end = item.textSpan.end;
  while (end > item.textSpan.start && isBlank(text.charCodeAt(end - 1))) end--;
  const wordEnd = end;
  let wordStart = wordEnd;
  while (wordStart > item.textSpan.start && isLowerLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart < wordEnd && JOINERS.includes(text.slice(wordStart, wordEnd))) {
    let before = wordStart;
    while (before > item.textSpan.start && isBlank(text.charCodeAt(before - 1))) before--;
    if (before < wordStart && text[before - 1] === ';') return { kind: ';+', at: before - 1 };
  }
  let mark = end;
  while (mark > item.textSpan.start && '"”’)]»'.includes(text[mark - 1])) mark--;
  const c = text[mark - 1];
  if (c === ';' || c === '.' || c === ',' || c === ':') return { kind: c, at: mark - 1 };
  return { kind: '', at: end - 1 };
}

function isBlank(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0;
}

function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** True when the list follows a colon: the last non-blank character before its first item is `:`. */
function introducedByColon(text: string, list: List): boolean {
  // From the first item: a paragraph's list's span starts at its last line (parse/draft.ts).
  let at = list.items.length > 0 ? list.items[0].span.start : list.span.start;
  while (at > 0 && isBlank(text.charCodeAt(at - 1))) at--;
  return text[at - 1] === ':';
}

function checkList(draft: Draft, list: List, out: Finding[]): void {
  if (list.isAgenda || !introducedByColon(draft.text, list)) return;
  const groups = new Map<number, ListItem[]>();
  for (const item of list.items) {
    if (item.marker === 'none') return; // an unmarked line: list-sequence's; the list's shape is unclear
    const group = groups.get(item.parent);
    if (group) group.push(item);
    else groups.set(item.parent, [item]);
  }
  for (const [parent, items] of groups) {
    // A nested list hangs from an item ending ":"; its last item ends as its parent would.
    if (parent >= 0 && endingOf(draft.text, list.items[parent]).kind !== ':') continue;
    checkGroup(draft, items, parent < 0, out);
  }
}

function checkGroup(draft: Draft, items: ListItem[], topLevel: boolean, out: Finding[]): void {
  if (items.length < 2) return;
  const endings = items.map((item) => endingOf(draft.text, item));
  const last = items.length - 1;
  // The list must show the convention: an item before the last ends with ";" (or "; and").
  if (!endings.some((ending, i) => i < last && (ending.kind === ';' || ending.kind === ';+'))) return;
  for (let i = 0; i < items.length; i++) {
    const ending = endings[i];
    if (ending.kind === ':') continue; // it introduces a nested list
    if (i < last) {
      if (ending.kind === ';' || ending.kind === ';+') continue;
      out.push(finding(draft, ending, ';', 'an item before the last ends with ";"'));
    } else if (topLevel && ending.kind !== '.') {
      if (ending.kind === ';+') out.push({ code: 'list-punctuation', message: 'The last item ends with "; and" or "; or": the joiner goes before the last item, which ends with ".".', span: { start: ending.at, end: items[i].textSpan.end } });
      else out.push(finding(draft, ending, '.', 'the last item of a list ends with "."'));
    }
  }
}

function finding(draft: Draft, ending: Ending, mark: ';' | '.', rule: string): Finding {
  const text = draft.text;
  const written = ending.kind === '' ? 'no punctuation' : `"${ending.kind}"`;
  // Missing punctuation: the mark is added after the last character (kept in the replacement).
  const replacement = ending.kind === '' ? text[ending.at] + mark : mark;
  return {
    code: 'list-punctuation',
    message: `This item ends with ${written}: in a list introduced by a colon, ${rule}. Write "${mark}".`,
    span: { start: ending.at, end: ending.at + 1 },
    data: { replacement },
  };
}

export const listPunctuation = ruleFamily({
  name: 'listPunctuation',
  rules: {
    'list-punctuation': {
      severity: 'hint',
      reports: 'an item of a list introduced by a colon not ending with ";" (the last with ".")',
      setting: 'An item of a list introduced by a colon that does not end with ";" (or "; and", "; or" before the last item), or a last item that does not end with ".". Only lists whose other items show the convention are checked.',
    },
  },
  check: (draft, _context, out) => {
    const lists = allLists(draft);
    for (let at = 0; at < lists.length; at++) checkList(draft, lists[at], out);
  },
  fixes: { 'list-punctuation': replacementFix((mark) => `End the item with "${mark.slice(-1)}"`, false) },
});
