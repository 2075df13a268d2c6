// agenda-item-unknown, agenda-title-mismatch, agenda-missing: references to
// agenda items checked against the draft's agenda (or, in a workspace, the
// provisional agenda of the session).
import type { Finding } from '../diagnostics';
import type { Agenda, AgendaItem, AgendaReference, Draft } from '../model';
import { agendaTitle } from '../parse/agenda';
import { collapseSpace, trimEndOf } from '../text';
import { colon, joinList, languageOf, quote, type Messages } from './language';
import { replacementFix, ruleFamily, within, type FixProvider } from './rule';

/** Compares titles ignoring quotation-mark style, runs of white space and final punctuation. */
export function normalizeTitle(title: string): string {
  return trimEndOf(agendaTitle(collapseSpace(title).replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'")), '.;:,!?');
}

interface AgendaMessages {
  missing: string;
  /** `where`: undefined for the draft's own agenda, else the description of the agenda used. */
  unknownItem(n: number, where: string | undefined, items: number[]): string;
  unknownSub(n: number, label: string, where: string | undefined, labels: string[]): string;
  title(name: string, expected: string): string;
  fix: string;
}

const consecutive = (ns: number[]) => ns.length > 1 && ns.every((n, i) => n === ns[0] + i);
const FR = colon('fr');

const MESSAGES: Messages<AgendaMessages> = {
  en: {
    missing: 'Agenda items are referred to, but this draft has no agenda (a paragraph ending "the following agenda:" with its items) and no provisional agenda was found for it.',
    unknownItem: (n, where, items) =>
      `There is no agenda item ${n} in ${where ?? 'the agenda'}: ${items.length === 0 ? 'it has no items' : consecutive(items) ? `its items are ${items[0]} to ${items[items.length - 1]}` : `its items are ${items.join(', ')}`}.`,
    unknownSub: (n, label, where, labels) =>
      `Agenda item ${n} has no sub-item (${label}) in ${where ?? 'the agenda'}: ${labels.length === 0 ? 'it has no sub-items' : labels.length === 1 ? `it has only (${labels[0]})` : `it has ${joinList(labels.map((l) => `(${l})`), 'en')}`}.`,
    title: (name, expected) => `The title quoted for agenda item ${name} differs from the agenda, which reads "${expected}".`,
    fix: "Use the agenda's title",
  },
  fr: {
    missing: "Des points de l'ordre du jour sont cités, mais ce projet n'a pas d'ordre du jour (un paragraphe finissant par « l'ordre du jour suivant\u00a0: » et ses points), et aucun ordre du jour provisoire n'a été trouvé.",
    unknownItem: (n, where, items) =>
      `Il n'y a pas de point ${n} dans ${where ?? "l'ordre du jour"}${FR} ${items.length === 0 ? "il n'a pas de points" : consecutive(items) ? `ses points vont de ${items[0]} à ${items[items.length - 1]}` : `ses points sont ${joinList(items.map(String), 'fr')}`}.`,
    unknownSub: (n, label, where, labels) =>
      `Le point ${n} n'a pas d'alinéa ${label}) dans ${where ?? "l'ordre du jour"}${FR} ${labels.length === 0 ? "il n'a pas d'alinéas" : labels.length === 1 ? `il n'a que ${labels[0]})` : `il a ${joinList(labels.map((l) => `${l})`), 'fr')}`}.`,
    title: (name, expected) => `Le titre cité pour le point ${name} de l'ordre du jour diffère de celui de l'ordre du jour, qui est ${quote(expected, 'fr')}.`,
    fix: "Reprendre le titre de l'ordre du jour",
  },
  es: {
    missing: 'Se citan temas del programa, pero este proyecto no tiene programa (un párrafo que termine en "el siguiente programa:" con sus temas) y no se encontró un programa provisional.',
    unknownItem: (n, where, items) =>
      `No hay tema ${n} en ${where ?? 'el programa'}: ${items.length === 0 ? 'no tiene temas' : consecutive(items) ? `sus temas van del ${items[0]} al ${items[items.length - 1]}` : `sus temas son ${joinList(items.map(String), 'es')}`}.`,
    unknownSub: (n, label, where, labels) =>
      `El tema ${n} no tiene subtema ${label}) en ${where ?? 'el programa'}: ${labels.length === 0 ? 'no tiene subtemas' : labels.length === 1 ? `solo tiene ${labels[0]})` : `tiene ${joinList(labels.map((l) => `${l})`), 'es')}`}.`,
    title: (name, expected) => `El título citado para el tema ${name} del programa difiere del programa, que dice "${expected}".`,
    fix: 'Usar el título del programa',
  },
};

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
      message: MESSAGES[languageOf(draft)].missing,
      span: references[0].span,
    });
    return;
  }
  const say = MESSAGES[languageOf(draft)];
  const where = source.description;
  const numbers = source.agenda.items.map((item) => item.number);
  const byNumber = new Map(source.agenda.items.map((item) => [item.number, item]));
  const normalized = memoized(normalizeTitle);
  for (let at = 0; at < references.length; at++) {
    const reference = references[at];
    let known = true;
    for (let t = 0; t < reference.targets.length; t++) {
      const target = reference.targets[t];
      const item = byNumber.get(target.item.value);
      if (!item) {
        out.push({ code: 'agenda-item-unknown', message: say.unknownItem(target.item.value, where, numbers), span: target.item.span });
        known = false;
      } else if (target.sub && !item.subItems.some((sub) => sub.value === target.sub?.value)) {
        const labels = item.subItems.map((sub) => sub.label);
        out.push({ code: 'agenda-item-unknown', message: say.unknownSub(item.number, target.sub.label, where, labels), span: target.sub.span });
        known = false;
      }
    }
    if (known && reference.entitled && reference.targets.length === 1) checkTitle(say, reference, byNumber, normalized, out);
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

function checkTitle(say: AgendaMessages, reference: AgendaReference, byNumber: Map<number, AgendaItem>, normalizeTitle: (title: string) => string, out: Finding[]): void {
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
    message: say.title(name, expected),
    span: entitled.span,
    data: { replacement: expected },
  });
}

const useAgendaTitle = replacementFix((_title, language) => MESSAGES[language].fix, true);
const useAgendaTitleByHand = replacementFix((_title, language) => MESSAGES[language].fix, false);

/**
 * Copies the agenda's title over the quoted one. A quotation inside the draft's own agenda (a
 * paragraph read as an item's title) is left out of fix-all: the title it would copy contains the
 * quotation itself, so each round would copy the title into itself again, without end.
 */
const titleFix: FixProvider = (draft, finding) =>
  (draft.agenda && within(draft.agenda.span, finding.span) ? useAgendaTitleByHand : useAgendaTitle)(draft, finding);

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
  fixes: { 'agenda-title-mismatch': titleFix },
});
