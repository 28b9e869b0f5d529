import { defineContentScript } from 'wxt/utils/define-content-script';
import { answerTabMessages, onSettingsStored } from '@/lib/page-runtime';
import { ChapterSession } from './session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main() {
    const session = new ChapterSession(document, location.host);
    const isChapter = session.detect();
    document.documentElement.dataset.jingdu = isChapter ? 'chapter' : 'idle';
    answerTabMessages((message) => session.handle(message));
    // Everything past this point runs on chapter pages only: other pages cost one cheap look.
    if (!isChapter) return;
    await session.applyPlan();
    onSettingsStored(() => void session.applyPlan());
  },
});
