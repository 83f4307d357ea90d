import { NextResponse } from "next/server";
import type { Address } from "viem";
import { z } from "zod";
import { chainClient, signedInAction } from "@/lib/auth/http";
import type { ServerConfig } from "@/lib/config/server";
import { consentRegistryAbi, directoryAbi } from "@/lib/contracts/generated";
import type { ParticipantKind } from "@/lib/directory/kinds";
import { UploadRejected } from "@/lib/ipfs/acceptCar";
import { BodyTooLarge, readBounded } from "@/lib/ipfs/bounded";
import { ipfsClient } from "@/lib/ipfs/client";
import { acceptUpload } from "@/lib/uploads/acceptUpload";

const query = z.object({ cid: z.string().min(1).max(200) });

/**
 * POST /api/ipfs/upload?cid=<root>: a CAR of a CareKeys object (an encrypted record envelope, a
 * keyring, a sealed note, from someone with an identity on the chain; public metadata from
 * registered participants), built and addressed in the browser.
 * In this order: a signed-in session (before the body is read), the size (counted while the
 * body streams in, whatever it declares), the CAR proven block by block, the file's format, the
 * address's storage quota; then imported and pinned. Each upload refreshes the session.
 */
export async function POST(request: Request) {
  return signedInAction(request, signInToUpload, (config, address) => accept(request, config, address));
}

async function accept(request: Request, config: ServerConfig, address: Address): Promise<Response> {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success)
    return NextResponse.json({ error: "Say which CID you upload: ?cid=<cid>." }, { status: 400 });
  let body: Uint8Array;
  try {
    body = await readBounded(request.body, config.MAX_UPLOAD_BYTES, request.headers.get("content-length"));
  } catch (error) {
    if (error instanceof BodyTooLarge) return tooLarge(config.MAX_UPLOAD_BYTES);
    throw error;
  }
  if (body.length === 0) return NextResponse.json({ error: "The upload is empty." }, { status: 400 });
  try {
    const { cid } = await acceptUpload(body, parsed.data.cid, {
      address,
      chainId: config.CHAIN_ID,
      consentAddress: config.public.consentAddress,
      ...chainFacts(config, address),
      quotaBytes: config.UPLOAD_QUOTA_BYTES,
      dataDir: config.UPLOAD_DATA_DIR,
      ipfs: ipfsClient(config.IPFS_API_URL),
    });
    return NextResponse.json({ cid });
  } catch (error) {
    if (error instanceof UploadRejected)
      return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}

/**
 * What the format check may ask the chain about the signed-in `address`, each read made only when
 * asked: its Directory kind, whether it registered a patient key, whether it may write a category
 * for a patient. 503 when the chain is unreachable.
 */
function chainFacts(config: ServerConfig, address: Address) {
  const client = chainClient(config);
  const { directoryAddress, consentAddress } = config.public;
  return {
    participantKind: () =>
      read(
        "the Directory",
        async () =>
          (await client.readContract({
            address: directoryAddress,
            abi: directoryAbi,
            functionName: "kindOf",
            args: [address],
          })) as ParticipantKind,
      ),
    hasPatientKey: () =>
      read(
        "the Directory",
        async () =>
          BigInt(
            await client.readContract({
              address: directoryAddress,
              abi: directoryAbi,
              functionName: "patientKeyOf",
              args: [address],
            }),
          ) !== 0n,
      ),
    canWrite: (patient: Address, category: number) =>
      read("the patient's consent", () =>
        client.readContract({
          address: consentAddress,
          abi: consentRegistryAbi,
          functionName: "canWrite",
          args: [patient, address, category],
        }),
      ),
  };
}

async function read<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch {
    throw new UploadRejected(
      503,
      `The blockchain node is not reachable, so ${what} cannot be checked right now. Try again in a moment.`,
    );
  }
}

/** The 401 sentence; the client shows it as is, next to the upload it keeps. */
function signInToUpload(reason: string): string {
  return (
    `Sign in to upload: ${reason}. Press "Connect wallet" at the top of the page and sign the message in ` +
    "your wallet (it costs nothing). Your upload is kept on this device."
  );
}

function tooLarge(limit: number) {
  return NextResponse.json(
    { error: `The upload is larger than this server accepts (${Math.floor(limit / 1024 / 1024)} MiB).` },
    { status: 413 },
  );
}
