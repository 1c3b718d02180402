import type { APIRoute } from 'astro';
import { getCatalogue } from '../../lib/catalogue.ts';
import { absoluteHref } from '../../lib/links.ts';
import { crosCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(
		crosCsv(await getCatalogue(), (route) => absoluteHref(site, route)),
		{ headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
	);
