// Bytes to text. UTF-16 when a byte order mark says so; else UTF-8 (a BOM is dropped);
// bytes that are not valid UTF-8 but look like 8-bit text are read as windows-1252, the
// superset of Latin-1 that Italian sites and Windows editors write. Anything with NUL bytes
// or many control characters is binary.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; problem: string; fix: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

// C1 controls (U+0080–U+009F) in text are windows-1252 bytes read as Latin-1: by Node 20's
// own TextDecoder("windows-1252"), which does exactly that, or upstream, when a cp1252 text
// was converted to UTF-8 as if it were Latin-1 ("l\u0092Ucraina"). They are mapped to the
// characters the WHATWG windows-1252 index gives them, one code unit for one, so offsets do
// not move; the five bytes the index leaves undefined stay C1 controls.
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const C1 = /[\u0080-\u009f]/g;

function repairC1(text: string): string {
  C1.lastIndex = 0;
  if (!C1.test(text)) return text;
  return text.replace(C1, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Share of C0 control characters (other than tab, line and page breaks) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.01;
/** Share of bytes above 0x7F above which undecodable bytes are not plausible 8-bit text. */
const MAX_HIGH_BYTE_SHARE = 0.5;

export function decodeBytes(bytes: Uint8Array): Decoded {
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== undefined) return checkText(new TextDecoder(utf16).decode(bytes), utf16);
  if (bytes.includes(0)) {
    return { ok: false, problem: "is binary (it contains NUL bytes)", fix: "give a text, markdown, HTML or JSONL file" };
  }
  let text: string;
  let encoding = "utf-8";
  try {
    text = repairC1(utf8.decode(bytes));
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
    text = repairC1(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"));
    encoding = "windows-1252";
  }
  return checkText(text, encoding);
}

/** UTF-16 is only recognised by its byte order mark (Windows editors write one). */
function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

function checkText(text: string, encoding: string): Decoded {
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
    // C1 controls left after repairC1 are the five bytes windows-1252 leaves undefined
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  return controls / text.length;
}
