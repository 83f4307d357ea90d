import type { Hex } from "viem";
import { deriveIdentityKey, IDENTITY_KEY_VERSION, type IdentityKey } from "../crypto/identity";
import { type KeyBinding, keyMessage, LEGACY_KEY_VERSION } from "../crypto/keyMessage";
import type { OwnKeyring } from "./ownKeyring";

/**
 * `current`: the registered key at the current version. `legacy`: the registered key, made from
 * the message before keys were bound to the site; it must be rotated. `unfinishedRotation`: a
 * rotation published the new keyring but not yet the new public key in the Directory.
 */
export type UnlockState = "current" | "legacy" | "unfinishedRotation";

const same = (a: Hex | null, b: Hex | null) =>
  a !== null && b !== null && a.toLowerCase() === b.toLowerCase();

/**
 * Unlocks a patient's identity key with as few signatures as possible: the key version comes
 * from the patient's own keyring (public), so one signature is enough; only an account whose key
 * predates keyrings and site binding is asked once more, for the legacy message.
 */
export async function unlockWithKeyring(
  sign: (message: string) => Promise<Hex>,
  binding: KeyBinding,
  registeredPublicKey: Hex,
  keyring: Pick<OwnKeyring, "cid" | "keyVersion" | "holderKey">,
): Promise<{ key: IdentityKey; state: UnlockState }> {
  const version = keyring.keyVersion ?? IDENTITY_KEY_VERSION;
  const key = deriveIdentityKey(await sign(keyMessage(binding, version)), version);
  if (same(key.publicKeyHex, registeredPublicKey)) {
    return { key, state: version < IDENTITY_KEY_VERSION ? "legacy" : "current" };
  }
  if (same(key.publicKeyHex, keyring.holderKey)) return { key, state: "unfinishedRotation" };
  if (keyring.cid === null && version !== LEGACY_KEY_VERSION) {
    const legacy = deriveIdentityKey(await sign(keyMessage(binding, LEGACY_KEY_VERSION)), LEGACY_KEY_VERSION);
    if (same(legacy.publicKeyHex, registeredPublicKey)) return { key: legacy, state: "legacy" };
  }
  throw new Error(
    "This wallet's signature gives a different encryption key from the one registered for your account. " +
      "Check that you are using the same wallet, network and CareKeys address as when you set up your key.",
  );
}
