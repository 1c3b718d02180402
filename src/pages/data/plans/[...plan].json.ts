/** Every route-finder plan as open data: /data/plans/<outcome>.json, and /data/plans/<outcome>/<zone>.json for a zone company. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue, getRelations } from '../../../lib/catalogue.ts';
import { getFinderSite } from '../../../lib/finder.ts';
import { planData } from '../../../lib/plan-data.ts';
import { planView } from '../../../lib/plan-view.ts';

export const getStaticPaths = (async () => {
	const site = await getFinderSite();
	if (!site) return [];
	const variants = new Set(site.finished.flatMap((route) => (route.zone ? [`${route.outcome}/${route.zone}`] : [])));
	return [
		...Object.keys(site.finder.outcomes).map((outcome) => ({ params: { plan: outcome }, props: { outcome, zone: undefined } })),
		...[...variants].map((variant) => {
			const [outcome = '', zone = ''] = variant.split('/');
			return { params: { plan: variant }, props: { outcome, zone } };
		}),
	];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { outcome: outcomeId, zone } = props as { outcome: string; zone?: string };
	const site = await getFinderSite();
	const outcome = site?.finder.outcomes[outcomeId];
	if (!site || !outcome) throw new Error(`No finder outcome "${outcomeId}"`);
	const view = planView(outcome, site.finder, await getCatalogue(), await getRelations(), 'en', zone);
	return new Response(JSON.stringify(planData(outcomeId, outcome, view, zone), null, 2), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
