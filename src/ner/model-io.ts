import { readFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { DataError } from "../errors.ts";
import { writeFileAtomic } from "../fs/write-atomic.ts";
import { buildGazetteer, type GazetteerData } from "./gazetteer.ts";
import { NerModel, type NerModelInfo } from "./model.ts";
import { LinearChainWeights } from "./perceptron.ts";
import { NER_TAGS, NER_TAG_COUNT } from "./tags.ts";

// Model file format (gzip of):
//   "TNER" | u32 LE header length | header JSON (UTF-8) | zero padding to 4 bytes
//   | f32 LE transitions ((T+1)×T) | i16 LE emissions (features×T, scaled by header.scale)
// The header holds the model info (licence included), tags, feature keys (their position
// is their id), the quantisation scale, word clusters and gazetteers. Features whose
// weights all quantise to zero are dropped on save.

const MAGIC = "TNER";

interface Header extends NerModelInfo {
  tags: readonly string[];
  scale: number;
  features: string[];
  /** word → clusters joined with "|" */
  clusters: Record<string, string>;
  gazetteers: GazetteerData[];
}

export function encodeModel(model: NerModel): Buffer {
  const T = NER_TAG_COUNT;
  const em = model.weights.emission;
  let maxAbs = 0;
  for (let k = 0; k < em.length; k++) maxAbs = Math.max(maxAbs, Math.abs(em[k]!));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const kept: number[] = [];
  for (let f = 0; f < em.length / T; f++) {
    for (let t = 0; t < T; t++) {
      if (Math.round(em[f * T + t]! / scale) !== 0) {
        kept.push(f);
        break;
      }
    }
  }
  const clusters: Record<string, string> = {};
  for (const [word, ids] of model.resources.clusters) clusters[word] = ids.join("|");
  const header: Header = {
    ...model.info,
    tags: NER_TAGS,
    scale,
    features: kept.map((f) => model.index.keys[f]!),
    clusters,
    gazetteers: model.resources.gazetteers.map(({ code, labels, names, nameLabels }) => ({ code, labels, names, nameLabels })),
  };
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const headerEnd = 8 + json.length;
  const transOffset = Math.ceil(headerEnd / 4) * 4;
  const emOffset = transOffset + (T + 1) * T * 4;
  const buf = Buffer.alloc(emOffset + kept.length * T * 2);
  buf.write(MAGIC, 0, "latin1");
  buf.writeUInt32LE(json.length, 4);
  json.copy(buf, 8);
  const tr = model.weights.transition;
  for (let k = 0; k < tr.length; k++) buf.writeFloatLE(tr[k]!, transOffset + k * 4);
  let pos = emOffset;
  for (const f of kept) {
    for (let t = 0; t < T; t++) {
      buf.writeInt16LE(Math.round(em[f * T + t]! / scale), pos);
      pos += 2;
    }
  }
  return gzipSync(buf, { level: 9 });
}

export function decodeModel(data: Uint8Array, source: string): NerModel {
  const fix = "retrain it with `npm run train:ner` or restore models/ from git";
  let buf: Buffer;
  try {
    buf = gunzipSync(data);
  } catch {
    throw new DataError(`trama: ${source} is not a gzip-compressed NER model; ${fix}`);
  }
  if (buf.length < 8 || buf.toString("latin1", 0, 4) !== MAGIC) {
    throw new DataError(`trama: ${source} is not a trama NER model (bad magic); ${fix}`);
  }
  const headerLength = buf.readUInt32LE(4);
  let header: Header;
  try {
    header = JSON.parse(buf.toString("utf8", 8, 8 + headerLength)) as Header;
  } catch {
    throw new DataError(`trama: ${source} has a corrupt header; ${fix}`);
  }
  const T = NER_TAG_COUNT;
  if (header.format !== "trama-ner" || header.version !== 1 || header.tags.join() !== NER_TAGS.join()) {
    throw new DataError(`trama: ${source} is a model of another format, version or tag set; ${fix}`);
  }
  const transOffset = Math.ceil((8 + headerLength) / 4) * 4;
  const emOffset = transOffset + (T + 1) * T * 4;
  const n = header.features.length;
  if (buf.length !== emOffset + n * T * 2) {
    throw new DataError(`trama: ${source} is truncated (${buf.length} bytes, expected ${emOffset + n * T * 2}); ${fix}`);
  }
  const transition = new Float32Array((T + 1) * T);
  for (let k = 0; k < transition.length; k++) transition[k] = buf.readFloatLE(transOffset + k * 4);
  const emission = new Float32Array(n * T);
  const q = new Int16Array(buf.buffer.slice(buf.byteOffset + emOffset, buf.byteOffset + emOffset + n * T * 2));
  for (let k = 0; k < q.length; k++) emission[k] = q[k]! * header.scale;
  const clusters = new Map<string, string[]>();
  for (const word in header.clusters) clusters.set(word, header.clusters[word]!.split("|"));
  const gazetteers = header.gazetteers.map((g) => ({ ...g, gazetteer: buildGazetteer(g) }));
  const info: NerModelInfo = {
    format: header.format,
    version: header.version,
    licence: header.licence,
    attribution: header.attribution,
    training: header.training,
  };
  return new NerModel(info, header.features, new LinearChainWeights(emission, transition), { clusters, gazetteers });
}

export function saveModel(path: string, model: NerModel): void {
  writeFileAtomic(path, encodeModel(model));
}

export function loadModel(path: string): NerModel {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (err) {
    throw new DataError(
      `trama: NER model ${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)}); train it with \`npm run train:ner\` or restore models/ from git`,
    );
  }
  return decodeModel(data, path);
}
