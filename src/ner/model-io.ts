import { readFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { DataError } from "../errors.ts";
import { writeFileAtomic } from "../fs/write-atomic.ts";
import { buildGazetteer, type GazetteerData } from "./gazetteer.ts";
import { NerModel, type NerModelInfo } from "./model.ts";
import { LinearChainWeights } from "./perceptron.ts";
import { NER_TAGS, NER_TAG_COUNT } from "./tags.ts";
import { SplitTable } from "./split-table.ts";

// Model file format (gzip of):
//   "TNER" | u32 LE header length | header JSON (UTF-8) | zero padding to 4 bytes
//   | per stage (sentence, then document if any):
//       f32 LE transitions ((T+1)×T) | i16 LE emissions (features×T, × that stage's scale)
//       | zero padding to 4 bytes
// The header holds the model info (licence included), tags, feature keys (a key's position
// is its id), per-stage quantisation scales, the document window, word clusters, word
// keys from name lists, common-word classes (when the model has them) and gazetteers. Features whose weights quantise to zero in every stage are dropped on save.

const MAGIC = "TNER";
const T = NER_TAG_COUNT;
const FIX = "retrain it with `npm run train:ner` or restore models/ from git";

interface Header extends NerModelInfo {
  tags: readonly string[];
  /** Quantisation scale of each stage's emissions; length 1 or 2. */
  scales: number[];
  documentWindow: number;
  features: string[];
  /** word → clusters joined with "|" */
  clusters: Record<string, string>;
  /** word → extra keys joined with "|" */
  wordKeys: Record<string, string>;
  /** word → common-word classes joined with "|"; absent in models without them */
  wordClasses?: Record<string, string>;
  gazetteers: GazetteerData[];
}

function scaleOf(em: Float32Array): number {
  let maxAbs = 0;
  for (let k = 0; k < em.length; k++) maxAbs = Math.max(maxAbs, Math.abs(em[k]!));
  return maxAbs > 0 ? maxAbs / 32767 : 1;
}

const align4 = (n: number) => Math.ceil(n / 4) * 4;
const stageBytes = (features: number) => align4((T + 1) * T * 4 + features * T * 2);

export function encodeModel(model: NerModel): Buffer {
  const stages = [model.stages.sentence, ...(model.stages.document ? [model.stages.document] : [])];
  const scales = stages.map((s) => scaleOf(s.emission));
  const kept: number[] = [];
  const featureCount = model.stages.sentence.featureCount;
  for (let f = 0; f < featureCount; f++) {
    const used = stages.some((s, k) => {
      for (let t = 0; t < T; t++) if (Math.round(s.emission[f * T + t]! / scales[k]!) !== 0) return true;
      return false;
    });
    if (used) kept.push(f);
  }
  const clusters: Record<string, string> = {};
  for (const [word, ids] of model.resources.clusters) clusters[word] = ids.join("|");
  const wordKeys: Record<string, string> = {};
  for (const [word, keys] of model.resources.wordKeys) wordKeys[word] = keys.join("|");
  const wordClasses: Record<string, string> = {};
  for (const [word, classes] of model.resources.wordClasses ?? []) wordClasses[word] = classes.join("|");
  const header: Header = {
    ...model.info,
    tags: NER_TAGS,
    scales,
    documentWindow: model.stages.documentWindow,
    features: kept.map((f) => model.index.keys[f]!),
    clusters,
    wordKeys,
    ...(model.resources.wordClasses?.size ? { wordClasses } : {}),
    gazetteers: model.resources.gazetteers.map(({ code, labels, names, nameLabels }) => ({ code, labels, names, nameLabels })),
  };
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const start = align4(8 + json.length);
  const buf = Buffer.alloc(start + stages.length * stageBytes(kept.length));
  buf.write(MAGIC, 0, "latin1");
  buf.writeUInt32LE(json.length, 4);
  json.copy(buf, 8);
  let pos = start;
  stages.forEach((stage, k) => {
    const stageStart = pos;
    for (const w of stage.transition) (buf.writeFloatLE(w, pos), (pos += 4));
    for (const f of kept) {
      for (let t = 0; t < T; t++) (buf.writeInt16LE(Math.round(stage.emission[f * T + t]! / scales[k]!), pos), (pos += 2));
    }
    pos = stageStart + stageBytes(kept.length);
  });
  return gzipSync(buf, { level: 9 });
}

export function decodeModel(data: Uint8Array, source: string): NerModel {
  let buf: Buffer;
  try {
    buf = gunzipSync(data, { chunkSize: outputChunk(data) });
  } catch {
    throw new DataError(`trama: ${source} is not a gzip-compressed NER model; ${FIX}`);
  }
  if (buf.length < 8 || buf.toString("latin1", 0, 4) !== MAGIC) {
    throw new DataError(`trama: ${source} is not a trama NER model (bad magic); ${FIX}`);
  }
  const headerLength = buf.readUInt32LE(4);
  let header: Header;
  try {
    header = JSON.parse(buf.toString("utf8", 8, 8 + headerLength)) as Header;
  } catch {
    throw new DataError(`trama: ${source} has a corrupt header; ${FIX}`);
  }
  if (header.format !== "trama-ner" || header.version !== 1 || header.tags?.join() !== NER_TAGS.join()) {
    throw new DataError(`trama: ${source} is a model of another format, version or tag set; ${FIX}`);
  }
  const n = header.features.length;
  const start = align4(8 + headerLength);
  const expected = start + header.scales.length * stageBytes(n);
  if (buf.length !== expected || header.scales.length < 1 || header.scales.length > 2) {
    throw new DataError(`trama: ${source} is truncated or malformed (${buf.length} bytes, expected ${expected}); ${FIX}`);
  }
  // Copy the weights out (not the header before them) so the typed arrays are aligned
  // whatever the Buffer's pool offset.
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset + start, buf.length - start).slice();
  const stages = header.scales.map((scale, k) => {
    const at = k * stageBytes(n);
    const transition = new Float32Array(bytes.buffer, at, (T + 1) * T).slice();
    const q = new Int16Array(bytes.buffer, at + (T + 1) * T * 4, n * T);
    const emission = new Float32Array(n * T);
    for (let i = 0; i < q.length; i++) emission[i] = q[i]! * scale;
    return new LinearChainWeights(emission, transition);
  });
  const clusters = new SplitTable(header.clusters);
  const wordKeys = new SplitTable(header.wordKeys);
  const wordClasses = new SplitTable(header.wordClasses ?? {});
  const gazetteers = header.gazetteers.map((g) => ({ ...g, gazetteer: buildGazetteer(g) }));
  const info: NerModelInfo = {
    format: header.format,
    version: header.version,
    licence: header.licence,
    attribution: header.attribution,
    training: header.training,
  };
  return new NerModel(
    info,
    header.features,
    { sentence: stages[0]!, document: stages[1] ?? null, documentWindow: header.documentWindow },
    { clusters, wordKeys, wordClasses, gazetteers },
  );
}

/** zlib's smallest output chunk, and the most room asked for ahead. */
const MIN_CHUNK = 64;
const MAX_CHUNK = 64 << 20;

/**
 * Room for the whole unpacked model in one output chunk, as its gzip trailer (last 4
 * bytes: the unpacked size mod 2^32) gives it:
 * zlib's 16 KB chunks gathered and copied together took about a third longer (median
 * of 5 fresh processes, 39 → 26 ms). Bounded, as the trailer of a bad file can say anything.
 */
function outputChunk(data: Uint8Array): number {
  if (data.length < 4) return MIN_CHUNK;
  const size = new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(data.byteLength - 4, true);
  return Math.min(Math.max(size + 1, MIN_CHUNK), MAX_CHUNK);
}

export function saveModel(path: string, model: NerModel): void {
  writeFileAtomic(path, encodeModel(model));
}

export function loadModel(path: string): NerModel {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (err) {
    throw new DataError(`trama: NER model ${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)}); ${FIX}`);
  }
  return decodeModel(data, path);
}
