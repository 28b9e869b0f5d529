/**
 * The attribute that marks what the cleaner hides instead of removing (pages that fight back, see
 * hiding.ts). Here on its own so that the markup reader can treat it as hidden without importing
 * the hiding machinery.
 */
export const HIDDEN_ATTRIBUTE = 'data-jingdu-hidden';
