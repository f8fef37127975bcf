// What a houseguest or babysitter guide can answer, built from its form: the Wi-Fi, where things
// are, the house rules, who to call, and the family's own topics. Each section and each entry in
// it gets several natural phrasings, so "where can I find a spare blanket" and "what's the
// doctor's number" find their answers without the person writing any question.
import { isPluralName, joinList } from '../../assistant/words.ts';
import type { Answer } from './questions.ts';

export interface GuideConfig {
  welcome?: string | undefined;
  wifiName?: string | undefined;
  wifiPassword?: string | undefined;
  places: { thing: string; place: string }[];
  rules: string[];
  contacts: { name: string; role?: string | undefined; phone: string }[];
  topics: { topic: string; answer: string }[];
}

/** Text as a sentence: a capital at the start, a full stop at the end if it has none. */
export function sentence(text: string): string {
  const t = text.trim();
  if (t === '') return '';
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/** A topic as said inside a sentence: "Screen time" → "screen time", but "TV" stays "TV". */
export function inSentence(text: string): string {
  const t = text.trim();
  return /^[A-Z][a-z]+\b(?!['’])/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

/** "the towels", but "Leo's inhaler", "our spare key" and "a torch" as written. */
export function theThing(thing: string): string {
  const t = inSentence(thing);
  return /^(the|a|an|my|our|your|his|her|their|some)\s/i.test(t) || /['’]s\s/.test(t)
    ? t
    : `the ${t}`;
}

const PREPOSITION =
  /^(in|on|under|underneath|behind|beside|next|by|at|inside|above|below|near|between|upstairs|downstairs|outside|over|to|left|right|on top|in front|beneath|across|round|around)\b/i;

/** "stacked behind the shed", "kept in the loft", "hanging by the door". */
const PARTICIPLE = /^([a-z]+ed|[a-z]+ing|kept|hung|hidden|left|put|stuck)\s/i;

function whereAnswer(thing: string, place: string): string {
  const what = theThing(thing);
  const verb = isPluralName(thing.trim()) ? 'are' : 'is';
  const where = place.trim().replace(/[.!]+$/, '');
  // A place written as a room ("hall cupboard") rather than "in the hall cupboard" or "stacked
  // behind the shed".
  if (!PREPOSITION.test(where) && !PARTICIPLE.test(where))
    return sentence(`you'll find ${what} here: ${where}`);
  return sentence(`${what} ${verb} ${where}`);
}

function placeAnswers(places: GuideConfig['places']): Answer[] {
  if (places.length === 0) return [];
  const things = places.map((p) => theThing(p.thing));
  const first = places[0]!.thing;
  const section: Answer = {
    phrasings: [
      'where are things',
      'where is everything',
      'where do I find things',
      'where do you keep things',
      'where things are',
    ],
    answer: `I know where to find ${joinList(things)}. Ask me about one, like “where ${isPluralName(first) ? 'are' : 'is'} ${theThing(first)}?”`,
    topic: 'where things are',
    asksAgain: true,
  };
  return [
    section,
    ...places.map((p) => {
      const what = theThing(p.thing);
      const thing = p.thing.trim();
      const verb = isPluralName(thing) ? 'are' : 'is';
      return {
        phrasings: [
          thing,
          `where ${verb} ${what}`,
          `where can I find ${what}`,
          `where do you keep ${what}`,
          `I need ${what}`,
          `do you have ${what}`,
        ],
        answer: whereAnswer(p.thing, p.place),
        topic: `where ${what} ${verb}`,
        example: `where ${verb} ${what}`,
      };
    }),
  ];
}

function wifiAnswers(name: string, password: string): Answer[] {
  const found: Answer[] = [];
  if (password)
    found.push({
      phrasings: [
        "what's the wifi password",
        'wifi password',
        'what is the password for the wifi',
        'how do I get on the wifi',
        'how do I connect to the internet',
        'what is the internet password',
      ],
      answer: name
        ? `The Wi-Fi password is “${password}”. The network is called “${name}”.`
        : `The Wi-Fi password is “${password}”.`,
      topic: 'the Wi-Fi password',
      example: "what's the Wi-Fi password",
    });
  if (name)
    found.push({
      phrasings: [
        'what is the network called',
        'what is the wifi called',
        'what is the wifi network',
        'network name',
        'which wifi network do I use',
        'what is the name of the wifi',
      ],
      answer: password
        ? `The Wi-Fi network is called “${name}”, and the password is “${password}”.`
        : `The Wi-Fi network is called “${name}”.`,
      topic: 'the Wi-Fi network',
      example: 'what is the network called',
    });
  return found;
}

/** What a rule is about, for "can I …?" questions: "No friends over, please" → "friends over". */
function ruleCore(rule: string): string {
  const clause = rule.split(/[,;:!?.]|\s(?:but|unless|except|just|only)\s/i)[0] ?? rule;
  return clause
    .trim()
    .replace(
      /^((no|not|never|don't|do not|please|feel free to|you can|you may|you're welcome to)\s+)+/i,
      '',
    )
    .trim();
}

function ruleAnswers(rules: readonly string[]): Answer[] {
  if (rules.length === 0) return [];
  const section: Answer = {
    phrasings: [
      'what are the house rules',
      'house rules',
      'what are the rules',
      'is there anything I should know',
      'what am I not allowed to do',
      'what is not allowed',
    ],
    answer: `The house rules: ${rules.map(sentence).join(' ')}`,
    topic: 'the house rules',
    example: 'what are the house rules',
  };
  return [
    section,
    ...rules.map((rule) => {
      const core = ruleCore(rule);
      const asks = core
        ? [
            `can I ${core}`,
            `can I have ${core}`,
            `can we have ${core}`,
            `is ${core} allowed`,
            `is it ok to ${core}`,
            `do I need to ${core}`,
          ]
        : [];
      return {
        phrasings: [rule, ...asks],
        answer: `House rule: ${sentence(rule)}`,
        topic: `the rule “${rule.trim()}”`,
      };
    }),
  ];
}

function contactWords(c: GuideConfig['contacts'][number]): string {
  return c.role ? `${c.name} (${c.role.trim()}) on ${c.phone}` : `${c.name} on ${c.phone}`;
}

function contactAnswers(contacts: GuideConfig['contacts']): Answer[] {
  if (contacts.length === 0) return [];
  const section: Answer = {
    phrasings: [
      'who do I call in an emergency',
      'who should I call',
      'emergency contacts',
      'emergency numbers',
      'what if something goes wrong',
      'what number do I call',
      'who to call',
    ],
    answer: `Call ${joinList(contacts.map(contactWords), 'or')}.`,
    topic: 'who to call',
    example: 'who do I call in an emergency',
  };
  return [
    section,
    ...contacts.map((c) => {
      const names = [c.name.trim(), ...(c.role?.trim() ? [c.role.trim()] : [])];
      return {
        phrasings: names.flatMap((n) => [
          n,
          `what is ${n}'s number`,
          `${n}'s phone number`,
          `how do I reach ${n}`,
          `how do I call ${n}`,
          `who is ${n}`,
        ]),
        answer: `Call ${contactWords(c)}.`,
        topic: `${c.name.trim()}'s number`,
        example: `what's ${c.name.trim()}'s number`,
      };
    }),
  ];
}

function topicAnswers(topics: GuideConfig['topics']): Answer[] {
  return topics.map(({ topic, answer }) => {
    const t = inSentence(topic);
    return {
      phrasings: [
        t,
        `what about ${t}`,
        `when is ${t}`,
        `what is ${t}`,
        `tell me about ${t}`,
        `are there any ${t}`,
        `what should I know about ${t}`,
      ],
      answer: sentence(answer),
      topic: t,
      example: `what about ${t}`,
    };
  });
}

/** The sections this guide has, as the opening and "what can I ask" list them. */
export function guideSections(config: GuideConfig): string[] {
  const sections: string[] = [];
  if (config.wifiName || config.wifiPassword) sections.push('the Wi-Fi');
  if (config.places.length > 0) sections.push('where things are');
  if (config.rules.length > 0) sections.push('the house rules');
  if (config.contacts.length > 0) sections.push('who to call');
  // A few of the family's own topics; more would make the opening long.
  sections.push(...config.topics.slice(0, 3).map((t) => inSentence(t.topic)));
  return sections;
}

export const whatToAsk = (config: GuideConfig) =>
  `Ask me about ${joinList(guideSections(config), 'or')}.`;

export function guideAnswers(config: GuideConfig): Answer[] {
  const overview: Answer = {
    phrasings: [
      'what can I ask',
      'what can you tell me',
      'what do you know',
      'what can you help with',
    ],
    answer: whatToAsk(config),
    topic: 'what I can answer',
    asksAgain: true,
  };
  return [
    overview,
    ...wifiAnswers(config.wifiName?.trim() ?? '', config.wifiPassword?.trim() ?? ''),
    ...placeAnswers(config.places),
    ...ruleAnswers(config.rules),
    ...contactAnswers(config.contacts),
    ...topicAnswers(config.topics),
  ];
}
