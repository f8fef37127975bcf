import { describe, expect, it } from 'vitest';
import {
  bestMatch,
  describeMatch,
  MATCH_MARGIN,
  MATCH_THRESHOLD,
  type TextMatch,
} from './match.ts';

// A household's questions, as a person would fill in a Q&A skill: 1–3 phrasings each.
const HOUSE: string[][] = [
  ['What is the wifi password?', 'How do I get on the internet?'],
  ['Where are the towels?', 'Where can I find a towel?'],
  ['Where is the bathroom?', 'Where is the toilet?'],
  ['When is trash day?', 'When does the garbage get picked up?'],
  ['Where does the recycling go?'],
  ['What time is checkout?', 'When do we have to leave?'],
  ['How do I turn on the TV?', 'How does the remote work?'],
  ["What is the doctor's phone number?", 'Who is our pediatrician?'],
  ['When is bedtime?', 'What time do the kids go to bed?'],
  ['Is anyone allergic to anything?', 'What are the kids allergic to?'],
  ['Where can I park?', 'Where should we park the car?'],
  ['How do I turn up the heat?', 'How does the thermostat work?'],
  ['How do I make coffee?', 'Where is the coffee?'],
  ['Where is the spare key?'],
  ['Where is the party?'],
  ['When is the party?'],
  ['When does the dog eat?', 'How much food does the dog get?'],
  ['Where is the fuse box?', 'What do I do if the power goes out?'],
  ['Who do I call in an emergency?', 'What is the emergency number?'],
  ['Can the kids have screen time?', 'How much TV can the kids watch?'],
];
const [WIFI, TOWELS, BATHROOM, TRASH, RECYCLING, CHECKOUT, TV, DOCTOR, BEDTIME, ALLERGIES] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
];
const [PARKING, HEAT, COFFEE, KEY, WHERE_PARTY, WHEN_PARTY, DOG, FUSES, EMERGENCY, SCREENS] = [
  10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
];

const match = (said: string) => bestMatch(said, HOUSE);

describe('bestMatch: a question asked in other words', () => {
  it.each([
    ["what's the password for the wi-fi", WIFI],
    ['wifi password?', WIFI],
    ['how do I connect to the wireless', WIFI],
    ['can I get the internet password', WIFI],
    ['how do I get online', WIFI],
    ['where do you keep the towels', TOWELS],
    ['I need a towel', TOWELS],
    ['do we have any clean towels', TOWELS],
    ["where's the loo", BATHROOM],
    ['is there a restroom', BATHROOM],
    ['which day does the rubbish go out', TRASH],
    ['when do they collect the bins', TRASH],
    ['what day is garbage pickup', TRASH],
    ['where do recyclables go', RECYCLING],
    ['when do we need to check out', CHECKOUT],
    ['what time should we leave', CHECKOUT],
    ['how do I switch on the television', TV],
    ["where's the TV remote", TV],
    ['how do I use the remote control', TV],
    ["what's the number for the doctor", DOCTOR],
    ['how do I reach the paediatrician', DOCTOR],
    ["who is the kids' doctor", DOCTOR],
    ['when do the children go to sleep', BEDTIME],
    ['what time is bedtime for the kids', BEDTIME],
    ['does anyone have allergies', ALLERGIES],
    ['any food allergies I should know about', ALLERGIES],
    ['where do I park my car', PARKING],
    ['is there parking', PARKING],
    ["it's cold, how do I turn the heating up", HEAT],
    ['how do I use the thermostat', HEAT],
    ['where do you keep the coffee', COFFEE],
    ['how do I use the coffee machine', COFFEE],
    ['is there an extra key', KEY],
    ['where is the party at', WHERE_PARTY],
    ['what time does the party start', WHEN_PARTY],
    ['when does the dog get fed', DOG],
    ['how much should I feed the dog', DOG],
    ['what if the power goes out', FUSES],
    ["where's the breaker box", FUSES],
    ['who should I call if there is an emergency', EMERGENCY],
    ["what's the emergency phone number", EMERGENCY],
    ['how long can the kids watch tv', SCREENS],
  ])('“%s” finds question %i', (said, index) => {
    const found = match(said);
    expect(found?.index).toBe(index);
    expect(found?.how).toBe('close');
    expect(found!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(found!.score).toBeLessThan(1);
  });

  it.each([
    ['wher are the towles', TOWELS, 'towles'],
    ['whats the wifi pasword', WIFI, 'pasword'],
    ['where is the bathrom', BATHROOM, 'bathrom'],
    ['how do I turn on the televison', TV, 'televison'],
    ['where is the thermostatt', HEAT, 'thermostatt'],
  ])('forgives a typo in a longer word: “%s”', (said, index, typo) => {
    const found = match(said);
    expect(found?.index).toBe(index);
    expect(found?.alike?.map((a) => a.said)).toContain(typo);
  });

  it('does not read a short word as a typo of another', () => {
    // "pak" is not "park": in a word of four letters or fewer, one letter makes another word.
    expect(match('where do I pak')).toBeUndefined();
  });

  it('tells "where" from "when" about the same thing', () => {
    expect(match('where is the party')?.index).toBe(WHERE_PARTY);
    expect(match('when is the party')?.index).toBe(WHEN_PARTY);
    expect(match('where will the party be')?.index).toBe(WHERE_PARTY);
    expect(match('what day is the party')?.index).toBe(WHEN_PARTY);
  });
});

describe('bestMatch: nothing when nothing is clearly closest', () => {
  it.each([
    "what's the weather like",
    'who won the game last night',
    'how old is the house',
    'where is the pool',
    'do you like pizza',
    'can I have friends over',
    'where is the nearest grocery store',
    'who is the president',
    'what is the password for the alarm',
    'what time is it',
    'where are the kids',
    'tell me about the kids',
  ])('unrelated: “%s”', (said) => {
    expect(match(said)).toBeUndefined();
  });

  it.each([
    // the party: where or when?
    'the party',
    'party',
    // the TV or the heat?
    'how do I turn it on',
    // the TV or the kids' screen time?
    'how do I watch television',
    'how does it work',
  ])('ambiguous: “%s”', (said) => {
    expect(match(said)).toBeUndefined();
  });

  it.each(['', '   ', '?!', 'where', 'is it', 'what is it', 'please'])(
    'nothing meaningful: “%s”',
    (said) => {
      expect(match(said)).toBeUndefined();
    },
  );

  it('asks rather than guesses between two questions nearly tied', () => {
    const two = [['where are the beach towels'], ['where are the bath towels']];
    expect(bestMatch('where are the towels', two)).toBeUndefined();
    expect(bestMatch('where are the beach towels kept', two)?.index).toBe(0);
    expect(bestMatch('bath towels', two)?.index).toBe(1);
  });

  it('needs a margin over the next candidate, not only a high score', () => {
    // Both are close on their own; neither is clearly closer.
    const twins = [['when does the pool open'], ['when does the pool close']];
    const alone = bestMatch('when does the pool open in the morning', [twins[0]!]);
    expect(alone?.score).toBeGreaterThan(MATCH_THRESHOLD + MATCH_MARGIN);
    expect(bestMatch('pool hours', twins)).toBeUndefined();
    expect(bestMatch('when does the pool open in the morning', twins)?.index).toBe(0);
  });

  it('is empty for no candidates', () => {
    expect(bestMatch('where are the towels', [])).toBeUndefined();
    expect(bestMatch('where are the towels', [[], ['']])).toBeUndefined();
  });
});

describe('bestMatch: word for word', () => {
  it('is exact when the same words are said, whatever the case, articles and punctuation', () => {
    expect(match('where are the towels')).toEqual({
      index: TOWELS,
      phrasing: 'Where are the towels?',
      score: 1,
      common: ['towels'],
      how: 'exact',
    });
    expect(match('WHERE IS SPARE KEY')).toMatchObject({ index: KEY, how: 'exact', score: 1 });
    expect(match("what's the doctor's phone number")?.how).toBe('exact');
  });

  it('wins even when another question is close, and finds the phrasing that was said', () => {
    expect(match('Where is the toilet')).toMatchObject({
      index: BATHROOM,
      phrasing: 'Where is the toilet?',
    });
  });

  it('gives nothing when two candidates have the same phrasing', () => {
    expect(bestMatch('help', [['help'], ['help']])).toBeUndefined();
    expect(bestMatch('help', [['help', 'help me'], ['what now']])?.index).toBe(0);
  });
});

describe('bestMatch: what it shares', () => {
  it('lists the shared words as the phrasing writes them, and the words read as others', () => {
    const loo = match("where's the loo")!;
    expect(loo.phrasing).toBe('Where is the bathroom?');
    expect(loo.common).toEqual(['bathroom']);
    expect(loo.alike).toEqual([{ said: 'loo', phrasing: 'bathroom' }]);
    const wifi = match('what is the Wi-Fi password for the house')!;
    expect(wifi.common).toEqual(['wifi', 'password']);
    expect(bestMatch('wifi password', [['The Wi-Fi password']])?.common).toEqual([
      'Wi-Fi',
      'password',
    ]);
  });

  it('gives the same answer for a fresh copy of the same list', () => {
    const copy = HOUSE.map((phrasings) => [...phrasings]);
    expect(bestMatch('where do you keep the towels', copy)).toEqual(
      match('where do you keep the towels'),
    );
  });

  it('stays fast with a few hundred phrasings', () => {
    const things = 'towel blanket pillow remote key coffee sugar vacuum broom mop iron umbrella'
      .split(' ')
      .flatMap((thing) => ['', 'spare ', 'old ', 'big ', 'kids '].map((kind) => kind + thing));
    const many = things.map((thing) => [
      `where is the ${thing}`,
      `where do we keep the ${thing}`,
      `how do I use the ${thing}`,
      `who has the ${thing}`,
      `can I borrow the ${thing}`,
    ]);
    expect(many.flat().length).toBe(300);
    bestMatch('warm up', many);
    const start = performance.now();
    for (let i = 0; i < 50; i++)
      expect(bestMatch('where do you keep the spare umbrela', many)?.index).toBe(
        things.indexOf('spare umbrella'),
      );
    // About a millisecond each on a laptop; the bound leaves room for a slow machine.
    expect((performance.now() - start) / 50).toBeLessThan(20);
  });
});

describe('describeMatch', () => {
  const close = (m: Partial<TextMatch>): TextMatch => ({
    index: 0,
    phrasing: 'where are the towels',
    score: 0.8,
    common: ['towels'],
    how: 'close',
    ...m,
  });

  it('says which question came closest and why, in plain words', () => {
    expect(describeMatch(close({}), 'question')).toBe(
      'the closest question is “where are the towels” (words in common: towels)',
    );
    expect(describeMatch(match("where's the loo")!, 'question')).toBe(
      'the closest question is “Where is the bathroom?” (words in common: bathroom; “loo” taken as “bathroom”)',
    );
    expect(describeMatch(close({ common: [] }), 'section')).toBe(
      'the closest section is “where are the towels” (close in meaning)',
    );
  });

  it('says when the question was asked word for word', () => {
    expect(describeMatch(close({ how: 'exact', score: 1 }), 'question')).toBe(
      'you asked the question “where are the towels” word for word',
    );
  });
});
