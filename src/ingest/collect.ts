import { readdir, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { InputError } from "../errors.ts";
import { type InputFormat, formatOf } from "./settings.ts";

// Inputs to a list of files, in the order the inputs were given. Folders are walked
// recursively in sorted order, skipping hidden entries and files of unknown formats
// (silently: a folder may hold anything); a file named explicitly must be readable.
// Problems stay in the list where they arose, so they are reported in input order. A file
// reached twice (named twice, or named and inside a named folder) is read once.

export type InputFile =
  | { kind: "stdin" }
  | { kind: "file"; path: string; format: InputFormat }
  | { kind: "problem"; problem: InputError };

export async function collectInputs(inputs: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  const taken = new Set<string>(); // resolved paths of the files listed
  const add = (path: string, format: InputFormat) => {
    const key = resolve(path);
    if (taken.has(key)) return;
    taken.add(key);
    files.push({ kind: "file", path, format });
  };
  for (const input of inputs) {
    if (input === "-") {
      files.push({ kind: "stdin" });
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      files.push(problem(fsProblem(input, err)));
      continue;
    }
    if (info.isDirectory()) {
      if ((await walk(input, files, add, new Set())) === 0) {
        files.push(problem(new InputError(input, "holds no .txt, .md, .html or .jsonl file", "check the folder, or name the files")));
      }
      continue;
    }
    if (!info.isFile()) {
      files.push(problem(new InputError(input, "is not a regular file", "give a file or a folder")));
      continue;
    }
    const format = formatOf(input);
    if (format === undefined) {
      files.push(problem(new InputError(input, "has an extension trama does not read", "give .txt, .md, .html or .jsonl files, or rename it")));
      continue;
    }
    add(input, format);
  }
  return files;
}

/**
 * Lists the readable files under `dir`; returns how many it found (listed before or not).
 * Directory entries say what they are, so only symbolic links cost a stat.
 */
async function walk(dir: string, files: InputFile[], add: (path: string, format: InputFormat) => void, seen: Set<string>): Promise<number> {
  let entries;
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return 0; // a symbolic link back up the tree
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    files.push(problem(fsProblem(dir, err)));
    return 0;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let found = 0;
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const info = await stat(path);
        isDirectory = info.isDirectory();
        isFile = info.isFile();
      } catch (err) {
        files.push(problem(fsProblem(path, err)));
        continue;
      }
    }
    if (isDirectory) found += await walk(path, files, add, seen);
    else {
      const format = formatOf(entry.name);
      if (format !== undefined && isFile) {
        add(path, format);
        found++;
      }
    }
  }
  return found;
}

function problem(error: InputError): InputFile {
  return { kind: "problem", problem: error };
}

export function fsProblem(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new InputError(path, "does not exist", "check the path");
  if (code === "EACCES" || code === "EPERM") return new InputError(path, "cannot be read (permission denied)", "check its permissions");
  if (code === "EISDIR") return new InputError(path, "is a folder where a file was expected", "give the folder itself or a file in it");
  return new InputError(path, `cannot be read (${code ?? (err as Error).message})`, "check that it is a readable file");
}
