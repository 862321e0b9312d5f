/**
 * A file of the extension as `scripting.registerContentScripts` takes it: a path inside the package. Chrome's
 * `runtime.getManifest()` gives the manifest's own relative paths, Firefox's gives full `moz-extension://` URLs,
 * which its `registerContentScripts` refuses.
 */
export function packagePath(file: string, packageRoot: string): string {
  const path = file.startsWith(packageRoot) ? file.slice(packageRoot.length) : file;
  return path.replace(/^\/+/, '');
}
