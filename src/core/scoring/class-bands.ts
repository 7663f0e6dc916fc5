/** The classes of the Settings sheet's Bands (Xếp loại): "A>=90; B>=80; C>=70; D", first test that holds. */
import type { KeyedMessage } from '../messages';
import { passes } from '../rules/rule';
import { covers, readThreshold, splitEntries } from '../rules/thresholds';
import type { ClassBand } from '../types';

export const DEFAULT_BANDS = 'A>=90; B>=80; C>=70; D';

type BandsParse = { ok: true; bands: ClassBand[] } | ({ ok: false } & KeyedMessage);

export function parseClassBands(text: string): BandsParse {
  const bands: ClassBand[] = [];
  const texts: string[] = [];
  for (const entry of splitEntries(text)) {
    if (bands.some((band) => band.test === null))
      return { ok: false, key: 'classBandNotLast', params: { entry: texts[texts.length - 1] as string } };
    const at = entry.search(/[<>=≥≤]/);
    if (at < 0) {
      bands.push({ label: entry, test: null });
      texts.push(entry);
      continue;
    }
    const label = entry.slice(0, at).trim();
    const threshold = readThreshold(entry.slice(at));
    if (label === '' || !threshold) return { ok: false, key: 'badClassBand', params: { entry } };
    // An index is in percent points, so "90%" and "90" are the same threshold.
    const test = { op: threshold.op, threshold: threshold.percent ? threshold.value * 100 : threshold.value };
    const shadow = bands.findIndex(
      (band) =>
        band.test &&
        covers({ op: band.test.op, value: band.test.threshold }, { op: test.op, value: test.threshold }),
    );
    if (shadow >= 0)
      return { ok: false, key: 'unreachableBand', params: { entry, earlier: texts[shadow] as string } };
    bands.push({ label, test });
    texts.push(entry);
  }
  if (bands.length === 0) return { ok: false, key: 'badClassBand', params: { entry: text } };
  return { ok: true, bands };
}

/** The class of an index in percent (85.34 → "B" with the default bands), or null when no band takes it. */
export function classify(index: number, bands: readonly ClassBand[]): string | null {
  for (const band of bands) {
    if (band.test === null || passes({ op: band.test.op, value: band.test.threshold }, index))
      return band.label;
  }
  return null;
}
