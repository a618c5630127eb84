/** Directives that silence findings in a draft: parsing, applying and writing them. Pure, like the whole engine. */
export { parseDirectives, PLAIN_MARKER, type Directive, type DirectiveKind } from './parse';
export { dropSilenced, silencedBy, type Silenced } from './suppress';
export { formatDirective, ignoreHereTitle, type DirectiveStyle } from './format';
