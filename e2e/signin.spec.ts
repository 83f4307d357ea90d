import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, BrowserContext } from "@playwright/test";
import { type Hex, isAddressEqual } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { parseSiweMessage } from "viem/siwe";
import { SIGN_IN_LIFETIME_MS, SIGN_IN_RESOURCE, SIGN_IN_STATEMENT, signInMessage } from "../lib/auth/message";
import { newSession, type SessionData, sessionCookie } from "../lib/auth/session";
import { KEY_MESSAGE_REFUSED } from "../lib/auth/verifySignIn";
import { keyMessage } from "../lib/crypto/keyMessage";
import { buildCar } from "../lib/ipfs/car";
import { syntheticPatientBundle } from "../lib/records/synthetic";
import { envelopeBytes } from "../lib/uploads/testing";
import { connectThroughModal, expect, fundedNewAccount, newPatient, test } from "./support/fixtures";
import { stackEnv } from "./support/stackEnv";

/**
 * Uploads a small CAR through the upload route, with the cookies of `request`'s context: a
 * well-formed record envelope of `patient` (stand-in ciphertext), the kind of object the route takes.
 */
async function uploadSomething(request: APIRequestContext, patient: Hex = `0x${"00".repeat(19)}01`) {
  const car = await buildCar(
    envelopeBytes({
      chainId: stackEnv().chainId,
      contract: process.env.E2E_CONSENT as Hex,
      patient,
      seed: Math.floor(Math.random() * 250),
    }),
  );
  return request.post(`/api/ipfs/upload?cid=${car.cid}`, {
    headers: { "content-type": "application/vnd.ipld.car" },
    data: Buffer.concat(car.parts),
  });
}

async function signedInAs(request: APIRequestContext): Promise<string | null> {
  const response = await request.get("/api/auth/session");
  return response.ok() ? ((await response.json()) as { address: string }).address : null;
}

async function postSignIn(request: APIRequestContext, message: string, signature: Hex) {
  const response = await request.post("/api/auth/verify", { data: { message, signature } });
  return { status: response.status(), error: ((await response.json()) as { error?: string }).error };
}

/** The dev stack's session secret of the e2e stack's data folder (made by scripts/stack). */
function sessionSecretFile() {
  return path.join(path.dirname(process.env.E2E_LOG_DIR!), "session-secret");
}

async function plantSession(context: BrowserContext, session: SessionData, now: number) {
  const settings = {
    secret: readFileSync(sessionSecretFile(), "utf8").trim(),
    idleMs: 30 * 60_000,
    maxMs: 12 * 3_600_000,
    secure: false,
  };
  const [pair] = (await sessionCookie(session, settings, now)).split(";");
  const [name, value] = [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)];
  await context.addCookies([{ name, value, url: stackEnv().appUrl, httpOnly: true, sameSite: "Strict" }]);
}

test("connecting signs in with a sign-in message; uploads work while signed in with a key set up and are refused after signing out", async ({
  page,
  context,
  installWallet,
}) => {
  const wallet = await installWallet(await fundedNewAccount());
  const before = await uploadSomething(page.request);
  expect(before.status()).toBe(401);
  expect(((await before.json()) as { error: string }).error).toMatch(
    /^Sign in to upload: you are not signed in\./,
  );

  const { message } = await connectThroughModal(page, "Test Wallet");
  const { appUrl, chainId } = stackEnv();
  const fields = parseSiweMessage(message);
  expect(fields).toMatchObject({
    domain: new URL(appUrl).host,
    uri: appUrl,
    chainId,
    statement: SIGN_IN_STATEMENT,
    resources: [SIGN_IN_RESOURCE],
  });
  expect(isAddressEqual(fields.address!, wallet.address)).toBe(true);
  expect(fields.expirationTime!.getTime() - fields.issuedAt!.getTime()).toBe(SIGN_IN_LIFETIME_MS);

  const [cookie] = (await context.cookies()).filter((c) => c.name === "carekeys-session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", secure: false, path: "/" });
  expect(await signedInAs(page.request)).toBe(wallet.address);
  // Signed in is not enough (sixth outside review, finding 3: free keys each had a quota): the
  // upload route stores records only once their patient has set up an encryption key on chain.
  const keyless = await uploadSomething(page.request, wallet.address);
  expect(keyless.status()).toBe(403);
  expect(((await keyless.json()) as { error: string }).error).toMatch(/^Set up your encryption key first: /);
  await page.getByRole("button", { name: "Set up your encryption key" }).click();
  await expect(page.getByRole("heading", { name: "Your encryption key is set up" })).toBeVisible();
  expect((await uploadSomething(page.request, wallet.address)).status()).toBe(200);

  // Disconnecting in the account dialog signs out.
  await page.getByRole("button", { name: new RegExp(wallet.address.slice(0, 4)) }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Disconnect" }).click();
  await expect(page.getByRole("heading", { name: "Your health records, under your keys" })).toBeVisible();
  await expect.poll(() => signedInAs(page.request)).toBeNull();
  const after = await uploadSomething(page.request);
  expect(after.status()).toBe(401);
  expect(((await after.json()) as { error: string }).error).toMatch(/^Sign in to upload:/);
});

test("a sign-in message and signature sent again are refused", async ({ page, installWallet }) => {
  await installWallet(await fundedNewAccount());
  const { message, signature } = await connectThroughModal(page, "Test Wallet");
  expect(await postSignIn(page.request, message, signature)).toEqual({
    status: 401,
    error:
      "This sign-in message was already used, has expired, or was not issued by this server. Sign in again.",
  });
});

test("the identity-key message, signed by the account, is refused as a sign-in and starts no session", async ({
  request,
}) => {
  const account = privateKeyToAccount(await fundedNewAccount());
  const { appUrl, chainId } = stackEnv();
  const message = keyMessage({ origin: appUrl, chainId, address: account.address }, 2);
  expect(await postSignIn(request, message, await account.signMessage({ message }))).toEqual({
    status: 400,
    error: KEY_MESSAGE_REFUSED,
  });
  expect(await signedInAs(request)).toBeNull();
});

test("a sign-in message for another domain or origin is refused, with a fresh nonce from this server", async ({
  request,
}) => {
  const account = privateKeyToAccount(await fundedNewAccount());
  const { appUrl, chainId } = stackEnv();
  const signIn = async (origin: string) => {
    const { nonce } = (await (await request.get("/api/auth/nonce")).json()) as { nonce: string };
    const message = signInMessage({ origin, address: account.address, chainId, nonce, issuedAt: new Date() });
    return postSignIn(request, message, await account.signMessage({ message }));
  };
  const port = Number(new URL(appUrl).port);
  for (const origin of [
    "https://carekeys.example",
    `http://127.0.0.1:${port + 1}`,
    `http://localhost:${port}`,
  ]) {
    const refused = await signIn(origin);
    expect(refused.status).toBe(400);
    expect(refused.error).toContain(`Sign in on ${appUrl}.`);
  }
  expect(await signedInAs(request)).toBeNull();
  expect((await signIn(appUrl)).status).toBe(200); // the same, for this origin, is accepted
  expect(await signedInAs(request)).toBe(account.address);
});

test("a session idle for 30 minutes, or signed in 12 hours ago, is refused; the secret file is private", async ({
  page,
  context,
}) => {
  expect(statSync(sessionSecretFile()).mode & 0o777).toBe(0o600);
  const address = privateKeyToAccount(await fundedNewAccount()).address;
  const now = Date.now();
  const minutes = (n: number) => n * 60_000;

  // A session sealed with the server's secret is accepted: the refusals below are about time.
  await plantSession(context, newSession(address, now - minutes(5)), now);
  expect(await signedInAs(page.request)).toBe(address);

  await plantSession(
    context,
    { ...newSession(address, now - minutes(60)), lastSeenAt: now - minutes(31) },
    now,
  );
  const idle = await page.request.get("/api/auth/session");
  expect(idle.status()).toBe(401);
  expect(await idle.json()).toEqual({ error: "Your sign-in ended after 30 minutes without activity." });
  expect((await context.cookies()).some((c) => c.name === "carekeys-session")).toBe(false); // removed

  await plantSession(
    context,
    { ...newSession(address, now - minutes(12 * 60)), lastSeenAt: now - 1000 },
    now,
  );
  const old = await uploadSomething(page.request);
  expect(old.status()).toBe(401);
  expect(((await old.json()) as { error: string }).error).toMatch(
    /^Sign in to upload: your sign-in ended 12 hours after you signed in\./,
  );
});

test("an upload refused because the sign-in ended says to sign in and is kept; after signing in again it is added", async ({
  page,
  context,
  installWallet,
}) => {
  await newPatient(page, installWallet);
  // A first file while signed in: the patient's record keys are stored with it.
  await page.getByLabel("Choose files").setInputFiles([
    {
      name: "patient-30.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(syntheticPatientBundle({ seed: 30, visits: 2 }))),
    },
  ]);
  await expect(page.getByRole("list", { name: "Files being added" }).getByText("Added")).toBeVisible({
    timeout: 30_000,
  });

  await context.clearCookies({ name: "carekeys-session" }); // as if the session had ended
  await page.getByLabel("Choose files").setInputFiles([
    {
      name: "patient-31.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(syntheticPatientBundle({ seed: 31, visits: 2 }))),
    },
  ]);
  await expect(page.getByRole("list", { name: "Files being added" })).toContainText("Sign in to upload");
  const pending = page.getByRole("list", { name: "Pending uploads" });
  await expect(pending.getByRole("listitem").first()).toBeVisible();
  await expect(pending).toContainText("Your upload is kept on this device.");

  // The header now offers to sign in again.
  await page.getByRole("banner").getByRole("button", { name: "Connect wallet" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByText("Verify your account")).toBeVisible();
  await dialog.getByRole("button", { name: "Sign message" }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("list", { name: "Pending uploads" })).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole("button", { name: /Lab results from patient-31.json/ })).toBeVisible();
});
