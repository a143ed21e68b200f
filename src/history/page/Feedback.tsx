// "Missed this" marks (ads the rules did not flag) and the export rule authors learn from.
import { useState } from 'preact/hooks';
import type { FeedbackRecord } from '../schema';
import { t } from '../strings';

interface Props {
  feedback: FeedbackRecord[];
  falseAlarms: number;
  onAdd: (input: { url: string; text: string; note: string }) => Promise<boolean>;
  onExport: () => void;
}

export function Feedback({ feedback, falseAlarms, onAdd, onExport }: Props) {
  const [url, setUrl] = useState('');
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const missed = feedback.filter((f) => f.kind === 'missed').length;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (await onAdd({ url, text, note })) {
      setUrl('');
      setText('');
      setNote('');
    }
  };

  return (
    <details class="feedback">
      <summary>{t('history_feedback_title')}</summary>
      <p>{t('history_feedback_intro')}</p>
      <p>{t('history_feedback_count', falseAlarms, missed)}</p>
      <form onSubmit={submit}>
        <label>
          {t('history_feedback_url')}
          <input type="url" value={url} maxLength={4000} onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <label>
          {t('history_feedback_text')}
          <textarea rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <label>
          {t('history_feedback_note')}
          <input type="text" value={note} maxLength={5000} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={!url.trim() && !text.trim()}>
          {t('history_feedback_add')}
        </button>
      </form>
      <button type="button" onClick={onExport}>
        {t('history_export_feedback')}
      </button>
    </details>
  );
}
