import { render } from 'preact';
import { I18n } from '@/components/i18n';
import type { OptionsActions } from '@/components/options-actions';
import { OptionsApp } from '@/components/options-app';
import { translate, uiLanguage } from '@/lib/i18n';
import { createOptionsActions } from '@/lib/options-actions';
import '../popup/theme.css';
import './style.css';
import './rules.css';

const actions: OptionsActions = createOptionsActions();
document.documentElement.lang = uiLanguage();
document.title = translate('optionsTitle');

render(
  <I18n.Provider value={translate}>
    <OptionsApp actions={actions} />
  </I18n.Provider>,
  document.getElementById('app')!,
);
