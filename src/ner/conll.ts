import { readFileSync } from "node:fs";
import { InputError } from "../errors.ts";

// The CoNLL-style column format of KIND and of `trama ner --conll`: one token per line,
// the token in the first column and (in training data) the tag in the last, a blank
// line between sentences.

export interface ConllSentence {
  tokens: string[];
  /** Tags from the last column; empty when the file has only one column. */
  tags: string[];
}

/** Parses CoNLL text; `file` names the source in errors. Tags are kept as written. */
export function parseConll(text: string, file: string): ConllSentence[] {
  if (text.includes("\u0000")) {
    throw new InputError(file, "is a binary file, not CoNLL text", "give a text file with one token per line and a blank line between sentences");
  }
  const sentences: ConllSentence[] = [];
  let current: ConllSentence = { tokens: [], tags: [] };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") {
      if (current.tokens.length > 0) sentences.push(current);
      current = { tokens: [], tags: [] };
      continue;
    }
    const cols = line.split("\t");
    const token = cols[0]!;
    if (token === "") {
      throw new InputError(file, "has a line whose first column is empty", "put the token in the first column (tab-separated)", i + 1);
    }
    current.tokens.push(token);
    if (cols.length > 1) current.tags.push(cols[cols.length - 1]!.trim());
  }
  if (current.tokens.length > 0) sentences.push(current);
  return sentences;
}

/** Reads and parses a CoNLL file; a missing or unreadable file is an InputError. */
export function readConll(file: string): ConllSentence[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new InputError(file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`, "check the path", undefined);
  }
  return parseConll(text, file);
}
