/** The names of the content collections, in the order the site presents them. */
export const collectionNames = [
	'paths',
	'cros',
	'institutions',
	'zones',
	'benefits',
	'questions',
	'precedents',
	'pages',
	'glossary',
] as const;

export type CollectionName = (typeof collectionNames)[number];

/** Collections whose entries are MDX files, one per entry, in content/<name>/. */
export const entryCollections = [
	'paths',
	'cros',
	'institutions',
	'zones',
	'benefits',
	'questions',
	'precedents',
	'pages',
] as const satisfies readonly CollectionName[];

export type EntryCollection = (typeof entryCollections)[number];

/** The one file that holds every glossary term. */
export const glossaryFile = 'glossary.yaml';

/** Collections with a list page and open data of their own: all but `pages`, the site's own pages (/about/), which have neither. */
export const listedCollections = collectionNames.filter((name) => name !== 'pages');
