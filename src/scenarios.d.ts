// The shipped scenarios, validated at build time by scripts/vite-scenarios.ts.
declare module 'virtual:scenarios' {
  /** Each shipped file's name and its validated content. */
  const scenarios: readonly { readonly fileName: string; readonly file: import('./scenario').ScenarioFile }[];
  export default scenarios;
}
