// The time-range picker: 13, 26 or 52 weeks, year to date, or a custom pair of dates.
import { useState } from 'react';
import { useI18n } from '@/i18n/use-i18n';
import { parseIsoDate } from '@/domain/periods';
import { presetRange, RANGE_PRESETS, type RangeKind, type TimeRange } from '@/domain/time-range';
import { rangeLabel } from '@/lib/format/domain-words';

interface RangePickerProps {
  value: TimeRange;
  dataAsOf: string;
  onChange: (range: TimeRange) => void;
}

export function RangePicker({ value, dataAsOf, onChange }: RangePickerProps) {
  const { t } = useI18n();
  const [custom, setCustom] = useState({ from: value.from, to: value.to });
  const [showCustom, setShowCustom] = useState(value.kind === 'custom');
  const customValid =
    parseIsoDate(custom.from) != null &&
    parseIsoDate(custom.to) != null &&
    custom.from <= custom.to;

  const choose = (kind: RangeKind) => {
    if (kind === 'custom') {
      setShowCustom(true);
      return;
    }
    setShowCustom(false);
    onChange(presetRange(kind, dataAsOf));
  };

  return (
    <div className="range-picker">
      <div role="group" aria-label={t('components.range.label')} className="segmented">
        {[...RANGE_PRESETS, 'custom' as const].map((kind) => {
          const active =
            kind === 'custom'
              ? showCustom || value.kind === 'custom'
              : value.kind === kind && !showCustom;
          return (
            <button
              key={kind}
              type="button"
              className="segmented__option"
              aria-pressed={active}
              onClick={() => choose(kind)}
            >
              {rangeLabel(kind, t)}
            </button>
          );
        })}
      </div>
      {showCustom && (
        <form
          className="range-picker__custom"
          onSubmit={(e) => {
            e.preventDefault();
            if (customValid) onChange({ kind: 'custom', ...custom });
          }}
        >
          <label>
            {t('components.range.from')}{' '}
            <input
              type="date"
              value={custom.from}
              max={custom.to}
              onChange={(e) => setCustom((c) => ({ ...c, from: e.target.value }))}
            />
          </label>
          <label>
            {t('components.range.to')}{' '}
            <input
              type="date"
              value={custom.to}
              min={custom.from}
              onChange={(e) => setCustom((c) => ({ ...c, to: e.target.value }))}
            />
          </label>
          <button type="submit" className="button" disabled={!customValid}>
            {t('components.range.apply')}
          </button>
        </form>
      )}
    </div>
  );
}
