import { describe, expect, it } from 'vitest';
import { pickChoice, sameAnswer, yesOrNo } from './match.ts';

describe('sameAnswer', () => {
  it.each([
    ["I think it's Paris", 'Paris'],
    ['is it paris?', 'Paris'],
    ['Paris!', 'paris'],
    ['PARIS.', 'Paris'],
    ['the Beatles', 'Beatles'],
    ['Beatles', 'The Beatles'],
    ['Parris', 'Paris'],
    ['jupitor', 'Jupiter'],
    ['seven', '7'],
    ['7', 'seven'],
    ['one', '1'],
    ['twenty one', '21'],
    ['my final answer is twenty-one', '21'],
    ['I guess the answer is George Washington', 'George Washington'],
    ['washington george', 'George Washington'],
    ['maybe cats', 'cat'],
    ['I think it is pretty woman', 'Pretty Woman'],
    ['Paris', "It's Paris"],
    ['it is what it is', 'It is what it is'],
  ])('“%s” is “%s”', (said, expected) => {
    expect(sameAnswer(said, expected)).toBe(true);
  });

  it.each([
    ['New York', 'York'],
    ['York', 'New York'],
    ['Washington', 'George Washington'],
    ['not Paris', 'Paris'],
    ['Paris or London', 'Paris'],
    ['London', 'Paris'],
    ['woman', 'Pretty Woman'],
    // A typo is forgiven only in a word of five letters or more.
    ['rad', 'red'],
    ['bule', 'blue'],
    ['Parrris', 'Paris'],
    ['8', '7'],
    ['', 'Paris'],
    ['Paris', ''],
  ])('“%s” is not “%s”', (said, expected) => {
    expect(sameAnswer(said, expected)).toBe(false);
  });
});

describe('pickChoice', () => {
  const cities = ['Paris', 'London', 'Rome', 'Berlin'];

  it.each([
    ['b', 1],
    ['B.', 1],
    ['answer b', 1],
    ['option B', 1],
    ["I'll say B", 1],
    ['a', 0],
    ["it's a", 0],
    ['D!', 3],
  ])('by letter: “%s”', (said, index) => {
    expect(pickChoice(said, cities)).toBe(index);
  });

  it.each([
    ['the second one', 1],
    ['second', 1],
    ['2nd', 1],
    ['number 2', 1],
    ['number two', 1],
    ['2', 1],
    ['one', 0],
    ['the first one', 0],
    ['the last one', 3],
    ['the third', 2],
  ])('by place: “%s”', (said, index) => {
    expect(pickChoice(said, cities)).toBe(index);
  });

  it.each([
    ['Rome', 2],
    ["I think it's rome", 2],
    ['Berln', 3],
    ['is it London?', 1],
  ])('by its words: “%s”', (said, index) => {
    expect(pickChoice(said, cities)).toBe(index);
  });

  it.each(['Paris or London', 'e', 'fifth', 'number 9', 'Madrid', '', 'b or c', 'not Rome'])(
    'none, or more than one: “%s”',
    (said) => {
      expect(pickChoice(said, cities)).toBeUndefined();
    },
  );

  it('reads numbers as the answer when the choices are numbers', () => {
    const legs = ['6', '8', '10'];
    expect(pickChoice('8', legs)).toBe(1);
    expect(pickChoice('eight', legs)).toBe(1);
    expect(pickChoice('I think it has 10', legs)).toBe(2);
    // "2" is not the second choice here: it is a wrong answer.
    expect(pickChoice('2', legs)).toBeUndefined();
    expect(pickChoice('the second one', legs)).toBe(1);
  });

  it('reads letters as the answer when the choices are letters', () => {
    const letters = ['B', 'C', 'D'];
    expect(pickChoice('c', letters)).toBe(1);
    expect(pickChoice('a', letters)).toBeUndefined();
  });

  it('finds a choice in a longer answer only when no other choice is said too', () => {
    const oceans = ['Pacific', 'Atlantic', 'Indian'];
    expect(pickChoice('the Pacific Ocean', oceans)).toBe(0);
    expect(pickChoice('not the Pacific', oceans)).toBeUndefined();
    expect(pickChoice('Pacific or Atlantic', oceans)).toBeUndefined();
    const states = ['New York', 'New Jersey'];
    expect(pickChoice('new york city', states)).toBe(0);
    expect(pickChoice('new', states)).toBeUndefined();
  });

  it('tells a choice from another that contains it', () => {
    const yorks = ['York', 'New York'];
    expect(pickChoice('New York', yorks)).toBe(1);
    expect(pickChoice('york', yorks)).toBe(0);
  });

  it('gives nothing when two choices are the same', () => {
    expect(pickChoice('Paris', ['Paris', 'paris!'])).toBeUndefined();
  });
});

describe('yesOrNo', () => {
  it.each([
    'yes',
    'Yes!',
    'yes please',
    'sure, why not',
    "yeah let's go",
    'ok',
    'okay sure',
    'go ahead',
    'one more',
    'yes play again',
    'of course',
    'absolutely',
    'yep',
    'sounds good',
    'sure thing!',
    'well yes',
    'no problem',
    "let's play",
    "I'd love to",
  ])('yes: “%s”', (said) => {
    expect(yesOrNo(said)).toBe('yes');
  });

  it.each([
    'no',
    'No.',
    'no thanks',
    'no thank you',
    'not now',
    'nope',
    'nah',
    "I'm good",
    "no I'm done",
    'maybe later',
    'of course not',
    'not really',
    'um no',
    "I don't think so",
  ])('no: “%s”', (said) => {
    expect(yesOrNo(said)).toBe('no');
  });

  it.each([
    // Left to the skill, which knows whether they mean yes.
    'play again',
    'another',
    // Neither, or both.
    'maybe',
    'not sure',
    'yes no',
    'no wait yes',
    'okay no',
    'nothing',
    'Paris',
    "let's stop",
    '',
  ])('neither: “%s”', (said) => {
    expect(yesOrNo(said)).toBeUndefined();
  });
});
