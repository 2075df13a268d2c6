// agenda-item-unknown, agenda-title-mismatch, agenda-missing: references to
// agenda items checked against the draft's agenda (or, in a workspace, the
// provisional agenda of the session).
import type { Finding } from '../diagnostics';
import type { Agenda, AgendaItem, AgendaReference, Draft } from '../model';
import { agendaTitle } from '../parse/agenda';
import { collapseSpace, trimEndOf } from '../text';
import { replacementFix, ruleFamily } from './rule';

/** Compares titles ignoring quotation-mark style, runs of white space and final punctuation. */
export function normalizeTitle(title: string): string {
  return trimEndOf(agendaTitle(collapseSpace(title).replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'")), '.;:,!?');
}

function describeItems(agenda: Agenda): string {
  const numbers = agenda.items.map((item) => item.number);
  if (numbers.length === 0) return 'it has no items';
  const first = numbers[0];
  const consecutive = numbers.every((n, i) => n === first + i);
  return consecutive && numbers.length > 1 ? `its items are ${first} to ${numbers[numbers.length - 1]}` : `its items are ${numbers.join(', ')}`;
}

function describeSubItems(item: AgendaItem): string {
  const labels = item.subItems.map((sub) => `(${sub.label})`);
  if (labels.length === 0) return 'it has no sub-items';
  return labels.length === 1 ? `it has only ${labels[0]}` : `it has ${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

export interface AgendaSource {
  agenda: Agenda;
  /** Where the agenda comes from, for messages: "the provisional agenda (CTOC/COP/WG.4/2020/1)". */
  description?: string;
}

export function checkAgendaReferences(draft: Draft, source: AgendaSource | undefined, out: Finding[]): void {
  const references: AgendaReference[] = [];
  for (let at = 0; at < draft.references.length; at++) {
    const reference = draft.references[at];
    if (reference.kind === 'agenda') references.push(reference);
  }
  if (references.length === 0) return;
  if (!source) {
    out.push({
      code: 'agenda-missing',
      message: 'Agenda items are referred to, but this draft has no agenda (a paragraph ending "the following agenda:" with its items) and no provisional agenda was found for it.',
      span: references[0].span,
    });
    return;
  }
  const where = source.description ?? 'the agenda';
  const byNumber = new Map(source.agenda.items.map((item) => [item.number, item]));
  const normalized = memoized(normalizeTitle);
  for (let at = 0; at < references.length; at++) {
    const reference = references[at];
    let known = true;
    for (let t = 0; t < reference.targets.length; t++) {
      const target = reference.targets[t];
      const item = byNumber.get(target.item.value);
      if (!item) {
        out.push({ code: 'agenda-item-unknown', message: `There is no agenda item ${target.item.value} in ${where}: ${describeItems(source.agenda)}.`, span: target.item.span });
        known = false;
      } else if (target.sub && !item.subItems.some((sub) => sub.value === target.sub?.value)) {
        out.push({ code: 'agenda-item-unknown', message: `Agenda item ${item.number} has no sub-item (${target.sub.label}) in ${where}: ${describeSubItems(item)}.`, span: target.sub.span });
        known = false;
      }
    }
    if (known && reference.entitled && reference.targets.length === 1) checkTitle(reference, byNumber, normalized, out);
  }
}

/** A draft quotes the same few titles many times: each is normalized once per check. */
function memoized(normalize: (title: string) => string): (title: string) => string {
  const seen = new Map<string, string>();
  return (title) => {
    let result = seen.get(title);
    if (result === undefined) seen.set(title, (result = normalize(title)));
    return result;
  };
}

function checkTitle(reference: AgendaReference, byNumber: Map<number, AgendaItem>, normalizeTitle: (title: string) => string, out: Finding[]): void {
  const entitled = reference.entitled;
  const target = reference.targets[0];
  const item = byNumber.get(target.item.value);
  if (!entitled || !item) return;
  const sub = target.sub ? item.subItems.find((s) => s.value === target.sub?.value) : undefined;
  const expected = sub ? sub.title : item.title;
  // The same text normalizes the same (most titles are quoted as the agenda has them).
  if (entitled.text === expected || normalizeTitle(entitled.text) === normalizeTitle(expected)) return;
  const name = sub ? `${item.number} (${sub.label})` : String(item.number);
  out.push({
    code: 'agenda-title-mismatch',
    message: `The title quoted for agenda item ${name} differs from the agenda, which reads "${expected}".`,
    span: entitled.span,
    data: { replacement: expected },
  });
}

export const agenda = ruleFamily({
  name: 'agenda',
  rules: {
    'agenda-item-unknown': {
      severity: 'error',
      reports: 'a reference to an agenda item or sub-item the agenda lacks',
      setting: 'A reference to an agenda item or sub-item the agenda does not have.',
    },
    'agenda-title-mismatch': {
      severity: 'warning',
      reports: 'a quoted agenda item title that differs from the agenda',
      setting: 'A title quoted after "entitled" that differs from the agenda.',
    },
    'agenda-missing': {
      severity: 'information',
      reports: 'agenda items are referred to but no agenda can be found',
      setting: 'Agenda items are referred to but no agenda can be found.',
    },
  },
  check: (draft, context, out) => checkAgendaReferences(draft, draft.agenda ? { agenda: draft.agenda } : context.fallbackAgenda, out),
  fixes: { 'agenda-title-mismatch': replacementFix(() => "Use the agenda's title", true) },
});
