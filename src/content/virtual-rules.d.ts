/** A part of the rules in one language, made at build time by scripts/lib/locale-rules-plugin.ts. */
declare module 'virtual:rules-*' {
  const rules: unknown;
  export default rules;
}
