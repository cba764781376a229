// Bytes to text. UTF-8 first (a BOM is dropped); bytes that are not valid UTF-8 but look
// like 8-bit text are read as windows-1252, the superset of Latin-1 that Italian sites and
// Windows editors write. Anything with NUL bytes or many control characters is binary.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; problem: string; fix: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const windows1252 = new TextDecoder("windows-1252");

/** Share of C0 control characters (other than tab, line and page breaks) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.01;
/** Share of bytes above 0x7F above which undecodable bytes are not plausible 8-bit text. */
const MAX_HIGH_BYTE_SHARE = 0.3;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) {
    return { ok: false, problem: "is binary (it contains NUL bytes)", fix: "give a text, markdown, HTML or JSONL file" };
  }
  let text: string;
  let encoding = "utf-8";
  try {
    text = utf8.decode(bytes);
  } catch {
    let high = 0;
    for (const b of bytes) if (b > 0x7f) high++;
    if (high > bytes.length * MAX_HIGH_BYTE_SHARE) {
      return {
        ok: false,
        problem: "is not valid UTF-8 and does not look like 8-bit text",
        fix: "convert it to UTF-8 (e.g. iconv -f ENCODING -t UTF-8)",
      };
    }
    text = windows1252.decode(bytes);
    encoding = "windows-1252";
  }
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    return { ok: false, problem: "looks binary (many control characters)", fix: "give a text, markdown, HTML or JSONL file" };
  }
  if (text.trim() === "") {
    return { ok: false, problem: "is empty (no text)", fix: "remove it from the inputs or add the article text" };
  }
  return { ok: true, text, encoding };
}

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls++;
  }
  return controls / text.length;
}
