declare module 'virtual:bundled-fingerprint' {
  import type { ChapterFingerprint } from '@/core/fingerprint';
  const fingerprint: ChapterFingerprint;
  export default fingerprint;
}
