import { describe, expect, it } from 'vitest';
import { capitalize, startWords, statusNote, withArticle } from './startWords.ts';

describe('startWords', () => {
  it('says how to open a skill by its name', () => {
    expect(startWords({ name: 'Trivia night', phrases: [] })).toBe('Say “open Trivia night”');
  });

  it('lists the other start phrases after the name', () => {
    expect(
      startWords({ name: 'Whose turn', phrases: ['whose turn is it', 'who feeds the cat'] }),
    ).toBe('Say “open Whose turn”, “whose turn is it” or “who feeds the cat”');
  });

  it('leaves out blank phrases', () => {
    expect(startWords({ name: 'Jokes', phrases: ['  ', 'tell me a joke'] })).toBe(
      'Say “open Jokes” or “tell me a joke”',
    );
  });
});

describe('small words', () => {
  it('puts the right article before a word', () => {
    expect(withArticle('question')).toBe('a question');
    expect(withArticle('answer')).toBe('an answer');
  });

  it('capitalizes the first letter only', () => {
    expect(capitalize('add at least one question')).toBe('Add at least one question');
  });

  it('explains only the states that need it', () => {
    expect(statusNote('enabled')).toBeUndefined();
    expect(statusNote('draft')).toMatch(/turn it on/);
  });
});
