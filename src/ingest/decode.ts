// Bytes to text. UTF-16 when a byte order mark says so; else UTF-8 (a BOM is dropped); bytes that are not valid UTF-8 but look
// like 8-bit text are read as windows-1252, the superset of Latin-1 that Italian sites and
// Windows editors write. Anything with NUL bytes or many control characters is binary.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; problem: string; fix: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
// Node 20's TextDecoder("windows-1252") decodes 0x80–0x9F as C1 controls (that is, as
// Latin-1), so those 32 bytes are mapped here from the WHATWG windows-1252 index; the five
// bytes it leaves undefined stay C1 controls, as the standard says.
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b;
  }
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString("utf16le");
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
    text = decodeWindows1252(bytes);
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
    // C1 controls too: windows-1252 leaves five bytes undefined, and decodes them to these
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  return controls / text.length;
}
