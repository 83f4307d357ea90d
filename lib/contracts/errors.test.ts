import {
  BaseError,
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  encodeErrorResult,
  HttpRequestError,
  UserRejectedRequestError,
} from "viem";
import { describe, expect, it } from "vitest";
import { UnstableSignatureError } from "../crypto/identity";
import { describeError, USER_REJECTED_SENTENCE } from "./errors";
import { consentRegistryAbi, directoryAbi } from "./generated";

type ContractAbi = typeof directoryAbi | typeof consentRegistryAbi;

function reverted(errorName: string, args?: readonly unknown[], abi: ContractAbi = directoryAbi) {
  const data = encodeErrorResult({ abi, errorName, args } as Parameters<typeof encodeErrorResult>[0]);
  const cause = new ContractFunctionRevertedError({
    abi,
    data,
    functionName: "registerProvider",
  });
  return new ContractFunctionExecutionError(cause, {
    abi,
    functionName: "registerProvider",
    args: ["", `0x${"00".repeat(32)}`, ""],
  });
}

describe("describeError", () => {
  it("says plainly that the person declined in the wallet", () => {
    expect(describeError(new UserRejectedRequestError(new Error("User rejected")))).toBe(
      USER_REJECTED_SENTENCE,
    );
    expect(describeError({ code: 4001, message: "rejected" })).toBe(USER_REJECTED_SENTENCE);
  });

  it("turns the Directory's custom errors into sentences with their arguments", () => {
    expect(describeError(reverted("InvalidName", [96n]))).toBe(
      "The name must be between 1 and 96 characters long.",
    );
    expect(
      describeError(reverted("AlreadyRegistered", ["0x0000000000000000000000000000000000000001"])),
    ).toMatch(/already registered/);
    expect(describeError(reverted("InvalidEncryptionKey"))).toMatch(/set up your key again/);
  });

  it("has a sentence for every custom error either contract can revert with", () => {
    const zero: Record<string, unknown> = {
      address: `0x${"00".repeat(20)}`,
      bool: false,
      bytes32: `0x${"00".repeat(32)}`,
    };
    for (const abi of [directoryAbi, consentRegistryAbi] as const) {
      for (const item of abi) {
        if (item.type !== "error") continue;
        const args = item.inputs.map((input) => zero[input.type] ?? 0n);
        const sentence = describeError(reverted(item.name, args, abi));
        expect(sentence, item.name).not.toMatch(/^The contract refused/);
      }
    }
  });

  it("explains an unreachable node", () => {
    const error = new BaseError("request failed", {
      cause: new HttpRequestError({ url: "http://127.0.0.1:1" }),
    });
    expect(describeError(error)).toMatch(/could not be reached/);
  });

  it("passes on the unstable-wallet explanation", () => {
    expect(describeError(new UnstableSignatureError())).toMatch(/two different signatures/);
  });

  it("never returns a stack trace", () => {
    const message = describeError(new Error("boom"));
    expect(message).toBe("boom");
    expect(describeError(undefined)).toBe("Something went wrong. Please try again.");
  });
});
