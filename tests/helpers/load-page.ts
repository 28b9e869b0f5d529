/** Parses page HTML the way the CLI does (scripts/node-dom.ts): no page scripts, files or CSS. */
export { openInNodeDom as loadPage, type NodeDomPage as LoadedPage } from '@/scripts/node-dom';
