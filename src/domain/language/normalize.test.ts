// The tokenizer: what is left of a request once contractions, units, numbers in words, articles,
// wake words and politeness have been dealt with, and the singular forms names are matched by.
import { describe, expect, it } from 'vitest';
import { nameTokens, singular, tokenize, words } from './normalize.ts';

const raw = (text: string) => tokenize(text).raw.join(' ');

describe('words', () => {
  it.each([
    ["what's the temperature", 'what is the temperature'],
    ['whats on', 'what is on'],
    ["it's cold", 'it is cold'],
    ["I'm cold", 'i am cold'],
    ["don't turn it off", 'do not turn it off'],
    ["isn't it on", 'is not it on'],
    ["can't hear", 'can not hear'],
    ["won't open", 'will not open'],
    ["they're on", 'they are on'],
    ["I'd like it warmer", 'i would like it warmer'],
  ])('spells out contractions: %s', (text, expected) => {
    expect(words(text).join(' ')).toBe(expected);
  });

  it('drops possessives so that "kids\' room" and "Tom\'s lamp" meet their names', () => {
    expect(words("the kids' room").join(' ')).toBe('the kids room');
    expect(words("Tom's lamp").join(' ')).toBe('tom lamp');
    expect(words('Kids’ room')).toEqual(['kids', 'room']);
  });

  it.each([
    ['50%', '50 percent'],
    ['set it to 50 %', 'set it to 50 percent'],
    ['30°', '30 degrees'],
    ['20°C', '20 degrees celsius'],
    ['72°F', '72 degrees fahrenheit'],
    ['21c', '21 degrees celsius'],
    ['68F', '68 degrees fahrenheit'],
    ['20degrees', '20 degrees'],
    ['40percent', '40 percent'],
  ])('splits units off numbers: %s', (text, expected) => {
    expect(words(text).join(' ')).toBe(expected);
  });

  it('keeps decimals, and drops other punctuation', () => {
    expect(words('set it to 20.5.')).toEqual(['set', 'it', 'to', '20.5']);
    expect(words('pm2.5 level')).toEqual(['pm2.5', 'level']);
    expect(words('Turn OFF the lights!!! (now)')).toEqual(['turn', 'off', 'the', 'lights', 'now']);
    expect(words('lights & fans')).toEqual(['lights', 'and', 'fans']);
    expect(words('under-cabinet lights')).toEqual(['under', 'cabinet', 'lights']);
  });

  it('gives nothing for nothing', () => {
    expect(words('')).toEqual([]);
    expect(words('  ?! ')).toEqual([]);
  });
});

describe('tokenize', () => {
  it('drops articles and words that change nothing, wherever they are', () => {
    expect(raw('turn on the light in a room')).toBe('turn on light in room');
    expect(raw('please just turn off my lamp please')).toBe('turn off lamp');
  });

  it.each([
    ['alexa, turn on the porch light', 'turn on porch light'],
    ['hey alexa can you turn on the porch light', 'turn on porch light'],
    ['ok google, dim the lights', 'dim lights'],
    ['could you turn on the lamp for me', 'turn on lamp'],
    ['would you mind turning it off', 'turn it off'],
    ['I want you to lock the door', 'lock door'],
    ['go ahead and open the blinds', 'open blinds'],
    ['um, so, lights on', 'lights on'],
    ['turn on the lamp, thanks', 'turn on lamp'],
    ['turn on the lamp thank you', 'turn on lamp'],
    ['turn off the tv now alexa', 'turn off tv'],
  ])('trims wake words and politeness: %s', (text, expected) => {
    expect(raw(text)).toBe(expected);
  });

  it('never trims a request away entirely', () => {
    expect(raw('alexa')).toBe('alexa');
    expect(raw('thanks')).toBe('thanks');
    expect(raw('now')).toBe('now');
  });

  it('turns numbers in words into digits', () => {
    expect(raw('set it to twenty percent')).toBe('set it to 20 percent');
    expect(raw('seventy two degrees')).toBe('72 degrees');
  });

  it('gives the singular form of every word beside the word as said', () => {
    const tokens = tokenize('turn off the lights and switches');
    expect(tokens.raw).toEqual(['turn', 'off', 'lights', 'and', 'switches']);
    expect(tokens.base).toEqual(['turn', 'off', 'light', 'and', 'switch']);
  });
});

describe('singular', () => {
  it.each([
    ['lights', 'light'],
    ['batteries', 'battery'],
    ['switches', 'switch'],
    ['boxes', 'box'],
    ['blinds', 'blind'],
    ['curtains', 'curtain'],
    ['doors', 'door'],
  ])('%s → %s', (word, expected) => {
    expect(singular(word)).toBe(expected);
  });

  it.each(['glass', 'status', 'gas', 'bus', 'its', 'is', 'lamp', '20s', 'nervous'])(
    'leaves %s alone',
    (word) => {
      expect(singular(word)).toBe(word);
    },
  );
});

describe('nameTokens', () => {
  it('normalises names the way requests are, so that they meet', () => {
    expect(nameTokens("Kids' room")).toEqual(nameTokens('the kids room'));
    expect(nameTokens('Kitchen counter lights')).toEqual(['kitchen', 'counter', 'light']);
    expect(nameTokens('Under-cabinet lights')).toEqual(['under', 'cabinet', 'light']);
  });

  it('does not trim wake words or politeness: they can be part of a name', () => {
    expect(nameTokens('Alexa speaker')).toEqual(['alexa', 'speaker']);
    expect(nameTokens('Thanks jar')).toEqual(['thank', 'jar']);
  });
});
