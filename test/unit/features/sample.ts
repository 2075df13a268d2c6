// The inline draft most feature tests share: two chapters, an adopted agenda
// and a documentation list; each test adds its own paragraphs (from line 25, 0-based).
import { report } from './cursor';

export function sample(...extra: string[]): string {
  return report(
    'I. Introduction',
    '',
    '1. Ms. Jalil spoke about the efforts of Afghanistan. She noted the importance of cooperation.',
    '',
    'II. Organization of the meeting',
    '',
    'A. Adoption of the agenda',
    '',
    '2. At its 1st meeting, the Working Group adopted the following agenda:',
    '    1. Organizational matters:',
    '        (a) Opening of the meeting;',
    '        (b) Adoption of the agenda and organization of work.',
    '    2. Best practices in joint investigations and specialized prosecutions.',
    '    3. Other matters.',
    '',
    '3. The Working Group had before it the following:',
    '    (a) Background paper prepared by the Secretariat entitled "Best practices in joint investigations" (CTOC/COP/WG.4/2020/2).',
    '',
    ...extra,
  );
}
