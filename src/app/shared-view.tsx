import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { assessmentOf, resultDate } from '../domain/result-file';
import { decodeShare, sharePayload, type ShareReading } from '../domain/share-link';
import { formatDate } from '../i18n/numbers';
import { useCoach } from '../state/coach';
import { useResultBank } from '../state/result-bank';
import { useRoute } from '../state/route';
import { ProblemList } from '../ui/problem-list';
import type { ResultsViewProps } from '../ui/results-view-props';
import { describeRefusal } from '../views/refusals';

interface SharedViewProps {
  readonly renderResults: (props: ResultsViewProps) => ReactNode;
}

/** A share link opened: the results it carries, read-only (nothing is stored), with a way into the coach view. */
export default function SharedView({ renderResults }: SharedViewProps) {
  const { t, i18n } = useTranslation();
  const navigate = useRoute((state) => state.navigate);
  const add = useCoach((state) => state.add);
  const reading = useMemo<ShareReading>(() => {
    const payload = sharePayload(location.hash);
    return payload === null ? { ok: false, reason: 'bad-link' } : decodeShare(payload);
  }, []);
  const result = reading.ok ? reading.result : null;
  const bank = useResultBank(result);

  if (!reading.ok)
    return (
      <>
        <h1>{t('shared.title')}</h1>
        {reading.reason === 'invalid' ? (
          <ProblemList
            title={describeRefusal(t, reading)}
            problems={reading.problems}
            wholeFile={t('facilitator.wholeFile')}
          />
        ) : (
          <p className="card card-attention" role="alert">
            {describeRefusal(t, reading)}
          </p>
        )}
      </>
    );
  if (!result || bank.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (bank.status === 'ready' && bank.problems.length > 0)
    return (
      <>
        <h1>{t('shared.title')}</h1>
        <ProblemList
          title={t('coach.notFitting', { key: `${result.bank.id}@${result.bank.version}` })}
          problems={bank.problems}
          wholeFile={t('facilitator.wholeFile')}
        />
      </>
    );
  const openInCoach = (
    <button
      type="button"
      className="button"
      onClick={() => {
        add(result);
        navigate('coach');
      }}
    >
      {t('shared.openInCoach')}
    </button>
  );
  if (bank.status !== 'ready')
    return (
      <>
        <h1>{t('shared.title')}</h1>
        <p className="card card-attention" role="alert">
          {t('shared.bankMissing', { key: `${result.bank.id}@${result.bank.version}` })}
        </p>
        <div className="actions">{openInCoach}</div>
      </>
    );
  const name = result.name ?? '';
  const date = formatDate(i18n.language, resultDate(result));
  return (
    <>
      {renderResults({
        index: bank.index,
        data: assessmentOf(result),
        title: name === '' ? t('shared.titleAnonymous', { date }) : t('shared.titleOf', { name }),
        notice: (
          <>
            <p className="card card-quiet">{t('shared.readOnly')}</p>
            {!bank.sameContent && (
              <p className="card card-attention" role="alert">
                {t('coach.hashDiffers', { id: result.bank.id, version: result.bank.version })}
              </p>
            )}
            <div className="actions no-print">{openInCoach}</div>
          </>
        ),
      })}
    </>
  );
}
