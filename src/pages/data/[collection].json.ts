import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../lib/catalogue.ts';
import { absoluteHref } from '../../lib/links.ts';
import { collectionJson, listedCollections } from '../../lib/open-data.ts';
import type { CollectionName } from '../../schema/index.ts';

export const getStaticPaths = (() => listedCollections.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
	new Response(
		collectionJson(await getCatalogue(), params.collection as CollectionName, (route) => absoluteHref(site, route)),
		{ headers: { 'Content-Type': 'application/json; charset=utf-8' } },
	);
