/** The text `npm run new` writes into every field an editor must fill; the checker reports it until it is replaced. */
export const placeholderMarker = 'FILL IN';
