// A seeded generator of realistic report drafts for the benchmarks (docs/format.md):
// masthead, title, chapters and sections, numbered paragraphs with lists (a)(b) and
// (i)(ii), an agenda with sub-items, references to agenda items with their titles and to
// paragraphs above, decisions, resolutions, symbols listed in a documentation list, dates
// and lists of States. Clean drafts give no errors; `defects` adds a few of each kind.
// Usage: node out/bench/generate.js --paragraphs 2000 [--seed 1] [--defects] > draft.unr

/** Mulberry32: a small, fast PRNG whose output depends only on the seed. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DraftOptions {
  paragraphs: number;
  seed?: number;
  /** Adds about one defect per 50 paragraphs (numbering, references, symbols, dates, lists). */
  defects?: boolean;
  /** The series, e.g. `CTOC/COP/WG.4/2020`; the draft's symbol is `<series>/<number>`. */
  series?: string;
  number?: number;
}

export interface GeneratedDraft {
  text: string;
  symbol: string;
  /** Numbered paragraphs written. */
  paragraphs: number;
}

const AGENDA = [
  { title: 'Organizational matters', subItems: ['Opening of the meeting', 'Adoption of the agenda and organization of work'] },
  { title: 'Guidance on the issue of appropriate criminal justice responses to victims who have been compelled to commit offences as a result of their being trafficked', subItems: [] },
  { title: 'Best practices in joint investigations and specialized prosecutions', subItems: [] },
  { title: 'Review of the implementation of the Protocol', subItems: ['Prevention of trafficking in persons', 'Protection of and assistance to victims', 'International cooperation'] },
  { title: 'Technical assistance and capacity-building', subItems: [] },
  { title: 'Other matters', subItems: [] },
  { title: 'Adoption of the report', subItems: [] },
];

const CHAPTERS = ['Recommendations', "Chair's summary of deliberations", 'Summary of the discussion', 'Review of implementation', 'Technical assistance', 'Thematic discussions', 'Conclusions'];
const SECTIONS = ['General discussion', 'Prevention', 'Protection of victims', 'Prosecution', 'International cooperation', 'Statements', 'Panel discussion', 'Regional perspectives', 'Data collection', 'Training'];
const STATES = [
  'Afghanistan', 'Albania', 'Algeria', 'Angola', 'Argentina', 'Australia', 'Austria', 'Azerbaijan', 'Bahamas', 'Bangladesh', 'Belgium',
  'Bolivia (Plurinational State of)', 'Brazil', 'Bulgaria', 'Canada', 'Chile', 'China', 'Colombia', 'Costa Rica', 'Croatia', 'Cuba',
  'Cyprus', 'Czechia', 'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Finland', 'France', 'Germany', 'Greece', 'Guatemala',
  'Honduras', 'India', 'Indonesia', 'Iraq', 'Israel', 'Italy', 'Japan', 'Jordan', 'Kenya', 'Kuwait', 'Latvia', 'Lebanon', 'Lithuania',
  'Malaysia', 'Malta', 'Mexico', 'Morocco', 'Namibia', 'Netherlands', 'New Zealand', 'Nigeria', 'Norway', 'Oman', 'Panama', 'Paraguay',
  'Peru', 'Poland', 'Portugal', 'Qatar', 'Republic of Korea', 'Romania', 'Russian Federation', 'Saudi Arabia', 'Singapore', 'Slovakia',
  'South Africa', 'Spain', 'Sri Lanka', 'Sweden', 'Switzerland', 'Thailand', 'Trinidad and Tobago', 'Tunisia', 'Türkiye', 'Ukraine',
  'United Arab Emirates', 'United Kingdom', 'United States', 'Uruguay', 'Venezuela (Bolivarian Republic of)',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SUBJECTS = ['Several speakers', 'One speaker', 'Many speakers', 'The Working Group', 'Some speakers', 'The representative of the Secretariat', 'Other speakers', 'The Chair'];
const VERBS = ['highlighted', 'emphasized', 'noted', 'stressed', 'underlined', 'recalled', 'welcomed', 'acknowledged'];
const OBJECTS = [
  'the importance of international cooperation in the identification of victims of trafficking in persons',
  'the need for a victim-centred and human rights-based approach in the protection of identified victims',
  'the challenges of conducting cross-border investigations owing to limitations in funding and capacity',
  'the role of specialized prosecution units and multidisciplinary teams in complex cases',
  'the impact of the coronavirus disease (COVID-19) pandemic on the conduct of investigations and trials',
  'the value of bilateral agreements and joint investigative teams among law enforcement agencies',
  'the need to train law enforcement officers, prosecutors and judges on the non-punishment principle',
  'the importance of collecting reliable data on the number of victims identified and assisted',
];
const CLAUSES = [
  'in particular through the enhancement of bilateral contacts among the criminal justice agencies of both countries',
  'and the need to ensure transparency and to fight corruption in the institutions concerned',
  'as many victims are vulnerable migrants, which makes investigations more challenging',
  'while holding perpetrators accountable and safeguarding the rights of victims',
  'in order to better support victims at the regional and national levels',
];
const MEASURES = ['Ratify or accede to the Protocol', 'Review their legislation and, where appropriate, amend it', 'Strengthen the capacity of their criminal justice practitioners', 'Share good practices with other States', 'Provide adequate resources to specialized units', 'Report on progress to the Working Group'];
const ROMAN = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']] as const;

function roman(n: number): string {
  let out = '';
  for (const [value, numeral] of ROMAN) for (; n >= value; n -= value) out += numeral;
  return out;
}

function romanSmall(n: number): string {
  return roman(n).toLowerCase();
}

/** a, b, ..., z, aa, bb, ... */
function letter(n: number): string {
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** A, B, ..., Z, AA, ... (sections stay under 26 per chapter here). */
function capital(n: number): string {
  return letter(n).toUpperCase();
}

class Writer {
  private readonly blocks: string[] = [];
  private paragraph = 0;
  private readonly random: () => number;

  constructor(readonly options: Required<DraftOptions>) {
    this.random = prng(options.seed);
  }

  get written(): number {
    return this.paragraph;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  block(text: string): void {
    this.blocks.push(text);
  }

  /** A numbered paragraph; in the defect variant the number is sometimes skipped or repeated. */
  numbered(text: string): void {
    this.paragraph++;
    let shown = this.paragraph;
    if (this.options.defects && this.paragraph > 5 && this.chance(0.01)) shown = this.paragraph + (this.chance(0.5) ? 1 : -1);
    this.blocks.push(`${shown}. ${text}`);
  }

  text(): string {
    return `${this.blocks.join('\n\n')}\n`;
  }

  date(): string {
    const month = Math.floor(this.random() * 12);
    const bad = this.options.defects && this.chance(0.02);
    const day = bad ? 31 : 1 + Math.floor(this.random() * 28);
    return `${day} ${MONTHS[bad ? 8 : month]} ${2015 + Math.floor(this.random() * 10)}`;
  }

  states(count: number): string {
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(Math.floor(this.random() * STATES.length));
    const names = [...chosen].sort((a, b) => a - b).map((i) => STATES[i]);
    if (this.options.defects && this.chance(0.05)) names.splice(1, 0, names[0]);
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  }

  symbol(number: number): string {
    const bad = this.options.defects && this.chance(0.03);
    return `${this.options.series}/${number}${bad ? '/Rev1' : ''}`;
  }

  /** A reference to an earlier paragraph, or (defect) to one that does not exist. */
  paragraphRef(): string {
    const current = this.paragraph + 1;
    if (this.options.defects && this.chance(0.02)) return `paragraph ${current + 100000} above`;
    const target = 1 + Math.floor(this.random() * (current - 1));
    return this.chance(0.3) && target + 1 < current ? `paragraphs ${target} and ${target + 1} above` : `paragraph ${target} above`;
  }

  agendaRef(): string {
    const n = 2 + Math.floor(this.random() * (AGENDA.length - 3));
    const item = AGENDA[n - 1];
    if (item.subItems.length > 0 && this.chance(0.5)) return `agenda item ${n} (${letter(1 + Math.floor(this.random() * item.subItems.length))})`;
    const wrong = this.options.defects && this.chance(0.05);
    return `agenda item ${n}, entitled "${wrong ? item.title.replace('the', 'a') : item.title}"`;
  }

  sentence(): string {
    const kind = this.random();
    const subject = this.pick(SUBJECTS);
    const verb = this.pick(VERBS);
    if (kind < 0.12 && this.paragraph > 2) return `${subject} ${verb} ${this.pick(OBJECTS)} (see ${this.paragraphRef()}).`;
    if (kind < 0.22) return `In the discussion under ${this.agendaRef()}, ${subject.toLowerCase()} ${verb} ${this.pick(OBJECTS)}.`;
    if (kind < 0.3) return `Recalling decision ${1 + Math.floor(this.random() * 9)}/${1 + Math.floor(this.random() * 9)} and General Assembly resolution ${70 + Math.floor(this.random() * 9)}/${1 + Math.floor(this.random() * 300)}, ${subject.toLowerCase()} ${verb} ${this.pick(OBJECTS)}.`;
    if (kind < 0.36) return `${subject} referred to the background paper (${this.symbol(2 + Math.floor(this.random() * 2))}) and ${verb} ${this.pick(OBJECTS)}.`;
    if (kind < 0.42) return `At its meeting on ${this.date()}, the Working Group heard statements by ${this.states(3 + Math.floor(this.random() * 6))}.`;
    return `${subject} ${verb} ${this.pick(OBJECTS)}, ${this.pick(CLAUSES)}.`;
  }

  prose(): string {
    const count = 2 + Math.floor(this.random() * 3);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(this.sentence());
    return sentences.join(' ');
  }

  /** A paragraph introducing a list of (a), (b)... items, some with (i), (ii)... under them. */
  listParagraph(): void {
    const items = 2 + Math.floor(this.random() * 4);
    const lines = [`The Working Group recommended that States parties to the Protocol:`];
    for (let i = 1; i <= items; i++) {
      const last = i === items;
      if (this.chance(0.3)) {
        lines.push(`    (${letter(i)}) Consider the following measures:`);
        const sub = 2 + Math.floor(this.random() * 2);
        for (let j = 1; j <= sub; j++) lines.push(`        (${romanSmall(j)}) ${this.pick(MEASURES)}${j === sub && last ? '.' : ';'}`);
      } else {
        lines.push(`    (${letter(i)}) ${this.pick(MEASURES)}${last ? '.' : ';'}`);
      }
    }
    this.numbered(lines.join('\n'));
  }

  bodyParagraph(): void {
    if (this.chance(0.12)) this.listParagraph();
    else this.numbered(this.prose());
  }
}

/** The closing chapters: agenda, attendance, documentation, adoption. Writes `TAIL` paragraphs. */
const TAIL = 6;

function writeOrganization(w: Writer, chapter: number): void {
  const agenda = AGENDA.map((item, i) => {
    const subs = item.subItems.map((title, j) => `        (${letter(j + 1)}) ${title}${j === item.subItems.length - 1 ? '.' : ';'}`);
    return [`    ${i + 1}. ${item.title}${subs.length > 0 ? ':' : '.'}`, ...subs].join('\n');
  });
  const { series } = w.options;
  w.block(`${roman(chapter)}. Organization of the meeting`);
  w.block('A. Opening of the meeting');
  w.numbered(`The meeting of the Working Group was held in Vienna on ${w.date()}. ${w.prose()}`);
  w.block('B. Adoption of the agenda and organization of work');
  w.numbered(`At its 1st meeting, on ${w.date()}, the Working Group adopted by consensus the following agenda:\n${agenda.join('\n')}`);
  w.block('C. Attendance');
  w.numbered(`The following States parties to the Protocol were represented at the meeting: ${w.states(40)}.`);
  w.numbered('The Holy See, a non-member State maintaining a permanent observer mission, was represented by observers.');
  w.block('D. Documentation');
  w.numbered([
    'The Working Group had before it the following:',
    `    (a) Annotated provisional agenda (${series}/1);`,
    `    (b) Background paper prepared by the Secretariat entitled "${AGENDA[1].title}" (${series}/2);`,
    `    (c) Background paper prepared by the Secretariat entitled "${AGENDA[2].title}" (${series}/3).`,
  ].join('\n'));
  w.block(`${roman(chapter + 1)}. Adoption of the report`);
  w.numbered('On the last day of its meeting, the Working Group adopted the present report.');
}

export function generateDraft(options: DraftOptions): GeneratedDraft {
  const full: Required<DraftOptions> = { seed: 1, defects: false, series: 'CTOC/COP/WG.4/2020', number: 4, ...options };
  const w = new Writer(full);
  const symbol = `${full.series}/${full.number}`;
  w.block(`${symbol}\nDistr.: General\n${w.date()}\nOriginal: English`);
  w.block(`Report on the meeting of the Working Group on Trafficking in Persons held in Vienna`);
  const body = Math.max(2, full.paragraphs - TAIL);
  // About 25 paragraphs a section and 12 sections a chapter, so a large draft has many of both.
  const sections = Math.max(1, Math.round(body / 25));
  const chapters = Math.max(1, Math.ceil(sections / 12));
  let chapter = 0;
  for (let c = 0; c < chapters; c++) {
    w.block(`${roman(++chapter)}. ${c === 0 ? 'Introduction' : w.pick(CHAPTERS)}`);
    const sectionsHere = Math.min(12, sections - c * 12);
    for (let s = 1; s <= sectionsHere; s++) {
      if (sectionsHere > 1) w.block(`${capital(s)}. ${w.pick(SECTIONS)}`);
      const last = c === chapters - 1 && s === sectionsHere;
      const target = last ? body : Math.round((body * (c * 12 + s)) / sections);
      while (w.written < target) w.bodyParagraph();
    }
  }
  writeOrganization(w, chapter + 1);
  return { text: w.text(), symbol, paragraphs: w.written };
}

/** Drafts of an archive: `count` drafts of about `paragraphs` each, in series of 20 sharing a provisional agenda. */
export function* generateArchive(count: number, paragraphs: number, seed = 1): Generator<GeneratedDraft & { name: string }> {
  for (let i = 0; i < count; i++) {
    const series = `CTOC/COP/WG.${1 + (Math.floor(i / 20) % 9)}/${2000 + Math.floor(i / 180)}`;
    const number = 1 + (i % 20);
    const draft = generateDraft({ paragraphs, seed: seed * 100003 + i, series, number });
    yield { ...draft, name: `${series.replace(/\//g, '-')}-${number}.unr` };
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const value = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const draft = generateDraft({ paragraphs: value('--paragraphs', 2000), seed: value('--seed', 1), defects: args.includes('--defects') });
  process.stdout.write(draft.text);
}
