import type { EvsClient } from '../../evs';
import { log } from '../log';

/**
 * Logs every EVS API call (operation, outcome, duration, attempts, request id) and every retry
 * attempt, as hclog lines. Only metadata is logged: never request bodies, headers or credentials.
 */
export function instrumentClient(client: EvsClient): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const started = Date.now();
      const operation = context.commandName?.replace(/Command$/, '') ?? 'unknown';
      try {
        const out = await next(args);
        const meta = (out.output as { $metadata?: { requestId?: string; attempts?: number } }).$metadata;
        log.debug('EVS API call', {
          operation,
          outcome: 'ok',
          duration_ms: Date.now() - started,
          attempts: meta?.attempts,
          request_id: meta?.requestId,
        });
        return out;
      } catch (err) {
        const e = err as { name?: string; $metadata?: { requestId?: string; attempts?: number; httpStatusCode?: number } };
        log.debug('EVS API call', {
          operation,
          outcome: 'error',
          error: e.name,
          http_status: e.$metadata?.httpStatusCode,
          duration_ms: Date.now() - started,
          attempts: e.$metadata?.attempts,
          request_id: e.$metadata?.requestId,
        });
        throw err;
      }
    },
    { step: 'initialize', name: 'terraformProviderCallLog', override: true },
  );
  // Below the retry middleware this runs once per attempt; the SDK numbers attempts in a header.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const request = args.request as { headers?: Record<string, string> } | undefined;
      const attempt = /attempt=(\d+)/.exec(request?.headers?.['amz-sdk-request'] ?? '')?.[1];
      if (attempt !== undefined && Number(attempt) > 1) {
        log.info('EVS API retry', { operation: context.commandName?.replace(/Command$/, ''), attempt: Number(attempt) });
      }
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'terraformProviderRetryLog', override: true },
  );
}
