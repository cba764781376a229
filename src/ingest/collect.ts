import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../errors.ts";
import { type InputFormat, formatOf } from "./settings.ts";

// Inputs to a list of files, in the order the inputs were given. Folders are walked
// recursively in sorted order, skipping hidden entries and files of unknown formats
// (silently: a folder may hold anything); a file named explicitly must be readable.
// Problems stay in the list where they arose, so they are reported in input order.

export type InputFile =
  | { kind: "stdin" }
  | { kind: "file"; path: string; format: InputFormat; size: number }
  | { kind: "problem"; problem: InputError };

export async function collectInputs(inputs: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
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
      const before = files.length;
      await walk(input, files, new Set());
      if (files.length === before) {
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
    files.push({ kind: "file", path: input, format, size: info.size });
  }
  return files;
}

async function walk(dir: string, files: InputFile[], seen: Set<string>): Promise<void> {
  let entries;
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return; // a symbolic link back up the tree
    seen.add(real);
    entries = await readdir(dir);
  } catch (err) {
    files.push(problem(fsProblem(dir, err)));
    return;
  }
  entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of entries) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      files.push(problem(fsProblem(path, err)));
      continue;
    }
    if (info.isDirectory()) await walk(path, files, seen);
    else {
      const format = formatOf(name);
      if (format !== undefined && info.isFile()) files.push({ kind: "file", path, format, size: info.size });
    }
  }
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
