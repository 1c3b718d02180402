/** Plain-language formatting of structured values for pages. */
import type { Cro, Path, Step } from '../schema/index.ts';
import { label } from '../schema/index.ts';

type Duration = NonNullable<Path['duration']>;
type Fee = Step['fees'][number];

/** "Tokyo, Japan (GLP centre)": a place as readers see it; the city and note only where given. */
export function formatPlace(place: Cro['headquarters']): string {
	return `${place.city ? `${place.city}, ` : ''}${label('countries', place.country)}${place.note ? ` (${place.note})` : ''}`;
}

/** "2026-11-21": dates are shown in ISO form, which readers of all three languages read alike. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

export function formatDuration(duration: Duration): string {
	const unit = label('durationUnits', duration.unit);
	const range = duration.min === undefined || duration.min === duration.max ? `${duration.max}` : `${duration.min}–${duration.max}`;
	const prefix = duration.min === undefined ? 'up to ' : '';
	return `${prefix}${range} ${unit}${duration.note ? ` (${duration.note})` : ''}`;
}

export function formatFee(fee: Fee): string {
	const amount = new Intl.NumberFormat('en', { style: 'currency', currency: fee.currency, maximumFractionDigits: 0 }).format(fee.amount);
	return `${fee.what}: ${amount} (FY${fee.fiscalYear}${fee.note ? `; ${fee.note}` : ''})`;
}
