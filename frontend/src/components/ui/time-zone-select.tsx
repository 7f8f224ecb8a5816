import { Select, type ComboboxItem, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocale, formatTime } from '@/lib/time';
import { canonicalTimeZone, canonicalTimeZones, utcOffsetOf } from '@/lib/time-zones';
import classes from './time-zone-select.module.css';

// An empty value ("no zone of my own") needs an option of its own; Select ignores "".
const NONE = '__none__';

type ZoneOption = ComboboxItem & { offset: string; time: string; zone: string };

type TimeZoneSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'filter' | 'renderOption'> & {
  value: string;
  onChange: (zone: string) => void;
  /** Offers "no zone" (the value "") under this label, e.g. "The doctor's time zone". */
  emptyLabel?: string;
  /** The clock the options' current times are read at; now unless a test pins it. */
  now?: number;
};

/** "new york" finds "America/New_York": search and names compared without case, slashes or underscores. */
const normalise = (text: string) => text.toLowerCase().replace(/[_/]+/g, ' ').trim();

const filter: OptionsFilter = ({ options, search }) => {
  const wanted = normalise(search);
  if (!wanted) return options;
  return options.filter((option) => 'label' in option && normalise(option.label).includes(wanted));
};

/**
 * The one time-zone picker: searchable, canonical IANA names only, each with its offset from UTC
 * and its time right now. A stored legacy name ("Asia/Calcutta") shows as today's ("Asia/Kolkata")
 * and is only replaced when people pick another zone.
 */
export function TimeZoneSelect({ value, onChange, emptyLabel, now, ...props }: TimeZoneSelectProps) {
  const { t, i18n } = useTranslation();
  const locale = formatLocale(i18n.language);
  const shown = value ? canonicalTimeZone(value) : emptyLabel !== undefined ? NONE : null;

  const options = useMemo(() => {
    const at = now ?? Date.now();
    const zones = canonicalTimeZones();
    if (shown && shown !== NONE && !zones.includes(shown)) zones.unshift(shown);
    const list: ZoneOption[] = [];
    for (const zone of zones) {
      try {
        const offset = utcOffsetOf(zone, at);
        list.push({ value: zone, zone, label: `${zone} (${offset})`, offset, time: formatTime(at, zone, locale) });
      } catch {
        // A name this engine cannot compute: not offered.
      }
    }
    return list;
  }, [shown, locale, now]);

  const data = useMemo(
    () => (emptyLabel !== undefined ? [{ value: NONE, zone: '', label: emptyLabel, offset: '', time: '' }, ...options] : options),
    [emptyLabel, options],
  );
  const byValue = useMemo(() => new Map(data.map((option) => [option.value, option])), [data]);
  // The text in the box: the chosen zone's label, except while someone types. Picking the zone that
  // is already chosen (or leaving the list) puts the label back; Select alone would keep the typing.
  const chosenLabel = (shown && byValue.get(shown)?.label) ?? '';
  const [search, setSearch] = useState(chosenLabel);
  useEffect(() => setSearch(chosenLabel), [chosenLabel]);

  return (
    <Select
      {...props}
      data={data}
      value={shown}
      onChange={(next) => {
        if (next === null) return;
        onChange(next === NONE ? '' : next);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownClose={() => setSearch(chosenLabel)}
      allowDeselect={false}
      filter={filter}
      nothingFoundMessage={t('timeZone.nothingFound')}
      maxDropdownHeight={320}
      // Four hundred options stay out of the page until the list opens.
      comboboxProps={{ keepMounted: false, ...props.comboboxProps }}
      // Plain elements: four hundred options render at once when the list opens.
      renderOption={({ option }) => {
        const zone = byValue.get(option.value);
        if (!zone || zone.value === NONE) return option.label;
        return (
          <span className={classes.option}>
            <span className={classes.zone}>{zone.zone}</span>
            <span className={classes.detail}>{t('timeZone.optionDetail', { offset: zone.offset, time: zone.time })}</span>
          </span>
        );
      }}
    />
  );
}
