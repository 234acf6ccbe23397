/**
 * Opaque pagination tokens: the position after the last item returned, bound to the request's
 * scope and signed with a per-instance key so a forged or edited token is refused. Tokens expire
 * after 24 hours, as the service documents.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'crypto';
import { validationError } from './protocol';

export const TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_PAGE_SIZE = 100;

interface Position {
  createdAt: number;
  id: string;
}

interface TokenBody {
  s: string; // scope: operation and filter
  c: number;
  i: string;
  t: number; // issued at
}

export class Paginator {
  private readonly key = randomBytes(32);

  private sign(data: string): Buffer {
    return createHmac('sha256', this.key).update(data).digest();
  }

  encode(scope: string, after: Position, now: number): string {
    const body: TokenBody = { s: scope, c: after.createdAt, i: after.id, t: now };
    const data = Buffer.from(JSON.stringify(body)).toString('base64url');
    return `${data}.${this.sign(data).toString('base64url')}`;
  }

  decode(scope: string, token: string, now: number): Position {
    const invalid = () =>
      validationError('The pagination token is invalid or expired.', 'fieldValidationFailed', [
        { name: 'nextToken', message: 'nextToken is invalid or expired; start again without it.' },
      ]);
    const dot = token.indexOf('.');
    if (dot <= 0 || token.length > 4096) throw invalid();
    const data = token.slice(0, dot);
    const mac = Buffer.from(token.slice(dot + 1), 'base64url');
    const expected = this.sign(data);
    if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) throw invalid();
    let body: TokenBody;
    try {
      body = JSON.parse(Buffer.from(data, 'base64url').toString('utf8')) as TokenBody;
    } catch {
      throw invalid();
    }
    if (body.s !== scope || now - body.t > TOKEN_TTL_MS) throw invalid();
    return { createdAt: body.c, id: body.i };
  }

  /** One page of items sorted by (createdAt, id), starting after the token's position. */
  page<T>(
    scope: string,
    items: readonly T[],
    key: (item: T) => Position,
    maxResults: number | undefined,
    nextToken: string | undefined,
    now: number,
  ): { items: T[]; nextToken?: string } {
    let start = 0;
    if (nextToken !== undefined) {
      const after = this.decode(scope, nextToken, now);
      start = items.findIndex((it) => {
        const k = key(it);
        return k.createdAt > after.createdAt || (k.createdAt === after.createdAt && k.id > after.id);
      });
      if (start < 0) start = items.length;
    }
    const size = maxResults ?? DEFAULT_PAGE_SIZE;
    const pageItems = items.slice(start, start + size);
    const more = start + size < items.length;
    return {
      items: pageItems,
      nextToken: more ? this.encode(scope, key(pageItems[pageItems.length - 1]!), now) : undefined,
    };
  }
}
