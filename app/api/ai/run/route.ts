import { getAddress, isAddress, isAddressEqual } from "viem";
import { z } from "zod";
import { mayRequestRun, queueRoom, registeredCard, runOnServer } from "@/lib/ai/server";
import { errorResponse, readJson, signedInAction } from "@/lib/auth/http";

export const runtime = "nodejs";

const address = z.string().refine((v) => isAddress(v), "not an account address");
const body = z.object({
  model: address,
  /** The patient the model runs for: the signed-in account when omitted. */
  patient: address.optional(),
  /** The patient's answers to the model card's questions (sex, race), by input name. */
  answers: z.record(z.string().max(64), z.union([z.literal(0), z.literal(1)])).optional(),
});

/**
 * POST /api/ai/run `{ model, patient?, answers? }`: runs a registered model this server runs on the
 * patient's records, if the patient consented (see lib/ai/runner.ts). Answers 200 with the result,
 * or 200 with `{ ok: false, message }` when the model may not or cannot run (no receipt then).
 */
export async function POST(request: Request) {
  return signedInAction(request, signInToRun, async (config, signedIn) => {
    const parsed = body.safeParse(await readJson(request, 4096));
    if (!parsed.success) {
      return errorResponse(400, 'Say which model to run: { "model": "0x…", "answers": { … } }.');
    }
    const patient = getAddress(parsed.data.patient ?? signedIn);
    const model = getAddress(parsed.data.model);
    try {
      const forSomeoneElse = !isAddressEqual(signedIn, patient);
      // A clinician may run only a model whose every input they may read themselves.
      const card = forSomeoneElse ? await registeredCard(config, model) : null;
      if (forSomeoneElse && !card) return errorResponse(403, "This model cannot be run for a patient here.");
      const refused = await mayRequestRun(
        config,
        signedIn,
        patient,
        card ? { address: model, card } : undefined,
      );
      if (refused) return errorResponse(403, refused);
      const full = queueRoom(model);
      if (full) return errorResponse(429, full);
      const outcome = await runOnServer(config, {
        model,
        patient,
        answers: parsed.data.answers,
        answeredBy: forSomeoneElse ? "the answer of the clinician who ran it" : undefined,
      });
      return Response.json(outcome);
    } catch (error) {
      console.error(`ai/run failed: ${(error as Error).name}`);
      return errorResponse(
        503,
        "The model could not run just now (the chain or the storage node did not answer). Nothing was recorded; try again in a moment.",
      );
    }
  });
}

function signInToRun(reason: string): string {
  return `Sign in to run a model: ${reason}. Press "Connect wallet" at the top of the page and sign the message in your wallet.`;
}
