/**
 * AES-256-GCM through WebCrypto (browser and Node alike). A failed decryption, whatever the
 * cause (wrong key, altered bytes, wrong associated data), is one {@link DecryptionError}.
 */
export class DecryptionError extends Error {
  constructor(what: string) {
    super(`Could not decrypt ${what}: the key is wrong or the data was altered.`);
    this.name = "DecryptionError";
  }
}

const subtle = () => globalThis.crypto.subtle;

export function importAesKey(raw: Uint8Array): Promise<CryptoKey> {
  if (raw.length !== 32) throw new Error("An AES-256 key must be 32 bytes.");
  return subtle().importKey("raw", raw as BufferSource, "AES-GCM", false, ["encrypt", "decrypt"]);
}

export async function aesGcmEncrypt(
  key: CryptoKey,
  nonce: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
): Promise<Uint8Array> {
  const ct = await subtle().encrypt(
    { name: "AES-GCM", iv: nonce as BufferSource, additionalData: aad as BufferSource },
    key,
    plaintext as BufferSource,
  );
  return new Uint8Array(ct);
}

export async function aesGcmDecrypt(
  key: CryptoKey,
  nonce: Uint8Array,
  ciphertext: Uint8Array,
  aad: Uint8Array,
  what: string,
): Promise<Uint8Array> {
  try {
    const pt = await subtle().decrypt(
      { name: "AES-GCM", iv: nonce as BufferSource, additionalData: aad as BufferSource },
      key,
      ciphertext as BufferSource,
    );
    return new Uint8Array(pt);
  } catch {
    throw new DecryptionError(what);
  }
}

/** Random bytes from the platform CSPRNG (any length; getRandomValues caps one call at 64 KiB). */
export function randomBytes(length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let offset = 0; offset < length; offset += 65536) {
    globalThis.crypto.getRandomValues(out.subarray(offset, Math.min(length, offset + 65536)));
  }
  return out;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
