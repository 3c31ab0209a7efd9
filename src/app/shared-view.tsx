import { resultDate } from '../domain/result-file';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentData } from '../domain/answers';
import type { BankIndex } from '../domain/bank/model';
import { plainText } from '../domain/bank/texts';
import { decodeShare, sharePayload, type ShareReading } from '../domain/share-link';
import { useCoach } from '../state/coach';
import { useResultBank } from '../state/result-bank';
import { useRoute } from '../state/route';
import { ProblemList } from '../ui/problem-list';
import { describeRefusal } from '../ui/result-refusal';

interface SharedViewProps {
  readonly renderResults: (props: {
    readonly index: BankIndex;
    readonly data: AssessmentData;
    readonly title: string;
    readonly notice?: ReactNode;
  }) => ReactNode;
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
  const name = plainText(result.name ?? '');
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
    new Date(resultDate(result)),
  );
  return (
    <>
      {renderResults({
        index: bank.index,
        data: {
          answers: result.answers,
          context: result.context,
          reflections: result.reflections,
          name,
          startedAt: result.startedAt ?? null,
          completedAt: resultDate(result),
        },
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
