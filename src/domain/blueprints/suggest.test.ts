// Value suggestions: which group of the built-in lexicon explains a list a person is typing,
// which of its words are offered, and when nothing is offered because the list is too mixed.
import { describe, expect, it } from 'vitest';
import { RELATED_WORDS } from './relatedWords.ts';
import { makeSuggester, suggestValues, valueGroups } from './suggest.ts';

/** Every word a suggestion could offer for these values (no limit). */
const all = (values: string[], rejected: string[] = []) =>
  suggestValues(values, { rejected, max: 1000 });

describe('the built-in lexicon', () => {
  const suggester = makeSuggester(RELATED_WORDS);
  const keysOf = (group: (typeof suggester.groups)[number]) =>
    group.entries.flatMap((entry) => entry.keys);
  /** Entries of a group that belong to no other group: they point to it on their own. */
  const ownEntries = (name: string) => {
    const group = suggester.groups.find((g) => g.name === name)!;
    const elsewhere = new Set(suggester.groups.filter((g) => g !== group).flatMap(keysOf));
    return group.entries.filter((entry) => !entry.keys.some((key) => elsewhere.has(key)));
  };

  it('has at least 30 plainly named groups of 12 to 30 words each', () => {
    const groups = valueGroups();
    expect(groups.length).toBeGreaterThanOrEqual(30);
    for (const group of groups) {
      expect(group.name).toMatch(/^[A-Z][a-z' -]+$/);
      expect(group.words.length, group.name).toBeGreaterThanOrEqual(12);
      expect(group.words.length, group.name).toBeLessThanOrEqual(30);
    }
    expect(new Set(groups.map((g) => g.name)).size).toBe(groups.length);
  });

  it('never lists the same word twice in a group, in any form', () => {
    for (const group of suggester.groups) {
      const keys = group.entries.flatMap((entry) => [...new Set(entry.keys)]);
      expect(new Set(keys).size, group.name).toBe(keys.length);
    }
  });

  it.each(valueGroups().map((g) => g.name))('reaches %s from two of its words', (name) => {
    const own = ownEntries(name);
    expect(own.length).toBeGreaterThanOrEqual(2);
    const typed = [own[0]!.shown, own[1]!.shown];
    const result = suggestValues(typed);
    expect(result.group).toBe(name);
    expect(result.words.length).toBeGreaterThan(0);
    expect(result.words).not.toContain(typed[0]);
    expect(result.words).not.toContain(typed[1]);
  });
});

describe('which group explains a list', () => {
  it('offers nothing for an empty list or blank values', () => {
    expect(suggestValues([])).toEqual({ words: [] });
    expect(suggestValues(['', '   ', 'the'])).toEqual({ words: [] });
  });

  it('suggests from one value that belongs to one group only', () => {
    expect(suggestValues(['hamster']).group).toBe('Pets');
    expect(suggestValues(['Ukulele']).group).toBe('Musical instruments');
  });

  it('offers nothing for one value that belongs to several groups', () => {
    // A fruit or a colour?
    expect(suggestValues(['orange'])).toEqual({ words: [] });
    expect(suggestValues(['turkey'])).toEqual({ words: [] });
  });

  it('settles an ambiguous word by the values around it', () => {
    expect(suggestValues(['apple', 'orange']).group).toBe('Fruits');
    expect(suggestValues(['red', 'orange']).group).toBe('Colours');
  });

  it('offers nothing for a mixed list', () => {
    expect(suggestValues(['cat', 'pizza', 'guitar'])).toEqual({ words: [] });
    // Half pets is not a list of pets.
    expect(suggestValues(['cat', 'dog', 'pizza', 'guitar'])).toEqual({ words: [] });
  });

  it('allows a stray value when two-thirds of the list agree', () => {
    const result = suggestValues(['cat', 'dog', 'Mr Whiskers']);
    expect(result.group).toBe('Pets');
    expect(result.words).toContain('hamster');
  });

  it('counts a value typed twice once', () => {
    // "Cat" and "cats" are one value: two-thirds of three is not reached by one pet.
    expect(suggestValues(['cat', 'Cats', 'pizza'])).toEqual({ words: [] });
  });

  describe('ties and coverage (a small lexicon)', () => {
    const lexicon = makeSuggester([
      { name: 'Big', words: ['a1', 'a2', 'a3', 'a4', 'a5', 'x', 'y'] },
      { name: 'Small', words: ['x', 'y', 'z'] },
      { name: 'Twin one', words: ['p', 'q', 'r'] },
      { name: 'Twin two', words: ['p', 'q', 's'] },
    ]);

    it('prefers the smaller, more specific group when two explain the list equally', () => {
      expect(lexicon.suggest(['x', 'y'])).toEqual({ group: 'Small', words: ['z'] });
    });

    it('prefers the group that explains more values over a smaller one', () => {
      expect(lexicon.suggest(['x', 'y', 'a1']).group).toBe('Big');
    });

    it('offers nothing when equal groups are also the same size', () => {
      expect(lexicon.suggest(['p', 'q'])).toEqual({ words: [] });
    });

    it('needs at least two values and two-thirds of the list in the group', () => {
      expect(lexicon.suggest(['a1', 'a2', 'other']).group).toBe('Big');
      expect(lexicon.suggest(['a1', 'a2', 'other', 'more'])).toEqual({ words: [] });
      expect(lexicon.suggest(['a1', 'a2', 'a3', 'a4', 'o1', 'o2']).group).toBe('Big');
      expect(lexicon.suggest(['a1', 'o1'])).toEqual({ words: [] });
    });

    it('still names the group when all its words are used', () => {
      expect(lexicon.suggest(['x', 'y', 'z'])).toEqual({ group: 'Small', words: [] });
    });
  });
});

describe('the words offered', () => {
  it('follows the group order, six at most unless told', () => {
    const pets = valueGroups().find((g) => g.name === 'Pets')!.words;
    expect(suggestValues(['cat', 'dog']).words).toEqual(
      pets.filter((w) => w !== 'cat' && w !== 'dog').slice(0, 6),
    );
    expect(suggestValues(['cat', 'dog'], { max: 2 }).words).toEqual(['hamster', 'rabbit']);
    expect(suggestValues(['cat', 'dog'], { max: 0 }).words).toEqual([]);
  });

  it('leaves out values already typed, whatever their form', () => {
    const { words } = all(['Cats', 'DOGS', ' Guinea Pigs ', 'bunnies', 'mice', 'the tortoise']);
    for (const typed of ['cat', 'dog', 'guinea pig', 'rabbit', 'mouse', 'tortoise'])
      expect(words).not.toContain(typed);
    expect(words).toContain('hamster');
  });

  it.each([
    [['cookies', 'brownies'], 'Desserts', ['cookie', 'brownie']],
    [['potatoes', 'tomatoes'], 'Vegetables', ['potato', 'tomato']],
    [['wolves', 'foxes'], 'Wild animals', ['wolf', 'fox']],
    [['knives', 'forks'], 'Things in the kitchen', ['knife', 'fork']],
    [['sea horses', 'jelly fish'], 'Sea creatures', ['seahorse', 'jellyfish']],
    [['T-shirts', 'jeans'], 'Clothing', ['t-shirt', 'jeans']],
    [['mums', 'dads'], 'Family members', ['mum', 'dad']],
    [['Mom', 'Dad'], 'Family members', ['Mum', 'Dad']],
  ])('recognises plurals and spellings: %j', (typed, group, left) => {
    const result = all(typed);
    expect(result.group).toBe(group);
    for (const word of left) expect(result.words).not.toContain(word);
  });

  it('recognises chores phrased slightly differently', () => {
    const result = all([
      'take out trash',
      'Feed the cats',
      'make your bed',
      'put the bins out',
      'the dishes',
    ]);
    expect(result.group).toBe('Household chores');
    for (const chore of ['take out the trash', 'feed the cat', 'make the bed'])
      expect(result.words).not.toContain(chore);
    // Another way of saying it, in another order.
    const other = all(['take the rubbish out', 'walk dog']);
    expect(other.group).toBe('Household chores');
    expect(other.words).not.toContain('take out the trash');
    expect(other.words).not.toContain('walk the dog');
  });

  it('never brings back a rejected word, until the group runs out', () => {
    const typed = ['guitar', 'piano'];
    const rejected: string[] = [];
    for (let round = 0; round < 10; round++) {
      const { words } = suggestValues(typed, { rejected });
      if (words.length === 0) break;
      for (const word of words) expect(rejected).not.toContain(word);
      rejected.push(...words);
    }
    const instruments = valueGroups().find((g) => g.name === 'Musical instruments')!.words;
    expect(new Set(rejected)).toEqual(new Set(instruments.filter((w) => !typed.includes(w))));
  });

  it('treats a rejected word in another form as rejected', () => {
    expect(suggestValues(['cat', 'dog'], { rejected: ['Hamsters', 'a rabbit'] }).words).toEqual([
      'goldfish',
      'guinea pig',
      'budgie',
      'parrot',
      'tortoise',
      'turtle',
    ]);
  });
});

describe("the person's style", () => {
  it('capitalises suggestions when every value starts with a capital', () => {
    expect(suggestValues(['Cat', 'Dog'], { max: 2 }).words).toEqual(['Hamster', 'Rabbit']);
  });

  it('keeps lower case when some values are in lower case', () => {
    expect(suggestValues(['Cat', 'dog'], { max: 2 }).words).toEqual(['hamster', 'rabbit']);
  });

  it('keeps the capitals of proper names in a lower-case list', () => {
    expect(suggestValues(['maths', 'science'], { max: 1 }).words).toEqual(['English']);
    expect(suggestValues(['monday', 'tuesday'], { max: 1 }).words).toEqual(['Wednesday']);
  });

  it('capitalises every word when every word of the values is', () => {
    expect(suggestValues(['Take Out The Trash', 'Feed The Cat'], { max: 1 }).words).toEqual([
      'Make The Bed',
    ]);
  });

  it('writes in capitals when the values are in capitals, but not for acronyms', () => {
    expect(suggestValues(['PIZZA', 'PASTA'], { max: 1 }).words).toEqual(['SPAGHETTI BOLOGNESE']);
    expect(suggestValues(['PE', 'Art'], { max: 1 }).words).toEqual(['Maths']);
  });
});
