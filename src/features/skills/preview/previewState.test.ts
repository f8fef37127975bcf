import { describe, expect, it } from 'vitest';
import { petBlueprint } from '../testing.ts';
import { emptyPreview, previewSay, previewStart, type PreviewState } from './previewState.ts';

const skill = { name: 'Pet game', config: petBlueprint.example };
const env = (now = 1_000_000) => ({ now, timeZone: 'UTC', random: () => 0.5 });
const texts = (state: PreviewState) => state.messages.map((m) => `${m.from}: ${m.text}`);

describe('the preview conversation', () => {
  it('opens a session as “open <name>” does, and answers inside it', () => {
    let chat = previewStart(emptyPreview, petBlueprint, skill, env());
    expect(chat.session).toBeDefined();
    expect(chat.state).toEqual(['Tries: 0']);
    chat = previewSay(chat, petBlueprint, skill, 'lion', env());
    expect(chat.state).toEqual(['Tries: 1']);
    chat = previewSay(chat, petBlueprint, skill, 'cat', env());
    expect(chat.session).toBeUndefined();
    expect(texts(chat)).toEqual([
      'you: open Pet game',
      'skill: Hello! Session 1. Name a pet.',
      'you: lion',
      'skill: Name a pet, like cat.',
      'you: cat',
      'skill: Yes, cat!',
      'note: The session has ended.',
    ]);
    expect(chat.messages[5]?.matched).toBe('the pet “cat”');
  });

  it('keeps what the skill remembers from one session to the next', () => {
    let chat = previewStart(emptyPreview, petBlueprint, skill, env());
    chat = previewSay(chat, petBlueprint, skill, 'stop', env());
    chat = previewStart(chat, petBlueprint, skill, env());
    expect(chat.messages.at(-1)?.text).toBe('Hello! Session 2. Name a pet.');
  });

  it('answers a one-shot request without a session', () => {
    const chat = previewSay(emptyPreview, petBlueprint, skill, 'dog', env());
    expect(chat.session).toBeUndefined();
    expect(texts(chat)).toEqual([
      'you: dog',
      'skill: dog is one of mine.',
      'note: Answered at once, without opening a session.',
    ]);
  });

  it('goes on with the form the session started with', () => {
    let chat = previewStart(emptyPreview, petBlueprint, skill, env());
    const changed = { ...skill, config: { ...petBlueprint.example, pets: ['fish', 'frog'] } };
    chat = previewSay(chat, petBlueprint, changed, 'cat', env());
    expect(chat.messages.at(-1)?.from).toBe('note');
    expect(chat.messages.at(-2)?.text).toBe('Yes, cat!');
  });

  it('ends a session nobody answered, on the home’s clock', () => {
    let chat = previewStart(emptyPreview, petBlueprint, skill, env(0));
    chat = previewSay(chat, petBlueprint, skill, 'dog', env(10 * 60_000));
    expect(texts(chat).slice(2)).toEqual([
      'you: dog',
      'note: That session had ended: nobody answered for 5 minutes on the home’s clock.',
      'skill: dog is one of mine.',
      'note: Answered at once, without opening a session.',
    ]);
  });
});
