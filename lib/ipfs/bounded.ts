import type { IncomingMessage } from "node:http";

/** A request body went past `limit` bytes; nothing past the chunk that crossed it was read. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the request body is larger than ${limit} bytes`);
    this.name = "BodyTooLarge";
  }
}

/**
 * Reads a body into memory, at most `limit` bytes of it: a declared `Content-Length` over the
 * limit is refused before reading, and a chunked body (no length) is counted as it arrives and
 * refused, its stream cancelled, as soon as it passes the limit. Memory stays within the limit
 * plus one chunk, whatever the sender declares.
 */
export async function readBounded(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
  declaredLength?: string | null,
): Promise<Uint8Array> {
  if (Number(declaredLength ?? 0) > limit) throw new BodyTooLarge(limit);
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLarge(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * A Node request's body as a web stream that errors with `BodyTooLarge` once more than `limit`
 * bytes arrived (a declared `Content-Length` over the limit before any is read). It reads only
 * as fast as it is consumed, and on refusal it stops reading without destroying the request,
 * so the handler can still answer 413 (see `refuseRest`).
 */
export function boundedRequestBody(req: IncomingMessage, limit: number): ReadableStream<Uint8Array> {
  let size = 0;
  let finished = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (Number(req.headers["content-length"] ?? 0) > limit) {
          finished = true;
          controller.error(new BodyTooLarge(limit));
          return;
        }
        req.on("data", (chunk: Buffer) => {
          if (finished) return;
          size += chunk.length;
          if (size > limit) {
            finished = true;
            req.pause();
            controller.error(new BodyTooLarge(limit));
            return;
          }
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        });
        req.once("end", () => {
          if (finished) return;
          finished = true;
          controller.close();
        });
        req.once("error", (error) => {
          if (finished) return;
          finished = true;
          controller.error(error);
        });
        req.pause();
      },
      pull() {
        if (!finished) req.resume();
      },
      cancel() {
        finished = true;
        req.pause();
      },
    },
    { highWaterMark: 1 },
  );
}

/**
 * After answering a request whose body was refused part way: the rest is never read. The
 * answer is sent with `Connection: close`, then the connection is closed once it is out,
 * instead of Node reading (and discarding) the rest of the body to keep the connection alive.
 */
export function refuseRest(
  req: IncomingMessage,
  res: { once(event: "finish", listener: () => void): unknown },
) {
  req.pause();
  res.once("finish", () => {
    req.socket.end();
    // a sender that keeps sending is cut off; one that reads the answer has it by now
    setTimeout(() => req.socket.destroy(), 1000).unref();
  });
}
