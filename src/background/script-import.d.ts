/** `import file from './x.iife.ts?script'`: crxjs builds the script on its own and gives its output file name. */
declare module '*?script' {
  const fileName: string;
  export default fileName;
}
