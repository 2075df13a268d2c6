// Word's automatic numbering (numbering.xml, and numbering given through paragraph styles in
// styles.xml), rendered as the numbers Word shows: each list's levels with their start, format
// (`decimal`, `lowerLetter`, `upperRoman`…) and text (`%1.`, `(%2)`), counters shared by the
// lists of one abstract definition, restarted by a start override or by a higher level.
import { toLetter, toRoman, toUpperLetter } from '../core/parse/numerals';
import { child, childValue, parseXmlTree, type XmlElement } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface NumberingInstance {
  abstractId: string;
  /** Start overrides by level, applied the first time the instance is used. */
  overrides: Map<number, number>;
  /** Levels the instance redefines whole (`w:lvlOverride/w:lvl`). */
  levels: Map<number, Level>;
}

function readLevel(element: XmlElement): Level {
  return {
    start: Number(childValue(element, 'w:start') ?? '1') || 0,
    format: childValue(element, 'w:numFmt') ?? 'decimal',
    text: childValue(element, 'w:lvlText') ?? '',
  };
}

/** A number in a level's format: 3 → `3`, `c`, `C`, `iii`, `III`. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return toLetter(value);
    case 'upperLetter':
      return toUpperLetter(value);
    case 'lowerRoman':
      return toRoman(value);
    case 'upperRoman':
      return toRoman(value).toUpperCase();
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    default:
      return String(value);
  }
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, NumberingInstance>();
  /** Counters per abstract definition and level. */
  private readonly counters = new Map<string, number[]>();
  private readonly used = new Set<string>();

  constructor(numberingXml: string | undefined) {
    if (!numberingXml) return;
    const root = child(parseXmlTree(numberingXml), 'w:numbering');
    for (const element of root?.children ?? []) {
      if (element.name === 'w:abstractNum') {
        const levels = new Map<number, Level>();
        for (const level of element.children) if (level.name === 'w:lvl') levels.set(Number(level.attributes.get('w:ilvl') ?? '0'), readLevel(level));
        this.abstracts.set(element.attributes.get('w:abstractNumId') ?? '', levels);
      } else if (element.name === 'w:num') {
        const instance: NumberingInstance = { abstractId: childValue(element, 'w:abstractNumId') ?? '', overrides: new Map(), levels: new Map() };
        for (const override of element.children) {
          if (override.name !== 'w:lvlOverride') continue;
          const ilvl = Number(override.attributes.get('w:ilvl') ?? '0');
          const start = childValue(override, 'w:startOverride');
          if (start !== undefined) instance.overrides.set(ilvl, Number(start));
          const level = child(override, 'w:lvl');
          if (level) instance.levels.set(ilvl, readLevel(level));
        }
        this.instances.set(element.attributes.get('w:numId') ?? '', instance);
      }
    }
  }

  private level(instance: NumberingInstance, ilvl: number): Level | undefined {
    return instance.levels.get(ilvl) ?? this.abstracts.get(instance.abstractId)?.get(ilvl);
  }

  /**
   * The label Word shows for the next paragraph of list `numId` at level `ilvl` (`12.`, `(a)`),
   * '' for a bullet or a level without text, undefined when the list does not exist.
   */
  next(numId: string, ilvl: number): { label: string; bullet: boolean } | undefined {
    const instance = this.instances.get(numId);
    if (!instance || numId === '0') return undefined;
    const level = this.level(instance, ilvl);
    if (!level) return undefined;
    // Lists that share an abstract definition continue each other; a list with a start override
    // restarts the count when its first paragraph comes (LibreOffice writes each list so: its first
    // paragraph in a list that restarts, the others in one that does not).
    let counters = this.counters.get(instance.abstractId);
    if (!counters) this.counters.set(instance.abstractId, (counters = []));
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const [overridden, start] of instance.overrides) counters[overridden] = start - 1;
    }
    counters[ilvl] = (counters[ilvl] ?? this.level(instance, ilvl)!.start - 1) + 1;
    // A number at one level restarts the levels below it.
    counters.length = ilvl + 1;
    if (level.format === 'bullet') return { label: '', bullet: true };
    const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const shown = this.level(instance, at);
      return formatNumber(counters![at] ?? shown?.start ?? 1, shown?.format ?? 'decimal');
    });
    return { label, bullet: false };
  }
}
