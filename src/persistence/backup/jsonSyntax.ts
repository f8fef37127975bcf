// Where a JSON text first goes wrong. JSON.parse's own messages differ between engines and
// versions and often give no position, and a person fixing a hand-edited backup needs a line and
// column. Runs only after JSON.parse has failed; iterative, so deep nesting cannot overflow it.

export interface JsonSyntaxError {
  /** 0-based offset into the text. */
  position: number;
  /** 1-based, as editors count. */
  line: number;
  column: number;
  problem: string;
}

const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;

type State = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'after';

/** What was found at `i`, and what should have been there (moot when the file just ends). */
function unexpected(text: string, i: number, wanted = ''): [number, string] {
  if (i >= text.length) return [i, 'the file ends too early'];
  return [i, `unexpected ${JSON.stringify(text.slice(i, i + 1))}${wanted}`];
}

/** Offset just past the string that starts at `start` (a quote), or the error's offset and problem. */
function skipString(text: string, start: number): number | [number, string] {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return [i, 'a line break or control character inside text (write \\n)'];
    if (c === 0x5c) {
      ESCAPE.lastIndex = i + 1;
      if (!ESCAPE.test(text)) return [i, 'a bad escape sequence inside text'];
      i = ESCAPE.lastIndex - 1;
    }
  }
  return [start, 'text that is never closed with a double quote'];
}

function scan(text: string): [number, string] | undefined {
  const stack: string[] = [];
  let state: State = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
    const ch = text.charAt(i);
    if (state === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined)
        return i < text.length ? unexpected(text, i, ` after the end of the data`) : undefined;
      const close = top === '{' ? '}' : ']';
      if (ch === ',') state = top === '{' ? 'key' : 'value';
      else if (ch === close) stack.pop();
      else return unexpected(text, i, `: expected "," or "${close}"`);
      i++;
      continue;
    }
    if (state === 'colon') {
      if (ch !== ':') return unexpected(text, i, `: expected ":"`);
      state = 'value';
      i++;
      continue;
    }
    if ((state === 'keyOrClose' && ch === '}') || (state === 'valueOrClose' && ch === ']')) {
      stack.pop();
      state = 'after';
      i++;
      continue;
    }
    if (state === 'key' || state === 'keyOrClose') {
      if (ch !== '"') return unexpected(text, i, `: expected a field name in double quotes`);
      const end = skipString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      state = 'colon';
      continue;
    }
    if (ch === '{' || ch === '[') {
      stack.push(ch);
      state = ch === '{' ? 'keyOrClose' : 'valueOrClose';
      i++;
      continue;
    }
    if (ch === '"') {
      const end = skipString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return unexpected(text, i, `: not a valid number`);
      i = NUMBER.lastIndex;
    } else {
      const literal = LITERALS.find((word) => text.startsWith(word, i));
      if (literal === undefined) return unexpected(text, i, `: expected a value`);
      i += literal.length;
    }
    state = 'after';
  }
}

/** The first syntax error of `text`, or undefined if it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const found = scan(text);
  if (!found) return undefined;
  const [position, problem] = found;
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { position, line, column: position - lineStart + 1, problem };
}
