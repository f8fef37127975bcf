// Figure 7, skills: what talking to skills costs per turn. interpret() with 100 skills in the
// context (every request is checked for "open <name>" and "ask <name> …"), one question to a
// Q&A skill holding the most questions a Q&A allows (matched by meaning over all phrasings),
// and a suggestion of related values for a list being filled in.
import { continueSkill, startSkill } from '../../src/domain/blueprints/session.ts';
import { suggestValues } from '../../src/domain/blueprints/suggest.ts';
import {
  MAX_QA_ITEMS,
  qaBlueprint,
  type QaConfig,
} from '../../src/domain/blueprints/templates/qa.ts';
import { demoHome } from '../../src/domain/home/scenarios/demo.ts';
import { interpret } from '../../src/domain/language/interpret.ts';
import type { SkillOwner } from '../../src/domain/language/skillPhrases.ts';
import { median, pick, round, seededRandom, type Figure, type Section } from './lib.ts';

const START = Date.parse('2026-03-02T18:00:00Z');
const THINGS = [
  'towels',
  'spare key',
  'vacuum',
  'first aid kit',
  'batteries',
  'umbrella',
  'torch',
  'scissors',
  'tape',
  'candles',
  'blankets',
  'charger',
  'iron',
  'hair dryer',
  'board games',
  'bike pump',
  'ladder',
  'toolbox',
  'light bulbs',
  'sewing kit',
];
const PLACES = [
  'hall cupboard',
  'garage',
  'kitchen drawer',
  'attic',
  'bathroom cabinet',
  'shed',
  'under the stairs',
  'utility room',
];
const WORDS = ['red', 'blue', 'dog', 'cat', 'apple', 'chess', 'piano', 'soccer', 'mars', 'pizza'];

/** A Q&A as full as the template allows: "where is/are the <thing> (in <n>)?" and variants. */
function bigQa(): { config: QaConfig; questions: string[] } {
  const random = seededRandom(6);
  const items = Array.from({ length: MAX_QA_ITEMS }, (_, i) => {
    const thing = `${THINGS[i % THINGS.length]!} ${Math.floor(i / THINGS.length) + 1}`;
    return {
      phrasings: [`where is the ${thing}`, `where do you keep the ${thing}`, `I need the ${thing}`],
      answer: `The ${thing} is in the ${pick(random, PLACES)}.`,
    };
  });
  const questions = Array.from({ length: 300 }, () => {
    const item = pick(random, items);
    const thing = item.phrasings[0]!.replace('where is the ', '');
    return pick(random, [
      `where can I find the ${thing}`,
      `do you know where the ${thing} is`,
      `${thing}?`,
    ]);
  });
  return { config: { items }, questions };
}

function time(runs: number, work: (i: number) => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work(i);
    samples.push((performance.now() - t) * 1000);
  }
  return samples;
}

export async function benchSkills(): Promise<Section> {
  const home = demoHome(START);
  const skills: SkillOwner[] = Array.from({ length: 100 }, (_, i) => ({
    id: `skill_${i}`,
    name: `${WORDS[i % WORDS.length]!} helper ${i}`,
    phrases: i % 5 === 0 ? [`tell me about ${WORDS[i % WORDS.length]!} ${i}`] : [],
  }));
  const requests = [
    'turn off the kitchen lights',
    'open blue helper 11',
    'ask cat helper 13 where the towels are',
    'what is the temperature in the living room',
    'start pizza helper 19',
  ];
  // Warm up the grammar and the phrase indexes.
  for (const text of requests) interpret(text, { home, skills });
  const interpretTimes = time(2000, (i) =>
    interpret(requests[i % requests.length]!, { home, skills }),
  );

  const { config, questions } = bigQa();
  const skill = { id: 'bench', name: 'Big house guide', config };
  const env = { now: START, timeZone: 'Europe/London', random: seededRandom(2) };
  const opened = startSkill(qaBlueprint, skill, env);
  if (!opened.session) throw new Error('the Q&A skill did not open a session');
  let answered = 0;
  const turnTimes = time(questions.length, (i) => {
    const step = continueSkill(qaBlueprint, skill, opened.session!, questions[i]!, env);
    if (step.kind === 'answer') answered++;
  });

  const lists = [
    ['cat', 'dog'],
    ['pizza', 'pasta', 'sushi'],
    ['vacuum', 'do the dishes'],
    ['red', 'cat', 'piano'],
  ];
  const suggestTimes = time(2000, (i) => suggestValues(lists[i % lists.length]!));

  const figures: Figure[] = [
    {
      name: 'interpret() with 100 skills',
      value: round(median(interpretTimes), 1),
      unit: 'µs',
      budget: 50,
      detail: `median of 2,000 (${requests.length} requests: commands, "open …", "ask … …")`,
    },
    {
      name: `A question to a Q&A of ${MAX_QA_ITEMS} questions`,
      value: round(median(turnTimes) / 1000, 2),
      unit: 'ms',
      budget: 5,
      detail: `median of ${questions.length} rephrased questions, ${MAX_QA_ITEMS * 3} phrasings; ${answered} answered`,
    },
    {
      name: 'Suggested values for a list',
      value: round(median(suggestTimes), 1),
      unit: 'µs',
      detail: 'median of 2,000 (lists of 2–4 values)',
    },
  ];
  return { title: 'Skills (Node)', figures, notes: [], raw: { answered } };
}
