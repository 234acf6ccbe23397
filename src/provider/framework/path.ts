import type { AttributePath, AttributePathStep } from '../protocol/provider-api';

/**
 * Attribute paths, so the engine can point at the offending line of configuration.
 * `attr('timeouts', 'create')` → timeouts.create; `attr('connectors').index(0).attr('type')`.
 */
export class Path {
  private constructor(readonly steps: AttributePath) {}

  static root(): Path {
    return new Path([]);
  }

  attr(...names: string[]): Path {
    return new Path([...this.steps, ...names.map((attributeName): AttributePathStep => ({ attributeName }))]);
  }

  index(i: number): Path {
    return new Path([...this.steps, { elementKeyInt: i }]);
  }

  key(k: string): Path {
    return new Path([...this.steps, { elementKeyString: k }]);
  }

  /** Human form for messages and logs: `timeouts.create`, `checks[0].type`, `tags["a"]`. */
  toString(): string {
    let out = '';
    for (const s of this.steps) {
      if ('attributeName' in s) out += out ? `.${s.attributeName}` : s.attributeName;
      else if ('elementKeyInt' in s) out += `[${s.elementKeyInt}]`;
      else out += `[${JSON.stringify(s.elementKeyString)}]`;
    }
    return out;
  }
}

export function attr(...names: string[]): Path {
  return Path.root().attr(...names);
}
