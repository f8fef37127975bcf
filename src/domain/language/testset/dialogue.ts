// Talking to the assistant rather than to the home: asking for help, cancelling, teaching it a
// new command, and telling it that it got something wrong.
import type { TestCase } from './types.ts';

const said = (text: string, intent: TestCase['expect']['intent']): TestCase => ({
  text,
  expect: { intent },
});

export const DIALOGUE: readonly TestCase[] = [
  said('help', 'Help'),
  said('what can you do', 'Help'),
  said('what can I say?', 'Help'),
  said('how does this work', 'Help'),
  said('cancel', 'Cancel'),
  said('never mind', 'Cancel'),
  said('forget it', 'Cancel'),
  said('cancel that please', 'Cancel'),
  said("that's wrong", 'Feedback'),
  said("no, that's not what I meant", 'Feedback'),
  said('wrong', 'Feedback'),
  said('I want to teach you something', 'Teach'),
  said('can I teach you a new command', 'Teach'),
  said('learn a new phrase', 'Teach'),
];
