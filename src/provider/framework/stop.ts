/**
 * StopProvider support: one AbortController for the life of the provider process. Once the engine
 * asks to stop, every in-flight wait and API call gets an aborted signal and returns promptly;
 * nothing new starts waiting (the engine is shutting the run down).
 */
export class StopController {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get stopped(): boolean {
    return this.controller.signal.aborted;
  }

  stop(): void {
    if (!this.controller.signal.aborted) this.controller.abort(new StoppedError());
  }
}

export class StoppedError extends Error {
  constructor() {
    super('Terraform asked the provider to stop (interrupted), so it stopped waiting.');
    this.name = 'StoppedError';
  }
}
