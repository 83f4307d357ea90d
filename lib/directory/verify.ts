import type { Address } from "viem";
import { directoryAbi } from "../contracts/generated";
import { type CallClient, sendCall } from "../contracts/sendCall";

/**
 * A verifier attests a participant's entry as it stands now. `verify` names the identity revision
 * and the entry hash the verifier saw (`attestationOf`), so an entry changed in between (a
 * front-run with another artifact or name) is refused instead of attested. A verifier that
 * reviews an entry by hand reads `attestationOf` when the review starts and passes those values.
 */
export async function attestParticipant(verifier: CallClient, directory: Address, participant: Address) {
  const [identity, entryHash] = await verifier.readContract({
    address: directory,
    abi: directoryAbi,
    functionName: "attestationOf",
    args: [participant],
  });
  return sendCall(verifier, {
    address: directory,
    abi: directoryAbi,
    functionName: "verify",
    args: [participant, identity, entryHash],
  });
}
