import { describe, expect, it } from "vitest";
import { buildCar } from "../ipfs/car";
import { KeysNotStoredError, type SharingStep, uploadThenSend } from "./steps";

const call = {
  address: "0x0000000000000000000000000000000000000001",
  abi: [],
  functionName: "multicall",
  args: [],
} as const;

describe("uploadThenSend", () => {
  it("stores every keyring, in order, before the one transaction", async () => {
    const cars = [await buildCar(new Uint8Array([1])), await buildCar(new Uint8Array([2]))];
    const log: string[] = [];
    const steps: SharingStep[] = [];
    const result = await uploadThenSend(
      { uploads: cars, call },
      {
        upload: async (cid) => void log.push(`upload ${cid}`),
        send: async (sent) => {
          log.push(`send ${sent.functionName}`);
          return "receipt";
        },
        onStep: (step) => steps.push(step),
      },
    );
    expect(result).toBe("receipt");
    expect(log).toEqual([`upload ${cars[0].cid}`, `upload ${cars[1].cid}`, "send multicall"]);
    expect(steps).toEqual(["storing", "transaction"]);
  });

  it("a failed upload never sends the transaction (nothing half-done on chain) and says so plainly", async () => {
    const cars = [await buildCar(new Uint8Array([1])), await buildCar(new Uint8Array([2]))];
    let sent = false;
    const attempt = uploadThenSend(
      { uploads: cars, call },
      {
        upload: async (cid) => {
          if (cid === cars[1].cid.toString())
            throw new Error("The storage node is not reachable. Try later.");
        },
        send: async () => {
          sent = true;
        },
      },
    );
    await expect(attempt).rejects.toThrow(KeysNotStoredError);
    await expect(attempt).rejects.toThrow(
      "The encryption keys could not be stored, so nothing was sent and nothing changed (the storage node is not reachable).",
    );
    expect(sent).toBe(false);
  });
});
