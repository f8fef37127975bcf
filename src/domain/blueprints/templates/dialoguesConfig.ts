// The form of a sample dialogue and its checks: every [blank] of an answer is in the sentence it
// answers, every sentence has words of its own besides blanks, and every blank listed with
// known words is used by some example.
import { tokenize } from '../../language/normalize.ts';
import { z } from '../../zod.ts';
import { blankKey, blanksIn, isBlankName, withoutBlanks } from './blanks.ts';

export const MAX_EXAMPLES = 30;
export const MAX_BLANKS = 20;

const text = (max: number, empty: string, long: string) =>
  z.string().check(z.trim(), z.minLength(1, empty), z.maxLength(max, long));

export const dialoguesConfigSchema = z
  .strictObject({
    /** Said when the skill opens ("Welcome to Tony's Pizza! What can I get you?"). */
    greeting: text(200, 'write what the skill says first', 'keep the greeting under 200 letters'),
    examples: z
      .array(
        z.strictObject({
          said: text(160, 'write what a person might say', 'keep it under 160 letters'),
          reply: text(300, 'write the answer', 'keep the answer under 300 letters'),
        }),
      )
      .check(
        z.minLength(1, 'add at least one example'),
        z.maxLength(MAX_EXAMPLES, `at most ${MAX_EXAMPLES} examples`),
      ),
    /** Known values of blanks (size: small, medium, large); a blank needs none. */
    blanks: z
      .array(
        z.strictObject({
          blank: text(30, 'write the word in brackets, like size', 'keep it under 30 letters'),
          values: z
            .array(text(40, 'write the value or remove it', 'keep a value under 40 letters'))
            .check(z.maxLength(30, 'at most 30 values')),
        }),
      )
      .check(z.maxLength(MAX_BLANKS, `at most ${MAX_BLANKS} blanks`)),
    /** Said when nothing said is close to an example. */
    fallback: text(
      200,
      'write what to say when it does not understand',
      'keep it under 200 letters',
    ),
  })
  .check(
    z.superRefine((config, ctx) => {
      const issue = (message: string, path: (string | number)[]) =>
        ctx.addIssue({ code: 'custom', message, path, input: config });
      const used = new Set<string>();
      config.examples.forEach(({ said, reply }, i) => {
        const own = blanksIn(said);
        own.forEach((key) => used.add(key));
        if ([...own, ...blanksIn(reply)].includes(''))
          issue('a blank needs a word between the brackets, like [size]', ['examples', i]);
        else if (own.some((key) => !isBlankName(key)))
          issue('write blanks with letters, digits and spaces only', ['examples', i, 'said']);
        if (tokenize(withoutBlanks(said)).raw.length === 0)
          issue('write some words besides the blanks, so the skill can tell it apart', [
            'examples',
            i,
            'said',
          ]);
        for (const key of blanksIn(reply))
          if (key !== '' && !own.includes(key))
            issue(
              `the answer uses [${key}], but what is said has no [${key}]: add it there or take it out of the answer`,
              ['examples', i, 'reply'],
            );
      });
      const listed = config.blanks.map((b) => blankKey(b.blank));
      listed.forEach((key, i) => {
        const at = ['blanks', i, 'blank'];
        if (listed.indexOf(key) !== i) issue(`“${key}” is already listed above`, at);
        else if (!used.has(key))
          issue(`no example has [${key}]: use it in one or remove it here`, at);
      });
    }),
  );
export type DialoguesConfig = z.infer<typeof dialoguesConfigSchema>;
