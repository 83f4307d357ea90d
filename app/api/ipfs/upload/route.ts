import { NextResponse } from "next/server";
import { z } from "zod";
import { authConfig, foreignOrigin, requireSession } from "@/lib/auth/http";
import { acceptCar, UploadRejected } from "@/lib/ipfs/acceptCar";
import { ipfsClient } from "@/lib/ipfs/client";

const query = z.object({ cid: z.string().min(1).max(200) });

/**
 * POST /api/ipfs/upload?cid=<root>: a CAR of an encrypted record envelope, built and
 * addressed in the browser. Verified block by block, then imported and pinned. The server
 * never sees plaintext: only ciphertext arrives here. Only for a signed-in person (checked
 * before the body is read); each upload refreshes the session's last-seen time.
 */
export async function POST(request: Request) {
  const auth = authConfig();
  if (auth instanceof Response) return auth;
  const config = auth.config;
  const foreign = foreignOrigin(request, config.APP_ORIGIN);
  if (foreign) return foreign;
  const signedIn = await requireSession(request, auth, signInToUpload);
  if (signedIn instanceof Response) return signedIn;
  return signedIn.touch(await accept(request, config.MAX_UPLOAD_BYTES, config.IPFS_API_URL));
}

async function accept(request: Request, limit: number, ipfsApiUrl: string): Promise<Response> {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success)
    return NextResponse.json({ error: "Say which CID you upload: ?cid=<cid>." }, { status: 400 });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return tooLarge(limit);
  const body = new Uint8Array(await request.arrayBuffer());
  if (body.length > limit) return tooLarge(limit);
  if (body.length === 0) return NextResponse.json({ error: "The upload is empty." }, { status: 400 });
  try {
    return NextResponse.json(await acceptCar(body, parsed.data.cid, ipfsClient(ipfsApiUrl)));
  } catch (error) {
    if (error instanceof UploadRejected)
      return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
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
