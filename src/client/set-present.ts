/** A set's presentation: an ad-hoc set's deck is filled first (its code loads only then). */
import { startPresentation } from './present.ts';

export async function startSetPresentation(): Promise<void> {
	const deck = document.querySelector<HTMLElement>('.deck')!;
	if (deck.hasAttribute('data-adhoc')) {
		const { fillAdhocDeck } = await import('./sets/adhoc-deck.ts');
		await fillAdhocDeck(deck);
	}
	startPresentation();
}
