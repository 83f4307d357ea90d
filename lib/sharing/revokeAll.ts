import { encodeFunctionData } from "viem";
import { consentRegistryAbi } from "../contracts/generated";
import { multicallOf } from "./calls";
import type { Share } from "./grants";
import { planRevocation, type RevocationPlan } from "./revocation";

/**
 * "Stop sharing with everyone": ONE multicall of `revokeAll` (every grant and every signature
 * ends at once, in constant gas) and the patient's new own keyring, in which every category any
 * party was ever given (by any grant, active or ended: a share that ran out may still hold the
 * current keys) starts a new generation. Nobody is left holding keys, so no
 * other keyring is published. Upload `uploads` first, then send `call`; a refused or failed
 * transaction changes nothing (see `planRevocation`).
 */
export async function planRevokeAll(
  input: Omit<Parameters<typeof planRevocation>[0], "holders" | "change"> & { shares: readonly Share[] },
): Promise<RevocationPlan> {
  const plan = await planRevocation({
    ...input,
    holders: [],
    change: {
      kind: "lapsed",
      grantees: input.shares.map((s) => ({ grantee: s.grantee, held: s.everShared })),
    },
  });
  const calls = [encodeFunctionData({ abi: consentRegistryAbi, functionName: "revokeAll" }), ...plan.calls];
  return { ...plan, calls, call: multicallOf(input.consent, calls) };
}
