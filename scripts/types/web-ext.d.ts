// web-ext ships no types; this declares the part of its Node API the build and tests use.
declare module 'web-ext' {
  interface BuildOptions {
    sourceDir: string;
    artifactsDir: string;
    filename?: string;
    overwriteDest?: boolean;
  }
  interface LintOptions {
    sourceDir: string;
    output?: 'text' | 'json' | 'none';
    metadata?: boolean;
    pretty?: boolean;
    warningsAsErrors?: boolean;
    selfHosted?: boolean;
    boring?: boolean;
  }
  interface LintMessage {
    code: string;
    message: string;
    file?: string;
  }
  interface LintResult {
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
    summary: { errors: number; warnings: number; notices: number };
  }
  const webExt: {
    cmd: {
      build(
        options: BuildOptions,
        extra?: { showReadyMessage?: boolean },
      ): Promise<{ extensionPath: string }>;
      lint(options: LintOptions, extra?: { shouldExitProgram?: boolean }): Promise<LintResult>;
    };
  };
  export default webExt;
}
