import { describe, expect, it } from 'vitest';
import {
  colorName,
  everydayNameOf,
  nameOfHex,
  nameOfKelvin,
  parseColor,
  type ParsedColor,
} from './colors.ts';
import { makeLight, runOne } from './testing.ts';

describe('parseColor', () => {
  // prettier-ignore
  it.each([
    ['red', { kind: 'rgb', hex: '#ff0000' }],
    ['  Red  ', { kind: 'rgb', hex: '#ff0000' }],
    ['the blue colour', { kind: 'rgb', hex: '#0000ff' }],
    ['sky blue', { kind: 'rgb', hex: '#87ceeb' }],
    ['Sky-Blue', { kind: 'rgb', hex: '#87ceeb' }],
    ['green', { kind: 'rgb', hex: '#008000' }],
    ['forest green', { kind: 'rgb', hex: '#228b22' }],
    ['hot pink', { kind: 'rgb', hex: '#ff69b4' }],
    ['navy blue', { kind: 'rgb', hex: '#000080' }],
    ['grey', { kind: 'rgb', hex: '#808080' }],
    ['gray', { kind: 'rgb', hex: '#808080' }],
    ['amber', { kind: 'rgb', hex: '#ffbf00' }],
    ['rose', { kind: 'rgb', hex: '#ff007f' }],
    ['aqua', { kind: 'rgb', hex: '#00ffff' }],
    ['#FF8800', { kind: 'rgb', hex: '#ff8800' }],
    ['#f80', { kind: 'rgb', hex: '#ff8800' }],
    ['warm white', { kind: 'temp', kelvin: 2700 }],
    ['soft white', { kind: 'temp', kelvin: 3000 }],
    ['cool white', { kind: 'temp', kelvin: 4000 }],
    ['daylight', { kind: 'temp', kelvin: 5000 }],
    ['candle light', { kind: 'temp', kelvin: 2000 }],
    ['candlelight', { kind: 'temp', kelvin: 2000 }],
    ['blurple', undefined],
    ['constructor', undefined],
    // CSS keywords beyond the everyday ones are the assistant's (language/cssColors.ts).
    ['dodger blue', undefined],
    ['lightgoldenrodyellow', undefined],
    ['transparent', undefined],
    ['rgb(255, 0, 0)', undefined],
    ['#12345', undefined],
    ['', undefined],
  ] as [string, ParsedColor | undefined][])('%j', (text, expected) => {
    expect(parseColor(text)).toEqual(expected);
  });
});

describe('naming colours', () => {
  // prettier-ignore
  it.each([
    ['#ff0000', 'red'],
    ['#400000', 'red'],
    ['#ffa500', 'orange'],
    ['#ff8800', 'orange'],
    ['#00ffff', 'cyan'],
    ['#ff00ff', 'magenta'],
    ['#87ceeb', 'sky blue'],
    ['#87CEEB', 'sky blue'],
    ['#000080', 'navy'],
    ['#808080', 'grey'],
    ['#1e90ff', 'blue'],
    ['#4682b4', 'blue'],
    ['#7fff00', 'green'],
    ['#fafad2', 'white'],
    ['#123456', 'blue'],
    ['#7a20d0', 'purple'],
    ['#fafafa', 'white'],
    ['#ffbf00', 'amber'],
  ])('%s is %s', (hex, name) => {
    expect(nameOfHex(hex)).toBe(name);
  });

  it('knows the everyday name of a colour only when it is exactly that colour', () => {
    expect(everydayNameOf('#FF69B4')).toBe('hot pink');
    expect(everydayNameOf('#00ffff')).toBe('cyan');
    expect(everydayNameOf('#ff69b5')).toBeUndefined();
    expect(everydayNameOf('#1e90ff')).toBeUndefined();
  });

  // prettier-ignore
  it.each([
    [1900, 'candle light'],
    [2700, 'warm white'],
    [2900, 'soft white'],
    [4100, 'cool white'],
    [6500, 'cold white'],
  ])('%i K is %s', (kelvin, name) => {
    expect(nameOfKelvin(kelvin)).toBe(name);
  });

  // prettier-ignore
  it.each(['red', 'orange', 'sky blue', 'hot pink', 'warm white', 'soft white', 'candle light', 'daylight', 'cyan', 'amber', 'forest green', 'lavender', 'royal blue', 'crimson', 'mint'])(
    'a light set to %s is called %s again',
    (name) => {
      const { after } = runOne(makeLight(), { type: 'set_color', color: name });
      expect(colorName(after)).toBe(name);
    },
  );

  it('has no colour name for a light without colours', () => {
    expect(
      colorName(
        makeLight({
          attributes: {
            color_mode: 'brightness',
            supported_color_modes: ['brightness'],
            color_temp_kelvin: undefined,
          },
        }),
      ),
    ).toBeUndefined();
  });
});
