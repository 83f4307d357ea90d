"use client";

import { useCallback, useState } from "react";
import type { Address } from "viem";
import type { Answers, InputProblem, UsedInput } from "@/lib/ai/inputs";
import type { Category } from "@/lib/consent/codes";

export type RunResult = {
  model: { address: Address; name: string; version: string; artifactCid: string; cardCid: string };
  risk: number;
  text: string;
  inputs: UsedInput[];
  receipt: {
    transactionHash: string;
    records: number;
    byCategory: { category: Category; records: number }[];
  };
  stored: { recordId: string; cid: string; transactionHash: string };
};

export type RunState =
  | { status: "idle" }
  | { status: "running" }
  | { status: "done"; result: RunResult }
  | { status: "refused"; message: string; problems: InputProblem[] }
  | { status: "error"; message: string };

/** Asks the server's model runner to run `model` on the signed-in patient's records. */
export function useRunModel(model: Address) {
  const [state, setState] = useState<RunState>({ status: "idle" });
  const run = useCallback(
    async (answers: Answers) => {
      setState({ status: "running" });
      try {
        const response = await fetch("/api/ai/run", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ model, answers }),
        });
        const body = (await response.json().catch(() => null)) as
          | { ok: true; result: RunResult }
          | { ok: false; message: string; problems?: InputProblem[] }
          | { error: string }
          | null;
        if (!body)
          throw new Error(`The server answered ${response.status} without a message. Try again in a moment.`);
        if ("error" in body) throw new Error(body.error);
        if (body.ok) setState({ status: "done", result: body.result });
        else setState({ status: "refused", message: body.message, problems: body.problems ?? [] });
      } catch (error) {
        setState({ status: "error", message: (error as Error).message });
      }
    },
    [model],
  );
  return { state, run, reset: () => setState({ status: "idle" }) };
}
