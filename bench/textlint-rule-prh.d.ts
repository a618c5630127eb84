// textlint-rule-prh ships no types: it is a textlint rule module (used by bench/competitors.ts only).
declare module 'textlint-rule-prh' {
  import type { TextlintRuleModule } from '@textlint/types';
  const rule: TextlintRuleModule;
  export default rule;
}
