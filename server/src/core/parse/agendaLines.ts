// Lines that name the agenda item a part of the report considers, printed under
// its heading by ECOSOC commissions, the Human Rights Council and the UNFCCC
// bodies: `(Agenda item 3)`, `(Agenda items 3 and 4)`, `(Point 3 de l'ordre du
// jour)`, `(Tema 3 del programa)` (format.md, "Agenda item lines").

/** How such a line's text starts, in lower case, after its opening bracket. */
const OPENINGS = ['agenda item ', 'agenda items ', 'agenda sub-item ', 'agenda sub-items ', 'item ', 'items ', 'sub-item ', 'point ', 'points ', 'tema ', 'temas ', 'subtema '];

/** True when the trimmed line is `(Agenda item N)` or its like: in brackets, at most 100 characters, a digit after the words. */
export function isAgendaLine(line: string): boolean {
  if (line.length > 100 || line.charCodeAt(0) !== 40 || line.charCodeAt(line.length - 1) !== 41) return false;
  const lower = line.slice(1, 20).toLowerCase();
  for (const opening of OPENINGS) {
    if (!lower.startsWith(opening)) continue;
    const next = line.charCodeAt(1 + opening.length);
    return next >= 48 && next <= 57;
  }
  return false;
}
