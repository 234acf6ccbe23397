/**
 * The EVS client — and with it the AWS SDK — loaded on first use, not when the provider loads.
 * The engine starts the provider ~4 times per apply and most of those processes (schema, validate,
 * plans without refresh) never call EVS. A plain `require` keeps it in the one bundled file:
 * esbuild wraps the module in an init function that runs on this first call.
 * Only `import type` of '../evs' anywhere else in src/provider, or the SDK loads eagerly again
 * (test/provider/lazy-sdk.test.ts checks); modules of src/evs that load no SDK when imported
 * (constraints, sources, sensitive) may be imported directly.
 */
import type * as Evs from '../evs';

let evs: typeof Evs | undefined;

export function evsSdk(): typeof Evs {
  return (evs ??= require('../evs') as typeof Evs);
}
