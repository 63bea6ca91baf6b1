import type { Activity } from 'botbuilder';
import type { ConnectorRoute } from './connector-route';

/** One call the bot made to the stand-in, with what the stand-in answered. */
export interface RecordedRequest extends ConnectorRoute {
  /** 1 for the first request a stand-in received, then 2, 3, … */
  seq: number;
  method: string;
  /** Decoded path relative to the service URL, e.g. `/v3/conversations/a:1…/activities`. */
  path: string;
  /** The path exactly as received, percent-encoding and service URL prefix included. */
  rawPath: string;
  /** The `Authorization` header, absent when the bot sent none (anonymous mode). */
  authorization?: string;
  body: unknown;
  /** The activity sent, replied, updated or opening a conversation (JSON: dates are strings). */
  activity?: Partial<Activity>;
  status: number;
  response: unknown;
}

export type RequestPredicate = (request: RecordedRequest) => boolean;

interface Waiter {
  predicate: RequestPredicate;
  resolve: (request: RecordedRequest) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

function summarise(request: RecordedRequest): string {
  const { seq, method, path, status, operation, activity } = request;
  const type = activity?.type ? ` type=${activity.type}` : '';
  const text = typeof activity?.text === 'string' ? ` text=${JSON.stringify(activity.text)}` : '';
  return `#${seq} ${method} ${path} -> ${status} (${operation})${type}${text}`;
}

/** Every recorded request, in arrival order, plus the tests waiting for one. */
export class RequestLog {
  readonly requests: RecordedRequest[] = [];
  private readonly waiters = new Set<Waiter>();

  add(request: RecordedRequest): void {
    this.requests.push(request);
    for (const waiter of this.waiters) {
      try {
        if (!waiter.predicate(request)) continue;
        this.settle(waiter);
        waiter.resolve(request);
      } catch (error) {
        this.settle(waiter);
        waiter.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }

  /** Resolves with the first request, past or future, that matches; rejects after `timeoutMs`. */
  waitFor(predicate: RequestPredicate, timeoutMs = 5000): Promise<RecordedRequest> {
    let earlier: RecordedRequest | undefined;
    try {
      earlier = this.requests.find(predicate);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    if (earlier) return Promise.resolve(earlier);

    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.settle(waiter);
        reject(new Error(this.describeMiss(predicate, `within ${timeoutMs} ms`)));
      }, timeoutMs);
      const waiter: Waiter = { predicate, resolve, reject, timer };
      this.waiters.add(waiter);
    });
  }

  /** Rejects every pending wait, so a test fails fast instead of at its timeout. */
  closeAll(reason: string): void {
    for (const waiter of this.waiters) {
      this.settle(waiter);
      waiter.reject(new Error(this.describeMiss(waiter.predicate, `before ${reason}`)));
    }
  }

  private settle(waiter: Waiter): void {
    clearTimeout(waiter.timer);
    this.waiters.delete(waiter);
  }

  private describeMiss(predicate: RequestPredicate, when: string): string {
    const source = predicate.toString().replace(/\s+/g, ' ');
    const wanted = source.length > 160 ? `${source.slice(0, 157)}...` : source;
    const received =
      this.requests.length === 0
        ? 'none'
        : `${this.requests.length}:\n  ${this.requests.map(summarise).join('\n  ')}`;
    return `Connector stand-in: no request matched ${wanted} ${when}. Received ${received}`;
  }
}
