/** The names of the content collections, in the order the site presents them. */
export const collectionNames = ['paths', 'cros', 'institutions', 'zones', 'benefits', 'questions', 'precedents', 'glossary'] as const;

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
] as const satisfies readonly CollectionName[];

export type EntryCollection = (typeof entryCollections)[number];

/** The one file that holds every glossary term. */
export const glossaryFile = 'glossary.yaml';
