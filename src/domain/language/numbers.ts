// Numbers said as words ("seventy two", "twenty point five", "a hundred") become digits, so the
// grammar only ever sees digits. Ordinals ("first floor") are left alone: they are names.

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  oh: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const isDigits = (t: string) => /^\d+(\.\d+)?$/.test(t);

/** "one" is a number only where a number is expected: not in "that one" or "the first one". */
function oneIsNumber(prev: string | undefined, next: string | undefined): boolean {
  if (next === 'point' || next === 'percent' || next === 'degree' || next === 'degrees')
    return true;
  if (next === 'hundred') return true;
  return prev === 'to' || prev === 'by' || prev === 'at';
}

/** Reads a number said in words starting at `i`; returns the value and how many tokens it used. */
function readWords(
  tokens: readonly string[],
  i: number,
): { value: number; used: number } | undefined {
  let j = i;
  let value: number | undefined;
  const word = tokens[j];
  if (word === undefined) return undefined;
  // "a couple of degrees"
  if (word === 'couple' && tokens[j + 1] === 'of') return { value: 2, used: 2 };
  if (word === 'hundred' || (word === 'a' && tokens[j + 1] === 'hundred')) {
    return { value: 100, used: word === 'a' ? 2 : 1 };
  }
  if (TENS[word] !== undefined) {
    value = TENS[word];
    j++;
    const unit = tokens[j];
    if (unit !== undefined && UNITS[unit] !== undefined && UNITS[unit] > 0 && UNITS[unit] < 10) {
      value += UNITS[unit];
      j++;
    }
  } else if (UNITS[word] !== undefined && word !== 'oh') {
    if (word === 'one' && !oneIsNumber(tokens[i - 1], tokens[i + 1])) return undefined;
    value = UNITS[word];
    j++;
    if (tokens[j] === 'hundred') {
      value *= 100;
      j++;
      if (tokens[j] === 'and') j++;
      const rest = readWords(tokens, j);
      if (rest && rest.value < 100) {
        value += rest.value;
        j += rest.used;
      } else if (tokens[j - 1] === 'and') j--;
    }
  } else return undefined;
  return { value, used: j - i };
}

/** Replaces numbers in words with digits: "twenty point five" → "20.5". */
export function digitize(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const read = readWords(tokens, i);
    if (!read) {
      out.push(tokens[i]!);
      i++;
      continue;
    }
    let text = String(read.value);
    i += read.used;
    // "twenty point five", "20 point 5"
    if (tokens[i] === 'point') {
      const decimals: string[] = [];
      let j = i + 1;
      while (j < tokens.length) {
        const t = tokens[j]!;
        if (isDigits(t) && !t.includes('.')) decimals.push(t);
        else if (UNITS[t] !== undefined && UNITS[t] < 10) decimals.push(String(UNITS[t]));
        else break;
        j++;
      }
      if (decimals.length > 0) {
        text = `${text}.${decimals.join('')}`;
        i = j;
      }
    }
    // "eighteen and a half"
    if (
      tokens[i] === 'and' &&
      tokens[i + 1] === 'a' &&
      tokens[i + 2] === 'half' &&
      !text.includes('.')
    ) {
      text = `${text}.5`;
      i += 3;
    }
    out.push(text);
  }
  // "20 point 5" said with digits
  for (let k = 0; k + 2 < out.length; k++) {
    if (isDigits(out[k]!) && out[k + 1] === 'point' && /^\d+$/.test(out[k + 2]!)) {
      out.splice(k, 3, `${out[k]}.${out[k + 2]}`);
    }
  }
  return out;
}
