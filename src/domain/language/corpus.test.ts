// Home Assistant's own English test sentences (../shared/corpora/ha-intents-en.json, never copied
// into the project), scored with the rules of ../shared/tools/score_intents.py: full match — the
// intent and every listed slot — at least 0.97 on the device domains and 0.90 on all cases. On a
// miss the failure lists every sentence that missed, what was wanted and what was understood.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadHomeFile } from '../home/load.ts';
import type { Home } from '../home/model.ts';
import { interpret } from './interpret.ts';
import { DEVICE_DOMAINS, rate, report, tally, type Corpus } from './testing/score.ts';

const CORPUS = fileURLToPath(
  new URL('../../../../shared/corpora/ha-intents-en.json', import.meta.url),
);
const present = existsSync(CORPUS);

/** The corpus names the speaking device's room ("Living Room"); the context wants its id. */
function areaId(home: Home, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const wanted = name.trim().toLowerCase();
  const found = home.areas.find((a) => a.name.toLowerCase() === wanted || a.id === wanted);
  if (!found) throw new Error(`The corpus speaks from "${name}", which its fixtures lack.`);
  return found.id;
}

describe.skipIf(!present)(
  'Home Assistant test sentences (needs ../shared/corpora/ha-intents-en.json)',
  () => {
    // Vitest still runs a skipped describe's body to collect its tests: read only when present.
    const corpus: Corpus = present
      ? JSON.parse(readFileSync(CORPUS, 'utf8'))
      : { fixtures: {}, cases: [] };
    const loaded = present ? loadHomeFile(corpus.fixtures) : undefined;

    const run = () => {
      if (!loaded?.ok) throw new Error(`The corpus fixtures do not load: ${loaded?.errors}`);
      const home = loaded.home;
      const answers = corpus.cases.map((c) => {
        const area = areaId(home, c.context?.area);
        return interpret(c.text, { home, ...(area ? { area } : {}) });
      });
      const all = tally(corpus.cases, answers);
      const devices = tally(
        corpus.cases.filter((c) => DEVICE_DOMAINS.includes(c.domain ?? '')),
        answers.filter((_, i) => DEVICE_DOMAINS.includes(corpus.cases[i]!.domain ?? '')),
      );
      return { all, devices };
    };
    let result: ReturnType<typeof run> | undefined;
    const scored = () => (result ??= run());

    it('loads its fixtures as the home', () => {
      expect(loaded?.ok, JSON.stringify(loaded)).toBe(true);
      expect(corpus.cases.length).toBeGreaterThan(700);
    });

    it('full match ≥ 0.97 on the device domains', () => {
      const { devices } = scored();
      expect(rate(devices), `device domains: ${report(devices)}`).toBeGreaterThanOrEqual(0.97);
    });

    it('full match ≥ 0.90 on all cases', () => {
      const { all } = scored();
      expect(rate(all), `all cases: ${report(all)}`).toBeGreaterThanOrEqual(0.9);
    });
  },
);
