/** Diagnostics and attribute paths between the provider's shape and tfplugin6 messages. */
import type { AttributePath, Diagnostic } from './provider-api';
import type { PAttributePath, PDiagnostic } from './proto-types';

export function pathToProto(path: AttributePath): PAttributePath {
  return {
    steps: path.map((step) => {
      if ('attributeName' in step) return { attribute_name: step.attributeName };
      if ('elementKeyString' in step) return { element_key_string: step.elementKeyString };
      return { element_key_int: String(step.elementKeyInt) };
    }),
  };
}

export function pathFromProto(path: PAttributePath | null | undefined): AttributePath {
  return (path?.steps ?? []).map((step) => {
    if ('attribute_name' in step && (step.selector ?? 'attribute_name') === 'attribute_name') {
      return { attributeName: step.attribute_name };
    }
    if ('element_key_string' in step && (step.selector ?? 'element_key_string') === 'element_key_string') {
      return { elementKeyString: step.element_key_string };
    }
    return { elementKeyInt: Number((step as { element_key_int: string | number }).element_key_int) };
  });
}

export function diagnosticToProto(d: Diagnostic): PDiagnostic {
  return {
    severity: d.severity === 'warning' ? 'WARNING' : 'ERROR',
    summary: d.summary,
    detail: d.detail ?? '',
    attribute: d.attribute && d.attribute.length > 0 ? pathToProto(d.attribute) : null,
  };
}

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'error');
}
