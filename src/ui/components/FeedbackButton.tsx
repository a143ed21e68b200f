// "Looks fine – false alarm" / "I think this ad is risky – it was missed": one button that stores a mark for rule
// authors through the background, then says so (role=status) with a link to where the mark can be seen.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import { type FeedbackInput, sendFeedback } from '../messaging';
import { CaseHistoryLink } from './CaseHistoryLink';

type State = { step: 'idle' } | { step: 'sending' } | { step: 'saved' } | { step: 'failed'; message: string };

/** The rule ids of the flags, " | "-joined as in the history export, cut at a whole id to fit the 200-char field. */
export function ruleList(rules: readonly string[], max = 200): string | undefined {
  let out = '';
  for (const rule of new Set(rules)) {
    const next = out ? `${out} | ${rule}` : rule;
    if (next.length > max) break;
    out = next;
  }
  return out || undefined;
}

export function FeedbackButton({ feedback }: { feedback: FeedbackInput }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const hintId = useId();
  const savedRef = useRef<HTMLParagraphElement>(null);
  // The button goes away once the mark is saved: keyboard users land on the confirmation, not on the page top.
  useEffect(() => {
    if (state.step === 'saved') savedRef.current?.focus();
  }, [state.step]);
  const label = feedback.kind === 'false-alarm' ? t('feedbackFalseAlarm') : t('feedbackMissed');

  async function send() {
    setState({ step: 'sending' });
    try {
      const reply = await sendFeedback(feedback);
      setState(reply.ok ? { step: 'saved' } : { step: 'failed', message: reply.message });
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <div class="feedback stack" data-testid="feedback" data-kind={feedback.kind}>
      {state.step === 'saved' ? null : (
        <>
          <button
            type="button"
            class="secondary"
            disabled={state.step === 'sending'}
            onClick={send}
            aria-describedby={hintId}
            data-testid={`feedback-${feedback.kind}`}
          >
            {label}
          </button>
          <p class="hint" id={hintId}>
            {t('feedbackHint')}
          </p>
        </>
      )}
      <p class="status" role="status" ref={savedRef} tabIndex={-1}>
        {state.step === 'saved' ? (
          <>
            {t('feedbackSaved')} <CaseHistoryLink />
          </>
        ) : null}
      </p>
      <p class="status error" role="alert">
        {state.step === 'failed' ? t('feedbackFailed', state.message) : null}
      </p>
    </div>
  );
}
