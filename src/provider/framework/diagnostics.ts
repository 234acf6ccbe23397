import type { Diagnostic } from '../protocol/provider-api';
import { Path } from './path';

/** Collects diagnostics; `hasErrors()` decides whether a step may go on. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  error(summary: string, detail?: string, path?: Path): this {
    this.items.push(make('error', summary, detail, path));
    return this;
  }

  warning(summary: string, detail?: string, path?: Path): this {
    this.items.push(make('warning', summary, detail, path));
    return this;
  }

  append(more: readonly Diagnostic[]): this {
    this.items.push(...more);
    return this;
  }

  hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }

  /** The diagnostics collected so far, leaving none (for streams that report as they go). */
  take(): Diagnostic[] {
    return this.items.splice(0);
  }
}

function make(severity: Diagnostic['severity'], summary: string, detail?: string, path?: Path): Diagnostic {
  return {
    severity,
    summary,
    ...(detail !== undefined ? { detail } : {}),
    ...(path && path.steps.length > 0 ? { attribute: path.steps } : {}),
  };
}

/**
 * The one way to make an error diagnostic outside a `Diagnostics` collection (e.g. for an
 * exception at the RPC boundary): `detail` may be a sentence or anything thrown.
 */
export function errorDiagnostic(summary: string, detail?: unknown, path?: Path): Diagnostic {
  return make('error', summary, detail === undefined || typeof detail === 'string' ? detail : messageOf(detail), path);
}

/** The message of anything thrown, for a diagnostic's detail. */
export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
