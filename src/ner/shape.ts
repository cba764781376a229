// Word shapes: the spelling pattern of a token with letters and digits abstracted away.
// "Brusati" → long "Xxxxx" (runs capped at 4), short "Xx"; "G8" → "Xd"; "ONU" → "XXX"/"X".

function charClass(code: number, ch: string): string {
  if (code >= 48 && code <= 57) return "d";
  // ASCII letters without the case-mapping calls, which allocate (most tokens are ASCII).
  if (code >= 65 && code <= 90) return "X";
  if (code >= 97 && code <= 122) return "x";
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? "X" : "x";
  return ch;
}

/** Long shape: each character's class, runs of one class capped at four. */
export function wordShape(word: string): string {
  let out = "";
  let last = "";
  let run = 0;
  for (const ch of word) {
    const c = charClass(ch.codePointAt(0)!, ch);
    if (c === last) {
      run++;
      if (run > 4) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c;
  }
  return out;
}

/** Short shape: runs of one class collapsed to one character. */
export function shortShape(word: string): string {
  let out = "";
  let last = "";
  for (const ch of word) {
    const c = charClass(ch.codePointAt(0)!, ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Whether the first character is an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
