import type { ServerResponse } from 'node:http';
import type { Reply } from './sandbox-http';

function payloadOf(reply: Reply): { bytes: Buffer; contentType?: string } {
  const { body } = reply;
  if (body === undefined) return { bytes: Buffer.alloc(0) };
  if (Buffer.isBuffer(body)) return { bytes: body };
  if (typeof body === 'string') return { bytes: Buffer.from(body, 'utf8') };
  return {
    bytes: Buffer.from(JSON.stringify(body), 'utf8'),
    contentType: 'application/json; charset=utf-8',
  };
}

/** Sends a reply; a HEAD answer keeps its headers (Content-Length included) but no body. */
export function writeReply(res: ServerResponse, method: string, reply: Reply): void {
  if (res.destroyed || res.headersSent) return;

  const { bytes, contentType } = payloadOf(reply);
  const headers: Record<string, string> = { ...reply.headers };
  if (contentType !== undefined && headers['content-type'] === undefined) {
    headers['content-type'] = contentType;
  }
  if (headers['content-length'] === undefined) headers['content-length'] = String(bytes.length);

  res.writeHead(reply.status, headers);
  res.end(method === 'HEAD' ? undefined : bytes);
}
