import ts from 'typescript';

export interface TypeError {
  /** 1-based line in `source`, when the diagnostic has a place. */
  line: number | null;
  message: string;
}

/**
 * TypeScript's errors for `source` as the file `file` (which need not exist on disk: README
 * snippets are checked as if pasted into an app), strict, ES2022, modules resolved as a bundler
 * does; `options` add to or override those. Its kind (.ts, .tsx) follows `file`'s extension.
 */
export function typeErrors(file: string, source: string, options: ts.CompilerOptions = {}): TypeError[] {
  const all: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    ...options,
  };
  const host = ts.createCompilerHost(all);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => (name === file ? ts.createSourceFile(name, source, version, true) : getSourceFile(name, version, ...rest));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], all, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ({
    line: d.start === undefined ? null : d.file!.getLineAndCharacterOfPosition(d.start).line + 1,
    message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  }));
}
