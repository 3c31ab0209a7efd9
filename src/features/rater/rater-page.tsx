import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openInvitation, type OpenedInvitation } from './open-invitation';
import { progressKey } from './progress-storage';
import { RaterFlow } from './rater-flow';
import { RaterRefusal } from './rater-refusal';

/** The location's fragment, followed when it changes (another invitation pasted into the address bar). */
function useHash(): string {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

/**
 * The rater's page (`<base>rate#<invitation>`): opens the invitation and its bank, then runs the rater's
 * flow for it, or says in plain words why the link cannot be answered.
 */
export default function RaterPage() {
  const { t } = useTranslation();
  const hash = useHash();
  const [opened, setOpened] = useState<{ readonly hash: string; readonly result: OpenedInvitation } | null>(
    null,
  );
  useEffect(() => {
    let current = true;
    void openInvitation(hash).then((result) => {
      if (current) setOpened({ hash, result });
    });
    return () => {
      current = false;
    };
  }, [hash]);

  const result = opened?.hash === hash ? opened.result : null;
  if (result === null)
    return (
      <p role="status" className="muted">
        {t('rater.opening')}
      </p>
    );
  if (!result.ok) return <RaterRefusal reason={result.reason} bank={result.bank} group={result.group} />;
  const { invitation, index, group } = result;
  return (
    <RaterFlow
      key={progressKey(invitation.roundId, invitation.groupId)}
      invitation={invitation}
      index={index}
      group={group}
    />
  );
}
