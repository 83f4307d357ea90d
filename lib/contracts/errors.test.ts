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
import { directoryAbi } from "./generated";

function reverted(errorName: string, args?: readonly unknown[]) {
  const data = encodeErrorResult({ abi: directoryAbi, errorName, args } as Parameters<
    typeof encodeErrorResult
  >[0]);
  const cause = new ContractFunctionRevertedError({
    abi: directoryAbi,
    data,
    functionName: "registerProvider",
  });
  return new ContractFunctionExecutionError(cause, {
    abi: directoryAbi,
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
