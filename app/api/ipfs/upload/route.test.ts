import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { CarWriter } from "@ipld/car";
import { importer } from "ipfs-unixfs-importer";
import { fixedSize } from "ipfs-unixfs-importer/chunker";
import { create } from "kubo-rpc-client";
import type { CID } from "multiformats/cid";
import type { LocalAccount } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSession, sessionCookie } from "@/lib/auth/session";
import { signInThroughRoutes } from "@/lib/auth/testing";
import { CATEGORY } from "@/lib/consent/codes";
import { consentWriter } from "@/lib/consent/consent";
import { LOCAL_DEPLOYMENT } from "@/lib/contracts/addresses";
import { directoryAbi } from "@/lib/contracts/generated";
import { DEV_ACCOUNTS } from "@/lib/dev/accounts";
import { buildCar } from "@/lib/ipfs/car";
import { type IpfsServers, serveEmbeddedNode } from "@/lib/ipfs/node/serve";
import { startAnvil } from "@/lib/testing/anvil";
import { deployWithVerifiedProvider } from "@/lib/testing/registry";
import { envelopeBytes, json, keyringBytes } from "@/lib/uploads/testing";
import { GET as nonceRoute } from "../../auth/nonce/route";
import { POST as verifyRoute } from "../../auth/verify/route";
import { POST } from "./route";

const ORIGIN = "http://127.0.0.1:23151";
const SECRET = "upload-route-test-secret-0123456789abcdefgh";
/** A funded anvil account with a registered patient key (in beforeAll): the usual uploader. */
const account = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey);
/** A fresh key: never registered, never funded, yet able to sign in. */
const fresh = privateKeyToAccount(generatePrivateKey());
/** A funded anvil account, registered in the Directory as a clinic in beforeAll. */
const provider = privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey);
/** Another clinic (anvil's 7th funded account), registered too, that the patient has not let write. */
const otherProvider = privateKeyToAccount(
  "0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
);
const concat = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
let seed = 0;
/** A CAR of a record envelope of `patient` (a different one each time), as the app uploads it. */
const envelopeCar = (size = 64, patient = account.address, category: number = CATEGORY.labs) =>
  buildCar(
    envelopeBytes({
      chainId: 31337,
      contract: LOCAL_DEPLOYMENT.consent,
      patient,
      category,
      size,
      seed: ++seed,
    }),
  );
/** The session cookie of the signed-in account (set in beforeAll), sent with each upload. */
let cookie = "";
const upload = (cid: string, body: Uint8Array, headers: Record<string, string> = { cookie }) =>
  POST(
    new Request(`${ORIGIN}/api/ipfs/upload?cid=${cid}`, { method: "POST", body: body as BodyInit, headers }),
  );

describe("POST /api/ipfs/upload", () => {
  let dataDir: string;
  let servers: IpfsServers;
  let chain: Awaited<ReturnType<typeof startAnvil>>;
  let providerCookie = "";
  let otherProviderCookie = "";
  let freshCookie = "";
  const signIn = async (who: LocalAccount) =>
    (
      await signInThroughRoutes({
        account: who,
        origin: ORIGIN,
        chainId: 31337,
        getNonce: nonceRoute,
        verify: verifyRoute,
      })
    ).cookie;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-route-"));
    servers = await serveEmbeddedNode({ dataDir, apiPort: 0, gatewayPort: 0 });
    chain = await startAnvil();
    await deployWithVerifiedProvider(chain, provider);
    const otherWallet = chain.wallet(otherProvider);
    await otherWallet.waitForTransactionReceipt({
      hash: await otherWallet.writeContract({
        address: LOCAL_DEPLOYMENT.directory,
        abi: directoryAbi,
        functionName: "registerProvider",
        args: [
          "Dr. Lee",
          `0x${"33".repeat(32)}`,
          "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
        ],
      }),
    });
    const patientWallet = chain.wallet(account);
    await patientWallet.waitForTransactionReceipt({
      hash: await patientWallet.writeContract({
        address: LOCAL_DEPLOYMENT.directory,
        abi: directoryAbi,
        functionName: "registerPatientKey",
        args: [`0x${"22".repeat(32)}`],
      }),
    });
    // The patient lets the clinic (not the other one) add clinical notes.
    const [, , identity] = await chain.publicClient.readContract({
      address: LOCAL_DEPLOYMENT.directory,
      abi: directoryAbi,
      functionName: "statusOf",
      args: [provider.address],
    });
    await consentWriter(patientWallet, LOCAL_DEPLOYMENT.consent).grant({
      grantee: provider.address,
      categories: ["notes"],
      purposes: ["treatment"],
      expiresAt: new Date(Date.now() + 86_400_000),
      identity,
      write: true,
      keyringCid: "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
    });
    Object.assign(process.env, {
      IPFS_API_URL: servers.apiUrl,
      APP_ORIGIN: ORIGIN,
      SESSION_SECRET: SECRET,
      RPC_URL: chain.rpcUrl,
      UPLOAD_DATA_DIR: path.join(dataDir, "app"),
    });
    providerCookie = await signIn(provider);
    otherProviderCookie = await signIn(otherProvider);
    freshCookie = await signIn(fresh);
    cookie = await signIn(account);
  });
  afterAll(async () => {
    await servers?.stop();
    chain?.stop();
    await rm(dataDir, { recursive: true, force: true });
    for (const name of [
      "IPFS_API_URL",
      "MAX_UPLOAD_BYTES",
      "APP_ORIGIN",
      "SESSION_SECRET",
      "RPC_URL",
      "UPLOAD_DATA_DIR",
      "UPLOAD_QUOTA_BYTES",
    ])
      delete process.env[name];
  });

  it("refuses anyone not signed in with 401 and a sentence saying to sign in, before reading the upload", async () => {
    const car = await buildCar(new TextEncoder().encode("from a stranger"));
    const response = await upload(car.cid.toString(), concat(car.parts), {});
    expect(response.status).toBe(401);
    expect((await response.json()).error).toBe(
      'Sign in to upload: you are not signed in. Press "Connect wallet" at the top of the page and sign the ' +
        "message in your wallet (it costs nothing). Your upload is kept on this device.",
    );
    const pins = [];
    for await (const pin of create({ url: `${servers.apiUrl}/api/v0` }).pin.ls())
      pins.push(pin.cid.toString());
    expect(pins).not.toContain(car.cid.toString());
  });

  it("refuses a session that has ended (idle for 30 minutes) or a forged cookie, and one sent from another origin", async () => {
    const settings = { secret: SECRET, idleMs: 30 * 60_000, maxMs: 12 * 3_600_000, secure: false };
    const now = Date.now();
    const idle = (
      await sessionCookie(
        { ...newSession(account.address, now - 40 * 60_000), lastSeenAt: now - 31 * 60_000 },
        settings,
        now,
      )
    ).split(";")[0];
    const car = await buildCar(new Uint8Array([7]));
    const ended = await upload(car.cid.toString(), concat(car.parts), { cookie: idle });
    expect(ended.status).toBe(401);
    expect((await ended.json()).error).toMatch(
      /^Sign in to upload: your sign-in ended after 30 minutes without activity\./,
    );
    const forged = await upload(car.cid.toString(), concat(car.parts), {
      cookie: `${cookie.slice(0, -6)}AAAA~2`, // the HMAC changed
    });
    expect(forged.status).toBe(401);
    const foreign = await upload(car.cid.toString(), concat(car.parts), {
      cookie,
      origin: "http://127.0.0.1:9999",
    });
    expect(foreign.status).toBe(403);
  });

  it("refreshes the session's last-seen time on each upload", async () => {
    const car = await envelopeCar();
    const response = await upload(car.cid.toString(), concat(car.parts));
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(
      /^carekeys-session=Fe26\.2\*[^;]+; Path=\/; Max-Age=1800; HttpOnly; SameSite=Strict$/,
    );
  });

  it("imports and pins a CAR of a record envelope whose blocks match their CIDs", async () => {
    const car = await envelopeCar();
    const response = await upload(car.cid.toString(), concat(car.parts));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ cid: car.cid.toString() });
    const pins = [];
    for await (const pin of create({ url: `${servers.apiUrl}/api/v0` }).pin.ls({ paths: [car.cid] }))
      pins.push(pin);
    expect(pins).toHaveLength(1);
  });

  it("refuses a CareKeys file laid out otherwise than the app lays it out (tiny blocks, links to other files' blocks), storing nothing", async () => {
    // Second outside review: 100,000 tiny blocks for 9.6 MiB of quota held the node's write
    // queue for a minute, and a DAG could link another patient's blocks under a raw alias.
    const bytes = envelopeBytes({
      chainId: 31337,
      contract: LOCAL_DEPLOYMENT.consent,
      patient: account.address,
      category: CATEGORY.labs,
      size: 4096,
      seed: ++seed,
    });
    const blocks: { cid: CID; bytes: Uint8Array }[] = [];
    const sink = {
      put: async (cid: CID, block: Uint8Array) => {
        blocks.push({ cid, bytes: block });
        return cid;
      },
    };
    let root: CID | undefined;
    const options = { cidVersion: 1, rawLeaves: true, chunker: fixedSize({ chunkSize: 64 }) } as const;
    for await (const entry of importer([{ content: [bytes] }], sink, options)) root = entry.cid;
    const { writer, out } = CarWriter.create([root!]);
    const chunks: Uint8Array[] = [];
    const collecting = (async () => {
      for await (const c of out) chunks.push(c);
    })();
    for (const block of blocks) await writer.put(block);
    await writer.close();
    await collecting;
    expect(blocks.length).toBeGreaterThan(60);

    const response = await upload(root!.toString(), concat(chunks));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/not laid out as CareKeys lays out files/);
    const pinned = await fetch(`${servers.gatewayUrl}/ipfs/${root}?format=raw`);
    expect(pinned.status).toBe(404);
    // The same bytes as the app builds them are taken.
    const canonical = await buildCar(bytes);
    expect((await upload(canonical.cid.toString(), concat(canonical.parts))).status).toBe(200);
  });

  it("refuses a block that does not hash to its CID, with 400 and a reason", async () => {
    const honest = await envelopeCar();
    const { writer, out } = CarWriter.create([honest.cid]);
    const chunks: Uint8Array[] = [];
    const collecting = (async () => {
      for await (const c of out) chunks.push(c);
    })();
    await writer.put({ cid: honest.cid, bytes: new TextEncoder().encode("forged bytes!!") });
    await writer.close();
    await collecting;
    const response = await upload(honest.cid.toString(), concat(chunks));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/does not match its CID/);
  });

  it("refuses a CAR for another CID, something that is not a CAR, and a missing cid", async () => {
    const a = await buildCar(new Uint8Array([1]));
    const b = await buildCar(new Uint8Array([2]));
    expect((await (await upload(b.cid.toString(), concat(a.parts))).json()).error).toMatch(/root is not/);
    expect((await upload(a.cid.toString(), new TextEncoder().encode("hello"))).status).toBe(400);
    const missing = await POST(
      new Request(`${ORIGIN}/api/ipfs/upload`, { method: "POST", body: "x", headers: { cookie } }),
    );
    expect(missing.status).toBe(400);
  });

  it("refuses an upload over the configured limit with 413", async () => {
    process.env.MAX_UPLOAD_BYTES = "100";
    try {
      const car = await buildCar(new Uint8Array(500));
      const response = await upload(car.cid.toString(), concat(car.parts));
      expect(response.status).toBe(413);
      expect((await response.json()).error).toMatch(/larger than this server accepts/);
    } finally {
      delete process.env.MAX_UPLOAD_BYTES;
    }
  });

  // Regression (issue 9, part 3): a chunked body (no Content-Length) was read to its end, into
  // memory, before its size was looked at: 300 MiB held before the 413.
  it("refuses a chunked body over the limit with 413 as soon as it passes the limit, not read to its end", async () => {
    process.env.MAX_UPLOAD_BYTES = String(1024 * 1024);
    try {
      let consumed = 0;
      const total = 64 * 1024 * 1024;
      const chunk = new Uint8Array(64 * 1024);
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (consumed >= total) return controller.close();
          consumed += chunk.length;
          controller.enqueue(chunk);
        },
      });
      const response = await POST(
        new Request(`${ORIGIN}/api/ipfs/upload?cid=${(await envelopeCar()).cid}`, {
          method: "POST",
          body,
          headers: { cookie },
          duplex: "half",
        } as RequestInit),
      );
      expect(response.status).toBe(413);
      expect((await response.json()).error).toBe("The upload is larger than this server accepts (1 MiB).");
      expect(consumed).toBeGreaterThan(1024 * 1024);
      expect(consumed).toBeLessThanOrEqual(1024 * 1024 + 2 * chunk.length);
    } finally {
      delete process.env.MAX_UPLOAD_BYTES;
    }
  });

  it("checks in order: the session (401), then the size (413), then the format (415)", async () => {
    process.env.MAX_UPLOAD_BYTES = "100";
    try {
      const big = await buildCar(new Uint8Array(500));
      expect((await upload(big.cid.toString(), concat(big.parts), {})).status).toBe(401);
      expect((await upload(big.cid.toString(), concat(big.parts))).status).toBe(413);
    } finally {
      delete process.env.MAX_UPLOAD_BYTES;
    }
    const page = await buildCar(new TextEncoder().encode("<html><script>alert(1)</script></html>"));
    const refused = await upload(page.cid.toString(), concat(page.parts));
    expect(refused.status).toBe(415);
    expect((await refused.json()).error).toMatch(/^CareKeys stores only its own objects: .*\.$/);
    const pins = [];
    for await (const pin of create({ url: `${servers.apiUrl}/api/v0` }).pin.ls())
      pins.push(pin.cid.toString());
    expect(pins).not.toContain(page.cid.toString());
  });

  it("accepts the patient's own keyring, and public metadata only from a registered participant", async () => {
    const keyring = await buildCar(await keyringBytes(31337, account.address));
    expect((await upload(keyring.cid.toString(), concat(keyring.parts))).status).toBe(200);
    const profile = await buildCar(
      json({
        schema: "carekeys/provider-profile@1",
        name: "Dr. Maya Rivera",
        organization: "Riverside Clinic",
      }),
    );
    const stranger = await upload(profile.cid.toString(), concat(profile.parts));
    expect(stranger.status).toBe(403);
    expect((await stranger.json()).error).toMatch(/registered in the CareKeys Directory/);
    const registered = await upload(profile.cid.toString(), concat(profile.parts), {
      cookie: providerCookie,
    });
    expect(registered.status).toBe(200);
  });

  // Regression (sixth outside review, finding 3): every fresh key could sign in and store its own
  // quota of envelopes, so the quota bounded nothing. Storing now needs an identity on the chain.
  it("refuses a fresh key with no patient key: its own envelope and keyring get 403 and are not stored", async () => {
    const envelope = await envelopeCar(64, fresh.address);
    const refused = await upload(envelope.cid.toString(), concat(envelope.parts), { cookie: freshCookie });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatch(/^Set up your encryption key first: /);
    const keyring = await buildCar(await keyringBytes(31337, fresh.address));
    expect(
      (await upload(keyring.cid.toString(), concat(keyring.parts), { cookie: freshCookie })).status,
    ).toBe(403);
    const pins = [];
    for await (const pin of create({ url: `${servers.apiUrl}/api/v0` }).pin.ls())
      pins.push(pin.cid.toString());
    expect(pins).not.toContain(envelope.cid.toString());
    expect(pins).not.toContain(keyring.cid.toString());
  });

  it("refuses someone else's envelope (403) unless the patient's consent lets the uploader write its category", async () => {
    const youCanOnly =
      "You can upload records only for yourself, or for a patient whose consent lets you add notes.";
    // Another patient's record, from a fresh key and from the patient's own clinic (no write on labs).
    const labs = await envelopeCar(64, account.address, CATEGORY.labs);
    for (const who of [freshCookie, providerCookie]) {
      const refused = await upload(labs.cid.toString(), concat(labs.parts), { cookie: who });
      expect(refused.status).toBe(403);
      expect((await refused.json()).error).toBe(youCanOnly);
    }
    // A clinical note for the patient: the clinic with a write grant on notes may, another clinic may not.
    const note = await envelopeCar(64, account.address, CATEGORY.notes);
    const other = await upload(note.cid.toString(), concat(note.parts), { cookie: otherProviderCookie });
    expect(other.status).toBe(403);
    expect((await other.json()).error).toBe(youCanOnly);
    expect((await upload(note.cid.toString(), concat(note.parts), { cookie: providerCookie })).status).toBe(
      200,
    );
  });

  it("says the chain is unreachable (503) when it cannot check who may store an envelope", async () => {
    process.env.RPC_URL = "http://127.0.0.1:1";
    try {
      const car = await envelopeCar();
      const response = await upload(car.cid.toString(), concat(car.parts));
      expect(response.status).toBe(503);
      expect((await response.json()).error).toBe(
        "The blockchain node is not reachable, so the Directory cannot be checked right now. Try again in a moment.",
      );
    } finally {
      process.env.RPC_URL = chain.rpcUrl;
    }
  });

  it("keeps a per-address quota: over it, 413 with a sentence; a retry of a stored upload costs nothing", async () => {
    // The clinic's own ledger: clinical notes it writes for the patient under its write grant.
    const first = await envelopeCar(4096, account.address, CATEGORY.notes);
    const second = await envelopeCar(4096, account.address, CATEGORY.notes);
    expect((await upload(first.cid.toString(), concat(first.parts), { cookie: providerCookie })).status).toBe(
      200,
    );
    process.env.UPLOAD_QUOTA_BYTES = String(first.size + 1024);
    try {
      const over = await upload(second.cid.toString(), concat(second.parts), { cookie: providerCookie });
      expect(over.status).toBe(413);
      expect((await over.json()).error).toMatch(
        /^This upload \(1 MiB\) would take you past your storage allowance on this server \(1 MiB of 1 MiB used\)\./,
      );
      const retry = await upload(first.cid.toString(), concat(first.parts), { cookie: providerCookie });
      expect(retry.status).toBe(200);
    } finally {
      delete process.env.UPLOAD_QUOTA_BYTES;
    }
  });

  it("says the storage node is unreachable (503), keeping the upload on the device", async () => {
    process.env.IPFS_API_URL = "http://127.0.0.1:1";
    try {
      const car = await envelopeCar();
      const response = await upload(car.cid.toString(), concat(car.parts));
      expect(response.status).toBe(503);
      expect((await response.json()).error).toMatch(/kept on this device/);
    } finally {
      process.env.IPFS_API_URL = servers.apiUrl;
    }
  });
});
