/** Vite imports a file with `?inline` as its text: the card's styles go into its shadow root as a string. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
