import { render } from 'preact';
import type { PopupActions } from '@/components/actions';
import { I18n } from '@/components/i18n';
import { PopupApp } from '@/components/popup-app';
import { translate, uiLanguage } from '@/lib/i18n';
import { createPopupActions } from '@/lib/popup-actions';
import './theme.css';
import './style.css';
import './reader.css';
import './page.css';
import './repaired.css';

const actions: PopupActions = createPopupActions(location.search);
const query = new URLSearchParams(location.search);
const initialView = query.get('view') === 'page' ? 'page' : 'reader';
const initialReading = query.get('reading') === 'repaired' ? 'repaired' : 'shipped';
document.documentElement.lang = uiLanguage();
document.title = translate('extName');

render(
  <I18n.Provider value={translate}>
    <PopupApp actions={actions} initialView={initialView} initialReading={initialReading} />
  </I18n.Provider>,
  document.getElementById('app')!,
);
