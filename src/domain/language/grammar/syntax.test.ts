// The template language: words, (alternatives), [optional parts], {slots}, <rules>, and errors
// that say where a template went wrong.
import { describe, expect, it } from 'vitest';
import { parseTemplate, TemplateError, type Node } from './syntax.ts';

const word = (raw: string, base = raw): Node => ({ t: 'word', raw, base });

describe('parseTemplate', () => {
  it('reads one word as that word, and several as a sequence', () => {
    expect(parseTemplate('lock')).toEqual(word('lock'));
    expect(parseTemplate('turn  on')).toEqual({ t: 'seq', items: [word('turn'), word('on')] });
  });

  it('keeps the singular form of each word for matching plurals', () => {
    expect(parseTemplate('lights')).toEqual(word('lights', 'light'));
    expect(parseTemplate('switches')).toEqual(word('switches', 'switch'));
  });

  it('reads alternatives, each a word or a sequence', () => {
    expect(parseTemplate('(open | pull up)')).toEqual({
      t: 'alt',
      options: [word('open'), { t: 'seq', items: [word('pull'), word('up')] }],
    });
    expect(parseTemplate('a|b')).toEqual({ t: 'alt', options: [word('a'), word('b')] });
  });

  it('reads optional parts, with or without alternatives', () => {
    expect(parseTemplate('[please]')).toEqual({ t: 'opt', item: word('please') });
    expect(parseTemplate('[in|on]')).toEqual({
      t: 'opt',
      item: { t: 'alt', options: [word('in'), word('on')] },
    });
  });

  it('reads slots: the list, and where its value goes when that differs', () => {
    expect(parseTemplate('{area}')).toEqual({ t: 'slot', list: 'area', slot: 'area' });
    expect(parseTemplate('{number:brightness}')).toEqual({
      t: 'slot',
      list: 'number',
      slot: 'brightness',
    });
  });

  it('reads rules by name', () => {
    expect(parseTemplate('<target>')).toEqual({ t: 'rule', name: 'target' });
  });

  it('nests everything', () => {
    expect(parseTemplate('<on> [(the|a) {name}] [in {area}]')).toEqual({
      t: 'seq',
      items: [
        { t: 'rule', name: 'on' },
        {
          t: 'opt',
          item: {
            t: 'seq',
            items: [
              { t: 'alt', options: [word('the'), word('a')] },
              { t: 'slot', list: 'name', slot: 'name' },
            ],
          },
        },
        {
          t: 'opt',
          item: { t: 'seq', items: [word('in'), { t: 'slot', list: 'area', slot: 'area' }] },
        },
      ],
    });
  });

  it.each([
    ['(open | close', 'expected ")" at 13'],
    ['[open', 'expected "]" at 5'],
    ['open ) close', 'unexpected ")" at 5'],
    ['open ]', 'unexpected "]" at 5'],
    ['{area', 'unclosed name at 0'],
    ['<rule', 'unclosed name at 0'],
    ['{Area}', 'bad name "Area" at 0'],
    ['{a b}', 'bad name "a b" at 0'],
    ['<>', 'bad name "" at 0'],
    ['(a]', 'unexpected "]" at 2'],
  ])('rejects %s, saying where', (source, message) => {
    expect(() => parseTemplate(source)).toThrow(TemplateError);
    expect(() => parseTemplate(source)).toThrow(`${message} in "${source}"`);
  });
});
