import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadFormatGuide } from '../../banks/catalogue';
import { pathOf } from '../../state/route';
import { MarkdownView } from './changelog-view';

/** The in-app help page on the bank format: the format guide of questionnaires/, rendered. */
export default function FormatHelp() {
  const { t, i18n } = useTranslation();
  const [guide, setGuide] = useState<{ readonly text: string; readonly language: string } | null>(null);
  useEffect(() => {
    let live = true;
    void loadFormatGuide(i18n.language)?.then((text) => live && setGuide(text));
    return () => {
      live = false;
    };
  }, [i18n.language]);
  return (
    <>
      <h1>{t('facilitator.helpTitle')}</h1>
      <p>
        <a href={pathOf('facilitator')}>{t('facilitator.helpBack')}</a>
      </p>
      {guide === null ? (
        <p className="muted" role="status">
          {t('app.loading')}
        </p>
      ) : (
        <div className="prose help-guide" lang={guide.language}>
          {/* The guide starts with its own title (#): it is shown as this page's sections. */}
          <MarkdownView markdown={guide.text.replace(/^#\s[^\n]*\n/, '')} top={2} />
        </div>
      )}
    </>
  );
}
