// The one rendering of a change's verdict, wherever a change is shown: the headline tile (and its
// embed), the review's cards and tables, and the wall. Colour is never its only sign: better and
// worse carry a direction glyph and words, or words for a screen reader.
import { useI18n } from '@/i18n/use-i18n';
import { verdictView, type VerdictInput } from './verdict-view';

export function Verdict(props: Omit<VerdictInput, 'locale' | 't'>) {
  const { locale, t } = useI18n();
  const v = verdictView({ ...props, locale, t });
  if (!v.text) return null;
  return (
    <span className={`change change--${v.tone}`}>
      {v.glyph && <span aria-hidden="true">{v.glyph} </span>}
      {v.text}
      {v.note && <span className="change__note"> {v.note}</span>}
      {v.mark && <span aria-hidden="true"> {v.mark}</span>}
      {v.spoken && <span className="visually-hidden"> {v.spoken}</span>}
    </span>
  );
}
