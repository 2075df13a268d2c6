// Agendas introduced otherwise than by "… the following agenda:" (format.md, "The agenda"):
// "The agenda read as follows:", "The agenda, as adopted, was as follows:", "adopted the agenda
// as follows:", "… on the basis of the provisional agenda (UNEP/OECPR.6/1):", French "L'ordre du
// jour … était le suivant :", Spanish "El programa … fue el siguiente:" and ECLAC's "temario".
// Read only for a paragraph that ends with a colon, on its last 200 characters.

/** Endings (lower case, before the colon) that introduce the agenda whatever comes before. */
const ENDINGS = ['agenda as follows', 'temario', 'temario siguiente', 'siguiente temario'];

/** Endings that introduce the agenda when the last sentence's subject is the agenda. */
const FOLLOWS = ['as follows', 'était le suivant', 'était libellé comme suit', 'fue el siguiente', 'era el siguiente'];

/** The subjects of such a sentence: the agenda, not an agenda item. */
const SUBJECTS = ['the agenda', "l'ordre du jour", 'el programa', 'el temario'];

const WINDOW = 200;

/** True when `sentence` starts with an agenda as its subject (`The agenda, as adopted,`, not `The agenda item`). */
function hasAgendaSubject(sentence: string): boolean {
  for (const subject of SUBJECTS) {
    if (!sentence.startsWith(subject)) continue;
    const rest = sentence.slice(subject.length);
    if (rest.startsWith(',') || (rest.startsWith(' ') && !/^ (item|sub-item|point|tema)/.test(rest))) return true;
  }
  return false;
}

/** The last sentence of `text`: after the last `. ` (a symbol's `E/CN.6` has no space after its dot). */
function lastSentence(text: string): string {
  const stop = text.lastIndexOf('. ');
  return text.slice(stop < 0 ? 0 : stop + 2).trimStart();
}

/** True when the text before the colon ends `agenda (SYMBOL)`: the adopted agenda named by its provisional agenda's symbol. */
function endsWithAgendaSymbol(text: string): boolean {
  if (!text.endsWith(')')) return false;
  const open = text.lastIndexOf('(');
  if (open < 0 || /\s/.test(text.slice(open, -1))) return false;
  return text.slice(0, open).trimEnd().endsWith(' agenda');
}

/**
 * True when the paragraph text `text.slice(start, end)`, whose last character other than white
 * space is the colon at `end - 1`, introduces the agenda in one of the other forms.
 */
export function introducesAgendaOtherwise(text: string, start: number, end: number): boolean {
  const window = text
    .slice(Math.max(start, end - WINDOW), end - 1)
    .toLowerCase()
    .replace(/[\u2019\u02bc]/g, "'")
    .trimEnd();
  if (ENDINGS.some((ending) => window.endsWith(` ${ending}`))) return true;
  if (endsWithAgendaSymbol(window)) return true;
  return FOLLOWS.some((ending) => window.endsWith(` ${ending}`)) && hasAgendaSubject(lastSentence(window));
}
