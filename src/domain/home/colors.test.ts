import { describe, expect, it } from 'vitest';
import { colorName, nameOfHex, nameOfKelvin, parseColor, type ParsedColor } from './colors.ts';
import { makeLight, runOne } from './testing.ts';

describe('parseColor', () => {
  // prettier-ignore
  it.each([
    ['red', { kind: 'rgb', hex: '#ff0000' }],
    ['  Red  ', { kind: 'rgb', hex: '#ff0000' }],
    ['the blue colour', { kind: 'rgb', hex: '#0000ff' }],
    ['sky blue', { kind: 'rgb', hex: '#87ceeb' }],
    ['Light-Goldenrod-Yellow', { kind: 'rgb', hex: '#fafad2' }],
    ['grey', { kind: 'rgb', hex: '#808080' }],
    ['gray', { kind: 'rgb', hex: '#808080' }],
    ['amber', { kind: 'rgb', hex: '#ffbf00' }],
    ['#FF8800', { kind: 'rgb', hex: '#ff8800' }],
    ['#f80', { kind: 'rgb', hex: '#ff8800' }],
    ['warm white', { kind: 'temp', kelvin: 2700 }],
    ['soft white', { kind: 'temp', kelvin: 3000 }],
    ['cool white', { kind: 'temp', kelvin: 4000 }],
    ['daylight', { kind: 'temp', kelvin: 5000 }],
    ['candle light', { kind: 'temp', kelvin: 2000 }],
    ['candlelight', { kind: 'temp', kelvin: 2000 }],
    ['blurple', undefined],
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
    ['#2f4f4f', 'dark slate grey'],
    ['#fafad2', 'light goldenrod yellow'],
    ['#123456', 'blue'],
    ['#7a20d0', 'purple'],
    ['#fafafa', 'white'],
    ['#ffbf00', 'amber'],
  ])('%s is %s', (hex, name) => {
    expect(nameOfHex(hex)).toBe(name);
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
  it.each(['red', 'orange', 'sky blue', 'hot pink', 'warm white', 'soft white', 'candle light', 'daylight', 'cyan', 'amber'])(
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
