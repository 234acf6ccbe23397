/**
 * The generator's output predates `noImplicitOverride`, which the project's strict type-check
 * enables. TypeScript's own quick fix ("Add 'override' modifier") is applied to exactly the members
 * the compiler flags, so the bindings stay the generator's output plus that keyword.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as ts from 'typescript';

const OVERRIDE_CODES = [4113, 4114, 4115, 4116];

export function addOverrideModifiers(files: readonly string[], configPath: string): number {
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  const options = { ...parsed.options, noImplicitOverride: true, noEmit: true };
  let applied = 0;
  // Fixes shift positions, so each round applies one fix per file and asks again.
  for (;;) {
    const versions = new Map<string, number>();
    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => options,
      getScriptFileNames: () => [...files],
      getScriptVersion: (f) => String(versions.get(f) ?? 0),
      getScriptSnapshot: (f) => (ts.sys.fileExists(f) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f) ?? '') : undefined),
      getCurrentDirectory: () => process.cwd(),
      getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: ts.sys.fileExists,
      readFile: ts.sys.readFile,
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
    };
    const service = ts.createLanguageService(host);
    let round = 0;
    for (const file of files) {
      const diag = service.getSemanticDiagnostics(file).find((d) => OVERRIDE_CODES.includes(d.code));
      if (!diag || diag.start === undefined || diag.length === undefined) continue;
      const fixes = service.getCodeFixesAtPosition(file, diag.start, diag.start + diag.length, [diag.code], {}, {});
      const fix = fixes.find((f) => f.fixName === 'fixOverrideModifier') ?? fixes[0];
      if (!fix) throw new Error(`no quick fix for ${file}: ${ts.flattenDiagnosticMessageText(diag.messageText, ' ')}`);
      let text = readFileSync(file, 'utf8');
      for (const change of fix.changes) {
        for (const tc of [...change.textChanges].sort((a, b) => b.span.start - a.span.start)) {
          text = text.slice(0, tc.span.start) + tc.newText + text.slice(tc.span.start + tc.span.length);
        }
      }
      writeFileSync(file, text);
      round++;
    }
    service.dispose();
    if (round === 0) return applied;
    applied += round;
  }
}
