import type { ContractCall } from "../contracts/sendCall";
import type { Car } from "../ipfs/car";

/** Where a sharing change stands, in the order it happens. */
export type SharingStep = "preparing" | "storing" | "transaction" | "done";

export const SHARING_STEP_LABEL: Record<Exclude<SharingStep, "done">, string> = {
  preparing: "Preparing the encryption keys on this device",
  storing: "Storing the encrypted keys",
  transaction: "Confirming in your wallet and on the blockchain",
};

/** A keyring could not be stored: nothing was sent, so nothing changed on chain. */
export class KeysNotStoredError extends Error {
  constructor(reason: string) {
    super(
      `The encryption keys could not be stored, so nothing was sent and nothing changed (${lowerFirst(reason)}). ` +
        "Try again in a moment.",
    );
    this.name = "KeysNotStoredError";
  }
}

const lowerFirst = (text: string) => {
  const first = text.split(". ")[0].replace(/\.$/, "");
  return first.charAt(0).toLowerCase() + first.slice(1);
};

/**
 * Carries out a sharing plan (`planGrant`, `planRevocation`): every keyring upload first, in
 * order, then the ONE transaction. If an upload fails the transaction is never sent (a
 * {@link KeysNotStoredError}), so the chain is never left pointing at keys that are not stored.
 * `send` returns null when the person refused or the transaction failed (nothing changed then).
 */
export async function uploadThenSend<R>(
  plan: { uploads: readonly Car[]; call: ContractCall },
  steps: {
    upload: (cid: string, parts: Uint8Array[]) => Promise<void>;
    send: (call: ContractCall) => Promise<R>;
    onStep?: (step: SharingStep) => void;
  },
): Promise<R> {
  steps.onStep?.("storing");
  for (const car of plan.uploads) {
    try {
      await steps.upload(car.cid.toString(), car.parts);
    } catch (error) {
      throw new KeysNotStoredError((error as Error).message || "the storage node did not answer");
    }
  }
  steps.onStep?.("transaction");
  return steps.send(plan.call);
}
