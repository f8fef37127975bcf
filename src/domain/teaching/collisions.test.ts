import { describe, expect, it } from 'vitest';
import { checkTaught, WAIT_REFUSED } from './checks.ts';
import {
  conceptCollisions,
  nameCollisions,
  phraseCollisions,
  teachingCollisions,
  type Collision,
} from './collisions.ts';
import { command, concept, control, routine, taughtName, teachContext } from './testing.ts';

const movieMode = command('movie', ['movie mode'], [control('light.hallway', 'turn_on')]);
const bigLight = taughtName('big', 'the big light', {
  kind: 'entity',
  entityId: 'light.living_room_ceiling',
});
const studyMode = concept('study', 'study mode', 'light', { brightness: 100 });
const ctx = teachContext({
  routines: [routine('good_night', 'Good night', ['good night', 'night night'])],
  taught: [movieMode, bigLight, studyMode],
  skills: [{ id: 'quiz', name: 'Family quiz', phrases: ['start the quiz'] }],
});
const texts = (found: Collision[]) => found.map((c) => c.text);

describe('phraseCollisions', () => {
  it('finds nothing for new words', () => {
    expect(phraseCollisions('party time', ctx)).toEqual([]);
  });

  it('refuses the words that steer a conversation', () => {
    for (const phrase of ['stop', 'cancel', 'never mind', 'help', 'teach you something']) {
      const [found] = phraseCollisions(phrase, ctx);
      expect(found).toMatchObject({ with: 'dialogue', refuse: true });
    }
    expect(texts(phraseCollisions('stop', ctx))).toEqual([
      '“stop” is how you tell me to stop or cancel.',
    ]);
  });

  it('names the built-in command a phrase already is', () => {
    expect(phraseCollisions('turn off the lights', ctx)).toEqual([
      {
        text: '“turn off the lights” already means something to me: turn off the 19 lights.',
        with: 'built-in',
        refuse: false,
      },
    ]);
  });

  it("names a routine's phrase and a skill's invocation", () => {
    expect(texts(phraseCollisions('Night night', ctx))).toEqual([
      '“Night night” is already your routine Good night.',
    ]);
    expect(texts(phraseCollisions('start the quiz', ctx))).toEqual([
      '“start the quiz” already starts your skill Family quiz.',
    ]);
  });

  it('offers to replace a taught command with the same phrase, but not itself', () => {
    expect(phraseCollisions('Movie mode', ctx)).toEqual([
      {
        text: 'You already taught me “movie mode”: turn on the Hallway light.',
        with: 'taught',
        refuse: false,
        replaces: 'movie',
      },
    ]);
    expect(phraseCollisions('movie mode', ctx, 'movie')).toEqual([]);
  });

  it('names a taught name used as a phrase', () => {
    expect(texts(phraseCollisions('the big light', ctx))).toEqual([
      '“the big light” is already a name you taught me for the Living room ceiling.',
    ]);
  });
});

describe('conceptCollisions', () => {
  it('offers to replace the same word for the same kind of device only', () => {
    expect(
      conceptCollisions({ word: 'Study mode', domain: 'light', settings: { brightness: 50 } }, ctx),
    ).toEqual([
      {
        text: 'You already taught me “study mode” for lights: brightness 100 %.',
        with: 'taught',
        refuse: false,
        replaces: 'study',
      },
    ]);
    expect(
      conceptCollisions(
        { word: 'study mode', domain: 'climate', settings: { temperature: 20 } },
        ctx,
      ),
    ).toEqual([]);
  });

  it('names a word that already is a setting', () => {
    const warm = conceptCollisions(
      {
        word: 'warm',
        domain: 'light',
        settings: { brightness: 40 },
        taughtOn: 'light.living_room_lamp',
      },
      ctx,
    );
    expect(texts(warm)).toEqual([
      'For a light, “warm” already means something to me: set the Living room lamp to warm.',
    ]);
    expect(
      conceptCollisions({ word: 'cozy', domain: 'light', settings: { brightness: 40 } }, ctx),
    ).toEqual([]);
  });
});

describe('nameCollisions', () => {
  const hallway = { kind: 'entity', entityId: 'light.hallway' } as const;

  it("names a device's or room's own name and alias", () => {
    expect(texts(nameCollisions({ name: 'Kitchen ceiling', target: hallway }, ctx))).toEqual([
      '“Kitchen ceiling” is already the name of the Kitchen ceiling.',
    ]);
    expect(texts(nameCollisions({ name: 'the reading lamp', target: hallway }, ctx))).toEqual([
      '“the reading lamp” is already the name of the Living room lamp.',
    ]);
    expect(texts(nameCollisions({ name: "the kids' room", target: hallway }, ctx))).toEqual([
      "“the kids' room” is already the name of the Kids' room.",
    ]);
  });

  it('offers to replace a taught name, and names short forms already understood', () => {
    expect(nameCollisions({ name: 'The big light', target: hallway }, ctx)).toEqual([
      {
        text: 'You already taught me “The big light” for the Living room ceiling.',
        with: 'taught',
        refuse: false,
        replaces: 'big',
      },
    ]);
    expect(texts(nameCollisions({ name: 'ceiling', target: hallway }, ctx))).toEqual([
      '“ceiling” already means the Living room ceiling, the Ceiling fan, the Kitchen ceiling and the Main bedroom ceiling to me.',
    ]);
    expect(nameCollisions({ name: 'the thing by the door', target: hallway }, ctx)).toEqual([]);
  });
});

describe('teachingCollisions', () => {
  it('checks every phrase of a command and the same phrase twice', () => {
    const twice = command(
      'new',
      ['movie time', 'Movie  time!', 'good night'],
      [control('light.hallway', 'turn_on')],
    );
    expect(texts(teachingCollisions(twice, ctx))).toEqual([
      '“Movie  time!” is the same as “movie time”, which it already has.',
      '“good night” is already your routine Good night.',
    ]);
  });
});

describe('checkTaught', () => {
  it('accepts a taught command that collides with nothing', () => {
    expect(
      checkTaught(
        command('p', ['party time'], [control('light.living_room_lamp', 'set_color', 'red')]),
        ctx,
      ),
    ).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('refuses a wait, a step without its value and words that steer the conversation', () => {
    const bad = command(
      'bad',
      ['stop'],
      [{ type: 'wait', seconds: 60 }, control('light.hallway', 'set_brightness')],
    );
    expect(checkTaught(bad, ctx).errors).toEqual([
      WAIT_REFUSED,
      'One of its steps is not finished: it needs a value to set brightness.',
      '“stop” is how you tell me to stop or cancel.',
    ]);
  });

  it('refuses no steps, and commands that run themselves', () => {
    const empty = { ...command('e', ['empty'], [control('light.hallway', 'turn_on')]), steps: [] };
    expect(checkTaught(empty, ctx).errors).toEqual(['Add at least one thing for it to do.']);
    const a = command('a', ['first'], [{ type: 'run_taught', commandId: 'b' }]);
    const b = command('b', ['second'], [{ type: 'run_taught', commandId: 'a' }]);
    expect(checkTaught(a, { ...ctx, taught: [a, b] }).errors).toEqual([
      '“first” → “second” → “first” again: they would never stop.',
    ]);
    const self = command('s', ['again'], [{ type: 'run_taught', commandId: 's' }]);
    expect(checkTaught(self, ctx).errors).toEqual(["“again” can't run itself."]);
  });

  it('refuses a concept with no settings or settings its kind has not', () => {
    const none = { ...concept('n', 'nothing much', 'light', { brightness: 1 }), settings: {} };
    expect(checkTaught(none, ctx).errors).toEqual(['Choose at least one setting.']);
    expect(
      checkTaught(concept('t', 'bright warm', 'climate', { brightness: 50, temperature: 20 }), ctx)
        .errors,
    ).toEqual(['A thermostat has no brightness setting.']);
  });

  it('refuses a name for something that is gone', () => {
    expect(
      checkTaught(
        taughtName('x', 'the shed light', { kind: 'entity', entityId: 'light.shed' }),
        ctx,
      ).errors,
    ).toEqual(['That device no longer exists: choose another.']);
    expect(
      checkTaught(taughtName('y', 'the shed', { kind: 'area', areaId: 'shed' }), ctx).errors,
    ).toEqual(['That room no longer exists: choose another.']);
  });

  it('warns about collisions and devices that no longer exist', () => {
    const item = command('n', ['good night'], [control('light.porch_old', 'turn_off')]);
    expect(checkTaught(item, ctx)).toEqual({
      errors: [],
      warnings: [
        '“good night” is already your routine Good night.',
        'The Porch old light no longer exists.',
      ],
    });
  });
});
