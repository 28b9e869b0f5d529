import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Message handlers and the toolbar badge are wired here as the features land.
});
