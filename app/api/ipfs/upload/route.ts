import { NextResponse } from "next/server";
import { z } from "zod";
import { loadServerConfig } from "@/lib/config/server";
import { acceptCar, UploadRejected } from "@/lib/ipfs/acceptCar";
import { ipfsClient } from "@/lib/ipfs/client";

const query = z.object({ cid: z.string().min(1).max(200) });

/**
 * POST /api/ipfs/upload?cid=<root>: a CAR of an encrypted record envelope, built and
 * addressed in the browser. Verified block by block, then imported and pinned. The server
 * never sees plaintext: only ciphertext arrives here.
 */
export async function POST(request: Request) {
  const config = loadServerConfig();
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success)
    return NextResponse.json({ error: "Say which CID you upload: ?cid=<cid>." }, { status: 400 });
  const limit = config.MAX_UPLOAD_BYTES;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return tooLarge(limit);
  const body = new Uint8Array(await request.arrayBuffer());
  if (body.length > limit) return tooLarge(limit);
  if (body.length === 0) return NextResponse.json({ error: "The upload is empty." }, { status: 400 });
  try {
    return NextResponse.json(await acceptCar(body, parsed.data.cid, ipfsClient(config.IPFS_API_URL)));
  } catch (error) {
    if (error instanceof UploadRejected)
      return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}

function tooLarge(limit: number) {
  return NextResponse.json(
    { error: `The upload is larger than this server accepts (${Math.floor(limit / 1024 / 1024)} MiB).` },
    { status: 413 },
  );
}
