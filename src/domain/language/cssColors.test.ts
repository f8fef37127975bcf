import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedColor } from '../home/colors.ts';
import { demoHome } from '../home/scenarios/demo.ts';
import { makeLight, NOW } from '../home/testing.ts';
import { cssColorName, nameOfCssHex, parseCssColor } from './cssColors.ts';
import { interpret } from './interpret.ts';

/** Every CSS keyword with its hex, read from colord's names plugin itself. */
const KEYWORDS = [
  ...readFileSync(
    new URL('../../../node_modules/colord/plugins/names.mjs', import.meta.url),
    'utf8',
  ).matchAll(/(\w+):"(#[0-9a-f]{6})"/g),
].map(([, keyword, hex]) => [keyword!, hex!] as const);

describe('parseCssColor', () => {
  // prettier-ignore
  it.each([
    ['dodger blue', { kind: 'rgb', hex: '#1e90ff' }],
    ['dodgerblue', { kind: 'rgb', hex: '#1e90ff' }],
    ['Light Goldenrod Yellow', { kind: 'rgb', hex: '#fafad2' }],
    ['light-goldenrod-yellow', { kind: 'rgb', hex: '#fafad2' }],
    ['lightgoldenrodyellow', { kind: 'rgb', hex: '#fafad2' }],
    ['the tomato colour', { kind: 'rgb', hex: '#ff6347' }],
    ['dark slate grey', { kind: 'rgb', hex: '#2f4f4f' }],
    // What the home knows itself reads the same here.
    ['green', { kind: 'rgb', hex: '#008000' }],
    ['amber', { kind: 'rgb', hex: '#ffbf00' }],
    ['warm white', { kind: 'temp', kelvin: 2700 }],
    ['#f80', { kind: 'rgb', hex: '#ff8800' }],
    ['blurple', undefined],
    ['constructor', undefined],
    ['hasownproperty', undefined],
    ['transparent', undefined],
    ['rgb(255, 0, 0)', undefined],
    ['', undefined],
  ] as [string, ParsedColor | undefined][])('%j', (text, expected) => {
    expect(parseCssColor(text)).toEqual(expected);
  });

  it('knows all of the about 150 CSS keywords', () => {
    expect(KEYWORDS.length).toBeGreaterThan(140);
    for (const [keyword, hex] of KEYWORDS)
      expect(parseCssColor(keyword)).toEqual({ kind: 'rgb', hex });
  });
});

describe('naming colours with CSS keywords', () => {
  // prettier-ignore
  it.each([
    ['#1e90ff', 'dodger blue'],
    ['#fafad2', 'light goldenrod yellow'],
    ['#2f4f4f', 'dark slate grey'],
    ['#ffebcd', 'blanched almond'],
    // Everyday names come first, in the product's spelling.
    ['#00ffff', 'cyan'],
    ['#ff00ff', 'magenta'],
    ['#808080', 'grey'],
    ['#87ceeb', 'sky blue'],
    ['#ffbf00', 'amber'],
    // Not a keyword: the nearest basic name, as on the home page.
    ['#123456', 'blue'],
  ])('%s is %s', (hex, name) => {
    expect(nameOfCssHex(hex)).toBe(name);
  });

  // Also holds an everyday name to its CSS meaning: were "light blue" another blue in the home's
  // table, #add8e6 would be called "light blue" and read back as that other blue.
  it('says every keyword back in words that read as the same colour', () => {
    for (const [keyword, hex] of KEYWORDS)
      expect(parseCssColor(nameOfCssHex(hex)), keyword).toEqual({ kind: 'rgb', hex });
  });

  it('names a light by its colour or its shade of white', () => {
    expect(
      cssColorName(makeLight({ attributes: { color_mode: 'rgb', rgb_color: '#6495ed' } })),
    ).toBe('cornflower blue');
    expect(
      cssColorName(
        makeLight({
          attributes: { color_mode: 'color_temp', color_temp_kelvin: 2700, rgb_color: undefined },
        }),
      ),
    ).toBe('warm white');
  });
});

describe('the colour slot', () => {
  const home = demoHome(NOW);
  it.each(['dodger blue', 'lightgoldenrodyellow', 'light goldenrod yellow', 'medium sea green'])(
    'understands "set the living room lamp to %s"',
    (colour) => {
      const result = interpret(`set the living room lamp to ${colour}`, { home });
      expect(result).toMatchObject({
        intent: 'HassLightSet',
        slots: { color: colour },
        targets: ['light.living_room_lamp'],
      });
    },
  );
});
