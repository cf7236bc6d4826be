/**
 * Semantic token types and modifiers. The order is the wire encoding; package.json's
 * `contributes.semanticTokenTypes` declares the same names (a test keeps them equal).
 */
export const TOKEN_TYPES = ['speaker', 'quote', 'person', 'organization', 'place', 'role', 'timecode', 'cue'] as const;
export const TOKEN_MODIFIERS = ['unattributed'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];
