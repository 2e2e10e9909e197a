import type { NextFunction, Request, Response } from "express";
import { KontorError } from "../errors/codes.ts";
import { readJsonBody } from "../http/json-body.ts";

/** Parses a JSON body safely (size limit, no prototype keys) into `req.body`. */
export function jsonBody(limit = 64 * 1024) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (res.locals.bodyParsed === true) return next();
    try {
      req.body = await readJsonBody(req, { limit });
      res.locals.bodyParsed = true;
      next();
    } catch (error) {
      next(error);
    }
  };
}

/**
 * Parses every body declared as JSON up front, so the request can be checked
 * against the API description before a handler runs.
 */
export function jsonBodies(limit = 64 * 1024) {
  const parse = jsonBody(limit);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (/^application\/json\b/i.test(req.headers["content-type"] ?? "")) void parse(req, res, next);
    else next();
  };
}

const imageSignatures: { type: string; test: (bytes: Buffer) => boolean }[] = [
  { type: "image/png", test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: "image/jpeg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/webp", test: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP" },
];

/**
 * Reads an image upload (PNG, JPEG or WebP, by its actual bytes, not only
 * its declared type) of at most `limit` bytes.
 */
export async function readImageBody(req: Request, limit = 1024 * 1024): Promise<{ bytes: Buffer; contentType: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      throw new KontorError("payload_too_large", `the image exceeds ${Math.round(limit / 1024)} KiB; use a smaller logo`);
    }
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  const match = imageSignatures.find((signature) => signature.test(bytes));
  if (!match) throw new KontorError("unsupported_media_type", "the logo must be a PNG, JPEG or WebP image");
  return { bytes, contentType: match.type };
}
