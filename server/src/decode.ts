/**
 * Turns file bytes into text: UTF-8 (BOM dropped) or UTF-16 with a BOM. Bytes that are not
 * valid UTF-8 are an error, so a binary or mis-encoded file gets a clear message instead
 * of silently wrong offsets.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text (is it a binary file, or in another encoding?)');
  }
  if (text.indexOf('\u0000') !== -1) throw new Error('contains NUL bytes: looks like a binary file, not a transcript');
  return text;
}
